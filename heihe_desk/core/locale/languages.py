"""The three UI/document languages and how to pick one from a system locale."""

from __future__ import annotations

LANGUAGES: tuple[str, ...] = ("zh_CN", "ru", "en")
#: Each language's own name, shown in the language menu whatever the current language is.
NATIVE_NAMES: dict[str, str] = {"zh_CN": "中文", "ru": "Русский", "en": "English"}
#: The babel locale used for numbers, dates and money in each language.
BABEL_LOCALES: dict[str, str] = {"zh_CN": "zh_Hans_CN", "ru": "ru_RU", "en": "en_US"}


def pick_language(system_locale: str | None) -> str:
    """Chinese for a Chinese system, Russian for a Russian one, English otherwise."""
    name = (system_locale or "").replace("-", "_").lower()
    if name.startswith("zh"):
        return "zh_CN"
    if name.startswith("ru"):
        return "ru"
    if name.startswith("en"):
        return "en"
    return "zh_CN" if not name or name in ("c", "posix") else "en"


def check_language(lang: str) -> str:
    """Return ``lang`` if supported, else raise ValueError naming the choices."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}")
    return lang
