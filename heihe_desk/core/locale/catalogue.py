"""gettext catalogue of the strings the core renders (validation messages, labels), read from .po files."""

from __future__ import annotations

import gettext
from functools import cache
from pathlib import Path

from babel.messages.pofile import read_po

from heihe_desk.core.domain.errors import N_, Issue, ValidationError
from heihe_desk.core.locale.languages import check_language
from heihe_desk.core.paths import i18n_dir

DOMAIN = "heihe_desk"


def po_path(lang: str) -> Path:
    return i18n_dir() / "core" / f"{lang}.po"


class _PoTranslations(gettext.NullTranslations):
    """Translations straight from a .po file, so no compile step stands between a fix and the app."""

    def __init__(self, path: Path):
        super().__init__()
        with path.open("rb") as handle:
            catalog = read_po(handle)
        self._map = {m.id: m.string for m in catalog if m.id and m.string and not m.fuzzy
                     and isinstance(m.id, str) and isinstance(m.string, str)}

    def gettext(self, message: str) -> str:
        return self._map.get(message, message)


@cache
def translations(lang: str) -> gettext.NullTranslations:
    """The catalogue for a language; English falls back to the source strings."""
    path = po_path(check_language(lang))
    return _PoTranslations(path) if path.exists() else gettext.NullTranslations()


def _(message: str, lang: str) -> str:
    return translations(lang).gettext(message)


def issue_text(issue: Issue, lang: str) -> str:
    """'Field: rule; for example: value' in the user's language (punctuation too is translated)."""
    rule = _(issue.rule, lang).format(**issue.params)
    text = _(N_("{label}: {rule}"), lang).format(label=_(issue.label, lang), rule=rule)
    if issue.example:
        text += _("; for example: {example}", lang).format(example=issue.example)
    return text


def error_text(error: ValidationError, lang: str) -> str:
    """All issues of a validation error, one per line."""
    return "\n".join(issue_text(i, lang) for i in error.issues)
