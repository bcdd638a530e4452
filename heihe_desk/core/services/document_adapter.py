"""Order facts → DocumentData: seller from settings, buyer and carrier from partners, lines with codes and weights."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from heihe_desk.core.documents.labels import DocLang
from heihe_desk.core.documents.model import (
    BankDetails,
    DocumentData,
    DocumentKind,
    DocumentLine,
    DocumentParty,
    ExchangeRate,
    Tender,
)
from heihe_desk.core.domain.errors import N_
from heihe_desk.core.domain.order import MILLI
from heihe_desk.core.domain.partner import Partner
from heihe_desk.core.domain.product import Product
from heihe_desk.core.storage.code_tables import CodeEntry

#: How a rate's source is printed; a rate typed at the payment has no table row behind it.
RATE_SOURCES = {"manual": N_("entered by hand"), "platform": N_("from the platform"),
                "payment": N_("agreed at payment")}
#: Payment methods that are cash at the counter ("" = not said, as quick sales record it).
CASH = ("cash", "", None)
CARRIER = N_("Carrier: {name}")
PARCELS = N_("Parcels: {count}")
PARCEL_WEIGHT = N_("weighed {kg} kg")
PARCEL_SIZE = N_("size {size} cm")
RECEIVED = N_("Received {amount} on {date}")
RECEIVED_CONVERTED = N_("Received {amount} on {date} = {converted}")


@dataclass(frozen=True)
class OrderFacts:
    """Everything about one order a document prints, read from storage by the service."""

    order: Mapping[str, Any]
    lines: Sequence[Mapping[str, Any]]
    payments: Sequence[Mapping[str, Any]] = ()
    waybill: Mapping[str, Any] | None = None
    buyer: Partner | None = None
    carrier: Partner | None = None
    products: Mapping[str, Product] = field(default_factory=dict)  # by product id
    units: Mapping[str, CodeEntry] = field(default_factory=dict)  # customs unit code → names
    batches: Mapping[str, str] = field(default_factory=dict)  # batch id → batch number
    rate_rows: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)  # rate id → rates row
    table_rate: ExchangeRate | None = None  # the rate in force on the day of issue, for the equivalent
    seller: Mapping[str, Any] = field(default_factory=dict)  # the seller_* settings and terms
    device_code: str = ""


def document_data(kind: DocumentKind, facts: OrderFacts, number: str, issued: dt.datetime,
                  lang: DocLang) -> DocumentData:
    """The document ``kind`` of the order in ``facts``, numbered ``number`` and issued at ``issued`` (local)."""
    order = facts.order
    waybill = facts.waybill or {}
    receipt = kind == DocumentKind.RECEIPT
    paid_rate = _last_payment_rate(facts)
    valid_days = int(facts.seller.get("proforma_valid_days") or 0)
    logo = str(facts.seller.get("seller_logo") or "")
    return DocumentData(
        kind=kind, number=number, date=issued.date(), seller=seller_party(facts.seller),
        buyer=buyer_party(facts.buyer, order), currency=str(order["currency"]), lines=document_lines(facts),
        freight_minor=int(order["freight"]), insurance_minor=int(order["insurance"]),
        discount_minor=int(order["discount"]),
        incoterms="" if receipt else str(facts.seller.get("incoterms") or ""),
        payment_terms="" if receipt else str(facts.seller.get("payment_terms") or ""),
        order_ref=str(order["number"]), waybill_no="" if receipt else str(waybill.get("waybill_no") or ""),
        exchange_rate=_sourced(paid_rate or facts.table_rate), device_code=facts.device_code,
        notes="" if receipt else notes(kind, facts, lang), logo=Path(logo) if logo else None,
        issued_at=_sale_time(facts, issued) if receipt else None, tender=tender(facts) if receipt else None,
        valid_until=issued.date() + dt.timedelta(days=valid_days)
        if kind == DocumentKind.PROFORMA and valid_days > 0 else None)


def seller_party(settings: Mapping[str, Any]) -> DocumentParty:
    """The trader's own company as entered under Seller details."""
    def get(name: str) -> str:
        return str(settings.get(name) or "").strip()

    bank = BankDetails(get("seller_bank_name"), get("seller_bank_account"), swift=get("seller_bank_swift"),
                       bank_address=get("seller_bank_address")) if get("seller_bank_account") else None
    return DocumentParty(
        name=get("seller_name"), name_ru=get("seller_name_ru"), name_en=get("seller_name_en"),
        address=get("seller_address"), address_ru=get("seller_address_ru"), address_en=get("seller_address_en"),
        country="CHN", uscc=get("seller_uscc"), inn=get("seller_inn"), phone=get("seller_phone"),
        email=get("seller_email"), bank=bank)


def buyer_party(buyer: Partner | None, order: Mapping[str, Any]) -> DocumentParty:
    """The buyer with INN/KPP; a partner keeps one address, printed in the slot of its country's language."""
    if buyer is None:  # the partner was removed since: the name the order kept still identifies the buyer
        return DocumentParty(name=str(order.get("buyer_name") or ""))
    russian = buyer.country.upper() in ("RUS", "RU")
    return DocumentParty(
        name=buyer.name, name_ru=buyer.name_ru, name_en=buyer.name_en,
        address="" if russian else buyer.address, address_ru=buyer.address if russian else "",
        country=buyer.country, inn=buyer.inn, kpp=buyer.kpp, uscc=buyer.uscc, phone=buyer.phone, email=buyer.email)


