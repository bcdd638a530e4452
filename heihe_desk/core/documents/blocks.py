"""Building blocks shared by the A4 documents: styles, party boxes, tables, totals, codes, signatures."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import cache

from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from heihe_desk.core.documents import labels as L
from heihe_desk.core.documents.countries import country_name
from heihe_desk.core.documents.fonts import MAIN, covered, markup
from heihe_desk.core.documents.labels import DocLang
from heihe_desk.core.documents.model import DocumentParty, ExchangeRate
from heihe_desk.core.documents.words import minor_in_words
from heihe_desk.core.locale import formatting
from heihe_desk.core.locale.catalogue import _

INK = colors.HexColor("#1B2A3A")
MUTED = colors.HexColor("#5B6673")
ACCENT = colors.HexColor("#1F4E79")
FILL = colors.HexColor("#E9EEF4")
GRID = colors.HexColor("#9AA6B2")
MUTED_HEX = "#5B6673"


def _style(name: str, size: float, align: int = TA_LEFT, color: colors.Color = INK,
           leading: float | None = None) -> ParagraphStyle:
    # wordWrap="CJK" breaks between any two characters when needed, so long Chinese names (no spaces) wrap
    # inside their cell instead of running past it; text without CJK uses a word-wrapping twin (wrapping()).
    return ParagraphStyle(name, fontName=MAIN, fontSize=size, leading=leading or size * 1.28, alignment=align,
                          textColor=color, wordWrap="CJK", splitLongWords=True, autoLeading="max")


class Styles:
    """Paragraph styles of the A4 documents (one font: WQY Micro Hei has no bold face)."""

    title: ParagraphStyle = _style("title", 15, TA_RIGHT, ACCENT, 18)
    seller: ParagraphStyle = _style("seller", 11, leading=13.5)
    party: ParagraphStyle = _style("party", 9, leading=11.5)
    normal: ParagraphStyle = _style("normal", 8.5)
    small: ParagraphStyle = _style("small", 7.5)
    muted: ParagraphStyle = _style("muted", 7, color=MUTED)
    box_head: ParagraphStyle = _style("box_head", 7.5, color=ACCENT)
    cell: ParagraphStyle = _style("cell", 7.5)
    cell_right: ParagraphStyle = _style("cell_right", 7.5, TA_RIGHT)
    cell_center: ParagraphStyle = _style("cell_center", 7.5, TA_CENTER)
    head: ParagraphStyle = _style("head", 6.8, TA_CENTER, INK, 8.4)
    total: ParagraphStyle = _style("total", 9.5, TA_RIGHT, leading=12)
    footer: ParagraphStyle = _style("footer", 7, color=MUTED)
    footer_right: ParagraphStyle = _style("footer_right", 7, TA_RIGHT, MUTED)
    rule: colors.Color = GRID


STYLES = Styles()


class Para(Paragraph):  # type: ignore[misc]  # reportlab ships no type hints
    """A Paragraph that remembers its last line breaking: tables wrap each cell again before drawing it,
    and breaking Chinese text is the costliest step of a document."""

    _wrapped: tuple[float, tuple[float, float]] | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self._wrapped is not None and self._wrapped[0] == avail_width:
            return self._wrapped[1]
        size: tuple[float, float] = super().wrap(avail_width, avail_height)
        self._wrapped = (avail_width, size)
        return size


#: Chinese, Japanese and Korean characters and their punctuation: text that needs CJK line breaking.
_CJK = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")


@cache
def _latin(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(style.name + "_latin", parent=style, wordWrap=None)


def wrapping(style: ParagraphStyle, text: str) -> ParagraphStyle:
    """``style`` itself for text with CJK characters; else its twin with word wrapping.

    reportlab lays CJK paragraphs out character by character, several times slower than by words, and a
    Russian or English text breaks better at spaces anyway; an over-long word still splits (splitLongWords).
    """
    return style if _CJK.search(text) else _latin(style)


def para(text: str, style: ParagraphStyle = STYLES.normal) -> Paragraph:
    """A paragraph of plain text (escaped, glyph-safe)."""
    return Para(markup(text), wrapping(style, text))


class Cell(Flowable):  # type: ignore[misc]  # reportlab ships no type hints
    """Short plain text (numbers, codes, units) drawn line by line without paragraph layout.

    Table cells are wrapped several times per build, and paragraph line breaking dominated the time of a
    20-line invoice; a cell whose lines fit its width and whose glyphs are all in the main font is drawn
    directly, anything else falls back to a wrapping Paragraph.
    """

    def __init__(self, text: str, style: ParagraphStyle):
        super().__init__()
        self.text = text
        self.lines = text.split("\n") if text else []
        self.style = style
        self._para: Paragraph | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        style = self.style
        fits = all(stringWidth(line, MAIN, style.fontSize) <= avail_width for line in self.lines)
        if not fits or not covered(self.text):
            self._para = self._para or para(self.text, style)
            return self._para.wrap(avail_width, avail_height)  # type: ignore[no-any-return]
        self._para = None
        self.width, self.height = avail_width, len(self.lines) * style.leading
        return self.width, self.height

    def draw(self) -> None:
        if self._para is not None:
            self._para.drawOn(self.canv, 0, 0)
            return
        style, canvas = self.style, self.canv
        canvas.setFont(MAIN, style.fontSize)
        canvas.setFillColor(style.textColor)
        for i, line in enumerate(self.lines):
            # Same first baseline as a Paragraph of this style: one font size below the top.
            y = self.height - style.fontSize - i * style.leading
            if style.alignment == TA_RIGHT:
                canvas.drawRightString(self.width, y, line)
            elif style.alignment == TA_CENTER:
                canvas.drawCentredString(self.width / 2, y, line)
            else:
                canvas.drawString(0, y, line)


def cell(text: str, style: ParagraphStyle = STYLES.cell) -> Cell:
    """A table cell of plain text; lines separated by newlines."""
    return Cell(text, style)


class Lines(Flowable):  # type: ignore[misc]  # reportlab ships no type hints
    """Paragraphs stacked without spacing: one per line of a multi-line block, so that only the Chinese
    lines pay for character-by-character CJK layout."""

    def __init__(self, paragraphs: Sequence[Paragraph]):
        super().__init__()
        self.paragraphs = list(paragraphs)
        self._heights: list[float] = []

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._heights = [p.wrap(avail_width, avail_height)[1] for p in self.paragraphs]
        self.width, self.height = avail_width, sum(self._heights)
        return self.width, self.height

    def draw(self) -> None:
        y = self.height
        for paragraph, height in zip(self.paragraphs, self._heights, strict=True):
            y -= height
            paragraph.drawOn(self.canv, 0, y)


def rich(parts: Sequence[str], style: ParagraphStyle = STYLES.normal) -> Flowable:
    """Already-marked-up parts, one per line (empty parts skipped)."""
    return stack([(part, style) for part in parts])


def stack(parts: Sequence[tuple[str, ParagraphStyle]]) -> Flowable:
    """Already-marked-up lines, each in its own style (a larger name above small details)."""
    paragraphs = [Para(part, wrapping(style, part)) for part, style in parts if part]
    return paragraphs[0] if len(paragraphs) == 1 else Lines(paragraphs)


#: A part of ``rich`` that makes an empty line (a paragraph of nothing would have no height).
GAP = "\u00a0"


def field(lang: DocLang, msgid: str, value: str) -> str:
    """'Label: value' markup with a muted label; empty when there is no value."""
    if not value:
        return ""
    return f'<font color="{MUTED_HEX}">{markup(lang.t(msgid))}{lang.colon()}</font>{markup(value)}'


def pick(lang: DocLang, zh: str, ru: str, en: str) -> list[str]:
    """A text in each language of the document, falling back to any that exists; duplicates dropped."""
    by_lang = {"zh_CN": zh, "ru": ru, "en": en}
    fallback = next((v for v in (en, ru, zh) if v), "")
    texts: list[str] = []
    for code in lang.langs:
        text = by_lang[code] or fallback
        if text and text not in texts:
            texts.append(text)
    return texts


def party(lang: DocLang, who: DocumentParty, name_style: ParagraphStyle = STYLES.party) -> Flowable:
    """A party's names (one per document language) above its details in small type."""
    names = [(markup(n), name_style) for n in pick(lang, who.name, who.name_ru, who.name_en)]
    return stack(names + [(line, STYLES.small) for line in party_details(lang, who)])


