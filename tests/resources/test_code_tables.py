"""The shipped code tables keep the shape the app and the sync protocol rely on."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

CODES = Path(__file__).resolve().parents[2] / "resources" / "codes"
TABLES = ["units", "countries", "currencies", "transport_modes", "trade_modes", "wrap_types"]


def load(name: str) -> dict:
    return json.loads((CODES / f"{name}.json").read_text(encoding="utf-8"))


def by_code(name: str) -> dict[str, dict]:
    return {e["code"]: e for e in load(name)["entries"]}


def test_every_json_file_is_a_known_table():
    assert sorted(p.stem for p in CODES.glob("*.json")) == sorted(TABLES)


@pytest.mark.parametrize("name", TABLES)
def test_table_has_header_and_entries(name):
    data = load(name)
    assert list(data) == ["table", "version", "source", "note", "entries"]
    assert data["table"] == name
    assert re.fullmatch(r"\d{4}\.\d+", data["version"])
    assert isinstance(data["source"], str) and data["source"].strip()
    assert isinstance(data["note"], str)
    assert isinstance(data["entries"], list) and data["entries"]


@pytest.mark.parametrize("name", TABLES)
def test_entries_have_code_and_three_names(name):
    for entry in load(name)["entries"]:
        for key in ("code", "zh", "ru", "en"):
            value = entry.get(key)
            assert isinstance(value, str) and value.strip(), (name, entry, key)


@pytest.mark.parametrize("name", TABLES)
def test_codes_are_unique(name):
    codes = [e["code"] for e in load(name)["entries"]]
    assert len(codes) == len(set(codes))


def test_unit_codes_are_three_digits_and_kilogram_is_035():
    units = by_code("units")
    assert all(re.fullmatch(r"\d{3}", c) for c in units)
    assert units["035"]["zh"] == "千克"
    assert units["035"]["ru"] == "килограмм"
    assert units["007"]["zh"] == "个"


def test_country_codes_are_alpha3_with_china_and_russia():
    countries = by_code("countries")
    assert all(re.fullmatch(r"[A-Z]{3}", c) for c in countries)
    assert countries["RUS"]["alpha2"] == "RU"
    assert countries["CHN"]["alpha2"] == "CN"
    assert countries["RUS"]["customs_numeric"] == "344"
    assert countries["CHN"]["customs_numeric"] == "142"
    assert all(re.fullmatch(r"[A-Z]{2}", e["alpha2"]) for e in countries.values())
    assert all(re.fullmatch(r"\d{3}", e["iso_numeric"]) for e in countries.values())


def test_currencies_have_minor_units_and_rub_has_no_customs_code():
    currencies = by_code("currencies")
    required = ["CNY", "RUB", "USD", "EUR", "HKD", "JPY", "KRW", "KZT", "BYN", "MNT", "GBP"]
    assert set(required) <= set(currencies)
    assert all(isinstance(e["minor_units"], int) for e in currencies.values())
    assert currencies["JPY"]["minor_units"] == 0
    assert currencies["RUB"]["minor_units"] == 2
    assert currencies["CNY"]["customs_numeric"] == "142"
    # No source confirms a legacy numeric code for the rouble; it must not be invented.
    assert "customs_numeric" not in currencies["RUB"]


def test_ecommerce_trade_modes_present():
    modes = by_code("trade_modes")
    assert {"9610", "9710", "9810"} <= set(modes)
    assert all(re.fullmatch(r"\d{4}", c) for c in modes)


def test_transport_and_wrap_codes_fit_one_character_ceb_fields():
    assert all(len(c) == 1 for c in by_code("transport_modes"))
    assert by_code("transport_modes")["4"]["zh"] == "公路运输"
    assert sorted(by_code("wrap_types")) == list("1234567")
