"""Splitting an order with more goods lines than one Order/Inventory entity may hold, and sharing its totals."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal

from heihe_desk.core.customs import formats
from heihe_desk.core.customs.labels import PARCEL_LABELS
from heihe_desk.core.customs.schema import max_occurs
from heihe_desk.core.domain.errors import N_, Issue

_STEP = Decimal(1).scaleb(-formats.FRACTION_DIGITS)


def lines_per_entity() -> int:
    """Goods lines one entity may carry: the smaller of OrderList and InventoryList maxOccurs in the schema.

    Order (CEB303) and list (CEB603) must split identically, because the list's gnum must match the order's
    line numbers (customs-domain §1.3, §1.4), so both use the smaller limit (100 in the 2022-05 schema).
    """
    return min(max_occurs("Order", "OrderList"), max_occurs("Inventory", "InventoryList"))


@dataclass(frozen=True)
class Part:
    """One entity's share of an order: which lines, and the order/document numbers and GUID it carries."""

    index: int          # 1-based
    count: int
    start: int          # first line index in the original order (0-based)
    stop: int
    order_no: str
    cop_no: str
    guid: str
    share: Decimal      # this part's goods value (weights the allocations)


def base_cop_no(guid: str, cop_no: str) -> str:
    """The enterprise document number: the caller's, else 24 hex digits of the record GUID (fits C..30)."""
    return cop_no.strip() or formats.upper_guid(guid).replace("-", "")[:24]


def plan_parts(guid: str, order_no: str, cop_no: str,
               totals: Sequence[Decimal]) -> tuple[tuple[Part, ...], list[Issue]]:
    """Cut the lines (given by their totals) into entities of at most lines_per_entity() lines.

    An unsplit order keeps its numbers and GUID. Parts of a split one get "-1", "-2" … on the order and
    document numbers and GUIDs derived from the record's. Whether customs accept several lists on one
    waybill this way is UNVERIFIED (customs-domain §1.4 has no rule); the split itself follows the schema.
    """
    size = lines_per_entity()
    count = max(1, -(-len(totals) // size))
    base_cop = base_cop_no(guid, cop_no)
    order_no = formats.clean_text(order_no)
    issues: list[Issue] = []
    if count > 1:
        suffix = f"-{count}"
        if len(order_no) + len(suffix) > 60:
            issues.append(Issue("order_no", PARCEL_LABELS["order_no"],
                                N_("must be at most {n} characters so the order can be split into {parts} parts"),
                                "HD-2026-000123", {"n": 60 - len(suffix), "parts": count}))
        if len(base_cop) + len(suffix) > 30:
            issues.append(Issue("cop_no", PARCEL_LABELS["cop_no"],
                                N_("must be at most {n} characters so the order can be split into {parts} parts"),
                                "HD2026000123", {"n": 30 - len(suffix), "parts": count}))
    parts = []
    for k in range(count):
        start, stop = k * size, min(len(totals), (k + 1) * size)
        if count == 1:
            numbers = (order_no, base_cop, formats.upper_guid(guid))
        else:
            numbers = (f"{order_no}-{k + 1}", f"{base_cop}-{k + 1}",
                       formats.derived_guid(formats.upper_guid(guid), f"part {k + 1}/{count}"))
        parts.append(Part(k + 1, count, start, stop, *numbers, share=sum(totals[start:stop], Decimal(0))))
    return tuple(parts), issues


def allocate(total: Decimal, weights: Sequence[Decimal]) -> list[Decimal]:
    """Share ``total`` in proportion to ``weights`` at 5 decimals; the shares add up to ``total`` exactly."""
    if len(weights) == 1:
        return [total]
    whole = sum(weights, Decimal(0))
    if whole == 0:
        weights, whole = [Decimal(1)] * len(weights), Decimal(len(weights))
    shares = [(total * w / whole).quantize(_STEP, rounding=ROUND_DOWN) for w in weights]
    shares[-1] += total - sum(shares, Decimal(0))
    return shares


def allocate_count(total: int, weights: Sequence[Decimal]) -> list[int]:
    """Whole packages per part, at least one each (packNo is a count; UNVERIFIED how customs read shared boxes)."""
    if len(weights) == 1:
        return [total]
    if total <= len(weights):
        return [1] * len(weights)
    extra = allocate(Decimal(total - len(weights)), weights)
    shares = [1 + int(share) for share in extra[:-1]]
    shares.append(total - sum(shares))
    return shares
