"""Document languages (zh, ru, en, bilingual zh+ru) and the translated labels documents print."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from heihe_desk.core.domain.errors import N_
from heihe_desk.core.domain.money import Money
from heihe_desk.core.locale import formatting
from heihe_desk.core.locale.catalogue import _
from heihe_desk.core.locale.languages import check_language

#: Short names people pass for a document language, mapped to catalogue languages.
_ALIASES = {"zh": "zh_CN", "zh_CN": "zh_CN", "ru": "ru", "en": "en"}


@dataclass(frozen=True)
class DocLang:
    """The label languages of a document in print order, and the language numbers and dates follow."""

    langs: tuple[str, ...]
    fmt: str

    @property
    def bilingual(self) -> bool:
        return len(self.langs) > 1

    def t(self, msgid: str, **params: object) -> str:
        """The label in every language of the document, 'A / B' when bilingual."""
        return " / ".join(self.each(msgid, **params))

    def each(self, msgid: str, **params: object) -> list[str]:
        """The label once per language, duplicates dropped (an English acronym stays once)."""
        texts: list[str] = []
        for lang in self.langs:
            text = _(msgid, lang).format(**params) if params else _(msgid, lang)
            if text not in texts:
                texts.append(text)
        return texts

    def colon(self) -> str:
        """Label/value separator: full-width in Chinese-only documents."""
        return "：" if self.langs == ("zh_CN",) else ": "

    def day(self, value: date) -> str:
        # Bilingual documents print digits only: a Chinese reader cannot read "8 мар." and vice versa.
        return formatting.short_day(value, self.fmt) if self.bilingual else formatting.day(value, self.fmt)

    def money(self, minor: int, currency: str) -> str:
        return formatting.money(Money(minor, currency), self.fmt)

    def amount(self, minor: int, currency: str) -> str:
        return formatting.amount(minor, currency, self.fmt)


def doc_lang(code: str) -> DocLang:
    """'zh', 'ru', 'en' or a bilingual pair like 'zh+ru'; raise ValueError otherwise.

    Bilingual documents format numbers as the foreign reader does (Russian for zh+ru): the amounts
    are what the importer and customs check, and Chinese readers read either style.
    """
    parts = [p.strip() for p in code.split("+")]
    try:
        langs = tuple(dict.fromkeys(check_language(_ALIASES[p]) for p in parts))
    except KeyError as exc:
        raise ValueError(f"unknown document language {code!r}; use zh, ru, en or zh+ru") from exc
    foreign = [lang for lang in langs if lang != "zh_CN"]
    return DocLang(langs, foreign[0] if foreign else langs[0])


# -- titles ------------------------------------------------------------------------------------------
INVOICE = N_("Commercial invoice")
PROFORMA = N_("Proforma invoice")
PACKING_LIST = N_("Packing list")
DECLARATION_COPY = N_("Copy of the list declaration")
RECEIPT = N_("Sales receipt")

# -- parties and references --------------------------------------------------------------------------
NUMBER = N_("Document No.")
DATE = N_("Date")
SELLER = N_("Seller")
BUYER = N_("Buyer")
CONSIGNEE = N_("Consignee")
ADDRESS = N_("Address")
PHONE = N_("Phone")
INN = N_("Tax ID (INN)")
KPP = N_("KPP code")
USCC = N_("USCC")
BANK = N_("Bank")
ACCOUNT = N_("Account No.")
SWIFT = N_("SWIFT")
BIK = N_("BIC (Russia)")
CORR_ACCOUNT = N_("Correspondent account")
CONTRACT = N_("Contract No. {number} of {date}")
CONTRACT_NO_DATE = N_("Contract No. {number}")
ORDER_REF = N_("Order reference")
INCOTERMS = N_("Terms of delivery")
PAYMENT_TERMS = N_("Terms of payment")
CURRENCY = N_("Currency of payment")
WAYBILL = N_("Waybill No.")
VALID_UNTIL = N_("Valid until")
DEVICE = N_("Device")
NOTES = N_("Notes")
TERMS = N_("Terms of the deal")

# -- goods table -------------------------------------------------------------------------------------
LINE_NO = N_("Line")
DESCRIPTION = N_("Description of goods")
ARTICLE = N_("Article")
HS_TNVED = N_("HS / TN VED code")
ORIGIN = N_("Origin")
QTY = N_("Qty")
UNIT = N_("Unit of measure")
PRICE = N_("Price per unit")
AMOUNT = N_("Amount")
NET_KG = N_("Net, kg")
GROSS_KG = N_("Gross, kg")
PACKAGES = N_("Packages")
BATCH = N_("Batch")

# -- totals ------------------------------------------------------------------------------------------
GOODS_TOTAL = N_("Goods total")
FREIGHT = N_("Freight charges")
INSURANCE = N_("Insurance charges")
DISCOUNT = N_("Less discount")
TOTAL_DUE = N_("Total due")
TOTALS = N_("Totals")
IN_WORDS = N_("Amount in words")
RATE_USED = N_("Exchange rate used: 1 {base} = {rate} {quote} ({source}, {date})")
EQUIVALENT = N_("Equivalent in {currency}")
TOTAL_NET = N_("Total net weight, kg")
TOTAL_GROSS = N_("Total gross weight, kg")
TOTAL_PACKAGES = N_("Total packages")

# -- signatures and footer ---------------------------------------------------------------------------
SELLER_SIGNATURE = N_("Seller's signature")
BUYER_SIGNATURE = N_("Buyer's signature")
STAMP = N_("Stamp")
PAGE_OF = N_("Page {page} of {pages}")

# -- receipts ----------------------------------------------------------------------------------------
TENDERED = N_("Paid in cash")
CHANGE = N_("Change")
THANKS = N_("Thank you for your purchase!")

# -- list declaration copy ---------------------------------------------------------------------------
INVT_NO = N_("List No. (customs)")
PRE_NO = N_("Pre-entry No.")
COP_NO = N_("Enterprise document No.")
CUSTOMS_CODE = N_("Customs office of declaration")
PORT_CODE = N_("Customs office of exit")
IE_DATE = N_("Export date")
SUPERVISION_MODE = N_("Supervision mode")
TRAF_MODE = N_("Mode of transport")
DEST_COUNTRY = N_("Country of destination")
POD = N_("Port of destination")
EBP = N_("E-commerce platform")
EBC = N_("E-commerce enterprise")
AGENT = N_("Declaring agent")
OWNER = N_("Producer or seller")
LOGISTICS = N_("Logistics company")
BILL_NO = N_("Bill of lading or manifest No.")
WRAP_TYPE = N_("Package type")
CUSTOMS_STATUS = N_("Customs status")
COMMODITY_CODE = N_("Commodity code")
SPECIFICATION = N_("Specification")
LEGAL_QTY = N_("Quantity in legal units")
BARCODE = N_("Barcode")
COPY_DISCLAIMER = N_("Copy for reference: the declaration of record is the electronic one accepted by customs.")
