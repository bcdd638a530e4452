"""Partners: Russian buyers, Chinese suppliers, carriers, platforms, payment firms (capability 2)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any

from heihe_desk.core.domain import identifiers as ids
from heihe_desk.core.domain.errors import N_, Issue, ValidationError
from heihe_desk.core.domain.record import Collector, new_id, text


class PartnerKind(StrEnum):
    """What a partner is to the trader; decides which registration numbers are required."""

    BUYER_PERSON = "buyer_person"
    BUYER_COMPANY = "buyer_company"
    SUPPLIER = "supplier"
    LOGISTICS = "logistics"
    PLATFORM = "platform"
    PAYMENT = "payment"


#: Untranslated labels of the kinds, for lists and menus.
KIND_LABELS: dict[PartnerKind, str] = {
    PartnerKind.BUYER_PERSON: N_("Buyer (person)"),
    PartnerKind.BUYER_COMPANY: N_("Buyer (company)"),
    PartnerKind.SUPPLIER: N_("Supplier"),
    PartnerKind.LOGISTICS: N_("Logistics company"),
    PartnerKind.PLATFORM: N_("E-commerce platform"),
    PartnerKind.PAYMENT: N_("Payment company"),
}

#: Chinese enterprises that appear in customs messages and carry a USCC and a customs code.
CHINESE_ENTERPRISES = {PartnerKind.SUPPLIER, PartnerKind.LOGISTICS, PartnerKind.PLATFORM, PartnerKind.PAYMENT}


@dataclass(frozen=True)
class Partner:
    """A counterparty with its identifiers and contacts."""

    id: str
    kind: str
    name: str
    name_ru: str = ""
    name_en: str = ""
    country: str = "RUS"
    inn: str = ""
    kpp: str = ""
    uscc: str = ""
    customs_code: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    contact: str = ""
    note: str = ""
    active: bool = True

    def as_row(self) -> dict[str, Any]:
        row = asdict(self)
        row["active"] = int(self.active)
        return row


FIELDS: tuple[str, ...] = tuple(Partner.__dataclass_fields__)

#: Untranslated labels of the fields people see.
LABELS: dict[str, str] = {
    "kind": N_("Partner type"), "name": N_("Name"), "name_ru": N_("Russian name"),
    "name_en": N_("English name"), "country": N_("Country"), "inn": N_("INN"), "kpp": N_("KPP"),
    "uscc": N_("Unified social credit code"), "customs_code": N_("Customs registration code"),
    "phone": N_("Phone"), "email": N_("E-mail"), "address": N_("Address"), "contact": N_("Contact person"),
    "note": N_("Note"), "active": N_("Active"),
}


def validate_partner(data: Mapping[str, Any], countries: set[str], record_id: str | None = None) -> Partner:
    """Check a partner form or import row; registration numbers by python-stdnum; raise ValidationError."""
    c = Collector()
    raw_kind = text(data, "kind")
    try:
        kind = PartnerKind(raw_kind)
    except ValueError:
        c.add(Issue("kind", N_("Partner type"), N_("must be one of: {kinds}"), "buyer_company",
                    {"kinds": ", ".join(k.value for k in PartnerKind)}))
        raise ValidationError(c.issues) from None
    name = c.required(data, "name", N_("Name"), "ООО «Амур Трейд»")
    default_country = "CHN" if kind in CHINESE_ENTERPRISES else "RUS"
    country = (text(data, "country") or default_country).upper()
    if countries and country not in countries:
        c.add(Issue("country", N_("Country"), N_("must be a 3-letter country code from the country table"),
                    "RUS"))
    inn, kpp = ids.compact(text(data, "inn")), ids.compact(text(data, "kpp"))
    uscc, customs = ids.compact(text(data, "uscc")), ids.compact(text(data, "customs_code"))
    if kind is PartnerKind.BUYER_COMPANY:
        if not inn:
            c.add(Issue("inn", N_("INN"), N_("is required for a Russian company"), "7707083893"))
        else:
            c.add(ids.check_inn(inn, company=True))
        if len(inn) == 10 and not kpp:
            c.add(Issue("kpp", N_("KPP"), N_("is required for an organisation with a 10-digit INN"),
                        "770701001"))
    elif inn:
        c.add(ids.check_inn(inn, company=kind is not PartnerKind.BUYER_PERSON))
    if kpp:
        c.add(ids.check_kpp(kpp))
    if kind is PartnerKind.SUPPLIER and country == "CHN" and not uscc:
        c.add(Issue("uscc", N_("Unified social credit code"), N_("is required for a Chinese supplier"),
                    "91110000600037341L"))
    elif uscc:
        c.add(ids.check_uscc(uscc))
    if customs:
        c.add(ids.check_customs_reg_code(customs))
    email = text(data, "email")
    if email and ("@" not in email or "." not in email.rsplit("@", 1)[-1]):
        c.add(Issue("email", N_("E-mail"), N_("must look like name@example.com"), "buyer@mail.ru"))
    if c.issues:
        raise ValidationError(c.issues)
    active = data.get("active", True)
    return Partner(
        id=record_id or text(data, "id") or new_id(), kind=kind.value, name=name,
        name_ru=text(data, "name_ru"), name_en=text(data, "name_en"), country=country, inn=inn, kpp=kpp,
        uscc=uscc, customs_code=customs, phone=text(data, "phone"), email=email,
        address=text(data, "address"), contact=text(data, "contact"), note=text(data, "note"),
        active=active not in (False, 0, "0", "false", "False", "no"),
    )
