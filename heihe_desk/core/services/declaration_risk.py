"""What the risk checks compare a parcel with: usual prices, recent purchases of the same buyer, the EUR rate."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from heihe_desk.core.customs import ParcelDeclarationInput
from heihe_desk.core.customs.risk import recent_window_start
from heihe_desk.core.domain.money import minor_digits
from heihe_desk.core.domain.order import MILLI, STOCK_CONSUMED
from heihe_desk.core.services.rates import Rates

#: Fewer past sales than this are no "usual price": one odd sale must not make every later price look wrong.
MIN_PRICE_HISTORY = 3
_SOLD = tuple(sorted(s.value for s in STOCK_CONSUMED))   # orders that really were sales (confirmed or later)
_MARKS = ", ".join("?" * len(_SOLD))


@dataclass(frozen=True)
class RiskInputs:
    eur_rate: Decimal | None
    usual_prices: dict[str, Decimal]
    recent_quantities: dict[str, Decimal]


@dataclass
class PriceHistory:
    """Unit prices per (product, currency) over past sales, read once per batch of declarations."""

    conn: sqlite3.Connection
    _cache: dict[tuple[str, str], list[tuple[str, int]]] = field(default_factory=dict)

    def prices(self, product_id: str, currency: str) -> list[tuple[str, int]]:
        key = (product_id, currency)
        if key not in self._cache:
            self._cache[key] = [(r[0], int(r[1])) for r in self.conn.execute(
                "SELECT o.id, l.unit_price FROM order_lines l JOIN orders o ON o.id = l.order_id"
                f" WHERE l.product_id = ? AND o.currency = ? AND o.deleted_at IS NULL AND o.status IN ({_MARKS})",
                (product_id, currency, *_SOLD))]
        return self._cache[key]

    def usual(self, product_id: str, currency: str, order_id: str) -> Decimal | None:
        """The median unit price of the product in past sales other than this order (None when too few)."""
        prices = [price for other, price in self.prices(product_id, currency) if other != order_id]
        if len(prices) < MIN_PRICE_HISTORY:
            return None
        ordered, mid = sorted(prices), len(prices) // 2
        # Integer minor units and Decimal halves: a median of money never goes through float.
        value = Decimal(ordered[mid]) if len(ordered) % 2 else (Decimal(ordered[mid - 1]) + ordered[mid]) / 2
        return value.scaleb(-minor_digits(currency))


def recent_quantities(conn: sqlite3.Connection, order: Mapping[str, Any]) -> dict[str, Decimal]:
    """Per SKU, what the same buyer bought in the risk window before this order (sales only, this one excluded)."""
    day = str(order["order_date"])[:10]
    start = recent_window_start(date.fromisoformat(day)).isoformat()
    rows = conn.execute(
        "SELECT l.sku, SUM(l.qty_milli) FROM order_lines l JOIN orders o ON o.id = l.order_id"
        " WHERE o.buyer_id = ? AND o.deleted_at IS NULL AND o.order_date BETWEEN ? AND ? AND o.id != ?"
        f" AND o.status IN ({_MARKS}) GROUP BY l.sku", (order["buyer_id"], start, day, order["id"], *_SOLD))
    return {str(sku): (Decimal(qty) / MILLI).normalize() for sku, qty in rows}


def eur_rate(rates: Rates, currency: str, day: str) -> Decimal | None:
    """Units of ``currency`` per 1 EUR on ``day`` (what risk_checks expects), or None when no rate is known."""
    if currency.upper() == "EUR":
        return Decimal(1)
    found = rates.rate_for("EUR", currency.upper(), day)
    return found[0] if found else None


def risk_inputs(conn: sqlite3.Connection, rates: Rates, history: PriceHistory, order: Mapping[str, Any],
                parcel: ParcelDeclarationInput, product_ids: Sequence[str]) -> RiskInputs:
    usual: dict[str, Decimal] = {}
    for line, product_id in zip(parcel.lines, product_ids, strict=True):
        price = history.usual(product_id, parcel.currency, order["id"])
        if price is not None:
            usual[line.item_no] = price
    recent = recent_quantities(conn, order) if parcel.buyer.kind == "person" else {}
    return RiskInputs(eur_rate(rates, parcel.currency, str(order["order_date"])[:10]), usual, recent)
