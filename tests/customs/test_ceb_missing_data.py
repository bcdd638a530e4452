"""Each missing or malformed datum gives its own Issue, on our field name, explained in the user's language."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest
from ceb_factories import NOW, full_settings, make_line, make_parcel

from heihe_desk.core.customs import build_inventory_messages
from heihe_desk.core.customs.checks import INVENTORY_SETTINGS, OPTIONAL_SETTINGS, TRANSFER_SETTINGS
from heihe_desk.core.customs.envelope import DeclarationError
from heihe_desk.core.customs.labels import SETTINGS
from heihe_desk.core.domain.errors import Issue
from heihe_desk.core.locale.catalogue import issue_text

D = Decimal
REQUIRED_SETTINGS = [name for name in (*INVENTORY_SETTINGS, "logistics_code", "logistics_name", "traf_mode",
                                       "wrap_type", *TRANSFER_SETTINGS) if name not in OPTIONAL_SETTINGS]


def issues_of(parcel=None, settings=None) -> list[Issue]:
    with pytest.raises(DeclarationError) as error:
        build_inventory_messages([parcel or make_parcel()], settings or full_settings(), now=NOW)
    return error.value.issues


@pytest.mark.parametrize("name", REQUIRED_SETTINGS)
def test_each_missing_setting_points_to_where_the_value_is_found(name):
    """Protects the settings guidance: an empty setting names itself and explains where to find it."""
    issues = issues_of(settings=full_settings(**{name: ""}))
    assert [(i.field, i.label, i.rule) for i in issues] == [
        (f"settings.{name}", SETTINGS[name].label, SETTINGS[name].missing)]
    for lang in ("zh_CN", "ru", "en"):
        assert issue_text(issues[0], lang)


def test_missing_customs_code_explained_in_each_language():
    """Protects the plain-words explanation (with the Chinese term) in zh, ru and en."""
    issue = issues_of(settings=full_settings(customs_code=""))[0]
    zh, ru, en = (issue_text(issue, lang) for lang in ("zh_CN", "ru", "en"))
    assert "申报地海关" in zh and "申报地海关" in ru and "申报地海关" in en
    assert "таможн" in ru.lower() and "海关" in zh and "customs office" in en


@pytest.mark.parametrize(("name", "value", "rule_part"), [
    ("ebc_code", "12345", "10-character customs registration code"),
    ("ebc_code", "91110000600037341X", "check character"),
    ("customs_code", "19000", "4 digits"),
    ("port_code", "19A0", "4 digits"),
    ("dxp_id", "dxp-ent", "capital Latin letters"),
    ("pod", "RUBQSX", "3 or 4"),
    ("traf_mode", "Q", "transport mode code"),
    ("wrap_type", "9", "package type code"),
    ("statistics_flag", "C", "must be B"),
    ("code_form", "iso", "numeric"),
    ("loct_no", "X" * 11, "at most {n} characters"),
    ("ebc_name", "名" * 101, "at most {n} characters"),
])
def test_malformed_settings_are_named(name, value, rule_part):
    """Protects the format checks of settings (customs-domain §1.2 code formats)."""
    issues = issues_of(settings=full_settings(**{name: value}))
    assert [i.field for i in issues] == [f"settings.{name}"]
    assert rule_part in issues[0].rule


def test_documented_placeholders_are_accepted():
    """Protects 无 for a foreign platform without a code and NO for an unregistered producer (§1.2)."""
    build_inventory_messages([make_parcel()], full_settings(ebp_code="无", owner_code="NO"), now=NOW)


@pytest.mark.parametrize(("changes", "field", "params"), [
    ({"order_no": ""}, "order_no", {}),
    ({"order_no": "X" * 61}, "order_no", {"n": 60}),
    ({"logistics_no": ""}, "logistics_no", {}),
    ({"logistics_no": "L" * 33}, "logistics_no", {"n": 32}),
    ({"guid": "not-a-guid"}, "guid", {}),
    ({"trade_mode": "0110"}, "trade_mode", {}),
    ({"gross_weight_kg": D(0)}, "gross_weight_kg", {"places": 5}),
    ({"net_weight_kg": D("0.000001")}, "net_weight_kg", {"places": 5}),
    ({"gross_weight_kg": D("1"), "net_weight_kg": D("1.2")}, "gross_weight_kg", {"net": "1.2"}),
    ({"freight": D(-1)}, "freight", {"places": 5}),
    ({"pack_no": 0}, "pack_no", {}),
    ({"currency": "XYZ"}, "currency", {"code": "XYZ"}),
    ({"destination_country": "DEU"}, "destination_country", {"code": "DEU"}),
    ({"lines": ()}, "lines", {}),
    ({"action": "9"}, "action", {}),
    ({"pre_no": "B1"}, "pre_no", {"n": 18}),
])
def test_each_bad_parcel_value_gives_its_issue(changes, field, params):
    """Protects the parcel pre-checks: one Issue on the right field with the right parameters."""
    issues = issues_of(dataclasses.replace(make_parcel(), **changes))
    assert [(i.field, i.params) for i in issues] == [(field, params)]


@pytest.mark.parametrize(("changes", "field", "rule_part"), [
    ({"item_no": ""}, "item_no", "is required"),
    ({"item_no": "SKU-" + "9" * 17}, "item_no", "at most {max} characters"),
    ({"hs_code": "09021090"}, "hs_code", "10-digit"),
    ({"hs_code": "7700000000"}, "hs_code", "chapter"),
    ({"gname": ""}, "gname", "is required"),
    ({"gmodel": " "}, "gmodel", "申报要素"),
    ({"unit": ""}, "unit", "is required"),
    ({"unit": "999"}, "unit", "unit table"),
    ({"unit1": ""}, "unit1", "fixed by the HS code"),
    ({"qty1": None}, "qty1", "greater than zero"),
    ({"qty": D(0)}, "qty", "greater than zero"),
    ({"price": D("1.123456")}, "price", "at most 5 decimals"),
    ({"total": D("90")}, "total", "quantity × unit price"),
    ({"qty2": D(1)}, "qty2", "no legal second unit"),
    ({"unit2": "007"}, "qty2", "greater than zero"),
    ({"barcode": "1" * 51}, "barcode", "at most {max} characters"),
])
def test_each_bad_line_value_gives_its_issue_with_the_line_number(changes, field, rule_part):
    """Protects the line checks: the field path names the line, the text names it for people (line 2)."""
    parcel = make_parcel((make_line(1), make_line(2, **changes)))
    issues = issues_of(parcel)
    assert [i.field for i in issues] == [f"lines[1].{field}"]
    assert rule_part in issues[0].rule
    assert issues[0].params["n"] == 2
    assert "2" in issue_text(issues[0], "ru")


def test_a_rouble_parcel_needs_a_user_supplied_code_explained_in_russian():
    """Protects the unknown RUB code: asked for, never guessed, said in the trader's language."""
    issue = issues_of(make_parcel(currency="RUB"))[0]
    assert issue.field == "currency" and issue.params == {"code": "RUB"}
    text = issue_text(issue, "ru")
    assert "RUB" in text and "платформ" in text
