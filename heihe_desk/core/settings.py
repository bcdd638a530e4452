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
    Setting("sync_interval_s", int, 60, N_("Sync every (seconds)")),
    # The seller as printed on invoices, proformas, packing lists and receipts (capability 8).
    Setting("seller_name", str, "", N_("Company name (Chinese)")),
    Setting("seller_name_ru", str, "", N_("Company name (Russian)")),
    Setting("seller_name_en", str, "", N_("Company name (English)")),
    Setting("seller_address", str, "", N_("Address (Chinese)")),
    Setting("seller_address_ru", str, "", N_("Address (Russian)")),
    Setting("seller_address_en", str, "", N_("Address (English)")),
    Setting("seller_uscc", str, "", N_("Unified social credit code (USCC)")),
    Setting("seller_inn", str, "", N_("Russian INN (if registered in Russia)")),
    Setting("seller_phone", str, "", N_("Phone")),
    Setting("seller_email", str, "", N_("E-mail")),
    Setting("seller_bank_name", str, "", N_("Bank name")),
    Setting("seller_bank_account", str, "", N_("Bank account No.")),
    Setting("seller_bank_swift", str, "", N_("SWIFT code")),
    Setting("seller_bank_address", str, "", N_("Bank address")),
    Setting("seller_logo", str, "", N_("Logo image (PNG or JPEG)")),
    Setting("incoterms", str, "FCA Heihe", N_("Default terms of delivery (Incoterms 2020 and place)")),
    Setting("payment_terms", str, "", N_("Default terms of payment")),
    Setting("proforma_valid_days", int, 30, N_("Proforma valid for, days")),
    # The customs identities (DeclarationSettings) and which of CEB303/403/505 the trader files, as one JSON
    # object: the customs package checks them together, two of them are maps (currency and country codes),
    # and a field added to DeclarationSettings needs no change here (core/services/declaration_codec.py).
    Setting("customs_declaration", str, "", N_("Customs declaration settings")),
)}

#: Seller settings in the order the "Seller details" dialog shows them.
SELLER_SETTINGS: tuple[str, ...] = (*(name for name in SETTINGS if name.startswith("seller_")),
                                    "incoterms", "payment_terms", "proforma_valid_days")


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
