"""On-hand stock by product and location: product rows fetched lazily, quantities from one background snapshot."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from heihe_desk.core.domain.order import MILLI
from heihe_desk.core.workspace import Workspace
from heihe_desk.ui.display import LOW, NEGATIVE, label, name_key, qty_text, row_name
from heihe_desk.ui.models.lazy_table import Column, Index, LazyTableModel, Row
from heihe_desk.ui.translation import core_tr

OnHand = dict[str, dict[str, int]]  # product id → location id → qty_milli


def group_on_hand(rows: list[dict[str, Any]]) -> OnHand:
    """ws.stock.on_hand() rows as product → location → quantity (runs on the worker with the query)."""
    by_product: OnHand = {}
    for row in rows:
        by_product.setdefault(row["product_id"], {})[row["location_id"]] = int(row["qty_milli"])
    return by_product


class StockModel(LazyTableModel):
    """All products (search over the master) or only those below the low-stock threshold.

    Quantities come from ``set_snapshot`` (computed off the UI thread); until then they read "…".
    """

    def __init__(self, ws: Workspace):
        self.ws = ws
        self.low_only = False
        self.low_rows: list[Row] = []
        self.on_hand: OnHand | None = None
        self.locations: list[dict[str, Any]] = []
        self.threshold = 5
        super().__init__(self._columns(), self._query, self._fetch, "sku")

    # -- data sources ---------------------------------------------------------------------------------

    def _query(self, search: str, sort: str, descending: bool) -> list[int]:
        if not self.low_only:
            return self.ws.product_rowids(search, name_key() if sort == "name" else sort, descending)
        needle = search.strip().lower()
        hits = [i for i, r in enumerate(self.low_rows)
                if not needle or needle in f"{r['sku']} {r['name_zh']} {r['name_ru']}".lower()]
        key: Callable[[int], Any] = {
            "name": lambda i: row_name(self.low_rows[i]), "total": lambda i: self.low_rows[i]["qty_milli"],
        }.get(sort, lambda i: self.low_rows[i]["sku"])
        return sorted(hits, key=key, reverse=descending)

    def _fetch(self, ids: list[int]) -> dict[int, Row]:
        if self.low_only:
            return {i: self.low_rows[i] for i in ids if i < len(self.low_rows)}
        return self.ws.product_rows(ids)

    def _columns(self) -> list[Column]:
        columns = [Column("sku", lambda: core_tr("SKU"), lambda r: str(r.get("sku", ""))),
                   Column("name", lambda: core_tr("Product"), lambda r: row_name(r))]
        for location in self.locations:
            columns.append(self._location_column(str(location["id"]), str(location["name"])))
        columns.append(Column("total", lambda: self.tr("Total"), lambda r: self._qty(r, None), align_right=True,
                              sortable=self.low_only))
        return columns

    def _location_column(self, location_id: str, name: str) -> Column:
        return Column(f"loc:{location_id}", lambda: name, lambda r: self._qty(r, location_id), align_right=True,
                      sortable=False)

    def set_snapshot(self, locations: list[dict[str, Any]], on_hand: OnHand, low: list[Row], threshold: int) -> None:
        """A fresh on-hand snapshot (see group_on_hand) and the low-stock list."""
        self.beginResetModel()
        self.locations, self.on_hand, self.low_rows, self.threshold = locations, on_hand, low, threshold
        self.columns = self._columns()
        self._ids = self._query(self.search, self.sort_key, self.descending)
        self._cache.clear()
        self.endResetModel()

    def set_low_only(self, low_only: bool) -> None:
        self.low_only = low_only
        self.beginResetModel()
        self.columns = self._columns()
        self._ids = self._query(self.search, self.sort_key, self.descending)
        self._cache.clear()
        self.endResetModel()

    # -- cells ----------------------------------------------------------------------------------------

    def stock_of(self, row: Row) -> dict[str, int] | None:
        """Per-location quantities of a row's product; None if it never had a movement."""
        return None if self.on_hand is None else self.on_hand.get(str(row.get("id", "")))

    def _qty(self, row: Row, location_id: str | None) -> str:
        if self.on_hand is None:
            return "…"
        stock = self.stock_of(row)
        if stock is None:
            return ""
        if location_id is None:
            return qty_text(sum(stock.values()))
        return qty_text(stock[location_id]) if location_id in stock else ""

    def is_low(self, row: Row) -> bool:
        stock = self.stock_of(row)
        return stock is not None and sum(stock.values()) < self.threshold * MILLI

    def _cell_qty(self, row: Row, key: str) -> int | None:
        stock = self.stock_of(row)
        if stock is None:
            return None
        if key == "total":
            return sum(stock.values())
        return stock.get(key[4:]) if key.startswith("loc:") else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return super().data(index, role)
        row, key = self.row(index.row()), self.columns[index.column()].key
        qty = self._cell_qty(row, key)
        if role == Qt.ItemDataRole.ForegroundRole:
            return NEGATIVE if qty is not None and qty < 0 else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return LOW if self.is_low(row) else None
        if qty is not None and qty < 0:
            return self.tr("Oversold: more was sold here than was on the shelf. This happens when two devices sold "
                       "the same units while offline. Count the shelf and enter an adjustment, or receive goods.")
        if self.is_low(row):
            text = self.tr("Low stock: below the warning level of %1 over all locations.")
            return text.replace("%1", str(self.threshold))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        key = self.columns[section].key if orientation == Qt.Orientation.Horizontal else ""
        if role == Qt.ItemDataRole.ToolTipRole and key.startswith("loc:"):
            kinds = {loc["id"]: loc["kind"] for loc in self.locations}
            return label("location", kinds.get(key[4:], ""))
        return super().headerData(section, orientation, role)
