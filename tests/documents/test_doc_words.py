"""Amounts in words: Chinese 大写, Russian with agreeing currency words, English; Decimal only."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from heihe_desk.core.documents.words import amount_in_words, minor_in_words

CASES = [
    # amount, CNY zh, CNY ru, RUB ru, CNY en, RUB en
    ("0", "人民币零元整", "Ноль юаней 00 фэней", "Ноль рублей 00 копеек", "Zero yuan", "Zero roubles"),
    ("0.05", "人民币伍分", "Ноль юаней 05 фэней", "Ноль рублей 05 копеек", "Zero yuan and five fen",
     "Zero roubles and five kopecks"),
    ("1", "人民币壹元整", "Один юань 00 фэней", "Один рубль 00 копеек", "One yuan", "One rouble"),
    ("2", "人民币贰元整", "Два юаня 00 фэней", "Два рубля 00 копеек", "Two yuan", "Two roubles"),
    ("5", "人民币伍元整", "Пять юаней 00 фэней", "Пять рублей 00 копеек", "Five yuan", "Five roubles"),
    ("11", "人民币壹拾壹元整", "Одиннадцать юаней 00 фэней", "Одиннадцать рублей 00 копеек", "Eleven yuan",
     "Eleven roubles"),
    ("21", "人民币贰拾壹元整", "Двадцать один юань 00 фэней", "Двадцать один рубль 00 копеек", "Twenty-one yuan",
     "Twenty-one roubles"),
    ("101", "人民币壹佰零壹元整", "Сто один юань 00 фэней", "Сто один рубль 00 копеек", "One hundred and one yuan",
     "One hundred and one roubles"),
    ("1000000", "人民币壹佰万元整", "Один миллион юаней 00 фэней", "Один миллион рублей 00 копеек",
     "One million yuan", "One million roubles"),
    ("123.45", "人民币壹佰贰拾叁元肆角伍分", "Сто двадцать три юаня 45 фэней", "Сто двадцать три рубля 45 копеек",
     "One hundred and twenty-three yuan and forty-five fen",
     "One hundred and twenty-three roubles and forty-five kopecks"),
    ("22.01", "人民币贰拾贰元零壹分", "Двадцать два юаня 01 фэнь", "Двадцать два рубля 01 копейка",
     "Twenty-two yuan and one fen", "Twenty-two roubles and one kopeck"),
    ("1234.02", "人民币壹仟贰佰叁拾肆元零贰分", "Одна тысяча двести тридцать четыре юаня 02 фэня",
     "Одна тысяча двести тридцать четыре рубля 02 копейки",
     "One thousand, two hundred and thirty-four yuan and two fen",
     "One thousand, two hundred and thirty-four roubles and two kopecks"),
]


@pytest.mark.parametrize(("amount", "zh", "ru_cny", "ru_rub", "en_cny", "en_rub"), CASES)
def test_amounts_in_words(amount: str, zh: str, ru_cny: str, ru_rub: str, en_cny: str, en_rub: str) -> None:
    """The three languages write the amounts the way a payment document does (юань is masculine: один юань,
    два юаня, пять юаней; копейка feminine: одна копейка, две копейки)."""
    value = Decimal(amount)
    assert amount_in_words(value, "CNY", "zh_CN") == zh
    assert amount_in_words(value, "CNY", "ru") == ru_cny
    assert amount_in_words(value, "RUB", "ru") == ru_rub
    assert amount_in_words(value, "CNY", "en") == en_cny
    assert amount_in_words(value, "RUB", "en") == en_rub


@pytest.mark.parametrize(("amount", "expected"), [
    ("0", "零卢布整"), ("1", "壹卢布整"), ("100.50", "壹佰卢布伍拾戈比"), ("1000000", "壹佰万卢布整"),
])
def test_roubles_in_chinese_name_the_currency(amount: str, expected: str) -> None:
    """A rouble amount in Chinese says 卢布/戈比, never 元, so it cannot be read as RMB."""
    assert amount_in_words(Decimal(amount), "RUB", "zh_CN") == expected


def test_float_is_refused() -> None:
    """Money is never a float: a float amount is a programming error, not something to round."""
    with pytest.raises(TypeError):
        amount_in_words(1.5, "CNY", "ru")  # type: ignore[arg-type]


def test_more_decimals_than_the_currency_has_is_refused() -> None:
    with pytest.raises(ValueError):
        amount_in_words(Decimal("1.005"), "RUB", "ru")


def test_negative_amounts_say_minus() -> None:
    assert minor_in_words(-500, "CNY", "zh_CN") == "负人民币伍元整"
    assert minor_in_words(-500, "RUB", "ru") == "Минус пять рублей 00 копеек"
    assert minor_in_words(-100, "CNY", "en") == "Minus one yuan"


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError):
        minor_in_words(100, "CNY", "de")


@given(st.integers(min_value=0, max_value=10**11 - 1))
def test_any_amount_has_words_in_every_language(minor: int) -> None:
    """Every amount up to a billion has words; Chinese RMB text always ends in 整 or 分 or 角, and the Russian
    text ends with the kopeck count in digits."""
    zh = minor_in_words(minor, "CNY", "zh_CN")
    assert zh.startswith("人民币") and zh[-1] in "整分角"
    ru = minor_in_words(minor, "RUB", "ru")
    assert f" {minor % 100:02d} коп" in ru and ru[0].isupper()
    assert minor_in_words(minor, "RUB", "en")[0].isupper()
