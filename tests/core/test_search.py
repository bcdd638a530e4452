"""Search-as-you-type over products in Chinese, Russian and Latin, barcodes and codes, with sorting and filters."""

from __future__ import annotations

import pytest

from heihe_desk.core.workspace import Workspace

PRODUCTS = {
    "green": {"sku": "TEA-0001", "name_zh": "绿茶礼盒装", "name_ru": "Зелёный чай 250 г",
              "name_en": "Green tea 250 g", "barcode": "6901234567892", "hs_code": "0902109000",
              "tnved_code": "0902100000", "brand": "黑河"},
    "black": {"sku": "TEA-0002", "name_zh": "红茶", "name_ru": "ЧЁРНЫЙ ЧАЙ 100 г", "name_en": "Black tea",
              "barcode": "4006381333931", "hs_code": "0902301000"},
    "candy": {"sku": "CANDY-01", "name_zh": "巧克力糖果", "name_ru": "Шоколадные конфеты",
              "name_en": "Chocolate candy", "barcode": "96385074", "hs_code": "1806900000"},
    "soap": {"sku": "SOAP-01", "name_zh": "手工香皂", "name_ru": "Мыло ручной работы",
             "name_en": "Handmade soap", "barcode": "036000291452", "hs_code": "3401110000", "active": False},
}


@pytest.fixture
def shop(workspace: Workspace) -> Workspace:
    workspace.ids = {}  # type: ignore[attr-defined]
    for key, data in PRODUCTS.items():
        product, _ = workspace.save_product(data)
        workspace.ids[key] = product.id  # type: ignore[attr-defined]
    return workspace


def found(ws: Workspace, query: str, **kwargs) -> set[str]:
    """Keys of the PRODUCTS a search returns."""
    by_id = {v: k for k, v in ws.ids.items()}  # type: ignore[attr-defined]
    rows = ws.product_rows(ws.product_rowids(query, **kwargs))
    return {by_id[r["id"]] for r in rows.values()}


@pytest.mark.parametrize(("query", "expected"), [
    ("茶", {"green", "black"}),          # one CJK character
    ("绿茶", {"green"}),                  # two characters
    ("礼盒装", {"green"}),                # three, inside 绿茶礼盒装
    ("绿茶礼盒装", {"green"}),
    ("黑河", {"green"}),                  # brand
    ("巧克", {"candy"}),
])
def test_chinese_names_are_found_from_one_two_or_more_characters(shop, query, expected):
    """Chinese has no spaces: any 1, 2 or 3+ character piece of a name finds it."""
    assert found(shop, query) == expected


@pytest.mark.parametrize(("query", "expected"), [
    ("зелен", {"green"}),                 # ё typed as е, lower case
    ("Зелёный", {"green"}),
    ("ЗЕЛЁН", {"green"}),
    ("ЧАЙ", {"green", "black"}),          # case folded
    ("черн", {"black"}),                  # ЧЁРНЫЙ stored in capitals with ё
    ("ча", {"green", "black"}),           # 2-letter prefix
    ("ч", {"green", "black"}),            # 1-letter prefix
    ("конф", {"candy"}),
])
def test_russian_is_found_regardless_of_case_and_yo(shop, query, expected):
    """Cyrillic search folds case and ё→е, and short prefixes work while typing."""
    assert found(shop, query) == expected


@pytest.mark.parametrize(("query", "expected"), [
    ("green", {"green"}), ("GREEN", {"green"}), ("gr", {"green"}), ("tea", {"green", "black"}),
    ("soap", {"soap"}),
])
def test_english_names_are_found(shop, query, expected):
    """Latin names match case-insensitively, by word prefix or substring."""
    assert found(shop, query) == expected


@pytest.mark.parametrize(("query", "expected"), [
    ("TEA-0002", {"black"}), ("tea-0002", {"black"}), ("CANDY", {"candy"}), ("SOAP-01", {"soap"}),
])
def test_sku_is_found(shop, query, expected):
    """The SKU (with its dash) finds its product."""
    assert found(shop, query) == expected


@pytest.mark.parametrize(("query", "expected"), [
    ("6901234567892", {"green"}),         # a full scan
    ("690123", {"green"}),                # prefix
    ("69", {"green"}),                    # short prefix while typing
    ("813", {"black"}),                   # 3-digit substring inside 4006381333931
    ("3813339", {"black"}),
    ("0360002", {"soap"}),                # UPC-A with its leading zero
    ("963850", {"candy"}),                # EAN-8
])
def test_barcodes_are_found_by_prefix_and_substring(shop, query, expected):
    """A scanned or partly typed barcode finds its product; substrings of 3+ digits match anywhere."""
    assert found(shop, query) == expected


def test_hs_code_prefix_finds_the_heading(shop):
    """'0902' (tea heading) finds both teas; '1806' finds the chocolate."""
    assert found(shop, "0902") == {"green", "black"}
    assert found(shop, "090230") == {"black"}
    assert found(shop, "1806") == {"candy"}


@pytest.mark.parametrize(("query", "expected"), [
    ("чай 250", {"green"}), ("чай black", {"black"}), ("茶 green", {"green"}), ("tea 绿", {"green"}),
    ("чай конфеты", set()),
])
def test_several_words_must_all_match(shop, query, expected):
    """Words separated by spaces are ANDed, across scripts and index types."""
    assert found(shop, query) == expected


