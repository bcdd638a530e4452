"""All number, date and money formatting for people, per language (babel); nothing else formats."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal

from babel.dates import format_date, format_datetime
from babel.numbers import format_currency, format_decimal

from heihe_desk.core.domain.money import Money, minor_digits
from heihe_desk.core.locale.languages import BABEL_LOCALES

_LETTER_THEN_DIGIT = re.compile(r"([A-Za-z])([-\u2212]?\d)")
_DIGIT_THEN_LETTER = re.compile(r"(\d)([A-Za-z])")


def money(value: Money, lang: str) -> str:
    """'¥1,234.50' / '1 234,50 ₽' / 'RUB 1,234.50' as people of that language write it."""
    text = format_currency(value.amount, value.currency, locale=BABEL_LOCALES[lang])
    # CLDR currency spacing, which babel does not apply: a letter symbol never touches the digits ("RUB1,234").
    return _LETTER_THEN_DIGIT.sub("\\1\u00a0\\2", _DIGIT_THEN_LETTER.sub("\\1\u00a0\\2", text))


def minor_money(minor: int | None, currency: str, lang: str) -> str:
    """Money from stored minor units; empty when there is no amount."""
    return "" if minor is None else money(Money(minor, currency), lang)


def number(value: Decimal | int | str, lang: str) -> str:
    return format_decimal(Decimal(str(value)), locale=BABEL_LOCALES[lang]) if str(value) != "" else ""


def day(value: date, lang: str) -> str:
    return format_date(value, "medium", locale=BABEL_LOCALES[lang])


def moment(value: datetime, lang: str) -> str:
    return format_datetime(value, "medium", locale=BABEL_LOCALES[lang])


def short_moment(value: datetime, lang: str) -> str:
    """'2026/3/8 14:05' / '08.03.2026, 14:05': a stored UTC instant in this computer's local time."""
    local = value.astimezone() if value.tzinfo else value
    return format_datetime(local, "short", locale=BABEL_LOCALES[lang])


def amount(minor: int, currency: str, lang: str) -> str:
    """'1,234.50' / '1 234,50': an amount without its currency sign, always with all its minor digits."""
    digits = minor_digits(currency)
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    return format_decimal(Money(minor, currency).amount, format=pattern, locale=BABEL_LOCALES[lang])


def exact(value: Decimal, lang: str, min_places: int = 0) -> str:
    """A number with every decimal it carries, at least ``min_places`` (rates and declared prices are not rounded)."""
    pattern = "#,##0" + ("." + "0" * min_places if min_places else ".###")
    return format_decimal(value, format=pattern, locale=BABEL_LOCALES[lang], decimal_quantization=False)


def short_day(value: date, lang: str) -> str:
    """'2026/3/8' / '08.03.2026' / '3/8/26': digits only, readable across scripts (bilingual documents)."""
    return format_date(value, "short", locale=BABEL_LOCALES[lang])


def fixed(value: Decimal, places: int, lang: str) -> str:
    """A number with exactly ``places`` decimals ('1.500' kg), so a column of weights lines up."""
    pattern = "#,##0" + ("." + "0" * places if places else "")
    return format_decimal(value, format=pattern, locale=BABEL_LOCALES[lang])
