"""A realistic trading history for demo and benchmark folders: months of orders, stock, payments, waybills."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from heihe_desk.core.documents.numbering import issue_block
from heihe_desk.core.domain.order import MILLI, convert, line_amount, order_totals
from heihe_desk.core.domain.record import new_id, utc_now
from heihe_desk.core.storage import journal, outbox
from heihe_desk.core.storage.database import transaction

if TYPE_CHECKING:
    from heihe_desk.core.workspace import Workspace

ProgressFn = Callable[[int, int], None]
CHUNK = 5000
_PRODUCT_COLUMNS = ("id", "sku", "name_zh", "name_ru", "name_en", "hs_code", "sale_unit", "unit1", "unit1_per_sale",
                    "unit2", "unit2_per_sale", "net_weight_kg", "gross_weight_kg", "price_cny", "price_rub")
#: Status paths by age of the order; the last element is where the order stands today.
_PATHS = {
    "old": [(85, ["confirmed", "declared", "released", "shipped", "delivered"]),
            (5, ["confirmed", "cancelled"]), (2, ["confirmed", "declared", "released", "shipped", "delivered",
                                                 "returned"]), (8, ["confirmed", "declared", "released", "shipped"])],
    "recent": [(40, ["confirmed", "declared", "released", "shipped"]), (30, ["confirmed", "declared", "released"]),
               (30, ["confirmed", "declared"])],
    "new": [(30, []), (50, ["confirmed"]), (20, ["confirmed", "declared"])],
}
_SHIPPED = {"shipped", "delivered", "returned"}


class _History:
    """Keeps the generator's state: catalogue, partners, rates and batches; writes one chunk at a time."""

    def __init__(self, ws: Workspace, orders: int, seed: int, months: int):
        self.ws, self.rng, self.total = ws, random.Random(seed), orders
        conn = ws.conn
        sample = conn.execute(f"SELECT {', '.join(_PRODUCT_COLUMNS)} FROM products WHERE deleted_at IS NULL"
                              " AND active = 1 AND price_cny IS NOT NULL ORDER BY rowid LIMIT 3000").fetchall()
        self.products = [dict(zip(_PRODUCT_COLUMNS, r, strict=True)) for r in sample]
        people = conn.execute("SELECT id, name, kind FROM partners WHERE deleted_at IS NULL").fetchall()
        self.persons = [(p[0], p[1]) for p in people if p[2] == "buyer_person"]
        self.companies = [(p[0], p[1]) for p in people if p[2] == "buyer_company"]
        self.carriers = [p[0] for p in people if p[2] == "logistics"] or [""]
        self.suppliers = [p[0] for p in people if p[2] == "supplier"] or [""]
        if not self.products or not self.persons or not self.companies:
            raise ValueError("demo history needs demo products and partners first (heihe-desk demo --products N)")
        self.today = date.today()
        self.start = self.today - timedelta(days=30 * months)
        self.shop = ws.stock.ensure_default_location()
        self.border = self._second_location()
        self.rates = self._rates()
        self.batches: dict[str, list[str]] = {}

    def _second_location(self) -> str:
        for location in self.ws.stock.locations():
            if location["kind"] == "border_warehouse":
                return str(location["id"])
        return self.ws.stock.add_location("黑河边境仓 Приграничный склад", "border_warehouse")

    def _rates(self) -> dict[date, Decimal]:
        """A daily CNY→RUB rate walking around 12.4, recorded as platform rates."""
        rates, rate, rows, day = {}, Decimal("12.40"), [], self.start
        while day <= self.today:
            rate = max(Decimal("10.5"), min(Decimal("14.5"), rate + Decimal(self.rng.randint(-8, 8)) / 100))
            rates[day] = rate
            rows.append({"id": new_id(), "rate_date": day.isoformat(), "base": "CNY", "quote": "RUB",
                         "rate": str(rate), "source": "platform", "created_at": utc_now()})
            day += timedelta(days=1)
        with transaction(self.ws.db) as conn:
            journal.insert_many(conn, self.ws.device, "rates", rows)
        return rates

    def receive_stock(self) -> None:
        """Two batches per product at both locations, sized to the expected sales so shelves rarely run dry."""
        # About 29 units leave per order (B2C 2 lines × 2, B2B 7.5 lines × 22.5); each of the four
        # batch × location cells gets twice that product's expected demand, so shelves rarely run dry.
        expected = self.total * 60 // len(self.products) + 40
        batches, moves = [], []
        for product in self.products:
            ids = []
            for number, made in enumerate((self.start - timedelta(days=30), self.start + timedelta(days=80))):
                batch_id = new_id()
                ids.append(batch_id)
                batches.append({"id": batch_id, "product_id": product["id"], "supplier_id": self.rng.choice(
                    self.suppliers), "batch_no": f"{product['sku']}-{made:%y%m}-{number + 1}",
                    "production_date": made.isoformat(), "expiry_date": (made + timedelta(days=540)).isoformat(),
                    "created_at": utc_now()})
                for location in (self.shop, self.border):
                    moves.append(self._movement(product["id"], location, expected * MILLI, "receipt", batch_id,
                                                made.isoformat()))
            self.batches[product["id"]] = ids
        with transaction(self.ws.db) as conn:
            journal.insert_many(conn, self.ws.device, "batches", batches)
            journal.insert_many(conn, self.ws.device, "stock_movements", moves)

    def _movement(self, product_id: str, location: str, qty: int, kind: str, batch_id: str, day: str,
                  order_id: str = "", line_id: str = "") -> dict[str, Any]:
        return {"id": new_id(), "product_id": product_id, "location_id": location, "batch_id": batch_id,
                "qty_milli": qty, "kind": kind, "order_id": order_id, "line_id": line_id, "transfer_id": "",
                "at": f"{day}T10:00:00.000Z", "note": "", "device_id": self.ws.device.id}

    def chunk(self, days: list[date]) -> None:
        """Generate and store the orders dated ``days`` (sorted), with everything that follows from them."""
        built = [self._order(day) for day in days]
        by_year: dict[int, list[int]] = {}
        for index, day in enumerate(days):
            by_year.setdefault(day.year, []).append(index)
        with transaction(self.ws.db) as conn:
            for year, indexes in by_year.items():
                numbers = issue_block(conn, "order", year, self.ws.device.code, [built[i][0]["id"] for i in indexes])
                for i, number in zip(indexes, numbers, strict=True):
                    built[i][0]["number"] = number
            heads = [b[0] for b in built]
            lines = [line for b in built for line in b[1]]
            events = [event for b in built for event in b[2]]
            journal.insert_rows(conn, "orders", heads)
            journal.insert_rows(conn, "order_lines", lines)
            journal.insert_rows(conn, "order_events", events)
            outbox.append_many(conn, self.ws.device, "orders", "create",
                               [(h["id"], {**h, "lines": b[1], "events": b[2]}) for h, b in zip(heads, built,
                                                                                                strict=True)])
            for table, position in (("stock_movements", 3), ("payments", 4), ("waybills", 5)):
                journal.insert_many(conn, self.ws.device, table, [r for b in built for r in b[position]])

    def _order(self, day: date) -> tuple[Any, ...]:
        rng = self.rng
        b2b = rng.random() < 0.15
        buyer_id, buyer_name = rng.choice(self.companies if b2b else self.persons)
        currency = "RUB" if rng.random() < 0.3 else "CNY"
        rate = self.rates.get(day, Decimal("12.4"))
        order_id, stamp = new_id(), f"{day.isoformat()}T09:00:00.000Z"
        location = self.border if b2b and rng.random() < 0.5 else self.shop
        lines = []
        for line_no, product in enumerate(rng.sample(self.products, rng.randint(3, 12) if b2b else rng.randint(1, 3)),
                                          start=1):
            qty = rng.randint(5, 40) if b2b else rng.randint(1, 3)
            price = product["price_rub"] if currency == "RUB" and product["price_rub"] else \
                convert(product["price_cny"], "CNY", currency, rate)
            lines.append(self._line(order_id, line_no, product, qty, price))
        age = (self.today - day).days
        weights, paths = zip(*_PATHS["old" if age > 30 else "recent" if age > 7 else "new"], strict=True)
        path = rng.choices(paths, weights)[0]
        status = path[-1] if path else "draft"
        freight = rng.choice((0, 0, 1500, 3000)) if currency == "CNY" else rng.choice((0, 20000, 35000))
        totals = order_totals(((ln["qty_milli"], ln["unit_price"]) for ln in lines), freight)
        head = {"id": order_id, "number": "", "kind": "b2b" if b2b else "b2c",
                "trade_mode": rng.choice(("9710", "9810")) if b2b else "9610", "buyer_id": buyer_id,
                "buyer_name": buyer_name, "currency": currency, "order_date": day.isoformat(), "status": status,
                "location_id": location, "freight": freight, "insurance": 0, "discount": 0,
                "goods_total": totals.goods, "total": totals.total, "paid": 0, "line_count": len(lines), "note": "",
                "version": 1 + len(path), "created_at": stamp, "updated_at": stamp, "deleted_at": None}
        events = [{"id": new_id(), "order_id": order_id, "from_status": before, "to_status": after,
                   "at": f"{(day + timedelta(days=min(step, max(age, 0)))).isoformat()}T1{step % 10}:00:00.000Z",
                   "actor": self.ws.device.code, "note": ""}
                  for step, (before, after) in enumerate(zip([None, "draft", *path], ["draft", *path], strict=False))]
        moves = self._moves(head, lines, path, day)
        payments = self._payments(head, path, day, rate)
        waybills = [self._waybill(order_id, lines, stamp)] if _SHIPPED & set(path) else []
        return head, lines, events, moves, payments, waybills

    def _line(self, order_id: str, line_no: int, product: dict[str, Any], qty: int, price: int) -> dict[str, Any]:
        def times(per: str) -> str:
            return format((qty * Decimal(per)).normalize(), "f") if per else ""

        return {"id": new_id(), "order_id": order_id, "line_no": line_no, "product_id": product["id"],
                "sku": product["sku"], "name_zh": product["name_zh"], "name_ru": product["name_ru"],
                "name_en": product["name_en"], "hs_code": product["hs_code"], "sale_unit": product["sale_unit"],
                "qty_milli": qty * MILLI, "unit_price": price, "amount": line_amount(qty * MILLI, price),
                "unit1": product["unit1"], "qty1": times(product["unit1_per_sale"]), "unit2": product["unit2"],
                "qty2": times(product["unit2_per_sale"]), "net_kg": times(product["net_weight_kg"]),
                "gross_kg": times(product["gross_weight_kg"]),
                "batch_id": self.batches[product["id"]][0 if self.rng.random() < 0.5 else 1]}

    def _moves(self, head: dict[str, Any], lines: list[dict[str, Any]], path: list[str], day: date
               ) -> list[dict[str, Any]]:
        if not path:
            return []
        moves = [self._movement(ln["product_id"], head["location_id"], -ln["qty_milli"], "sale", ln["batch_id"],
                                day.isoformat(), head["id"], ln["id"]) for ln in lines]
        if path[-1] in ("cancelled", "returned"):
            kind = "cancellation" if path[-1] == "cancelled" else "return"
            moves += [{**m, "id": new_id(), "qty_milli": -m["qty_milli"], "kind": kind} for m in list(moves)]
        return moves

    def _payments(self, head: dict[str, Any], path: list[str], day: date, rate: Decimal) -> list[dict[str, Any]]:
        if not path or path[-1] == "cancelled" or self.rng.random() < 0.08:
            return []
        other = "RUB" if head["currency"] == "CNY" else "CNY"
        paid_in = other if self.rng.random() < 0.25 else head["currency"]
        pay_rate = Decimal(1) if paid_in == head["currency"] else (rate if paid_in == "CNY" else 1 / rate)
        amount = head["total"] if paid_in == head["currency"] else convert(head["total"], head["currency"], paid_in,
                                                                           1 / pay_rate)
        # Converting back can overshoot by a few kopecks; the shop books the payment as settling the order.
        in_order = min(convert(amount, paid_in, head["currency"], pay_rate), head["total"])
        head["paid"] = in_order
        return [{"id": new_id(), "order_id": head["id"], "amount": amount, "currency": paid_in,
                 "rate": "" if paid_in == head["currency"] else format(pay_rate.quantize(Decimal("1e-10")), "f"),
                 "rate_id": "", "amount_order_currency": in_order, "paid_at": day.isoformat(),
                 "method": self.rng.choice(("cash", "card", "transfer", "alipay")), "note": "",
                 "created_at": f"{day.isoformat()}T12:00:00.000Z"}]

    def _waybill(self, order_id: str, lines: list[dict[str, Any]], stamp: str) -> dict[str, Any]:
        weight = sum((Decimal(ln["gross_kg"] or "0.5") for ln in lines), Decimal(0)) + Decimal("0.2")
        return {"id": new_id(), "order_id": order_id, "waybill_no": f"HH{self.rng.randrange(10**9):09d}CN",
                "carrier_id": self.rng.choice(self.carriers), "weight_kg": format(weight.normalize(), "f"),
                "length_cm": "40", "width_cm": "30", "height_cm": str(self.rng.choice((10, 20, 30))), "parcels": 1,
                "version": 1, "created_at": stamp, "updated_at": stamp}


def fill_history(ws: Workspace, orders: int, seed: int = 0, months: int = 6,
                 progress: ProgressFn | None = None) -> dict[str, int]:
    """Add ``orders`` orders spread over the last ``months`` months, with stock, payments and waybills."""
    if orders <= 0:
        return {"orders": 0}
    history = _History(ws, orders, seed, months)
    history.receive_stock()
    span = (history.today - history.start).days
    days = sorted(history.start + timedelta(days=history.rng.randint(0, span)) for _ in range(orders))
    for first in range(0, orders, CHUNK):
        history.chunk(days[first:first + CHUNK])
        if progress:
            progress(min(first + CHUNK, orders), orders)
    return {"orders": orders, "rates": len(history.rates), "stocked_products": len(history.products)}
