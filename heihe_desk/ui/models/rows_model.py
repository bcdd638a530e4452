"""A read-only table model over a short list of row dicts (history, payments, movements, rates)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from heihe_desk.ui.models.lazy_table import Column, Index, Row
from heihe_desk.ui.widgets import named

#: Text colour of a cell (None = the palette's), given its row and column key.
Colour = Callable[[Row, str], QColor | None]
#: Tooltip of a cell ("" = none), given its row and column key.
Tip = Callable[[Row, str], str]


class RowsModel(QAbstractTableModel):
    """All rows in memory (a few hundred at most); sorting by a column's text or a row key."""

    def __init__(self, columns: list[Column], colour: Colour | None = None, tip: Tip | None = None,
                 sort_keys: dict[str, Callable[[Row], Any]] | None = None):
        super().__init__()
        self.columns = columns
        self.rows: list[Row] = []
        self._colour = colour
        self._tip = tip
        self._sort_keys = sort_keys or {}

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row(self, row: int) -> Row:
        return self.rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self._colour:
            return self._colour(row, column.key)
        if role == Qt.ItemDataRole.ToolTipRole and self._tip:
            return self._tip(row, column.key) or None
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
        key = self._sort_keys.get(spec.key) or spec.text
        self.layoutAboutToBeChanged.emit()
        self.rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(len(self.columns) - 1, 0))
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1))


def rows_view(model: RowsModel, name: str, stretch: int = -1) -> QTableView:
    """A read-only, row-selecting table for a short list."""
    view = named(QTableView(), name)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    header = view.horizontalHeader()
    # Short lists: columns fit their contents; one column (or the last) takes the remaining width.
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(stretch < 0)
    if stretch >= 0:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view
