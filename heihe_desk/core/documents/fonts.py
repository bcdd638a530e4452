"""PDF fonts: WQY Micro Hei for CJK, Latin and Cyrillic; DejaVu Sans for what WQY lacks (₽)."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from heihe_desk.core.paths import resources_dir

MAIN = "WQYMicroHei"
FALLBACK = "DejaVuSans"


@dataclass(frozen=True)
class FontSet:
    """The registered fonts and the code points each can draw."""

    main: frozenset[int]
    fallback: frozenset[int]
    seconds: float  # time registration took (reported by the benchmark)


_lock = threading.Lock()
_fonts: FontSet | None = None


def ensure_fonts() -> FontSet:
    """Register both fonts with reportlab once per process (~0.2 s: WQY is a 5 MB collection)."""
    global _fonts
    if _fonts is not None:
        return _fonts
    with _lock:
        if _fonts is None:
            started = time.perf_counter()
            folder = resources_dir() / "fonts"
            # Face 0 of the collection is the proportional face; face 1 is the monospaced one.
            main = TTFont(MAIN, str(folder / "wqy-microhei.ttc"), subfontIndex=0)
            fallback = TTFont(FALLBACK, str(folder / "DejaVuSans.ttf"))
            for font in (main, fallback):
                pdfmetrics.registerFont(font)
                # Neither font has a bold or italic face: map them to the regular one so <b> never fails.
                pdfmetrics.registerFontFamily(font.fontName, normal=font.fontName, bold=font.fontName,
                                              italic=font.fontName, boldItalic=font.fontName)
            # The cmap reportlab itself parsed decides what it can draw, so coverage is read from there
            # (no second parse of the 5 MB file); tests cross-check it against fontTools.
            _fonts = FontSet(frozenset(main.face.charToGlyph), frozenset(fallback.face.charToGlyph),
                             time.perf_counter() - started)
    return _fonts


def markup(text: str) -> str:
    """Escape ``text`` for a reportlab Paragraph and switch to DejaVu Sans for characters WQY lacks.

    reportlab silently draws nothing for a missing glyph, so every string goes through here.
    Line breaks become <br/>.
    """
    fonts = ensure_fonts()
    main = fonts.main
    if all(ord(ch) in main or ch == "\n" for ch in text):
        return escape(text).replace("\n", "<br/>")
    out: list[str] = []
    run: list[str] = []
    for ch in text:
        if ord(ch) in main or ch == "\n" or ord(ch) not in fonts.fallback:
            if run:
                out.append(f'<font name="{FALLBACK}">{escape("".join(run))}</font>')
                run = []
            out.append(escape(ch).replace("\n", "<br/>"))
        else:
            run.append(ch)
    if run:
        out.append(f'<font name="{FALLBACK}">{escape("".join(run))}</font>')
    return "".join(out)


def covered(text: str) -> bool:
    """True when the main font can draw every character of ``text`` (no fallback font needed)."""
    main = ensure_fonts().main
    return all(ord(ch) in main for ch in text if ch != "\n")


def missing_glyphs(text: str) -> set[str]:
    """Characters of ``text`` that neither font can draw (control characters aside)."""
    fonts = ensure_fonts()
    return {ch for ch in text if ch.isprintable() and ord(ch) not in fonts.main and ord(ch) not in fonts.fallback}
