"""Input widgets for picking records: a barcode scan field, a product search, a buyer combo."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QLineEdit, QVBoxLayout, QWidget

from heihe_desk.core.workspace import Workspace
from heihe_desk.ui.display import row_name
from heihe_desk.ui.translation import LANGUAGE

ID_ROLE = Qt.ItemDataRole.UserRole


class ScanEdit(QLineEdit):
    """A scanner types digits and Enter: Enter emits ``scanned`` and never presses a dialog's default button."""

    scanned = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            code = self.text().strip()
            if code:
                self.scanned.emit(code)
            event.accept()
            return
        super().keyPressEvent(event)


class ProductSearch(QLineEdit):
    """Search-as-you-type over the product master (name, SKU, barcode); picking one emits ``product_chosen``."""

    product_chosen = Signal(str)
    LIMIT = 30

    def __init__(self, ws: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws = ws
        self.results = QStandardItemModel(self)
        self.completer_ = QCompleter(self.results, self)
        self.completer_.setWidget(self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setMaxVisibleItems(12)
        self.completer_.activated.connect(self.on_result_activated)
        self._ids: dict[str, str] = {}  # suggestion text → product id (texts start with the unique SKU)
        self._debounce = QTimer(self, singleShot=True, interval=120)
        self._debounce.timeout.connect(self.search_now)
        self.textEdited.connect(lambda _: self._debounce.start())
        self.setClearButtonEnabled(True)

    def search_now(self) -> int:
        """Fill the suggestions for the current text and show them; returns how many were found."""
        self._debounce.stop()
        text = self.text().strip()
        self.results.clear()
        self._ids.clear()
        if not text:
            self._hide_popup()
            return 0
        rowids = self.ws.product_rowids(text)[:self.LIMIT]
        rows = self.ws.product_rows(rowids)
        for rowid in rowids:
            row = rows.get(rowid)
            if row:
                item = QStandardItem(f"{row['sku']}  ·  {row_name(row, LANGUAGE.lang)}")
                item.setData(row["id"], ID_ROLE)
                self._ids[item.text()] = row["id"]
                self.results.appendRow(item)
        if self.results.rowCount():
            self.completer_.complete()
        return self.results.rowCount()

    def on_result_activated(self, text: str) -> None:
        product_id = self._ids.get(text)
        if product_id:
            self.choose(product_id)

    def choose(self, product_id: str) -> None:
        self._hide_popup()
        self.clear()
        self.results.clear()
        self._ids.clear()
        self.product_chosen.emit(product_id)

    def _hide_popup(self) -> None:
        popup = self.completer_.popup()
        if popup is not None:
            popup.hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter takes the first suggestion (the popup, when open, handles its own Enter)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._debounce.isActive() or not self.results.rowCount():
                self.search_now()
            if self.results.rowCount():
                self.choose(str(self.results.item(0).data(ID_ROLE)))
            event.accept()
            return
        super().keyPressEvent(event)


class BuyerCombo(QComboBox):
    """An editable combo of buyers; typing any part of a name narrows the list (Chinese, Cyrillic, Latin)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)

    def set_buyers(self, buyers: list[tuple[str, str]]) -> None:
        """(id, name) pairs; keeps the chosen buyer if it is still among them."""
        current = self.buyer_id()
        self.blockSignals(True)
        self.clear()
        for buyer_id, name in buyers:
            self.addItem(name, buyer_id)
        found = self.findData(current) if current else -1
        self.setCurrentIndex(found)
        if found < 0:
            self.setEditText("")
        self.blockSignals(False)

    def set_buyer(self, buyer_id: str) -> None:
        self.setCurrentIndex(self.findData(buyer_id))

    def buyer_id(self) -> str:
        """The chosen buyer's id, or '' when the typed text names no buyer in the list."""
        text = self.currentText().strip()
        if not text:
            return ""
        if self.currentIndex() >= 0 and self.itemText(self.currentIndex()) == text:
            return str(self.itemData(self.currentIndex()))
        found = self.findText(text, Qt.MatchFlag.MatchFixedString)
        return str(self.itemData(found)) if found >= 0 else ""



def fill_combo(combo: QComboBox, items: list[tuple[str, str]]) -> None:
    """Replace a combo's (code, text) items, keeping the chosen code when it is still offered."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for code, text in items:
        combo.addItem(text, code)
    found = combo.findData(current) if current is not None else -1
    combo.setCurrentIndex(max(found, 0))
    combo.blockSignals(False)


def currency_items(ws: Workspace, codes: tuple[str, ...] = ("CNY", "RUB")) -> list[tuple[str, str]]:
    """The trade currencies as 'CNY 人民币' / 'RUB российский рубль' in the UI language."""
    names = {entry.code: entry.name(LANGUAGE.lang) for entry in ws.codes("currencies") if entry.code in codes}
    return [(code, f"{code}  {names.get(code, '')}".strip()) for code in codes]


def location_items(ws: Workspace) -> list[tuple[str, str]]:
    """Stock locations by name (every data folder has at least the shop)."""
    ws.stock.ensure_default_location()
    return [(row["id"], row["name"]) for row in ws.stock.locations()]


def partner_items(ws: Workspace, kind: str) -> list[tuple[str, str]]:
    """(id, name) of the partners of one kind, by name (buyers, suppliers, carriers: hundreds at most)."""
    rowids = ws.partner_rowids("", "name", False, kind)
    rows = ws.partner_rows(rowids)
    return [(rows[r]["id"], rows[r]["name"]) for r in rowids if r in rows]


class ProductField(QWidget):
    """A product input for forms: search (or scan) to choose, the choice shown beside the search box."""

    product_changed = Signal(str)

    def __init__(self, ws: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws = ws
        self.product_id = ""
        self.search = ProductSearch(ws)
        self.search.setObjectName("product_search")
        self.chosen = QLabel()
        self.chosen.setObjectName("product_chosen")
        self.chosen.setWordWrap(True)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(self.search)
        box.addWidget(self.chosen)
        self.search.product_chosen.connect(self.set_product)

    def set_product(self, product_id: str) -> None:
        self.product_id = product_id
        self.show_choice()
        self.product_changed.emit(product_id)

    def show_choice(self) -> None:
        if not self.product_id:
            self.chosen.setText("")
            return
        product = self.ws.product(self.product_id)
        self.chosen.setText(f"<b>{product.sku}</b> · {product.display_name(LANGUAGE.lang)}")
