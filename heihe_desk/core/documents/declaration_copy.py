"""Readable copy of a list declaration (申报清单 / Копия декларации, CEB603) for the trader's files."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from heihe_desk.core.documents import labels as L
from heihe_desk.core.documents.blocks import (
    FILL,
    GRID,
    MUTED_HEX,
    STYLES,
    barcode,
    cell,
    goods_table,
    head_cell,
    para,
    qr_code,
    rich,
    side_by_side,
    stack,
)
from heihe_desk.core.documents.countries import country_name
from heihe_desk.core.documents.fonts import markup
from heihe_desk.core.documents.labels import DocLang, doc_lang
from heihe_desk.core.documents.page import FRAME_WIDTH, build_a4
from heihe_desk.core.domain.declaration_copy import DeclarationCopy, DeclarationCopyLine
from heihe_desk.core.locale import formatting

#: No, item no, commodity code, name and specification, barcode, qty, legal qty, price, total (180 mm).
WIDTHS = [7 * mm, 19 * mm, 18 * mm, 52 * mm, 22 * mm, 16 * mm, 16 * mm, 14 * mm, 16 * mm]


def render_declaration_copy(data: DeclarationCopy, lang: str, out: Path | BinaryIO) -> None:
    """Write a readable copy of the declaration ``data`` in ``lang`` (zh, ru, en or zh+ru) as PDF."""
    doc = doc_lang(lang)
    story: list[Flowable] = [_header(doc, data), Spacer(0, 3 * mm), _head_fields(doc, data), Spacer(0, 4 * mm),
                             _goods(doc, data), Spacer(0, 4 * mm),
                             rich([f'<font color="{MUTED_HEX}">{markup(t)}</font>'
                                   for t in doc.each(L.COPY_DISCLAIMER)], STYLES.small)]
    if data.note:
        story.insert(-1, rich([markup(doc.t(L.NOTES) + doc.colon() + data.note)], STYLES.small))
    build_a4(out, story, doc, doc.t(L.DECLARATION_COPY), data.number, data.ebc_name)


def _header(lang: DocLang, data: DeclarationCopy) -> Table:
    left = stack([(markup(data.ebc_name), STYLES.seller), (markup(data.ebc_code), STYLES.small)])
    title = rich([markup(t) for t in lang.each(L.DECLARATION_COPY)], STYLES.title)
    info = rich([markup(f"{lang.t(L.NUMBER)}{lang.colon()}{data.number}"),
                 markup(f"{lang.t(L.CUSTOMS_STATUS)}{lang.colon()}{data.status}") if data.status else ""],
                STYLES.footer_right)
    right = Table([[title], [info]], colWidths=[90 * mm])
    right.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    table = side_by_side([left, right, qr_code(data.order_no or data.cop_no, 20 * mm)],
                         [FRAME_WIDTH - 90 * mm - 20 * mm - 8 * mm, 90 * mm, 20 * mm], gap=4 * mm)
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 1.2, GRID), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return table


def _head_fields(lang: DocLang, data: DeclarationCopy) -> Table:
    """The InventoryHead as a two-pair-per-row grid of labelled values."""
    def party(code: str, name: str) -> str:
        return f"{name} ({code})" if code and name else name or code

    dest = f"{country_name(data.country, lang.langs[-1])} ({data.country})" if data.country else ""
    pairs: list[tuple[str, str | Flowable]] = [
        (L.INVT_NO, data.invt_no), (L.PRE_NO, data.pre_no), (L.COP_NO, data.cop_no), (L.ORDER_REF, data.order_no),
        (L.CUSTOMS_CODE, data.customs_code), (L.PORT_CODE, data.port_code), (L.IE_DATE, lang.day(data.ie_date)),
        (L.SUPERVISION_MODE, data.trade_mode), (L.TRAF_MODE, data.traf_mode), (L.DEST_COUNTRY, dest),
        (L.POD, data.pod), (L.BILL_NO, data.bill_no), (L.EBP, party(data.ebp_code, data.ebp_name)),
        (L.EBC, party(data.ebc_code, data.ebc_name)), (L.AGENT, party(data.agent_code, data.agent_name)),
        (L.OWNER, party(data.owner_code, data.owner_name)),
        (L.LOGISTICS, party(data.logistics_code, data.logistics_name)), (L.WAYBILL, data.logistics_no),
        (L.WRAP_TYPE, data.wrap_type), (L.PACKAGES, formatting.number(data.pack_no, lang.fmt)),
        (L.GROSS_KG, formatting.fixed(data.gross_weight, 3, lang.fmt)),
        (L.NET_KG, formatting.fixed(data.net_weight, 3, lang.fmt)),
        (L.FREIGHT, _money(data.freight, data.f_currency, lang)),
        (L.INSURANCE, _money(data.insured_fee, data.i_currency, lang)),
    ]
    if data.logistics_no:
        pairs.append((L.BARCODE, barcode(data.logistics_no, 60 * mm, 8 * mm)))
    label_w, value_w = 36 * mm, FRAME_WIDTH / 2 - 36 * mm
    rows: list[list[Flowable | str]] = []
    for i in range(0, len(pairs), 2):
        row: list[Flowable | str] = []
        for msgid, value in pairs[i:i + 2]:
            row += [rich([markup(t) for t in lang.each(msgid)], STYLES.muted),
                    value if isinstance(value, Flowable) else para(value or "—", STYLES.small)]
        rows.append(row + [""] * (4 - len(row)))
    table = Table(rows, colWidths=[label_w, value_w, label_w, value_w])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, GRID), ("BACKGROUND", (0, 0), (0, -1), FILL),
                               ("BACKGROUND", (2, 0), (2, -1), FILL), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return table


def _goods(lang: DocLang, data: DeclarationCopy) -> Table:
    heads = [head_cell(lang, m) for m in (L.LINE_NO, L.ARTICLE, L.COMMODITY_CODE, L.DESCRIPTION, L.BARCODE,
                                          L.QTY, L.LEGAL_QTY)]
    heads += [rich([*(markup(t) for t in lang.each(m)), f"({data.currency})"], STYLES.head)
              for m in (L.PRICE, L.AMOUNT)]
    rows: list[list[Flowable | str]] = [_row(lang, line) for line in data.lines]
    rows.append([para(lang.t(L.TOTALS), STYLES.cell_right), "", "", "", "", "", "", "",
                 _cell_number(data.total_price, lang)])
    return goods_table(heads, rows, WIDTHS, total_span=8)


def _row(lang: DocLang, line: DeclarationCopyLine) -> list[Flowable | str]:
    names = [markup(n) for n in dict.fromkeys((line.gname, line.item_name)) if n]
    spec = f'<font size="6.5" color="{MUTED_HEX}">{markup(line.gmodel)}</font>' if line.gmodel else ""
    # Quantity and unit on separate lines: unit names carry their code ("盒 (140)"), which must not read as digits
    # of the quantity.
    legal = [formatting.exact(line.qty1, lang.fmt), line.unit1]
    if line.qty2 is not None:
        legal += [formatting.exact(line.qty2, lang.fmt), line.unit2]
    return [cell(str(line.gnum), STYLES.cell_center), cell(line.item_no), cell(line.gcode),
            rich([*names, spec], STYLES.cell), cell(line.bar_code),
            cell(f"{formatting.exact(line.qty, lang.fmt)}\n{line.unit}", STYLES.cell_right),
            cell("\n".join(legal), STYLES.cell_right), _cell_number(line.price, lang),
            _cell_number(line.total_price, lang)]


def _cell_number(value: Decimal, lang: DocLang) -> Flowable:
    # Declared values keep every decimal the message carries (N19,5): a copy must not round them.
    return cell(formatting.exact(value, lang.fmt, min_places=2), STYLES.cell_right)


def _money(value: Decimal, currency: str, lang: DocLang) -> str:
    return f"{formatting.exact(value, lang.fmt, min_places=2)} {currency}".strip() if value or currency else ""