def party_details(lang: DocLang, party: DocumentParty) -> list[str]:
    """Markup lines of a party under its name: address, country, registration numbers, phone, bank."""
    lines = [markup(a) for a in pick(lang, party.address, party.address_ru, party.address_en)]
    if party.country:
        lines.append(markup(" / ".join(dict.fromkeys(country_name(party.country, code) for code in lang.langs))))
    lines += [field(lang, L.INN, party.inn), field(lang, L.KPP, party.kpp)]
    lines += [field(lang, L.USCC, party.uscc), field(lang, L.PHONE, party.phone)]
    if party.bank:
        bank = party.bank
        lines += [field(lang, L.BANK, bank.bank_name), field(lang, L.ACCOUNT, bank.account),
                  field(lang, L.SWIFT, bank.swift), field(lang, L.BIK, bank.bik),
                  field(lang, L.CORR_ACCOUNT, bank.correspondent_account)]
    return [line for line in lines if line]


def box(lang: DocLang, heading: str, body: Flowable, width: float, extra: Flowable | None = None) -> Table:
    """A bordered box with a tinted heading bar, e.g. the buyer's block; ``extra`` goes under the body."""
    rows: list[list[Flowable]] = [[para(lang.t(heading), STYLES.box_head)], [body]]
    if extra is not None:
        rows.append([extra])
    table = Table(rows, colWidths=[width])
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.5, GRID), ("BACKGROUND", (0, 0), (-1, 0), FILL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3), ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


