"""Check-digit and format rules for barcodes, HS / TN VED codes and Russian / Chinese registration numbers."""

from __future__ import annotations

import pytest

from heihe_desk.core.domain import identifiers as ids
from heihe_desk.core.domain.errors import Issue


def assert_good_issue(issue: Issue | None, field: str, check) -> Issue:
    """A failure names the field, a label and a rule, and offers an example that itself passes."""
    assert isinstance(issue, Issue), "a bad value must produce an Issue"
    assert issue.field == field
    assert issue.label and issue.rule
    assert issue.example, "every issue must show an example of a good value"
    assert check(issue.example) is None, f"the example {issue.example!r} must pass its own check"
    issue.rule.format(**issue.params)  # every placeholder in the rule has a parameter
    return issue


# -- barcodes ------------------------------------------------------------------------------------

@pytest.mark.parametrize("code", ["4006381333931", "96385074", "036000291452", "6901234567892",
                                  "4006 3813 3393 1", "4006-381-333-931"])
def test_valid_ean13_ean8_upca_barcodes_pass(code):
    """EAN-13, EAN-8 and UPC-A with correct check digits pass, even with spaces or dashes typed inside."""
    assert ids.check_barcode(code) is None


@pytest.mark.parametrize("code", ["4006381333932", "96385075", "036000291453"])
def test_barcode_with_wrong_check_digit_is_rejected(code):
    """A mistyped or misscanned barcode (wrong last digit) is caught with an example that passes."""
    issue = assert_good_issue(ids.check_barcode(code), "barcode", ids.check_barcode)
    assert "check digit" in issue.rule


@pytest.mark.parametrize("code", ["1234567", "12345678901", "40063813339311", "12345", "ABCDEFGHIJKLM",
                                  "400638133393A", "9638507X"])
def test_barcode_with_wrong_length_or_letters_is_rejected(code):
    """Only 8, 12 or 13 digits are barcodes; letters never are."""
    issue = assert_good_issue(ids.check_barcode(code), "barcode", ids.check_barcode)
    assert "8, 12 or 13" in issue.rule


def test_barcode_issue_uses_the_callers_field_name():
    """The same rule serves other fields (e.g. an import column) and names that field."""
    assert ids.check_barcode("1", fld="ean").field == "ean"


# -- HS and TN VED codes ---------------------------------------------------------------------------

@pytest.mark.parametrize("code", ["0902109000", "0902109000999", "0902.10.9000", "9701100000", "0101210010"])
def test_valid_hs_codes_of_10_and_13_digits_pass(code):
    """China's 10-digit commodity code and its 13-digit CIQ form both pass."""
    assert ids.check_hs_code(code) is None


@pytest.mark.parametrize("code", ["090210900", "09021090001", "090210900099", "09021090009999", "09021O9000", ""])
def test_hs_code_of_wrong_length_or_with_letters_is_rejected(code):
    """Anything but 10 or 13 digits is refused with a 10-digit example."""
    assert_good_issue(ids.check_hs_code(code), "hs_code", ids.check_hs_code)


@pytest.mark.parametrize("chapter", ["00", "77", "98", "99"])
def test_hs_code_in_a_chapter_that_does_not_exist_is_rejected(chapter):
    """Chapters 00, 77 (reserved) and 98+ are not in the HS nomenclature; the issue names the chapter."""
    issue = assert_good_issue(ids.check_hs_code(chapter + "02109000"), "hs_code", ids.check_hs_code)
    assert issue.params == {"chapter": chapter}


def test_tnved_code_whose_first_six_digits_match_hs_passes():
    """TN VED 0902100000 agrees with HS 0902109000 on the 6-digit subheading."""
    assert ids.check_tnved_code("0902100000", "0902109000") is None
    assert ids.check_tnved_code("0902100000") is None  # no HS code to compare with


