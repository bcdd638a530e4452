"""Order CEB303, receipt CEB403 and waybill CEB505: schema-valid, and split exactly like their list."""

from __future__ import annotations

import dataclasses
import uuid
from decimal import Decimal

import pytest
from ceb_factories import (
    NOW,
    assert_schema_valid,
    full_settings,
    make_line,
    make_parcel,
    make_payment,
    make_waybill,
    texts,
)

from heihe_desk.core.customs import (
    build_inventory_messages,
    build_order_messages,
    build_receipt_messages,
    build_waybill_messages,
    order_from_parcel,
)
from heihe_desk.core.customs.envelope import DeclarationError

D = Decimal


@pytest.mark.parametrize(("mode", "order_type"), [("9610", "E"), ("9710", "B"), ("9810", "W")])
def test_order_message_is_valid_and_typed_by_trade_mode(mode, order_type):
    """Protects orderType per trade mode (customs-domain §1.2) and the OrderHead/OrderList content."""
    order = order_from_parcel(make_parcel(trade_mode=mode))
    result = build_order_messages([order], full_settings(), now=NOW)
    root = assert_schema_valid(result.messages[0].xml)
    assert result.messages[0].message_type == "CEB303"
    assert texts(root, "Order/OrderHead/orderType") == [order_type]
    assert texts(root, "Order/OrderHead/goodsValue") == ["182"]
    assert texts(root, "Order/OrderHead/freight") == ["30"]
    assert texts(root, "Order/OrderHead/currency") == ["142"]
    assert texts(root, "Order/OrderHead/appStatus") == ["2"]
    assert texts(root, "Order/OrderList/itemName") == ["绿茶 1号 250克", "绿茶 2号 250克"]
    assert texts(root, "Order/OrderList/gnum") == ["1", "2"]


def test_order_and_list_of_a_long_order_split_identically():
    """Protects the gnum/orderNo link between order and list (§1.3, §1.4) when a 130-line order is split."""
    parcel = make_parcel(tuple(make_line(i + 1) for i in range(130)))
    order = order_from_parcel(parcel)
    order_root = assert_schema_valid(build_order_messages([order], full_settings(), now=NOW).messages[0].xml)
    list_root = assert_schema_valid(build_inventory_messages([parcel], full_settings(), now=NOW).messages[0].xml)
    assert texts(order_root, "Order/OrderHead/orderNo") == texts(list_root, "Inventory/InventoryHead/orderNo")
    assert texts(order_root, "Order/OrderHead/orderNo") == ["HD-2026-000123-1", "HD-2026-000123-2"]
    assert texts(order_root, "Order/OrderList/gnum") == texts(list_root, "Inventory/InventoryList/gnum")
    assert sum(D(v) for v in texts(order_root, "Order/OrderHead/goodsValue")) == D(130 * 91)
    assert sum(D(v) for v in texts(order_root, "Order/OrderHead/freight")) == D(30)


def test_receipt_message_is_valid_and_follows_a_split_order():
    """Protects CEB403: one receipt per part order, charges adding up to the payment (§1.6)."""
    single = build_receipt_messages([make_payment()], full_settings(), now=NOW)
    root = assert_schema_valid(single.messages[0].xml)
    assert texts(root, "Receipts/charge") == ["212"] and texts(root, "Receipts/payName") == ["现金支付"]
    assert texts(root, "Receipts/accountingDate") == ["20260308143005"]
    assert texts(root, "Receipts/payCode") == []  # optional and empty: left out, not <payCode/>
    parcel = make_parcel(tuple(make_line(i + 1) for i in range(150)))
    order = order_from_parcel(parcel)
    payment = make_payment(charge=D(150 * 91 + 30))
    split = build_receipt_messages([payment], full_settings(), now=NOW, orders=[order])
    root = assert_schema_valid(split.messages[0].xml)
    assert texts(root, "Receipts/orderNo") == ["HD-2026-000123-1", "HD-2026-000123-2"]
    assert sum(D(v) for v in texts(root, "Receipts/charge")) == payment.charge
    assert len({e.guid for e in split.entities}) == 2


def test_waybill_message_is_valid():
    """Protects CEB505 content and the optional consignor fields (§1.6)."""
    result = build_waybill_messages([make_waybill(ebc_telephone="13800000000")], full_settings(), now=NOW)
    root = assert_schema_valid(result.messages[0].xml)
    assert texts(root, "Logistics/logisticsNo") == ["SF1234567890"]
    assert texts(root, "Logistics/goodsInfo") == ["茶叶"]
    assert texts(root, "Logistics/ebcCode") == ["2311960ABC"]
    assert texts(root, "Logistics/ebcTelephone") == ["13800000000"]
    assert result.entities[0].logistics_no == "SF1234567890"


def test_many_waybills_are_split_into_messages_of_at_most_100():
    """Protects maxOccurs of Logistics per CEB505Message."""
    bills = [make_waybill(guid=str(uuid.uuid4()), logistics_no=f"SF{i:06d}") for i in range(101)]
    result = build_waybill_messages(bills, full_settings(), now=NOW)
    assert [len(m.entities) for m in result.messages] == [100, 1]
    for message in result.messages:
        assert_schema_valid(message.xml)


@pytest.mark.parametrize(("builder", "record", "field"), [
    (build_order_messages, dataclasses.replace(order_from_parcel(make_parcel()), order_no=""), "order_no"),
    (build_order_messages, dataclasses.replace(order_from_parcel(make_parcel()), lines=()), "lines"),
    (build_receipt_messages, make_payment(pay_name=""), "pay_name"),
    (build_receipt_messages, make_payment(charge=D(0)), "charge"),
    (build_receipt_messages, make_payment(pay_code="bad"), "pay_code"),
    (build_waybill_messages, make_waybill(goods_info=""), "goods_info"),
    (build_waybill_messages, make_waybill(pack_no=0), "pack_no"),
    (build_waybill_messages, make_waybill(currency="RUB"), "currency"),
])
def test_bad_documents_are_refused_with_the_field_named(builder, record, field):
    """Protects the pre-checks of the three documents."""
    with pytest.raises(DeclarationError) as error:
        builder([record], full_settings(), now=NOW)
    assert [i.field for i in error.value.issues] == [field]


def test_order_needs_platform_and_enterprise_settings():
    """Protects the settings each document needs: CEB303 carries ebp/ebc identities."""
    with pytest.raises(DeclarationError) as error:
        build_order_messages([order_from_parcel(make_parcel())], full_settings(ebp_name=""), now=NOW)
    assert [i.field for i in error.value.issues] == ["settings.ebp_name"]
