"""List declarations (CEB603): schema-valid, canonical, split where the schema says, every field in its place."""

from __future__ import annotations

import dataclasses
import re
import uuid
from decimal import Decimal

import pytest
from ceb_factories import NOW, assert_schema_valid, full_settings, make_line, make_parcel, texts
from lxml import etree

from heihe_desk.core.customs import build_inventory_messages
from heihe_desk.core.customs.envelope import DeclarationError
from heihe_desk.core.customs.model import CodeForm, DeclarationSettings

D = Decimal


def build_one(parcel=None, settings: DeclarationSettings | None = None, **kwargs):
    result = build_inventory_messages([parcel or make_parcel()], settings or full_settings(), now=NOW, **kwargs)
    assert len(result.messages) == 1
    return result.messages[0], assert_schema_valid(result.messages[0].xml)


def test_a_parcel_becomes_one_schema_valid_inventory_with_the_declared_values():
    """Protects the field-by-field content of the list declaration (customs-domain §1.4)."""
    message, root = build_one()
    assert message.message_type == "CEB603"
    assert root.tag == "{http://www.chinaport.gov.cn/ceb}CEB603Message"
    assert set(root.attrib) == {"guid", "version"}  # the schema declares exactly these (no sendCode)
    assert root.get("version") == "1.0" and re.fullmatch(r"[0-9A-F-]{36}", root.get("guid", ""))
    head = "Inventory/InventoryHead/"
    assert texts(root, head + "guid") == ["0B3C9D3E-5F0A-4C1E-9B7A-2F4D6E8A1C3B"]
    assert texts(root, head + "appTime") == ["20260308143005"]
    assert texts(root, head + "appType") == ["1"] and texts(root, head + "appStatus") == ["2"]
    assert texts(root, head + "ieFlag") == ["E"] and texts(root, head + "ieDate") == ["20260309"]
    assert texts(root, head + "orderNo") == ["HD-2026-000123"]
    assert texts(root, head + "copNo") == ["0B3C9D3E5F0A4C1E9B7A2F4D"]
    assert texts(root, head + "currency") == []  # the head has fCurrency/iCurrency only
    assert texts(root, head + "fCurrency") == ["142"] and texts(root, head + "country") == ["344"]
    assert texts(root, head + "freight") == ["30"] and texts(root, head + "fFlag") == ["3"]
    assert texts(root, head + "statisticsFlag") == ["B"] and texts(root, head + "tradeMode") == ["9610"]
    assert texts(root, "Inventory/InventoryList/gnum") == ["1", "2"]
    assert texts(root, "Inventory/InventoryList/price") == ["45.5", "45.5"]
    assert texts(root, "Inventory/InventoryList/currency") == ["142", "142"]
    assert texts(root, "BaseTransfer/dxpMode") == ["DXP"]
    assert texts(root, "BaseTransfer/dxpId") == ["DXPENT0000000001"]
    assert message.entities[0].cop_no == "0B3C9D3E5F0A4C1E9B7A2F4D"
    assert message.entities[0].logistics_no == "SF1234567890"


def test_output_is_utf8_with_declaration_and_exactly_its_canonical_form():
    """Protects signing: the stored bytes after the declaration are the C14N form a signer digests."""
    message, _ = build_one()
    declaration = b'<?xml version="1.0" encoding="UTF-8"?>\n'
    assert message.xml.startswith(declaration)
    body = message.xml[len(declaration):]
    reparsed = etree.fromstring(message.xml)
    assert etree.tostring(reparsed, method="c14n") == body
    assert b"><ceb:" in body and b">\n" not in body and b"  <" not in body  # no pretty-print whitespace
    assert body.count(b"xmlns:ceb=") == 1
    assert not message.xml.startswith(b"\xef\xbb\xbf")  # no BOM


def test_rebuilding_the_same_input_gives_the_same_bytes():
    """Protects append-only declarations: regenerating a message must not silently change it."""
    first, _ = build_one()
    second, _ = build_one()
    assert first.xml == second.xml


@pytest.mark.parametrize("name", ["绿茶 & <茶> \"特级\" 'A'", "Чай зелёный «Лунцзин» & <подарок>",
                                  "中文 Кириллица Latin & < > \" '"])
