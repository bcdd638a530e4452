"""All number, date and money formatting for people, per language (babel); nothing else formats."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from babel.dates import format_date, format_datetime
from babel.numbers import format_currency, format_decimal

from heihe_desk.core.domain.money import Money
from heihe_desk.core.locale.languages import BABEL_LOCALES


def money(value: Money, lang: str) -> str:
    """'¥1,234.50' / '1 234,50 ₽' as people of that language write it."""
    return format_currency(value.amount, value.currency, locale=BABEL_LOCALES[lang])


def minor_money(minor: int | None, currency: str, lang: str) -> str:
    """Money from stored minor units; empty when there is no amount."""
    return "" if minor is None else money(Money(minor, currency), lang)


def number(value: Decimal | int | str, lang: str) -> str:
    return format_decimal(Decimal(str(value)), locale=BABEL_LOCALES[lang]) if str(value) != "" else ""


def day(value: date, lang: str) -> str:
    return format_date(value, "medium", locale=BABEL_LOCALES[lang])


def moment(value: datetime, lang: str) -> str:
    return format_datetime(value, "medium", locale=BABEL_LOCALES[lang])
