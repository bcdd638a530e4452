"""Realistic demo products and partners for classrooms and benchmarks (capability 22)."""

from __future__ import annotations

import json
import random
import re
from bisect import bisect
from collections.abc import Callable, Mapping
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from itertools import accumulate
from typing import TYPE_CHECKING, Any

from stdnum import ean
from stdnum.cn import uscc
from stdnum.ru import inn

from heihe_desk.core import paths

if TYPE_CHECKING:
    from heihe_desk.core.workspace import Workspace

Row = dict[str, str]
ProgressFn = Callable[[int, int], None]

#: Barcode body = (MUL * sequence + ADD) mod 10**10 behind "69": a bijection (MUL is coprime with 10),
#: so distinct sequence numbers can never share a barcode, whatever the seed, yet codes look scattered.
_EAN_MUL, _EAN_ADD, _EAN_MOD = 7_654_321_987, 1_234_567_891, 10**10
_DEMO_SKU = re.compile(r"^[A-Z]{3}-(\d+)$")
_KG = Decimal("0.00001")  # the product form accepts at most 5 decimals of a kilogram
_TRANSLIT = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "yu", "я": "ya"})
_MAIL_DOMAINS = ("mail.ru", "yandex.ru", "bk.ru", "inbox.ru", "gmail.com")


@lru_cache(maxsize=1)
def catalogue() -> dict[str, Any]:
    """The word lists in resources/demo/catalogue.json (numbers read as Decimal, never float)."""
    path = paths.resources_dir() / "demo" / "catalogue.json"
    return json.loads(path.read_text(encoding="utf-8"), parse_float=Decimal)  # type: ignore[no-any-return]


# -- products ---------------------------------------------------------------------------------------


def _own_or_category(cat: Mapping[str, Any], item: Mapping[str, Any], key: str) -> list[dict[str, Any]]:
    """An item's own list (inline or the name of a set in its category), else the category's; [{}] = none."""
    value = item.get(key, cat.get(key, []))
    if isinstance(value, str):
        value = cat["sets"][value]
    return list(value) or [{}]


@lru_cache(maxsize=1)
def _compiled() -> tuple[list[int], list[tuple[dict[str, Any], list[tuple[Any, ...]]]]]:
    """Category weights and, per item, its resolved spec/pack/variant lists, so the row loop stays cheap."""
    cats = catalogue()["categories"]
    cumulative = list(accumulate(int(c["weight"]) for c in cats))
    compiled = [(c, [(i, *(_own_or_category(c, i, k) for k in ("specs", "packs", "variants"))) for i in c["items"]])
                for c in cats]
    return cumulative, compiled


def _kg(value: Decimal) -> str:
    return format(value.quantize(_KG).normalize(), "f")


def _per_sale(unit: str, net_kg: Decimal, spec: Mapping[str, Any]) -> str:
    """Legal quantity in one selling unit: its weight, its volume, or 1 for counted units (piece, pair, set)."""
    if not unit:
        return ""
    if unit == "035":
        return _kg(net_kg)
    if unit == "095":
        return _kg(Decimal(spec["ml"]) / 1000)
    return "1"


def _compose(pattern: str, parts: Mapping[str, str]) -> str:
    """Fill a name pattern, dropping the words and ", "-segments whose part is empty (no flavour, no pack)."""
    segments = []
    for segment in pattern.split(", "):
        words = [w.format_map(parts) for w in segment.split(" ")]
        text = " ".join(w for w in words if w)
        if text:
            segments.append(text)
    return ", ".join(segments)


