"""Stock on hand by product and location, low-stock warning, movements, batches and batch traceability."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from heihe_desk.core.workspace import Changes, Workspace
from heihe_desk.ui.dialogs.locations_dialog import LocationsDialog
from heihe_desk.ui.dialogs.stock_dialogs import AdjustDialog, ReceiveDialog, StockDialog, TransferDialog
from heihe_desk.ui.display import NEGATIVE, day_text, label, moment_text, qty_text
from heihe_desk.ui.models.lazy_table import Column, Row
from heihe_desk.ui.models.rows_model import RowsModel, rows_view
from heihe_desk.ui.models.stock_model import OnHand, StockModel, group_on_hand
from heihe_desk.ui.pages.master_page import MasterPage
from heihe_desk.ui.pages.page_support import page_runner
from heihe_desk.ui.translation import LANGUAGE, core_tr
from heihe_desk.ui.widgets import named


def _negative(row: Row, key: str) -> QColor | None:
    return NEGATIVE if key == "qty" and int(row.get("qty_milli") or 0) < 0 else None


class StockPage(MasterPage):
    def __init__(self, ws: Workspace, parent: QWidget | None = None):
        self.low_only = named(QCheckBox(), "low_only")
        self.stock_model = StockModel(ws)
        super().__init__(ws, self.stock_model, parent)
        self.setObjectName("StockPage")
        self._stale = True
        self._location_names: dict[str, str] = {}
        self._batch_names: dict[str, str] = {}
        self.filters.addWidget(self.low_only)
        self.low_only.toggled.connect(self.on_low_only_toggled)
        self.edit_button.hide()
        self.delete_button.hide()
        self.transfer_button = named(QPushButton(), "transfer")
        self.adjust_button = named(QPushButton(), "adjust")
        self.locations_button = named(QPushButton(), "locations")
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        first = layout.itemAt(0)
        bar = first.layout() if first is not None else None
        assert isinstance(bar, QHBoxLayout)
        for button in (self.transfer_button, self.adjust_button, self.locations_button):
            bar.addWidget(button)
        self.transfer_button.clicked.connect(self.on_transfer_clicked)
        self.adjust_button.clicked.connect(self.on_adjust_clicked)
        self.locations_button.clicked.connect(self.on_locations_clicked)
        self.banner = named(QLabel(), "low_banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff3cd; color: #664d03; padding: 6px; border-radius: 3px;")
        self.banner.hide()
        self._build_details()
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.show_product(self.selected_id()))
        self.table.setColumnWidth(0, 130)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.retranslate()

    def _build_details(self) -> None:
        """Below the stock table: the selected product's movements, and its batches with where each went."""
        self.movements = RowsModel([
            Column("at", lambda: self.tr("Time"), lambda r: moment_text(r["at"])),
            Column("kind", lambda: self.tr("Movement"), lambda r: label("movement", r["kind"])),
            Column("location", lambda: core_tr("Stock location"), lambda r: self._location_names.get(
                r["location_id"], "")),
            Column("qty", lambda: core_tr("Quantity"), lambda r: qty_text(r["qty_milli"]), align_right=True),
            Column("batch", lambda: self.tr("Batch number"), lambda r: self._batch_names.get(r["batch_id"], "")),
            Column("note", lambda: self.tr("Note"), lambda r: r["note"])], colour=_negative)
        self.batches = RowsModel([
            Column("batch_no", lambda: self.tr("Batch number"), lambda r: r["batch_no"] or "—"),
            Column("supplier", lambda: core_tr("Supplier"), lambda r: r["supplier_name"]),
            Column("made", lambda: core_tr("Production date"), lambda r: day_text(r["production_date"])),
            Column("expires", lambda: core_tr("Expiry date"), lambda r: day_text(r["expiry_date"])),
            Column("qty", lambda: self.tr("On hand"), lambda r: qty_text(r["qty_milli"]), align_right=True)],
            colour=_negative)
        self.trace = RowsModel([
            Column("at", lambda: self.tr("Time"), lambda r: moment_text(r["at"])),
            Column("kind", lambda: self.tr("Movement"), lambda r: label("movement", r["kind"])),
            Column("location", lambda: core_tr("Stock location"), lambda r: self._location_names.get(
                r["location_id"], "")),
            Column("qty", lambda: core_tr("Quantity"), lambda r: qty_text(r["qty_milli"]), align_right=True),
            Column("order", lambda: core_tr("Order"), lambda r: r["order_number"] or ""),
            Column("buyer", lambda: core_tr("Buyer"), lambda r: r["buyer_name"] or ""),
            Column("status", lambda: core_tr("Status"), lambda r: label("status", r["status"]))], colour=_negative)
        self.movements_view = rows_view(self.movements, "movements", 5)
        self.batches_view = rows_view(self.batches, "batches", 1)
        self.trace_view = rows_view(self.trace, "batch_trace", 5)
        self.batches_view.selectionModel().selectionChanged.connect(lambda *_: self.on_batch_selected())
        self.product_caption = named(QLabel(), "product_caption")
        self.trace_caption = named(QLabel(), "trace_caption")
        self.trace_caption.setWordWrap(True)
        batch_split = QSplitter(Qt.Orientation.Vertical)  # both lists get the full width
        batch_split.addWidget(self.batches_view)
        trace_box = QWidget()
        trace_layout = QVBoxLayout(trace_box)
        trace_layout.setContentsMargins(0, 0, 0, 0)
        trace_layout.addWidget(self.trace_caption)
        trace_layout.addWidget(self.trace_view, 1)
        batch_split.addWidget(trace_box)
        batch_split.setSizes([100, 180])
        self.details = named(QTabWidget(), "details")
        self.details.addTab(self.movements_view, "")
        self.details.addTab(batch_split, "")
        details_box = QWidget()
        details_layout = QVBoxLayout(details_box)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.product_caption)
        details_layout.addWidget(self.details, 1)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.removeWidget(self.table)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(details_box)
        split.setSizes([360, 330])
        layout.addWidget(self.banner)
        layout.addWidget(split, 1)

    # -- loading --------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Products now (an indexed query), quantities in the background (a scan of all movements)."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        super().reload()
        self.load_stock()

    def load_stock(self) -> None:
        self.ws.stock.ensure_default_location()
        threshold = int(self.ws.setting("low_stock_threshold") or 0)
        stock = self.ws.stock
        self.count_label.setText(self.tr("Loading stock…"))
        page_runner(self).submit(lambda: (group_on_hand(stock.on_hand()), stock.low_stock(threshold)),
                                 lambda result: self.on_stock_loaded(threshold, *result),
                                 lambda error: self.count_label.setText(str(error)))

    def on_stock_loaded(self, threshold: int, on_hand: OnHand, low: list[Row]) -> None:
        selected = self.selected_id()
        locations = self.ws.stock.locations()
        self._location_names = {row["id"]: row["name"] for row in locations}
        self.stock_model.set_snapshot(locations, on_hand, low, threshold)
        self.banner.setText(self.tr("⚠ %n product(s) below the low-stock warning level of %1. Tick “Low stock "
                                    "only” to see them.", "", len(low)).replace("%1", str(threshold)))
        self.banner.setVisible(bool(low))
        self.update_count()
        self._fit_headers()
        if selected:
            self.select_record(selected)
        self.show_product(self.selected_id())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def refresh_if(self, changes: Changes) -> None:
        if changes.stock or changes.products or changes.orders or changes.settings:
            self.reload()

    def on_low_only_toggled(self, checked: bool) -> None:
        self.stock_model.set_low_only(checked)
        self.update_count()
        self._fit_headers()

    def update_count(self) -> None:
        if self.stock_model.on_hand is None:
            self.count_label.setText(self.tr("Loading stock…"))
        else:
            self.count_label.setText(self.tr("%n product(s)", "", self.model.rowCount()))

    # -- details --------------------------------------------------------------------------------------

    def show_product(self, product_id: str | None) -> None:
        """Movements and batches of the selected product (its own few rows: indexed queries)."""
        self.trace.set_rows([])
        self.trace_caption.setText(self.tr("Select a batch to see where it went."))
        if not product_id:
            self.movements.set_rows([])
            self.batches.set_rows([])
            self.product_caption.setText(self.tr("Select a product to see its movements and batches."))
            return
        product = self.ws.product(product_id)
        batches = self.ws.stock.batches(product_id)
        self._batch_names = {row["id"]: row["batch_no"] or "—" for row in batches}
        self.batches.set_rows(batches)
        self.movements.set_rows(self.ws.stock.movements(product_id))
        self.product_caption.setText(f"<b>{product.sku}</b> · {product.display_name(LANGUAGE.lang)}")

    def on_batch_selected(self) -> None:
        rows = self.batches_view.selectionModel().selectedRows()
        if not rows:
            return
        batch = self.batches.row(rows[0].row())
        self.trace.set_rows(self.ws.stock.where_batch_went(batch["id"]))
        self.trace_caption.setText(self.tr("Where batch %1 went:").replace("%1", batch["batch_no"] or "—"))

    # -- actions --------------------------------------------------------------------------------------

    def on_new_clicked(self) -> None:
        self._open(ReceiveDialog(self.ws, self.selected_id() or "", self))

    def on_transfer_clicked(self) -> None:
        self._open(TransferDialog(self.ws, self.selected_id() or "", self))

    def on_adjust_clicked(self) -> None:
        self._open(AdjustDialog(self.ws, self.selected_id() or "", self))

    def on_edit_clicked(self) -> None:
        self.details.setCurrentIndex(0)

    def on_locations_clicked(self) -> None:
        dialog = LocationsDialog(self.ws, self)
        dialog.stock_changed.connect(self.changes_made)
        dialog.open()

    def _open(self, dialog: StockDialog) -> None:
        dialog.stock_changed.connect(self.changes_made)
        dialog.open()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search: product name, SKU or barcode"))
        self.low_only.setText(self.tr("Low stock only"))
        self.new_button.setText(self.tr("Receive goods…"))
        self.transfer_button.setText(self.tr("Transfer…"))
        self.adjust_button.setText(self.tr("Adjust…"))
        self.locations_button.setText(self.tr("Locations…"))
        if hasattr(self, "details"):
            self.details.setTabText(0, self.tr("Movements"))
            self.details.setTabText(1, self.tr("Batches and where they went"))
            for model in (self.movements, self.batches, self.trace):
                model.retranslate()
            self.show_product(self.selected_id())
        super().retranslate()
