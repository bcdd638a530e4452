"""Stock actions: receive goods (with a batch), transfer between locations, adjust a count (capability 11)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from heihe_desk.core.domain.errors import ValidationError
from heihe_desk.core.domain.stock import validate_adjustment
from heihe_desk.core.workspace import Changes, Workspace
from heihe_desk.ui.date_range import day_example, day_input
from heihe_desk.ui.dialogs.issue_form import IssueForm, error_label
from heihe_desk.ui.display import qty_text
from heihe_desk.ui.order_actions import issues_text
from heihe_desk.ui.pickers import ProductField, fill_combo, location_items, partner_items
from heihe_desk.ui.translation import core_tr
from heihe_desk.ui.widgets import named


class StockDialog(QDialog):
    """A form over IssueForm: subclasses add fields in ``build`` and write in ``apply``."""

    stock_changed = Signal(object)

    def __init__(self, ws: Workspace, product_id: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.ws = ws
        self.form = IssueForm()
        self.product = named(ProductField(ws), "product_id")
        self.location = named(QComboBox(), "location_id")
        self.quantity = named(QLineEdit(placeholderText="10"), "quantity")
        self.quantity.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.note = named(QLineEdit(), "note")
        self.hint = named(QLabel(), "hint")
        self.hint.setWordWrap(True)
        self.summary = error_label("summary")
        self.build()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.on_save_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.hint)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.retranslate()
        if product_id:
            self.product.set_product(product_id)
        self.resize(560, 420)

    def build(self) -> None:
        raise NotImplementedError

    def apply(self) -> None:
        """Write through the core; raise ValidationError to have the issues shown."""
        raise NotImplementedError

    def on_save_clicked(self) -> None:
        try:
            self.apply()
        except ValidationError as error:
            leftover = self.form.show_issues(error.issues)
            self.summary.setText(issues_text(leftover))
            self.summary.setVisible(bool(leftover))
            return
        self.stock_changed.emit(Changes(stock=True))
        self.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.form.retranslate()
        fill_combo(self.location, location_items(self.ws))
        self.product.search.setPlaceholderText(self.tr("Type a name, SKU or barcode and pick the product"))
        self.product.show_choice()


class ReceiveDialog(StockDialog):
    """Goods in from a supplier; a batch is recorded with its number and dates (for traceability)."""

    def build(self) -> None:
        self.supplier = named(QComboBox(), "supplier_id")
        self.batch_no = named(QLineEdit(placeholderText="20260308-A"), "batch_no")
        self.made = named(QLineEdit(), "production_date")
        self.expires = named(QLineEdit(), "expiry_date")
        f = self.form
        f.add("product_id", lambda: core_tr("Product"), self.product)
        f.add("location_id", lambda: core_tr("Stock location"), self.location)
        f.add("quantity", lambda: core_tr("Quantity"), self.quantity)
        f.add("supplier_id", lambda: core_tr("Supplier"), self.supplier)
        f.add("batch_no", lambda: self.tr("Batch number"), self.batch_no)
        f.add("production_date", lambda: core_tr("Production date"), self.made)
        f.add("expiry_date", lambda: core_tr("Expiry date"), self.expires)
        f.add("note", lambda: self.tr("Note"), self.note)

    def data(self) -> dict[str, Any]:
        return {"product_id": self.product.product_id, "location_id": self.location.currentData(),
                "quantity": self.quantity.text().strip(), "supplier_id": self.supplier.currentData() or "",
                "batch_no": self.batch_no.text().strip(), "production_date": day_input(self.made.text()),
                "expiry_date": day_input(self.expires.text()), "note": self.note.text().strip()}

    def apply(self) -> None:
        self.ws.stock.receive(self.data())

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Receive goods"))
        fill_combo(self.supplier, [("", "—"), *partner_items(self.ws, "supplier")])
        for field in (self.made, self.expires):
            field.setPlaceholderText(day_example())
        self.hint.setText(self.tr("A batch number, supplier or dates make this receipt a batch: each sale then "
                                  "knows which batch it came from."))


class TransferDialog(StockDialog):
    """Move stock from one location to another, batch by batch (first to expire goes first)."""

    def build(self) -> None:
        self.destination = named(QComboBox(), "to_location")
        f = self.form
        f.add("product_id", lambda: core_tr("Product"), self.product)
        f.add("location_id", lambda: self.tr("From"), self.location)
        f.add("to_location", lambda: core_tr("Destination"), self.destination)
        f.add("quantity", lambda: core_tr("Quantity"), self.quantity)
        f.add("note", lambda: self.tr("Note"), self.note)
        self.product.product_changed.connect(lambda _: self.show_available())
        self.location.currentIndexChanged.connect(lambda _: self.show_available())

    def show_available(self) -> None:
        if not self.product.product_id:
            self.hint.setText("")
            return
        have = sum(row["qty_milli"] for row in self.ws.stock.on_hand(self.product.product_id)
                   if row["location_id"] == self.location.currentData())
        self.hint.setText(self.tr("On hand at the source: %1").replace("%1", qty_text(have)))

    def apply(self) -> None:
        product, source = self.product.product_id, str(self.location.currentData())
        # The domain's own check reads the quantity (the core's transfer takes thousandths, already parsed).
        _, _, milli = validate_adjustment({"product_id": product, "location_id": source,
                                           "quantity": self.quantity.text().strip()},
                                          {product} if product else set(), {source})
        self.ws.stock.transfer(product, source, str(self.destination.currentData()), milli, self.note.text().strip())

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Transfer stock"))
        items = location_items(self.ws)
        fill_combo(self.destination, items)
        if self.destination.currentData() == self.location.currentData() and len(items) > 1:
            self.destination.setCurrentIndex(1)
        self.show_available()


class AdjustDialog(StockDialog):
    """A counted correction: plus or minus, with the reason kept on the movement."""

    def build(self) -> None:
        self.quantity.setPlaceholderText("-2")
        self.reason = named(QComboBox(), "reason")
        self.reason.setEditable(True)
        f = self.form
        f.add("product_id", lambda: core_tr("Product"), self.product)
        f.add("location_id", lambda: core_tr("Stock location"), self.location)
        f.add("quantity", lambda: self.tr("Change (+/−)"), self.quantity)
        f.add("note", lambda: self.tr("Reason"), self.reason)

    def apply(self) -> None:
        text = self.quantity.text().strip().replace("−", "-").replace("+", "")
        self.ws.stock.adjust({"product_id": self.product.product_id, "location_id": self.location.currentData(),
                              "quantity": text, "note": self.reason.currentText().strip()})

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Adjust stock"))
        typed = self.reason.currentText()
        self.reason.clear()
        self.reason.addItems([self.tr("Stock count"), self.tr("Damaged"), self.tr("Expired"), self.tr("Lost"),
                              self.tr("Sample or gift")])
        self.reason.setCurrentText(typed or self.tr("Stock count"))
        self.hint.setText(self.tr("A negative number takes goods off the shelf, a positive one adds them."))
