"""Validation issues that name the field, the rule and a good example, translated at the edge."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any


def N_(message: str) -> str:
    """Mark a message for extraction into the gettext catalogue; translation happens when shown."""
    return message


@dataclass(frozen=True)
class Issue:
    """One broken rule: which field, what the rule is, and an example of a value that passes.

    ``label`` and ``rule`` are untranslated catalogue keys (marked with ``N_``); ``params`` fill
    ``{placeholders}`` in ``rule`` after translation.
    """

    field: str
    label: str
    rule: str
    example: str = ""
    params: dict[str, Any] = dataclasses.field(default_factory=dict)


class ValidationError(ValueError):
    """Raised when a record breaks one or more rules; nothing has been written."""

    def __init__(self, issues: list[Issue]):
        self.issues = list(issues)
        super().__init__("; ".join(f"{i.field}: {i.rule.format(**i.params)}" for i in self.issues))

    def fields(self) -> set[str]:
        """Names of the fields that broke a rule."""
        return {issue.field for issue in self.issues}


class NotFoundError(LookupError):
    """A record that the caller named does not exist (or was deleted)."""
