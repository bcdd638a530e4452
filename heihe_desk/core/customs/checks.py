"""Checks of settings and declaration inputs before any XML is built: every problem named, in plain words."""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

from heihe_desk.core.customs import formats
from heihe_desk.core.customs.codes import CodeTables, ceb_country, ceb_currency
from heihe_desk.core.customs.labels import EXAMPLES, LINE_LABELS, PARCEL_LABELS, SETTINGS
from heihe_desk.core.customs.model import (
    CodeForm,
    DeclarationAction,
    DeclarationSettings,
    ParcelDeclarationInput,
    ParcelLine,
)
from heihe_desk.core.domain import identifiers as ids
from heihe_desk.core.domain.errors import N_, Issue
from heihe_desk.core.domain.order import TradeMode

_CUSTOMS_REG = re.compile(r"^[0-9A-Z]{10}$")
_OFFICE = re.compile(r"^\d{4}$")
_DXP = re.compile(r"^[0-9A-Z]{1,30}$")
_POD = re.compile(r"^[0-9A-Z]{3,4}$")
_UNIT = re.compile(r"^\d{3}$")
ENTERPRISE_CODES = ("ebc_code", "ebp_code", "agent_code", "owner_code", "logistics_code", "decl_agent_code",
                    "sender_code")
#: Settings every list declaration (CEB603) needs; logistics, transport and packing may come from the parcel.
INVENTORY_SETTINGS = ("ebc_code", "ebc_name", "ebp_code", "ebp_name", "agent_code", "agent_name", "owner_code",
                      "owner_name", "customs_code", "port_code", "loct_no", "pod", "statistics_flag", "code_form")
#: Settings that may stay empty; checked only when filled in.
OPTIONAL_SETTINGS = frozenset({"loct_no"})
TRANSFER_SETTINGS = ("sender_code", "sender_name", "dxp_id")


def enterprise_code_issue(name: str, value: str, label: str, field: str) -> Issue | None:
    """C..18 enterprise codes: a 10-character customs code or a valid USCC (customs-domain §1.2).

    Two documented exceptions: a foreign platform without a code is "无" (ebpCode) and an unregistered
    producer is "NO" (ownerCode).
    """
    if (name == "ebp_code" and value == "无") or (name == "owner_code" and value == "NO"):
        return None
    if _CUSTOMS_REG.match(value):
        return None
    if len(value) == 18:
        problem = ids.check_uscc(value, field)
        return None if problem is None else Issue(field, label, problem.rule, problem.example)
    return Issue(field, label, N_("must be a 10-character customs registration code or an 18-character unified "
                                  "social credit code"), "2311960ABC")


def check_settings(settings: DeclarationSettings, needed: Iterable[str], tables: CodeTables) -> list[Issue]:
    """Issues for the named settings: missing ones explain where to find the value; set ones are checked."""
    issues: list[Issue] = []
    for name in needed:
        info = SETTINGS[name]
        value = str(getattr(settings, name)).strip()
        field = f"settings.{name}"
        if not value:
            if name not in OPTIONAL_SETTINGS:
                issues.append(Issue(field, info.label, info.missing, info.example))
            continue
        problem = _setting_format(name, value, info.label, field, tables)
        if problem is not None:
            issues.append(problem)
    return issues


