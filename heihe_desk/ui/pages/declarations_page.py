"""Customs declarations: the messages generated and queued, their customs status, and every declaration action."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication as App
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QHideEvent, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from heihe_desk.core.services.declaration_replies import reason_text
from heihe_desk.core.services.declaration_store import MESSAGE_LABELS, MESSAGE_TYPES, STATUS_TEXTS, status_text
from heihe_desk.core.workspace import Changes, Workspace
from heihe_desk.ui import declaration_actions as actions
from heihe_desk.ui.date_range import DateRange
from heihe_desk.ui.dialogs.declaration_generate_dialog import GenerateDialog
from heihe_desk.ui.dialogs.declaration_settings_dialog import DeclarationSettingsDialog
from heihe_desk.ui.dialogs.declaration_summary_dialog import SummaryDialog
from heihe_desk.ui.dialogs.declaration_view_dialog import DeclarationViewDialog
from heihe_desk.ui.display import MUTED, NEGATIVE, moment_text
from heihe_desk.ui.models.background_table import BackgroundTableModel
from heihe_desk.ui.models.lazy_table import Column, Row
from heihe_desk.ui.pages.master_page import MasterPage
from heihe_desk.ui.pages.page_support import page_runner
from heihe_desk.ui.translation import LANGUAGE, core_tr
from heihe_desk.ui.widgets import named

PROBLEMS = ("rejected", "send_failed", "error")
DONE = ("released", "closed", "summarised")
GOOD = QColor("#1b6e20")


def _sync(row: Row) -> str:
    state = row.get("sync_state")
    if state == "pending":
        return App.translate("DeclarationsPage", "waiting to be sent")
    if state == "acked":
        return App.translate("DeclarationsPage", "with the platform")
    if state == "rejected":
        return App.translate("DeclarationsPage", "refused by the platform")
    return "—"


def _kind(row: Row) -> str:
    return f"{row['message_type']} {core_tr(MESSAGE_LABELS.get(row['message_type'], ''))}".strip()


def _said(row: Row) -> str:
    """Customs' words: always for a problem (translated when the reason is known), else only when we know them."""
    text = reason_text(row["message_type"], row["status_text"], LANGUAGE.lang)
    return text if row["status"] in PROBLEMS or text != row["status_text"] else ""


def declaration_columns() -> list[Column]:
    return [
        Column("created_at", lambda: App.translate("DeclarationsPage", "Created"),
               lambda r: moment_text(r["created_at"])),
        Column("message_type", lambda: App.translate("DeclarationsPage", "Message"), _kind),
        Column("order_no", lambda: App.translate("DeclarationsPage", "Order or summary"), lambda r: r["order_no"]),
        Column("status", lambda: core_tr("Status"), lambda r: core_tr(status_text(r["status"]))),
        Column("sync", lambda: App.translate("DeclarationsPage", "Sending"), _sync, sortable=False),
        Column("status_text", lambda: App.translate("DeclarationsPage", "Customs said"), _said, sortable=False),
    ]


def _colour(row: Row, key: str) -> QColor | None:
    if key == "status":
        if row["status"] in PROBLEMS:
            return NEGATIVE
        if row["status"] in DONE:
            return GOOD
        if row["status"] == "queued":
            return MUTED
    if key == "sync" and row.get("sync_state") == "rejected":
        return NEGATIVE
    return None


