"""Rendering every document kind to bytes and reading it back (text, fonts, positions) with pypdf."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from io import BytesIO
from typing import Any

from pypdf import PdfReader

from heihe_desk.core.documents import sample
from heihe_desk.core.documents.declaration_copy import render_declaration_copy
from heihe_desk.core.documents.invoice import render_invoice
from heihe_desk.core.documents.model import DocumentKind
from heihe_desk.core.documents.packing_list import render_packing_list
from heihe_desk.core.documents.proforma import render_proforma
from heihe_desk.core.documents.receipt import render_receipt

LANGS = ("zh", "ru", "en", "zh+ru")
#: Document kinds as tests name them: (sample data factory, renderer).
KINDS: dict[str, tuple[Callable[..., Any], Callable[..., None]]] = {
    "invoice": (lambda **kw: sample.sample_document(DocumentKind.INVOICE, **kw), render_invoice),
    "proforma": (lambda **kw: sample.sample_document(DocumentKind.PROFORMA, **kw), render_proforma),
    "packing_list": (lambda **kw: sample.sample_document(DocumentKind.PACKING_LIST, **kw), render_packing_list),
    "declaration_copy": (lambda long_name=False, **kw: sample.sample_declaration(**kw), render_declaration_copy),
    "receipt58": (lambda **kw: sample.sample_receipt(**kw),
                  lambda d, lang, out: render_receipt(d, lang, out, width_mm=58)),
    "receipt80": (lambda **kw: sample.sample_receipt(**kw),
                  lambda d, lang, out: render_receipt(d, lang, out, width_mm=80)),
}


@dataclass(frozen=True)
class Run:
    """One piece of text as drawn: its page, font, size and where it starts (points from bottom left)."""

    page: int
    text: str
    font: str
    size: float
    x: float
    y: float


def render(kind: str, lang: str, data: Any) -> bytes:
    out = BytesIO()
    KINDS[kind][1](data, lang, out)
    return out.getvalue()


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)


def squeeze(text: str) -> str:
    """Text with every kind of whitespace removed, so words wrapped across lines still match."""
    return re.sub(r"[\s\u00a0\u202f]+", "", text)


def runs(pdf: bytes) -> list[Run]:
    """Every text run with its font and its position on the page."""
    found: list[Run] = []
    for number, page in enumerate(PdfReader(BytesIO(pdf)).pages, start=1):
        def visit(text: str, cm: list[float], tm: list[float], font: dict[str, Any] | None, size: float,
                  number: int = number) -> None:
            if not text.strip():
                return
            name = str(font.get("/BaseFont", "")) if font else ""
            # Position = text matrix then current transformation matrix.
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append(Run(number, text, name, size * abs(tm[0] * cm[0]) or size, x, y))

        page.extract_text(visitor_text=visit)
    return found


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in PdfReader(BytesIO(pdf)).pages]