def _setting_format(name: str, value: str, label: str, field: str, tables: CodeTables) -> Issue | None:
    if name in ENTERPRISE_CODES:
        return enterprise_code_issue(name, value, label, field)
    if name.endswith("_name"):
        return _too_long(field, label, value, 100, SETTINGS[name].example)
    if name == "loct_no":
        return _too_long(field, label, value, 10, "")
    checks: dict[str, tuple[bool, str, str]] = {
        "customs_code": (bool(_OFFICE.match(value)), N_("must be 4 digits"), ""),
        "port_code": (bool(_OFFICE.match(value)), N_("must be 4 digits"), ""),
        "dxp_id": (bool(_DXP.match(value)),
                   N_("must be at most 30 capital Latin letters and digits"), "DXPENT0000000001"),
        "pod": (bool(_POD.match(value)), N_("must be 3 or 4 capital Latin letters or digits"), ""),
        "traf_mode": (value in tables.traf_modes or not tables.traf_modes,
                      N_("must be a transport mode code from the transport mode table"), "4"),
        "wrap_type": (value in tables.wrap_types or not tables.wrap_types,
                      N_("must be a package type code from the package type table"), "2"),
        "statistics_flag": (value in ("A", "B"), SETTINGS["statistics_flag"].missing, "B"),
        "code_form": (value in {f.value for f in CodeForm}, SETTINGS["code_form"].missing, "numeric"),
    }
    ok, rule, example = checks.get(name, (True, "", ""))
    return None if ok else Issue(field, label, rule, example)


def _too_long(field: str, label: str, value: str, limit: int, example: str) -> Issue | None:
    if len(value) <= limit:
        return None
    return Issue(field, label, N_("must be at most {n} characters"), example, {"n": limit})


def parcel_settings_needed(parcel: ParcelDeclarationInput) -> list[str]:
    """The settings a list declaration of this parcel reads (the parcel's own values replace some)."""
    needed = list(INVENTORY_SETTINGS)
    if not parcel.logistics_code.strip():
        needed += ["logistics_code", "logistics_name"]
    needed += [name for name in ("traf_mode", "wrap_type") if not getattr(parcel, name).strip()]
    if parcel.statistics_flag.strip():
        needed.remove("statistics_flag")
    return needed


class Checker:
    """Collects issues of one record; fields are relative to the record ('lines[2].hs_code')."""

    def __init__(self) -> None:
        self.issues: list[Issue] = []

    def add(self, field: str, label: str, rule: str, example: str = "", **params: object) -> None:
        self.issues.append(Issue(field, label, rule, example, dict(params)))

    def text(self, field: str, label: str, value: str, limit: int, *, required: bool = True,
             line: int | None = None) -> None:
        value = formats.clean_text(value)
        example = EXAMPLES.get(field.rsplit(".", 1)[-1], "")
        if not value and required:
            if line is None:
                self.add(field, label, N_("is required"), example)
            else:
                self.add(field, label, N_("is required (line {n})"), example, n=line)
        elif len(value) > limit:
            if line is None:
                self.add(field, label, N_("must be at most {n} characters"), example, n=limit)
            else:
                self.add(field, label, N_("must be at most {max} characters (line {n})"), example, max=limit, n=line)

    def amount(self, field: str, label: str, value: Decimal | None, *, positive: bool,
               line: int | None = None) -> None:
        """N19,5 values: never negative, at most 5 decimals, at most 19 digits (customs-domain §1.2)."""
        example = EXAMPLES.get(field.rsplit(".", 1)[-1], "1")
        bad = (value is None or not formats.decimal_fits(value) or value < 0 or (positive and value == 0))
        if not bad:
            return
        if line is not None:
            rule = (N_("must be a number greater than zero with at most 5 decimals (line {n})") if positive
                    else N_("must be a number, zero or more, with at most 5 decimals (line {n})"))
            self.add(field, label, rule, example, n=line)
        else:
            rule = (N_("must be a number greater than zero with at most {places} decimals") if positive
                    else N_("must be a number, zero or more, with at most {places} decimals"))
            self.add(field, label, rule, example, places=formats.FRACTION_DIGITS)


