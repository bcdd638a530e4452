"""Sync conflicts: this computer's record and the platform's side by side; keep mine or take the platform's."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from heihe_desk.core.domain.errors import NotFoundError
from heihe_desk.core.domain.partner import LABELS as PARTNER_LABELS
from heihe_desk.core.domain.product import LABELS as PRODUCT_LABELS
from heihe_desk.core.locale.formatting import minor_money
from heihe_desk.core.sync.conflicts import Conflict
from heihe_desk.core.workspace import Workspace
from heihe_desk.ui.sync_texts import conflict_reason, entity_text, record_title, when_text
from heihe_desk.ui.translation import LANGUAGE, core_tr
from heihe_desk.ui.widgets import named

FIELD_LABELS = {"products": PRODUCT_LABELS, "partners": PARTNER_LABELS}
MONEY_FIELDS = {"price_cny": "CNY", "price_rub": "RUB"}
DIFFERENT = QColor("#fff3cd")


class ConflictsDialog(QDialog):
    """Open conflicts (sync rule 8: kept visible, never silently overwritten), one at a time."""

    changes_made = Signal(object)   # Changes

    def __init__(self, ws: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ConflictsDialog")
        self.ws = ws
        self.conflicts: list[Conflict] = []
        self.intro = named(QLabel(), "intro")
        self.intro.setWordWrap(True)
        self.list = named(QListWidget(), "conflict_list")
        self.list.setMaximumWidth(260)
        self.list.currentRowChanged.connect(self.on_current_changed)
        self.reason = named(QLabel(), "reason")
        self.reason.setWordWrap(True)
        self.table = named(QTableWidget(0, 3), "comparison")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, 230)   # long Russian labels wrap instead of squeezing the two versions
        self.table.setWordWrap(True)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.keep_button = named(QPushButton(), "keep_mine")
        self.keep_button.clicked.connect(lambda: self.resolve(take_server=False))
        self.take_button = named(QPushButton(), "take_theirs")
        self.take_button.clicked.connect(lambda: self.resolve(take_server=True))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        right = QVBoxLayout()
        right.addWidget(self.reason)
        right.addWidget(self.table, 1)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.keep_button)
        actions.addWidget(self.take_button)
        right.addLayout(actions)
        body = QHBoxLayout()
        body.addWidget(self.list)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        self.resize(1000, 560)
        self.retranslate()
        self.reload()

    def reload(self) -> None:
        row = max(0, self.list.currentRow())
        self.conflicts = self.ws.sync_conflicts()
        self.list.blockSignals(True)
        self.list.clear()
        for conflict in self.conflicts:
            self.list.addItem(f"{entity_text(conflict.entity)}: "
                              f"{record_title(self.ws, conflict.entity, conflict.entity_id)}")
        self.list.blockSignals(False)
        self.list.setCurrentRow(min(row, len(self.conflicts) - 1))
        self.on_current_changed(self.list.currentRow())

    def current(self) -> Conflict | None:
        row = self.list.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def on_current_changed(self, _row: int) -> None:
        conflict = self.current()
        self.keep_button.setEnabled(conflict is not None)
        self.take_button.setEnabled(conflict is not None)
        self.table.setRowCount(0)
        if conflict is None:
            self.reason.setText(self.tr("No conflicts: every record agrees with the platform."))
            return
        self.reason.setText(self.tr("%1 (noticed %2)").replace("%1", conflict_reason(conflict.reason))
                            .replace("%2", when_text(conflict.detected_at)))
        local = self._local(conflict)
        labels = FIELD_LABELS.get(conflict.entity, {})
        rows = []
        for key in labels:
            mine = self._value(key, local.get(key)) if local is not None else self.tr("(deleted here)")
            theirs = (self.tr("(deleted on the platform)") if conflict.server_deleted
                      else self._value(key, conflict.server_payload.get(key)))
            if mine or theirs:   # fields empty on both sides say nothing
                rows.append((mine == theirs, core_tr(labels[key]), mine, theirs))
        rows.sort(key=lambda r: r[0])  # the fields to decide about first, in form order (the sort is stable)
        self.table.setRowCount(len(rows))
        bold = QFont()
        bold.setBold(True)
        for row, (same, label, mine, theirs) in enumerate(rows):
            cells = [QTableWidgetItem(label), QTableWidgetItem(mine), QTableWidgetItem(theirs)]
            for column, cell in enumerate(cells):
                cell.setToolTip(cell.text())
                if not same:
                    cell.setBackground(DIFFERENT)
                if not same and column == 0:
                    cell.setFont(bold)
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()

    def _local(self, conflict: Conflict) -> dict[str, Any] | None:
        try:
            if conflict.entity == "products":
                return self.ws.product_row(conflict.entity_id)
            if conflict.entity == "partners":
                return self.ws.partner_row(conflict.entity_id)
        except NotFoundError:
            return None
        return None

    def _value(self, key: str, value: Any) -> str:
        if value is None or value == "":
            return ""
        if key in MONEY_FIELDS:
            return minor_money(int(value), MONEY_FIELDS[key], LANGUAGE.lang)
        if key == "active":
            return self.tr("yes") if value not in (0, False, "0") else self.tr("no")
        return str(value)

    def resolve(self, take_server: bool) -> None:
        conflict = self.current()
        if conflict is None:
            return
        try:
            changes = self.ws.resolve_sync_conflict(conflict.id, take_server)
        except NotFoundError:
            self.reload()  # resolved meanwhile
            return
        self.reload()
        self.changes_made.emit(changes)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.reload()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.intro.setText(self.tr("These records were changed here and on the platform. Compare the two "
                                   "versions and choose which one to keep; the other is discarded."))
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("This computer"), self.tr("Platform")])
        self.keep_button.setText(self.tr("Keep mine"))
        self.take_button.setText(self.tr("Take the platform's"))
