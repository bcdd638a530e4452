"""PDF pages as images (pypdfium2) and printing them through QPrinter, receipts on 58/80 mm paper."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRect, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from heihe_desk.core.documents.model import DocumentKind
from heihe_desk.core.services.documents import PreparedDocument, save_pdf

MM_PER_POINT = 25.4 / 72
#: PDFium is not thread-safe and reportlab keeps caches: one document is made or read at a time.
_LOCK = threading.Lock()


@dataclass(frozen=True)
class RenderedDocument:
    """A document written to a PDF file, with its pages as images for the screen and their size in mm."""

    doc: PreparedDocument
    path: Path
    width_mm: int  # receipt paper width (ignored for A4 documents)
    pages: tuple[QImage, ...]
    page_mm: tuple[tuple[float, float], ...]

    @property
    def is_receipt(self) -> bool:
        return self.doc.kind == DocumentKind.RECEIPT


def render_document(doc: PreparedDocument, folder: Path, width_mm: int = 80, preview_dpi: float = 110
                    ) -> RenderedDocument:
    """Write ``doc`` as PDF into ``folder`` and render its pages at ``preview_dpi`` (runs on a worker thread)."""
    path = folder / (f"{doc.number}-{width_mm}mm.pdf" if doc.kind == DocumentKind.RECEIPT else doc.file_name)
    with _LOCK:
        save_pdf(doc, path, width_mm)
    pages, sizes = page_images(path, preview_dpi)
    return RenderedDocument(doc, path, width_mm, pages, sizes)


def page_images(pdf: Path, dpi: float) -> tuple[tuple[QImage, ...], tuple[tuple[float, float], ...]]:
    """Every page of ``pdf`` as an RGB image at ``dpi``, and each page's size in millimetres."""
    import pypdfium2  # loads PDFium on first use, not at start-up

    images: list[QImage] = []
    sizes: list[tuple[float, float]] = []
    with _LOCK:
        document = pypdfium2.PdfDocument(str(pdf))
        try:
            for index in range(len(document)):
                page = document[index]
                width, height = page.get_size()
                sizes.append((width * MM_PER_POINT, height * MM_PER_POINT))
                bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
                # copy(): the image must own its pixels, the bitmap's buffer dies with the document.
                images.append(QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                                     QImage.Format.Format_RGB888).copy())
        finally:
            document.close()
    return tuple(images), tuple(sizes)


def setup_printer(printer: QPrinter, rendered: RenderedDocument) -> None:
    """A4 portrait for documents; for receipts a custom page exactly as wide as the roll and as long as the
    receipt, without margins, so a thermal printer's driver neither scales nor cuts it."""
    if rendered.is_receipt:
        _width, height = rendered.page_mm[0]
        size = QPageSize(QSizeF(rendered.width_mm, height), QPageSize.Unit.Millimeter,
                         f"Receipt {rendered.width_mm} mm", QPageSize.SizeMatchPolicy.ExactMatch)
        printer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0),
                                          QPageLayout.Unit.Millimeter))
        printer.setFullPage(True)
    else:
        printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                          QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))
        printer.setFullPage(True)
    printer.setDocName(rendered.doc.number)


def print_images(printer: QPrinter, pages: tuple[QImage, ...]) -> bool:
    """Paint each page image onto the printer's page, scaled to fit and centred; False if printing failed.

    The PDF already has its margins, so the image fills the paper rectangle (the printer was set full-page).
    """
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        for number, image in enumerate(pages):
            if number:
                printer.newPage()
            target = printer.pageLayout().fullRectPixels(printer.resolution())
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            x = target.x() + (target.width() - scaled.width()) // 2
            painter.drawImage(QRect(x, target.y(), scaled.width(), scaled.height()), image)
    finally:
        painter.end()
    return True


def print_document(printer: QPrinter, rendered: RenderedDocument, dpi: float = 300) -> bool:
    """Print ``rendered`` at up to ``dpi`` (the printer's own resolution if lower): pages are rendered
    afresh for paper, the preview images are too coarse."""
    pages, _sizes = page_images(rendered.path, min(dpi, float(printer.resolution())))
    return print_images(printer, pages)
