"""Code tables the messages use (resources/codes) and the ISO → customs code conversion, never guessed."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from heihe_desk.core.customs.model import CodeForm, DeclarationSettings
from heihe_desk.core.paths import resources_dir


@dataclass(frozen=True)
class CodeTables:
    """Valid codes and names of the shipped tables (customs-domain §1.7; resources/codes/README.md)."""

    currencies: frozenset[str]
    countries: frozenset[str]
    units: frozenset[str]
    traf_modes: frozenset[str]
    wrap_types: frozenset[str]
    currency_numeric: dict[str, str]
    country_numeric: dict[str, str]
    unit_names: dict[str, dict[str, str]]

    def unit_name(self, code: str, lang: str = "zh_CN") -> str:
        names = self.unit_names.get(code, {})
        return names.get(lang) or names.get("zh_CN", "")


def _entries(folder: Path, table: str) -> list[dict[str, Any]]:
    path = folder / f"{table}.json"
    if not path.exists():
        return []
    entries: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))["entries"]
    return entries


@cache
def code_tables(folder: Path | None = None) -> CodeTables:
    """The tables from ``folder`` (default resources/codes), read once."""
    where = folder or resources_dir() / "codes"
    currencies = _entries(where, "currencies")
    countries = _entries(where, "countries")
    units = _entries(where, "units")
    return CodeTables(
        currencies=frozenset(e["code"] for e in currencies),
        countries=frozenset(e["code"] for e in countries),
        units=frozenset(e["code"] for e in units),
        traf_modes=frozenset(e["code"] for e in _entries(where, "transport_modes")),
        wrap_types=frozenset(e["code"] for e in _entries(where, "wrap_types")),
        currency_numeric={e["code"]: e["customs_numeric"] for e in currencies if e.get("customs_numeric")},
        country_numeric={e["code"]: e["customs_numeric"] for e in countries if e.get("customs_numeric")},
        unit_names={e["code"]: {"zh_CN": e["zh"], "ru": e["ru"], "en": e["en"]} for e in units},
    )


def ceb_currency(iso: str, settings: DeclarationSettings, tables: CodeTables) -> str | None:
    """The code written in CEB currency fields, or None when it is not known (the user must supply it).

    A code the user entered in the settings wins; otherwise the numeric form comes from the shipped table
    (RUB has none there: its legacy customs number is UNVERIFIED, customs-domain §1.7).
    """
    code = iso.strip().upper()
    if code in settings.currency_codes:
        return settings.currency_codes[code].strip() or None
    if settings.code_form == CodeForm.ALPHA:
        return code if code in tables.currencies else None
    return tables.currency_numeric.get(code)


def ceb_country(iso: str, settings: DeclarationSettings, tables: CodeTables) -> str | None:
    """The code written in CEB country fields (numeric legacy or ISO alpha-3), or None when unknown."""
    code = iso.strip().upper()
    if code in settings.country_codes:
        return settings.country_codes[code].strip() or None
    if settings.code_form == CodeForm.ALPHA:
        return code if code in tables.countries else None
    return tables.country_numeric.get(code)
