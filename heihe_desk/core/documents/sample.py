"""Realistic sample documents (Heihe seller, Blagoveshchensk buyer) for tests, previews and benchmarks."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from heihe_desk.core.documents.model import (
    BankDetails,
    DocumentData,
    DocumentKind,
    DocumentLine,
    DocumentParty,
    ExchangeRate,
    Tender,
)
from heihe_desk.core.domain.declaration_copy import DeclarationCopy, DeclarationCopyLine
from heihe_desk.core.domain.money import minor_digits

SELLER = DocumentParty(
    name="黑河龙江边贸商行有限公司", name_ru="ООО «Хэйхэ Лунцзян Торговля»",
    name_en="Heihe Longjiang Border Trade Co., Ltd.",
    address="黑龙江省黑河市爱辉区中央街123号", address_ru="Китай, пров. Хэйлунцзян, г. Хэйхэ, ул. Чжунъян, 123",
    address_en="123 Zhongyang St., Aihui District, Heihe, Heilongjiang, China", country="CHN",
    uscc="91110000600037341L", phone="+86 456 822 1234",
    bank=BankDetails("中国银行黑河分行 / Bank of China, Heihe Branch", "1680 2233 4455 6677", swift="BKCHCNBJ860"))
BUYER = DocumentParty(
    name="阿穆尔贸易有限责任公司", name_ru="ООО «Амур Трейд»", name_en="Amur Trade LLC",
    address_ru="675000, Россия, Амурская обл., г. Благовещенск, ул. Ленина, д. 100, оф. 12", country="RUS",
    inn="7707083893", kpp="280101001", phone="+7 4162 55-12-34")
CONSIGNEE = DocumentParty(
    name="布拉戈维申斯克海外仓", name_ru="Склад ООО «Амур Логистик»", name_en="Amur Logistics warehouse",
    address_ru="675004, Россия, г. Благовещенск, ул. Трудовая, д. 3", country="RUS", inn="500100732259")
RATE = ExchangeRate("CNY", "RUB", Decimal("12.8534"), date(2026, 3, 6), "CBR")

#: (zh, ru, en, hs, tnved, unit zh/ru/en, price CNY, kg net, kg gross)
_PRODUCTS = (
    ("龙井绿茶 250克", "Чай зелёный «Лунцзин», 250 г", "Longjing green tea, 250 g", "0902109000", "0902100000",
     ("盒", "кор.", "box"), "45.00", "0.25", "0.31"),
    ("不锈钢保温杯 500毫升", "Термокружка из нержавеющей стали, 500 мл", "Stainless steel thermal mug, 500 ml",
     "9617001100", "9617000000", ("个", "шт.", "pc"), "89.50", "0.32", "0.41"),
    ("人参保湿面霜 50毫升", "Крем для лица увлажняющий с женьшенем, 50 мл", "Ginseng moisturising face cream, 50 ml",
     "3304990099", "3304990000", ("瓶", "шт.", "jar"), "35.80", "0.05", "0.09"),
    ("黑木耳 500克", "Грибы древесные сушёные (муэр), 500 г", "Dried black fungus, 500 g", "0712390010",
     "0712390000", ("袋", "уп.", "bag"), "28.40", "0.5", "0.55"),
    ("蓝牙耳机", "Наушники беспроводные Bluetooth", "Bluetooth earphones", "8518300000", "8518300000",
     ("副", "шт.", "pair"), "129.00", "0.08", "0.2"),
)
LONG_NAME_ZH = "黑河特产纯手工野生蓝莓果酱礼盒装" * 19  # ~300 characters without a single space
LONG_NAME_RU = "Джем из дикой голубики ручной работы в подарочной упаковке, " * 5


def sample_lines(count: int = 3, currency: str = "CNY", long_name: bool = False) -> tuple[DocumentLine, ...]:
    """``count`` goods lines cycling through five products; amounts = quantity × price, half-up."""
    lines = []
    for i in range(count):
        zh, ru, en, hs, tnved, (u_zh, u_ru, u_en), price, net, gross = _PRODUCTS[i % len(_PRODUCTS)]
        qty = Decimal(6 + 6 * (i % 4))
        unit_price = _minor(Decimal(price) * (RATE.rate if currency == "RUB" else 1), currency)
        lines.append(DocumentLine(
            line_no=i + 1, sku=f"HH-{1001 + i}", name_zh=zh, name_ru=ru, name_en=en, quantity=qty,
            unit_zh=u_zh, unit_ru=u_ru, unit_en=u_en, unit_price_minor=unit_price,
            amount_minor=int((qty * unit_price).quantize(Decimal(1), rounding=ROUND_HALF_UP)), hs_code=hs,
            tnved_code=tnved, origin_country="CHN", net_kg=Decimal(net) * qty, gross_kg=Decimal(gross) * qty,
            packages=1 + i % 3, batch=f"B2026-03-{i + 1:02d}"))
    if long_name and lines:
        lines[0] = replace(lines[0], name_zh=LONG_NAME_ZH, name_ru=LONG_NAME_RU.strip(), name_en="")
    return tuple(lines)


def sample_document(kind: DocumentKind = DocumentKind.INVOICE, lines: int = 3, currency: str = "CNY",
                    long_name: bool = False, consignee: bool = True) -> DocumentData:
    """An invoice, proforma or packing list for an order of ``lines`` goods lines from Heihe to Blagoveshchensk."""
    prefix = {DocumentKind.INVOICE: "INV", DocumentKind.PROFORMA: "PRO", DocumentKind.PACKING_LIST: "PKL",
              DocumentKind.RECEIPT: "RCP"}.get(kind, "DOC")
    return DocumentData(
        kind=kind, number=f"{prefix}-2026-X7JA-000123", date=date(2026, 3, 8), seller=SELLER, buyer=BUYER,
        consignee=CONSIGNEE if consignee else None, currency=currency,
        lines=sample_lines(lines, currency, long_name),
        freight_minor=_minor(Decimal("150.00"), currency), insurance_minor=_minor(Decimal("12.50"), currency),
        discount_minor=_minor(Decimal("20.00"), currency), incoterms="FCA Heihe", contract_no="HL-AT-2026/07",
        contract_date=date(2026, 1, 15), payment_terms="100% prepayment by bank transfer within 5 days",
        order_ref="ORD-2026-X7JA-000451", waybill_no="HH2026030800017", exchange_rate=RATE, device_code="X7JA",
        valid_until=date(2026, 4, 7) if kind == DocumentKind.PROFORMA else None)


def sample_receipt(currency: str = "CNY", tender_currency: str = "RUB", lines: int = 3,
                   long_name: bool = False) -> DocumentData:
    """A market-stall sale paid in cash in ``tender_currency``, change in the sale currency."""
    base = replace(sample_document(DocumentKind.RECEIPT, lines, currency, long_name, consignee=False),
                   freight_minor=0, insurance_minor=0, discount_minor=0, incoterms="", contract_no="",
                   contract_date=None, waybill_no="", issued_at=datetime(2026, 3, 8, 14, 35))
    due_in_tender = RATE.convert(base.total_minor, currency) if tender_currency != currency else base.total_minor
    step = 10 ** minor_digits(tender_currency) * (100 if tender_currency == "RUB" else 10)
    tendered = -(-due_in_tender // step) * step  # the next round banknote amount above the total
    paid_in_sale_currency = RATE.convert(tendered, tender_currency) if tender_currency != currency else tendered
    return replace(base, tender=Tender(tender_currency, tendered, currency, paid_in_sale_currency - base.total_minor))


def sample_declaration(lines: int = 3) -> DeclarationCopy:
    """A released 9610 list declaration of the sample order."""
    goods = sample_lines(lines)
    decl_lines = tuple(DeclarationCopyLine(
        gnum=g.line_no, item_no=g.sku, gcode=g.hs_code, gname=g.name_zh, gmodel=f"{g.name_en}|无品牌|{g.unit_en}",
        qty=g.quantity, unit=f"{g.unit_zh} ({'140' if g.unit_zh == '盒' else '007'})", qty1=g.net_kg or g.quantity,
        unit1="千克 (035)", price=Decimal(g.unit_price_minor).scaleb(-2),
        total_price=Decimal(g.amount_minor).scaleb(-2), currency="CNY", country="RUS", bar_code="6901234567892",
        item_name=g.name_ru) for g in goods)
    return DeclarationCopy(
        number="DEC-2026-X7JA-000031", cop_no="COP2026030800017", order_no="ORD-2026-X7JA-000451",
        ie_date=date(2026, 3, 8), customs_code="1901", port_code="1901", trade_mode="9610", traf_mode="4",
        country="RUS", ebp_code="2311960000", ebp_name="黑河跨境电商综合服务平台", ebc_code="23119600AA",
        ebc_name="黑河龙江边贸商行有限公司", agent_code="23119600AA", agent_name="黑河龙江边贸商行有限公司",
        owner_code="23119600AA", owner_name="黑河龙江边贸商行有限公司", logistics_code="2311980011",
        logistics_name="黑河国际物流有限公司", logistics_no="HH2026030800017", pack_no=3,
        gross_weight=sum((g.gross_kg or Decimal(0) for g in goods), Decimal(0)),
        net_weight=sum((g.net_kg or Decimal(0) for g in goods), Decimal(0)), lines=decl_lines,
        pre_no="B20260308000171234", invt_no="19012026E000017890", pod="RUS", wrap_type="2",
        freight=Decimal("150.00"), f_currency="CNY", insured_fee=Decimal("12.50"), i_currency="CNY",
        status="Released 放行 2026-03-09", device_code="X7JA")


def _minor(amount: Decimal, currency: str) -> int:
    return int(amount.scaleb(minor_digits(currency)).quantize(Decimal(1), rounding=ROUND_HALF_UP))
