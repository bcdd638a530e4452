"""Country names for documents, read once from the bundled code table (ISO alpha-3 or alpha-2 codes)."""

from __future__ import annotations

import json
from functools import cache

from heihe_desk.core.paths import resources_dir

_LANG_KEYS = {"zh_CN": "zh", "ru": "ru", "en": "en"}


@cache
def _table() -> dict[str, dict[str, str]]:
    entries = json.loads((resources_dir() / "codes" / "countries.json").read_text(encoding="utf-8"))["entries"]
    table: dict[str, dict[str, str]] = {}
    for entry in entries:
        table[entry["code"].upper()] = entry
        if entry.get("alpha2"):
            table[entry["alpha2"].upper()] = entry
    return table


def country_name(code: str, lang: str) -> str:
    """'中国' / 'Китай' / 'China' for 'CHN' or 'CN'; the code itself when the table does not know it."""
    entry = _table().get(code.strip().upper())
    return entry.get(_LANG_KEYS.get(lang, "en"), code) if entry else code
