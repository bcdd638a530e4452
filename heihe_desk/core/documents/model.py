"""The storage-independent view model every document is rendered from (the order adapter fills it)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from pathlib import Path

from heihe_desk.core.domain.order import convert


class DocumentKind(StrEnum):
    """The document types; the value is also the ``doc_type`` of their numbering."""

    INVOICE = "invoice"
    PROFORMA = "proforma"
    PACKING_LIST = "packing_list"
    DECLARATION_COPY = "declaration_copy"
    RECEIPT = "receipt"


@dataclass(frozen=True)
class BankDetails:
    """Where the buyer pays; printed on invoices and proformas."""

    bank_name: str
    account: str
    swift: str = ""
    bik: str = ""  # Russian bank identifier, for a Russian seller's or buyer's bank
    correspondent_account: str = ""
    bank_address: str = ""


@dataclass(frozen=True)
class DocumentParty:
    """Seller, buyer or consignee as printed: names per language and registration numbers."""

    name: str
    name_ru: str = ""
    name_en: str = ""
    address: str = ""
    address_ru: str = ""
    address_en: str = ""
    country: str = ""  # ISO 3166 alpha-3 or alpha-2
    inn: str = ""
    kpp: str = ""
    uscc: str = ""
    phone: str = ""
    email: str = ""
    bank: BankDetails | None = None


@dataclass(frozen=True)
class DocumentLine:
    """One goods line; money in minor units of the document currency, weights in kg."""

    line_no: int
    sku: str
    name_zh: str
    name_ru: str
    name_en: str
    quantity: Decimal
    unit_zh: str
    unit_ru: str
    unit_en: str
    unit_price_minor: int
    amount_minor: int
    hs_code: str = ""
    tnved_code: str = ""
    origin_country: str = ""
    net_kg: Decimal | None = None
    gross_kg: Decimal | None = None
    packages: int | None = None
    batch: str = ""


@dataclass(frozen=True)
class ExchangeRate:
    """The rate a document was computed with: ``rate`` units of ``quote`` per one ``base``."""

    base: str
    quote: str
    rate: Decimal
    on: dt.date
    source: str = ""

    def convert(self, minor: int, from_currency: str) -> int:
        """Convert minor units of ``from_currency`` (base or quote) to the other currency, half-up."""
        if from_currency == self.base:
            return convert(minor, self.base, self.quote, self.rate)
        if from_currency == self.quote:
            return convert(minor, self.quote, self.base, 1 / self.rate)
        raise ValueError(f"{from_currency} is neither {self.base} nor {self.quote}")

    def other(self, currency: str) -> str:
        """The other currency of the pair."""
        return self.quote if currency == self.base else self.base


@dataclass(frozen=True)
class Tender:
    """Cash at the counter: what the customer handed over and the change given, each in its currency."""

    currency: str
    tendered_minor: int
    change_currency: str
    change_minor: int


@dataclass(frozen=True)
class DocumentData:
    """Everything printed on an invoice, proforma, packing list or receipt."""

    kind: DocumentKind
    number: str
    date: dt.date
    seller: DocumentParty
    buyer: DocumentParty
    currency: str
    lines: tuple[DocumentLine, ...]
    consignee: DocumentParty | None = None
    freight_minor: int = 0
    insurance_minor: int = 0
    discount_minor: int = 0
    incoterms: str = ""  # Incoterms 2020 rule with its named place, e.g. "FCA Heihe"
    contract_no: str = ""
    contract_date: dt.date | None = None
    payment_terms: str = ""
    order_ref: str = ""
    waybill_no: str = ""
    exchange_rate: ExchangeRate | None = None
    device_code: str = ""
    notes: str = ""
    logo: Path | None = None
    issued_at: dt.datetime | None = None  # receipts print the time of sale
    tender: Tender | None = None  # receipts paid in cash
    valid_until: dt.date | None = None  # proformas

    @property
    def goods_minor(self) -> int:
        """Sum of the line amounts."""
        return sum(line.amount_minor for line in self.lines)

    @property
    def total_minor(self) -> int:
        """Goods + freight + insurance − discount: the same formula as the order totals."""
        return self.goods_minor + self.freight_minor + self.insurance_minor - self.discount_minor

    @property
    def net_kg(self) -> Decimal | None:
        return _sum_known(line.net_kg for line in self.lines)

    @property
    def gross_kg(self) -> Decimal | None:
        return _sum_known(line.gross_kg for line in self.lines)

    @property
    def packages(self) -> int | None:
        known = [line.packages for line in self.lines if line.packages is not None]
        return sum(known) if known else None


def _sum_known(values: Iterable[Decimal | None]) -> Decimal | None:
    known = [v for v in values if v is not None]
    return sum(known, Decimal(0)) if known else None
