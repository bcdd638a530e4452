"""Layout: long names wrap inside the page, receipts have their paper's width, long invoices page properly."""

from __future__ import annotations

from io import BytesIO

import pytest
from doc_helpers import KINDS, LANGS, page_sizes, render, runs, squeeze, text_of
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from heihe_desk.core.documents.fonts import ensure_fonts
from heihe_desk.core.documents.model import DocumentKind
from heihe_desk.core.documents.receipt import render_receipt
from heihe_desk.core.documents.sample import LONG_NAME_ZH, sample_document, sample_receipt

_FONT_NAMES = {"WenQuanYiMicroHei-0": "WQYMicroHei", "DejaVuSans": "DejaVuSans"}


def _overflow(pdf: bytes) -> list[str]:
    """Text runs that start left of the page or end right of it."""
    ensure_fonts()
    (width, _height), *_ = page_sizes(pdf)
    bad = []
    for run in runs(pdf):
        font = _FONT_NAMES.get(run.font.split("+")[-1])
        if font is None:
            continue
        end = run.x + stringWidth(run.text.rstrip("\n"), font, run.size)
        if run.x < -0.5 or end > width + 0.5:
            bad.append(f"{run.text[:30]!r} x={run.x:.0f}..{end:.0f} > {width:.0f}")
    return bad


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", ["invoice", "packing_list", "receipt58", "receipt80"])
def test_a_300_character_name_wraps_within_the_page(kind: str, lang: str) -> None:
    """A product name of ~300 characters without spaces (Chinese) or of long Russian words must break into
    lines inside its cell: no text may run past the page edge, and nothing of the name is lost."""
    pdf = render(kind, lang, KINDS[kind][0](long_name=True))
    assert not _overflow(pdf)
    text = text_of(pdf)
    if lang in ("zh", "zh+ru"):
        assert squeeze(LONG_NAME_ZH) in squeeze(text)
        lines_with_name = [ln for ln in text.splitlines() if "蓝莓果酱" in ln or "莓果酱礼" in ln]
        assert len(lines_with_name) >= 5, "the long Chinese name should take several lines"


def test_the_overflow_check_sees_text_past_the_edge() -> None:
    out = BytesIO()
    canvas = Canvas(out, pagesize=A4)
    ensure_fonts()
    canvas.setFont("WQYMicroHei", 10)
    canvas.drawString(A4[0] - 40, 100, "黑河特产纯手工野生蓝莓果酱礼盒装")
    canvas.save()
    assert _overflow(out.getvalue())


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", list(KINDS))
def test_no_text_leaves_the_page(kind: str, lang: str) -> None:
    assert not _overflow(render(kind, lang, KINDS[kind][0]()))


@pytest.mark.parametrize("width", [58, 80])
def test_receipt_has_the_paper_width_and_a_height_that_grows_with_content(width: int) -> None:
    short = page_sizes(render(f"receipt{width}", "zh+ru", sample_receipt(lines=2)))
    long = page_sizes(render(f"receipt{width}", "zh+ru", sample_receipt(lines=12)))
    assert len(short) == len(long) == 1, "a receipt is one strip of paper"
    assert short[0][0] == pytest.approx(width * mm, abs=0.1)
    assert long[0][0] == pytest.approx(width * mm, abs=0.1)
    assert 60 * mm < short[0][1] < long[0][1]


def test_receipt_refuses_other_paper_widths() -> None:
    with pytest.raises(ValueError):
        render_receipt(sample_receipt(), "ru", BytesIO(), width_mm=76)


def test_receipt_content_ends_above_the_bottom_of_the_strip() -> None:
    """The computed height holds everything: the last line (thanks) is inside the page, not cut off."""
    pdf = render("receipt58", "zh+ru", sample_receipt(lines=6))
    lowest = min(run.y for run in runs(pdf))
    assert lowest > 2 * mm


@pytest.mark.parametrize("lang", ["zh+ru", "en"])
def test_long_invoice_pages_with_repeated_heading_and_page_x_of_y(lang: str) -> None:
    """40 lines run over several A4 pages: each page repeats the table heading and says 'page X of Y'."""
    data = sample_document(DocumentKind.INVOICE, lines=40)
    pdf = render("invoice", lang, data)
    sizes = page_sizes(pdf)
    assert len(sizes) >= 2 and all(s == pytest.approx(A4, abs=0.5) for s in sizes)
    pages = [p.extract_text() for p in PdfReader(BytesIO(pdf)).pages]
    for number, page in enumerate(pages, start=1):
        assert "Description of goods" in page or "品名" in page
        expected = f"Page {number} of {len(pages)}" if lang == "en" else f"第 {number} 页，共 {len(pages)} 页"
        assert expected in page
    assert squeeze("Total due" if lang == "en" else "应付总额") in squeeze(pages[-1])
