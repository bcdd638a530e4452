"""Stock locations, batches and movements: stock is the sum of movements, never a stored number."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from heihe_desk.core.domain.errors import N_, Issue, ValidationError
from heihe_desk.core.domain.order import parse_quantity
from heihe_desk.core.domain.record import Collector, text


class LocationKind(StrEnum):
    SHOP = "shop"
    BORDER_WAREHOUSE = "border_warehouse"        # 边境仓
    OVERSEAS_WAREHOUSE = "overseas_warehouse"    # 海外仓, e.g. Blagoveshchensk
    RELAY_WAREHOUSE = "relay_warehouse"          # 中继仓


LOCATION_LABELS: dict[LocationKind, str] = {
    LocationKind.SHOP: N_("Shop"), LocationKind.BORDER_WAREHOUSE: N_("Border warehouse"),
    LocationKind.OVERSEAS_WAREHOUSE: N_("Overseas warehouse"), LocationKind.RELAY_WAREHOUSE: N_("Relay warehouse"),
}


class MovementKind(StrEnum):
    RECEIPT = "receipt"            # from a supplier
    SALE = "sale"                  # an order confirmed
    TRANSFER = "transfer"          # one row out (negative) and one in (positive), same transfer id
    ADJUSTMENT = "adjustment"      # count corrections, damage
    RETURN = "return"              # goods back from a buyer
    CANCELLATION = "cancellation"  # a confirmed order cancelled: its sale reversed


MOVEMENT_LABELS: dict[MovementKind, str] = {
    MovementKind.RECEIPT: N_("Receipt"), MovementKind.SALE: N_("Sale"), MovementKind.TRANSFER: N_("Transfer"),
    MovementKind.ADJUSTMENT: N_("Adjustment"), MovementKind.RETURN: N_("Return"),
    MovementKind.CANCELLATION: N_("Cancellation"),
}


@dataclass(frozen=True)
class ReceiptInput:
    product_id: str
    location_id: str
    qty_milli: int
    supplier_id: str
    batch_no: str
    production_date: str
    expiry_date: str
    note: str


def validate_receipt(data: Mapping[str, Any], products: set[str], locations: set[str],
                     suppliers: set[str]) -> ReceiptInput:
    """A goods receipt: product, location, positive quantity, optional supplier and batch with dates."""
    c = Collector()
    product = text(data, "product_id")
    if product not in products:
        c.add(Issue("product_id", N_("Product"), N_("must be an existing product"), "TEA-0001"))
    location = text(data, "location_id")
    if location not in locations:
        c.add(Issue("location_id", N_("Stock location"), N_("must be an existing location"), "Shop"))
    qty = _quantity(c, data)
    supplier = text(data, "supplier_id")
    if supplier and supplier not in suppliers:
        c.add(Issue("supplier_id", N_("Supplier"), N_("must be an existing supplier"), "黑河茶叶有限公司"))
    made, expires = text(data, "production_date"), text(data, "expiry_date")
    for key, value, label in (("production_date", made, N_("Production date")),
                              ("expiry_date", expires, N_("Expiry date"))):
        if value and not _date(value):
            c.add(Issue(key, label, N_("must be a date written YYYY-MM-DD"), "2026-03-08"))
    if _date(made) and _date(expires) and expires < made:
        c.add(Issue("expiry_date", N_("Expiry date"), N_("must not be before the production date"), made))
    if c.issues:
        raise ValidationError(c.issues)
    return ReceiptInput(product, location, qty, supplier, text(data, "batch_no"), made, expires, text(data, "note"))


def validate_adjustment(data: Mapping[str, Any], products: set[str], locations: set[str]) -> tuple[str, str, int]:
    """A count correction: product, location and a non-zero signed quantity."""
    c = Collector()
    product, location = text(data, "product_id"), text(data, "location_id")
    if product not in products:
        c.add(Issue("product_id", N_("Product"), N_("must be an existing product"), "TEA-0001"))
    if location not in locations:
        c.add(Issue("location_id", N_("Stock location"), N_("must be an existing location"), "Shop"))
    raw = text(data, "quantity")
    negative = raw.startswith("-")
    qty = _quantity(c, {"quantity": raw.lstrip("-")})
    if c.issues:
        raise ValidationError(c.issues)
    return product, location, -qty if negative else qty


def _quantity(c: Collector, data: Mapping[str, Any]) -> int:
    try:
        return parse_quantity(data.get("quantity", ""))
    except (ValueError, ArithmeticError):
        c.add(Issue("quantity", N_("Quantity"), N_("must be greater than zero with at most 3 decimals"), "10"))
        return 0


def _date(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True
