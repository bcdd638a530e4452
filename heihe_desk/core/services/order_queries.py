"""Reading orders: filtered lists fast at 200k orders, one order with its lines, history, payments, waybill."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from heihe_desk.core.domain.errors import NotFoundError
from heihe_desk.core.services.context import Context
from heihe_desk.core.storage import journal
from heihe_desk.core.storage.search_index import match_source

ORDER_SORTS = ("order_date", "number", "status", "total", "buyer_name", "trade_mode")
LIST_COLUMNS = ("id", "number", "kind", "trade_mode", "buyer_id", "buyer_name", "currency", "order_date", "status",
                "total", "paid", "line_count", "updated_at")


class OrderQueries:
    def __init__(self, ctx: Context):
        self.ctx = ctx

    def get(self, key: str) -> dict[str, Any]:
        """An order by its UUID or its human number."""
        rows = journal.fetch_all(self.ctx.conn, "SELECT * FROM orders WHERE (id = ? OR number = ?)"
                                 " AND deleted_at IS NULL", (key, key))
        if not rows:
            raise NotFoundError(f"order {key}")
        return rows[0]

    def rowids(self, status: str | None = None, trade_mode: str | None = None, buyer_id: str | None = None,
               date_from: str | None = None, date_to: str | None = None, search: str = "",
               sort: str = "order_date", descending: bool = True) -> list[int]:
        """Row ids of orders matching the filters, in display order (indexes cover status/mode/buyer + date)."""
        where = ["deleted_at IS NULL"]
        params: list[Any] = []
        for column, value in (("status", status), ("trade_mode", trade_mode), ("buyer_id", buyer_id)):
            if value:
                where.append(f"{column} = ?")
                params.append(value)
        if date_from:
            where.append("order_date >= ?")
            params.append(date_from)
        if date_to:
            where.append("order_date <= ?")
            params.append(date_to)
        text = search.strip()
        if text.upper().startswith("ORD-"):
            # an order number (typed or scanned): a prefix range on the number index, not a scan
            where.append("number >= ? AND number < ?")
            params += [text.upper(), text.upper() + "\uffff"]
        elif text:
            # a buyer's name: the partner search index finds the buyers, the buyer index their orders
            source = match_source("partners", text)
            if source is None:
                where.append("0")
            else:
                where.append(f"buyer_id IN (SELECT p.id FROM ({source[0]}) AS m CROSS JOIN partners AS p"
                             " ON p.rowid = m.rowid)")
                params += source[1]
        order = sort if sort in ORDER_SORTS else "order_date"
        direction = "DESC" if descending else "ASC"
        sql = f"SELECT rowid FROM orders WHERE {' AND '.join(where)} ORDER BY {order} {direction}, rowid {direction}"
        return [r[0] for r in self.ctx.conn.execute(sql, params)]

    def rows(self, rowids: Sequence[int]) -> dict[int, dict[str, Any]]:
        if not rowids:
            return {}
        marks = ", ".join("?" * len(rowids))
        rows = journal.fetch_all(self.ctx.conn, f"SELECT rowid AS rowid_, {', '.join(LIST_COLUMNS)} FROM orders"
                                 f" WHERE rowid IN ({marks})", list(rowids))
        return {r.pop("rowid_"): r for r in rows}

    def lines(self, order_id: str) -> list[dict[str, Any]]:
        return journal.fetch_all(self.ctx.conn, "SELECT * FROM order_lines WHERE order_id = ? ORDER BY line_no",
                                 (order_id,))

    def events(self, order_id: str) -> list[dict[str, Any]]:
        return journal.fetch_all(self.ctx.conn, "SELECT * FROM order_events WHERE order_id = ? ORDER BY at, rowid",
                                 (order_id,))

    def payments(self, order_id: str) -> list[dict[str, Any]]:
        return journal.fetch_all(self.ctx.conn, "SELECT * FROM payments WHERE order_id = ?"
                                 " ORDER BY paid_at, created_at", (order_id,))

    def waybill(self, order_id: str) -> dict[str, Any] | None:
        rows = journal.fetch_all(self.ctx.conn, "SELECT * FROM waybills WHERE order_id = ?", (order_id,))
        if not rows:
            return None
        rows[0]["events"] = journal.fetch_all(self.ctx.conn, "SELECT * FROM waybill_events WHERE waybill_id = ?"
                                              " ORDER BY at", (rows[0]["id"],))
        return rows[0]

    def count(self) -> int:
        return int(self.ctx.conn.execute("SELECT count(*) FROM orders WHERE deleted_at IS NULL").fetchone()[0])