def test_xml_special_characters_and_mixed_scripts_survive(name):
    """Protects names with & < > " ' and mixed Chinese/Cyrillic/Latin: escaped, valid, read back unchanged."""
    parcel = make_parcel((make_line(1, item_name=name, gname=name, gmodel=name + "|250克"),),
                         note=name, order_no="HD-1")
    message, root = build_one(parcel)
    assert texts(root, "Inventory/InventoryList/itemName") == [name]
    assert texts(root, "Inventory/InventoryList/gname") == [name]
    assert texts(root, "Inventory/InventoryHead/note") == [name]
    assert b"&amp;" in message.xml and b"&lt;" in message.xml


def test_special_characters_in_enterprise_names_survive():
    """Protects settings text (enterprise names) with & < > " ' and three scripts."""
    name = "北疆 & <Амур> \"Trade\" 'Ltd'"
    _, root = build_one(settings=full_settings(ebc_name=name, sender_name=name))
    assert texts(root, "Inventory/InventoryHead/ebcName") == [name]
    assert texts(root, "BaseTransfer/copName") == [name]


def test_whitespace_and_control_characters_in_text_are_normalised():
    """Protects against newlines or control characters from pasted text breaking the message."""
    parcel = make_parcel((make_line(1, gname="绿\n茶\x07  特级", gmodel=" 0|0|\t绿茶 "),))
    _, root = build_one(parcel)
    assert texts(root, "Inventory/InventoryList/gname") == ["绿 茶 特级"]
    assert texts(root, "Inventory/InventoryList/gmodel") == ["0|0| 绿茶"]


def test_an_order_with_more_lines_than_an_inventory_allows_is_split():
    """Protects the schema limit of 100 InventoryList per Inventory: 250 lines become 3 entities whose
    numbers, line numbers and shared totals stay consistent."""
    lines = tuple(make_line(i + 1, net_weight_kg=D("0.01")) for i in range(250))
    parcel = make_parcel(lines, net_weight_kg=D("2.5"), gross_weight_kg=D("3"), freight=D("100"), pack_no=3)
    message, root = build_one(parcel)
    inventories = root.findall("{http://www.chinaport.gov.cn/ceb}Inventory")
    assert len(inventories) == 3
    ns = {"ceb": "http://www.chinaport.gov.cn/ceb"}
    counts = [len(inv.findall("ceb:InventoryList", ns)) for inv in inventories]
    assert counts == [100, 100, 50]
    for inv in inventories:
        gnums = [int(g) for g in inv.xpath("ceb:InventoryList/ceb:gnum/text()", namespaces=ns)]
        assert gnums == list(range(1, len(gnums) + 1))  # consecutive from 1 in each entity (table 2-38)
    assert texts(root, "Inventory/InventoryHead/orderNo") == ["HD-2026-000123-1", "HD-2026-000123-2",
                                                            "HD-2026-000123-3"]
    cop = texts(root, "Inventory/InventoryHead/copNo")
    assert len(set(cop)) == 3 and all(c.endswith(f"-{k}") for k, c in enumerate(cop, 1))
    assert len(set(texts(root, "Inventory/InventoryHead/guid"))) == 3
    assert sum(D(v) for v in texts(root, "Inventory/InventoryHead/freight")) == D("100")
    assert texts(root, "Inventory/InventoryHead/netWeight") == ["1", "1", "0.5"]
    assert sum(D(v) for v in texts(root, "Inventory/InventoryHead/grossWeight")) == D("3")
    assert [int(v) for v in texts(root, "Inventory/InventoryHead/packNo")] == [1, 1, 1]
    assert [e.part for e in message.entities] == [1, 2, 3] and {e.parts for e in message.entities} == {3}
    assert texts(root, "Inventory/InventoryHead/logisticsNo") == ["SF1234567890"] * 3


def test_more_parcels_than_a_message_allows_go_into_several_messages():
    """Protects the schema limit of 100 Inventory per CEB603Message: 230 parcels give 100 + 100 + 30."""
    parcels = [make_parcel(1, guid=str(uuid.uuid4()), order_no=f"HD-{i}", logistics_no=f"SF{i:08d}")
               for i in range(230)]
    result = build_inventory_messages(parcels, full_settings(), now=NOW)
    sizes = [len(assert_schema_valid(m.xml).findall("{http://www.chinaport.gov.cn/ceb}Inventory"))
             for m in result.messages]
    assert sizes == [100, 100, 30]
    assert len({m.guid for m in result.messages}) == 3
    assert [e.record for e in result.entities] == [p.guid for p in parcels]


