"""How values are written in CEB messages: decimals N19,5, Beijing-time stamps, upper-case GUIDs, clean text."""

from __future__ import annotations

import re
import uuid
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

#: China Standard Time; customs stamps are Beijing time and China has no daylight saving.
CHINA_TZ = timezone(timedelta(hours=8), "CST")
#: N19,5 in the spec (customs-domain §1.2 "Decimals"): at most 19 digits, 5 of them after the point.
TOTAL_DIGITS = 19
FRACTION_DIGITS = 5
#: Namespace for the GUIDs we derive (message GUIDs, parts of a split order), so rebuilding gives the same bytes.
_GUID_NAMESPACE = uuid.UUID("6b0c2a52-3f5e-4d0c-9a57-8c1e0f6e4b21")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_SPACE = re.compile(r"\s+")


def ceb_decimal(value: Decimal) -> str:
    """A decimal as the schema's xs:decimal wants it: fixed point, no exponent, no trailing zeros."""
    if value == 0:
        return "0"
    text = format(value.normalize(), "f")
    return text


def decimal_fits(value: Decimal, places: int = FRACTION_DIGITS, total: int = TOTAL_DIGITS) -> bool:
    """True if ``value`` is finite and fits N(total, places) without rounding."""
    if not value.is_finite():
        return False
    _sign, digits, exponent = value.normalize().as_tuple()
    if not isinstance(exponent, int):
        return False
    decimals = max(0, -exponent)
    integer_digits = max(0, len(digits) + exponent)
    return decimals <= places and integer_digits + decimals <= total


def china_time(moment: datetime) -> datetime:
    """``moment`` in Beijing time; a naive datetime is taken to be Beijing time already."""
    return moment.replace(tzinfo=CHINA_TZ) if moment.tzinfo is None else moment.astimezone(CHINA_TZ)


def ceb_time(moment: datetime) -> str:
    """C14 ``YYYYMMDDhhmmss`` in Beijing time (appTime, accountingDate; customs-domain §1.2)."""
    return china_time(moment).strftime("%Y%m%d%H%M%S")


def ceb_date(day: date) -> str:
    """C8 ``YYYYMMDD`` (ieDate)."""
    return day.strftime("%Y%m%d")


def parse_return_time(text: str) -> datetime | None:
    """A reply's C17 ``yyyyMMddHHmmssfff`` (Beijing time) as an aware datetime; None if malformed."""
    raw = text.strip()
    if not re.fullmatch(r"\d{17}", raw):
        if re.fullmatch(r"\d{14}", raw):
            raw += "000"
        else:
            return None
    try:
        parsed = datetime.strptime(raw[:14], "%Y%m%d%H%M%S")
    except ValueError:
        return None
    return parsed.replace(microsecond=int(raw[14:]) * 1000, tzinfo=CHINA_TZ)


def upper_guid(value: str) -> str:
    """A record UUID in the 36-character upper-case form the schema annotations ask for (§1.2)."""
    return str(uuid.UUID(value)).upper()


def is_guid(value: str) -> bool:
    try:
        uuid.UUID(value)
    except (ValueError, AttributeError, TypeError):
        return False
    return len(value.strip()) == 36


def derived_guid(*parts: str) -> str:
    """A stable upper-case GUID computed from ``parts``: the same input always gives the same message."""
    return str(uuid.uuid5(_GUID_NAMESPACE, "\x1f".join(parts))).upper()


def clean_text(value: str) -> str:
    """One line of text: control characters dropped, runs of whitespace (newlines too) made one space.

    XML 1.0 cannot carry most control characters at all, and gmodel/barCode are whiteSpace=collapse in
    the schema, so collapsing everywhere keeps what we validate equal to what customs read.
    """
    return _SPACE.sub(" ", _CONTROL.sub("", value or "")).strip()
