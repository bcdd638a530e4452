"""The customs-grade product master record and its rules (capability 1)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from heihe_desk.core.domain import identifiers as ids
from heihe_desk.core.domain.errors import N_, Issue, ValidationError
from heihe_desk.core.domain.record import Collector, new_id, text

#: Code tables a product refers to, as {table: set of valid codes}.
CodeSets = Mapping[str, set[str]]


@dataclass(frozen=True)
class Product:
    """One sellable item with everything a customs list declaration and an invoice need."""

    id: str
    sku: str
    name_zh: str
    name_ru: str = ""
    name_en: str = ""
    barcode: str = ""
    hs_code: str = ""          # 10 digits (China); the CIQ add-on is kept apart
    ciq_code: str = ""         # optional 3 digits that make the 13-digit form
    tnved_code: str = ""       # 10 digits (EAEU)
    decl_elements: str = ""    # 申报要素 text
    sale_unit: str = "007"     # customs unit code of the selling unit (007 = 个)
    unit1: str = ""            # legal first unit
    unit1_per_sale: str = ""   # Decimal as text: legal first quantity per selling unit
    unit2: str = ""            # legal second unit, if the code has one
    unit2_per_sale: str = ""
    net_weight_kg: str = ""    # Decimal as text, per selling unit
    gross_weight_kg: str = ""
    origin_country: str = "CHN"
    brand: str = ""
    price_cny: int | None = None   # fen
    price_rub: int | None = None   # kopecks
    category: str = ""
    active: bool = True

    def as_row(self) -> dict[str, Any]:
        """Column values for storage and the outbox payload."""
        # A plain field copy: asdict() deep-copies and costs seconds at 100k products.
        row = {name: getattr(self, name) for name in FIELDS}
        row["active"] = int(self.active)
        return row

    @property
    def hs_code_13(self) -> str:
        """The 13-digit form (10 + CIQ) used on the customs declaration form, when the CIQ part is known."""
        return self.hs_code + self.ciq_code if self.ciq_code else ""

    def display_name(self, lang: str) -> str:
        """The name in the asked language, falling back to Chinese, then any name."""
        by_lang = {"zh_CN": self.name_zh, "ru": self.name_ru, "en": self.name_en}
        return by_lang.get(lang) or self.name_zh or self.name_ru or self.name_en


FIELDS: tuple[str, ...] = tuple(Product.__dataclass_fields__)

#: Untranslated labels of the fields people see (forms, import column mapping, documents).
LABELS: dict[str, str] = {
    "sku": N_("SKU"), "name_zh": N_("Chinese name"), "name_ru": N_("Russian name"),
    "name_en": N_("English name"), "barcode": N_("Barcode"), "hs_code": N_("HS code"),
    "ciq_code": N_("CIQ code"), "tnved_code": N_("TN VED code"), "decl_elements": N_("Declaration elements"),
    "sale_unit": N_("Selling unit"), "unit1": N_("Legal first unit"),
    "unit1_per_sale": N_("Legal first quantity per selling unit"), "unit2": N_("Legal second unit"),
    "unit2_per_sale": N_("Legal second quantity per selling unit"), "net_weight_kg": N_("Net weight (kg)"),
    "gross_weight_kg": N_("Gross weight (kg)"), "origin_country": N_("Country of origin"), "brand": N_("Brand"),
    "price_cny": N_("Price (CNY)"), "price_rub": N_("Price (RUB)"), "category": N_("Category"),
    "active": N_("Active"),
}


def validate_product(data: Mapping[str, Any], codes: CodeSets, record_id: str | None = None) -> Product:
    """Check every field of a product form or import row; return the record or raise ValidationError."""
    c = Collector()
    sku = c.required(data, "sku", N_("SKU"), "TEA-0001")
    if sku and len(sku) > 40:
        c.add(Issue("sku", N_("SKU"), N_("must be at most {n} characters"), "TEA-0001", {"n": 40}))
    name_zh = c.required(data, "name_zh", N_("Chinese name"), "绿茶 250克")
    barcode = ids.compact(text(data, "barcode"))
    if barcode:
        c.add(ids.check_barcode(barcode))
    hs_full = ids.compact(text(data, "hs_code"))
    hs_code, ciq_code = hs_full, ids.compact(text(data, "ciq_code"))
    if hs_full:
        c.add(ids.check_hs_code(hs_full))
        if len(hs_full) == 13:
            hs_code, ciq_code = hs_full[:10], hs_full[10:]
    if ciq_code and (len(ciq_code) != 3 or not ciq_code.isdigit()):
        c.add(Issue("ciq_code", N_("CIQ code"), N_("must be 3 digits"), "999"))
    tnved = ids.compact(text(data, "tnved_code"))
    if tnved:
        c.add(ids.check_tnved_code(tnved, hs_code))
    units = codes.get("units", set())
    sale_unit = text(data, "sale_unit") or "007"
    unit1, unit2 = text(data, "unit1"), text(data, "unit2")
    for key, value, label in (("sale_unit", sale_unit, N_("Selling unit")),
                              ("unit1", unit1, N_("Legal first unit")),
                              ("unit2", unit2, N_("Legal second unit"))):
        if value and units and value not in units:
            c.add(Issue(key, label, N_("must be a customs unit code from the unit table"), "035"))
    per1 = c.decimal(data, "unit1_per_sale", N_("Legal first quantity per selling unit"), "0.25")
    per2 = c.decimal(data, "unit2_per_sale", N_("Legal second quantity per selling unit"), "1")
    if unit1 and per1 is None and "unit1_per_sale" not in c_fields(c):
        if unit1 == sale_unit:
            per1 = Decimal(1)
        else:
            c.add(Issue("unit1_per_sale", N_("Legal first quantity per selling unit"),
                        N_("is required when the legal unit differs from the selling unit"), "0.25"))
    if unit2 and per2 is None and "unit2_per_sale" not in c_fields(c):
        c.add(Issue("unit2_per_sale", N_("Legal second quantity per selling unit"),
                    N_("is required when a legal second unit is set"), "1"))
    net = c.decimal(data, "net_weight_kg", N_("Net weight (kg)"), "0.25", places=5)
    gross = c.decimal(data, "gross_weight_kg", N_("Gross weight (kg)"), "0.30", places=5)
    if net is not None and gross is not None and gross < net:
        c.add(Issue("gross_weight_kg", N_("Gross weight (kg)"),
                    N_("must not be less than the net weight ({net} kg)"), str(net), {"net": str(net)}))
    origin = (text(data, "origin_country") or "CHN").upper()
    countries = codes.get("countries", set())
    if countries and origin not in countries:
        c.add(Issue("origin_country", N_("Country of origin"),
                    N_("must be a 3-letter country code from the country table"), "CHN"))
    price_cny = c.money(data, "price_cny", N_("Price (CNY)"), "CNY")
    price_rub = c.money(data, "price_rub", N_("Price (RUB)"), "RUB")
    if c.issues:
        raise ValidationError(c.issues)
    active = data.get("active", True)
    return Product(
        id=record_id or text(data, "id") or new_id(), sku=sku, name_zh=name_zh,
        name_ru=text(data, "name_ru"), name_en=text(data, "name_en"), barcode=barcode,
        hs_code=hs_code, ciq_code=ciq_code, tnved_code=tnved, decl_elements=text(data, "decl_elements"),
        sale_unit=sale_unit, unit1=unit1, unit1_per_sale=_dec(per1), unit2=unit2, unit2_per_sale=_dec(per2),
        net_weight_kg=_dec(net), gross_weight_kg=_dec(gross), origin_country=origin,
        brand=text(data, "brand"), price_cny=price_cny, price_rub=price_rub,
        category=text(data, "category"),
        active=active not in (False, 0, "0", "false", "False", "no"),
    )


def c_fields(c: Collector) -> set[str]:
    """Fields that already have an issue, so one field never gets two messages."""
    return {issue.field for issue in c.issues}


def _dec(value: Decimal | None) -> str:
    return "" if value is None else format(value, "f")
