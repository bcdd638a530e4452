"""validate_product: every rule of the customs-grade product master, checked against the real code tables."""

from __future__ import annotations

from decimal import Decimal

import pytest

from heihe_desk.core.domain.errors import ValidationError
from heihe_desk.core.domain.product import Product, validate_product


def issues_of(data, code_sets):
    with pytest.raises(ValidationError) as info:
        validate_product(data, code_sets)
    return {i.field: i for i in info.value.issues}


def test_code_tables_used_for_validation_are_real(code_sets):
    """The workspace loads units (035 = kg, 007 = piece) and alpha-3 countries from resources/codes."""
    assert {"035", "007", "140"} <= code_sets["units"]
    assert {"CHN", "RUS"} <= code_sets["countries"]


def test_complete_product_is_accepted_and_normalised(code_sets, product_form):
    """A good form becomes a Product with minor-unit prices, Decimal-as-text weights and a UUID id."""
    product = validate_product(product_form(barcode="6901 2345 6789 2"), code_sets)
    assert isinstance(product, Product)
    assert product.barcode == "6901234567892"
    assert product.price_cny == 4500 and product.price_rub == 59000
    assert product.unit1_per_sale == "0.25"
    assert product.net_weight_kg == "0.25" and product.gross_weight_kg == "0.3"
    assert len(product.id) == 36
    assert product.active is True


def test_minimal_product_needs_only_sku_and_chinese_name(code_sets):
    """SKU and Chinese name are the only required fields; defaults fill the rest."""
    product = validate_product({"sku": "X-1", "name_zh": "杯子"}, code_sets)
    assert product.sale_unit == "007" and product.origin_country == "CHN"
    assert product.price_cny is None and product.hs_code == ""


def test_all_issues_are_reported_at_once(code_sets):
    """Several bad fields give one issue each in one ValidationError, so the user fixes everything in one go."""
    fields = issues_of({"sku": "", "name_zh": " ", "barcode": "123", "hs_code": "7702109000",
                        "net_weight_kg": "abc", "price_cny": "1.005", "origin_country": "XXX"}, code_sets)
    assert set(fields) == {"sku", "name_zh", "barcode", "hs_code", "net_weight_kg", "price_cny",
                           "origin_country"}
    for issue in fields.values():
        assert issue.label and issue.rule and issue.example


def test_13_digit_hs_code_splits_into_hs_and_ciq(code_sets, product_form):
    """'0902109000999' is stored as hs_code 0902109000 + ciq_code 999 and shown whole as hs_code_13."""
    product = validate_product(product_form(hs_code="0902.10.9000.999"), code_sets)
    assert (product.hs_code, product.ciq_code) == ("0902109000", "999")
    assert product.hs_code_13 == "0902109000999"


def test_tnved_is_compared_with_the_10_digit_part_of_a_13_digit_hs(code_sets, product_form):
    """TN VED must agree with the HS subheading also when the HS code was typed in its 13-digit form."""
    assert validate_product(product_form(hs_code="0902109000999"), code_sets).tnved_code == "0902100000"
    assert "tnved_code" in issues_of(product_form(hs_code="0902109000999", tnved_code="0903000000"), code_sets)


def test_separate_ciq_code_must_be_3_digits(code_sets, product_form):
    """A CIQ add-on entered on its own is 3 digits."""
    assert validate_product(product_form(ciq_code="101"), code_sets).hs_code_13 == "0902109000101"
    assert "ciq_code" in issues_of(product_form(ciq_code="12"), code_sets)


def test_gross_weight_below_net_weight_is_rejected(code_sets, product_form):
    """Gross weight includes packaging, so it can never be less than net weight."""
    issue = issues_of(product_form(net_weight_kg="0.30", gross_weight_kg="0.25"), code_sets)["gross_weight_kg"]
    assert issue.params == {"net": "0.3"}
    assert validate_product(product_form(net_weight_kg="0.3", gross_weight_kg="0.3"), code_sets)


@pytest.mark.parametrize("weight", ["0", "-1", "0.000001", "abc"])
def test_net_weight_must_be_positive_with_at_most_5_decimals(code_sets, weight, product_form):
    """Zero, negative, over-precise or non-numeric weights are refused."""
    assert "net_weight_kg" in issues_of(product_form(net_weight_kg=weight, gross_weight_kg=""), code_sets)


