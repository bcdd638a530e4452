"""The product master list: instant search over names, SKU, barcode and HS code at 100k products."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QWidget

from heihe_desk.core.domain.product import LABELS
from heihe_desk.core.locale.formatting import minor_money
from heihe_desk.core.workspace import Changes, Workspace
from heihe_desk.ui.dialogs.product_dialog import ProductDialog
from heihe_desk.ui.dialogs.record_form import RecordForm
from heihe_desk.ui.models.lazy_table import Column, LazyTableModel
from heihe_desk.ui.pages.master_page import EditorPage
from heihe_desk.ui.translation import LANGUAGE, core_tr
from heihe_desk.ui.widgets import named


def _label(key: str) -> Column:
    return Column(key, lambda: core_tr(LABELS[key]), lambda row: str(row.get(key) or ""))


def _price(key: str, currency: str) -> Column:
    return Column(key, lambda: core_tr(LABELS[key]),
                  lambda row: minor_money(row.get(key), currency, LANGUAGE.lang), align_right=True)


def product_columns() -> list[Column]:
    return [
        _label("sku"), _label("name_zh"), _label("name_ru"), _label("name_en"), _label("barcode"),
        _label("hs_code"), _label("category"), _price("price_cny", "CNY"), _price("price_rub", "RUB"),
        Column("active", lambda: core_tr(LABELS["active"]), lambda row: "✓" if row.get("active") else "",
               sortable=False),
    ]


class ProductsPage(EditorPage):
    def __init__(self, ws: Workspace, parent: QWidget | None = None):
        self.active_only = named(QCheckBox(), "active_only")
        model = LazyTableModel(
            product_columns(),
            lambda search, sort, desc: ws.product_rowids(search, sort, desc, self.active_only.isChecked()),
            ws.product_rows, default_sort="sku")
        super().__init__(ws, model, parent)
        self.setObjectName("ProductsPage")
        self.filters.addWidget(self.active_only)
        self.active_only.toggled.connect(lambda _: self.reload())
        self.table.setColumnWidth(1, 220)
        self.table.setColumnWidth(2, 240)
        self.table.setColumnWidth(3, 200)
        self.retranslate()
        self.reload_when_visible()

    def refresh_if(self, changes: Changes) -> None:
        if changes.products:
            self.reload_when_visible()

    def make_editor(self, record_id: str | None) -> RecordForm:
        return ProductDialog(self.ws, record_id, self)

    def delete_question(self) -> str:
        return self.tr("Delete the selected product? Orders and documents that use it keep their copy.")

    def delete_record(self, record_id: str) -> None:
        self.changes_made.emit(self.ws.delete_product(record_id))

    def update_count(self) -> None:
        self.count_label.setText(self.tr("%n product(s)", "", self.model.rowCount()))

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search: name (中文 / русский / English), SKU, barcode, HS code"))
        self.active_only.setText(self.tr("Active only"))
        self.new_button.setText(self.tr("New product"))
        self.edit_button.setText(self.tr("Edit"))
        self.delete_button.setText(self.tr("Delete"))
        super().retranslate()
