"""No glyph goes missing: every character drawn is in the font that draws it (reportlab drops missing ones silently)."""

from __future__ import annotations

from functools import cache
from io import BytesIO
from pathlib import Path

import pytest
from doc_helpers import KINDS, LANGS, render, runs
from fontTools.ttLib import TTFont
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from heihe_desk.core.documents.fonts import FALLBACK, MAIN, ensure_fonts, markup, missing_glyphs
from heihe_desk.core.documents.sample import LONG_NAME_RU, LONG_NAME_ZH
from heihe_desk.core.paths import resources_dir

FONTS = resources_dir() / "fonts"


@cache
def _cmap(path: Path, number: int = 0) -> frozenset[int]:
    """The font's Unicode coverage as fontTools reads it: an oracle independent of reportlab."""
    return frozenset(TTFont(str(path), fontNumber=number, lazy=True).getBestCmap())


def _coverage(base_font: str) -> frozenset[int]:
    if "WenQuanYi" in base_font:
        return _cmap(FONTS / "wqy-microhei.ttc")
    if "DejaVu" in base_font:
        return _cmap(FONTS / "DejaVuSans.ttf")
    raise AssertionError(f"unexpected font in the PDF: {base_font!r} (only the embedded TrueType fonts are used)")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", list(KINDS))
def test_every_character_is_in_the_font_that_draws_it(kind: str, lang: str) -> None:
    """Protects against boxes or blanks on paper: each text run's characters must be in its embedded font
    (₽ in DejaVu Sans, everything else in WQY Micro Hei)."""
    pdf = render(kind, lang, KINDS[kind][0]())
    problems = set()
    fonts_used = set()
    for run in runs(pdf):
        coverage = _coverage(run.font)
        fonts_used.add(run.font.split("+")[-1])
        # reportlab writes a character its font lacks as glyph 0, which reads back as NUL.
        problems |= {(ch, run.font) for ch in run.text
                     if ch in "\x00\ufffd" or (ch.isprintable() and ch != " " and ord(ch) not in coverage)}
    assert not problems, f"{kind}/{lang}: characters missing from their font: {sorted(problems)}"
    assert "WenQuanYiMicroHei-0" in fonts_used


def test_the_check_catches_a_character_drawn_without_its_glyph() -> None:
    """The test above would see ₽ set in WQY Micro Hei (the mistake markup() exists to prevent)."""
    out = BytesIO()
    style = ParagraphStyle("plain", fontName=MAIN)
    SimpleDocTemplate(out).build([Paragraph("Цена 100 ₽", style), Paragraph(markup("Цена 200 ₽"), style)])
    drawn = [(run.text.strip(), run.font.split("+")[-1]) for run in runs(out.getvalue())]
    assert ("Цена 100 \x00", "WenQuanYiMicroHei-0") in drawn
    assert ("₽", "DejaVuSans") in drawn


def test_reportlab_coverage_agrees_with_fonttools() -> None:
    """The coverage the markup helper uses (reportlab's parsed cmap) is the font's real cmap."""
    fonts = ensure_fonts()
    assert fonts.main == _cmap(FONTS / "wqy-microhei.ttc")
    assert fonts.fallback == _cmap(FONTS / "DejaVuSans.ttf")
    assert 0x20BD not in fonts.main and 0x20BD in fonts.fallback


def test_markup_switches_font_only_for_missing_characters() -> None:
    assert markup("龙井 Чай ёЁ № «» ¥ 1\u00a0234,50") == "龙井 Чай ёЁ № «» ¥ 1\u00a0234,50"
    assert markup("1 234,50 ₽") == f'1 234,50 <font name="{FALLBACK}">₽</font>'
    assert markup("a < b & c\nd") == "a &lt; b &amp; c<br/>d"


def test_sample_texts_need_no_glyph_that_neither_font_has() -> None:
    texts = [LONG_NAME_ZH, LONG_NAME_RU, "ёЁ№«»¥₽€$—–…·×−", "阿穆尔贸易有限责任公司", "Благовещенск"]
    assert all(not missing_glyphs(t) for t in texts)
    assert missing_glyphs("\U0001f9cb") == {"\U0001f9cb"}  # an emoji in a product name would be reported
