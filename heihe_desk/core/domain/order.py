"""Orders: kinds, trade modes, the status machine, line quantities and the one way totals are computed."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Any

from heihe_desk.core.domain.errors import N_, Issue, ValidationError
from heihe_desk.core.domain.money import minor_digits, parse_decimal
from heihe_desk.core.domain.record import Collector, text

#: Quantities are stored as integer thousandths, so SQL sums (stock on hand) stay exact.
MILLI = 1000


class OrderKind(StrEnum):
    B2C = "b2c"   # a parcel to one Russian individual
    B2B = "b2b"   # a lot to a Russian company


class TradeMode(StrEnum):
    """Customs supervision modes of cross-border e-commerce export (customs-domain.md §1.7)."""

    RETAIL = "9610"
    B2B_DIRECT = "9710"
    OVERSEAS_WAREHOUSE = "9810"


class OrderStatus(StrEnum):
    DRAFT = "draft"
    CONFIRMED = "confirmed"
    DECLARED = "declared"
    RELEASED = "released"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"
    RETURNED = "returned"


S = OrderStatus
#: Allowed moves. Confirmed orders are facts: corrections are cancellations, returns or new orders.
TRANSITIONS: dict[OrderStatus, frozenset[OrderStatus]] = {
    S.DRAFT: frozenset({S.CONFIRMED, S.CANCELLED}),
    S.CONFIRMED: frozenset({S.DECLARED, S.SHIPPED, S.CANCELLED}),
    S.DECLARED: frozenset({S.RELEASED, S.CONFIRMED, S.CANCELLED}),  # back to confirmed = declaration rejected
    S.RELEASED: frozenset({S.SHIPPED, S.CANCELLED}),
    S.SHIPPED: frozenset({S.DELIVERED, S.RETURNED}),
    S.DELIVERED: frozenset({S.RETURNED}),
    S.CANCELLED: frozenset(),
    S.RETURNED: frozenset(),
}
#: Statuses in which the order's stock has left the shelf (sale movements exist).
STOCK_CONSUMED = frozenset({S.CONFIRMED, S.DECLARED, S.RELEASED, S.SHIPPED, S.DELIVERED})

STATUS_LABELS: dict[OrderStatus, str] = {
    S.DRAFT: N_("Draft"), S.CONFIRMED: N_("Confirmed"), S.DECLARED: N_("Declared"), S.RELEASED: N_("Released"),
    S.SHIPPED: N_("Shipped"), S.DELIVERED: N_("Delivered"), S.CANCELLED: N_("Cancelled"), S.RETURNED: N_("Returned"),
}
KIND_LABELS: dict[OrderKind, str] = {OrderKind.B2C: N_("B2C parcel"), OrderKind.B2B: N_("B2B lot")}
MODE_LABELS: dict[TradeMode, str] = {
    TradeMode.RETAIL: N_("9610 retail export"), TradeMode.B2B_DIRECT: N_("9710 B2B direct export"),
    TradeMode.OVERSEAS_WAREHOUSE: N_("9810 export via overseas warehouse"),
}


def check_transition(current: str, target: str) -> Issue | None:
    """None if the order may move from ``current`` to ``target``, else the reason."""
    try:
        allowed = target in TRANSITIONS[OrderStatus(current)]
    except ValueError:
        allowed = False
    if allowed:
        return None
    return Issue("status", N_("Status"), N_("an order cannot go from {current} to {target}"), "",
                 {"current": current, "target": target})


# -- money arithmetic: one place, one rounding --------------------------------------------------------

def round_minor(value: Decimal) -> int:
    """Round a Decimal amount of minor units half-up (the commercial rule) to an integer."""
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def line_amount(qty_milli: int, unit_price: int) -> int:
    """Line total in minor units: quantity × unit price, rounded once per line."""
    return round_minor(Decimal(qty_milli) * unit_price / MILLI)


def convert(minor: int, from_currency: str, to_currency: str, rate: Decimal) -> int:
    """Convert minor units with ``rate`` = units of ``to_currency`` per one ``from_currency``, half-up."""
    if from_currency == to_currency:
        return minor
    major = Decimal(minor).scaleb(-minor_digits(from_currency)) * rate
    return round_minor(major.scaleb(minor_digits(to_currency)))


@dataclass(frozen=True)
class Totals:
    goods: int
    freight: int
    insurance: int
    discount: int

    @property
    def total(self) -> int:
        return self.goods + self.freight + self.insurance - self.discount


def order_totals(lines: Iterable[tuple[int, int]], freight: int = 0, insurance: int = 0, discount: int = 0) -> Totals:
    """Totals from (qty_milli, unit_price) pairs; the only place order totals are computed."""
    return Totals(sum(line_amount(q, p) for q, p in lines), freight, insurance, discount)


def balance(total: int, paid_in_order_currency: Iterable[int]) -> int:
    """What is still owed (negative = overpaid)."""
    return total - sum(paid_in_order_currency)


# -- input validation ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class LineInput:
    product_id: str
    qty_milli: int
    unit_price: int
    batch_id: str = ""


@dataclass(frozen=True)
class OrderInput:
    kind: str
    trade_mode: str
    buyer_id: str
    currency: str
    order_date: str
    location_id: str
    lines: tuple[LineInput, ...]
    freight: int = 0
    insurance: int = 0
    discount: int = 0
    note: str = ""


def parse_quantity(raw: Any) -> int:
    """Quantity as integer thousandths; raises ValueError for non-positive or over-precise input."""
    value = raw if isinstance(raw, Decimal) else parse_decimal(str(raw))
    milli = value * MILLI
    if value <= 0 or milli != milli.to_integral_value():
        raise ValueError(raw)
    return int(milli)


def validate_order(data: Mapping[str, Any], lines: Sequence[Mapping[str, Any]],
                   buyers: Mapping[str, str], products: set[str], currencies: set[str]) -> OrderInput:
    """Check an order form: kind/mode/buyer agree, each line has a known product, a positive quantity, a price.

    ``buyers`` maps partner id → partner kind for the buyers that exist.
    """
    c = Collector()
    kind = text(data, "kind") or OrderKind.B2C
    if kind not in {k.value for k in OrderKind}:
        c.add(Issue("kind", N_("Order type"), N_("must be b2c (parcel to a person) or b2b (lot to a company)"), "b2c"))
    mode = text(data, "trade_mode") or (TradeMode.RETAIL if kind == OrderKind.B2C else TradeMode.B2B_DIRECT)
    if mode not in {m.value for m in TradeMode}:
        c.add(Issue("trade_mode", N_("Trade mode"), N_("must be 9610, 9710 or 9810"), "9610"))
    buyer = text(data, "buyer_id")
    buyer_kind = buyers.get(buyer)
    if not buyer:
        c.add(Issue("buyer_id", N_("Buyer"), N_("is required"), "ООО «Амур Трейд»"))
    elif buyer_kind is None:
        c.add(Issue("buyer_id", N_("Buyer"), N_("must be an existing buyer from the partner list"), "ООО «Амур Трейд»"))
    elif kind == OrderKind.B2C and buyer_kind != "buyer_person":
        c.add(Issue("buyer_id", N_("Buyer"), N_("of a B2C parcel must be a private person"), "Иванов Иван"))
    elif kind == OrderKind.B2B and buyer_kind != "buyer_company":
        c.add(Issue("buyer_id", N_("Buyer"), N_("of a B2B order must be a company"), "ООО «Амур Трейд»"))
    currency = (text(data, "currency") or "CNY").upper()
    if currencies and currency not in currencies:
        c.add(Issue("currency", N_("Currency"), N_("must be a currency code from the currency table"), "CNY"))
    order_date = text(data, "order_date")
    if not _is_date(order_date):
        c.add(Issue("order_date", N_("Order date"), N_("must be a date written YYYY-MM-DD"), "2026-03-08"))
    location = text(data, "location_id")
    if not location:
        c.add(Issue("location_id", N_("Stock location"), N_("is required"), "Shop"))
    freight = c.money(data, "freight", N_("Freight"), currency) or 0
    insurance = c.money(data, "insurance", N_("Insurance"), currency) or 0
    discount = c.money(data, "discount", N_("Discount"), currency) or 0
    parsed = tuple(_line(c, i, line, products, currency) for i, line in enumerate(lines))
    if not lines:
        c.add(Issue("lines", N_("Order lines"), N_("an order needs at least one line"), ""))
    if c.issues:
        raise ValidationError(c.issues)
    goods = order_totals((ln.qty_milli, ln.unit_price) for ln in parsed).goods
    if discount > goods + freight + insurance:
        raise ValidationError([Issue("discount", N_("Discount"), N_("cannot be larger than the order total"), "0")])
    return OrderInput(kind, mode, buyer, currency, order_date, location, parsed, freight, insurance, discount,
                      text(data, "note"))


def _line(c: Collector, index: int, line: Mapping[str, Any], products: set[str], currency: str) -> LineInput:
    prefix = f"lines[{index}]."
    product = text(line, "product_id")
    if product not in products:
        c.add(Issue(prefix + "product_id", N_("Product"), N_("must be an existing product (line {n})"), "TEA-0001",
                    {"n": index + 1}))
    try:
        qty = parse_quantity(line.get("quantity", ""))
    except (ValueError, ArithmeticError):
        qty = 0
        c.add(Issue(prefix + "quantity", N_("Quantity"),
                    N_("must be greater than zero with at most 3 decimals (line {n})"), "2", {"n": index + 1}))
    price = c.money({prefix + "unit_price": line.get("unit_price", "")}, prefix + "unit_price", N_("Unit price"),
                    currency)
    if price is None and not any(i.field == prefix + "unit_price" for i in c.issues):
        c.add(Issue(prefix + "unit_price", N_("Unit price"), N_("is required (line {n})"), "45.00", {"n": index + 1}))
    return LineInput(product, qty, price or 0, text(line, "batch_id"))


def _is_date(value: str) -> bool:
    from datetime import date

    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10
