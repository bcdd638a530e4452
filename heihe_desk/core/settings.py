"""Every setting declared once: name, type, default and label; stored in the data folder's database."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from heihe_desk.core.domain.errors import N_


@dataclass(frozen=True)
class Setting:
    name: str
    type: type
    default: Any
    label: str


SETTINGS: dict[str, Setting] = {s.name: s for s in (
    Setting("language", str, "", N_("Interface language")),
    Setting("document_language", str, "zh+ru", N_("Default document language")),
    Setting("low_stock_threshold", int, 5, N_("Low-stock warning below")),
    Setting("sync_server_url", str, "", N_("Platform server address")),
    Setting("sync_account", str, "", N_("Platform account")),
)}


def decode(name: str, raw: str | None) -> Any:
    """The typed value of a stored setting, or its default."""
    setting = SETTINGS[name]
    if raw is None:
        return setting.default
    if setting.type is bool:
        return raw == "1"
    return setting.type(raw)


def encode(name: str, value: Any) -> str:
    setting = SETTINGS[name]
    if setting.type is bool:
        return "1" if value else "0"
    return str(setting.type(value))
