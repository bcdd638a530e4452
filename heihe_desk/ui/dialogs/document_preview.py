"""Document preview: pick the kind and language, see the pages, save the PDF or print it (capabilities 8, 9)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from heihe_desk.core.documents.model import DocumentKind
from heihe_desk.core.domain.errors import ValidationError
from heihe_desk.core.locale.catalogue import issue_text
from heihe_desk.core.services.documents import DOC_LANGS, KIND_TITLES, RECEIPT_WIDTHS, PreparedDocument
from heihe_desk.core.workspace import Changes, Workspace
from heihe_desk.ui.pages.page_support import page_runner
from heihe_desk.ui.printing import RenderedDocument, page_images, print_images, render_document, setup_printer
from heihe_desk.ui.runner import Runner
from heihe_desk.ui.translation import LANGUAGE, core_tr
from heihe_desk.ui.widgets import named

#: Screen resolution of the page previews: A4 fits the dialog's width, a receipt is shown larger.
PREVIEW_DPI = {"a4": 105.0, "receipt": 170.0}
PRINT_DPI = 300.0
WARNING_COLOUR = "#8a5300"
ERROR_COLOUR = "#b00020"


class DocumentPreviewDialog(QDialog):
    """Renders the chosen document to a temporary PDF on the runner and shows its pages."""

    changes_made = Signal(object)  # seller details edited
    rendered_changed = Signal()  # a new preview is on screen (tests wait for it)

    def __init__(self, ws: Workspace, order_id: str, parent: QWidget | None = None, runner: Runner | None = None):
        super().__init__(parent)
        self.setObjectName("DocumentPreviewDialog")
        self.ws = ws
        self.order = ws.orders.get(order_id)
        self.runner = runner or page_runner(parent or self)
        self.rendered: RenderedDocument | None = None
        self.prepared: PreparedDocument | None = None
        self.error = ""
        self.printed = False
        self._generation = 0
        self._printer: QPrinter | None = None
        self._tmp = tempfile.TemporaryDirectory(prefix="heihe-doc-", ignore_cleanup_errors=True)
        self._build()
        self._fill_choices()
        self.retranslate()
        self.resize(1000, 860)
        self.refresh()

    # -- building -------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.kind_label, self.lang_label, self.paper_label = QLabel(), QLabel(), QLabel()
        self.kind = named(QComboBox(), "kind")
        self.lang = named(QComboBox(), "lang")
        self.paper = named(QComboBox(), "width")
        self.seller_button = named(QPushButton(), "seller")
        self.status = named(QLabel(), "status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.pages_box = QWidget()
        self.pages_box.setObjectName("pages")
        self.pages_box.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # a plain QWidget paints no sheet
        self.pages_box.setStyleSheet("#pages { background: #8a8f96; }")
        self.pages_layout = QVBoxLayout(self.pages_box)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.pages_layout.setSpacing(12)
        self.scroller = QScrollArea(widgetResizable=True)
        self.scroller.setWidget(self.pages_box)
        self.open_button = named(QPushButton(), "open_viewer")
        self.save_button = named(QPushButton(), "save_pdf")
        self.print_button = named(QPushButton(), "print")
        self.close_button = named(QPushButton(), "close")
        top = QHBoxLayout()
        for label, combo in ((self.kind_label, self.kind), (self.lang_label, self.lang),
                             (self.paper_label, self.paper)):
            label.setBuddy(combo)
            top.addWidget(label)
            top.addWidget(combo)
            top.addSpacing(10)
        top.addStretch(1)
        top.addWidget(self.seller_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.open_button)
        bottom.addStretch(1)
        for button in (self.save_button, self.print_button, self.close_button):
            bottom.addWidget(button)
        for button in (self.seller_button, self.open_button, self.save_button, self.print_button, self.close_button):
            button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.scroller, 1)
        layout.addLayout(bottom)
        self.kind.currentIndexChanged.connect(lambda _: self.refresh())
        self.lang.currentIndexChanged.connect(lambda _: self.refresh())
        self.paper.currentIndexChanged.connect(lambda _: self.refresh())
        self.seller_button.clicked.connect(self.on_seller_clicked)
        self.open_button.clicked.connect(self.on_open_clicked)
        self.save_button.clicked.connect(self.on_save_clicked)
        self.print_button.clicked.connect(self.on_print_clicked)
        self.close_button.clicked.connect(self.reject)

    def _fill_choices(self) -> None:
        """Kinds the order may have (a draft: proforma only); the default language comes from the settings."""
        for combo in (self.kind, self.lang, self.paper):
            combo.blockSignals(True)
        current_kind = self.kind.currentData()
        self.kind.clear()
        for kind in self.ws.documents.kinds_for(self.order["id"]):
            self.kind.addItem(core_tr(KIND_TITLES[kind]), kind.value)
        self.kind.setCurrentIndex(max(self.kind.findData(current_kind), 0) if current_kind else 0)
        current_lang = self.lang.currentData() or str(self.ws.setting("document_language") or "zh+ru")
        self.lang.clear()
        names = {"zh": "中文", "ru": "Русский", "en": "English", "zh+ru": "中文 + Русский"}
        for code in DOC_LANGS:
            self.lang.addItem(names[code], code)
        self.lang.setCurrentIndex(max(self.lang.findData(current_lang), 0))
        current_width = self.paper.currentData() or 80
        self.paper.clear()
        for width in RECEIPT_WIDTHS:
            self.paper.addItem(self.tr("%1 mm").replace("%1", str(width)), width)
        self.paper.setCurrentIndex(max(self.paper.findData(current_width), 0))
        for combo in (self.kind, self.lang, self.paper):
            combo.blockSignals(False)

    # -- rendering ------------------------------------------------------------------------------------

    def choose(self, kind: DocumentKind | str, lang: str | None = None, width_mm: int | None = None) -> None:
        """Select a kind (and language, paper width) as a user would; refreshes once."""
        for combo, value in ((self.kind, DocumentKind(kind).value), (self.lang, lang), (self.paper, width_mm)):
            if value is not None:
                combo.blockSignals(True)
                combo.setCurrentIndex(max(combo.findData(value), 0))
                combo.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        """Number and model on this thread (a quick read and one short write), the PDF and pages on the runner."""
        self._generation += 1
        generation = self._generation
        receipt = self.kind.currentData() == DocumentKind.RECEIPT
        self.paper.setVisible(receipt)
        self.paper_label.setVisible(receipt)
        self.rendered, self.prepared, self.error = None, None, ""
        self._update_buttons()
        kind = self.kind.currentData()
        if not kind:
            self.error = self.tr("No documents are issued for a cancelled order.")
            self._show_status()
            return
        try:
            self.prepared = self.ws.documents.prepare(kind, self.order["id"], self.lang.currentData())
        except ValidationError as error:
            self.error = "\n".join(issue_text(issue, LANGUAGE.lang) for issue in error.issues)
            self._clear_pages()
            self._show_status()
            return
        doc, folder, width = self.prepared, Path(self._tmp.name), int(self.paper.currentData() or 80)
        dpi = PREVIEW_DPI["receipt" if receipt else "a4"]
        self._show_status(busy=True)
        self.runner.submit(lambda: render_document(doc, folder, width, dpi),
                           lambda result: self._on_rendered(generation, result),
                           lambda exc: self._on_failed(generation, exc))

    def _on_rendered(self, generation: int, rendered: RenderedDocument) -> None:
        if generation != self._generation:
            return  # the user chose another kind or language meanwhile
        self.rendered = rendered
        self._clear_pages()
        for number, image in enumerate(rendered.pages, start=1):
            page = named(QLabel(), f"page_{number}")
            page.setPixmap(QPixmap.fromImage(image))
            page.setStyleSheet("background: white; border: 1px solid #5b6066;")
            self.pages_layout.addWidget(page, 0, Qt.AlignmentFlag.AlignHCenter)
        self._show_status()
        self._update_buttons()
        self.rendered_changed.emit()

    def _on_failed(self, generation: int, exc: Exception) -> None:
        if generation == self._generation:
            self.error = self.tr("The document could not be made: %1").replace("%1", str(exc))
            self._show_status()

    def _clear_pages(self) -> None:
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone from the screen now; deleted when control returns to the event loop
                widget.deleteLater()

    def _update_buttons(self) -> None:
        ready = self.rendered is not None
        for button in (self.open_button, self.save_button, self.print_button):
            button.setEnabled(ready)

    def _show_status(self, busy: bool = False) -> None:
        if self.error:
            self.status.setText(f'<span style="color:{ERROR_COLOUR}">{_html(self.error)}</span>')
            return
        doc = self.prepared
        if doc is None:
            self.status.setText("")
            return
        parts = [self.tr("<b>%1</b> · order %2").replace("%1", doc.number).replace("%2", doc.order_number)]
        if busy:
            parts.append(self.tr("preparing the pages…"))
        elif self.rendered is not None:
            parts.append(self.tr("%n page(s)", "", len(self.rendered.pages)))
        parts.append(self.tr("printing again keeps this number"))
        text = " · ".join(parts)
        if self.order["status"] == "draft":
            text += "<br>" + _html(self.tr("A draft gets a proforma invoice only: confirm the order to print an "
                                           "invoice, packing list or receipt."))
        for warning in doc.warnings:
            text += f'<br><span style="color:{WARNING_COLOUR}">⚠ {_html(core_tr(warning))}</span>'
        self.status.setText(text)

    # -- actions --------------------------------------------------------------------------------------

    def save_to(self, path: Path) -> Path:
        """Copy the rendered PDF to ``path`` (what "Save as PDF…" does after asking where)."""
        assert self.rendered is not None, "nothing rendered yet"
        shutil.copyfile(self.rendered.path, path)
        return path

    def on_save_clicked(self) -> None:
        if self.rendered is None:
            return
        suggested = str(Path.home() / self.rendered.path.name)
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), suggested,
                                                    self.tr("PDF documents (*.pdf)"))
        if path:
            target = Path(path if path.lower().endswith(".pdf") else f"{path}.pdf")
            try:
                self.save_to(target)
            except OSError as exc:
                self.error = self.tr("Could not save %1: %2").replace("%1", str(target)).replace("%2", str(exc))
                self._show_status()

    def printer_for_document(self) -> QPrinter:
        """A printer set up for the current document: A4, or the receipt roll's width and the receipt's length."""
        assert self.rendered is not None, "nothing rendered yet"
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        setup_printer(printer, self.rendered)
        return printer

    def on_print_clicked(self) -> None:
        if self.rendered is None:
            return
        printer = self.printer_for_document()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter, dpi: float = PRINT_DPI) -> None:
        """Render the pages for paper on the runner, then paint them onto ``printer`` here (Qt paints on the
        UI thread)."""
        rendered = self.rendered
        if rendered is None:
            return
        self._printer = printer  # kept alive until the pages arrive
        self.printed = False
        resolution = min(dpi, float(printer.resolution()))
        self.runner.submit(lambda: page_images(rendered.path, resolution),
                           lambda result: self._on_print_pages(printer, result[0]),
                           lambda exc: self._on_failed(self._generation, exc))

    def _on_print_pages(self, printer: QPrinter, pages: Any) -> None:
        self.printed = print_images(printer, pages)
        if not self.printed:
            self.error = self.tr("The printer could not be started. Check that it is switched on and connected.")
            self._show_status()
        self._printer = None

    def on_open_clicked(self) -> None:
        if self.rendered is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.rendered.path)))

    def on_seller_clicked(self) -> None:
        from heihe_desk.ui.dialogs.seller_dialog import SellerDialog

        dialog = SellerDialog(self.ws, self)
        dialog.record_saved.connect(self._after_seller_saved)
        dialog.open()

    def _after_seller_saved(self, changes: Changes) -> None:
        self.changes_made.emit(changes)
        self.refresh()

    # -- lifetime and language ------------------------------------------------------------------------

    def done(self, result: int) -> None:
        self._generation += 1  # late results find nothing to show
        super().done(result)
        self._tmp.cleanup()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Documents of order %1").replace("%1", self.order["number"]))
        self.kind_label.setText(self.tr("Document:"))
        self.lang_label.setText(self.tr("Language:"))
        self.paper_label.setText(self.tr("Paper:"))
        self.seller_button.setText(self.tr("Seller details…"))
        self.open_button.setText(self.tr("Open in viewer"))
        self.save_button.setText(self.tr("Save as PDF…"))
        self.print_button.setText(self.tr("Print…"))
        self.close_button.setText(self.tr("Close"))
        for index in range(self.kind.count()):
            self.kind.setItemText(index, core_tr(KIND_TITLES[DocumentKind(self.kind.itemData(index))]))
        for index in range(self.paper.count()):
            self.paper.setItemText(index, self.tr("%1 mm").replace("%1", str(self.paper.itemData(index))))
        self._show_status()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
