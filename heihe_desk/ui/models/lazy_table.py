"""A table model over a list of row ids that fetches row contents one page at a time."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Row = dict[str, Any]
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One visible column: its storage key (also the sort key), its header and how a cell reads."""

    key: str
    header: Callable[[], str]
    text: Callable[[Row], str]
    align_right: bool = False
    sortable: bool = True


class LazyTableModel(QAbstractTableModel):
    """Knows all matching row ids (cheap integers) but only the contents of pages that were shown."""

    PAGE = 200
    MAX_CACHED = 5000

    def __init__(self, columns: list[Column], query: Callable[[str, str, bool], list[int]],
                 fetch: Callable[[list[int]], dict[int, Row]], default_sort: str):
        super().__init__()
        self.columns = columns
        self._query = query
        self._fetch = fetch
        self._ids: list[int] = []
        self._cache: dict[int, Row] = {}
        self.search = ""
        self.sort_key = default_sort
        self.descending = False
        self.loaded = False

    # -- loading ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Run the query again (after a change, a new search text or sort)."""
        self.beginResetModel()
        self.loaded = True
        self._ids = self._query(self.search, self.sort_key, self.descending)
        self._cache.clear()
        self.endResetModel()

    def set_search(self, text: str) -> None:
        if text != self.search:
            self.search = text
            self.refresh()

    def row(self, row: int) -> Row:
        """The contents of a visible row, fetching its page on first use."""
        rowid = self._ids[row]
        cached = self._cache.get(rowid)
        if cached is None:
            if len(self._cache) > self.MAX_CACHED:
                self._cache.clear()
            start = row - row % self.PAGE
            self._cache.update(self._fetch(self._ids[start:start + self.PAGE]))
            cached = self._cache.get(rowid, {})
        return cached

    def record_id(self, row: int) -> str:
        return str(self.row(row).get("id", ""))

    def row_of(self, record_id: str) -> int:
        """The row showing a record, or -1 (looks only at fetched pages: used right after a save)."""
        for position, rowid in enumerate(self._ids):
            if self._cache.get(rowid, {}).get("id") == record_id:
                return position
        return -1

    # -- Qt model API --------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(self.row(index.row()))
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header()
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        spec = self.columns[column]
        if not spec.sortable:
            return
        changed = (spec.key, order == Qt.SortOrder.DescendingOrder) != (self.sort_key, self.descending)
        self.sort_key = spec.key
        self.descending = order == Qt.SortOrder.DescendingOrder
        if self.loaded and changed:  # the view sorts once while it is built: no query before the first load
            self.refresh()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(self.columns) - 1))
