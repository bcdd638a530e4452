"""The head of an order being edited: type, trade mode, buyer, currency, date, location, charges and note."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLineEdit, QToolButton, QWidget

from heihe_desk.core.domain.money import from_minor, parse_decimal, to_minor
from heihe_desk.core.domain.order import KIND_LABELS, MODE_LABELS, OrderKind, TradeMode
from heihe_desk.core.workspace import Changes, Workspace
from heihe_desk.ui.dialogs.issue_form import IssueForm
from heihe_desk.ui.dialogs.partner_dialog import PartnerDialog
from heihe_desk.ui.pickers import BuyerCombo, currency_items, fill_combo, location_items, partner_items
from heihe_desk.ui.translation import core_tr
from heihe_desk.ui.widgets import named

BUYER_KIND = {OrderKind.B2C: "buyer_person", OrderKind.B2B: "buyer_company"}
DEFAULT_MODE = {OrderKind.B2C: TradeMode.RETAIL, OrderKind.B2B: TradeMode.B2B_DIRECT}
MONEY_FIELDS = ("freight", "insurance", "discount")


class OrderHead(IssueForm):
    """Two columns of head fields, keyed like the core's order fields so its issues land under them."""

    edited = Signal()
    currency_changed = Signal(str)
    buyer_created = Signal(object)  # the Changes of a buyer added with "+"

    def __init__(self, ws: Workspace, parent: QWidget | None = None):
        super().__init__(columns=2, parent=parent)
        self.ws = ws
        self.kind = named(QComboBox(), "kind")
        self.mode = named(QComboBox(), "trade_mode")
        self.buyer = named(BuyerCombo(), "buyer_id")
        self.new_buyer = named(QToolButton(), "new_buyer")
        self.new_buyer.setText("+")
        self.new_buyer.clicked.connect(self.on_new_buyer_clicked)
        buyer_cell = QWidget()
        buyer_row = QHBoxLayout(buyer_cell)
        buyer_row.setContentsMargins(0, 0, 0, 0)
        buyer_row.addWidget(self.buyer, 1)
        buyer_row.addWidget(self.new_buyer)
        self.currency = named(QComboBox(), "currency")
        self.date = named(QDateEdit(QDate.currentDate()), "order_date")
        self.date.setCalendarPopup(True)
        self.location = named(QComboBox(), "location_id")
        self.money = {key: named(QLineEdit(placeholderText="0.00"), key) for key in MONEY_FIELDS}
        self.note = named(QLineEdit(), "note")
        self.add("kind", lambda: core_tr("Order type"), self.kind)
        self.add("trade_mode", lambda: core_tr("Trade mode"), self.mode)
        self.add("buyer_id", lambda: core_tr("Buyer"), buyer_cell, mark=self.buyer)
        self.add("order_date", lambda: core_tr("Order date"), self.date)
        self.add("location_id", lambda: core_tr("Stock location"), self.location)
        self.add("currency", lambda: core_tr("Currency"), self.currency, column=1)
        self.add("freight", lambda: core_tr("Freight"), self.money["freight"], column=1)
        self.add("insurance", lambda: core_tr("Insurance"), self.money["insurance"], column=1)
        self.add("discount", lambda: core_tr("Discount"), self.money["discount"], column=1)
        self.add("note", lambda: self.tr("Note"), self.note, column=1)
        for field in self.money.values():
            field.setAlignment(Qt.AlignmentFlag.AlignRight)
            field.textEdited.connect(lambda _: self.edited.emit())
        self.kind.currentIndexChanged.connect(lambda _: self.on_kind_changed())
        self.currency.currentIndexChanged.connect(lambda _: self.currency_changed.emit(self.currency_code()))
        for combo in (self.mode, self.location):
            combo.currentIndexChanged.connect(lambda _: self.edited.emit())
        self.buyer.currentTextChanged.connect(lambda _: self.edited.emit())
        self.date.dateChanged.connect(lambda _: self.edited.emit())
        self.retranslate()
        fill_combo(self.location, location_items(ws))
        self.set_kind(OrderKind.B2C)

    # -- values ---------------------------------------------------------------------------------------

    def load(self, order: dict[str, Any]) -> None:
        """Show a stored order's head."""
        self.set_kind(order["kind"])
        self.mode.setCurrentIndex(self.mode.findData(order["trade_mode"]))
        if self.buyer.findData(order["buyer_id"]) < 0:  # a buyer since deleted still shows on the order
            self.buyer.addItem(order["buyer_name"], order["buyer_id"])
        self.buyer.set_buyer(order["buyer_id"])
        if self.currency.findData(order["currency"]) < 0:
            self.currency.addItem(order["currency"], order["currency"])
        self.currency.setCurrentIndex(self.currency.findData(order["currency"]))
        self.date.setDate(QDate.fromString(order["order_date"], "yyyy-MM-dd"))
        self.location.setCurrentIndex(max(self.location.findData(order["location_id"]), 0))
        for key in MONEY_FIELDS:
            self.money[key].setText(str(from_minor(order[key], order["currency"])) if order[key] else "")
        self.note.setText(order["note"])

    def data(self) -> dict[str, Any]:
        """The head as ws.orders.save_draft takes it."""
        return {"kind": self.kind.currentData(), "trade_mode": self.mode.currentData(),
                "buyer_id": self.buyer.buyer_id(), "currency": self.currency_code(),
                "order_date": self.date.date().toString("yyyy-MM-dd"), "location_id": self.location.currentData(),
                **{key: self.money[key].text().strip() for key in MONEY_FIELDS}, "note": self.note.text().strip()}

    def currency_code(self) -> str:
        return str(self.currency.currentData() or "CNY")

    def minor(self, key: str) -> int:
        """A charge in minor units for the live totals (0 while empty or not yet a valid amount)."""
        try:
            text = self.money[key].text()
            return to_minor(parse_decimal(text), self.currency_code()) if text.strip() else 0
        except ValueError:
            return 0

    def buyer_kinds(self) -> dict[str, str]:
        """Buyer id → partner kind for the buyers offered (for the domain's check without the database)."""
        kind = BUYER_KIND[self.order_kind()]
        return {str(self.buyer.itemData(i)): kind for i in range(self.buyer.count())}

    def order_kind(self) -> OrderKind:
        return OrderKind(self.kind.currentData() or OrderKind.B2C)

    # -- behaviour ------------------------------------------------------------------------------------

    def set_kind(self, kind: str) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.on_kind_changed()

    def on_kind_changed(self) -> None:
        """A B2C parcel goes to a person under 9610, a B2B lot to a company under 9710 (changeable)."""
        kind = self.order_kind()
        self.buyer.set_buyers(partner_items(self.ws, BUYER_KIND[kind]))
        self.mode.setCurrentIndex(self.mode.findData(DEFAULT_MODE[kind].value))
        self.edited.emit()

    def on_new_buyer_clicked(self) -> None:
        dialog = PartnerDialog(self.ws, None, BUYER_KIND[self.order_kind()], self)
        dialog.record_saved.connect(self.on_buyer_saved)
        dialog.open()

    def on_buyer_saved(self, result: tuple[Any, Changes]) -> None:
        partner, changes = result
        if partner.kind in BUYER_KIND.values():
            self.set_kind(OrderKind.B2B if partner.kind == "buyer_company" else OrderKind.B2C)
        self.buyer.set_buyers(partner_items(self.ws, BUYER_KIND[self.order_kind()]))
        self.buyer.set_buyer(partner.id)
        self.buyer_created.emit(changes)

    def retranslate(self) -> None:
        super().retranslate()
        fill_combo(self.kind, [(k.value, core_tr(t)) for k, t in KIND_LABELS.items()])
        fill_combo(self.mode, [(m.value, core_tr(t)) for m, t in MODE_LABELS.items()])
        fill_combo(self.currency, currency_items(self.ws))
        self.new_buyer.setToolTip(self.tr("New buyer…"))
