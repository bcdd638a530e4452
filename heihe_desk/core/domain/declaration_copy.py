"""A readable copy of a list declaration (清单, CEB603): built by the customs layer, printed by the documents."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class DeclarationCopyLine:
    """One InventoryList line as declared (prices in Decimal, as in the message: up to 5 decimals)."""

    gnum: int
    item_no: str
    gcode: str
    gname: str
    gmodel: str
    qty: Decimal
    unit: str  # as printed, e.g. "个 (007)"
    qty1: Decimal
    unit1: str
    price: Decimal
    total_price: Decimal
    currency: str
    country: str
    bar_code: str = ""
    item_name: str = ""
    qty2: Decimal | None = None
    unit2: str = ""
    note: str = ""
    origin_country: str = ""



@dataclass(frozen=True)
class DeclarationCopy:
    """InventoryHead fields people check on paper, plus this copy's own number and the customs status."""

    number: str  # this copy's document number (numbering.issue_number)
    cop_no: str
    order_no: str
    ie_date: date
    customs_code: str
    port_code: str
    trade_mode: str
    traf_mode: str
    country: str
    ebp_code: str
    ebp_name: str
    ebc_code: str
    ebc_name: str
    agent_code: str
    agent_name: str
    owner_code: str
    owner_name: str
    logistics_code: str
    logistics_name: str
    logistics_no: str
    pack_no: int
    gross_weight: Decimal
    net_weight: Decimal
    lines: tuple[DeclarationCopyLine, ...]
    pre_no: str = ""
    invt_no: str = ""
    pod: str = ""
    bill_no: str = ""
    wrap_type: str = ""
    freight: Decimal = Decimal(0)
    f_currency: str = ""
    insured_fee: Decimal = Decimal(0)
    i_currency: str = ""
    status: str = ""  # e.g. "Released 2026-03-09" as the customs reply said, in any language
    note: str = ""
    device_code: str = ""
    statistics_flag: str = ""
    customs_country: str = ""  # the country and currency as the message carries them (legacy numeric codes)
    customs_currency: str = ""


    @property
    def total_price(self) -> Decimal:
        return sum((line.total_price for line in self.lines), Decimal(0))

    @property
    def currency(self) -> str:
        """The lines' currency (one per declaration in practice)."""
        return self.lines[0].currency if self.lines else ""
