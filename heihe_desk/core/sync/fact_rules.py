"""What the platform checks in orders, payments, stock movements and the other desk records (structure only).

The desk validated these records against its own data when they were made; the platform cannot repeat
that (it has no shelf to count), so it checks what must hold for any copy to be usable everywhere: ids,
required fields, integer minor units, totals that add up, sane quantities, known statuses and kinds.
Strings live here (core) so the desk's catalogue translates the issues the platform sends.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from heihe_desk.core.domain.errors import N_, Issue
from heihe_desk.core.domain.money import parse_decimal
from heihe_desk.core.domain.order import OrderKind, OrderStatus, TradeMode, line_amount
from heihe_desk.core.domain.stock import LocationKind, MovementKind

#: A quantity beyond a billion units (in thousandths) is a typing or encoding accident, never a sale.
MAX_QTY_MILLI = 10**12
#: Amounts beyond 10^15 minor units (10 trillion yuan) likewise.
MAX_MINOR = 10**15

RULE_MINOR = N_("must be a whole number of minor units (fen, kopecks), zero or more")
RULE_MINOR_POSITIVE = N_("must be a whole number of minor units (fen, kopecks) greater than zero")
RULE_QTY = N_("must be a whole number of thousandths of a unit, not zero, at most a billion units")
RULE_LINE_QTY = N_("must be a whole number of thousandths of a unit greater than zero (line {n})")
RULE_GOODS_TOTAL = N_("must be the sum of the line amounts ({expected})")
RULE_TOTAL = N_("must equal goods + freight + insurance − discount ({expected})")
RULE_LIST = N_("must be a list of records")
RULE_LINE_NUMBERS = N_("must be numbered 1, 2, 3 … without repeats")
RULE_FACT = N_("is a fact and cannot be changed or deleted; record a correction instead")
RULE_UNKNOWN_PARENT = N_("refers to a record the platform does not have ({key}); send that record first")
RULE_REQUIRED = N_("is required")
RULE_REQUIRED_LINE = N_("is required (line {n})")
RULE_DATE = N_("must be a date written YYYY-MM-DD")
RULE_CHOICE = N_("must be one of {choices}")
RULE_MATCH = N_("must match the record it belongs to")
RULE_NO_ORDER = N_("no order {key} exists")

LABEL_ORDER = N_("Order")
LABEL_MOVEMENT_KIND = N_("Movement type")
LABEL_HISTORY = N_("Status history")
LABEL_IN_ORDER_CURRENCY = N_("Amount in order currency")

#: Records that are facts (sync rule 8): created once, never edited or deleted, corrected by new records.
FACTS = frozenset({"payments", "stock_movements", "batches", "rates", "waybill_events"})

# Allowed values, computed once: iterating an enum per order line costs more than the rest of the checks.
KINDS = tuple(k.value for k in OrderKind)
MODES = tuple(m.value for m in TradeMode)
STATUSES = tuple(s.value for s in OrderStatus)
MOVEMENT_KINDS = tuple(k.value for k in MovementKind)
LOCATION_KINDS = tuple(k.value for k in LocationKind)

Checker = Callable[["_Check", Mapping[str, Any]], None]


class _Check:
    """Collects the issues of one record; every helper returns the value it checked (or a safe default)."""

    def __init__(self) -> None:
        self.issues: list[Issue] = []

    def add(self, field: str, label: str, rule: str, example: str = "", **params: Any) -> None:
        self.issues.append(Issue(field, label, rule, example, params))

    def text(self, data: Mapping[str, Any], key: str, label: str, example: str, required: bool = True,
             field: str = "") -> str:
        value = data.get(key)
        if value is None or value == "":
            if required:
                self.add(field or key, label, RULE_REQUIRED, example)
            return ""
        if not isinstance(value, str):
            self.add(field or key, label, RULE_REQUIRED, example)
            return ""
        return value

    def choice(self, data: Mapping[str, Any], key: str, label: str, choices: tuple[str, ...]) -> str:
        value = data.get(key)
        if value not in choices:
            self.add(key, label, RULE_CHOICE, choices[0], choices=", ".join(choices))
            return ""
        return str(value)

    def day(self, data: Mapping[str, Any], key: str, label: str, required: bool = True) -> None:
        value = data.get(key)
        if not required and value in (None, ""):
            return
        try:
            ok = isinstance(value, str) and len(value) == 10 and bool(date.fromisoformat(value))
        except ValueError:
            ok = False
        if not ok:
            self.add(key, label, RULE_DATE, "2026-03-08")

    def minor(self, data: Mapping[str, Any], key: str, label: str, positive: bool = False, field: str = "") -> int:
        value = data.get(key, 0)
        low = 1 if positive else 0
        if type(value) is not int or not low <= value <= MAX_MINOR:
            self.add(field or key, label, RULE_MINOR_POSITIVE if positive else RULE_MINOR, "1250")
            return 0
        return value


def _order(c: _Check, p: Mapping[str, Any]) -> None:
    order_id = str(p.get("id", ""))
    c.text(p, "number", N_("Order number"), "HD-AB12-2026-000001")
    c.choice(p, "kind", N_("Order type"), KINDS)
    c.choice(p, "trade_mode", N_("Trade mode"), MODES)
    c.choice(p, "status", N_("Status"), STATUSES)
    c.text(p, "buyer_id", N_("Buyer"), "ООО «Амур Трейд»")
    c.text(p, "currency", N_("Currency"), "CNY")
    c.text(p, "location_id", N_("Stock location"), "Shop")
    c.day(p, "order_date", N_("Order date"))
    freight, insurance = c.minor(p, "freight", N_("Freight")), c.minor(p, "insurance", N_("Insurance"))
    discount = c.minor(p, "discount", N_("Discount"))
    c.minor(p, "paid", N_("Amount received"))
    lines, events = p.get("lines"), p.get("events", [])
    if not isinstance(lines, list) or not lines:
        c.add("lines", N_("Order lines"), N_("an order needs at least one line"))
        lines = []
    if not isinstance(events, list):
        c.add("events", LABEL_HISTORY, RULE_LIST)
        events = []
    goods = sum(_line(c, n, line, order_id) for n, line in enumerate(lines, start=1))
    numbers = [line.get("line_no") for line in lines if isinstance(line, Mapping)]
    if any(type(n) is not int or n < 1 for n in numbers) or len(set(numbers)) != len(numbers):
        c.add("lines", N_("Order lines"), RULE_LINE_NUMBERS, "1")
    for n, event in enumerate(events, start=1):
        _event(c, n, event, order_id)
    if c.issues:
        return
    if p.get("goods_total") != goods:
        c.add("goods_total", N_("Goods total"), RULE_GOODS_TOTAL, str(goods), expected=goods)
    expected = goods + freight + insurance - discount
    if p.get("total") != expected:
        c.add("total", N_("Total due"), RULE_TOTAL, str(expected), expected=expected)


#: Text fields every order line needs: (key, label, example).
LINE_TEXTS = (("id", N_("Record id"), ""), ("product_id", N_("Product"), "TEA-0001"), ("sku", N_("SKU"), "TEA-0001"))


def _line(c: _Check, n: int, line: object, order_id: str) -> int:
    """One order line's checks; returns its amount for the goods total (0 when broken)."""
    field = f"lines[{n - 1}]"
    if not isinstance(line, Mapping):
        c.add(field, N_("Order lines"), RULE_LIST)
        return 0
    before = len(c.issues)
    for key, label, example in LINE_TEXTS:
        if not isinstance(line.get(key), str) or not line.get(key):
            c.add(f"{field}.{key}", label, RULE_REQUIRED_LINE, example, n=n)
    if line.get("order_id") != order_id:
        c.add(f"{field}.order_id", LABEL_ORDER, RULE_MATCH, order_id)
    qty, price = line.get("qty_milli"), line.get("unit_price")
    if type(qty) is not int or not 0 < qty <= MAX_QTY_MILLI:
        c.add(f"{field}.qty_milli", N_("Quantity"), RULE_LINE_QTY, "1000", n=n)
    if type(price) is not int or not 0 <= price <= MAX_MINOR:
        c.add(f"{field}.unit_price", N_("Unit price"), RULE_MINOR, "4500")
    if len(c.issues) > before:
        return 0
    assert isinstance(qty, int) and isinstance(price, int)
    amount = line_amount(qty, price)
    if line.get("amount") != amount:
        c.add(f"{field}.amount", N_("Line total"), N_("must equal quantity × unit price ({expected}) (line {n})"),
              str(amount), expected=amount, n=n)
    return amount


