"""Summary declaration (CEB701) of a period: show which released lists it will name, then generate and queue it."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from heihe_desk.core.customs import DeclarationError, SummaryRequest
from heihe_desk.core.locale.catalogue import issue_text
from heihe_desk.core.services.declaration_summary import SummaryPreview
from heihe_desk.core.workspace import Changes, Workspace
from heihe_desk.ui.pages.page_support import page_runner
from heihe_desk.ui.runner import Runner
from heihe_desk.ui.translation import LANGUAGE
from heihe_desk.ui.widgets import named

ERROR, DONE = "#b00020", "#1b6e20"


class SummaryDialog(QDialog):
    changes_made = Signal(object)

    def __init__(self, ws: Workspace, parent: QWidget | None = None, runner: Runner | None = None):
        super().__init__(parent)
        self.setObjectName("SummaryDialog")
        self.ws = ws
        self.runner = runner or page_runner(parent or self)
        self.preview: SummaryPreview | None = None
        today = QDate.currentDate()
        first = QDate(today.year(), today.month(), 1).addMonths(-1)
        self.start = named(QDateEdit(first), "start")
        self.end = named(QDateEdit(first.addMonths(1).addDays(-1)), "end")
        for picker in (self.start, self.end):
            picker.setCalendarPopup(True)
            picker.dateChanged.connect(lambda _: self._forget_plan())
        self.cop_no = named(QLineEdit(), "cop_no")
        self.flag = named(QComboBox(), "summary_flag")
        self.by_name = named(QCheckBox(), "by_item_name")
        self.by_name.setChecked(True)
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(4)]
        period_box = QWidget()
        period = QHBoxLayout(period_box)
        period.setContentsMargins(0, 0, 0, 0)
        period.addWidget(self.start)
        period.addWidget(QLabel("–"))
        period.addWidget(self.end)
        period.addStretch(1)
        fields: tuple[QWidget, ...] = (period_box, self.cop_no, self.flag, self.by_name)
        for label, field in zip(self.labels, fields, strict=True):
            self.form.addRow(label, field)
        self.plan_button = named(QPushButton(), "plan")
        self.plan_button.clicked.connect(self.on_plan_clicked)
        self.generate_button = named(QPushButton(), "generate")
        self.generate_button.clicked.connect(self.on_generate_clicked)
        self.generate_button.setEnabled(False)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        self.result_view = named(QTextBrowser(), "plan_text")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.plan_button)
        buttons.addWidget(self.generate_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.result_view, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self.resize(760, 600)

    def request(self) -> SummaryRequest:
        start = date.fromisoformat(self.start.date().toString("yyyy-MM-dd"))
        end = date.fromisoformat(self.end.date().toString("yyyy-MM-dd"))
        return self.ws.declarations.summary_request(start, end, self.cop_no.text(), str(self.flag.currentData()),
                                                    self.by_name.isChecked())

    def _forget_plan(self) -> None:
        self.preview = None
        self.generate_button.setEnabled(False)

    def on_plan_clicked(self) -> None:
        request = self.request()
        self.runner.submit(lambda: self.ws.declarations.plan_summary(request), self._show_plan, self._show_error)

    def _show_plan(self, preview: SummaryPreview) -> None:
        self.preview = preview
        self.cop_no.setPlaceholderText(preview.request.cop_no)
        parts = []
        for group in preview.plan.groups:
            head = self.tr("%1: %n list(s) — customs office %2, consignor %3, declaring enterprise %4", "",
                           len(group.invt_nos))
            head = (head.replace("%1", group.cop_no).replace("%2", group.customs_code)
                    .replace("%3", f"{group.ebc_name} ({group.ebc_code})")
                    .replace("%4", f"{group.agent_name} ({group.agent_code})"))
            parts.append(f"<p><b>{html.escape(head)}</b><br>{html.escape(', '.join(group.invt_nos))}</p>")
        if not preview.plan.groups:
            parts.append(f'<p style="color:{ERROR}">' + html.escape(self.tr(
                "No released list with summary declaration (B) falls in this period.")) + "</p>")
        if preview.plan.skipped:
            parts.append("<p><b>" + html.escape(self.tr("Left out:")) + "</b></p><ul>" + "".join(
                f"<li>{html.escape(issue_text(i, LANGUAGE.lang))}</li>" for i in preview.plan.skipped) + "</ul>")
        if preview.already_summarised:
            parts.append("<p>" + html.escape(self.tr("%n list(s) of this period are in an earlier summary and are "
                                                     "left out.", "", len(preview.already_summarised))) + "</p>")
        self.result_view.setHtml("".join(parts))
        self.generate_button.setEnabled(bool(preview.plan.groups))

    def on_generate_clicked(self) -> None:
        request = self.preview.request if self.preview else self.request()
        self.generate_button.setEnabled(False)
        self.runner.submit(lambda: self.ws.declarations.generate_summary(request), self._on_generated,
                           self._show_error)

    def _on_generated(self, ids: list[str]) -> None:
        text = self.tr("%n summary message(s) generated and queued for sending.", "", len(ids))
        self.result_view.append(f'<p style="color:{DONE}"><b>{html.escape(text)}</b></p>')
        self.preview = None
        self.changes_made.emit(Changes(declarations=True))

    def _show_error(self, error: Exception) -> None:
        if isinstance(error, DeclarationError):
            text = "<br>".join(html.escape(issue_text(i, LANGUAGE.lang)) for i in error.issues)
        else:
            text = html.escape(str(error))
        self.result_view.setHtml(f'<p style="color:{ERROR}">{text}</p>')

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Summary declaration"))
        self.intro.setText(self.tr("Lists customs released in the period (declared with type B) are named in a "
                                   "summary application (CEB701); customs turn it into the customs declaration "
                                   "(报关单). Check the plan first."))
        for label, text in zip(self.labels, (self.tr("Period"), self.tr("Enterprise document number"),
                                             self.tr("Summary by"), self.tr("Item names")), strict=True):
            label.setText(text)
        self.cop_no.setPlaceholderText(self.tr("generated when empty"))
        current = self.flag.currentData() or "1"
        self.flag.clear()
        self.flag.addItem(self.tr("1 — consignor"), "1")
        self.flag.addItem(self.tr("2 — consignor and producer or seller"), "2")
        self.flag.setCurrentIndex(max(self.flag.findData(current), 0))
        self.by_name.setText(self.tr("Aggregate by the lists' own item names"))
        self.plan_button.setText(self.tr("Show the plan"))
        self.generate_button.setText(self.tr("Generate and queue"))
        self.close_button.setText(self.tr("Close"))
