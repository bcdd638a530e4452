"""Money is parsed from what people type and kept as exact integer minor units, never a float."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from heihe_desk.core.domain.money import Money, from_minor, minor_digits, parse_decimal, to_minor


@pytest.mark.parametrize(("text", "expected"), [
    ("1 234,50", Decimal("1234.50")),
    ("1\u00a0234,50", Decimal("1234.50")),
    ("1234.5", Decimal("1234.5")),
    ("1,234.50", Decimal("1234.50")),
    ("¥12", Decimal("12")),
    ("12 ₽", Decimal("12")),
    ("  0,05 ", Decimal("0.05")),
    ("-3.20", Decimal("-3.20")),
])
def test_parse_decimal_reads_numbers_as_people_type_them(text, expected):
    """Spaces and no-break spaces as thousands separators, a decimal comma, currency signs are understood."""
    value = parse_decimal(text)
    assert isinstance(value, Decimal)
    assert value == expected


@pytest.mark.parametrize("text", ["abc", "NaN", "nan", "sNaN", "inf", "-Infinity", "", "   ", "12abc", "¥"])
def test_parse_decimal_rejects_text_and_non_finite_values(text):
    """Words, NaN and infinities are never amounts."""
    with pytest.raises(ValueError):
        parse_decimal(text)


def test_parse_decimal_never_misreads_dot_thousands_with_decimal_comma():
    """'1.234,50' (dot thousands, comma decimals, as Excel writes it in ru/de locales) is 1234.50 or an error,
    never silently 1.2345 — a 1000× error in a price."""
    try:
        value = parse_decimal("1.234,50")
    except ValueError:
        return
    assert value == Decimal("1234.50")


@pytest.mark.parametrize(("amount", "currency", "minor"), [
    (Decimal("12.50"), "CNY", 1250),
    (Decimal("12.5"), "RUB", 1250),
    (Decimal("0.01"), "CNY", 1),
    (Decimal("1234"), "CNY", 123400),
    (Decimal("-7.05"), "CNY", -705),
    (Decimal("1.50"), "cny", 150),
    (Decimal("500"), "JPY", 500),
])
def test_to_minor_is_exact(amount, currency, minor):
    """Conversion to fen / kopecks is exact integer arithmetic and returns an int."""
    result = to_minor(amount, currency)
    assert result == minor
    assert type(result) is int


@pytest.mark.parametrize(("amount", "currency"), [(Decimal("1.005"), "CNY"), (Decimal("0.001"), "RUB"),
                                                   (Decimal("1.5"), "JPY")])
def test_to_minor_rejects_more_decimals_than_the_currency_has(amount, currency):
    """A third decimal for CNY (or any decimal for JPY) is refused rather than rounded away."""
    with pytest.raises(ValueError):
        to_minor(amount, currency)


def test_money_amount_is_exact_decimal_in_major_units():
    """Money(1250, 'CNY').amount is Decimal('12.50'), with the currency's number of decimals."""
    assert Money(1250, "CNY").amount == Decimal("12.50")
    assert str(Money(1250, "CNY").amount) == "12.50"
    assert Money(-5, "RUB").amount == Decimal("-0.05")
    assert Money(500, "JPY").amount == Decimal("500")
    assert str(Money(1250, "CNY")) == "12.50 CNY"
    assert minor_digits("XXX") == 2


def test_money_values_compare_and_are_immutable():
    """Money is a frozen value object."""
    assert Money(100, "CNY") == Money(100, "CNY")
    with pytest.raises(AttributeError):
        Money(100, "CNY").minor = 5  # type: ignore[misc]


# Bounded to what SQLite's INTEGER can hold; Decimal's 28-digit context would round beyond ~10**27.
_MINOR = st.integers(min_value=-(2**63), max_value=2**63 - 1)


@given(minor=_MINOR, currency=st.sampled_from(["CNY", "RUB", "USD", "JPY", "KRW"]))
def test_minor_round_trip_is_lossless(minor, currency):
    """to_minor(from_minor(x)) == x for every storable integer amount: no float ever enters."""
    assert to_minor(from_minor(minor, currency), currency) == minor


@given(minor=st.integers(min_value=0, max_value=10**12))
def test_formatted_amount_parses_back(minor):
    """An amount shown as text (e.g. '1234.50') parses back to the same minor units."""
    text = f"{from_minor(minor, 'CNY'):.2f}"
    assert to_minor(parse_decimal(text), "CNY") == minor
