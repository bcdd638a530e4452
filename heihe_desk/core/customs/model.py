"""Storage-independent inputs of the customs messages; adapters fill them from orders, payments and waybills."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from heihe_desk.core.domain.order import TradeMode

__all__ = [
    "BuyerInput", "BuyerKind", "DeclarationAction", "DeclarationSettings", "OrderInput", "OrderLine",
    "ParcelDeclarationInput", "ParcelLine", "PaymentInput", "ReleasedList", "SummaryRequest", "TradeMode",
    "WaybillInput",
]


class DeclarationAction(StrEnum):
    """appType (customs-domain §1.2): a new declaration, a change, or a deletion of one already sent."""

    NEW = "1"
    CHANGE = "2"
    DELETE = "3"


class BuyerKind(StrEnum):
    PERSON = "person"      # a private individual: EAEU personal-use thresholds apply (§4.2)
    COMPANY = "company"


class CodeForm(StrEnum):
    """How currency and country codes are written: legacy customs numbers (142, 344) or ISO (CNY, RUS).

    The official samples use the numeric form (customs-domain §1.7); which one the Heihe platform wants is
    UNVERIFIED, so it is a setting.
    """

    NUMERIC = "numeric"
    ALPHA = "alpha"


@dataclass(frozen=True)
class DeclarationSettings:
    """The enterprise identities and local codes the messages need; every one may be empty until filled in.

    Codes are 10-character customs registration codes or 18-character unified social credit codes.
    Nothing here is ever guessed: an empty value becomes an Issue telling the user where to find it.
    """

    ebc_code: str = ""          # e-commerce enterprise (电商企业) = the trader, 收发货人 on the list
    ebc_name: str = ""
    ebp_code: str = ""          # e-commerce platform (电商平台); "无" for a foreign platform without a code
    ebp_name: str = ""
    agent_code: str = ""        # declaring enterprise (申报企业) of the lists
    agent_name: str = ""
    owner_code: str = ""        # producer/seller (生产销售单位); "NO" if not registered with customs
    owner_name: str = ""
    logistics_code: str = ""    # default carrier; a parcel may name its own
    logistics_name: str = ""
    decl_agent_code: str = ""   # customs broker filing the 报关单 after a summary (CEB701 declAgentCode)
    decl_agent_name: str = ""
    sender_code: str = ""       # BaseTransfer copCode: the enterprise owning the DXP account
    sender_name: str = ""
    dxp_id: str = ""            # DXP user id issued by the China E-Port data centre
    customs_code: str = ""      # 申报地海关, 4 digits (Heihe codes UNVERIFIED, customs-domain §5)
    port_code: str = ""         # 出口口岸, 4 digits
    loct_no: str = ""           # supervised site code, only where one customs office has several
    pod: str = ""               # 指运港 destination port code, 3–4 characters
    traf_mode: str = ""         # default transport mode code (4 road, 2 river, 6 post, 5 air)
    wrap_type: str = ""         # default 1-digit package type
    statistics_flag: str = "B"  # B = 汇总申报, the Heihe "清单核放、汇总申报" mode (PRODUCT.md §1); A = simplified
    code_form: str = CodeForm.NUMERIC
    #: Customs codes the user entered for currencies/countries the shipped tables lack (e.g. RUB), by ISO code.
    currency_codes: Mapping[str, str] = field(default_factory=dict)
    country_codes: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class BuyerInput:
    name: str
    kind: str = BuyerKind.PERSON
    id: str = ""                # partner id, for "same buyer" questions
    country: str = "RUS"        # ISO alpha-3
    phone: str = ""


@dataclass(frozen=True)
class ParcelLine:
    """One goods line of a list declaration (InventoryList, customs-domain §1.4), amounts in the parcel currency."""

    item_no: str                # SKU (itemNo, at most 20 characters on the list)
    item_name: str              # the enterprise's product name (itemName; the tax-refund name after summary)
    hs_code: str                # 10-digit China commodity code (gcode); a 13-digit form is cut to 10
    gname: str                  # commodity name as declared (gname)
    gmodel: str                 # declaration elements 申报要素 (gmodel)
    unit: str                   # declared unit, customs code (e.g. 007)
    qty: Decimal
    price: Decimal
    total: Decimal
    unit1: str = ""             # legal first unit, fixed by the HS code
    qty1: Decimal | None = None
    unit2: str = ""
    qty2: Decimal | None = None
    barcode: str = ""           # "无" is written when empty (spec table 2-38)
    origin_country: str = "CHN"
    net_weight_kg: Decimal | None = None    # of the whole line
    gross_weight_kg: Decimal | None = None
    description: str = ""       # listing text (CEB303 itemDescribe)
    note: str = ""


@dataclass(frozen=True)
class ParcelDeclarationInput:
    """One parcel (or B2B lot) to declare on a list (CEB603); also the source of its order (CEB303)."""

    guid: str                   # the declaration record's UUID; becomes the Inventory guid
    order_no: str
    trade_mode: str             # 9610 / 9710 / 9810
    order_date: date            # picks the risk rules in force
    export_date: date           # ieDate
    currency: str               # ISO 4217 (converted per settings.code_form)
    buyer: BuyerInput
    lines: tuple[ParcelLine, ...]
    logistics_no: str           # the carrier's waybill number
    gross_weight_kg: Decimal
    net_weight_kg: Decimal
    pack_no: int = 1
    freight: Decimal = Decimal(0)
    insured_fee: Decimal = Decimal(0)
    freight_currency: str = ""  # empty = the parcel currency
    destination_country: str = "RUS"    # 运抵国 and the lines' final destination country, ISO alpha-3
    cop_no: str = ""            # enterprise document number; empty = derived from guid
    logistics_code: str = ""    # empty = settings
    logistics_name: str = ""
    traf_mode: str = ""         # empty = settings
    wrap_type: str = ""
    statistics_flag: str = ""
    traf_name: str = ""
    voyage_no: str = ""
    bill_no: str = ""
    total_package_no: str = ""
    license_no: str = ""
    action: str = DeclarationAction.NEW
    pre_no: str = ""            # known after the first reply (for changes/deletions)
    invt_no: str = ""
    note: str = ""


@dataclass(frozen=True)
class OrderLine:
    """One OrderList line (customs-domain §1.3)."""

    item_no: str
    item_name: str
    unit: str
    qty: Decimal
    price: Decimal
    total: Decimal
    barcode: str = ""
    description: str = ""
    note: str = ""


@dataclass(frozen=True)
class OrderInput:
    """The electronic order (CEB303) as the platform or trader files it."""

    guid: str
    order_no: str
    trade_mode: str
    currency: str
    buyer: BuyerInput
    lines: tuple[OrderLine, ...]
    freight: Decimal = Decimal(0)
    action: str = DeclarationAction.NEW
    note: str = ""


@dataclass(frozen=True)
class PaymentInput:
    """A receipt of money for an order (CEB403 Receipts, customs-domain §1.6)."""

    guid: str
    order_no: str
    pay_name: str               # payment company; "现金支付" for cash (spec table 2-10)
    charge: Decimal
    currency: str
    paid_at: datetime           # accountingDate (funds arrived)
    pay_code: str = ""          # payment company's customs code (required for domestic ones)
    pay_no: str = ""            # payment transaction number
    payer_name: str = ""        # who paid, for the three-document check
    action: str = DeclarationAction.NEW
    note: str = ""


@dataclass(frozen=True)
class WaybillInput:
    """The carrier's waybill (CEB505 Logistics, customs-domain §1.6)."""

    guid: str
    logistics_no: str
    freight: Decimal
    insured_fee: Decimal
    currency: str
    gross_weight_kg: Decimal
    pack_no: int
    goods_info: str             # what the carrier can see ("茶叶、护肤品")
    logistics_code: str = ""    # empty = settings
    logistics_name: str = ""
    consignee_name: str = ""    # for the three-document check (not in CEB505)
    ebc_telephone: str = ""
    action: str = DeclarationAction.NEW
    note: str = ""


@dataclass(frozen=True)
class ReleasedList:
    """A list declaration customs answered on, as a candidate for the summary application (CEB701)."""

    invt_no: str
    released_on: date           # date of the release (放行) or closing (结关) reply
    status: str                 # ReplyStatus value of the latest reply
    customs_code: str
    ebc_code: str
    agent_code: str
    statistics_flag: str
    loct_no: str = ""
    owner_code: str = ""
    ebc_name: str = ""          # empty = settings when the code is the settings' one
    agent_name: str = ""


@dataclass(frozen=True)
class SummaryRequest:
    """Which released lists to aggregate and how (customs-domain §1.5)."""

    period_start: date
    period_end: date
    cop_no: str                 # enterprise number of the application; several groups get -1, -2 …
    summary_flag: str = "1"     # 1 by consignor only, 2 by consignor + producer/seller
    by_item_name: bool = True   # itemNameFlag 1: aggregate by the lists' own item names
    action: str = DeclarationAction.NEW
    note: str = ""