def test_optional_values_barcode_hs13_temp_save_and_change():
    """Protects the spec details: 无 for a missing barcode, the 13-digit HS code cut to 10, appStatus 1 for
    temp-save, appType 2 with the known list numbers for a change, unit2/qty2 only together."""
    line = make_line(1, barcode="", hs_code="0902.1090.00-999", unit2="007", qty2=D(2))
    parcel = make_parcel((line,), action="2", pre_no="B20260308000000001", invt_no="12342026E000000001")
    _, root = build_one(parcel, declare=False)
    assert texts(root, "Inventory/InventoryList/barCode") == ["无"]
    assert texts(root, "Inventory/InventoryList/gcode") == ["0902109000"]
    assert texts(root, "Inventory/InventoryList/unit2") == ["007"]
    assert texts(root, "Inventory/InventoryList/qty2") == ["2"]
    assert texts(root, "Inventory/InventoryHead/appStatus") == ["1"]
    assert texts(root, "Inventory/InventoryHead/appType") == ["2"]
    assert texts(root, "Inventory/InventoryHead/invtNo") == ["12342026E000000001"]


def test_parcel_values_replace_the_settings_defaults():
    """Protects per-parcel carrier, transport mode, packing and declaration type."""
    parcel = make_parcel(logistics_code="91110000600037341L", logistics_name="中国邮政", traf_mode="6",
                         wrap_type="6", statistics_flag="A", bill_no="B-1", voyage_no="V1")
    _, root = build_one(parcel, full_settings(logistics_code="", logistics_name="", traf_mode="", wrap_type=""))
    head = "Inventory/InventoryHead/"
    assert texts(root, head + "logisticsCode") == ["91110000600037341L"]
    assert texts(root, head + "trafMode") == ["6"] and texts(root, head + "wrapType") == ["6"]
    assert texts(root, head + "statisticsFlag") == ["A"] and texts(root, head + "billNo") == ["B-1"]


def test_code_forms_numeric_alpha_and_user_supplied_rouble_code():
    """Protects 'never guess a code': RUB has no known numeric customs code, so it is refused until the user
    enters one; the alpha form writes ISO codes."""
    rub = make_parcel(currency="RUB")
    with pytest.raises(DeclarationError) as error:
        build_inventory_messages([rub], full_settings(), now=NOW)
    assert [i.field for i in error.value.issues] == ["currency"]
    assert error.value.issues[0].params == {"code": "RUB"}
    _, root = build_one(rub, full_settings(currency_codes={"RUB": "999"}))
    assert texts(root, "Inventory/InventoryList/currency") == ["999", "999"]
    _, root = build_one(rub, full_settings(code_form=CodeForm.ALPHA))
    assert texts(root, "Inventory/InventoryHead/fCurrency") == ["RUB"]
    assert texts(root, "Inventory/InventoryHead/country") == ["RUS"]


def test_errors_are_grouped_by_record_and_nothing_is_built():
    """Protects batch declaring: each parcel's problems are reported under its own guid, settings once."""
    good = make_parcel(guid=str(uuid.uuid4()))
    bad = make_parcel(guid=str(uuid.uuid4()), logistics_no="", order_no="HD-2")
    with pytest.raises(DeclarationError) as error:
        build_inventory_messages([good, bad], full_settings(dxp_id=""), now=NOW)
    assert set(error.value.by_record) == {bad.guid, "settings"}
    assert [i.field for i in error.value.by_record["settings"]] == ["settings.dxp_id"]
    assert [i.field for i in error.value.by_record[bad.guid]] == ["logistics_no"]


def test_the_same_parcel_twice_in_a_batch_is_refused():
    """Protects against declaring one order twice in one batch (same guid or same order number)."""
    first = make_parcel(guid=str(uuid.uuid4()))
    with pytest.raises(DeclarationError) as error:
        build_inventory_messages([first, first], full_settings(), now=NOW)
    assert sorted(i.field for i in error.value.issues) == ["guid", "order_no"]
    assert list(error.value.by_record) == [f"{first.guid}#1"]


def test_split_needs_room_for_the_part_suffix():
    """Protects C..60/C..30 limits after '-n' is added to a split order's numbers."""
    parcel = make_parcel(tuple(make_line(i) for i in range(101)), order_no="X" * 59, cop_no="C" * 29)
    with pytest.raises(DeclarationError) as error:
        build_inventory_messages([parcel], full_settings(), now=NOW)
    assert {i.field for i in error.value.issues} == {"order_no", "cop_no"}


def test_changed_input_changes_the_guid_and_bytes():
    """Protects against two different messages sharing a root guid."""
    first, _ = build_one()
    second, _ = build_one(dataclasses.replace(make_parcel(), freight=D("31")))
    assert first.guid != second.guid and first.xml != second.xml
