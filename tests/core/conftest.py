"""Fixtures for the Qt-free core tests: code sets read from a real workspace, sample records."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from heihe_desk.core.storage import code_tables
from heihe_desk.core.workspace import Workspace


@pytest.fixture(scope="session")
def code_sets(tmp_path_factory: pytest.TempPathFactory) -> dict[str, set[str]]:
    """Valid codes per table as a real Workspace loads them from resources/codes."""
    ws = Workspace.open(Path(tmp_path_factory.mktemp("codes")) / "data")
    try:
        return code_tables.code_sets(ws.conn)
    finally:
        ws.close()


def good_product(**overrides: Any) -> dict[str, Any]:
    """A complete, valid product form (green tea) that single tests break one field of."""
    data: dict[str, Any] = {
        "sku": "TEA-0001", "name_zh": "绿茶礼盒装", "name_ru": "Зелёный чай 250 г", "name_en": "Green tea 250 g",
        "barcode": "6901234567892", "hs_code": "0902109000", "tnved_code": "0902100000",
        "sale_unit": "140", "unit1": "035", "unit1_per_sale": "0.25",
        "net_weight_kg": "0.25", "gross_weight_kg": "0.30", "origin_country": "CHN",
        "brand": "黑河", "price_cny": "45.00", "price_rub": "590,00", "category": "茶",
    }
    data.update(overrides)
    return data


@pytest.fixture
def product_form():
    """Factory for a valid product form with chosen fields overridden: ``product_form(sku="X")``."""
    return good_product