def _describe(cat: Mapping[str, Any], item: Mapping[str, Any], spec: Mapping[str, Any], pack: Mapping[str, Any],
              variant: Mapping[str, Any], brand: list[str]) -> tuple[Row, int]:
    """Everything about a product that follows from its combination, plus its price factor in 1/10000."""
    names = {}
    for i, lang in enumerate(("zh", "ru", "en")):
        parts = {"brand": brand[i], "item": item[lang], "spec": spec.get(lang, ""),
                 "pack": pack.get(lang, ""), "variant": variant.get(lang, "")}
        names[lang] = _compose(cat["names"][lang], parts)
    # Whole grams (a size factor would give 180.2 g), except where the spec says otherwise (3.5 g lipstick).
    grams = (Decimal(spec["g"]) if "g" in spec
             else (Decimal(item["g"]) * Decimal(spec.get("f", 100)) / 100).to_integral_value(ROUND_HALF_UP))
    tare_pct, tare_g = cat["tare"]
    gross_g = grams * (100 + Decimal(tare_pct)) / 100 + Decimal(pack.get("tare", spec.get("tare", tare_g)))
    net, gross = grams / 1000, gross_g.to_integral_value(ROUND_HALF_UP) / 1000
    sale_unit = spec.get("unit") or pack.get("unit") or item.get("unit") or cat["sale_unit"]
    unit1, unit2 = item.get("unit1", cat["unit1"]), item.get("unit2", cat["unit2"])
    label = item.get("variant_label", cat["variant_label"])
    decl = [f"品牌:{brand[0]}", item["decl"], f"{label}:{variant['zh']}" if label and variant.get("zh") else "",
            f"包装:{pack['zh']}" if pack else "", f"{cat['spec_label']}:{spec['zh']}"]
    row = {
        "name_zh": names["zh"], "name_ru": names["ru"], "name_en": names["en"],
        "hs_code": item["hs"], "tnved_code": item["tnved"], "decl_elements": "|".join(d for d in decl if d),
        "sale_unit": sale_unit, "unit1": unit1, "unit1_per_sale": _per_sale(unit1, net, spec),
        "unit2": unit2, "unit2_per_sale": _per_sale(unit2, net, spec),
        "net_weight_kg": _kg(net), "gross_weight_kg": _kg(max(gross, net)), "origin_country": "CHN",
        "brand": brand[0], "category": cat["category"],
    }
    return row, int(spec.get("pf", 100)) * int(pack.get("pf", 100))


def _money(minor: int) -> str:
    return f"{minor // 100}.{minor % 100:02d}"


def barcode_for(sequence: int) -> str:
    """The EAN-13 (China prefix 690–699) that the demo gives product number ``sequence``."""
    body = f"69{(_EAN_MUL * sequence + _EAN_ADD) % _EAN_MOD:010d}"
    return body + ean.calc_check_digit(body)