class DeclarationsPage(MasterPage):
    """Lists are loaded on the runner (200k orders make many messages); actions act on the selection."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None):
        self.status_filter = named(QComboBox(), "status_filter")
        self.type_filter = named(QComboBox(), "type_filter")
        for combo in (self.status_filter, self.type_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
        self.dates = named(DateRange(), "dates")
        model = BackgroundTableModel(declaration_columns(), self._query, ws.declarations.rows, "created_at",
                                     lambda: page_runner(self), descending=True, colour=_colour)
        super().__init__(ws, model, parent)
        self.setObjectName("DeclarationsPage")
        self.bg_model = model
        model.rows_loaded.connect(self.on_rows_loaded)
        model.load_failed.connect(lambda error: self.count_label.setText(str(error)))
        for button in (self.new_button, self.edit_button, self.delete_button):
            button.hide()
        for widget in (self.status_filter, self.type_filter, self.dates):
            self.filters.addWidget(widget)
        self.status_filter.currentIndexChanged.connect(lambda _: self.on_filters_changed())
        self.type_filter.currentIndexChanged.connect(lambda _: self.on_filters_changed())
        self.dates.range_changed.connect(self.on_filters_changed)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self._build_actions()
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        for column, width in enumerate((130, 235, 200, 170, 160)):
            self.table.setColumnWidth(column, width)
        self.retranslate()
        self.update_actions()

    def _build_actions(self) -> None:
        names = ("generate", "summary", "import_replies", "open", "validate", "export", "pdf_copy", "settings")
        self.buttons = {name: named(QPushButton(), name) for name in names}
        handlers = {"generate": lambda: self.on_new_clicked(), "summary": self.on_summary_clicked,
                    "import_replies": self.on_import_clicked, "open": self.on_edit_clicked,
                    "validate": self.on_validate_clicked, "export": self.on_export_clicked,
                    "pdf_copy": self.on_copy_clicked, "settings": self.on_settings_clicked}
        row = QHBoxLayout()
        for name in names:
            self.buttons[name].clicked.connect(handlers[name])
            row.addWidget(self.buttons[name])
            if name in ("import_replies", "pdf_copy"):
                row.addSpacing(16)
        row.addStretch(1)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(1, row)

    # -- loading --------------------------------------------------------------------------------------

    def _query(self, search: str, sort: str, descending: bool, filters: dict[str, Any]) -> list[int]:
        """Runs on the runner: reads only its arguments, never a widget."""
        return self.ws.declarations.rowids(search=search, sort=sort, descending=descending, **filters)

    def current_filters(self) -> dict[str, Any]:
        date_from, date_to = self.dates.bounds()
        return {"status": self.status_filter.currentData() or None,
                "message_type": self.type_filter.currentData() or None, "date_from": date_from, "date_to": date_to}

    def on_filters_changed(self) -> None:
        self.bg_model.set_filters(self.current_filters())
        self.update_count()

    def on_rows_loaded(self) -> None:
        self.update_count()
        self.update_actions()

    def refresh_if(self, changes: Changes) -> None:
        if changes.declarations or changes.orders:
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        self.bg_model.filters = self.current_filters()
        self.bg_model.resume()
        self.update_count()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.bg_model.pause()
        super().hideEvent(event)

    def update_count(self) -> None:
        if self.bg_model.loading or self.bg_model.paused:
            self.count_label.setText(self.tr("Loading…"))
        else:
            self.count_label.setText(self.tr("%n message(s)", "", self.model.rowCount()))

    # -- selection ------------------------------------------------------------------------------------

    def selected_rows(self) -> list[Row]:
        return [self.model.row(index.row()) for index in self.table.selectionModel().selectedRows()]

    def current_row(self) -> Row | None:
        rows = self.selected_rows()
        return rows[0] if rows else None

    def update_actions(self) -> None:
        rows = self.selected_rows()
        one = rows[0] if len(rows) == 1 else None
        self.buttons["open"].setEnabled(one is not None)
        self.buttons["validate"].setEnabled(one is not None)
        self.buttons["export"].setEnabled(bool(rows))
        self.buttons["pdf_copy"].setEnabled(one is not None and one["message_type"] == "CEB603")

    # -- actions --------------------------------------------------------------------------------------

    def _after(self, changes: Changes) -> None:
        self.changes_made.emit(changes)

    def on_new_clicked(self, order_ids: list[str] | None = None) -> None:
        dialog = GenerateDialog(self.ws, self, page_runner(self))
        dialog.changes_made.connect(self._after)
        if order_ids:
            dialog.select_orders(order_ids)
        dialog.open()

    def on_edit_clicked(self) -> None:
        row = self.current_row()
        if row is None:
            return
        dialog = DeclarationViewDialog(self.ws, row["id"], self)
        dialog.declare_again.connect(lambda order_id: self.on_new_clicked([order_id]))
        dialog.open()

    def on_summary_clicked(self) -> None:
        dialog = SummaryDialog(self.ws, self, page_runner(self))
        dialog.changes_made.connect(self._after)
        dialog.open()

    def on_import_clicked(self) -> None:
        actions.import_replies(self, self.ws, page_runner(self), self._after)

    def on_validate_clicked(self) -> None:
        row = self.current_row()
        if row is not None:
            actions.revalidate(self, self.ws, row["id"])

    def on_export_clicked(self) -> None:
        actions.export_messages(self, self.ws, page_runner(self), [r["id"] for r in self.selected_rows()])

    def on_copy_clicked(self) -> None:
        row = self.current_row()
        if row is not None and row["order_id"]:
            actions.open_copy(self, self.ws, page_runner(self), row["order_id"])

    def on_settings_clicked(self) -> None:
        dialog = DeclarationSettingsDialog(self.ws, self)
        dialog.settings_saved.connect(self._after)
        dialog.open()

    # -- language -------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search: order number, document number or guid"))
        texts = {"generate": self.tr("Declare orders…"), "summary": self.tr("Summary…"),
                 "import_replies": self.tr("Import replies…"), "open": self.tr("Open"),
                 "validate": self.tr("Validate again"), "export": self.tr("Export…"),
                 "pdf_copy": self.tr("PDF copy"), "settings": self.tr("Settings…")}
        for name, button in self.buttons.items():
            button.setText(texts[name])
        statuses = [(code, core_tr(text)) for code, text in STATUS_TEXTS.items() if code != "unknown"]
        kinds = [(code, f"{code} {core_tr(MESSAGE_LABELS[code])}") for code in MESSAGE_TYPES]
        for combo, everything, items in ((self.status_filter, self.tr("All statuses"), statuses),
                                         (self.type_filter, self.tr("All messages"), kinds)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, "")
            for code, text in items:
                combo.addItem(text, code)
            combo.setCurrentIndex(max(combo.findData(current or ""), 0))
            combo.blockSignals(False)
        super().retranslate()
