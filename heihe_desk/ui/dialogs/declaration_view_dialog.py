"""One declaration: what customs said (in the trader's language, with what to fix), its replies and its XML."""

from __future__ import annotations

import html
from typing import Any

from lxml import etree
from PySide6.QtCore import QCoreApplication as App
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from heihe_desk.core.domain.order import OrderStatus
from heihe_desk.core.services.declaration_store import MESSAGE_LABELS, status_text
from heihe_desk.core.workspace import Workspace
from heihe_desk.ui.display import moment_text
from heihe_desk.ui.models.lazy_table import Column, Row
from heihe_desk.ui.models.rows_model import RowsModel, rows_view
from heihe_desk.ui.translation import LANGUAGE, core_tr
from heihe_desk.ui.widgets import named

PROBLEMS = ("rejected", "send_failed", "error")
PROBLEM_COLOUR, DONE_COLOUR = "#b00020", "#1b6e20"


def reply_time(raw: str) -> str:
    """C17 returnTime '20260309101112013' as '2026-03-09 10:11' (customs' own Beijing time)."""
    raw = raw or ""
    return f"{raw[:4]}-{raw[4:6]}-{raw[6:8]} {raw[8:10]}:{raw[10:12]}" if len(raw) >= 12 else raw


def pretty_xml(xml: str) -> str:
    """The stored (canonical, one-line) message indented for reading; the stored bytes are not changed."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_blank_text=True)
    try:
        root = etree.fromstring(xml.encode("utf-8"), parser)
    except etree.XMLSyntaxError:
        return xml
    return str(etree.tostring(root, pretty_print=True, encoding="unicode"))


class DeclarationViewDialog(QDialog):
    """Read-only; "Declare again" is offered when customs rejected a list and its order is back to confirmed."""

    declare_again = Signal(str)     # order id

    def __init__(self, ws: Workspace, declaration_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("DeclarationViewDialog")
        self.ws = ws
        self.row = ws.declarations.get(declaration_id)
        self.replies = ws.declarations.replies(declaration_id)
        self.head = named(QLabel(), "head")
        self.head.setTextFormat(Qt.TextFormat.RichText)
        self.head.setWordWrap(True)
        self.said = named(QLabel(), "customs_said")
        self.said.setTextFormat(Qt.TextFormat.RichText)
        self.said.setWordWrap(True)
        self.said.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = RowsModel([
            Column("time", lambda: App.translate("DeclarationView", "Customs time"),
                   lambda r: reply_time(r["return_time"])),
            Column("type", lambda: App.translate("DeclarationView", "Reply"), lambda r: r["message_type"]),
            Column("code", lambda: App.translate("DeclarationView", "Code"), lambda r: r["return_status"]),
            Column("status", lambda: core_tr("Status"), lambda r: self._explained(r).status),
            Column("reason", lambda: App.translate("DeclarationView", "Reason"), lambda r: self._explained(r).reason),
        ], tip=lambda r, _key: self._explained(r).original)
        self.model.set_rows(self.replies)
        self.table = rows_view(self.model, "replies", stretch=4)
        self.xml = named(QPlainTextEdit(), "xml")
        self.xml.setReadOnly(True)
        self.xml.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.xml.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.xml.setPlainText(pretty_xml(self.row["xml"]))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.table, "")
        self.tabs.addTab(self.xml, "")
        self.again_button = named(QPushButton(), "declare_again")
        self.again_button.clicked.connect(self.on_again_clicked)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.again_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.head)
        layout.addWidget(self.said)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self.resize(960, 700)

    def _explained(self, reply: Row) -> Any:
        return self.ws.declarations.explain(reply, LANGUAGE.lang)

    def _latest(self) -> Row | None:
        """The reply that set the current status (the newest by customs' time)."""
        return max(self.replies, key=lambda r: (r["return_time"], r["received_at"])) if self.replies else None

    def _can_declare_again(self) -> bool:
        order_id = self.row["order_id"]
        if self.row["status"] not in PROBLEMS or not order_id:
            return False
        return bool(self.ws.orders.get(order_id)["status"] == OrderStatus.CONFIRMED)

    def on_again_clicked(self) -> None:
        self.declare_again.emit(self.row["order_id"])
        self.accept()

    def _said_html(self) -> str:
        latest = self._latest()
        if latest is None:
            return html.escape(App.translate("DeclarationView", "No reply from customs yet."))
        told = self._explained(latest)
        problem = self.row["status"] in PROBLEMS
        colour = PROBLEM_COLOUR if problem else DONE_COLOUR
        parts = [f'<p style="color:{colour}"><b>{html.escape(told.status)}</b> — {html.escape(told.reason)}</p>']
        if told.fix:
            parts.append("<p><b>" + html.escape(App.translate("DeclarationView", "What to do:")) + "</b> "
                         + html.escape(told.fix) + "</p>")
        if problem and self.row["order_id"]:
            parts.append("<p>" + html.escape(App.translate(
                "DeclarationView", "Record to fix: order %1 (its products, waybill or payment), then declare it "
                "again.").replace("%1", self.row["order_no"])) + "</p>")
        if told.original and told.original != told.reason:
            parts.append('<p style="color:#5f6368">' + html.escape(App.translate("DeclarationView", "Customs wrote:"))
                         + " " + html.escape(told.original) + "</p>")
        return "".join(parts)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        row = self.row
        kind = core_tr(MESSAGE_LABELS.get(row["message_type"], row["message_type"]))
        self.setWindowTitle(f"{row['message_type']} {kind} — {row['order_no']}")
        lines = [(App.translate("DeclarationView", "Message"), f"{row['message_type']} {kind}"),
                 (App.translate("DeclarationView", "Order or summary"), row["order_no"]),
                 (App.translate("DeclarationView", "Enterprise document number"), row["cop_no"] or "—"),
                 (App.translate("DeclarationView", "Message guid"), row["guid"]),
                 (App.translate("DeclarationView", "Created"), moment_text(row["created_at"])),
                 (core_tr("Status"), core_tr(status_text(row["status"])))]
        self.head.setText("<table>" + "".join(f"<tr><td><b>{html.escape(a)}</b>&nbsp;&nbsp;</td>"
                                              f"<td>{html.escape(b)}</td></tr>" for a, b in lines) + "</table>")
        self.said.setText(self._said_html())
        self.tabs.setTabText(0, self.tr("Customs replies (%n)", "", len(self.replies)))
        self.tabs.setTabText(1, self.tr("XML message"))
        self.again_button.setText(self.tr("Declare again…"))
        self.again_button.setVisible(self._can_declare_again())
        self.close_button.setText(self.tr("Close"))
        self.model.retranslate()