def document_lines(facts: OrderFacts) -> tuple[DocumentLine, ...]:
    """Names, HS code and weights as the order line kept them; TN VED and origin from the product master."""
    lines = []
    for row in facts.lines:
        product = facts.products.get(str(row["product_id"]))
        unit = facts.units.get(str(row["sale_unit"]))
        lines.append(DocumentLine(
            line_no=int(row["line_no"]), sku=str(row["sku"]), name_zh=str(row["name_zh"] or ""),
            name_ru=str(row["name_ru"] or ""), name_en=str(row["name_en"] or ""),
            quantity=Decimal(int(row["qty_milli"])) / MILLI,
            unit_zh=unit.name_zh if unit else str(row["sale_unit"]),
            unit_ru=str(unit.extra.get("ru_abbr") or unit.name_ru) if unit else "",
            unit_en=unit.name_en if unit else "",
            unit_price_minor=int(row["unit_price"]), amount_minor=int(row["amount"]),
            hs_code=str(row["hs_code"] or ""), tnved_code=product.tnved_code if product else "",
            origin_country=product.origin_country if product else "",
            net_kg=_kg(row.get("net_kg")), gross_kg=_kg(row.get("gross_kg")),
            batch=facts.batches.get(str(row.get("batch_id") or ""), "")))
    return tuple(lines)


def payment_rate(payment: Mapping[str, Any], order_currency: str,
                 rate_rows: Mapping[str, Mapping[str, Any]]) -> ExchangeRate | None:
    """The rate a payment in another currency was converted with, as people know it.

    A rate taken from the table prints as it was entered (1 CNY = 12.45 RUB) even when the payment used its
    inverse; a rate typed at the payment prints as typed (units of the order currency per payment currency).
    """
    if not payment.get("rate") or payment["currency"] == order_currency:
        return None
    row = rate_rows.get(str(payment.get("rate_id") or ""))
    if row is not None:
        return ExchangeRate(str(row["base"]), str(row["quote"]), Decimal(str(row["rate"])),
                            dt.date.fromisoformat(str(row["rate_date"])[:10]), str(row["source"]))
    return ExchangeRate(str(payment["currency"]), order_currency, Decimal(str(payment["rate"])),
                        dt.date.fromisoformat(str(payment["paid_at"])[:10]), "payment")


def tender(facts: OrderFacts) -> Tender | None:
    """Cash handed over in one currency and the change in the order's currency.

    None unless the order is paid in full in cash in one currency: a receipt says "paid in cash" and
    "change", which would be wrong for a card payment, a part payment or cash in two currencies.
    """
    payments = facts.payments
    currencies = {str(p["currency"]) for p in payments}
    paid = sum(int(p["amount_order_currency"]) for p in payments)
    total = int(facts.order["total"])
    if len(currencies) != 1 or paid < total or any(p.get("method") not in CASH for p in payments):
        return None
    return Tender(currencies.pop(), sum(int(p["amount"]) for p in payments), str(facts.order["currency"]),
                  paid - total)


def notes(kind: DocumentKind, facts: OrderFacts, lang: DocLang) -> str:
    """Carrier and parcels (the waybill), and on invoices each payment received with its conversion."""
    parts: list[str] = []
    if facts.carrier is not None:
        parts.append(lang.t(CARRIER, name=_carrier_name(facts.carrier, lang)))
    waybill = facts.waybill
    if waybill:
        parcel = [lang.t(PARCELS, count=waybill.get("parcels") or 1)]
        if waybill.get("weight_kg"):
            parcel.append(lang.t(PARCEL_WEIGHT, kg=waybill["weight_kg"]))
        size = " × ".join(str(waybill[k]) for k in ("length_cm", "width_cm", "height_cm") if waybill.get(k))
        if size:
            parcel.append(lang.t(PARCEL_SIZE, size=size))
        parts.append(", ".join(parcel))
    if kind == DocumentKind.INVOICE:
        currency = str(facts.order["currency"])
        for p in facts.payments:
            amount = lang.money(int(p["amount"]), str(p["currency"]))
            day = lang.day(dt.date.fromisoformat(str(p["paid_at"])[:10]))
            if p["currency"] == currency:
                parts.append(lang.t(RECEIVED, amount=amount, date=day))
            else:
                parts.append(lang.t(RECEIVED_CONVERTED, amount=amount, date=day,
                                    converted=lang.money(int(p["amount_order_currency"]), currency)))
    return "; ".join(parts)


def _sourced(rate: ExchangeRate | None) -> ExchangeRate | None:
    """The rate with its source as a phrase ("manual" is a code); the renderer prints it in each language."""
    if rate is None or rate.source not in RATE_SOURCES:
        return rate
    return replace(rate, source=RATE_SOURCES[rate.source])


def _carrier_name(carrier: Partner, lang: DocLang) -> str:
    by_lang = {"zh_CN": carrier.name, "ru": carrier.name_ru, "en": carrier.name_en}
    names = [by_lang[code] or carrier.name for code in lang.langs]
    return " / ".join(dict.fromkeys(n for n in names if n))


def _last_payment_rate(facts: OrderFacts) -> ExchangeRate | None:
    rates = [payment_rate(p, str(facts.order["currency"]), facts.rate_rows) for p in facts.payments]
    known = [r for r in rates if r is not None]
    return known[-1] if known else None


def _sale_time(facts: OrderFacts, issued: dt.datetime) -> dt.datetime:
    """A receipt prints when the money was taken (the first payment), else when it is printed."""
    stamps = [str(p.get("created_at") or "") for p in facts.payments if p.get("created_at")]
    if not stamps:
        return issued
    moment = dt.datetime.fromisoformat(min(stamps).replace("Z", "+00:00"))
    return moment.astimezone(issued.tzinfo) if moment.tzinfo else moment


def _kg(value: Any) -> Decimal | None:
    return Decimal(str(value)) if value not in (None, "") else None
