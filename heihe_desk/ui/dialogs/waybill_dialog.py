"""An order's waybill: number, carrier, parcel weight and size, and tracking events (capability 13)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from heihe_desk.core.domain.errors import NotFoundError, ValidationError
from heihe_desk.core.workspace import Changes, Workspace
from heihe_desk.ui.dialogs.issue_form import IssueForm, error_label
from heihe_desk.ui.order_actions import issues_text
from heihe_desk.ui.pickers import fill_combo, partner_items
from heihe_desk.ui.translation import core_tr
from heihe_desk.ui.widgets import named

SIZES = ("weight_kg", "length_cm", "width_cm", "height_cm")
#: Decimal input without floats: up to 6 digits and 3 decimals, point or comma.
DECIMAL = QRegularExpression(r"^\d{0,6}([.,]\d{0,3})?$")


class WaybillDialog(QDialog):
    waybill_saved = Signal(object)

    def __init__(self, ws: Workspace, order_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("WaybillDialog")
        self.ws = ws
        self.order_id = order_id
        self.parcel_box, self.event_box = QGroupBox(), QGroupBox()
        self.form, self.event_form = IssueForm(), IssueForm()
        QVBoxLayout(self.parcel_box).addWidget(self.form)
        QVBoxLayout(self.event_box).addWidget(self.event_form)
        self.number = named(QLineEdit(placeholderText="SF1234567890"), "waybill_no")
        self.carrier = named(QComboBox(), "carrier_id")
        self.sizes = {key: named(QLineEdit(), key) for key in SIZES}
        self.parcels = named(QSpinBox(), "parcels")
        self.parcels.setRange(1, 999)
        self.form.add("waybill_no", lambda: core_tr("Waybill number"), self.number)
        self.form.add("carrier_id", lambda: self.tr("Carrier"), self.carrier)
        labels = {"weight_kg": lambda: self.tr("Weight, kg"), "length_cm": lambda: self.tr("Length, cm"),
                  "width_cm": lambda: self.tr("Width, cm"), "height_cm": lambda: self.tr("Height, cm")}
        for key in SIZES:
            self.sizes[key].setValidator(QRegularExpressionValidator(DECIMAL, self))
            self.sizes[key].setAlignment(Qt.AlignmentFlag.AlignRight)
            self.form.add(key, labels[key], self.sizes[key])
        self.form.add("parcels", lambda: self.tr("Parcels"), self.parcels)
        self.event_status = named(QComboBox(), "event_status")
        self.event_status.setEditable(True)
        self.place = named(QLineEdit(), "event_place")
        self.event_note = named(QLineEdit(), "event_note")
        self.event_form.add("status", lambda: self.tr("Event"), self.event_status)
        self.event_form.add("place", lambda: self.tr("Place"), self.place)
        self.event_form.add("note", lambda: self.tr("Note"), self.event_note)
        self.summary = error_label("summary")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.on_save_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.parcel_box)
        layout.addWidget(self.event_box)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.retranslate()
        self._load()
        self.resize(480, 480)

    def _load(self) -> None:
        waybill = self.ws.orders.waybill(self.order_id)
        if waybill:
            self.number.setText(waybill["waybill_no"])
            self.carrier.setCurrentIndex(max(self.carrier.findData(waybill["carrier_id"]), 0))
            for key in SIZES:
                self.sizes[key].setText(waybill[key])
            self.parcels.setValue(int(waybill["parcels"] or 1))
        self.event_status.setCurrentText("")

    def data(self) -> dict[str, Any]:
        return {"waybill_no": self.number.text().strip(), "carrier_id": self.carrier.currentData() or "",
                **{key: self.sizes[key].text().replace(",", ".").strip(".") for key in SIZES},
                "parcels": str(self.parcels.value())}

    def on_save_clicked(self) -> None:
        """The waybill first (one per order), then the tracking event if one was typed."""
        try:
            self.ws.orders.set_waybill(self.order_id, self.data())
            if self.event_status.currentText().strip():
                self.ws.orders.add_waybill_event(self.order_id, self.event_status.currentText().strip(),
                                                 self.place.text().strip(), self.event_note.text().strip())
        except ValidationError as error:
            leftover = self.form.show_issues(error.issues)
            self.summary.setText(issues_text(leftover))
            self.summary.setVisible(bool(leftover))
            return
        except NotFoundError as error:
            self.summary.setText(str(error))
            self.summary.show()
            return
        self.waybill_saved.emit(Changes(orders=True))
        self.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Waybill"))
        self.parcel_box.setTitle(self.tr("Parcel"))
        self.event_box.setTitle(self.tr("New tracking event (optional)"))
        self.form.retranslate()
        self.event_form.retranslate()
        fill_combo(self.carrier, [("", "—"), *partner_items(self.ws, "logistics")])
        typed = self.event_status.currentText()
        self.event_status.clear()
        self.event_status.addItems([
            self.tr("Picked up"), self.tr("At the border warehouse"), self.tr("Customs cleared"),
            self.tr("Crossed the border"), self.tr("Arrived in Blagoveshchensk"), self.tr("Handed to the buyer")])
        self.event_status.setCurrentText(typed)
