"""The priced goods document both the commercial invoice and the proforma are made of."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from heihe_desk.core.documents import labels as L
from heihe_desk.core.documents import sections as S
from heihe_desk.core.documents.blocks import (
    GAP,
    STYLES,
    cell,
    goods_table,
    head_cell,
    rate_lines,
    rich,
    side_by_side,
    signatures,
    totals_table,
    words,
)
from heihe_desk.core.documents.fonts import markup
from heihe_desk.core.documents.labels import DocLang, doc_lang
from heihe_desk.core.documents.model import DocumentData
from heihe_desk.core.documents.page import FRAME_WIDTH, build_a4
from heihe_desk.core.locale import formatting

#: Column widths of the priced goods table (they add up to the 180 mm frame).
WIDTHS = [8 * mm, 58 * mm, 21 * mm, 16 * mm, 14 * mm, 13 * mm, 22 * mm, 28 * mm]


def render_priced(data: DocumentData, lang_code: str, out: Path | BinaryIO, title: str,
                  extra_info: tuple[tuple[str, str], ...] = ()) -> None:
    """Write an invoice-like PDF (``title`` is the untranslated document name)."""
    lang = doc_lang(lang_code)
    story: list[Flowable] = [S.header(lang, data, title, extra_info), Spacer(0, 4 * mm),
                             S.parties(lang, data), Spacer(0, 4 * mm), _goods(lang, data), Spacer(0, 3 * mm)]
    closing: list[Flowable] = [_summary(lang, data)]
    if data.notes:
        closing += [Spacer(0, 3 * mm), rich([markup(lang.t(L.NOTES) + lang.colon() + data.notes)], STYLES.small)]
    # Totals, words and signatures move to the next page together: a signature alone on a page signs nothing.
    story.append(KeepTogether([*closing, Spacer(0, 6 * mm), signatures(lang, FRAME_WIDTH)]))
    build_a4(out, story, lang, lang.t(title), data.number, data.seller.name)


def _goods(lang: DocLang, data: DocumentData) -> Flowable:
    heads = [head_cell(lang, msgid) for msgid in (L.LINE_NO, L.DESCRIPTION, L.HS_TNVED, L.ORIGIN, L.QTY, L.UNIT)]
    heads += [rich([*(markup(t) for t in lang.each(msgid)), f"({data.currency})"], STYLES.head)
              for msgid in (L.PRICE, L.AMOUNT)]
    rows = [[cell(str(line.line_no), STYLES.cell_center), S.description(lang, line), S.codes(line),
             S.origin(lang, line), S.number(line.quantity, lang), S.unit(lang, line),
             cell(lang.amount(line.unit_price_minor, data.currency), STYLES.cell_right),
             cell(lang.amount(line.amount_minor, data.currency), STYLES.cell_right)] for line in data.lines]
    return goods_table(heads, rows, WIDTHS)


def _summary(lang: DocLang, data: DocumentData) -> Flowable:
    """Amount in words, rate, equivalent and weights on the left; the totals on the right."""
    cur = data.currency
    totals = [(lang.t(L.GOODS_TOTAL), lang.amount(data.goods_minor, cur))]
    for msgid, minor, sign in ((L.FREIGHT, data.freight_minor, ""), (L.INSURANCE, data.insurance_minor, ""),
                               (L.DISCOUNT, data.discount_minor, "−")):
        if minor:
            totals.append((lang.t(msgid), sign + lang.amount(minor, cur)))
    totals.append(("\n".join(lang.each(L.TOTAL_DUE)), lang.money(data.total_minor, cur)))
    left = [f'<font color="#1F4E79">{markup(lang.t(L.IN_WORDS))}</font>', *words(lang, data.total_minor, cur)]
    rate = data.exchange_rate
    if rate is not None and cur in (rate.base, rate.quote):
        other = rate.other(cur)
        equivalent = lang.money(rate.convert(data.total_minor, cur), other)
        left += [GAP, markup(lang.t(L.EQUIVALENT, currency=other) + lang.colon() + equivalent),
                 *(markup(t) for t in rate_lines(lang, rate))]
    weights = [(L.TOTAL_PACKAGES, "" if data.packages is None else formatting.number(data.packages, lang.fmt)),
               (L.TOTAL_NET, S.kg(data.net_kg, lang)), (L.TOTAL_GROSS, S.kg(data.gross_kg, lang))]
    known = [markup(lang.t(msgid) + lang.colon() + value) for msgid, value in weights if value]
    if known:
        left += [GAP, *known]
    right_width = 74 * mm
    return side_by_side([rich(left, STYLES.small), totals_table(totals, right_width)],
                        [FRAME_WIDTH - right_width - 5 * mm, right_width], gap=5 * mm)
