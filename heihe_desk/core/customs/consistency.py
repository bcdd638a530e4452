"""The three-document check (三单对碰): order, payment, waybill and list must tell the same story."""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

from heihe_desk.core.customs.formats import ceb_decimal, clean_text
from heihe_desk.core.customs.labels import LINE_LABELS, PARCEL_LABELS, PAYMENT_LABELS, SETTINGS, WAYBILL_LABELS
from heihe_desk.core.customs.model import OrderInput, ParcelDeclarationInput, PaymentInput, WaybillInput
from heihe_desk.core.domain.errors import N_, Issue

#: Money may differ by one fen of rounding between documents; weights and counts must agree exactly.
#: What tolerance customs apply when matching the documents is UNVERIFIED (customs-domain §1.1 has none).
MONEY_TOLERANCE = Decimal("0.01")


def _money(value: Decimal) -> str:
    return ceb_decimal(value)


def _same_name(a: str, b: str) -> bool:
    """Names match ignoring case, ё/е, punctuation, spacing and word order (Иванов Иван = иван иванов)."""
    def words(name: str) -> list[str]:
        return sorted(re.sub(r"[^\w]+", " ", clean_text(name).casefold().replace("ё", "е")).split())
    return words(a) == words(b)


def _by_item(lines: Iterable[tuple[str, Decimal, Decimal]]) -> dict[str, tuple[Decimal, Decimal]]:
    """Quantity and amount per SKU (an order may list one SKU on several lines)."""
    sums: dict[str, tuple[Decimal, Decimal]] = {}
    for sku, qty, total in lines:
        key = clean_text(sku)
        old_qty, old_total = sums.get(key, (Decimal(0), Decimal(0)))
        sums[key] = (old_qty + qty, old_total + total)
    return sums


def check_consistency(order: OrderInput, parcel: ParcelDeclarationInput, payment: PaymentInput | None = None,
                      waybill: WaybillInput | None = None) -> list[Issue]:
    """Every mismatch between the documents, each named on the field of the document that disagrees.

    Fields are prefixed with the document: ``list.``, ``payment.``, ``waybill.``. The order is the reference:
    customs match order, receipt and list by order number, list and waybill by waybill number (§1.3–1.6).
    """
    issues: list[Issue] = []

    def differ(field: str, label: str, rule: str, value: object, expected: object, **extra: object) -> None:
        issues.append(Issue(field, label, rule, str(expected), {"value": value, "expected": expected, **extra}))

    order_no, currency = clean_text(order.order_no), order.currency.strip().upper()
    goods = sum((line.total for line in order.lines), Decimal(0))
    if clean_text(parcel.order_no) != order_no:
        differ("list.order_no", PARCEL_LABELS["order_no"], N_("{value} differs from the order number {expected}"),
               clean_text(parcel.order_no), order_no)
    if parcel.currency.strip().upper() != currency:
        differ("list.currency", PARCEL_LABELS["currency"], N_("{value} differs from the order currency {expected}"),
               parcel.currency.strip().upper(), currency)
    listed = sum((line.total for line in parcel.lines), Decimal(0))
    if abs(listed - goods) > MONEY_TOLERANCE:
        differ("list.lines", N_("Goods value"), N_("{value} differs from the order's goods value {expected}"),
               _money(listed), _money(goods))
    if parcel.freight != order.freight:
        differ("list.freight", PARCEL_LABELS["freight"], N_("{value} differs from the freight on the order {expected}"),
               _money(parcel.freight), _money(order.freight))
    both_ids = bool(parcel.buyer.id and order.buyer.id)
    if not (parcel.buyer.id == order.buyer.id if both_ids else _same_name(parcel.buyer.name, order.buyer.name)):
        differ("list.buyer", N_("Buyer"), N_("{value} is not the order's buyer {expected}"),
               clean_text(parcel.buyer.name), clean_text(order.buyer.name))
    issues += _lines(order, parcel)
    if payment is not None:
        issues += _payment(payment, order_no, currency, goods + order.freight, order.buyer.name)
    if waybill is not None:
        issues += _waybill(waybill, parcel, order.buyer.name)
    return issues


def _lines(order: OrderInput, parcel: ParcelDeclarationInput) -> list[Issue]:
    ordered = _by_item((line.item_no, line.qty, line.total) for line in order.lines)
    listed = _by_item((line.item_no, line.qty, line.total) for line in parcel.lines)
    issues = []
    for sku in sorted(ordered.keys() | listed.keys()):
        if sku not in listed:
            issues.append(Issue("list.lines", LINE_LABELS["item_no"],
                                N_("SKU {sku} is on the order but not on the list declaration"), "", {"sku": sku}))
        elif sku not in ordered:
            issues.append(Issue("list.lines", LINE_LABELS["item_no"],
                                N_("SKU {sku} is on the list declaration but not on the order"), "", {"sku": sku}))
        else:
            (o_qty, o_total), (l_qty, l_total) = ordered[sku], listed[sku]
            if o_qty != l_qty:
                issues.append(Issue("list.lines", LINE_LABELS["qty"],
                                    N_("SKU {sku}: {value} on the list declaration, {expected} on the order"),
                                    ceb_decimal(o_qty), {"sku": sku, "value": ceb_decimal(l_qty),
                                                         "expected": ceb_decimal(o_qty)}))
            if abs(o_total - l_total) > MONEY_TOLERANCE:
                issues.append(Issue("list.lines", LINE_LABELS["total"],
                                    N_("SKU {sku}: total {value} on the list declaration, {expected} on the order"),
                                    _money(o_total), {"sku": sku, "value": _money(l_total),
                                                      "expected": _money(o_total)}))
    return issues


