"""validate_partner: registration numbers by kind of partner, country and contact checks."""

from __future__ import annotations

import pytest

from heihe_desk.core.domain.errors import ValidationError
from heihe_desk.core.domain.partner import PartnerKind, validate_partner


def issues_of(data, countries):
    with pytest.raises(ValidationError) as info:
        validate_partner(data, countries)
    return {i.field: i for i in info.value.issues}


@pytest.fixture
def countries(code_sets):
    return code_sets["countries"]


def test_company_buyer_with_inn_and_kpp_is_accepted(countries):
    """A Russian company with a valid 10-digit INN and a KPP is accepted; numbers are compacted."""
    partner = validate_partner({"kind": "buyer_company", "name": "ООО «Амур Трейд»", "inn": "7707 083 893",
                                "kpp": "770701001", "email": "buyer@mail.ru"}, countries)
    assert (partner.inn, partner.kpp, partner.country) == ("7707083893", "770701001", "RUS")


def test_company_buyer_needs_an_inn(countries):
    """A company buyer without INN is refused with a valid example."""
    assert "inn" in issues_of({"kind": "buyer_company", "name": "ООО Ромашка"}, countries)


def test_company_buyer_with_10_digit_inn_needs_kpp(countries):
    """Organisations (10-digit INN) also need a KPP; sole traders (12 digits) do not."""
    assert "kpp" in issues_of({"kind": "buyer_company", "name": "ООО Ромашка", "inn": "7707083893"}, countries)
    assert validate_partner({"kind": "buyer_company", "name": "ИП Иванов", "inn": "500100732259"}, countries)


def test_company_buyer_with_bad_inn_checksum_is_refused(countries):
    """The INN's check digits are verified (python-stdnum)."""
    assert "inn" in issues_of({"kind": "buyer_company", "name": "ООО", "inn": "7707083894",
                               "kpp": "770701001"}, countries)


def test_person_buyer_inn_is_optional_but_checked(countries):
    """A private buyer may omit the INN; if given it must be a valid 12-digit INN."""
    assert validate_partner({"kind": "buyer_person", "name": "Иван Петров"}, countries).inn == ""
    assert "inn" in issues_of({"kind": "buyer_person", "name": "Иван", "inn": "500111732259"}, countries)
    assert "inn" in issues_of({"kind": "buyer_person", "name": "Иван", "inn": "7707083893"}, countries)


def test_malformed_kpp_is_refused(countries):
    """A KPP given for any partner must have the KPP shape."""
    assert "kpp" in issues_of({"kind": "buyer_company", "name": "ООО", "inn": "7707083893",
                               "kpp": "77070100"}, countries)


def test_chinese_supplier_needs_a_uscc(countries):
    """A supplier (country defaults to CHN) must carry its Unified Social Credit Code."""
    issues = issues_of({"kind": "supplier", "name": "黑河茶叶有限公司"}, countries)
    assert issues["uscc"].example == "91110000600037341L"
    partner = validate_partner({"kind": "supplier", "name": "黑河茶叶有限公司", "uscc": "91110000600037341l"},
                               countries)
    assert (partner.country, partner.uscc) == ("CHN", "91110000600037341L")


def test_foreign_supplier_does_not_need_a_uscc(countries):
    """Only Chinese suppliers have a USCC."""
    assert validate_partner({"kind": "supplier", "name": "Amur LLC", "country": "RUS"}, countries)


def test_uscc_with_wrong_check_character_is_refused(countries):
    """A USCC whose check character is wrong is refused for any kind."""
    assert "uscc" in issues_of({"kind": "logistics", "name": "物流", "uscc": "91110000600037341M"}, countries)


def test_customs_registration_code_is_checked_when_given(countries):
    """A customs code, when present, is 10 digits or capitals."""
    assert "customs_code" in issues_of({"kind": "platform", "name": "平台", "uscc": "91110000600037341L",
                                        "customs_code": "12"}, countries)


@pytest.mark.parametrize("email", ["buyer", "buyer@", "buyer@mail", "@mail"])
def test_bad_email_is_refused(countries, email):
    """An e-mail must look like name@example.com."""
    assert "email" in issues_of({"kind": "buyer_person", "name": "Иван", "email": email}, countries)


def test_unknown_country_is_refused(countries):
    """The country must be in the country table."""
    assert "country" in issues_of({"kind": "buyer_person", "name": "Иван", "country": "ZZZ"}, countries)


def test_unknown_kind_is_refused_with_the_list_of_kinds(countries):
    """An unknown partner kind is refused and the rule lists the valid kinds."""
    issue = issues_of({"kind": "friend", "name": "X"}, countries)["kind"]
    assert all(k.value in issue.params["kinds"] for k in PartnerKind)


def test_all_partner_issues_are_reported_at_once(countries):
    """Missing name, bad INN, bad e-mail and bad country are reported together."""
    fields = issues_of({"kind": "buyer_company", "name": "", "inn": "123", "email": "x", "country": "ZZZ"},
                       countries)
    assert {"name", "inn", "email", "country"} <= set(fields)