def check_parcel(parcel: ParcelDeclarationInput, settings: DeclarationSettings, tables: CodeTables) -> list[Issue]:
    """Every problem of one parcel's own data (settings are checked by check_settings)."""
    c = Checker()
    lab = PARCEL_LABELS
    if not formats.is_guid(parcel.guid):
        c.add("guid", lab["guid"], N_("must be a UUID (36 characters)"), "0b3c9d3e-5f0a-4c1e-9b7a-2f4d6e8a1c3b")
    c.text("order_no", lab["order_no"], parcel.order_no, 60)
    c.text("cop_no", lab["cop_no"], parcel.cop_no, 30, required=False)
    c.text("logistics_no", lab["logistics_no"], parcel.logistics_no, 32)
    if parcel.logistics_code.strip():
        problem = enterprise_code_issue("logistics_code", parcel.logistics_code.strip(),
                                        SETTINGS["logistics_code"].label, "logistics_code")
        if problem:
            c.issues.append(problem)
        c.text("logistics_name", SETTINGS["logistics_name"].label, parcel.logistics_name, 100)
    if parcel.trade_mode not in {m.value for m in TradeMode}:
        c.add("trade_mode", lab["trade_mode"], N_("must be 9610, 9710 or 9810"), "9610")
    if parcel.action not in {a.value for a in DeclarationAction}:
        c.add("action", lab["action"], N_("must be 1 (new), 2 (change) or 3 (delete)"), "1")
    _codes(c, parcel, settings, tables)
    _head_amounts(c, parcel)
    for name, limit in (("traf_name", 100), ("voyage_no", 32), ("bill_no", 37), ("total_package_no", 37),
                        ("license_no", 19), ("note", 1000), ("invt_no", 20)):
        c.text(name, lab[name], getattr(parcel, name), limit, required=False)
    if parcel.pre_no.strip() and len(parcel.pre_no.strip()) != 18:
        c.add("pre_no", lab["pre_no"], N_("must be exactly {n} characters"), "B20260308000000001", n=18)
    if not parcel.lines:
        c.add("lines", lab["lines"], N_("a declaration needs at least one goods line"))
    for index, line in enumerate(parcel.lines):
        _line(c, index, line, tables)
    return c.issues


def _codes(c: Checker, parcel: ParcelDeclarationInput, settings: DeclarationSettings, tables: CodeTables) -> None:
    lab = PARCEL_LABELS
    for name in ("currency", "freight_currency"):
        iso = (getattr(parcel, name) or parcel.currency).strip().upper()
        if name == "freight_currency" and not parcel.freight_currency.strip():
            continue
        if ceb_currency(iso, settings, tables) is None:
            c.add(name, lab[name], N_("has no customs code known for {code}; ask the platform which code to use "
                                     "and enter it in the customs settings"), "CNY", code=iso or "?")
    country = parcel.destination_country.strip().upper()
    if ceb_country(country, settings, tables) is None:
        c.add("destination_country", lab["destination_country"],
              N_("has no customs code known for {code}; ask the platform which code to use and enter it in the "
                 "customs settings"), "RUS", code=country or "?")
    for name, table, rule in (("traf_mode", tables.traf_modes,
                               N_("must be a transport mode code from the transport mode table")),
                              ("wrap_type", tables.wrap_types,
                               N_("must be a package type code from the package type table"))):
        value = getattr(parcel, name).strip()
        if value and table and value not in table:
            c.add(name, SETTINGS[name].label, rule, SETTINGS[name].example)
    flag = parcel.statistics_flag.strip()
    if flag and flag not in ("A", "B"):
        c.add("statistics_flag", SETTINGS["statistics_flag"].label, SETTINGS["statistics_flag"].missing, "B")


def _head_amounts(c: Checker, parcel: ParcelDeclarationInput) -> None:
    lab = PARCEL_LABELS
    c.amount("gross_weight_kg", lab["gross_weight_kg"], parcel.gross_weight_kg, positive=True)
    c.amount("net_weight_kg", lab["net_weight_kg"], parcel.net_weight_kg, positive=True)
    fields = {i.field for i in c.issues}
    if {"gross_weight_kg", "net_weight_kg"}.isdisjoint(fields) and parcel.gross_weight_kg < parcel.net_weight_kg:
        net = formats.ceb_decimal(parcel.net_weight_kg)
        c.add("gross_weight_kg", lab["gross_weight_kg"], N_("must not be less than the net weight ({net} kg)"),
              net, net=net)
    c.amount("freight", lab["freight"], parcel.freight, positive=False)
    c.amount("insured_fee", lab["insured_fee"], parcel.insured_fee, positive=False)
    if isinstance(parcel.pack_no, bool) or not isinstance(parcel.pack_no, int) or not 1 <= parcel.pack_no < 10**9:
        c.add("pack_no", lab["pack_no"], N_("must be a whole number of at least 1"), "1")


