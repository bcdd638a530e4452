"""Packing list (装箱单 / Упаковочный лист): goods, packages and weights per line, no prices."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from heihe_desk.core.documents import labels as L
from heihe_desk.core.documents import sections as S
from heihe_desk.core.documents.blocks import STYLES, cell, goods_table, head_cell, para, rich, signatures
from heihe_desk.core.documents.fonts import markup
from heihe_desk.core.documents.labels import DocLang, doc_lang
from heihe_desk.core.documents.model import DocumentData
from heihe_desk.core.documents.page import FRAME_WIDTH, build_a4

#: No, description, codes, qty, unit, packages, net, gross (180 mm).
WIDTHS = [8 * mm, 60 * mm, 21 * mm, 16 * mm, 13 * mm, 16 * mm, 23 * mm, 23 * mm]


def render_packing_list(data: DocumentData, lang: str, out: Path | BinaryIO) -> None:
    """Write the packing list of ``data`` in ``lang`` (zh, ru, en or zh+ru) as PDF to ``out``."""
    doc = doc_lang(lang)
    story: list[Flowable] = [S.header(doc, data, L.PACKING_LIST), Spacer(0, 4 * mm),
                             S.parties(doc, data, with_money_terms=False), Spacer(0, 4 * mm), _goods(doc, data)]
    closing: list[Flowable] = []
    if data.notes:
        closing += [Spacer(0, 3 * mm), rich([markup(doc.t(L.NOTES) + doc.colon() + data.notes)], STYLES.small)]
    story.append(KeepTogether([*closing, Spacer(0, 8 * mm), signatures(doc, FRAME_WIDTH, buyer=False)]))
    build_a4(out, story, doc, doc.t(L.PACKING_LIST), data.number, data.seller.name)


def _goods(lang: DocLang, data: DocumentData) -> Flowable:
    heads = [head_cell(lang, msgid) for msgid in (L.LINE_NO, L.DESCRIPTION, L.HS_TNVED, L.QTY, L.UNIT, L.PACKAGES,
                                                  L.NET_KG, L.GROSS_KG)]
    rows: list[list[Flowable | str]] = [
        [cell(str(line.line_no), STYLES.cell_center), S.description(lang, line, with_batch=True), S.codes(line),
         S.number(line.quantity, lang), S.unit(lang, line), S.number(line.packages, lang),
         _kg(line.net_kg, lang), _kg(line.gross_kg, lang)] for line in data.lines]
    rows.append([para(lang.t(L.TOTALS), STYLES.cell_right), "", "", "", "", S.number(data.packages, lang),
                 _kg(data.net_kg, lang), _kg(data.gross_kg, lang)])
    return goods_table(heads, rows, WIDTHS, total_span=5)


def _kg(value: Decimal | None, lang: DocLang) -> Flowable:
    return cell(S.kg(value, lang), STYLES.cell_right)