def test_full_width_characters_are_folded(shop):
    """Full-width digits and letters typed by a Chinese IME match their ASCII forms."""
    assert found(shop, "２５０") == {"green"}
    assert found(shop, "ＴＥＡ－０００１") == {"green"}
    assert found(shop, "６９") == {"green"}


@pytest.mark.parametrize("query", ["кофе", "咖啡", "coffee", "0000000", "8", "ЧАЙ 999"])
def test_nothing_is_found_for_a_missing_word(shop, query):
    """A word in no product finds nothing."""
    assert found(shop, query) == set()


def test_deleted_products_are_not_found(shop):
    """A tombstoned product disappears from every kind of search."""
    shop.delete_product(shop.ids["candy"])
    for query in ("巧克力", "巧", "конфеты", "963850", "1806", "candy"):
        assert found(shop, query) == set(), query
    assert "candy" not in found(shop, "")


def test_updated_names_are_reindexed(shop):
    """After a rename the new name is found and the old one is not."""
    data = {**PRODUCTS["black"], "name_zh": "乌龙茶", "name_ru": "Улун"}
    shop.save_product(data, record_id=shop.ids["black"])
    assert found(shop, "乌龙") == {"black"}
    assert found(shop, "乌") == {"black"}
    assert found(shop, "улун") == {"black"}
    assert found(shop, "红茶") == set()
    assert found(shop, "черн") == set()


@pytest.mark.parametrize("query", ['"', "*", "AND", "OR", "NOT", "(", ")", ":", "^", "-", "+", "'",
                                   '"绿茶', 'чай"', "чай*", "NEAR(a b)", "a:b", "name_zh:茶", '""', "a AND",
                                   "(茶", "茶)", "*茶", "{}", "[", "\\", "%", "_", ";", "\u3000", "🍵"])
def test_fts_syntax_characters_never_raise(shop, query):
    """Whatever is typed — quotes, operators, brackets, column filters — search returns rows, never an error."""
    assert isinstance(shop.product_rowids(query), list)
    assert isinstance(shop.product_rowids(f"чай {query}"), list)
    assert isinstance(shop.product_rowids(f"{query} 茶"), list)


def test_empty_search_lists_every_live_product(shop):
    """No query (or only spaces) is the whole list."""
    assert found(shop, "") == set(PRODUCTS)
    assert found(shop, "   ") == set(PRODUCTS)


@pytest.mark.parametrize("column", ["name_zh", "sku", "name_ru", "hs_code"])
@pytest.mark.parametrize("descending", [False, True])
def test_results_sort_by_column_both_ways(shop, column, descending):
    """Lists sort by the chosen column ascending or descending."""
    rows = shop.product_rows(shop.product_rowids(sort=column, descending=descending))
    ordered = [rows[r][column] for r in shop.product_rowids(sort=column, descending=descending)]
    assert ordered == sorted((p[column] for p in PRODUCTS.values()), reverse=descending)
    assert len(rows) == len(PRODUCTS)


def test_unknown_sort_column_falls_back_to_sku(shop):
    """A column outside the sortable list (e.g. injected SQL) falls back to the first sortable column."""
    rowids = shop.product_rowids(sort="sku; DROP TABLE products")
    assert [shop.product_rows([r])[r]["sku"] for r in rowids] == sorted(p["sku"] for p in PRODUCTS.values())


def test_active_only_hides_inactive_products(shop):
    """active_only drops products switched off (soap), also combined with a search."""
    assert found(shop, "", active_only=True) == {"green", "black", "candy"}
    assert found(shop, "soap", active_only=True) == set()
    assert found(shop, "soap") == {"soap"}


def test_product_by_barcode_finds_live_products_only(shop):
    """A full scan finds exactly its product; after deletion it finds nothing."""
    assert shop.product_by_barcode("4006381333931").id == shop.ids["black"]
    assert shop.product_by_barcode(" 4006381333931\n").id == shop.ids["black"]
    shop.delete_product(shop.ids["black"])
    assert shop.product_by_barcode("4006381333931") is None


def test_bulk_added_products_are_searchable(workspace):
    """Products added in bulk (demo data, imports) are indexed as they are inserted."""
    workspace.add_products([{"sku": f"B-{i}", "name_zh": f"茶杯{i}", "name_ru": f"Чашка {i}"} for i in range(50)])
    assert len(workspace.product_rowids("茶杯")) == 50
    assert len(workspace.product_rowids("чашка 7")) == 1


def test_partners_are_searchable(workspace):
    """Partners are found by name (ru/zh) and INN."""
    workspace.save_partner({"kind": "buyer_company", "name": "ООО «Амур Трейд»", "inn": "7707083893",
                            "kpp": "770701001"})
    workspace.save_partner({"kind": "supplier", "name": "黑河茶叶有限公司", "uscc": "91110000600037341L"})
    assert len(workspace.partner_rowids("амур")) == 1
    assert len(workspace.partner_rowids("茶")) == 1
    assert len(workspace.partner_rowids("7707083")) == 1
    assert len(workspace.partner_rowids("", kind="supplier")) == 1
