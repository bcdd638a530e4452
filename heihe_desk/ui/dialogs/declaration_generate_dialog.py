"""Declare confirmed orders: pick them, see what blocks or warns (三单对碰, risks), then generate and queue."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication as App
from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from heihe_desk.core.domain.errors import Issue
from heihe_desk.core.locale.catalogue import issue_text
from heihe_desk.core.locale.formatting import minor_money
from heihe_desk.core.services.declaration_checks import OrderCheck
from heihe_desk.core.services.declarations import GenerateReport
from heihe_desk.core.workspace import Changes, Workspace
from heihe_desk.ui.dialogs.declaration_settings_dialog import DeclarationSettingsDialog
from heihe_desk.ui.display import day_text
from heihe_desk.ui.models.background_table import BackgroundTableModel
from heihe_desk.ui.models.lazy_table import Column
from heihe_desk.ui.pages.page_support import page_runner
from heihe_desk.ui.runner import Runner
from heihe_desk.ui.translation import LANGUAGE, core_tr
from heihe_desk.ui.widgets import named

BLOCK_COLOUR, WARN_COLOUR, OK_COLOUR = "#b00020", "#8a5300", "#1b6e20"


def order_columns() -> list[Column]:
    return [
        Column("number", lambda: App.translate("GenerateDialog", "Order"), lambda r: r["number"]),
        Column("order_date", lambda: core_tr("Order date"), lambda r: day_text(r["order_date"])),
        Column("buyer_name", lambda: core_tr("Buyer"), lambda r: r["buyer_name"]),
        Column("trade_mode", lambda: core_tr("Trade mode"), lambda r: r["trade_mode"]),
        Column("total", lambda: App.translate("GenerateDialog", "Total"),
               lambda r: minor_money(r["total"], r["currency"], LANGUAGE.lang), align_right=True),
    ]


def issue_html(check: OrderCheck, issue: Issue) -> str:
    """One issue in the user's language, with the product to fix when it is about a goods line."""
    text = html.escape(issue_text(issue, LANGUAGE.lang))
    sku = check.sku_of(issue)
    if sku:
        text += " — " + html.escape(App.translate("GenerateDialog", "fix product %1").replace("%1", sku))
    return f"<li>{text}</li>"


def report_html(checks: list[OrderCheck]) -> str:
    """The check result: settings once, then each order blocked, with warnings, or ready."""
    parts: list[str] = []
    settings: list[Issue] = []
    for check in checks:
        settings += [i for i in check.settings if i not in settings]
    if settings:
        parts.append(f'<p style="color:{BLOCK_COLOUR}"><b>' + html.escape(App.translate(
            "GenerateDialog", "Customs settings are missing or wrong (button “Settings…”):")) + "</b></p><ul>"
            + "".join(f"<li>{html.escape(issue_text(i, LANGUAGE.lang))}</li>" for i in settings) + "</ul>")
    for check in checks:
        if check.blocking:
            colour, head = BLOCK_COLOUR, App.translate("GenerateDialog", "%1: cannot be declared")
            items = check.blocking
        elif check.warnings:
            colour, head = WARN_COLOUR, App.translate("GenerateDialog", "%1: check these warnings")
            items = check.warnings
        elif check.ready:
            colour, head, items = OK_COLOUR, App.translate("GenerateDialog", "%1: ready"), []
        else:
            continue
        parts.append(f'<p style="color:{colour}"><b>{html.escape(head.replace("%1", check.order_no))}</b></p>')
        if items:
            parts.append("<ul>" + "".join(issue_html(check, i) for i in items) + "</ul>")
    return "".join(parts)