def side_by_side(cells: Sequence[Flowable], widths: Sequence[float], gap: float = 3 * mm) -> Table:
    """Flowables next to each other with a gap, top-aligned (party boxes, words and totals)."""
    row: list[Flowable | str] = []
    col_widths: list[float] = []
    for i, (cell, width) in enumerate(zip(cells, widths, strict=True)):
        if i:
            row.append("")
            col_widths.append(gap)
        row.append(cell)
        col_widths.append(width)
    table = Table([row], colWidths=col_widths)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return table


def head_cell(lang: DocLang, msgid: str) -> Paragraph:
    """A column heading, one language per line so bilingual headings stay narrow."""
    return rich([markup(text) for text in lang.each(msgid)], STYLES.head)


def goods_table(header: Sequence[Flowable], rows: Sequence[Sequence[Flowable | str]], widths: Sequence[float],
                total_span: int = 0) -> Table:
    """The bordered goods table; the heading repeats on every page.

    With ``total_span`` > 0 the last row is a tinted totals row whose first ``total_span`` cells merge.
    """
    table = Table([list(header), *[list(r) for r in rows]], colWidths=list(widths), repeatRows=1)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.4, GRID), ("BACKGROUND", (0, 0), (-1, 0), FILL),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"), ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if total_span:
        style += [("BACKGROUND", (0, -1), (-1, -1), FILL), ("SPAN", (0, -1), (total_span - 1, -1))]
    table.setStyle(TableStyle(style))
    return table


