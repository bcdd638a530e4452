"""Validation messages render in the user's language (en, ru, zh_CN) through the core's gettext catalogue."""

from __future__ import annotations

import re

import pytest

from heihe_desk.core.domain import identifiers as ids
from heihe_desk.core.domain.errors import ValidationError
from heihe_desk.core.locale import catalogue
from heihe_desk.core.locale.languages import LANGUAGES

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


@pytest.fixture
def error() -> ValidationError:
    """Issues whose examples are plain ASCII, so any Cyrillic or CJK text must come from translation."""
    issues = [ids.check_barcode("123"), ids.check_hs_code("7702109000"), ids.check_inn("7707083894", True)]
    return ValidationError([i for i in issues if i is not None])


def test_english_text_names_field_rule_and_example(error):
    """English shows 'Label: rule; for example: value' per issue, one per line, placeholders filled."""
    text = catalogue.error_text(error, "en")
    lines = text.splitlines()
    assert len(lines) == 3
    assert lines[0].startswith("Barcode: must be an EAN-13")
    assert lines[0].endswith("; for example: 6901234567892")
    assert "chapter 77" in lines[1]
    assert "{" not in text and "}" not in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_renders_every_issue_with_its_example_and_params(error, lang):
    """Each language gets one line per issue with the example value and the filled-in parameters."""
    lines = catalogue.error_text(error, lang).splitlines()
    assert len(lines) == 3
    assert "6901234567892" in lines[0]
    assert "77" in lines[1]
    assert not any("{" in line for line in lines)


@pytest.mark.parametrize(("lang", "script"), [("ru", _CYRILLIC), ("zh_CN", _CJK)])
def test_russian_and_chinese_are_really_translated(error, lang, script):
    """ru renders in Cyrillic and zh_CN in Chinese, each line different from English (needs i18n/core/*.po)."""
    english = catalogue.error_text(error, "en").splitlines()
    translated = catalogue.error_text(error, lang).splitlines()
    for en_line, line in zip(english, translated, strict=True):
        assert line != en_line, f"{lang} falls back to English: {line!r}"
        assert script.search(line.split(";")[0]), f"{lang} label/rule not in its script: {line!r}"


def test_unknown_language_is_refused(error):
    """Asking for a language the app does not have is an error, not silent English."""
    with pytest.raises(ValueError):
        catalogue.error_text(error, "de")