class GenerateDialog(QDialog):
    """Two steps on one screen: check the chosen orders, then declare those that may be declared."""

    changes_made = Signal(object)

    def __init__(self, ws: Workspace, parent: QWidget | None = None, runner: Runner | None = None):
        super().__init__(parent)
        self.setObjectName("GenerateDialog")
        self.ws = ws
        self.runner = runner or page_runner(parent or self)
        self.checks: list[OrderCheck] = []
        self.report: GenerateReport | None = None
        self._preselect: set[str] = set()
        self.model = BackgroundTableModel(order_columns(), self._query, ws.orders.rows, "order_date",
                                          lambda: self.runner, descending=True)
        self.model.rows_loaded.connect(self._apply_preselect)
        self._build()
        self.retranslate()
        self.resize(980, 760)
        self.model.resume()

    def _build(self) -> None:
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.search = named(QLineEdit(), "search")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda text: self.model.set_search(text))
        self.select_all = named(QPushButton(), "select_all")
        self.table = named(QTableView(), "orders")
        self.select_all.clicked.connect(self.table.selectAll)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((180, 100, 250, 140)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        self.check_button = named(QPushButton(), "check")
        self.check_button.clicked.connect(self.on_check_clicked)
        self.settings_button = named(QPushButton(), "settings")
        self.settings_button.clicked.connect(lambda: self.open_settings([]))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(160)
        self.busy.hide()
        self.result_view = named(QTextBrowser(), "result")
        self.accept_warnings = named(QCheckBox(), "accept_warnings")
        self.accept_warnings.toggled.connect(lambda _: self.update_buttons())
        self.declare_button = named(QPushButton(), "declare")
        self.declare_button.clicked.connect(self.on_declare_clicked)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.select_all)
        actions = QHBoxLayout()
        actions.addWidget(self.check_button)
        actions.addWidget(self.settings_button)
        actions.addWidget(self.busy)
        actions.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.accept_warnings, 1)
        bottom.addWidget(self.declare_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(self.table, 3)
        layout.addLayout(actions)
        layout.addWidget(self.result_view, 2)
        layout.addLayout(bottom)

    def _query(self, search: str, sort: str, descending: bool, filters: dict[str, Any]) -> list[int]:
        return self.ws.orders.rowids(status="confirmed", search=search, sort=sort, descending=descending)

    def selected_ids(self) -> list[str]:
        return [self.model.record_id(index.row()) for index in self.table.selectionModel().selectedRows()]

    def select_orders(self, order_ids: list[str]) -> None:
        """Select these orders (e.g. the order of a rejected declaration, to declare it again)."""
        self._preselect = set(order_ids)
        if not self.model.loading:
            self._apply_preselect()

    def _apply_preselect(self) -> None:
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in range(min(self.model.rowCount(), 5000)):
            if self.model.record_id(row) in self._preselect:
                self.table.selectionModel().select(self.model.index(row, 0), flags)
        self._preselect = set()

    # -- steps ------------------------------------------------------------------------------------------

    def on_check_clicked(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        self._busy(True)
        self.runner.submit(lambda: self.ws.declarations.check_orders(ids), self._on_checked, self._on_failed)

    def _on_checked(self, checks: list[OrderCheck]) -> None:
        self._busy(False)
        self.checks = checks
        self.report = None
        self.result_view.setHtml(report_html(checks))
        self.update_buttons()
        settings = [i for c in checks for i in c.settings]
        if settings:
            self.open_settings(settings)

    def open_settings(self, issues: list[Issue]) -> None:
        """The settings dialog, with the missing values marked; after saving, the check runs again."""
        dialog = DeclarationSettingsDialog(self.ws, self, issues=issues or None)
        dialog.settings_saved.connect(lambda changes: self._after_settings(changes))
        dialog.open()

    def _after_settings(self, changes: Changes) -> None:
        self.changes_made.emit(changes)
        if self.checks:
            self.on_check_clicked()

    def ready_checks(self) -> list[OrderCheck]:
        return [c for c in self.checks if c.ready and (self.accept_warnings.isChecked() or not c.warnings)]

    def on_declare_clicked(self) -> None:
        checks = self.ready_checks()
        if not checks:
            return
        accept = self.accept_warnings.isChecked()
        self._busy(True)
        self.runner.submit(lambda: self.ws.declarations.store(checks, accept_warnings=accept), self._on_declared,
                           self._on_failed)

    def _on_declared(self, report: GenerateReport) -> None:
        self._busy(False)
        self.report = report
        declared = {c.order_id for c in report.declared}
        self.checks = [c for c in self.checks if c.order_id not in declared]
        done = self.tr("%n order(s) declared; their messages are queued for sending.", "", len(report.declared))
        self.result_view.setHtml(f'<p style="color:{OK_COLOUR}"><b>{html.escape(done)}</b></p>'
                            + report_html(report.refused))
        self.model.refresh()
        self.update_buttons()
        self.changes_made.emit(Changes(orders=True, declarations=True))

    def _on_failed(self, error: Exception) -> None:
        self._busy(False)
        self.result_view.setHtml(f'<p style="color:{BLOCK_COLOUR}">{html.escape(str(error))}</p>')

    def _busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for button in (self.check_button, self.declare_button):
            button.setEnabled(not busy)

    def update_buttons(self) -> None:
        self.check_button.setEnabled(bool(self.table.selectionModel().selectedRows()))
        warned = any(c.ready and c.warnings for c in self.checks)
        self.accept_warnings.setVisible(warned)
        count = len(self.ready_checks())
        self.declare_button.setText(self.tr("Declare %n order(s)", "", count))
        self.declare_button.setEnabled(count > 0)

    # -- language ---------------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Declare orders"))
        self.intro.setText(self.tr(
            "Confirmed orders waiting for their list declaration. Select one or more (Ctrl or Shift for several), "
            "press “Check”: the order, payment and waybill are compared and the risk rules applied. Nothing is "
            "sent before you press “Declare”."))
        self.search.setPlaceholderText(self.tr("Search: order number or buyer"))
        self.select_all.setText(self.tr("Select all"))
        self.check_button.setText(self.tr("Check"))
        self.settings_button.setText(self.tr("Settings…"))
        self.accept_warnings.setText(self.tr("I have read the warnings: declare those orders too"))
        self.close_button.setText(self.tr("Close"))
        self.model.retranslate()
        if self.checks:
            self.result_view.setHtml(report_html(self.checks))
        self.update_buttons()
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
