"""The orders list: filters by status, trade mode, dates and buyer; actions along the status machine."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication as App
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QHideEvent, QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from heihe_desk.core.domain.order import KIND_LABELS, MODE_LABELS, STATUS_LABELS, OrderStatus, balance
from heihe_desk.core.locale.formatting import minor_money
from heihe_desk.core.workspace import Changes, Workspace
from heihe_desk.ui.date_range import DateRange
from heihe_desk.ui.dialogs.order_dialog import OrderDialog
from heihe_desk.ui.dialogs.payment_dialog import PaymentDialog
from heihe_desk.ui.display import MUTED, NEGATIVE, day_text, label
from heihe_desk.ui.models.background_table import BackgroundTableModel
from heihe_desk.ui.models.lazy_table import Column, Row
from heihe_desk.ui.order_actions import STATUS_ACTIONS, allowed, change_status, confirm_order
from heihe_desk.ui.pages.master_page import MasterPage
from heihe_desk.ui.pages.page_support import page_runner
from heihe_desk.ui.translation import LANGUAGE, core_tr
from heihe_desk.ui.widgets import named

#: Orders without a balance to speak of: nothing is owed on a draft or a cancelled order.
NO_BALANCE = (OrderStatus.DRAFT, OrderStatus.CANCELLED)


def _owed(row: Row) -> int | None:
    return None if row.get("status") in NO_BALANCE else balance(row["total"], [row["paid"]])


def _money(row: Row, value: int | None) -> str:
    return "" if value is None else minor_money(value, row["currency"], LANGUAGE.lang)


def order_columns() -> list[Column]:
    return [
        Column("number", lambda: App.translate("OrdersPage", "Number"), lambda r: r["number"]),
        Column("order_date", lambda: core_tr("Order date"), lambda r: day_text(r["order_date"])),
        Column("kind", lambda: App.translate("OrdersPage", "Type"), lambda r: label("kind", r["kind"]),
               sortable=False),
        Column("trade_mode", lambda: App.translate("OrdersPage", "Mode"), lambda r: r["trade_mode"]),
        Column("buyer_name", lambda: core_tr("Buyer"), lambda r: r["buyer_name"]),
        Column("status", lambda: core_tr("Status"), lambda r: label("status", r["status"])),
        Column("total", lambda: App.translate("OrdersPage", "Total"), lambda r: _money(r, r["total"]),
               align_right=True),
        Column("paid", lambda: App.translate("OrdersPage", "Paid"), lambda r: _money(r, r["paid"]), align_right=True,
               sortable=False),
        Column("balance", lambda: App.translate("OrdersPage", "Balance"), lambda r: _money(r, _owed(r)),
               align_right=True, sortable=False),
    ]


def _colour(row: Row, key: str) -> QColor | None:
    if key == "balance":
        owed = _owed(row)
        return NEGATIVE if owed is not None and owed > 0 else None
    if key == "status" and row.get("status") in (OrderStatus.CANCELLED, OrderStatus.DRAFT):
        return MUTED
    return None


class OrdersPage(MasterPage):
    def __init__(self, ws: Workspace, parent: QWidget | None = None):
        self.status_filter = named(QComboBox(), "status_filter")
        self.mode_filter = named(QComboBox(), "mode_filter")
        for combo in (self.status_filter, self.mode_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        self.dates = named(DateRange(), "dates")
        model = BackgroundTableModel(order_columns(), self._query, ws.orders.rows, "order_date",
                                     lambda: page_runner(self), descending=True, colour=_colour)
        super().__init__(ws, model, parent)
        self.setObjectName("OrdersPage")
        self.bg_model = model
        self._reselect: str | None = None
        self._open_single = False
        model.rows_loaded.connect(self.on_rows_loaded)
        model.load_failed.connect(lambda error: self.count_label.setText(str(error)))
        self.delete_button.hide()  # orders are facts: they are cancelled, never deleted
        for widget in (self.status_filter, self.mode_filter, self.dates):
            self.filters.addWidget(widget)
        self.status_filter.currentIndexChanged.connect(lambda _: self.on_filters_changed())
        self.mode_filter.currentIndexChanged.connect(lambda _: self.on_filters_changed())
        self.dates.range_changed.connect(self.on_filters_changed)
        self._build_actions()
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        for column, width in enumerate((170, 90, 90, 50, 230, 80, 105, 95, 105)):
            self.table.setColumnWidth(column, width)
        self.retranslate()
        self.update_actions()

    def _build_actions(self) -> None:
        self.confirm_button = named(QPushButton(), "confirm")
        self.cancel_button = named(QPushButton(), "cancel")
        self.payment_button = named(QPushButton(), "payment")
        self.documents_button = named(QPushButton(), "documents")
        self.status_label = QLabel()
        self.status_buttons = {target: named(QPushButton(), f"to_{target.value}") for target in STATUS_ACTIONS}
        self.confirm_button.clicked.connect(self.on_confirm_clicked)
        self.cancel_button.clicked.connect(lambda: self.on_status_clicked(OrderStatus.CANCELLED))
        self.payment_button.clicked.connect(self.on_payment_clicked)
        self.documents_button.clicked.connect(self.on_documents_clicked)
        for target, button in self.status_buttons.items():
            button.clicked.connect(lambda _=False, t=target: self.on_status_clicked(t))
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        first = layout.itemAt(0)
        bar = first.layout() if first is not None else None
        assert isinstance(bar, QHBoxLayout)
        row = QHBoxLayout()
        for button in (self.new_button, self.edit_button):  # actions live together on the second row
            bar.removeWidget(button)
            row.addWidget(button)
        row.addSpacing(16)
        for button in (self.confirm_button, self.cancel_button, self.payment_button, self.documents_button):
            row.addWidget(button)
        row.addSpacing(16)
        row.addWidget(self.status_label)
        for button in self.status_buttons.values():
            row.addWidget(button)
        row.addStretch(1)
        layout.insertLayout(1, row)

    # -- loading --------------------------------------------------------------------------------------

    def _query(self, search: str, sort: str, descending: bool, filters: dict[str, Any]) -> list[int]:
        """Runs on the runner: reads only its arguments, never a widget."""
        return self.ws.orders.rowids(search=search, sort=sort, descending=descending, **filters)

    def current_filters(self) -> dict[str, Any]:
        date_from, date_to = self.dates.bounds()
        return {"status": self.status_filter.currentData() or None,
                "trade_mode": self.mode_filter.currentData() or None, "date_from": date_from, "date_to": date_to}

    def on_filters_changed(self) -> None:
        self.bg_model.set_filters(self.current_filters())
        self.update_count()

    def reload(self) -> None:
        self._reselect = self._reselect or self.selected_id()
        super().reload()

    def on_search_entered(self) -> None:
        """Enter (or a scanned order number) searches; a single hit opens once the list has arrived."""
        self._open_single = True
        self.apply_search()
        if not self.bg_model.loading:
            self.on_rows_loaded()

    def on_rows_loaded(self) -> None:
        self.update_count()
        if self._open_single:
            self._open_single = False
            if self.model.rowCount() == 1:
                self.table.selectRow(0)
                self.on_edit_clicked()
                return
        if self._reselect:
            self.select_record(self._reselect)
            self._reselect = None
        self.update_actions()

    def refresh_if(self, changes: Changes) -> None:
        if changes.orders or changes.partners:
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        self.bg_model.filters = self.current_filters()
        self.bg_model.resume()  # lists load when first looked at, never at start-up
        self.update_count()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.bg_model.pause()
        super().hideEvent(event)

    def update_count(self) -> None:
        if self.bg_model.loading or self.bg_model.paused:
            self.count_label.setText(self.tr("Loading…"))
        else:
            self.count_label.setText(self.tr("%n order(s)", "", self.model.rowCount()))

    # -- actions --------------------------------------------------------------------------------------

    def selected_row(self) -> Row | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def update_actions(self) -> None:
        """Buttons follow the domain's status machine for the selected order."""
        row = self.selected_row()
        status = str(row["status"]) if row else ""
        self.edit_button.setEnabled(row is not None)
        self.confirm_button.setEnabled(allowed(status, OrderStatus.CONFIRMED) and status == OrderStatus.DRAFT)
        self.cancel_button.setEnabled(allowed(status, OrderStatus.CANCELLED))
        self.payment_button.setEnabled(row is not None and status not in NO_BALANCE)
        self.documents_button.setEnabled(row is not None and status != OrderStatus.CANCELLED)
        for target, button in self.status_buttons.items():
            button.setEnabled(allowed(status, target))

    def on_new_clicked(self) -> None:
        self._open_editor(None)

    def on_edit_clicked(self) -> None:
        record_id = self.selected_id()
        if record_id:
            self._open_editor(record_id)

    def _open_editor(self, order_id: str | None) -> None:
        dialog = OrderDialog(self.ws, order_id, self)
        dialog.changes_made.connect(lambda changes: self._after(changes, dialog.order["id"] if dialog.order else None))
        dialog.open()

    def _after(self, changes: Changes | None, order_id: str | None) -> None:
        if changes is not None:
            self._reselect = order_id
            self.changes_made.emit(changes)

    def on_confirm_clicked(self) -> None:
        order_id = self.selected_id()
        if order_id:
            self._after(confirm_order(self, self.ws, order_id), order_id)

    def on_status_clicked(self, target: OrderStatus) -> None:
        order_id = self.selected_id()
        if order_id:
            self._after(change_status(self, self.ws, order_id, target), order_id)

    def on_documents_clicked(self) -> None:
        """Invoice, proforma, packing list, receipt or declaration copy of the selected order: preview, save, print."""
        # Imported here: QtPrintSupport and PDFium load when documents are first wanted, not at start-up.
        from heihe_desk.ui.dialogs.document_preview import DocumentPreviewDialog

        order_id = self.selected_id()
        if order_id:
            dialog = DocumentPreviewDialog(self.ws, order_id, self, page_runner(self))
            dialog.changes_made.connect(lambda changes: self._after(changes, order_id))
            dialog.open()

    def on_payment_clicked(self) -> None:
        order_id = self.selected_id()
        if order_id:
            dialog = PaymentDialog(self.ws, order_id, self)
            dialog.payment_recorded.connect(lambda changes: self._after(changes, order_id))
            dialog.open()

    # -- language -------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search: order number or buyer"))
        self.new_button.setText(self.tr("New order"))
        self.edit_button.setText(self.tr("Open"))
        self.confirm_button.setText(self.tr("Confirm"))
        self.cancel_button.setText(self.tr("Cancel order"))
        self.payment_button.setText(self.tr("Payment…"))
        self.documents_button.setText(self.tr("Documents…"))
        self.status_label.setText(self.tr("Mark as:"))
        for target, button in self.status_buttons.items():
            button.setText(label("status", target))
        for combo, everything, labels in ((self.status_filter, self.tr("All statuses"), STATUS_LABELS),
                                          (self.mode_filter, self.tr("All modes"), MODE_LABELS)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, "")
            for code, text in labels.items():
                combo.addItem(core_tr(text), code.value)
            combo.setCurrentIndex(max(combo.findData(current or ""), 0))
            combo.blockSignals(False)
        super().retranslate()
        self._fit_label_columns()

    def _fit_label_columns(self) -> None:
        """Type and status columns as wide as their longest translated label ("Задекларирован")."""
        metrics = self.table.fontMetrics()
        for key, labels in (("kind", KIND_LABELS), ("status", STATUS_LABELS)):
            column = [c.key for c in self.model.columns].index(key)
            widest = max(metrics.horizontalAdvance(core_tr(text)) for text in labels.values())
            self.table.setColumnWidth(column, max(self.table.columnWidth(column), widest + 16))
