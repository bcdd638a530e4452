"""The three-document check (三单对碰): every disagreement between order, payment, waybill and list is named."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest
from ceb_factories import make_line, make_parcel, make_payment, make_waybill

from heihe_desk.core.customs import check_consistency, order_from_parcel
from heihe_desk.core.customs.model import BuyerInput
from heihe_desk.core.locale.catalogue import issue_text

D = Decimal


def test_documents_built_from_one_order_agree():
    """Protects against false alarms: same order, payment of goods + freight, same waybill, buyer name written
    in another order and case."""
    parcel = make_parcel()
    assert check_consistency(order_from_parcel(parcel), parcel, make_payment(), make_waybill()) == []


@pytest.mark.parametrize(("payment", "waybill", "field", "params"), [
    ({"charge": D("200")}, {}, "payment.charge", {"value": "200", "expected": "212"}),
    ({"currency": "RUB"}, {}, "payment.currency", {"value": "RUB", "expected": "CNY"}),
    ({"order_no": "HD-9"}, {}, "payment.order_no", {"value": "HD-9", "expected": "HD-2026-000123"}),
    ({"payer_name": "Петров Пётр"}, {}, "payment.payer_name",
     {"value": "Петров Пётр", "expected": "Иванов Иван Иванович"}),
    ({}, {"logistics_no": "SF000"}, "waybill.logistics_no", {"value": "SF000", "expected": "SF1234567890"}),
    ({}, {"gross_weight_kg": D("1.6")}, "waybill.gross_weight_kg", {"value": "1.6", "expected": "1.5"}),
    ({}, {"pack_no": 2}, "waybill.pack_no", {"value": "2", "expected": "1"}),
    ({}, {"freight": D("35")}, "waybill.freight", {"value": "35", "expected": "30"}),
    ({}, {"currency": "RUB"}, "waybill.currency", {"value": "RUB", "expected": "CNY"}),
    ({}, {"consignee_name": "Сидоров"}, "waybill.consignee_name",
     {"value": "Сидоров", "expected": "Иванов Иван Иванович"}),
    ({}, {"logistics_code": "2311960ZZZ"}, "waybill.logistics_code",
     {"value": "2311960ZZZ", "expected": "2311960LGS"}),
])
def test_each_payment_or_waybill_mismatch_is_named(payment, waybill, field, params):
    """Protects amounts, currency, buyer, waybill number, weights and counts across the documents."""
    parcel = make_parcel(logistics_code="2311960LGS", logistics_name="物流")
    issues = check_consistency(order_from_parcel(parcel), parcel, make_payment(**payment), make_waybill(**waybill))
    assert [(i.field, i.params) for i in issues] == [(field, params)]
    assert issue_text(issues[0], "ru")


def test_list_and_order_quantities_skus_and_amounts_are_compared():
    """Protects per-SKU quantities and totals, SKUs missing on either side, goods value and buyer."""
    parcel = make_parcel()
    order = order_from_parcel(parcel)
    changed = dataclasses.replace(parcel, lines=(make_line(1, qty=D(3), total=D("136.5")), make_line(3)),
                                  buyer=BuyerInput("Петров Пётр"), order_no="HD-X", freight=D(0), currency="USD")
    found = {(i.field, i.rule, tuple(sorted(i.params.items()))) for i in check_consistency(order, changed)}
    rules = {rule for _, rule, _ in found}
    assert {f for f, _, _ in found} == {"list.order_no", "list.currency", "list.lines", "list.freight", "list.buyer"}
    assert "SKU {sku} is on the order but not on the list declaration" in rules
    assert "SKU {sku} is on the list declaration but not on the order" in rules
    assert "SKU {sku}: {value} on the list declaration, {expected} on the order" in rules
    assert "SKU {sku}: total {value} on the list declaration, {expected} on the order" in rules
    assert "{value} differs from the order's goods value {expected}" in rules


def test_one_fen_of_rounding_is_tolerated():
    """Protects against noise: a payment 0.01 off the order total is not a mismatch."""
    parcel = make_parcel()
    assert check_consistency(order_from_parcel(parcel), parcel, make_payment(charge=D("212.01"))) == []


def test_buyer_ids_decide_when_both_documents_have_them():
    """Protects buyers with the same name: different partner ids are different buyers."""
    parcel = make_parcel()
    other = dataclasses.replace(parcel, buyer=BuyerInput(parcel.buyer.name, id="buyer-2"))
    assert [i.field for i in check_consistency(order_from_parcel(parcel), other)] == ["list.buyer"]
