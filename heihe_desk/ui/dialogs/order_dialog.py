"""The order editor: head, lines added by search or barcode scan, live totals; non-drafts open read-only."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from heihe_desk.core.domain.errors import Issue, ValidationError
from heihe_desk.core.domain.order import OrderStatus
from heihe_desk.core.domain.product import Product
from heihe_desk.core.locale.catalogue import issue_text
from heihe_desk.core.locale.formatting import minor_money
from heihe_desk.core.storage.master_data import StaleEditError
from heihe_desk.core.workspace import Changes, Workspace
from heihe_desk.ui.dialogs.issue_form import ERROR_STYLE, error_label
from heihe_desk.ui.dialogs.order_details import OrderDetails
from heihe_desk.ui.dialogs.order_head import MONEY_FIELDS, OrderHead
from heihe_desk.ui.display import label
from heihe_desk.ui.models.order_lines_model import OrderLinesModel, line_from_row
from heihe_desk.ui.order_actions import confirm_order
from heihe_desk.ui.pickers import ProductSearch, ScanEdit
from heihe_desk.ui.translation import LANGUAGE, core_tr
from heihe_desk.ui.widgets import named

OK_STYLE = "color: #1b5e20;"


class OrderDialog(QDialog):
    """A new order (``order_id`` None), a draft to edit, or a confirmed order to look at (read-only)."""

    changes_made = Signal(object)

    def __init__(self, ws: Workspace, order_id: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("OrderDialog")
        self.ws = ws
        self.order: dict[str, Any] | None = ws.orders.get(order_id) if order_id else None
        self.read_only = self.order is not None and self.order["status"] != OrderStatus.DRAFT
        self._validated = False  # after the first save attempt every change is checked at once
        self._revalidate = QTimer(self, singleShot=True, interval=150)
        self._revalidate.timeout.connect(self.check_now)
        self.head_box = QGroupBox()
        self.head = self.form = named(OrderHead(ws), "head")
        # The head's inputs, by the names the rest of the dialog (and its tests) use.
        self.buyer, self.currency, self.money = self.head.buyer, self.head.currency, self.head.money
        QVBoxLayout(self.head_box).addWidget(self.head)
        self.head.edited.connect(self.on_edited)
        self.head.currency_changed.connect(self.on_currency_changed)
        self.head.buyer_created.connect(self.changes_made)
        self._build_lines()
        self.details = OrderDetails(ws, self) if self.read_only else None
        if self.details:
            self.details.changes_made.connect(self.changes_made)
            self.details.changes_made.connect(lambda _: self.retranslate())
            self.form.hide()
            head_layout = self.head_box.layout()
            assert head_layout is not None
            head_layout.addWidget(self.details.head)
        self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(self.head_box)
        self.tabs = named(QTabWidget(), "tabs")
        self.tabs.addTab(self.lines_page, "")
        if self.details:
            self.details.add_tabs(self.tabs)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.summary)
        layout.addLayout(self.button_row)
        self.resize(1040, 720)
        self.retranslate()
        self._load()

    # -- building -------------------------------------------------------------------------------------

    def _build_lines(self) -> None:
        self.lines_page = QWidget()
        self.scan = named(ScanEdit(), "scan")
        self.scan.setMaximumWidth(220)
        self.scan.scanned.connect(self.on_scanned)
        self.scan_label = QLabel()
        self.product_search = named(ProductSearch(self.ws), "product_search")
        self.product_search.product_chosen.connect(self.on_product_chosen)
        self.remove_button = named(QPushButton(), "remove_line")
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.on_remove_clicked)
        self.scan_message = named(QLabel(), "scan_message")
        tools = QHBoxLayout()
        tools.addWidget(self.scan_label)
        tools.addWidget(self.scan)
        tools.addWidget(self.product_search, 1)
        tools.addWidget(self.remove_button)
        self.lines = OrderLinesModel(read_only=self.read_only)
        self.table = named(QTableView(), "lines")
        self.table.setModel(self.lines)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        for column, width in enumerate((36, 130, 300, 100, 160, 130)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for signal in (self.lines.dataChanged, self.lines.rowsInserted, self.lines.rowsRemoved,
                       self.lines.modelReset):
            signal.connect(lambda *_: self.on_edited())
        self.totals = named(QLabel(), "totals")
        self.totals.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        box = QVBoxLayout(self.lines_page)
        if not self.read_only:
            box.addLayout(tools)
            box.addWidget(self.scan_message)
        box.addWidget(self.table, 1)
        box.addWidget(self.totals)
        self.summary = error_label("summary")

    def _build_buttons(self) -> None:
        self.button_row = QHBoxLayout()
        self.save_button = named(QPushButton(), "save")
        self.confirm_button = named(QPushButton(), "save_confirm")
        self.close_button = named(QPushButton(), "close")
        self.save_button.clicked.connect(self.on_save_clicked)
        self.confirm_button.clicked.connect(self.on_confirm_clicked)
        self.close_button.clicked.connect(self.reject)
        if self.details:
            for button in self.details.buttons:
                self.button_row.addWidget(button)
        self.button_row.addStretch(1)
        for button in (self.save_button, self.confirm_button, self.close_button):
            button.setAutoDefault(False)
            self.button_row.addWidget(button)
        self.save_button.setVisible(not self.read_only)
        self.confirm_button.setVisible(not self.read_only)

    def _load(self) -> None:
        order = self.order
        if order is None:
            self.buyer.setFocus()
            return
        self.head.load(order)
        self.lines.currency = order["currency"]
        self.lines.set_lines([line_from_row(row, order["currency"], self._product(row["product_id"]))
                              for row in self.ws.orders.lines(order["id"])])
        self.head.setEnabled(not self.read_only)

    def _product(self, product_id: str) -> Product | None:
        """The catalogue product of a draft's line (its prices follow a currency change); None if deleted."""
        if self.read_only:
            return None
        try:
            return self.ws.product(product_id)
        except LookupError:
            return None

    def on_currency_changed(self, currency: str) -> None:
        self.lines.set_currency(currency)
        self.lines.retranslate()
        self.on_edited()

    # -- lines ----------------------------------------------------------------------------------------

    def on_scanned(self, code: str) -> None:
        """A scanned barcode adds its product (quantity 1, the catalogue price) or one more of it."""
        self.scan.clear()
        product = self.ws.product_by_barcode(code)
        if product is None:
            self.scan_message.setStyleSheet(ERROR_STYLE)
            self.scan_message.setText(self.tr("No product has the barcode %1.").replace("%1", code))
            return
        self._add(product.id)

    def on_product_chosen(self, product_id: str) -> None:
        self._add(product_id)

    def _add(self, product_id: str) -> None:
        product = self.ws.product(product_id)
        row = self.lines.add_product(product)
        self.table.selectRow(row)
        line = self.lines.lines[row]
        self.scan_message.setStyleSheet(OK_STYLE)
        self.scan_message.setText(self.tr("Added %1 — quantity now %2.").replace("%1", product.sku)
                                  .replace("%2", line.quantity))
        if not line.unit_price:
            self.scan_message.setText(self.tr("Added %1 — it has no price in %2: enter the unit price.")
                                      .replace("%1", product.sku).replace("%2", self.lines.currency))

    def on_remove_clicked(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.lines.remove(rows[0].row())

    # -- totals and issues ----------------------------------------------------------------------------

    def on_edited(self) -> None:
        self.update_totals()
        if self._validated and not self.read_only:
            self._revalidate.start()

    def update_totals(self) -> None:
        currency = self.lines.currency
        totals = self.lines.totals(*(self.head.minor(key) for key in MONEY_FIELDS))

        def m(value: int) -> str:
            return minor_money(value, currency, LANGUAGE.lang)

        goods, total = self.tr("Goods"), self.tr("Total")
        self.totals.setText(
            f"{goods} {m(totals.goods)} &nbsp;+&nbsp; {core_tr('Freight')} {m(totals.freight)}"
            f" &nbsp;+&nbsp; {core_tr('Insurance')} {m(totals.insurance)} &nbsp;−&nbsp; {core_tr('Discount')}"
            f" {m(totals.discount)} &nbsp;=&nbsp; <b>{total} {m(totals.total)}</b>")

    def check_now(self) -> None:
        """Validate without saving (after a failed save, so messages vanish as the user fixes things)."""
        from heihe_desk.core.domain.order import validate_order  # pure domain check, no database

        try:
            validate_order(self.head.data(), self.lines.core_lines(), self.head.buyer_kinds(),
                           {ln.product_id for ln in self.lines.lines}, set())
        except ValidationError as error:
            self.show_issues(error.issues)
        else:
            self.show_issues([])

    def show_issues(self, issues: list[Issue]) -> None:
        """Head issues under their fields; line issues in the summary naming the line, and their cells marked."""
        leftover = self.form.show_issues(issues)
        self.lines.mark_problems({issue.field for issue in leftover})
        texts = []
        for issue in leftover:
            text = issue_text(issue, LANGUAGE.lang)
            if issue.field.startswith("lines[") and "n" not in issue.params:
                number = int(issue.field[6:].split("]", 1)[0]) + 1
                text = self.tr("Line %1: %2").replace("%1", str(number)).replace("%2", text)
            texts.append(text)
        self.summary.setText("\n".join(texts))
        self.summary.setVisible(bool(texts))

    # -- saving ---------------------------------------------------------------------------------------

    def save(self) -> dict[str, Any] | None:
        """Store the draft (new or replaced); None with the issues shown when the core refuses it."""
        self._validated = True
        order_id = self.order["id"] if self.order else None
        version = self.order["version"] if self.order else None
        try:
            order = self.ws.orders.save_draft(self.head.data(), self.lines.core_lines(), order_id, version)
        except ValidationError as error:
            self.show_issues(error.issues)
            return None
        except StaleEditError:
            QMessageBox.warning(self, self.windowTitle(), self.tr(
                "This order was changed elsewhere meanwhile. Close the editor and open the order again."))
            return None
        self.show_issues([])
        self.order = order
        self.changes_made.emit(Changes(orders=True))
        self.retranslate()
        return order

    def on_save_clicked(self) -> None:
        if self.save() is not None:
            self.accept()

    def on_confirm_clicked(self) -> None:
        """Save, then confirm; if the user declines selling short, the saved draft stays open."""
        order = self.save()
        if order is None:
            return
        changes = confirm_order(self, self.ws, order["id"])
        if changes is not None:
            self.changes_made.emit(changes)
            self.accept()

    # -- language -------------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        if self.order is None:
            self.setWindowTitle(self.tr("New order"))
        else:
            self.setWindowTitle(self.tr("Order %1 — %2").replace("%1", self.order["number"])
                                .replace("%2", label("status", self.order["status"])))
        self.head_box.setTitle(self.tr("Order"))
        self.head.retranslate()
        self.scan_label.setText(self.tr("Scan:"))
        self.scan.setPlaceholderText(self.tr("barcode + Enter"))
        self.product_search.setPlaceholderText(self.tr("Add a product: type a name, SKU or barcode"))
        self.remove_button.setText(self.tr("Remove line"))
        self.tabs.setTabText(0, core_tr("Order lines"))
        self.save_button.setText(self.tr("Save draft"))
        self.confirm_button.setText(self.tr("Save and confirm"))
        self.close_button.setText(self.tr("Close") if self.read_only else self.tr("Cancel"))
        self.lines.retranslate()
        if self.details:
            self.details.retranslate()
        self.update_totals()
        if self._validated and not self.read_only:
            self.check_now()
