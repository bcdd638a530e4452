"""The declaration copy for the PDF, and the shape of the customs data files."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest
from ceb_factories import full_settings, make_line, make_parcel

from heihe_desk.core.customs import DeclarationCopy, declaration_copy_data
from heihe_desk.core.customs.statuses import reasons

D = Decimal
DATA = Path(__file__).resolve().parents[2] / "resources" / "customs"


def test_copy_carries_the_head_and_lines_as_declared():
    """Protects the PDF copy: the same numbers, parties, codes and amounts as the CEB603 it copies."""
    copy = declaration_copy_data(make_parcel(), full_settings(), status="Released 2026-03-10", number="DC-1")
    assert isinstance(copy, DeclarationCopy)
    assert (copy.number, copy.cop_no, copy.order_no) == ("DC-1", "0B3C9D3E5F0A4C1E9B7A2F4D", "HD-2026-000123")
    assert (copy.customs_code, copy.ebc_name, copy.logistics_no) == ("1234", "黑河市北疆商贸有限公司", "SF1234567890")
    assert (copy.customs_currency, copy.customs_country, copy.f_currency) == ("142", "344", "CNY")
    assert copy.total_price == D(182) and copy.currency == "CNY" and copy.status == "Released 2026-03-10"
    line = copy.lines[1]
    assert (line.gnum, line.gcode, line.unit, line.unit1, line.qty1) == (2, "0902109000", "007 个", "035 千克",
                                                                        D("0.5"))
    assert line.bar_code == "6901234567892" and line.origin_country == "CHN"


def test_copy_of_a_draft_needs_no_settings_and_keeps_order_wide_line_numbers():
    """Protects printing drafts and long orders: no settings needed, lines numbered 1…n across parts."""
    parcel = make_parcel(tuple(make_line(i + 1, barcode="") for i in range(120)))
    copy = declaration_copy_data(parcel)
    assert [line.gnum for line in copy.lines] == list(range(1, 121))
    assert copy.ebc_code == "" and copy.lines[0].bar_code == "无"


def test_return_reasons_file_has_source_version_and_three_languages():
    """Protects the reason table: versioned, sourced, every entry translated with advice, codes unique."""
    doc = json.loads((DATA / "return_reasons.json").read_text(encoding="utf-8"))
    assert re.fullmatch(r"\d{4}\.\d+", doc["version"]) and "§7" in doc["source"]
    codes = [e["code"] for e in doc["entries"] if e["code"]]
    assert len(codes) == len(set(codes))
    for entry in doc["entries"]:
        assert entry["match"] and all(entry[k] for k in ("zh", "ru", "en"))
        assert all(isinstance(entry["fix_" + k], str) for k in ("zh", "ru", "en"))
    assert len(reasons()) == len(doc["entries"])


@pytest.mark.parametrize("name", ["risk_parameters.json", "return_reasons.json"])
def test_data_files_name_their_table_and_version(name):
    doc = json.loads((DATA / name).read_text(encoding="utf-8"))
    assert doc["table"] == name.removesuffix(".json") and doc["source"] and doc["note"]
