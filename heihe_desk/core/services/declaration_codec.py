"""JSON forms of the declaration settings and of a declared parcel, as stored in settings and declarations rows."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from heihe_desk.core.customs import BuyerInput, DeclarationSettings, ParcelDeclarationInput, ParcelLine

#: Messages a trader may file besides the list declaration (CEB603 is always filed): order, receipt, waybill.
OPTIONAL_MESSAGES = ("CEB303", "CEB403", "CEB505")
_SETTING_FIELDS = {f.name for f in dataclasses.fields(DeclarationSettings)}
_MAPS = ("currency_codes", "country_codes")


def settings_to_json(settings: DeclarationSettings, files: Iterable[str]) -> str:
    """One JSON object: every DeclarationSettings field plus ``files``, the optional messages filed."""
    data: dict[str, Any] = {name: getattr(settings, name) for name in sorted(_SETTING_FIELDS)}
    for name in _MAPS:
        data[name] = dict(data[name])
    data["files"] = sorted(f for f in set(files) if f in OPTIONAL_MESSAGES)
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def settings_from_json(text: str) -> tuple[DeclarationSettings, frozenset[str]]:
    """The stored settings; unknown keys (a newer version's) are ignored, missing ones keep their defaults."""
    try:
        data = json.loads(text) if text else {}
    except ValueError:
        data = {}
    if not isinstance(data, dict):
        data = {}
    values: dict[str, Any] = {}
    for name in _SETTING_FIELDS & set(data):
        value = data[name]
        if name in _MAPS:
            if isinstance(value, Mapping):
                values[name] = {str(k).upper(): str(v) for k, v in value.items()}
        elif isinstance(value, str):
            values[name] = value
    files = data.get("files", [])
    chosen = frozenset(f for f in files if f in OPTIONAL_MESSAGES) if isinstance(files, list) else frozenset()
    return DeclarationSettings(**values), chosen


def _plain(value: Any) -> Any:
    """Decimals and dates as strings, so the stored parcel reads back exactly (never through float)."""
    if isinstance(value, Decimal | date):
        return str(value) if isinstance(value, Decimal) else value.isoformat()
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def parcel_to_dict(parcel: ParcelDeclarationInput) -> dict[str, Any]:
    result: dict[str, Any] = _plain(dataclasses.asdict(parcel))
    return result


def _decimal(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


_LINE_DECIMALS = ("qty", "price", "total", "qty1", "qty2", "net_weight_kg", "gross_weight_kg")
_PARCEL_DECIMALS = ("gross_weight_kg", "net_weight_kg", "freight", "insured_fee")


def _known(cls: type, data: Mapping[str, Any]) -> dict[str, Any]:
    names = {f.name for f in dataclasses.fields(cls)}
    return {k: v for k, v in data.items() if k in names}


def parcel_from_dict(data: Mapping[str, Any]) -> ParcelDeclarationInput:
    """The parcel as it was declared (the inverse of parcel_to_dict)."""
    lines = []
    for raw in data.get("lines", []):
        line = _known(ParcelLine, raw)
        for name in _LINE_DECIMALS:
            if name in line:
                line[name] = _decimal(line[name])
        lines.append(ParcelLine(**line))
    head = _known(ParcelDeclarationInput, data)
    for name in _PARCEL_DECIMALS:
        if name in head:
            head[name] = Decimal(str(head[name]))
    for name in ("order_date", "export_date"):
        head[name] = date.fromisoformat(str(head[name]))
    head["buyer"] = BuyerInput(**_known(BuyerInput, data.get("buyer", {})))
    head["lines"] = tuple(lines)
    return ParcelDeclarationInput(**head)
