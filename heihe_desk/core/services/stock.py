"""Stock use cases: locations, receipts with batches, transfers, adjustments, on-hand, FEFO, traceability."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from typing import Any

from heihe_desk.core.domain.errors import N_, Issue, ValidationError
from heihe_desk.core.domain.order import MILLI
from heihe_desk.core.domain.record import new_id, text, utc_now
from heihe_desk.core.domain.stock import LocationKind, MovementKind, validate_adjustment, validate_receipt
from heihe_desk.core.services.context import Context
from heihe_desk.core.storage import journal
from heihe_desk.core.storage.database import transaction


def movement(ctx: Context, product_id: str, location_id: str, qty_milli: int, kind: MovementKind, **extra: str
             ) -> dict[str, Any]:
    """A stock movement row (a fact; signed quantity in thousandths)."""
    return {"id": new_id(), "product_id": product_id, "location_id": location_id, "batch_id": extra.get("batch_id", ""),
            "qty_milli": qty_milli, "kind": kind.value, "order_id": extra.get("order_id", ""),
            "line_id": extra.get("line_id", ""), "transfer_id": extra.get("transfer_id", ""),
            "at": utc_now(), "note": extra.get("note", ""), "device_id": ctx.device.id}


def on_hand_at(conn: sqlite3.Connection, product_id: str, location_id: str) -> int:
    row = conn.execute("SELECT COALESCE(SUM(qty_milli), 0) FROM stock_movements WHERE product_id = ?"
                       " AND location_id = ?", (product_id, location_id)).fetchone()
    return int(row[0])


def fefo_batches(conn: sqlite3.Connection, product_id: str, location_id: str) -> list[tuple[str, int]]:
    """Batches with stock at a location, first-expiring first (undated last): the FEFO suggestion."""
    return [(r[0], int(r[1])) for r in conn.execute(
        "SELECT m.batch_id, SUM(m.qty_milli) AS left FROM stock_movements m JOIN batches b ON b.id = m.batch_id"
        " WHERE m.product_id = ? AND m.location_id = ? GROUP BY m.batch_id HAVING left > 0"
        " ORDER BY b.expiry_date = '', b.expiry_date, b.created_at", (product_id, location_id))]


def shortage_issue(field: str, sku: str, have: int, need: int) -> Issue:
    return Issue(field, N_("Quantity"), N_("only {have} of {sku} in stock at this location, {need} needed"), "",
                 {"have": _qty(have), "sku": sku, "need": _qty(need)})


def _qty(milli: int) -> str:
    return format((milli / MILLI), "g") if milli % MILLI else str(milli // MILLI)


class Stock:
    def __init__(self, ctx: Context):
        self.ctx = ctx

    # -- locations ---------------------------------------------------------------------------------------

    def ensure_default_location(self, name: str = "门店 Магазин") -> str:
        """Every data folder has at least one location (the shop) so a first sale needs no set-up."""
        row = self.ctx.conn.execute("SELECT id FROM locations WHERE deleted_at IS NULL ORDER BY created_at"
                                    " LIMIT 1").fetchone()
        return str(row[0]) if row else self.add_location(name, LocationKind.SHOP)

    def add_location(self, name: str, kind: str) -> str:
        if not name.strip():
            raise ValidationError([Issue("name", N_("Name"), N_("is required"), "黑河边境仓")])
        if kind not in {k.value for k in LocationKind}:
            raise ValidationError([Issue("kind", N_("Location type"),
                                         N_("must be one of: {kinds}"), "shop",
                                         {"kinds": ", ".join(k.value for k in LocationKind)})])
        now = utc_now()
        row = {"id": new_id(), "name": name.strip(), "kind": kind, "active": 1, "version": 1, "created_at": now,
               "updated_at": now, "deleted_at": None}
        with transaction(self.ctx.db) as conn:
            journal.insert(conn, self.ctx.device, "locations", row)
        return str(row["id"])

    def locations(self) -> list[dict[str, Any]]:
        return journal.fetch_all(self.ctx.conn, "SELECT * FROM locations WHERE deleted_at IS NULL ORDER BY created_at")

    def _location_ids(self) -> set[str]:
        return {r[0] for r in self.ctx.conn.execute("SELECT id FROM locations WHERE deleted_at IS NULL")}

    def _product_ids(self, ids: list[str]) -> set[str]:
        marks = ", ".join("?" * len(ids))
        return {r[0] for r in self.ctx.conn.execute(
            f"SELECT id FROM products WHERE deleted_at IS NULL AND id IN ({marks})", ids)}

    # -- movements -----------------------------------------------------------------------------------------

    def receive(self, data: Mapping[str, Any]) -> dict[str, Any]:
        """Goods in from a supplier, with a batch when a batch number, supplier or dates are given."""
        suppliers = {r[0] for r in self.ctx.conn.execute(
            "SELECT id FROM partners WHERE kind = 'supplier' AND deleted_at IS NULL")}
        receipt = validate_receipt(data, self._product_ids([text(data, "product_id")]), self._location_ids(),
                                   suppliers)
        with transaction(self.ctx.db) as conn:
            batch_id = ""
            if receipt.batch_no or receipt.supplier_id or receipt.expiry_date or receipt.production_date:
                batch_id = new_id()
                journal.insert(conn, self.ctx.device, "batches", {
                    "id": batch_id, "product_id": receipt.product_id, "supplier_id": receipt.supplier_id,
                    "batch_no": receipt.batch_no, "production_date": receipt.production_date,
                    "expiry_date": receipt.expiry_date, "created_at": utc_now()})
            row = movement(self.ctx, receipt.product_id, receipt.location_id, receipt.qty_milli,
                           MovementKind.RECEIPT, batch_id=batch_id, note=receipt.note)
            journal.insert(conn, self.ctx.device, "stock_movements", row)
        return row

    def adjust(self, data: Mapping[str, Any]) -> dict[str, Any]:
        """A counted correction (+/-), with a note saying why."""
        product, location, qty = validate_adjustment(data, self._product_ids([text(data, "product_id")]),
                                                     self._location_ids())
        row = movement(self.ctx, product, location, qty, MovementKind.ADJUSTMENT, note=text(data, "note"),
                       batch_id=text(data, "batch_id"))
        with transaction(self.ctx.db) as conn:
            journal.insert(conn, self.ctx.device, "stock_movements", row)
        return row

    def transfer(self, product_id: str, from_location: str, to_location: str, qty_milli: int,
                 note: str = "") -> str:
        """Move stock between locations batch by batch (FEFO), refusing more than the source holds."""
        if from_location == to_location:
            raise ValidationError([Issue("to_location", N_("Destination"), N_("must differ from the source"), "")])
        if qty_milli <= 0:
            raise ValidationError([Issue("quantity", N_("Quantity"),
                                         N_("must be greater than zero with at most 3 decimals"), "10")])
        transfer_id = new_id()
        with transaction(self.ctx.db) as conn:
            have = on_hand_at(conn, product_id, from_location)
            if have < qty_milli:
                sku = conn.execute("SELECT sku FROM products WHERE id = ?", (product_id,)).fetchone()
                raise ValidationError([shortage_issue("quantity", sku[0] if sku else product_id, have, qty_milli)])
            for batch_id, part in self.allocate(conn, product_id, from_location, qty_milli):
                for location, sign in ((from_location, -1), (to_location, 1)):
                    journal.insert(conn, self.ctx.device, "stock_movements", movement(
                        self.ctx, product_id, location, sign * part, MovementKind.TRANSFER, batch_id=batch_id,
                        transfer_id=transfer_id, note=note))
        return transfer_id

    @staticmethod
    def allocate(conn: sqlite3.Connection, product_id: str, location_id: str, qty_milli: int
                  ) -> list[tuple[str, int]]:
        """Split a quantity over batches FEFO; what no batch covers goes unbatched ('')."""
        parts: list[tuple[str, int]] = []
        left = qty_milli
        for batch_id, available in fefo_batches(conn, product_id, location_id):
            if left <= 0:
                break
            take = min(available, left)
            parts.append((batch_id, take))
            left -= take
        if left > 0:
            parts.append(("", left))
        return parts

    # -- queries -------------------------------------------------------------------------------------------

    def on_hand(self, product_id: str | None = None) -> list[dict[str, Any]]:
        """Stock per product and location (negative = oversold, kept and shown, never hidden)."""
        where, params = ("WHERE product_id = ?", [product_id]) if product_id else ("", [])
        return journal.fetch_all(self.ctx.conn,
                                 f"SELECT product_id, location_id, SUM(qty_milli) AS qty_milli FROM stock_movements"
                                 f" {where} GROUP BY product_id, location_id", params)

    def totals(self) -> dict[str, int]:
        """On-hand over all locations per product, for 100k products in one grouped scan."""
        return {r[0]: int(r[1]) for r in self.ctx.conn.execute(
            "SELECT product_id, SUM(qty_milli) FROM stock_movements GROUP BY product_id")}

    def low_stock(self, threshold_units: int) -> list[dict[str, Any]]:
        """Active products whose stock over all locations is below the threshold (only products ever stocked)."""
        return journal.fetch_all(self.ctx.conn, """
            SELECT p.id, p.sku, p.name_zh, p.name_ru, s.qty_milli FROM products p
            JOIN (SELECT product_id, SUM(qty_milli) AS qty_milli FROM stock_movements GROUP BY product_id) s
              ON s.product_id = p.id
            WHERE p.deleted_at IS NULL AND p.active = 1 AND s.qty_milli < ? ORDER BY s.qty_milli""",
                                 (threshold_units * MILLI,))

    def movements(self, product_id: str, limit: int = 500) -> list[dict[str, Any]]:
        return journal.fetch_all(self.ctx.conn, "SELECT * FROM stock_movements WHERE product_id = ?"
                                 " ORDER BY at DESC LIMIT ?", (product_id, limit))

    def batches(self, product_id: str) -> list[dict[str, Any]]:
        return journal.fetch_all(self.ctx.conn, """
            SELECT b.*, COALESCE((SELECT SUM(qty_milli) FROM stock_movements m WHERE m.batch_id = b.id), 0)
                   AS qty_milli,
                   COALESCE((SELECT name FROM partners p WHERE p.id = b.supplier_id), '') AS supplier_name
            FROM batches b WHERE b.product_id = ? ORDER BY b.expiry_date = '', b.expiry_date""", (product_id,))

    def where_batch_went(self, batch_id: str) -> list[dict[str, Any]]:
        """Traceability forward: every movement of a batch with the order and buyer it went to."""
        return journal.fetch_all(self.ctx.conn, """
            SELECT m.kind, m.qty_milli, m.at, m.location_id, o.number AS order_number, o.buyer_name, o.status
            FROM stock_movements m LEFT JOIN orders o ON o.id = m.order_id
            WHERE m.batch_id = ? ORDER BY m.at""", (batch_id,))

    def where_sale_came_from(self, order_id: str) -> list[dict[str, Any]]:
        """Traceability backward: for each line of an order, the batches, suppliers and dates it came from."""
        return journal.fetch_all(self.ctx.conn, """
            SELECT l.line_no, l.sku, -m.qty_milli AS qty_milli, b.batch_no, b.production_date, b.expiry_date,
                   COALESCE(p.name, '') AS supplier_name, m.location_id
            FROM stock_movements m JOIN order_lines l ON l.id = m.line_id
            LEFT JOIN batches b ON b.id = m.batch_id LEFT JOIN partners p ON p.id = b.supplier_id
            WHERE m.order_id = ? AND m.kind = 'sale' ORDER BY l.line_no""", (order_id,))
