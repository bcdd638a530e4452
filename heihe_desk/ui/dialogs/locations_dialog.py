"""Stock locations: the shop, border, overseas (Blagoveshchensk) and relay warehouses; adding one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from heihe_desk.core.domain.errors import ValidationError
from heihe_desk.core.domain.stock import LOCATION_LABELS
from heihe_desk.core.workspace import Changes, Workspace
from heihe_desk.ui.dialogs.issue_form import IssueForm
from heihe_desk.ui.display import label
from heihe_desk.ui.models.lazy_table import Column
from heihe_desk.ui.models.rows_model import RowsModel, rows_view
from heihe_desk.ui.pickers import fill_combo
from heihe_desk.ui.translation import core_tr
from heihe_desk.ui.widgets import named


class LocationsDialog(QDialog):
    stock_changed = Signal(object)

    def __init__(self, ws: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("LocationsDialog")
        self.ws = ws
        self.model = RowsModel([
            Column("name", lambda: core_tr("Name"), lambda r: r["name"]),
            Column("kind", lambda: core_tr("Location type"), lambda r: label("location", r["kind"]))])
        self.view = rows_view(self.model, "locations", 0)
        self.box = QGroupBox()
        self.form = IssueForm()
        self.name = named(QLineEdit(placeholderText="黑河边境仓 / Склад Благовещенск"), "name")
        self.kind = named(QComboBox(), "kind")
        self.add_button = named(QPushButton(), "add")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.on_add_clicked)
        self.name.returnPressed.connect(self.on_add_clicked)
        self.form.add("name", lambda: core_tr("Name"), self.name)
        self.form.add("kind", lambda: core_tr("Location type"), self.kind)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add_button)
        inner = QVBoxLayout(self.box)
        inner.addWidget(self.form)
        inner.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.box)
        layout.addWidget(buttons)
        self.retranslate()
        self.reload()
        self.resize(520, 440)

    def reload(self) -> None:
        self.ws.stock.ensure_default_location()
        self.model.set_rows(self.ws.stock.locations())

    def on_add_clicked(self) -> None:
        try:
            self.ws.stock.add_location(self.name.text(), str(self.kind.currentData()))
        except ValidationError as error:
            self.form.show_issues(error.issues)
            return
        self.form.clear_issues()
        self.name.clear()
        self.reload()
        self.stock_changed.emit(Changes(stock=True))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Stock locations"))
        self.box.setTitle(self.tr("New location"))
        self.add_button.setText(self.tr("Add location"))
        self.form.retranslate()
        fill_combo(self.kind, [(kind.value, core_tr(text)) for kind, text in LOCATION_LABELS.items()])
        self.model.retranslate()
