"""The read-only side of an order: status history, payments, waybill timeline and where its goods came from."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication as App
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from heihe_desk.core.domain.order import OrderStatus, balance
from heihe_desk.core.locale.formatting import minor_money
from heihe_desk.core.workspace import Changes, Workspace
from heihe_desk.ui.dialogs.issue_form import IssueForm
from heihe_desk.ui.display import day_text, label, moment_text, qty_text, rate_text
from heihe_desk.ui.models.lazy_table import Column
from heihe_desk.ui.models.rows_model import RowsModel, rows_view
from heihe_desk.ui.translation import LANGUAGE, core_tr
from heihe_desk.ui.widgets import named

METHODS = ("cash", "bank", "wechat", "alipay", "card", "other")
#: The head of a confirmed order, shown as text: (key, label).
HEAD: tuple[tuple[str, Callable[[], str]], ...] = (
    ("kind", lambda: core_tr("Order type")), ("trade_mode", lambda: core_tr("Trade mode")),
    ("buyer", lambda: core_tr("Buyer")), ("order_date", lambda: core_tr("Order date")),
    ("location", lambda: core_tr("Stock location")), ("status", lambda: core_tr("Status")),
    ("freight", lambda: core_tr("Freight")), ("insurance", lambda: core_tr("Insurance")),
    ("discount", lambda: core_tr("Discount")), ("note", lambda: App.translate("OrderDetails", "Note")),
)


def method_label(code: str) -> str:
    """Payment methods are stored as codes and shown in the UI language."""
    names = {"cash": App.translate("OrderDetails", "Cash"), "bank": App.translate("OrderDetails", "Bank transfer"),
             "wechat": App.translate("OrderDetails", "WeChat Pay"), "alipay": App.translate("OrderDetails", "Alipay"),
             "card": App.translate("OrderDetails", "Bank card"), "other": App.translate("OrderDetails", "Other")}
    return names.get(code, code)


def _col(key: str, header: Any, text: Any, right: bool = False) -> Column:
    return Column(key, header, text, align_right=right)


class OrderDetails(QObject):
    """Tabs and buttons the order dialog shows for an order that is no longer a draft."""

    changes_made = Signal(object)

    def __init__(self, ws: Workspace, dialog: Any):
        super().__init__(dialog)
        self.ws = ws
        self.dialog = dialog
        self.currency = "CNY"
        self.locations: dict[str, str] = {}
        self.waybill: dict[str, Any] | None = None
        self.history = RowsModel([
            _col("at", lambda: self.tr("Time"), lambda r: moment_text(r["at"])),
            _col("from", lambda: self.tr("From"), lambda r: label("status", r["from_status"]) or "—"),
            _col("to", lambda: self.tr("To"), lambda r: label("status", r["to_status"])),
            _col("actor", lambda: self.tr("Device"), lambda r: r["actor"]),
            _col("note", lambda: self.tr("Note"), lambda r: r["note"])])
        self.payments = RowsModel([
            _col("paid_at", lambda: self.tr("Date"), lambda r: day_text(r["paid_at"])),
            _col("amount", lambda: core_tr("Amount"), lambda r: minor_money(r["amount"], r["currency"], LANGUAGE.lang),
                 True),
            _col("rate", lambda: core_tr("Exchange rate"), lambda r: rate_text(r["rate"]), True),
            _col("converted", lambda: self.tr("In order currency"), lambda r: minor_money(
                r["amount_order_currency"], self.currency, LANGUAGE.lang), True),
            _col("method", lambda: self.tr("Method"), lambda r: method_label(r["method"])),
            _col("note", lambda: self.tr("Note"), lambda r: r["note"])])
        self.waybill_events = RowsModel([
            _col("at", lambda: self.tr("Time"), lambda r: moment_text(r["at"])),
            _col("status", lambda: self.tr("Event"), lambda r: r["status"]),
            _col("place", lambda: self.tr("Place"), lambda r: r["place"]),
            _col("note", lambda: self.tr("Note"), lambda r: r["note"])])
        self.trace = RowsModel([
            _col("line_no", lambda: "#", lambda r: str(r["line_no"]), True),
            _col("sku", lambda: core_tr("SKU"), lambda r: r["sku"]),
            _col("qty", lambda: core_tr("Quantity"), lambda r: qty_text(r["qty_milli"]), True),
            _col("batch", lambda: self.tr("Batch number"), lambda r: r["batch_no"] or self.tr("(no batch)")),
            _col("made", lambda: core_tr("Production date"), lambda r: day_text(r["production_date"])),
            _col("expires", lambda: core_tr("Expiry date"), lambda r: day_text(r["expiry_date"])),
            _col("supplier", lambda: core_tr("Supplier"), lambda r: r["supplier_name"]),
            _col("location", lambda: core_tr("Stock location"), lambda r: self.locations.get(r["location_id"], ""))])
        self.head = named(IssueForm(columns=2), "head_view")
        self.values: dict[str, QLabel] = {}
        for position, (key, text) in enumerate(HEAD):
            value = named(QLabel(), f"value_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setContentsMargins(0, 4, 0, 0)
            self.values[key] = value
            self.head.add(key, text, value, column=position // 5)
        self.payment_summary = named(QLabel(), "payment_summary")
        self.waybill_summary = named(QLabel(), "waybill_summary")
        self.waybill_summary.setTextFormat(Qt.TextFormat.RichText)
        self.waybill_summary.setWordWrap(True)
        self.trace_hint = QLabel()
        self.trace_hint.setWordWrap(True)
        self.pages = [self._page(rows_view(self.history, "history", 4)),
                      self._page(self.payment_summary, rows_view(self.payments, "payments", 5)),
                      self._page(self.waybill_summary, rows_view(self.waybill_events, "waybill_events", 3)),
                      self._page(self.trace_hint, rows_view(self.trace, "trace", 6))]
        self.payment_button = named(QPushButton(), "payment")
        self.waybill_button = named(QPushButton(), "waybill")
        self.payment_button.clicked.connect(self.on_payment_clicked)
        self.waybill_button.clicked.connect(self.on_waybill_clicked)
        self.buttons = [self.payment_button, self.waybill_button]
        for button in self.buttons:
            button.setAutoDefault(False)
        self._tabs: QTabWidget | None = None
        self.reload()

    @staticmethod
    def _page(*widgets: QWidget) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        for widget in widgets:
            box.addWidget(widget, 1 if isinstance(widget, QTableView) else 0)
        return page

    def add_tabs(self, tabs: QTabWidget) -> None:
        self._tabs = tabs
        for page in self.pages:
            tabs.addTab(page, "")
        self.retranslate()

    @property
    def order(self) -> dict[str, Any]:
        return self.dialog.order  # type: ignore[no-any-return]

    def reload(self) -> None:
        order_id = self.order["id"]
        self.dialog.order = self.ws.orders.get(order_id)
        self.currency = self.order["currency"]
        self.locations = {row["id"]: row["name"] for row in self.ws.stock.locations()}
        self.history.set_rows(self.ws.orders.events(order_id))
        self.payments.set_rows(self.ws.orders.payments(order_id))
        self.waybill = self.ws.orders.waybill(order_id)
        self.waybill_events.set_rows(self.waybill["events"] if self.waybill else [])
        self.trace.set_rows(self.ws.stock.where_sale_came_from(order_id))
        self.payment_button.setEnabled(self.order["status"] not in (OrderStatus.CANCELLED, OrderStatus.DRAFT))
        self.retranslate()

    def _fill_head(self) -> None:
        order = self.order
        texts = {"kind": label("kind", order["kind"]), "trade_mode": label("mode", order["trade_mode"]),
                 "buyer": order["buyer_name"], "order_date": day_text(order["order_date"]),
                 "location": self.locations.get(order["location_id"], ""),
                 "status": f"<b>{label('status', order['status'])}</b>", "freight": self._m(order["freight"]),
                 "insurance": self._m(order["insurance"]), "discount": self._m(order["discount"]),
                 "note": order["note"] or "—"}
        for key, value in texts.items():
            self.values[key].setText(value)

    def _waybill_text(self) -> str:
        waybill = self.waybill
        if not waybill:
            return self.tr("No waybill yet. Use “Waybill…” to enter the number, carrier, weight and size.")
        carrier = ""
        if waybill["carrier_id"]:
            try:
                carrier = self.ws.partner_row(waybill["carrier_id"])["name"]
            except LookupError:
                carrier = waybill["carrier_id"]
        size = " × ".join(waybill[k] for k in ("length_cm", "width_cm", "height_cm") if waybill[k])
        weight = self.tr("%1 kg").replace("%1", waybill["weight_kg"]) if waybill["weight_kg"] else "—"
        parts = [(self.tr("Waybill No."), f"<b>{waybill['waybill_no']}</b>"), (self.tr("Carrier"), carrier or "—"),
                 (self.tr("Weight"), weight),
                 (self.tr("Size"), self.tr("%1 cm").replace("%1", size) if size else "—"),
                 (self.tr("Parcels"), str(waybill["parcels"]))]
        return " &nbsp;·&nbsp; ".join(f"{name}: {value}" for name, value in parts)

    def _payment_text(self) -> str:
        order = self.order
        owed = balance(order["total"], [order["paid"]])
        text = (self.tr("Total %1 · paid %2 · balance %3").replace("%1", self._m(order["total"]))
                .replace("%2", self._m(order["paid"])).replace("%3", self._m(owed)))
        return text + (" · " + self.tr("overpaid") if owed < 0 else "")

    def _m(self, minor: int) -> str:
        return minor_money(minor, self.currency, LANGUAGE.lang)

    def on_payment_clicked(self) -> None:
        from heihe_desk.ui.dialogs.payment_dialog import PaymentDialog

        dialog = PaymentDialog(self.ws, self.order["id"], self.dialog)
        dialog.payment_recorded.connect(self._after_change)
        dialog.open()

    def on_waybill_clicked(self) -> None:
        from heihe_desk.ui.dialogs.waybill_dialog import WaybillDialog

        dialog = WaybillDialog(self.ws, self.order["id"], self.dialog)
        dialog.waybill_saved.connect(self._after_change)
        dialog.open()

    def _after_change(self, changes: Changes) -> None:
        self.reload()
        self.changes_made.emit(changes)

    def retranslate(self) -> None:
        if self._tabs is not None:
            for position, title in enumerate((self.tr("Status history"), self.tr("Payments"), self.tr("Waybill"),
                                              self.tr("Where the goods came from"))):
                self._tabs.setTabText(self._tabs.indexOf(self.pages[position]), title)
        for model in (self.history, self.payments, self.waybill_events, self.trace):
            model.retranslate()
        self.head.retranslate()
        self._fill_head()
        self.payment_summary.setText(self._payment_text())
        self.waybill_summary.setText(self._waybill_text())
        self.trace_hint.setText(self.tr("Each line of the order with the batches its goods were taken from "
                                    "(first to expire, first out), their supplier and dates."))
        self.payment_button.setText(self.tr("Payment…"))
        self.waybill_button.setText(self.tr("Waybill…"))
