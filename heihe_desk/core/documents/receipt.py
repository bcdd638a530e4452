"""Sales receipt (收据 / Чек) for 58 mm and 80 mm thermal paper; the page is as long as its content."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import BinaryIO

from reportlab.graphics.shapes import Drawing, Line
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from heihe_desk.core.documents import labels as L
from heihe_desk.core.documents.blocks import INK, MUTED, pick, qr_code, rate_lines, rich
from heihe_desk.core.documents.fonts import MAIN, ensure_fonts, markup
from heihe_desk.core.documents.labels import DocLang, doc_lang
from heihe_desk.core.documents.model import DocumentData, DocumentLine
from heihe_desk.core.documents.page import document
from heihe_desk.core.documents.words import minor_in_words
from heihe_desk.core.locale import formatting

#: Paper width → printable width. Thermal heads print 48 mm of 58 mm paper and 72 mm of 80 mm paper.
PRINTABLE = {58: 48 * mm, 80: 72 * mm}
_TOP, _BOTTOM = 4 * mm, 6 * mm


@dataclass(frozen=True)
class _Styles:
    text: ParagraphStyle
    small: ParagraphStyle
    right: ParagraphStyle
    center: ParagraphStyle
    big: ParagraphStyle
    big_right: ParagraphStyle


@cache
def _styles(size: float) -> _Styles:
    def style(name: str, scale: float = 1.0, align: int = TA_LEFT, color: object = INK) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=MAIN, fontSize=size * scale, leading=size * scale * 1.25,
                              alignment=align, textColor=color, wordWrap="CJK", splitLongWords=True)

    return _Styles(style("text"), style("small", 0.85, color=MUTED), style("right", align=TA_RIGHT),
                   style("center", align=TA_CENTER), style("big", 1.35, TA_CENTER), style("big_right", 1.2, TA_RIGHT))


def render_receipt(data: DocumentData, lang: str, out: Path | BinaryIO, width_mm: int = 80) -> None:
    """Write a receipt for ``data`` on ``width_mm`` (58 or 80) mm paper in ``lang`` as a one-page PDF."""
    if width_mm not in PRINTABLE:
        raise ValueError(f"receipt paper is 58 or 80 mm wide, not {width_mm}")
    ensure_fonts()  # the height is measured before the document exists: the fonts must be registered first
    doc_language = doc_lang(lang)
    width = PRINTABLE[width_mm]
    styles = _styles(7.2 if width_mm == 58 else 8.2)
    story = _story(data, doc_language, width, styles)
    # Thermal paper is a roll: the page is exactly as long as what is printed on it.
    height = sum(f.wrap(width, 10_000)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in story)
    side = (width_mm * mm - width) / 2
    doc = document(out, (width_mm * mm, height + _TOP + _BOTTOM + 2), (side, _TOP, side, _BOTTOM),
                   f"{doc_language.t(L.RECEIPT)} {data.number}", data.seller.name)
    doc.build(story)


def _story(data: DocumentData, lang: DocLang, width: float, st: _Styles) -> list[Flowable]:
    cur = data.currency
    seller = data.seller
    story: list[Flowable] = [
        _p(pick(lang, seller.name, seller.name_ru, seller.name_en), st.big),
        _p([*pick(lang, seller.address, seller.address_ru, seller.address_en), seller.phone], st.small, TA_CENTER),
        Spacer(0, 1.5 * mm), _p(lang.each(L.RECEIPT), st.big), Spacer(0, 1 * mm),
        *_pairs([(lang.t(L.NUMBER), data.number), (lang.t(L.DATE), _when(data, lang)),
                 (lang.t(L.ORDER_REF), data.order_ref), (lang.t(L.DEVICE), data.device_code)], width, st),
        _rule(width),
    ]
    for line in data.lines:
        story += _line(line, lang, cur, width, st)
    story.append(_rule(width))
    # Goods total and each charge or discount, whenever the total is more than the goods: the lines must add up.
    extras = [(L.FREIGHT, data.freight_minor, ""), (L.INSURANCE, data.insurance_minor, ""),
              (L.DISCOUNT, data.discount_minor, "−")]
    totals = [(lang.t(L.GOODS_TOTAL), lang.money(data.goods_minor, cur))] if any(m for _, m, _ in extras) else []
    totals += [(lang.t(msgid), sign + lang.money(minor, cur)) for msgid, minor, sign in extras if minor]
    story += _pairs(totals, width, st)
    story += _pairs([("\n".join(lang.each(L.TOTAL_DUE)), lang.money(data.total_minor, cur))], width, st, big=True)
    story += _payment(data, lang, width, st)
    story += [Spacer(0, 1 * mm), _p([f"{lang.t(L.IN_WORDS)}:"] + [minor_in_words(data.total_minor, cur, code)
                                                                   for code in lang.langs], st.small)]
    if data.order_ref or data.number:
        code = qr_code(data.order_ref or data.number, 18 * mm)
        code.hAlign = "CENTER"
        story += [Spacer(0, 2 * mm), code]
    story += [Spacer(0, 1.5 * mm), _p(lang.each(L.THANKS), st.center)]
    return story


def _payment(data: DocumentData, lang: DocLang, width: float, st: _Styles) -> list[Flowable]:
    """Cash handed over, change given (each in its own currency) and the rate that links them."""
    rows: list[tuple[str, str]] = []
    tender = data.tender
    if tender is not None:
        rows.append((f"{lang.t(L.TENDERED)} ({tender.currency})", lang.money(tender.tendered_minor, tender.currency)))
        rows.append((f"{lang.t(L.CHANGE)} ({tender.change_currency})",
                     lang.money(tender.change_minor, tender.change_currency)))
    rate = data.exchange_rate
    shown = _pairs(rows, width, st)
    currencies = {data.currency} | ({tender.currency, tender.change_currency} if tender else set())
    if rate is not None and len(currencies) > 1:
        other = rate.other(data.currency)
        equivalent = lang.money(rate.convert(data.total_minor, data.currency), other)
        shown += [*_pairs([(lang.t(L.EQUIVALENT, currency=other), equivalent)], width, st),
                  _p(rate_lines(lang, rate), st.small)]
    return shown


def _line(line: DocumentLine, lang: DocLang, cur: str, width: float, st: _Styles) -> list[Flowable]:
    names = pick(lang, line.name_zh, line.name_ru, line.name_en)
    unit = pick(lang, line.unit_zh, line.unit_ru, line.unit_en)
    qty = f"{formatting.number(line.quantity, lang.fmt)} {unit[0] if unit else ''} × " \
          f"{lang.amount(line.unit_price_minor, cur)}"
    return [_p(names, st.text), *_pairs([(qty, lang.amount(line.amount_minor, cur))], width, st)]


def _when(data: DocumentData, lang: DocLang) -> str:
    if data.issued_at is None:
        return lang.day(data.date)
    return f"{formatting.short_day(data.issued_at.date(), lang.fmt)} {data.issued_at:%H:%M}"


def _p(texts: Sequence[str], style: ParagraphStyle, align: int | None = None) -> Flowable:
    return rich([markup(t) for t in texts if t], style if align is None else _aligned(style, align))


@cache
def _aligned(style: ParagraphStyle, align: int) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}_{align}", parent=style, alignment=align)


def _pairs(rows: Sequence[tuple[str, str]], width: float, st: _Styles, big: bool = False) -> list[Flowable]:
    """Label on the left, value on the right; a value too wide for its column (a document number) goes on its
    own right-aligned line under the label instead of being broken."""
    right = st.big_right if big else st.right
    out: list[Flowable] = []
    pending: list[list[Flowable | str]] = []
    for label, value in rows:
        if not value:
            continue
        if stringWidth(value, MAIN, right.fontSize) <= width * 0.45:
            pending.append([_p([label], st.text), _p([value], right)])
            continue
        out += _table(pending, width)
        pending = []
        out += [_p([label], st.text), _p([value], right)]
    return out + _table(pending, width)


def _table(rows: list[list[Flowable | str]], width: float) -> list[Flowable]:
    if not rows:
        return []
    table = Table(rows, colWidths=[width * 0.55, width * 0.45])
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0.6), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6),
                               ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    return [table]


def _rule(width: float) -> Drawing:
    """A dashed separator, the look of a till receipt."""
    drawing = Drawing(width, 3 * mm)
    drawing.add(Line(0, 1.5 * mm, width, 1.5 * mm, strokeColor=INK, strokeWidth=0.5, strokeDashArray=[2, 1.5]))
    return drawing
