"""Page sections shared by invoice, proforma and packing list: header, parties and terms, goods cells."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, Paragraph, Table, TableStyle

from heihe_desk.core.documents import labels as L
from heihe_desk.core.documents.blocks import (
    MUTED_HEX,
    STYLES,
    barcode,
    box,
    cell,
    field,
    para,
    party,
    pick,
    qr_code,
    rich,
    side_by_side,
)
from heihe_desk.core.documents.countries import country_name
from heihe_desk.core.documents.fonts import markup
from heihe_desk.core.documents.labels import DocLang
from heihe_desk.core.documents.model import DocumentData, DocumentLine
from heihe_desk.core.documents.page import FRAME_WIDTH
from heihe_desk.core.locale import formatting

_RIGHT = 80 * mm  # width of the title / number / QR column of the header
_QR = 22 * mm


def header(lang: DocLang, data: DocumentData, title: str, extra_info: Sequence[tuple[str, str]] = ()) -> Table:
    """Seller (and logo) on the left; title, number, date, order reference and QR code on the right."""
    left: list[Flowable] = []
    if data.logo is not None and data.logo.is_file():
        logo = Image(str(data.logo))
        scale = min(16 * mm / logo.imageHeight, 40 * mm / logo.imageWidth)
        logo.drawHeight, logo.drawWidth = logo.imageHeight * scale, logo.imageWidth * scale
        logo.hAlign = "LEFT"
        left.append(logo)
    left.append(party(lang, data.seller, STYLES.seller))
    info = [(L.NUMBER, data.number), (L.DATE, lang.day(data.date)), *extra_info, (L.ORDER_REF, data.order_ref)]
    info_rows = [[para(lang.t(msgid), STYLES.muted), para(value, STYLES.small)] for msgid, value in info if value]
    info_table = Table(info_rows, colWidths=[22 * mm, _RIGHT - _QR - 24 * mm])
    info_table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                    ("TOPPADDING", (0, 0), (-1, -1), 0.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    code: Flowable | str = qr_code(data.order_ref or data.number, _QR)
    right = Table([[rich([markup(t) for t in lang.each(title)], STYLES.title)], [
        side_by_side([info_table, code], [_RIGHT - _QR - 2 * mm, _QR], gap=2 * mm)]], colWidths=[_RIGHT])
    right.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, 0), 5)]))
    table = side_by_side([_stack(left), right], [FRAME_WIDTH - _RIGHT - 6 * mm, _RIGHT], gap=6 * mm)
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 1.2, STYLES.rule),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return table


def parties(lang: DocLang, data: DocumentData, with_money_terms: bool = True) -> Table:
    """Buyer, consignee (if any) and the terms of the deal, as boxes in one row."""
    incoterms = f"{data.incoterms} (Incoterms® 2020)" if data.incoterms else ""
    terms = [_contract(lang, data), field(lang, L.INCOTERMS, incoterms)]
    if with_money_terms:
        terms += [field(lang, L.PAYMENT_TERMS, data.payment_terms), field(lang, L.CURRENCY, data.currency)]
    terms.append(field(lang, L.WAYBILL, data.waybill_no))
    boxes = [(L.BUYER, party(lang, data.buyer))]
    if data.consignee is not None:
        boxes.append((L.CONSIGNEE, party(lang, data.consignee)))
    terms_width = 58 * mm if data.consignee is not None else 78 * mm
    party_width = (FRAME_WIDTH - terms_width - 3 * mm * len(boxes)) / len(boxes)
    code = barcode(data.waybill_no, terms_width - 10 * mm) if data.waybill_no else None
    cells = [box(lang, heading, body, party_width) for heading, body in boxes]
    cells.append(box(lang, L.TERMS, rich(terms, STYLES.small), terms_width, code))
    return side_by_side(cells, [party_width] * len(boxes) + [terms_width])


def _contract(lang: DocLang, data: DocumentData) -> str:
    """'Контракт № … от …' once per language, each on its own line (a sentence, not a label)."""
    if not data.contract_no:
        return ""
    if data.contract_date is None:
        texts = lang.each(L.CONTRACT_NO_DATE, number=data.contract_no)
    else:
        texts = lang.each(L.CONTRACT, number=data.contract_no, date=lang.day(data.contract_date))
    return "<br/>".join(markup(t) for t in texts)


def _stack(flowables: Sequence[Flowable]) -> Flowable:
    if len(flowables) == 1:
        return flowables[0]
    table = Table([[f] for f in flowables])
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return table


# -- goods cells -------------------------------------------------------------------------------------

def description(lang: DocLang, line: DocumentLine, with_batch: bool = False) -> Paragraph:
    """Product names in the document's languages, then the article (and batch) in small muted type."""
    names = [markup(n) for n in pick(lang, line.name_zh, line.name_ru, line.name_en)]
    details = [field(lang, L.ARTICLE, line.sku)]
    if with_batch:
        details.append(field(lang, L.BATCH, line.batch))
    detail = "  ".join(d for d in details if d)
    return rich([*names, f'<font size="6.5" color="{MUTED_HEX}">{detail}</font>' if detail else ""], STYLES.cell)


def unit(lang: DocLang, line: DocumentLine) -> Flowable:
    return cell("\n".join(pick(lang, line.unit_zh, line.unit_ru, line.unit_en)), STYLES.cell_center)


def origin(lang: DocLang, line: DocumentLine) -> Flowable:
    names = dict.fromkeys(country_name(line.origin_country, code) for code in lang.langs) if line.origin_country else {}
    return cell("\n".join(names), STYLES.cell_center)


def codes(line: DocumentLine) -> Flowable:
    return cell("\n".join(c for c in (line.hs_code, line.tnved_code) if c), STYLES.cell_center)


def number(value: Decimal | int | None, lang: DocLang) -> Flowable:
    """A right-aligned quantity or package count; blank when unknown."""
    return cell("" if value is None else formatting.number(value, lang.fmt), STYLES.cell_right)


def kg(value: Decimal | None, lang: DocLang) -> str:
    """A weight with three decimals (grams), blank when unknown."""
    return "" if value is None else formatting.fixed(value, 3, lang.fmt)
