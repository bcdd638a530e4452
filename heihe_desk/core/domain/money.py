"""Money as integer minor units with its currency: parsing people's input, never a float."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

#: Minor units per currency; the code tables can add more, these are the ones the app relies on.
MINOR_DIGITS: dict[str, int] = {"CNY": 2, "RUB": 2, "USD": 2, "EUR": 2, "JPY": 0, "KRW": 0}


@dataclass(frozen=True, order=True)
class Money:
    """An amount in minor units (fen, kopecks) of one currency."""

    minor: int
    currency: str

    @property
    def amount(self) -> Decimal:
        """The amount in major units as an exact Decimal."""
        return Decimal(self.minor).scaleb(-minor_digits(self.currency))

    def __str__(self) -> str:
        return f"{self.amount:.{minor_digits(self.currency)}f} {self.currency}"


def minor_digits(currency: str) -> int:
    """How many decimal places the currency's minor unit has (2 unless known otherwise)."""
    return MINOR_DIGITS.get(currency.upper(), 2)


def parse_decimal(text: str) -> Decimal:
    """Read a number as people type it: '1 234,50', '1234.5', '¥12'; raise ValueError otherwise."""
    cleaned = (text or "").strip().replace("\u00a0", "").replace(" ", "").replace("¥", "").replace("₽", "")
    if "," in cleaned and "." in cleaned:
        # both separators: the last one is the decimal mark ('1.234,50' and '1,234.50')
        thousands = "." if cleaned.rfind(",") > cleaned.rfind(".") else ","
        cleaned = cleaned.replace(thousands, "").replace(",", ".")
    elif cleaned.count(",") == 1:
        cleaned = cleaned.replace(",", ".")
    cleaned = cleaned.replace(",", "")
    try:
        value = Decimal(cleaned)
    except InvalidOperation as exc:
        raise ValueError(f"not a number: {text!r}") from exc
    if not value.is_finite():
        raise ValueError(f"not a number: {text!r}")
    return value


def to_minor(amount: Decimal, currency: str) -> int:
    """Exact conversion to minor units; raise ValueError if the amount has more decimals than allowed."""
    digits = minor_digits(currency)
    scaled = amount.scaleb(digits)
    if scaled != scaled.to_integral_value():
        raise ValueError(f"{amount} has more than {digits} decimals")
    return int(scaled)


def from_minor(minor: int, currency: str) -> Decimal:
    """Major-unit Decimal for an integer minor amount."""
    return Money(minor, currency).amount