def _event(c: _Check, n: int, event: object, order_id: str) -> None:
    if type(event) is not dict or type(event.get("id")) is not str or not event["id"]:
        c.add(f"events[{n - 1}]", LABEL_HISTORY, RULE_LIST)
        return
    if event.get("order_id") != order_id:
        c.add(f"events[{n - 1}].order_id", LABEL_ORDER, RULE_MATCH, order_id)
    if event.get("to_status") not in STATUSES:
        c.add(f"events[{n - 1}].to_status", N_("Status"), RULE_CHOICE, "confirmed", choices=", ".join(STATUSES))


def _payment(c: _Check, p: Mapping[str, Any]) -> None:
    c.text(p, "order_id", LABEL_ORDER, "HD-AB12-2026-000001")
    c.minor(p, "amount", N_("Amount"), positive=True)
    c.minor(p, "amount_order_currency", LABEL_IN_ORDER_CURRENCY)
    c.text(p, "currency", N_("Currency"), "CNY")
    c.day(p, "paid_at", N_("Date"))
    _positive_decimal(c, p, "rate", N_("Exchange rate"), "12.45", required=False)


def _movement(c: _Check, p: Mapping[str, Any]) -> None:
    c.text(p, "product_id", N_("Product"), "TEA-0001")
    c.text(p, "location_id", N_("Stock location"), "Shop")
    c.text(p, "at", N_("Date"), "2026-03-08T10:00:00.000Z")
    kind = c.choice(p, "kind", LABEL_MOVEMENT_KIND, MOVEMENT_KINDS)
    qty = p.get("qty_milli")
    if type(qty) is not int or qty == 0 or abs(qty) > MAX_QTY_MILLI:
        c.add("qty_milli", N_("Quantity"), RULE_QTY, "-1000")
    if kind == MovementKind.SALE:
        c.text(p, "order_id", LABEL_ORDER, "HD-AB12-2026-000001")