def totals_table(rows: Sequence[tuple[str, str]], width: float) -> Table:
    """Label/amount rows, right-aligned; the last row (the total due) is larger and ruled above."""
    data = [[para(label, STYLES.cell_right), para(value, STYLES.cell_right)] for label, value in rows[:-1]]
    label, value = rows[-1]
    data.append([para(label, STYLES.total), para(value, STYLES.total)])
    table = Table(data, colWidths=[width * 0.58, width * 0.42])
    table.setStyle(TableStyle([
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK), ("BACKGROUND", (0, -1), (-1, -1), FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("BOX", (0, 0), (-1, -1), 0.5, GRID),
    ]))
    return table


def words(lang: DocLang, minor: int, currency: str) -> list[str]:
    """The amount in words once per document language (Chinese 大写, Russian, English)."""
    return [markup(minor_in_words(minor, currency, code)) for code in lang.langs]


def rate_lines(lang: DocLang, rate: ExchangeRate) -> list[str]:
    """'Exchange rate used: 1 CNY = 12.85 RUB (CBR, 08.03.2026)', one line per document language.

    The source is looked up in the catalogue per language ("entered by hand" is a phrase; "CBR" stays as is).
    """
    lines = (_(L.RATE_USED, code).format(base=rate.base, quote=rate.quote, rate=formatting.exact(rate.rate, lang.fmt),
                                         source=_(rate.source, code) if rate.source else "—", date=lang.day(rate.on))
             for code in lang.langs)
    return list(dict.fromkeys(lines))


class QrCode(Flowable):  # type: ignore[misc]  # reportlab ships no type hints
    """A QR code (level M, 4-module quiet zone) in a square of ``size``, drawn as one filled path.

    reportlab's widget re-encodes the value on every draw and makes one shape object per dark run;
    encoding once and filling one path costs a fraction of that.
    """

    def __init__(self, value: str, size: float):
        super().__init__()
        self.value = value
        code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        code.addData(value)
        code.make()
        self.modules: list[list[bool]] = [[bool(m) for m in row] for row in code.modules]
        self.width = self.height = size

    def draw(self) -> None:
        count = len(self.modules)
        box = self.width / (count + 8)
        path = self.canv.beginPath()
        for r, row in enumerate(self.modules):
            top = self.height - (r + 4 + 1) * box
            for dark, run in itertools.groupby(enumerate(row), key=lambda item: item[1]):
                cells = list(run)
                if dark:
                    path.rect((cells[0][0] + 4) * box, top, len(cells) * box, box)
        self.canv.setFillColor(colors.black)
        self.canv.drawPath(path, stroke=0, fill=1)


def qr_code(value: str, size: float = 22 * mm) -> QrCode:
    """A QR code of ``value`` (the order reference)."""
    return QrCode(value, size)


def barcode(value: str, width: float, height: float = 9 * mm) -> Code128:
    """A Code128 barcode of ``value`` (the waybill) no wider than ``width``.

    The number itself is printed as text next to the label, so the bars carry no caption of their own
    (reportlab's caption would overlap the bars inside a table cell).
    """
    probe = Code128(value, barWidth=1.0, barHeight=height, quiet=False)
    return Code128(value, barWidth=min(1.0, width / max(probe.width, 1.0)), barHeight=height, quiet=False)


def signatures(lang: DocLang, width: float, buyer: bool = True) -> Table:
    """Seller's and (optionally) buyer's signature lines side by side, each with its stamp place under it."""
    half = (width - 12 * mm) / 2
    stamp = para(lang.t(L.STAMP), STYLES.muted)
    right = [para(lang.t(L.BUYER_SIGNATURE), STYLES.small), stamp] if buyer else ["", ""]
    table = Table([[para(lang.t(L.SELLER_SIGNATURE), STYLES.small), "", right[0]],
                   ["", "", ""], [stamp, "", right[1]]],
                  colWidths=[half, 12 * mm, half], rowHeights=[None, 12 * mm, None])
    table.setStyle(TableStyle([("LINEBELOW", (0, 1), (0, 1), 0.6, INK),
                               ("LINEBELOW", (2, 1), (2, 1), 0.6, INK if buyer else colors.white),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table