def _payment(payment: PaymentInput, order_no: str, currency: str, total: Decimal, buyer: str) -> list[Issue]:
    issues = []
    if clean_text(payment.order_no) != order_no:
        issues.append(Issue("payment.order_no", PARCEL_LABELS["order_no"],
                            N_("{value} differs from the order number {expected}"), order_no,
                            {"value": clean_text(payment.order_no), "expected": order_no}))
    if payment.currency.strip().upper() != currency:
        issues.append(Issue("payment.currency", PARCEL_LABELS["currency"],
                            N_("{value} differs from the order currency {expected}"), currency,
                            {"value": payment.currency.strip().upper(), "expected": currency}))
    elif abs(payment.charge - total) > MONEY_TOLERANCE:
        # The receipt's charge is the order's transaction amount (spec table 2-10); the order's amount is its
        # goods value plus freight. Whether customs add or drop freight here is UNVERIFIED.
        issues.append(Issue("payment.charge", PAYMENT_LABELS["charge"],
                            N_("{value} differs from the order total {expected} (goods plus freight)"), _money(total),
                            {"value": _money(payment.charge), "expected": _money(total)}))
    if payment.payer_name.strip() and not _same_name(payment.payer_name, buyer):
        issues.append(Issue("payment.payer_name", PAYMENT_LABELS["payer_name"],
                            N_("{value} is not the order's buyer {expected}"), clean_text(buyer),
                            {"value": clean_text(payment.payer_name), "expected": clean_text(buyer)}))
    return issues


def _waybill(waybill: WaybillInput, parcel: ParcelDeclarationInput, buyer: str) -> list[Issue]:
    issues = []

    def differ(field: str, label: str, rule: str, value: str, expected: str) -> None:
        issues.append(Issue("waybill." + field, label, rule, expected, {"value": value, "expected": expected}))

    if clean_text(waybill.logistics_no) != clean_text(parcel.logistics_no):
        differ("logistics_no", PARCEL_LABELS["logistics_no"],
               N_("{value} differs from the waybill number on the list declaration {expected}"),
               clean_text(waybill.logistics_no), clean_text(parcel.logistics_no))
    if waybill.logistics_code.strip() and parcel.logistics_code.strip() and (
            waybill.logistics_code.strip() != parcel.logistics_code.strip()):
        differ("logistics_code", SETTINGS["logistics_code"].label,
               N_("{value} differs from the logistics company on the list declaration {expected}"),
               waybill.logistics_code.strip(), parcel.logistics_code.strip())
    if waybill.gross_weight_kg != parcel.gross_weight_kg:
        differ("gross_weight_kg", PARCEL_LABELS["gross_weight_kg"],
               N_("{value} kg differs from the gross weight on the list declaration {expected} kg"),
               ceb_decimal(waybill.gross_weight_kg), ceb_decimal(parcel.gross_weight_kg))
    if waybill.pack_no != parcel.pack_no:
        differ("pack_no", PARCEL_LABELS["pack_no"],
               N_("{value} differs from the number of packages on the list declaration {expected}"),
               str(waybill.pack_no), str(parcel.pack_no))
    freight_currency = (parcel.freight_currency.strip() or parcel.currency).strip().upper()
    if waybill.currency.strip().upper() != freight_currency:
        differ("currency", PARCEL_LABELS["currency"],
               N_("{value} differs from the freight currency on the list declaration {expected}"),
               waybill.currency.strip().upper(), freight_currency)
    if abs(waybill.freight - parcel.freight) > MONEY_TOLERANCE:
        differ("freight", PARCEL_LABELS["freight"],
               N_("{value} differs from the freight on the list declaration {expected}"),
               _money(waybill.freight), _money(parcel.freight))
    if abs(waybill.insured_fee - parcel.insured_fee) > MONEY_TOLERANCE:
        differ("insured_fee", PARCEL_LABELS["insured_fee"],
               N_("{value} differs from the insurance on the list declaration {expected}"),
               _money(waybill.insured_fee), _money(parcel.insured_fee))
    if waybill.consignee_name.strip() and not _same_name(waybill.consignee_name, buyer):
        differ("consignee_name", WAYBILL_LABELS["consignee_name"], N_("{value} is not the order's buyer {expected}"),
               clean_text(waybill.consignee_name), clean_text(buyer))
    return issues
