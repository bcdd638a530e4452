"""The lines of the order being edited: product, quantity and unit price per line, amounts and totals live."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from heihe_desk.core.domain.money import from_minor, parse_decimal, to_minor
from heihe_desk.core.domain.order import Totals, line_amount, order_totals, parse_quantity
from heihe_desk.core.domain.product import Product
from heihe_desk.core.locale.formatting import amount
from heihe_desk.ui.display import qty_input, qty_text, row_name
from heihe_desk.ui.models.lazy_table import Index
from heihe_desk.ui.translation import LANGUAGE, core_tr

COLUMNS = ("line_no", "sku", "name", "quantity", "unit_price", "amount")
EDITABLE = {"quantity", "unit_price"}
PROBLEM = QColor("#fde2e4")


@dataclass(frozen=True)
class Line:
    """One line as typed: quantity and price are the user's text until the core accepts them."""

    product_id: str
    sku: str
    names: tuple[str, str, str]      # zh, ru, en
    quantity: str = "1"
    unit_price: str = ""
    price_cny: int | None = None     # the product's catalogue prices, to re-price on a currency change
    price_rub: int | None = None
    batch_id: str = ""

    def catalogue_price(self, currency: str) -> str:
        minor = {"CNY": self.price_cny, "RUB": self.price_rub}.get(currency)
        return "" if minor is None else str(from_minor(minor, currency))


def line_from_product(product: Product, currency: str) -> Line:
    line = Line(product.id, product.sku, (product.name_zh, product.name_ru, product.name_en),
                price_cny=product.price_cny, price_rub=product.price_rub)
    return replace(line, unit_price=line.catalogue_price(currency))


def line_from_row(row: dict[str, Any], currency: str, product: Product | None = None) -> Line:
    """A stored order line (minor units, thousandths) as an editable line."""
    return Line(row["product_id"], row["sku"], (row["name_zh"], row["name_ru"], row["name_en"]),
                qty_input(row["qty_milli"]), str(from_minor(row["unit_price"], currency)),
                product.price_cny if product else None, product.price_rub if product else None, row["batch_id"])


class OrderLinesModel(QAbstractTableModel):
    """Editable quantity and unit price; the amount column and totals use the domain's one rounding rule."""

    def __init__(self, currency: str = "CNY", read_only: bool = False):
        super().__init__()
        self.lines: list[Line] = []
        self.currency = currency
        self.read_only = read_only
        self._problems: set[tuple[int, str]] = set()

    # -- editing ----------------------------------------------------------------------------------------

    def add_product(self, product: Product) -> int:
        """Add a line for the product, or one more of it if it is already on the order; returns the row."""
        for row, line in enumerate(self.lines):
            if line.product_id == product.id and not line.batch_id:
                try:
                    more = parse_quantity(line.quantity) + 1000
                except (ValueError, ArithmeticError):
                    more = 1000
                self._replace(row, replace(line, quantity=qty_input(more)))
                return row
        self.beginInsertRows(QModelIndex(), len(self.lines), len(self.lines))
        self.lines.append(line_from_product(product, self.currency))
        self.endInsertRows()
        return len(self.lines) - 1

    def set_lines(self, lines: list[Line]) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self._problems.clear()
        self.endResetModel()

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.lines):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.lines[row]
            self.endRemoveRows()
            self._problems.clear()

    def set_currency(self, currency: str) -> None:
        """Prices follow the order currency: each line takes its product's price in the new currency."""
        if currency == self.currency:
            return
        self.currency = currency
        for row, line in enumerate(self.lines):
            self._replace(row, replace(line, unit_price=line.catalogue_price(currency)))

    def _replace(self, row: int, line: Line) -> None:
        self.lines[row] = line
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def mark_problems(self, fields: set[str]) -> None:
        """Highlight the cells the core complained about ('lines[1].quantity' → row 1, quantity)."""
        self._problems = set()
        for field in fields:
            if field.startswith("lines[") and "]." in field:
                row, key = field[6:].split("].", 1)
                if row.isdigit():
                    self._problems.add((int(row), "name" if key == "product_id" else key))
        if self.lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.lines) - 1, len(COLUMNS) - 1))

    # -- reading ----------------------------------------------------------------------------------------

    def core_lines(self) -> list[dict[str, str]]:
        """The lines as ws.orders.save_draft takes them."""
        return [{"product_id": ln.product_id, "quantity": ln.quantity, "unit_price": ln.unit_price,
                 "batch_id": ln.batch_id} for ln in self.lines]

    def parsed(self, line: Line) -> tuple[int, int] | None:
        """(qty_milli, unit price in minor units) when both are valid, else None."""
        try:
            return parse_quantity(line.quantity), to_minor(parse_decimal(line.unit_price), self.currency)
        except (ValueError, ArithmeticError):
            return None

    def totals(self, freight: int = 0, insurance: int = 0, discount: int = 0) -> Totals:
        """Totals of the valid lines (an invalid line counts as nothing until it is fixed)."""
        pairs = [p for p in (self.parsed(ln) for ln in self.lines) if p is not None]
        return order_totals(pairs, freight, insurance, discount)

    # -- Qt model API -----------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.read_only and COLUMNS[index.column()] in EDITABLE:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line, key = self.lines[index.row()], COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(index.row(), line, key, role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("line_no", "quantity", "unit_price", "amount"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and (index.row(), key) in self._problems:
            return PROBLEM
        return None

    def _text(self, row: int, line: Line, key: str, editing: bool) -> str:
        if key == "line_no":
            return str(row + 1)
        if key == "sku":
            return line.sku
        if key == "name":
            zh, ru, en = line.names
            return row_name({"name_zh": zh, "name_ru": ru, "name_en": en}, LANGUAGE.lang)
        parsed = self.parsed(line)
        if key in ("quantity", "unit_price"):
            value: str = getattr(line, key)
            if editing or parsed is None:
                return value  # the typed text, to edit or to fix
            return qty_text(parsed[0]) if key == "quantity" else amount(parsed[1], self.currency, LANGUAGE.lang)
        return amount(line_amount(*parsed), self.currency, LANGUAGE.lang) if parsed else "—"

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        key = COLUMNS[index.column()]
        if role != Qt.ItemDataRole.EditRole or key not in EDITABLE or self.read_only:
            return False
        self._problems.discard((index.row(), key))
        line = self.lines[index.row()]
        text = str(value).strip()
        changed = replace(line, quantity=text) if key == "quantity" else replace(line, unit_price=text)
        self._replace(index.row(), changed)
        return True

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        key = COLUMNS[section]
        if key == "line_no":
            return "#"
        if key == "sku":
            return core_tr("SKU")
        if key == "name":
            return core_tr("Product")
        if key == "quantity":
            return core_tr("Quantity")
        if key == "unit_price":
            return f"{core_tr('Unit price')} ({self.currency})"
        return f"{core_tr('Amount')} ({self.currency})"

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.lines) - 1, len(COLUMNS) - 1))
