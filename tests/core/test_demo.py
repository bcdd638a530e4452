"""Demo data (capability 22): every row passes the app's own validation and never collides."""

from __future__ import annotations

import re
import time
from collections import Counter
from decimal import Decimal

from stdnum import ean
from stdnum.cn import uscc
from stdnum.ru import inn

from heihe_desk.core import demo
from heihe_desk.core.workspace import Workspace

CYRILLIC = re.compile(r"[А-Яа-яЁё]")
CJK = re.compile(r"[\u4e00-\u9fff]")
SKU = re.compile(r"^[A-Z]{3}-\d{6}$")


def _stored(ws: Workspace, column: str) -> list[str]:
    return [r[0] for r in ws.conn.execute(f"SELECT {column} FROM products WHERE deleted_at IS NULL")]


def test_products_pass_the_workspace_validation(workspace: Workspace) -> None:
    rows = demo.generate_products(2_000, seed=7)
    workspace.add_products(rows)  # validates every row against the real unit and country tables
    assert workspace.product_count() == 2_000
    assert workspace.check() == []


def test_barcodes_and_skus_are_unique_valid_and_chinese() -> None:
    rows = demo.generate_products(20_000)
    assert len({r["barcode"] for r in rows}) == len(rows)
    assert len({r["sku"] for r in rows}) == len(rows)
    for r in rows:
        assert ean.is_valid(r["barcode"]) and len(r["barcode"]) == 13
        assert 690 <= int(r["barcode"][:3]) <= 699
        assert SKU.match(r["sku"])


def test_names_codes_weights_prices_and_units_make_sense(workspace: Workspace) -> None:
    units = {e.code for e in workspace.codes("units")}
    for r in demo.generate_products(5_000, seed=1):
        assert CYRILLIC.search(r["name_ru"]) and CJK.search(r["name_zh"])
        assert not CYRILLIC.search(r["name_en"] + r["name_zh"]) and not CJK.search(r["name_en"] + r["name_ru"])
        assert "  " not in r["name_ru"] and not r["name_ru"].endswith(",")
        assert re.fullmatch(r"\d{10}", r["hs_code"]) and re.fullmatch(r"\d{10}", r["tnved_code"])
        assert r["hs_code"][:6] == r["tnved_code"][:6]
        assert f"品牌:{r['brand']}" in r["decl_elements"]
        assert {r["sale_unit"], r["unit1"]} <= units and r["unit2"] in units | {""}
        net, gross = Decimal(r["net_weight_kg"]), Decimal(r["gross_weight_kg"])
        assert 0 < net <= gross
        if r["unit1"] == "035":
            assert Decimal(r["unit1_per_sale"]) == net
        cny, rub = Decimal(r["price_cny"]), Decimal(r["price_rub"])
        assert cny >= 1 and Decimal("11.5") <= rub / cny <= Decimal("13.5")


def test_all_categories_appear_and_output_is_deterministic() -> None:
    rows = demo.generate_products(5_000, seed=3)
    assert len(Counter(r["category"] for r in rows)) == len(demo.catalogue()["categories"])
    assert demo.generate_products(300, seed=3) == rows[:300]
    assert demo.generate_products(300, seed=4) != rows[:300]
    assert demo.generate_partners(5) == demo.generate_partners(5)


def test_partners_pass_validation_with_real_check_digits(workspace: Workspace) -> None:
    rows = demo.generate_partners()
    workspace.add_partners(rows)
    assert len(workspace.partner_rowids()) == len(rows)
    kinds = Counter(r["kind"] for r in rows)
    assert kinds == {"buyer_person": 40, "buyer_company": 15, "supplier": 10, "logistics": 3, "platform": 2,
                     "payment": 2}
    inns = [r["inn"] for r in rows if r.get("inn")]
    assert len(inns) == len(set(inns)) and all(inn.is_valid(i) for i in inns)
    assert any(len(i) == 12 for i in inns) and any(len(i) == 10 for i in inns)
    for r in rows:
        if len(r.get("inn", "")) == 10:
            assert r["kpp"][:4] == r["inn"][:4]
        if r["kind"] == "buyer_person":
            assert CYRILLIC.search(r["name"]) and r["phone"].startswith("+7 ")
        if r["country"] == "CHN":
            assert CJK.search(r["name"]) and uscc.is_valid(r["uscc"])


def test_fill_twice_adds_partners_once_and_never_collides(workspace: Workspace) -> None:
    calls: list[tuple[int, int]] = []
    first = demo.fill(workspace, 300, progress=lambda done, total: calls.append((done, total)))
    second = demo.fill(workspace, 300)
    assert first == {"partners": 72, "products": 300} and second == {"partners": 0, "products": 300}
    assert calls[-1] == (300, 300)
    skus, barcodes = _stored(workspace, "sku"), _stored(workspace, "barcode")
    assert len(set(skus)) == len(skus) == 600 and len(set(barcodes)) == 600
    assert workspace.pending_mutations() == 72 + 600  # every record left its outbox row
    assert workspace.check() == []


def test_fill_steps_around_a_users_barcode_that_matches_a_demo_one(workspace: Workspace) -> None:
    workspace.save_product({"sku": "MY-1", "name_zh": "自有商品", "barcode": demo.barcode_for(2)})
    assert demo.fill(workspace, 10)["products"] == 10
    barcodes = _stored(workspace, "barcode")
    assert len(barcodes) == 11 and barcodes.count(demo.barcode_for(2)) == 1


def test_generating_100k_products_is_fast() -> None:
    started = time.perf_counter()
    rows = demo.generate_products(100_000)
    assert len(rows) == 100_000
    assert time.perf_counter() - started < 10