def _batch(c: _Check, p: Mapping[str, Any]) -> None:
    c.text(p, "product_id", N_("Product"), "TEA-0001")
    c.day(p, "production_date", N_("Production date"), required=False)
    c.day(p, "expiry_date", N_("Expiry date"), required=False)


def _location(c: _Check, p: Mapping[str, Any]) -> None:
    c.text(p, "name", N_("Name"), "黑河边境仓")
    c.choice(p, "kind", N_("Location type"), LOCATION_KINDS)


def _rate(c: _Check, p: Mapping[str, Any]) -> None:
    c.day(p, "rate_date", N_("Rate date"))
    c.text(p, "base", N_("Currency"), "CNY")
    c.text(p, "quote", N_("Currency"), "RUB")
    _positive_decimal(c, p, "rate", N_("Exchange rate"), "12.45", required=True)


def _waybill(c: _Check, p: Mapping[str, Any]) -> None:
    c.text(p, "order_id", LABEL_ORDER, "HD-AB12-2026-000001")
    number = c.text(p, "waybill_no", N_("Waybill number"), "SF1234567890")
    if len(number) > 60:
        c.add("waybill_no", N_("Waybill number"), N_("is required (at most 60 characters)"), "SF1234567890")
    parcels = p.get("parcels", 1)
    if type(parcels) is not int or parcels < 1:
        c.add("parcels", N_("Parcels"), N_("must be a whole number, 1 or more"), "1")


def _waybill_event(c: _Check, p: Mapping[str, Any]) -> None:
    c.text(p, "waybill_id", N_("Waybill"), "SF1234567890")
    c.text(p, "status", N_("Status"), "in transit")
    c.text(p, "at", N_("Date"), "2026-03-08T10:00:00.000Z")


def _positive_decimal(c: _Check, p: Mapping[str, Any], key: str, label: str, example: str, required: bool) -> None:
    value = p.get(key)
    if value in (None, "") and not required:
        return
    try:
        ok = isinstance(value, str) and parse_decimal(value) > 0
    except ValueError:
        ok = False
    if not ok:
        c.add(key, label, N_("must be a number greater than zero"), example)


CHECKS: dict[str, Checker] = {
    "orders": _order, "payments": _payment, "stock_movements": _movement, "batches": _batch,
    "locations": _location, "rates": _rate, "waybills": _waybill, "waybill_events": _waybill_event,
}
#: Records a record needs on the platform first: entity → (field, parent entity, label, rule).
PARENTS: dict[str, tuple[str, str, str, str]] = {
    "payments": ("order_id", "orders", LABEL_ORDER, RULE_NO_ORDER),
    "waybills": ("order_id", "orders", LABEL_ORDER, RULE_NO_ORDER),
    "waybill_events": ("waybill_id", "waybills", N_("Waybill"), RULE_UNKNOWN_PARENT),
}


def check_record(entity: str, payload: Mapping[str, Any]) -> list[Issue]:
    """The structural issues of a desk record of ``entity`` (empty when it is fine or the entity has no rules)."""
    checker = CHECKS.get(entity)
    if checker is None:
        return []
    c = _Check()
    checker(c, payload)
    return c.issues


def parent_of(entity: str, payload: Mapping[str, Any]) -> tuple[str, str] | None:
    """(parent entity, parent id) this record refers to and the platform must already hold, if any."""
    rule = PARENTS.get(entity)
    if rule is None or not isinstance(payload.get(rule[0]), str) or not payload.get(rule[0]):
        return None
    return rule[1], str(payload[rule[0]])


def unknown_parent_issue(entity: str, parent_id: str) -> Issue:
    field, _parent, label, rule = PARENTS[entity]
    return Issue(field, label, rule, "", {"key": parent_id})


def fact_change_issue() -> Issue:
    return Issue("id", N_("Record"), RULE_FACT, "")
