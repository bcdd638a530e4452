"""Shared helpers for turning form or import input into validated field values."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from heihe_desk.core.domain.errors import N_, Issue
from heihe_desk.core.domain.money import parse_decimal, to_minor


def new_id() -> str:
    """A record identity, generated where the record is created (sync rule 1)."""
    return str(uuid.uuid4())


def utc_now() -> str:
    """ISO-8601 UTC timestamp with milliseconds, the one format stored everywhere."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def text(data: Mapping[str, Any], key: str) -> str:
    """A stripped string value, '' when missing."""
    value = data.get(key)
    return "" if value is None else str(value).strip()


class Collector:
    """Collects issues while a record is checked field by field, so the user sees all at once."""

    def __init__(self) -> None:
        self.issues: list[Issue] = []

    def add(self, issue: Issue | None) -> None:
        if issue is not None:
            self.issues.append(issue)

    def required(self, data: Mapping[str, Any], key: str, label: str, example: str) -> str:
        value = text(data, key)
        if not value:
            self.issues.append(Issue(key, label, N_("is required"), example))
        return value

    def money(self, data: Mapping[str, Any], key: str, label: str, currency: str) -> int | None:
        """Minor units of a non-negative price, or None when left empty."""
        raw = text(data, key)
        if not raw:
            return None
        stored = data.get(key)
        if isinstance(stored, int) and not isinstance(stored, bool) and stored >= 0:
            return stored
        try:
            if isinstance(stored, (int, bool)):
                raise ValueError
            value = parse_decimal(raw)
            if value < 0:
                raise ValueError
            return to_minor(value, currency)
        except ValueError:
            self.issues.append(Issue(key, label, N_("must be a non-negative amount with at most 2 decimals"),
                                     "12.50"))
            return None

    def decimal(self, data: Mapping[str, Any], key: str, label: str, example: str,
                positive: bool = True, places: int = 6) -> Decimal | None:
        """A non-negative (or positive) Decimal with at most ``places`` decimals, or None when empty."""
        raw = text(data, key)
        if not raw:
            return None
        try:
            value = parse_decimal(raw)
        except ValueError:
            value = None
        exponent = value.as_tuple().exponent if value is not None else 0
        if (value is None or (positive and value <= 0) or value < 0
                or (isinstance(exponent, int) and -exponent > places)):
            rule = (N_("must be a number greater than zero with at most {places} decimals") if positive
                    else N_("must be a number, zero or more, with at most {places} decimals"))
            self.issues.append(Issue(key, label, rule, example, {"places": places}))
            return None
        return value.normalize() if value != 0 else Decimal(0)