def test_tnved_code_whose_subheading_differs_from_hs_is_rejected():
    """A TN VED code from another subheading than the HS code is refused; the example fits the HS code."""
    hs = "0902109000"
    issue = assert_good_issue(ids.check_tnved_code("0902300000", hs), "tnved_code",
                              lambda v: ids.check_tnved_code(v, hs))
    assert issue.params == {"hs6": "090210"}
    assert issue.example.startswith("090210")


@pytest.mark.parametrize("code", ["090210000", "09021000001", "0902I00000"])
def test_tnved_code_must_be_10_digits(code):
    """TN VED EAEU codes are exactly 10 digits."""
    assert_good_issue(ids.check_tnved_code(code), "tnved_code", ids.check_tnved_code)


# -- INN, KPP --------------------------------------------------------------------------------------

def test_valid_company_and_person_inns_pass():
    """7707083893 (organisation, 10 digits) and 500100732259 (person, 12 digits) have correct check digits."""
    assert ids.check_inn("7707083893", company=True) is None
    assert ids.check_inn("500100732259", company=False) is None


def test_company_may_have_a_12_digit_sole_trader_inn():
    """A company buyer may be a sole trader (ИП) whose INN has 12 digits."""
    assert ids.check_inn("500100732259", company=True) is None


def test_inn_with_wrong_check_digits_is_rejected():
    """500111732259 has a broken check digit; so does a 10-digit INN with its last digit changed."""
    assert_good_issue(ids.check_inn("500111732259", company=False), "inn",
                      lambda v: ids.check_inn(v, company=False))
    issue = assert_good_issue(ids.check_inn("7707083894", company=True), "inn",
                              lambda v: ids.check_inn(v, company=True))
    assert "check digits" in issue.rule


def test_private_person_inn_must_have_12_digits():
    """A 10-digit organisation INN is not accepted for a private person."""
    issue = assert_good_issue(ids.check_inn("7707083893", company=False), "inn",
                              lambda v: ids.check_inn(v, company=False))
    assert "12 digits" in issue.rule


@pytest.mark.parametrize("code", ["770708389", "77070838931", "77070838X3", "5001007322590"])
def test_company_inn_of_wrong_length_or_with_letters_is_rejected(code):
    """Company INNs have 10 (or 12) digits only."""
    assert_good_issue(ids.check_inn(code, company=True), "inn", lambda v: ids.check_inn(v, company=True))


@pytest.mark.parametrize("code", ["770701001", "7707AB001", "7707 01 001"])
def test_valid_kpp_passes(code):
    """KPP: 4 digits, 2 digits or capital letters, 3 digits."""
    assert ids.check_kpp(code) is None


@pytest.mark.parametrize("code", ["77070100", "7707010011", "77A701001", "770701A01", "ABCDEFGHI"])
def test_malformed_kpp_is_rejected(code):
    """Wrong length or letters outside positions 5–6 are refused."""
    assert_good_issue(ids.check_kpp(code), "kpp", ids.check_kpp)


# -- USCC, customs registration code ----------------------------------------------------------------

def test_valid_uscc_passes():
    """91110000600037341L is a well-formed Unified Social Credit Code (lower case is folded)."""
    assert ids.check_uscc("91110000600037341L") is None
    assert ids.check_uscc("91110000600037341l") is None


def test_uscc_with_altered_check_character_is_rejected():
    """Changing the last (check) character is caught with a passing example."""
    issue = assert_good_issue(ids.check_uscc("91110000600037341M"), "uscc", ids.check_uscc)
    assert "check character" in issue.rule


@pytest.mark.parametrize("code", ["91110000600037341", "91110000600037341LX", ""])
def test_uscc_must_have_18_characters(code):
    """A USCC is exactly 18 characters."""
    assert_good_issue(ids.check_uscc(code), "uscc", ids.check_uscc)


def test_customs_registration_code_rule():
    """Customs registration codes are 10 digits or capital letters."""
    assert ids.check_customs_reg_code("2311960ABC") is None
    assert_good_issue(ids.check_customs_reg_code("2311960AB"), "customs_code", ids.check_customs_reg_code)
