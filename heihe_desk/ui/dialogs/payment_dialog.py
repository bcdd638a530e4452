"""Recording a payment against an order, in its currency or another one at the rate used (capability 10)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from heihe_desk.core.domain.errors import ValidationError
from heihe_desk.core.domain.money import from_minor, parse_decimal, to_minor
from heihe_desk.core.domain.order import balance, convert
from heihe_desk.core.locale.formatting import minor_money
from heihe_desk.core.workspace import Changes, Workspace
from heihe_desk.ui.dialogs.issue_form import IssueForm, error_label
from heihe_desk.ui.dialogs.order_details import METHODS, method_label
from heihe_desk.ui.order_actions import issues_text
from heihe_desk.ui.pickers import currency_items, fill_combo
from heihe_desk.ui.translation import LANGUAGE, core_tr
from heihe_desk.ui.widgets import named


class PaymentDialog(QDialog):
    """Amount, currency, rate (prefilled from the rate table, editable), date and method; balance before/after."""

    payment_recorded = Signal(object)

    def __init__(self, ws: Workspace, order_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("PaymentDialog")
        self.ws = ws
        self.order = ws.orders.get(order_id)
        self._rate_typed = False
        self.info = named(QLabel(), "order_info")
        self.info.setWordWrap(True)
        self.info.setStyleSheet("font-weight: bold; padding-bottom: 6px;")
        self.form = IssueForm()
        self.amount = named(QLineEdit(placeholderText="100.00"), "amount")
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.currency = named(QComboBox(), "currency")
        self.rate = named(QLineEdit(), "rate")
        self.rate.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.rate_hint = named(QLabel(), "rate_hint")
        self.rate_hint.setWordWrap(True)
        self.date = named(QDateEdit(QDate.currentDate()), "paid_at")
        self.date.setCalendarPopup(True)
        self.method = named(QComboBox(), "method")
        self.note = named(QLineEdit(), "note")
        rate_cell = QWidget()
        rate_box = QVBoxLayout(rate_cell)
        rate_box.setContentsMargins(0, 0, 0, 0)
        rate_box.addWidget(self.rate)
        rate_box.addWidget(self.rate_hint)
        self.form.add("amount", lambda: core_tr("Amount"), self.amount)
        self.form.add("currency", lambda: core_tr("Currency"), self.currency)
        self.form.add("rate", lambda: core_tr("Exchange rate"), rate_cell)
        self.form.add("paid_at", lambda: self.tr("Date paid"), self.date)
        self.form.add("method", lambda: self.tr("Method"), self.method)
        self.form.add("note", lambda: self.tr("Note"), self.note)
        self.preview = named(QLabel(), "preview")
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.preview.setStyleSheet("background: #f3f6f9; border: 1px solid #d5dde5; padding: 8px;")
        self.summary = error_label("summary")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.form)
        layout.addWidget(self.preview)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.amount.textEdited.connect(lambda _: self.update_preview())
        self.rate.textEdited.connect(self.on_rate_edited)
        self.currency.currentIndexChanged.connect(lambda _: self.on_currency_changed())
        self.date.dateChanged.connect(lambda _: self.prefill_rate())
        self.retranslate()
        self.currency.setCurrentIndex(max(self.currency.findData(self.order["currency"]), 0))
        self.on_currency_changed()
        owed = balance(self.order["total"], [self.order["paid"]])
        if owed > 0:
            self.amount.setText(str(from_minor(owed, self.order_currency)))  # what is still owed, as a start
        self.update_preview()
        self.resize(540, 400)

    # -- rate -----------------------------------------------------------------------------------------

    @property
    def order_currency(self) -> str:
        return str(self.order["currency"])

    def on_currency_changed(self) -> None:
        foreign = self.currency.currentData() != self.order_currency
        if foreign and not self.amount.isModified():
            self.amount.clear()  # the balance was prefilled in the order currency, not in this one
        self.rate.setEnabled(foreign)
        self._rate_typed = False
        self.prefill_rate()

    def on_rate_edited(self, _text: str) -> None:
        self._rate_typed = True
        self.update_preview()

    def prefill_rate(self) -> None:
        """The rate in force on the payment date, unless the user typed the rate actually used."""
        currency = str(self.currency.currentData())
        if currency == self.order_currency:
            self.rate.clear()
        elif not self._rate_typed:
            found = self.ws.rates.rate_for(currency, self.order_currency, self.date.date().toString("yyyy-MM-dd"))
            self.rate.setText(format(found[0], "f") if found else "")
        self.update_preview()

    def _rate(self) -> Decimal | None:
        if self.currency.currentData() == self.order_currency:
            return Decimal(1)
        try:
            rate = parse_decimal(self.rate.text())
        except ValueError:
            return None
        return rate if rate > 0 else None

    # -- preview --------------------------------------------------------------------------------------

    def converted(self) -> int | None:
        """This payment in the order currency, as the core will compute it, or None while input is incomplete."""
        currency, rate = str(self.currency.currentData()), self._rate()
        try:
            minor = to_minor(parse_decimal(self.amount.text()), currency)
        except ValueError:
            return None
        if rate is None or minor <= 0:
            return None
        return convert(minor, currency, self.order_currency, rate)

    def _m(self, minor: int) -> str:
        return minor_money(minor, self.order_currency, LANGUAGE.lang)

    def update_preview(self) -> None:
        currency = str(self.currency.currentData())
        if currency != self.order_currency:
            self.rate_hint.setText(self.tr("1 %1 = ? %2 (rate used for this payment)")
                                   .replace("%1", currency).replace("%2", self.order_currency))
        else:
            self.rate_hint.setText(self.tr("Paid in the order currency: no rate needed."))
        before = balance(self.order["total"], [self.order["paid"]])
        paid = self.converted()
        text = self.tr("Balance before: %1").replace("%1", self._m(before))
        if paid is not None:
            after = before - paid
            colour = "#b00020" if after < 0 else "#1b5e20"
            text += ("<br>" + self.tr("This payment: %1").replace("%1", self._m(paid))
                     + f"<br><b style='color:{colour}'>"
                     + self.tr("Balance after: %1").replace("%1", self._m(after)) + "</b>")
            if after < 0:
                text += "<br><span style='color:#b00020'>" + self.tr("This is an overpayment.") + "</span>"
        self.preview.setText(text)

    # -- saving ---------------------------------------------------------------------------------------

    def data(self) -> dict[str, Any]:
        foreign = self.currency.currentData() != self.order_currency
        return {"amount": self.amount.text().strip(), "currency": self.currency.currentData(),
                "rate": self.rate.text().strip() if foreign else "",
                "paid_at": self.date.date().toString("yyyy-MM-dd"), "method": self.method.currentData(),
                "note": self.note.text().strip()}

    def on_save_clicked(self) -> None:
        """Overpaying asks first; then the core records the payment with the rate stamped on it."""
        paid = self.converted()
        before = balance(self.order["total"], [self.order["paid"]])
        allow_overpay = False
        if paid is not None and paid > before:
            question = self.tr("This payment is %1 more than the balance still owed. Record it as an overpayment?")
            answer = QMessageBox.question(self, self.windowTitle(), question.replace("%1", self._m(paid - before)))
            if answer != QMessageBox.StandardButton.Yes:
                return
            allow_overpay = True
        try:
            self.ws.orders.add_payment(self.order["id"], self.data(), allow_overpay=allow_overpay)
        except ValidationError as error:
            leftover = self.form.show_issues(error.issues)
            self.summary.setText(issues_text(leftover))
            self.summary.setVisible(bool(leftover))
            return
        self.payment_recorded.emit(Changes(orders=True))
        self.accept()

    # -- language -------------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        order = self.order
        self.setWindowTitle(self.tr("Payment for order %1").replace("%1", order["number"]))
        self.info.setText(self.tr("Order %1 · %2 · total %3 · paid %4").replace("%1", order["number"])
                          .replace("%2", order["buyer_name"]).replace("%3", self._m(order["total"]))
                          .replace("%4", self._m(order["paid"])))
        self.form.retranslate()
        fill_combo(self.currency, currency_items(self.ws))
        fill_combo(self.method, [(code, method_label(code)) for code in METHODS])
        self.update_preview()
