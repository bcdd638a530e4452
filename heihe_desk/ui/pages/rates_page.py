"""Exchange rates: the table of rates with date, pair and source, and a form to add the day's rate."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication as App
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QDateEdit, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from heihe_desk.core.domain.errors import ValidationError
from heihe_desk.core.workspace import Changes, Workspace
from heihe_desk.ui.dialogs.issue_form import IssueForm
from heihe_desk.ui.display import day_text, moment_text, rate_text
from heihe_desk.ui.models.lazy_table import Column, LazyTableModel, Row
from heihe_desk.ui.pages.master_page import MasterPage
from heihe_desk.ui.pickers import currency_items, fill_combo
from heihe_desk.ui.translation import core_tr
from heihe_desk.ui.widgets import named

CURRENCIES = ("CNY", "RUB", "USD", "EUR")
SORT_KEYS: dict[str, Callable[[Row], Any]] = {
    "rate_date": lambda r: (r["rate_date"], r["created_at"]), "pair": lambda r: (r["base"], r["quote"]),
    "rate": lambda r: Decimal(r["rate"]), "source": lambda r: r["source"], "created_at": lambda r: r["created_at"],
}


def _inverse(row: Row) -> str:
    rate = Decimal(row["rate"])
    return rate_text((1 / rate).quantize(Decimal("1e-6")).normalize()) if rate else ""


def _source(row: Row) -> str:
    if row["source"] == "platform":
        return App.translate("RatesPage", "From the platform")
    return App.translate("RatesPage", "Entered by hand")


def rate_columns() -> list[Column]:
    return [
        Column("rate_date", lambda: core_tr("Rate date"), lambda r: day_text(r["rate_date"])),
        Column("pair", lambda: App.translate("RatesPage", "Pair"), lambda r: f"{r['base']} → {r['quote']}"),
        Column("rate", lambda: core_tr("Exchange rate"),
               lambda r: f"1 {r['base']} = {rate_text(r['rate'])} {r['quote']}", align_right=True),
        Column("inverse", lambda: App.translate("RatesPage", "Inverse"),
               lambda r: f"1 {r['quote']} = {_inverse(r)} {r['base']}", align_right=True, sortable=False),
        Column("source", lambda: App.translate("RatesPage", "Source"), _source),
        Column("created_at", lambda: App.translate("RatesPage", "Recorded"), lambda r: moment_text(r["created_at"])),
    ]


class RatesPage(MasterPage):
    """Rates are facts: a wrong rate is corrected by entering a newer one, never by editing."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None):
        self.rows: list[Row] = []
        model = LazyTableModel(rate_columns(), self._query, lambda ids: {i: self.rows[i] for i in ids},
                               default_sort="rate_date")
        super().__init__(ws, model, parent)
        self.setObjectName("RatesPage")
        self._stale = True
        for button in (self.new_button, self.edit_button, self.delete_button):
            button.hide()
        self._build_form()
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        for column, width in enumerate((110, 110, 200, 220, 150)):
            self.table.setColumnWidth(column, width)
        self.retranslate()

    def _build_form(self) -> None:
        self.box = named(QGroupBox(), "new_rate")
        self.form = IssueForm(columns=4)
        self.rate_date = named(QDateEdit(QDate.currentDate()), "rate_date")
        self.rate_date.setCalendarPopup(True)
        self.base = named(QComboBox(), "base")
        self.quote = named(QComboBox(), "quote")
        self.rate = named(QLineEdit(placeholderText="12.45"), "rate")
        self.rate.returnPressed.connect(self.on_add_clicked)
        self.form.add("rate_date", lambda: core_tr("Rate date"), self.rate_date, 0)
        self.form.add("base", lambda: self.tr("1 unit of"), self.base, 1)
        self.form.add("quote", lambda: self.tr("costs, in"), self.quote, 2)
        self.form.add("rate", lambda: core_tr("Exchange rate"), self.rate, 3)
        self.add_button = named(QPushButton(), "add_rate")
        self.add_button.clicked.connect(self.on_add_clicked)
        self.hint = named(QLabel(), "rate_hint")
        self.hint.setWordWrap(True)
        row = QHBoxLayout(self.box)
        row.addWidget(self.form, 1)
        row.addWidget(self.add_button)
        layout = self.layout()
        assert layout is not None
        layout.addWidget(self.box)
        layout.addWidget(self.hint)

    def _query(self, search: str, sort: str, descending: bool) -> list[int]:
        needle = search.strip().upper()
        hits = [i for i, r in enumerate(self.rows)
                if not needle or needle in f"{r['rate_date']} {r['base']}/{r['quote']} {r['base']}{r['quote']}"]
        key = SORT_KEYS.get(sort, SORT_KEYS["rate_date"])
        return sorted(hits, key=lambda i: key(self.rows[i]), reverse=descending)

    def reload(self) -> None:
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self.rows = self.ws.rates.rows()
        super().reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def refresh_if(self, changes: Changes) -> None:
        if changes.rates:
            self.reload()

    def data(self) -> dict[str, Any]:
        return {"rate_date": self.rate_date.date().toString("yyyy-MM-dd"), "base": self.base.currentData(),
                "quote": self.quote.currentData(), "rate": self.rate.text().strip()}

    def on_add_clicked(self) -> None:
        try:
            self.ws.rates.add(self.data())
        except ValidationError as error:
            self.form.show_issues(error.issues)
            return
        self.form.clear_issues()
        self.rate.clear()
        self.changes_made.emit(Changes(rates=True))

    def on_new_clicked(self) -> None:
        self.rate.setFocus()

    def on_edit_clicked(self) -> None:
        """Rates are never edited; a newer rate replaces an older one."""

    def update_count(self) -> None:
        self.count_label.setText(self.tr("%n rate(s)", "", self.model.rowCount()))

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search: currency (RUB) or date (2026-03)"))
        self.box.setTitle(self.tr("New rate"))
        self.add_button.setText(self.tr("Add rate"))
        self.hint.setText(self.tr("Enter the rate you actually used, e.g. 1 CNY = 12.45 RUB. The newest rate on or "
                                  "before a payment's date is offered for it; the reverse pair is worked out."))
        self.form.retranslate()
        items = currency_items(self.ws, CURRENCIES)
        fill_combo(self.base, items)
        fill_combo(self.quote, items)
        if self.quote.currentData() == self.base.currentData():
            self.quote.setCurrentIndex(self.quote.findData("RUB"))
        super().retranslate()
