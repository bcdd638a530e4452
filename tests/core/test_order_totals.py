"""Money arithmetic of orders: one rounding rule, computed in one place, checked by properties."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from heihe_desk.core.domain.order import MILLI, balance, convert, line_amount, order_totals

quantities = st.integers(min_value=1, max_value=10_000 * MILLI)
prices = st.integers(min_value=0, max_value=10_000_000)
lines = st.lists(st.tuples(quantities, prices), min_size=1, max_size=60)


@given(lines, st.integers(0, 10**6), st.integers(0, 10**6), st.integers(0, 10**6))
def test_total_is_sum_of_rounded_lines_plus_charges(items, freight, insurance, discount):
    """The order total equals the sum of per-line rounded amounts plus freight and insurance minus discount."""
    totals = order_totals(items, freight, insurance, discount)
    assert totals.goods == sum(line_amount(q, p) for q, p in items)
    assert totals.total == totals.goods + freight + insurance - discount


@given(quantities, prices)
def test_line_amount_is_exact_product_rounded_half_up(qty, price):
    """A line is rounded once, half-up, from the exact product (never through float)."""
    exact = Decimal(qty) * price / MILLI
    amount = line_amount(qty, price)
    assert abs(Decimal(amount) - exact) <= Decimal("0.5")
    if exact - int(exact) == Decimal("0.5"):
        assert amount == int(exact) + 1


@given(st.integers(1, 10**6))
def test_whole_quantities_give_whole_multiples(units):
    """3 pieces at ¥45.50 are exactly ¥136.50: integer quantities never round."""
    assert line_amount(units * MILLI, 4550) == units * 4550


@given(st.integers(0, 10**9), st.decimals(min_value=Decimal("0.0001"), max_value=Decimal(1000), places=4))
def test_conversion_rounds_to_nearest_minor_unit(minor, rate):
    """Converting CNY to RUB is the exact product rounded to the nearest kopeck."""
    converted = convert(minor, "CNY", "RUB", rate)
    assert abs(Decimal(converted) - Decimal(minor) * rate) <= Decimal("0.5")


def test_conversion_between_same_currency_is_identity():
    """No rate is applied when the currencies agree."""
    assert convert(12345, "CNY", "CNY", Decimal("12.5")) == 12345


def test_conversion_handles_currency_without_minor_units():
    """Yen have no minor unit: 100.00 CNY at 20.5 JPY/CNY is 2050 yen, not 205000."""
    assert convert(10000, "CNY", "JPY", Decimal("20.5")) == 2050


@given(st.integers(0, 10**9), st.lists(st.integers(0, 10**8), max_size=20))
def test_balance_after_payments(total, payments):
    """Balance = total − payments; paying the balance leaves zero."""
    left = balance(total, payments)
    assert left == total - sum(payments)
    assert balance(total, [*payments, left]) == 0