def generate_products(n: int, seed: int = 0, start: int = 0) -> list[Row]:
    """``n`` product form rows numbered start+1 … start+n; same arguments, same rows (shorter = a prefix)."""
    cumulative, compiled = _compiled()
    # The start is part of the seed so a second batch is not a renumbered copy of the first.
    rng = random.Random(f"heihe-demo:{seed}:{start}")
    described: dict[tuple[int, ...], tuple[Row, int]] = {}
    rows: list[Row] = []
    for seq in range(start + 1, start + n + 1):
        ci = bisect(cumulative, rng.random() * cumulative[-1])
        cat, items = compiled[ci]
        ii = rng.randrange(len(items))
        item, specs, packs, variants = items[ii]
        key = (ci, ii, rng.randrange(len(specs)), rng.randrange(len(packs)), rng.randrange(len(variants)),
               rng.randrange(len(cat["brands"])))
        if key not in described:  # a few thousand combinations repeat, so names and weights are built once
            described[key] = _describe(cat, item, specs[key[2]], packs[key[3]], variants[key[4]],
                                       cat["brands"][key[5]])
        fixed, factor = described[key]
        low, high = item["price"]
        fen = max(100, rng.randint(low * 100, high * 100) * factor // 10000 // 10 * 10)
        rate = rng.randint(1200, 1300)  # roubles per yuan ×100: traders price at 12–13 ₽ per ¥
        kopecks = (fen * rate + 5000) // 10000 * 100  # whole roubles, as Russian shops price
        rows.append({"sku": f"{cat['sku']}-{seq:06d}", "barcode": barcode_for(seq), **fixed,
                     "price_cny": _money(fen), "price_rub": _money(kopecks)})
    return rows


# -- partners ---------------------------------------------------------------------------------------


def _translit(text: str) -> str:
    return text.lower().translate(_TRANSLIT)


def _city(rng: random.Random, data: Mapping[str, Any]) -> dict[str, Any]:
    return rng.choices(data["cities"], weights=[c["share"] for c in data["cities"]])[0]  # type: ignore[no-any-return]


def _address(rng: random.Random, city: Mapping[str, Any], room: str) -> str:
    postal = rng.randint(*city["postal"])
    return (f"{postal}, г. {city['ru']}, {rng.choice(city['streets'])}, д. {rng.randint(1, 180)}, "
            f"{room} {rng.randint(1, 320)}")


def _mobile(rng: random.Random, city: Mapping[str, Any]) -> str:
    return f"+7 {rng.choice(city['mobile'])} {rng.randint(200, 999)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"


def _landline(rng: random.Random, city: Mapping[str, Any]) -> str:
    code = city["landline"]
    head = f"{rng.randint(20, 99)}" if len(code) == 4 else f"{rng.randint(200, 999)}"  # 10 digits after +7
    return f"+7 {code} {head}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"


def _inn(rng: random.Random, office: str, personal: bool, used: set[str]) -> str:
    """A unique INN of the tax office ``office`` with correct check digits (12 digits for persons)."""
    while True:
        if personal:
            body = f"{office}{rng.randrange(10**6):06d}"
            code = body + inn.calc_personal_check_digits(body)
        else:
            body = f"{office}{rng.randrange(10**5):05d}"
            code = body + inn.calc_company_check_digit(body)
        if code not in used:
            used.add(code)
            return code


def _uscc(rng: random.Random, region: str) -> str:
    """USCC: 91 (company) + region + organisation code with its GB 11714 check + GB 32100 check character."""
    org = f"{rng.randrange(10**8):08d}"
    check = 11 - sum(w * int(d) for w, d in zip((3, 7, 9, 10, 5, 8, 4, 2), org, strict=True)) % 11
    body = "91" + region + org + {10: "X", 11: "0"}.get(check, str(check))
    return body + uscc.calc_check_digit(body)


def _person_name(rng: random.Random, data: Mapping[str, Any]) -> tuple[str, str, str]:
    """(Фамилия Имя Отчество, Latin "First Surname", e-mail local part) of a random man or woman."""
    female = rng.random() < 0.5
    first = rng.choice(data["female" if female else "male"])
    patronymic = rng.choice(data["patronymics"])[female]
    surname = rng.choice(data["surnames"])[female]
    latin = f"{_translit(first).capitalize()} {_translit(surname).capitalize()}"
    return f"{surname} {first} {patronymic}", latin, f"{_translit(first)}.{_translit(surname)}"


def _email(rng: random.Random, local: str) -> str:
    suffix = str(rng.randint(70, 99)) if rng.random() < 0.5 else ""
    return f"{local}{suffix}@{rng.choice(_MAIL_DOMAINS)}"


def _buyers(rng: random.Random, data: Mapping[str, Any], used: set[str]) -> list[Row]:
    rows = []
    for _ in range(40):
        city = _city(rng, data)
        name, latin, local = _person_name(rng, data)
        rows.append({"kind": "buyer_person", "name": name, "name_ru": name, "name_en": latin, "country": "RUS",
                     "inn": _inn(rng, rng.choice(city["tax"]), True, used) if rng.random() < 0.5 else "",
                     "phone": _mobile(rng, city), "email": _email(rng, local) if rng.random() < 0.6 else "",
                     "address": _address(rng, city, "кв."), "note": rng.choice(data["buyer_notes"])})
    for ru, en in rng.sample(data["companies"], 10):
        city = _city(rng, data)
        office = rng.choice(city["tax"])
        contact, _, _ = _person_name(rng, data)
        slug = re.sub(r"[^a-z]", "", en.lower())
        rows.append({"kind": "buyer_company", "name": f"ООО «{ru}»", "name_ru": f"ООО «{ru}»",
                     "name_en": f"{en} LLC", "country": "RUS", "inn": _inn(rng, office, False, used),
                     "kpp": f"{office}01001",  # tax office + "01" (registered at its seat) + serial
                     "phone": _landline(rng, city), "email": f"info@{slug}.ru",
                     "address": _address(rng, city, "офис"), "contact": f"{contact} (директор)"})
    for _ in range(5):  # sole traders (ИП) buy as companies but have a personal 12-digit INN and no KPP
        city = _city(rng, data)
        name, latin, local = _person_name(rng, data)
        rows.append({"kind": "buyer_company", "name": f"ИП {name}", "name_ru": f"ИП {name}",
                     "name_en": f"Sole trader {latin}", "country": "RUS",
                     "inn": _inn(rng, rng.choice(city["tax"]), True, used), "phone": _mobile(rng, city),
                     "email": _email(rng, local), "address": _address(rng, city, "офис")})
    return rows


def _enterprises(rng: random.Random, data: Mapping[str, Any]) -> list[Row]:
    """Chinese suppliers, carriers, platforms and payment firms, plus their Russian counterparts."""
    rows = []
    for e in data["enterprises"]:
        slug = "".join(re.sub(r"[^a-z]", "", w) for w in e["en"].lower().split()[:2])
        if e.get("country") == "RUS":
            # No INN: validate_partner accepts only a 12-digit INN for these kinds, a firm has 10 digits.
            city = next(c for c in data["cities"] if c["ru"] == e["city"])
            rows.append({"kind": e["kind"], "name": e["ru"], "name_ru": e["ru"], "name_en": e["en"],
                         "country": "RUS", "phone": _landline(rng, city), "email": f"info@{slug}.ru",
                         "address": _address(rng, city, "офис"), "note": f"中文名:{e['zh']}"})
            continue
        area, digits = e["phone"]
        number = f"{rng.randint(2, 8)}{rng.randrange(10 ** (digits - 1)):0{digits - 1}d}"
        customs = e["region"][:4] + "96" + "".join(rng.choices("0123456789ABCDEFGHJKLMNPQRTUWXY", k=4))
        rows.append({"kind": e["kind"], "name": e["zh"], "name_ru": e["ru"], "name_en": e["en"], "country": "CHN",
                     "uscc": _uscc(rng, e["region"]), "customs_code": customs if e["customs"] else "",
                     "phone": f"{area}-{number}", "email": f"sales@{slug}.com.cn",
                     "address": f"{e['address']}{rng.randint(1, 399)}号",
                     "contact": rng.choice(data["chinese_contacts"])})
    return rows


def generate_partners(seed: int = 0) -> list[Row]:
    """72 partners: 40 Russian buyers, 15 Russian companies, 10 Chinese suppliers, 7 service firms."""
    data = catalogue()["partners"]
    rng = random.Random(f"heihe-demo-partners:{seed}")
    return _buyers(rng, data, set()) + _enterprises(rng, data)


# -- into a data folder -----------------------------------------------------------------------------


def _taken(ws: Workspace) -> tuple[set[str], set[str]]:
    """SKUs and barcodes already in the folder, deleted rows included so a tombstone's SKU is never reused."""
    rows = ws.conn.execute("SELECT sku, barcode FROM products").fetchall()
    return {r[0] for r in rows}, {r[1] for r in rows if r[1]}


def fill(ws: Workspace, products: int, seed: int = 0, progress: ProgressFn | None = None) -> dict[str, int]:
    """Add demo partners (only to a folder without any) and ``products`` products, each with its outbox row."""
    partners: list[Row] = []
    if not ws.partner_rowids():
        partners = generate_partners(seed)
        ws.add_partners([*partners])  # a fresh list so mypy sees list[Mapping] (list is invariant)
    skus, barcodes = _taken(ws)
    # Number after every demo-looking SKU already there, so running the demo twice never clashes.
    start = max([ws.product_count(), *(int(m.group(1)) for s in skus if (m := _DEMO_SKU.match(s)))])
    rows: list[Row] = []
    while len(rows) < products:
        batch = generate_products(products - len(rows), seed, start)
        start += len(batch)
        # A user's real barcode may happen to equal a demo one; such rows are skipped and replaced.
        rows += [r for r in batch if r["sku"] not in skus and r["barcode"] not in barcodes]
    if rows:
        ws.add_products([*rows], progress)
    return {"partners": len(partners), "products": len(rows)}
