"""Needs attention: changes the platform refused, with its reasons; open the record to fix it, then resend."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from heihe_desk.core.domain.errors import NotFoundError
from heihe_desk.core.sync.queue import Attention
from heihe_desk.core.workspace import Changes, Workspace
from heihe_desk.ui.sync_texts import attention_reason, entity_text, op_text, record_title, when_text
from heihe_desk.ui.widgets import named

#: Kinds of record the app has an editor for; refusals of other kinds can only be resent.
EDITABLE = ("products", "partners", "orders")


class AttentionDialog(QDialog):
    """The rejected outbox rows (sync rule 5: never dropped silently), newest last."""

    changes_made = Signal(object)   # Changes

    def __init__(self, ws: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("AttentionDialog")
        self.ws = ws
        self.items: list[Attention] = []
        self.intro = named(QLabel(), "intro")
        self.intro.setWordWrap(True)
        self.table = named(QTableWidget(0, 5), "attention_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self.on_selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.on_open_clicked())
        self.open_button = named(QPushButton(), "open_record")
        self.open_button.clicked.connect(self.on_open_clicked)
        self.resend_button = named(QPushButton(), "resend")
        self.resend_button.clicked.connect(self.on_resend_clicked)
        self.note = named(QLabel(), "note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #2e7d32;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        actions = QHBoxLayout()
        actions.addWidget(self.open_button)
        actions.addWidget(self.resend_button)
        actions.addWidget(self.note, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.buttons)
        self.resize(980, 460)
        self.retranslate()
        self.reload()

    # -- data ---------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the list again (after a sync, a resend or a fix), keeping the selected change selected."""
        selected = self.selected()
        keep = selected.outbox_seq if selected else None
        self.items = self.ws.sync_attention()
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            cells = (entity_text(item.entity), record_title(self.ws, item.entity, item.entity_id), op_text(item.op),
                     when_text(item.created_at), attention_reason(item))
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
            if item.outbox_seq == keep:
                self.table.selectRow(row)
        self.table.resizeRowsToContents()
        if self.items and not self.table.selectedItems():
            self.table.selectRow(0)
        self.on_selection_changed()

    def selected(self) -> Attention | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()} if self.items else set()
        return self.items[min(rows)] if rows and min(rows) < len(self.items) else None

    # -- slots --------------------------------------------------------------------------------------

    def on_selection_changed(self) -> None:
        item = self.selected()
        self.open_button.setEnabled(item is not None and item.entity in EDITABLE)
        self.resend_button.setEnabled(item is not None)

    def on_open_clicked(self) -> None:
        item = self.selected()
        if item is None or item.entity not in EDITABLE:
            return
        try:
            editor = self._editor(item)
        except NotFoundError:
            self.note.setText(self.tr("This record was deleted here; resend sends the deletion."))
            return
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.open()

    def _editor(self, item: Attention) -> QDialog:
        # Imported here: the editors pull in the order machinery, which the status bar never needs.
        from heihe_desk.ui.dialogs.order_dialog import OrderDialog
        from heihe_desk.ui.dialogs.partner_dialog import PartnerDialog
        from heihe_desk.ui.dialogs.product_dialog import ProductDialog

        editor: QDialog
        if item.entity == "products":
            editor = ProductDialog(self.ws, item.entity_id, self)
            editor.record_saved.connect(lambda result: self.on_record_fixed(result[1]))
        elif item.entity == "partners":
            editor = PartnerDialog(self.ws, item.entity_id, parent=self)
            editor.record_saved.connect(lambda result: self.on_record_fixed(result[1]))
        else:
            editor = OrderDialog(self.ws, item.entity_id, self)
            editor.changes_made.connect(self.on_record_fixed)
        return editor

    def on_record_fixed(self, changes: Any) -> None:
        self.changes_made.emit(changes if isinstance(changes, Changes) else Changes())
        self.reload()
        self.note.setText(self.tr("Saved. Press Resend to send the change to the platform again."))

    def on_resend_clicked(self) -> None:
        item = self.selected()
        if item is None:
            return
        try:
            changes = self.ws.resend_rejected(item.outbox_seq)
        except NotFoundError:
            changes = Changes()  # resent meanwhile (another window, a sync): the reload below shows it
        self.note.setText(self.tr("Queued again; it goes with the next sync."))
        self.reload()
        self.changes_made.emit(changes)

    # -- events -------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()  # wrapped reasons take the height of the final column widths

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.table.resizeRowsToContents()

    # -- language -----------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.reload()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Needs attention"))
        self.intro.setText(self.tr("The platform refused these changes. They stay here until they are sent "
                                   "again: open the record, fix what the reason names, save, then press Resend."))
        self.table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Record"), self.tr("Change"),
                                              self.tr("Made at"), self.tr("Reason")])
        self.open_button.setText(self.tr("Open record…"))
        self.resend_button.setText(self.tr("Resend"))
