"""A searchable, sortable list of master records with New / Edit / Delete, shared by products and partners."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from heihe_desk.core.workspace import Changes, Workspace
from heihe_desk.ui.dialogs.record_form import RecordForm
from heihe_desk.ui.models.lazy_table import LazyTableModel
from heihe_desk.ui.widgets import named


class MasterPage(QWidget):
    """Search box on top, lazy table below; subclasses give the model, filters, texts and dialogs."""

    SEARCH_DELAY_MS = 120
    # Emitted with the core's Changes after this page changed data, so other pages can refresh.
    changes_made = Signal(object)

    def __init__(self, ws: Workspace, model: LazyTableModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws = ws
        self.model = model
        self.search = named(QLineEdit(), "search")
        self.count_label = named(QLabel(), "count")
        self.new_button = named(QPushButton(), "new")
        self.edit_button = named(QPushButton(), "edit")
        self.delete_button = named(QPushButton(), "delete")
        self.table = named(QTableView(), "table")
        self.search.setClearButtonEnabled(True)
        self.table.setModel(model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _: self.on_edit_clicked())
        self._debounce = QTimer(self, singleShot=True, interval=self.SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply_search)
        self.search.textEdited.connect(lambda _: self._debounce.start())
        self.search.returnPressed.connect(self.on_search_entered)
        self.new_button.clicked.connect(self.on_new_clicked)
        self.edit_button.clicked.connect(self.on_edit_clicked)
        self.delete_button.clicked.connect(self.on_delete_clicked)

        self.filters = QHBoxLayout()
        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addLayout(self.filters)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)

    # -- behaviour -----------------------------------------------------------------------------------

    def apply_search(self) -> None:
        self._debounce.stop()
        self.model.set_search(self.search.text())
        self.update_count()

    def on_search_entered(self) -> None:
        """Enter (or a barcode scanner's final Enter) searches now; a single hit opens its editor."""
        self.apply_search()
        if self.model.rowCount() == 1:
            self.table.selectRow(0)
            self.on_edit_clicked()

    def reload(self) -> None:
        self._stale = False
        self.model.refresh()
        self.update_count()

    def reload_when_visible(self) -> None:
        """Query now if shown, else on the next show: hidden pages cost nothing at start-up or after a change."""
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if getattr(self, "_stale", False):
            self.reload()
        super().showEvent(event)

    def refresh_if(self, changes: Changes) -> None:
        """Subclasses say which changes concern them."""

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record_id(rows[0].row()) if rows else None

    def select_record(self, record_id: str) -> None:
        for row in range(min(self.model.rowCount(), 2000)):
            if self.model.record_id(row) == record_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
                return

    def on_new_clicked(self) -> None:
        raise NotImplementedError

    def on_edit_clicked(self) -> None:
        raise NotImplementedError

    def on_delete_clicked(self) -> None:
        record_id = self.selected_id()
        if record_id is None:
            return
        answer = QMessageBox.question(self, self.delete_button.text(), self.delete_question())
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_record(record_id)

    def delete_question(self) -> str:
        raise NotImplementedError

    def delete_record(self, record_id: str) -> None:
        raise NotImplementedError

    def update_count(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.model.retranslate()
        self.update_count()
        self._fit_headers()

    def _fit_headers(self) -> None:
        """Widen columns whose translated header would be cut (never measure 100k cells for this)."""
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        for column in range(self.model.columnCount()):
            text = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            wanted = metrics.horizontalAdvance(text) + 28
            if header.sectionSize(column) < wanted:
                header.resizeSection(column, wanted)


class EditorPage(MasterPage):
    """A list whose records open in a RecordForm editor; a saved record is selected in the refreshed list."""

    def make_editor(self, record_id: str | None) -> RecordForm:
        raise NotImplementedError

    def on_new_clicked(self) -> None:
        self._open_editor(None)

    def on_edit_clicked(self) -> None:
        record_id = self.selected_id()
        if record_id:
            self._open_editor(record_id)

    def _open_editor(self, record_id: str | None) -> None:
        dialog = self.make_editor(record_id)
        dialog.record_saved.connect(lambda result: self._after_save(result[0].id, result[1]))
        dialog.open()

    def _after_save(self, record_id: str, changes: Changes) -> None:
        self.changes_made.emit(changes)
        self.select_record(record_id)
