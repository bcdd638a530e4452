"""Order use cases: drafts, confirmation (stock out, FEFO), status moves with history, payments, waybills."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from heihe_desk.core.documents.numbering import issue_number
from heihe_desk.core.domain.errors import N_, Issue, NotFoundError, ValidationError
from heihe_desk.core.domain.money import parse_decimal, to_minor
from heihe_desk.core.domain.order import (
    MILLI,
    STOCK_CONSUMED,
    OrderInput,
    OrderStatus,
    balance,
    check_transition,
    convert,
    line_amount,
    order_totals,
    validate_order,
)
from heihe_desk.core.domain.record import Collector, new_id, text, utc_now
from heihe_desk.core.domain.stock import MovementKind
from heihe_desk.core.services.context import Context
from heihe_desk.core.services.order_queries import OrderQueries
from heihe_desk.core.services.rates import Rates
from heihe_desk.core.services.stock import Stock, movement, on_hand_at, shortage_issue
from heihe_desk.core.storage import journal, outbox
from heihe_desk.core.storage.database import transaction
from heihe_desk.core.storage.master_data import StaleEditError


class Orders(OrderQueries):
    def __init__(self, ctx: Context, rates: Rates, stock: Stock):
        super().__init__(ctx)
        self.rates = rates
        self.stock = stock

    # -- drafts ----------------------------------------------------------------------------------------

    def save_draft(self, data: Mapping[str, Any], lines: Sequence[Mapping[str, Any]], order_id: str | None = None,
                   expected_version: int | None = None) -> dict[str, Any]:
        """Create or replace a draft order with its lines; confirmed orders can no longer be edited."""
        order = validate_order(data, lines, self._buyers(text(data, "buyer_id")),
                               self._products([text(ln, "product_id") for ln in lines]),
                               self.ctx.code_sets.get("currencies", set()))
        with transaction(self.ctx.db) as conn:
            now = utc_now()
            if order_id is None:
                order_id = new_id()
                number = issue_number(conn, "order", int(order.order_date[:4]), self.ctx.device.code, order_id)
                head = self._head(conn, order, order_id, number, now)
                conn.execute(f"INSERT INTO orders ({', '.join(head)}) VALUES ({', '.join('?' * len(head))})",
                             tuple(head.values()))
                self._event(conn, order_id, None, OrderStatus.DRAFT, "")
                op = "create"
            else:
                current = self.get(order_id)
                if current["status"] != OrderStatus.DRAFT:
                    raise ValidationError([Issue("status", N_("Status"), N_(
                        "a confirmed order cannot be edited; cancel it or create a new order"), "")])
                if expected_version is not None and current["version"] != expected_version:
                    raise StaleEditError("orders", order_id)
                head = self._head(conn, order, order_id, current["number"], now)
                head.pop("created_at")
                head["version"] = current["version"] + 1
                sets = ", ".join(f"{k} = ?" for k in head if k != "id")
                conn.execute(f"UPDATE orders SET {sets} WHERE id = ?",
                             (*[v for k, v in head.items() if k != "id"], order_id))
                conn.execute("DELETE FROM order_lines WHERE order_id = ?", (order_id,))
                op = "update"
            self._insert_lines(conn, order_id, order)
            outbox.append(conn, self.ctx.device, "orders", order_id, op, self._payload(conn, order_id))
        return self.get(order_id)

    def _head(self, conn: sqlite3.Connection, order: OrderInput, order_id: str, number: str, now: str
              ) -> dict[str, Any]:
        totals = order_totals(((ln.qty_milli, ln.unit_price) for ln in order.lines), order.freight, order.insurance,
                              order.discount)
        buyer = conn.execute("SELECT name FROM partners WHERE id = ?", (order.buyer_id,)).fetchone()
        return {"id": order_id, "number": number, "kind": order.kind, "trade_mode": order.trade_mode,
                "buyer_id": order.buyer_id, "buyer_name": buyer[0] if buyer else "", "currency": order.currency,
                "order_date": order.order_date, "status": OrderStatus.DRAFT.value, "location_id": order.location_id,
                "freight": order.freight, "insurance": order.insurance, "discount": order.discount,
                "goods_total": totals.goods, "total": totals.total, "paid": 0, "line_count": len(order.lines),
                "note": order.note, "created_at": now, "updated_at": now}

    def _insert_lines(self, conn: sqlite3.Connection, order_id: str, order: OrderInput) -> None:
        rows = []
        for line_no, line in enumerate(order.lines, start=1):
            product = dict(zip(
                ("sku", "name_zh", "name_ru", "name_en", "hs_code", "sale_unit", "unit1", "unit1_per_sale", "unit2",
                 "unit2_per_sale", "net_weight_kg", "gross_weight_kg"),
                conn.execute("SELECT sku, name_zh, name_ru, name_en, hs_code, sale_unit, unit1, unit1_per_sale, unit2,"
                             " unit2_per_sale, net_weight_kg, gross_weight_kg FROM products WHERE id = ?",
                             (line.product_id,)).fetchone(), strict=True))
            qty = Decimal(line.qty_milli) / MILLI
            rows.append({
                "id": new_id(), "order_id": order_id, "line_no": line_no, "product_id": line.product_id,
                "sku": product["sku"], "name_zh": product["name_zh"], "name_ru": product["name_ru"],
                "name_en": product["name_en"], "hs_code": product["hs_code"], "sale_unit": product["sale_unit"],
                "qty_milli": line.qty_milli, "unit_price": line.unit_price,
                "amount": line_amount(line.qty_milli, line.unit_price),
                "unit1": product["unit1"], "qty1": _times(qty, product["unit1_per_sale"]),
                "unit2": product["unit2"], "qty2": _times(qty, product["unit2_per_sale"]),
                "net_kg": _times(qty, product["net_weight_kg"]), "gross_kg": _times(qty, product["gross_weight_kg"]),
                "batch_id": line.batch_id})
        cols = list(rows[0])
        conn.executemany(f"INSERT INTO order_lines ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                         [tuple(r[c] for c in cols) for r in rows])

    # -- status ----------------------------------------------------------------------------------------

    def confirm(self, order_id: str, allow_oversell: bool = False) -> dict[str, Any]:
        """Make the order a fact: stock leaves the shelf batch by batch (FEFO unless a batch was chosen)."""
        with transaction(self.ctx.db) as conn:
            order = self._move(conn, order_id, OrderStatus.CONFIRMED, "")
            lines = journal.fetch_all(conn, "SELECT * FROM order_lines WHERE order_id = ? ORDER BY line_no",
                                      (order_id,))
            if not allow_oversell:
                shortages = []
                for line in lines:
                    have = on_hand_at(conn, line["product_id"], order["location_id"])
                    if have < line["qty_milli"]:
                        shortages.append(shortage_issue(f"lines[{line['line_no'] - 1}].quantity", line["sku"], have,
                                                        line["qty_milli"]))
                if shortages:
                    raise ValidationError(shortages)
            for line in lines:
                parts = ([(line["batch_id"], line["qty_milli"])] if line["batch_id"]
                         else self.stock.allocate(conn, line["product_id"], order["location_id"], line["qty_milli"]))
                for batch_id, qty in parts:
                    journal.insert(conn, self.ctx.device, "stock_movements", movement(
                        self.ctx, line["product_id"], order["location_id"], -qty, MovementKind.SALE,
                        batch_id=batch_id, order_id=order_id, line_id=line["id"]))
                if not line["batch_id"] and parts and parts[0][0]:
                    conn.execute("UPDATE order_lines SET batch_id = ? WHERE id = ?", (parts[0][0], line["id"]))
            outbox.append(conn, self.ctx.device, "orders", order_id, "update", self._payload(conn, order_id))
        return self.get(order_id)

    def set_status(self, order_id: str, target: str, note: str = "") -> dict[str, Any]:
        """Declared, released, shipped, delivered (or back to confirmed on a rejected declaration)."""
        if target == OrderStatus.CONFIRMED and self.get(order_id)["status"] == OrderStatus.DRAFT:
            return self.confirm(order_id)  # confirming takes the stock out: one path for it
        with transaction(self.ctx.db) as conn:
            self.move_in(conn, order_id, target, note)
        return self.get(order_id)

    def move_in(self, conn: sqlite3.Connection, order_id: str, target: str, note: str = "") -> None:
        """A status move inside the caller's transaction (a declaration and its order commit together)."""
        before = self.get(order_id)["status"]
        if target == OrderStatus.CANCELLED:
            self._reverse(conn, order_id, before, MovementKind.CANCELLATION)
        elif target == OrderStatus.RETURNED:
            self._reverse(conn, order_id, before, MovementKind.RETURN)
        self._move(conn, order_id, OrderStatus(target), note)
        outbox.append(conn, self.ctx.device, "orders", order_id, "update", self._payload(conn, order_id))

    def cancel(self, order_id: str, note: str = "") -> dict[str, Any]:
        return self.set_status(order_id, OrderStatus.CANCELLED, note)

    def mark_returned(self, order_id: str, note: str = "") -> dict[str, Any]:
        return self.set_status(order_id, OrderStatus.RETURNED, note)

    def _reverse(self, conn: sqlite3.Connection, order_id: str, status: str, kind: MovementKind) -> None:
        """Put an order's goods back on the shelf with new movements (the sale rows stay: facts)."""
        if OrderStatus(status) not in STOCK_CONSUMED:
            return
        for sale in journal.fetch_all(conn, "SELECT * FROM stock_movements WHERE order_id = ? AND kind = 'sale'",
                                      (order_id,)):
            journal.insert(conn, self.ctx.device, "stock_movements", movement(
                self.ctx, sale["product_id"], sale["location_id"], -sale["qty_milli"], kind,
                batch_id=sale["batch_id"], order_id=order_id, line_id=sale["line_id"]))

    def _move(self, conn: sqlite3.Connection, order_id: str, target: OrderStatus, note: str) -> dict[str, Any]:
        order = self.get(order_id)
        issue = check_transition(order["status"], target)
        if issue:
            raise ValidationError([issue])
        conn.execute("UPDATE orders SET status = ?, version = version + 1, updated_at = ? WHERE id = ?",
                     (target.value, utc_now(), order_id))
        self._event(conn, order_id, order["status"], target, note)
        return order

    def _event(self, conn: sqlite3.Connection, order_id: str, before: str | None, after: str, note: str) -> None:
        conn.execute("INSERT INTO order_events(id, order_id, from_status, to_status, at, actor, note)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?)", (new_id(), order_id, before, after, utc_now(),
                                                       self.ctx.device.code, note))

    # -- payments and waybills ----------------------------------------------------------------------------

    def add_payment(self, order_id: str, data: Mapping[str, Any], allow_overpay: bool = False) -> dict[str, Any]:
        """A payment in the order's or another currency, converted with the rate used (stamped on the row)."""
        order = self.get(order_id)
        if order["status"] in (OrderStatus.DRAFT, OrderStatus.CANCELLED):
            raise ValidationError([Issue("order", N_("Order"), N_("payments are taken for confirmed orders only"), "")])
        currency = (text(data, "currency") or order["currency"]).upper()
        paid_at = text(data, "paid_at") or utc_now()[:10]
        try:
            amount = to_minor(parse_decimal(text(data, "amount")), currency)
            if amount <= 0:
                raise ValueError
        except ValueError:
            raise ValidationError([Issue("amount", N_("Amount"),
                                         N_("must be a positive amount with at most 2 decimals"), "100.00")]) from None
        rate_text, rate_id, rate = "", "", Decimal(1)
        if currency != order["currency"]:
            if text(data, "rate"):
                try:
                    rate = parse_decimal(text(data, "rate"))
                    if rate <= 0:
                        raise ValueError
                except ValueError:
                    raise ValidationError([Issue("rate", N_("Exchange rate"), N_("must be a number greater than zero"),
                                                 "0.0803")]) from None
            else:
                found = self.rates.rate_for(currency, order["currency"], paid_at)
                if found is None:
                    raise ValidationError([Issue("rate", N_("Exchange rate"), N_(
                        "no {pair} rate is known for {day}; enter the rate used"), "12.45",
                        {"pair": f"{currency}/{order['currency']}", "day": paid_at})])
                rate, rate_id = found
            rate_text = format(rate, "f")
        in_order_currency = convert(amount, currency, order["currency"], rate)
        owed = balance(order["total"], [order["paid"]])
        if in_order_currency > owed and not allow_overpay:
            raise ValidationError([Issue("amount", N_("Amount"), N_(
                "is more than the balance still owed; confirm to record an overpayment"), "", {})])
        row = {"id": new_id(), "order_id": order_id, "amount": amount, "currency": currency, "rate": rate_text,
               "rate_id": rate_id, "amount_order_currency": in_order_currency, "paid_at": paid_at,
               "method": text(data, "method"), "note": text(data, "note"), "created_at": utc_now()}
        with transaction(self.ctx.db) as conn:
            journal.insert(conn, self.ctx.device, "payments", row)
            conn.execute("UPDATE orders SET paid = paid + ? WHERE id = ?", (in_order_currency, order_id))
        return row

    def set_waybill(self, order_id: str, data: Mapping[str, Any]) -> dict[str, Any]:
        """Waybill number, carrier, weight and size of the parcel (one waybill per order)."""
        c = Collector()
        number = text(data, "waybill_no")
        if not number or len(number) > 60:
            c.add(Issue("waybill_no", N_("Waybill number"), N_("is required (at most 60 characters)"),
                        "SF1234567890"))
        sizes = {key: c.decimal(data, key, label, example, places=places) for key, label, example, places in (
            ("weight_kg", N_("Gross weight (kg)"), "1.25", 5), ("length_cm", N_("Length (cm)"), "40", 1),
            ("width_cm", N_("Width (cm)"), "30", 1), ("height_cm", N_("Height (cm)"), "20", 1))}
        parcels = text(data, "parcels") or "1"
        if not parcels.isdigit() or int(parcels) < 1:
            c.add(Issue("parcels", N_("Parcels"), N_("must be a whole number, 1 or more"), "1"))
        if c.issues:
            raise ValidationError(c.issues)
        fields: dict[str, Any] = {k: "" if v is None else format(v, "f") for k, v in sizes.items()}
        fields["carrier_id"] = text(data, "carrier_id")
        fields["parcels"] = int(parcels)
        self.get(order_id)
        with transaction(self.ctx.db) as conn:
            existing = conn.execute("SELECT id FROM waybills WHERE order_id = ?", (order_id,)).fetchone()
            now = utc_now()
            if existing:
                return journal.update(conn, self.ctx.device, "waybills", existing[0],
                                      {"waybill_no": number, **fields}, now)
            row = {"id": new_id(), "order_id": order_id, "waybill_no": number, **fields, "version": 1,
                   "created_at": now, "updated_at": now}
            journal.insert(conn, self.ctx.device, "waybills", row)
            return row

    def add_waybill_event(self, order_id: str, status: str, place: str = "", note: str = "") -> None:
        waybill = self.waybill(order_id)
        if waybill is None:
            raise NotFoundError(f"waybill of order {order_id}")
        with transaction(self.ctx.db) as conn:
            journal.insert(conn, self.ctx.device, "waybill_events", {
                "id": new_id(), "waybill_id": waybill["id"], "status": status, "at": utc_now(), "place": place,
                "note": note})

    # -- helpers --------------------------------------------------------------------------------------------

    def _payload(self, conn: sqlite3.Connection, order_id: str) -> dict[str, Any]:
        """The order as one sync record: head, lines and status history travel together."""
        head = journal.fetch_one(conn, "orders", order_id)
        head["lines"] = journal.fetch_all(conn, "SELECT * FROM order_lines WHERE order_id = ? ORDER BY line_no",
                                          (order_id,))
        head["events"] = journal.fetch_all(conn, "SELECT * FROM order_events WHERE order_id = ? ORDER BY at",
                                           (order_id,))
        return head

    def _buyers(self, buyer_id: str) -> dict[str, str]:
        return dict(self.ctx.conn.execute("SELECT id, kind FROM partners WHERE id = ? AND deleted_at IS NULL"
                                          " AND kind IN ('buyer_person', 'buyer_company')", (buyer_id,)).fetchall())

    def _products(self, ids: list[str]) -> set[str]:
        marks = ", ".join("?" * len(ids)) or "''"
        return {r[0] for r in self.ctx.conn.execute(
            f"SELECT id FROM products WHERE deleted_at IS NULL AND id IN ({marks})", ids)}


def _times(qty: Decimal, per_unit: str) -> str:
    """Legal quantity or weight of a line: quantity × per-unit value, exact."""
    return "" if not per_unit else format((qty * Decimal(per_unit)).normalize(), "f")
