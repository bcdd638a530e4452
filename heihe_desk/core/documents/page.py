"""A4 page template: margins, PDF metadata and the "document No. · page X of Y" footer on every page."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from heihe_desk.core.documents import labels as L
from heihe_desk.core.documents.blocks import STYLES
from heihe_desk.core.documents.fonts import ensure_fonts, markup
from heihe_desk.core.documents.labels import DocLang

MARGIN = 15 * mm
FRAME_WIDTH = A4[0] - 2 * MARGIN


def _canvas_class(footer_left: str, lang: DocLang) -> type[Canvas]:
    """A canvas that holds pages back until the end, so each footer can say how many pages there are."""

    class FooterCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no type hints
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._footer(number, total)
                super().showPage()
            super().save()

        def _footer(self, page: int, pages: int) -> None:
            width, _height = self._pagesize
            self.setStrokeColor(STYLES.rule)
            self.setLineWidth(0.4)
            self.line(MARGIN, 11 * mm, width - MARGIN, 11 * mm)
            left = Paragraph(markup(footer_left), STYLES.footer)
            right = Paragraph(markup(lang.t(L.PAGE_OF, page=page, pages=pages)), STYLES.footer_right)
            for para, x in ((left, MARGIN), (right, width / 2)):
                para.wrapOn(self, width / 2 - MARGIN, 10 * mm)
                para.drawOn(self, x, 6.5 * mm)

    return FooterCanvas


def build_a4(out: Path | BinaryIO, story: Sequence[Flowable], lang: DocLang, title: str, number: str,
             author: str) -> None:
    """Lay ``story`` out on A4 pages and write the PDF to a path or an open binary file."""
    doc = document(out, A4, (MARGIN, 12 * mm, MARGIN, 16 * mm), f"{title} {number}", author)
    doc.build(list(story), canvasmaker=_canvas_class(f"{title} · {number}", lang))


def document(out: Path | BinaryIO, size: tuple[float, float], margins: tuple[float, float, float, float],
             title: str, author: str) -> BaseDocTemplate:
    """A one-frame document; margins are (left, top, right, bottom) and the frame has no inner padding,
    so a table as wide as the frame width fills it exactly."""
    ensure_fonts()
    left, top, right, bottom = margins
    target: str | BinaryIO = str(out) if isinstance(out, Path) else out
    doc = BaseDocTemplate(target, pagesize=size, leftMargin=left, rightMargin=right, topMargin=top,
                          bottomMargin=bottom, title=title, author=author, creator="Heihe Desk", invariant=True)
    frame = Frame(left, bottom, size[0] - left - right, size[1] - top - bottom, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    return doc
