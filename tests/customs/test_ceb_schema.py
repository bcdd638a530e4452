"""The shipped official schema: identical to the reference, loaded offline, its errors turned into Issues."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest
from ceb_factories import NOW, SHARED, XSD, full_settings, make_line, make_parcel
from lxml import etree

from heihe_desk.core.customs import build_inventory_messages, inventory
from heihe_desk.core.customs.envelope import DeclarationError
from heihe_desk.core.customs.schema import _LocalOnly, max_occurs, schema, validate, xsd_dir
from heihe_desk.core.customs.schema_issues import EntitySource, xsd_issue
from heihe_desk.core.locale.catalogue import issue_text

NSMAP = {"ceb": "http://www.chinaport.gov.cn/ceb"}


@pytest.mark.parametrize("name", ["export-messages.xsd", "xmldsig-core-schema.xsd"])
def test_shipped_schema_is_byte_identical_to_the_reference(name):
    """Protects the shipped copy against edits: it must equal the official file in the shared reference."""
    reference = SHARED / name
    if not reference.exists():
        pytest.skip(f"{reference} is absent (the shared reference folder lives outside the repository)")
    assert (XSD.parent / name).read_bytes() == reference.read_bytes()


def test_schema_and_its_readme_ship_under_resources():
    """Protects running without ../shared: both XSDs and a README naming their source are in resources."""
    assert xsd_dir() == XSD.parent
    readme = (XSD.parent / "README.md").read_text(encoding="utf-8")
    assert "Weasley-J/chinaport-data-signature" in readme and "202205" in readme
    assert isinstance(schema(), etree.XMLSchema)


def test_the_schema_may_load_only_its_own_two_files(tmp_path):
    """Protects 'no network': the resolver serves the two local files and refuses any other location."""
    resolver = _LocalOnly(XSD.parent)
    with pytest.raises(OSError):
        resolver.resolve("http://www.w3.org/TR/xmldsig-core/xmldsig-core-schema.xsd#x", None, None)
    with pytest.raises(OSError):
        resolver.resolve(str(tmp_path / "other.xsd"), None, None)


def test_limits_are_read_from_the_schema():
    """Protects the split sizes: taken from maxOccurs, not hard-coded (100 in the 2022-05 edition)."""
    assert max_occurs("CEB603Message", "Inventory") == 100
    assert max_occurs("Inventory", "InventoryList") == 100
    assert max_occurs("Order", "OrderList") == 100
    assert max_occurs("SummaryApply", "SummaryApplyList") > 10**6  # unbounded
    with pytest.raises(KeyError):
        max_occurs("Inventory", "Nothing")


def _tampered(edit) -> list:
    message = build_inventory_messages([make_parcel(3)], full_settings(), now=NOW).messages[0]
    root = etree.fromstring(message.xml)
    edit(root)
    return validate(root)


def test_schema_errors_become_issues_on_our_field_names():
    """Protects the translation of XSD errors: element path → our field, label, rule and limit; no dump."""
    def edit(root):
        root.find("ceb:Inventory/ceb:InventoryList[3]/ceb:gcode", NSMAP).text = "09021090001"
        root.find("ceb:Inventory/ceb:InventoryHead/ceb:ebcCode", NSMAP).text = "X" * 19
        head = root.find("ceb:Inventory/ceb:InventoryHead", NSMAP)
        head.remove(head.find("ceb:ownerName", NSMAP))
        root.find("ceb:Inventory/ceb:InventoryList[2]/ceb:qty", NSMAP).text = "1.1234567"
        root.find("ceb:BaseTransfer/ceb:dxpId", NSMAP).text = "D" * 31
    sources = (EntitySource("parcel-1", line_offset=100),)
    issues = [xsd_issue(error, sources) for error in _tampered(edit)]
    found = {(record, i.field, i.rule, i.params.get("n")) for record, i in issues}
    assert found == {
        ("parcel-1", "lines[102].hs_code", "must be exactly {n} characters", 10),
        ("settings", "settings.ebc_code", "must be at most {n} characters", 18),
        ("settings", "settings.owner_name", "is required", None),
        ("parcel-1", "lines[101].qty", "must have at most 19 digits, at most 5 of them after the decimal point", None),
        ("settings", "settings.dxp_id", "must be at most {n} characters", 30),
    }
    for _, issue in issues:
        text = issue_text(issue, "en")
        assert "{http" not in text and "Element" not in text and "facet" not in text


def test_the_builder_validates_before_returning(monkeypatch):
    """Protects 'validated before saveable': when a pre-check misses something, the schema still stops the
    message and the user gets an Issue on the field, not XML."""
    monkeypatch.setattr(inventory, "check_parcel", lambda *args: [])
    parcel = make_parcel((make_line(1), make_line(2, gname="茶" * 251)))
    with pytest.raises(DeclarationError) as error:
        build_inventory_messages([parcel], full_settings(), now=NOW)
    assert [(i.field, i.label, i.params.get("n")) for i in error.value.issues] == [
        ("lines[1].gname", "Commodity name", 250)]
    assert list(error.value.by_record) == [parcel.guid]


def test_every_message_kind_we_build_is_valid(settings):
    """Protects the promise that every generated message passes the official schema (spot check of all
    builders in one place; the builder tests validate each message too)."""
    from ceb_factories import assert_schema_valid, make_payment, make_waybill

    from heihe_desk.core.customs import (
        build_order_messages,
        build_receipt_messages,
        build_waybill_messages,
        order_from_parcel,
    )

    parcel = dataclasses.replace(make_parcel(), freight=Decimal("0.00001"))
    for result in (build_inventory_messages([parcel], settings, now=NOW),
                   build_order_messages([order_from_parcel(parcel)], settings, now=NOW),
                   build_receipt_messages([make_payment()], settings, now=NOW),
                   build_waybill_messages([make_waybill()], settings, now=NOW)):
        for message in result.messages:
            assert_schema_valid(message.xml)