@pytest.mark.parametrize("field", ["sale_unit", "unit1", "unit2"])
def test_unknown_unit_code_is_rejected(code_sets, field, product_form):
    """Units must come from the customs unit table; 999 is not in it."""
    data = product_form(**{field: "999", "unit2_per_sale": "1"})
    issue = issues_of(data, code_sets)[field]
    assert issue.example in code_sets["units"]


def test_unknown_country_of_origin_is_rejected(code_sets, product_form):
    """Origin must be an alpha-3 code from the country table; lower case is folded first."""
    assert validate_product(product_form(origin_country="rus"), code_sets).origin_country == "RUS"
    issue = issues_of(product_form(origin_country="ZZZ"), code_sets)["origin_country"]
    assert issue.example in code_sets["countries"]


def test_legal_unit_different_from_sale_unit_requires_a_conversion(code_sets, product_form):
    """Selling per box (140) with legal unit kg (035) needs 'kg per box'; the same unit needs none (1)."""
    assert "unit1_per_sale" in issues_of(product_form(unit1_per_sale=""), code_sets)
    same = validate_product(product_form(sale_unit="035", unit1="035", unit1_per_sale=""), code_sets)
    assert same.unit1_per_sale == "1"


def test_legal_second_unit_requires_its_conversion(code_sets, product_form):
    """A legal second unit without its quantity per selling unit is refused."""
    assert "unit2_per_sale" in issues_of(product_form(unit2="036"), code_sets)
    assert validate_product(product_form(unit2="036", unit2_per_sale="250"), code_sets).unit2_per_sale == "250"


def test_bad_conversion_gets_one_issue_not_two(code_sets, product_form):
    """A malformed conversion is reported once (as malformed), not also as missing."""
    with pytest.raises(ValidationError) as info:
        validate_product(product_form(unit1_per_sale="x"), code_sets)
    assert [i.field for i in info.value.issues] == ["unit1_per_sale"]


@pytest.mark.parametrize("price", ["-1", "1.005", "abc"])
def test_price_text_must_be_non_negative_with_two_decimals(code_sets, price, product_form):
    """Prices typed as text are non-negative with at most 2 decimals."""
    assert "price_cny" in issues_of(product_form(price_cny=price), code_sets)


def test_integer_price_is_taken_as_minor_units(code_sets, product_form):
    """An int price (as stored, e.g. re-validating a saved row) is already minor units."""
    assert validate_product(product_form(price_cny=4500), code_sets).price_cny == 4500


def test_negative_integer_price_is_rejected(code_sets, product_form):
    """A negative price is refused also when it arrives as an int (stored row, import, sync payload)."""
    assert "price_cny" in issues_of(product_form(price_cny=-100), code_sets)


def test_sku_longer_than_40_characters_is_rejected(code_sets, product_form):
    """SKUs are at most 40 characters."""
    assert "sku" in issues_of(product_form(sku="S" * 41), code_sets)
    assert validate_product(product_form(sku="S" * 40), code_sets)


@pytest.mark.parametrize(("raw", "active"), [(False, False), (0, False), ("0", False), ("no", False),
                                             (True, True), (1, True), (None, True)])
def test_active_flag_is_read_from_forms_and_imports(code_sets, raw, active, product_form):
    """active accepts booleans, 0/1 and the usual words."""
    data = product_form()
    if raw is not None:
        data["active"] = raw
    assert validate_product(data, code_sets).active is active


def test_record_id_is_kept_on_update(code_sets, product_form):
    """Validating an edit keeps the record's identity (sync rule 1)."""
    assert validate_product(product_form(), code_sets, record_id="abc").id == "abc"


def test_decimal_weights_are_stored_without_float_noise(code_sets, product_form):
    """Weights go through Decimal: 0.1 + packaging stays '0.1', never 0.1000000000000000055."""
    product = validate_product(product_form(net_weight_kg=Decimal("0.1"), gross_weight_kg="0,12"), code_sets)
    assert (product.net_weight_kg, product.gross_weight_kg) == ("0.1", "0.12")
