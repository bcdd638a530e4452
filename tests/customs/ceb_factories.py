"""Inputs the customs tests share, and an XSD check that does not go through the code under test."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from lxml import etree

from heihe_desk.core.customs.model import (
    BuyerInput,
    BuyerKind,
    DeclarationSettings,
    ParcelDeclarationInput,
    ParcelLine,
    PaymentInput,
    ReleasedList,
    WaybillInput,
)
from heihe_desk.core.customs.statuses import ReplyStatus

REPO = Path(__file__).resolve().parents[2]
XSD = REPO / "resources" / "customs" / "xsd" / "export-messages.xsd"
SHARED = REPO / ".." / "shared" / "reference" / "ceb-2022"
NS = "http://www.chinaport.gov.cn/ceb"
NOW = datetime(2026, 3, 8, 14, 30, 5)
D = Decimal


@cache
def official_schema() -> etree.XMLSchema:
    """The shipped official XSD, compiled here independently of heihe_desk.core.customs.schema."""
    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    return etree.XMLSchema(etree.parse(str(XSD), parser))


def assert_schema_valid(xml: bytes) -> etree._Element:
    """Parse a built message and assert it is valid against the official schema; return its root."""
    root = etree.fromstring(xml, etree.XMLParser(resolve_entities=False, no_network=True))
    schema = official_schema()
    assert schema.validate(root), "\n".join(str(e) for e in schema.error_log)
    return root


def q(name: str) -> str:
    return f"{{{NS}}}{name}"


def texts(root: etree._Element, path: str) -> list[str]:
    """Texts of the elements at a ceb: path like 'Inventory/InventoryList/gnum'."""
    return [e.text or "" for e in root.iterfind("/".join(f"ceb:{p}" for p in path.split("/")), {"ceb": NS})]


def full_settings(**changes: Any) -> DeclarationSettings:
    base = DeclarationSettings(
        ebc_code="2311960ABC", ebc_name="黑河市北疆商贸有限公司",
        ebp_code="2311960XYZ", ebp_name="黑河跨境电商综合服务平台",
        agent_code="2311960ABC", agent_name="黑河市北疆商贸有限公司",
        owner_code="NO", owner_name="黑河市北疆商贸有限公司",
        logistics_code="2311960LGS", logistics_name="黑河龙江国际物流有限公司",
        decl_agent_code="2311980DEF", decl_agent_name="黑河市通关报关有限公司",
        sender_code="2311960ABC", sender_name="黑河市北疆商贸有限公司", dxp_id="DXPENT0000000001",
        customs_code="1234", port_code="1235", pod="344", traf_mode="4", wrap_type="2")
    return dataclasses.replace(base, **changes)


def make_line(n: int = 1, **changes: Any) -> ParcelLine:
    base = ParcelLine(item_no=f"TEA-{n:04d}", item_name=f"绿茶 {n}号 250克", hs_code="0902109000", gname="绿茶",
                      gmodel="0|0|绿茶|250克/袋|无品牌", unit="007", qty=D(2), price=D("45.5"), total=D("91"),
                      unit1="035", qty1=D("0.5"), barcode="6901234567892", net_weight_kg=D("0.5"),
                      gross_weight_kg=D("0.6"))
    return dataclasses.replace(base, **changes)


def make_parcel(lines: int | tuple[ParcelLine, ...] = 2, **changes: Any) -> ParcelDeclarationInput:
    goods = tuple(make_line(i + 1) for i in range(lines)) if isinstance(lines, int) else lines
    base = ParcelDeclarationInput(
        guid=str(uuid.UUID(int=0x0B3C9D3E5F0A4C1E9B7A2F4D6E8A1C3B)), order_no="HD-2026-000123", trade_mode="9610",
        order_date=date(2026, 3, 8), export_date=date(2026, 3, 9), currency="CNY",
        buyer=BuyerInput("Иванов Иван Иванович", BuyerKind.PERSON, "buyer-1"), lines=goods,
        logistics_no="SF1234567890", gross_weight_kg=D("1.5"), net_weight_kg=D("1.2"), pack_no=1, freight=D("30"))
    return dataclasses.replace(base, **changes)


def make_payment(**changes: Any) -> PaymentInput:
    base = PaymentInput(guid="5d6c4a3b-2e1f-4a0b-9c8d-7e6f5a4b3c2d", order_no="HD-2026-000123", pay_name="现金支付",
                        charge=D("212"), currency="CNY", paid_at=NOW, pay_no="P2026030800001",
                        payer_name="Иван Иванович Иванов")
    return dataclasses.replace(base, **changes)


def make_waybill(**changes: Any) -> WaybillInput:
    base = WaybillInput(guid="7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d", logistics_no="SF1234567890", freight=D("30"),
                        insured_fee=D(0), currency="CNY", gross_weight_kg=D("1.5"), pack_no=1, goods_info="茶叶",
                        consignee_name="ИВАНОВ Иван Иванович")
    return dataclasses.replace(base, **changes)


def make_released(invt_no: str, **changes: Any) -> ReleasedList:
    base = ReleasedList(invt_no=invt_no, released_on=date(2026, 3, 10), status=ReplyStatus.RELEASED,
                        customs_code="1234", ebc_code="2311960ABC", agent_code="2311960ABC", statistics_flag="B")
    return dataclasses.replace(base, **changes)
