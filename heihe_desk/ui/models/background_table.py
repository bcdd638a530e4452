"""A lazy table model whose row-id query runs on the runner, so big lists never freeze the window."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor

from heihe_desk.ui.models.lazy_table import Column, Index, LazyTableModel, Row
from heihe_desk.ui.runner import Runner

#: query(search, sort key, descending, filters) → row ids; runs off the UI thread, so it reads no widget.
Query = Callable[[str, str, bool, dict[str, Any]], list[int]]
#: Text colour of a cell (None = the palette's), given its row and column key.
Colour = Callable[[Row, str], QColor | None]


class BackgroundTableModel(LazyTableModel):
    """Like LazyTableModel, but ``refresh`` returns at once and the rows arrive when the query is done.

    Only the newest query's answer is shown: a slow answer to an older filter is dropped. While paused
    (its page is hidden) a refresh is only remembered and runs on ``resume``.
    """

    rows_loaded = Signal()
    load_failed = Signal(object)

    def __init__(self, columns: list[Column], query: Query, fetch: Callable[[list[int]], dict[int, Row]],
                 default_sort: str, runner: Callable[[], Runner], descending: bool = False,
                 colour: Colour | None = None):
        super().__init__(columns, lambda _search, _sort, _desc: [], fetch, default_sort)
        self.descending = descending
        self.filters: dict[str, Any] = {}
        self.loading = False
        self.paused = True
        self._pending = True
        self._colour = colour
        self._background_query = query
        self._runner = runner
        self._generation = 0

    def pause(self) -> None:
        self.paused = True

    def resume(self) -> None:
        self.paused = False
        if self._pending:
            self.refresh()

    def refresh(self) -> None:
        if self.paused:
            self._pending = True
            return
        self._pending = False
        self._generation += 1
        generation = self._generation
        query, args = self._background_query, (self.search, self.sort_key, self.descending, dict(self.filters))
        self.loading = True
        self._runner().submit(lambda: query(*args), lambda ids: self._on_loaded(generation, ids),
                              lambda error: self._on_failed(generation, error))

    def set_filters(self, filters: dict[str, Any]) -> None:
        if filters != self.filters:
            self.filters = dict(filters)
            self.refresh()

    def _on_loaded(self, generation: int, ids: list[int]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._ids = ids
        self._cache.clear()
        self.endResetModel()
        self.loading = False
        self.rows_loaded.emit()

    def _on_failed(self, generation: int, error: Exception) -> None:
        if generation == self._generation:
            self.loading = False
            self.load_failed.emit(error)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and self._colour and index.isValid():
            return self._colour(self.row(index.row()), self.columns[index.column()].key)
        return super().data(index, role)