def _line(c: Checker, index: int, line: ParcelLine, tables: CodeTables) -> None:
    n = index + 1
    p = f"lines[{index}]."
    lab = LINE_LABELS
    c.text(p + "item_no", lab["item_no"], line.item_no, 20, line=n)
    c.text(p + "item_name", lab["item_name"], line.item_name, 250, required=False, line=n)
    hs = ids.compact(line.hs_code)
    if len(hs) == 13:
        hs = hs[:10]   # the CIQ add-on is not carried in the CEB gcode (customs-domain §1.7)
    if not re.fullmatch(r"\d{10}", hs):
        c.add(p + "hs_code", lab["hs_code"], N_("must be the 10-digit China commodity code (line {n})"),
              "0902109000", n=n)
    elif ids.check_hs_code(hs) is not None:
        c.add(p + "hs_code", lab["hs_code"], N_("chapter {chapter} does not exist in the HS nomenclature (line {n})"),
              "0902109000", chapter=hs[:2], n=n)
    c.text(p + "gname", lab["gname"], line.gname, 250, line=n)
    if not formats.clean_text(line.gmodel):
        c.add(p + "gmodel", lab["gmodel"],
              N_("is required (line {n}): the declaration elements (申报要素) the HS code asks for, such as brand, "
                 "model, material, content, grade"), EXAMPLES["gmodel"], n=n)
    else:
        c.text(p + "gmodel", lab["gmodel"], line.gmodel, 250, line=n)
    c.text(p + "barcode", lab["barcode"], line.barcode, 50, required=False, line=n)
    c.text(p + "note", lab["note"], line.note, 1000, required=False, line=n)
    _line_units(c, p, n, line, tables)
    c.amount(p + "qty", lab["qty"], line.qty, positive=True, line=n)
    c.amount(p + "price", lab["price"], line.price, positive=True, line=n)
    c.amount(p + "total", lab["total"], line.total, positive=True, line=n)
    fields = {i.field for i in c.issues}
    if not {p + "qty", p + "price", p + "total"} & fields:
        expected = line.qty * line.price
        # The spec says total = quantity × price (table 2-38); a cent of rounding in the unit price is allowed.
        if abs(line.total - expected) > Decimal("0.01"):
            shown = formats.ceb_decimal(expected.quantize(Decimal("0.00001")))
            c.add(p + "total", lab["total"], N_("must equal quantity × unit price ({expected}) (line {n})"),
                  shown, expected=shown, n=n)


def _line_units(c: Checker, p: str, n: int, line: ParcelLine, tables: CodeTables) -> None:
    lab = LINE_LABELS
    for name in ("unit", "unit1", "unit2"):
        value = getattr(line, name).strip()
        if not value:
            if name == "unit":
                c.add(p + name, lab[name], N_("is required (line {n})"), "007", n=n)
            elif name == "unit1":
                c.add(p + name, lab[name],
                      N_("is required (line {n}): the legal unit is fixed by the HS code; set it in the product"),
                      "035", n=n)
        elif not _UNIT.match(value) or (tables.units and value not in tables.units):
            c.add(p + name, lab[name], N_("must be a customs unit code from the unit table (line {n})"), "035", n=n)
    if line.unit1.strip():
        c.amount(p + "qty1", lab["qty1"], line.qty1, positive=True, line=n)
    if line.unit2.strip():
        c.amount(p + "qty2", lab["qty2"], line.qty2, positive=True, line=n)
    elif line.qty2 is not None:
        # Second quantity only with a second unit (spec §7, error -625009 states the rule).
        c.add(p + "qty2", lab["qty2"], N_("must be left empty when there is no legal second unit (line {n})"), "",
              n=n)
