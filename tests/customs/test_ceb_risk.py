"""Risk checks: EAEU parcel limits by order date, customs data, unusual prices, many identical items."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from ceb_factories import full_settings, make_line, make_parcel

from heihe_desk.core.customs import Severity, risk_checks
from heihe_desk.core.customs.model import BuyerInput, BuyerKind
from heihe_desk.core.customs.risk import recent_window_start, risk_parameters
from heihe_desk.core.locale.catalogue import issue_text

D = Decimal
PARAMS = Path(__file__).resolve().parents[2] / "resources" / "customs" / "risk_parameters.json"
RATE = D("7.8")   # CNY per EUR, illustrative


def checks(findings):
    return [f.check for f in findings]


def expensive(day: date, **changes) -> object:
    """A parcel worth 1,638 CNY ≈ 210 EUR at 7.8, above EUR 200."""
    line = make_line(1, qty=D(18), total=D("819"))
    return make_parcel((line, make_line(2, qty=D(18), total=D("819"))), order_date=day, **changes)


def test_parameters_are_versioned_data_with_sources_and_effective_dates():
    """Protects 'parameters are data': every rule carries its source and the two EAEU rules meet without gap."""
    doc = json.loads(PARAMS.read_text(encoding="utf-8"))
    assert doc["version"] and doc["source"] and doc["note"]
    rules = doc["eaeu_parcel_thresholds"]
    assert all(rule["source"] and rule["effective_from"] for rule in rules)
    assert (rules[0]["effective_to"], rules[1]["effective_from"]) == ("2026-06-30", "2026-07-01")
    for key in ("price_deviation", "identical_items", "missing_customs_data"):
        assert doc[key]["source"] and doc[key]["severity"] in ("block", "warn")


@pytest.mark.parametrize(("day", "rule_since"), [(date(2026, 6, 30), "2020-01-01"), (date(2026, 7, 1), "2026-07-01")])
def test_eaeu_value_limit_uses_the_rule_in_force_on_the_order_date(day, rule_since):
    """Protects effective dating: the order date picks the 2020 rule up to 2026-06-30, the 2026 one after."""
    findings = risk_checks(expensive(day), eur_rate=RATE)
    value = [f for f in findings if f.check == "eaeu_value"]
    assert len(value) == 1 and value[0].severity is Severity.WARN
    assert value[0].issue.params == {"value": "210", "limit": "200", "since": rule_since}
    assert "200" in issue_text(value[0].issue, "ru")


def test_weight_limit_applies_only_where_the_rule_has_one():
    """Protects 31 kg until 2026-06-30 and no weight limit in the 2026 rule (UNVERIFIED there, so not guessed)."""
    heavy = make_parcel(gross_weight_kg=D("32"), net_weight_kg=D("30"), order_date=date(2026, 6, 30))
    assert "eaeu_weight" in checks(risk_checks(heavy, eur_rate=RATE))
    later = make_parcel(gross_weight_kg=D("32"), net_weight_kg=D("30"), order_date=date(2026, 7, 1))
    assert "eaeu_weight" not in checks(risk_checks(later, eur_rate=RATE))


def test_companies_and_parcels_under_the_limit_get_no_eaeu_finding():
    """Protects against false alarms: the limit is for private buyers, and 182 CNY is far below EUR 200."""
    company = expensive(date(2026, 3, 8), buyer=BuyerInput("ООО «Амур»", BuyerKind.COMPANY))
    assert risk_checks(company, eur_rate=RATE) == []
    assert risk_checks(make_parcel(), eur_rate=RATE) == []


def test_missing_eur_rate_is_a_warning_not_a_guess():
    """Protects 'never guess': without a rate the limit is reported as not checked."""
    findings = risk_checks(make_parcel())
    assert checks(findings) == ["eur_rate"] and findings[0].severity is Severity.WARN
    assert risk_checks(make_parcel(currency="EUR")) == []  # EUR needs no rate


def test_missing_or_malformed_customs_data_blocks():
    """Protects the data check: what would stop the declaration blocks, and comes first."""
    parcel = make_parcel((make_line(1, hs_code="12"),), order_date=date(2026, 3, 8))
    findings = risk_checks(parcel, full_settings(pod=""), eur_rate=RATE)
    assert [(f.check, f.severity, f.issue.field) for f in findings] == [
        ("customs_data", Severity.BLOCK, "settings.pod"), ("customs_data", Severity.BLOCK, "lines[0].hs_code")]


def test_price_far_from_the_usual_price_is_flagged():
    """Protects the price check against the caller's median: below half or above twice the median."""
    usual = {"TEA-0001": D("100"), "TEA-0002": D("45")}
    findings = risk_checks(make_parcel(), eur_rate=RATE, usual_prices=usual)
    assert [(f.check, f.issue.field, f.issue.params["usual"]) for f in findings] == [
        ("price_deviation", "lines[0].price", "100")]


def test_many_identical_items_to_one_private_buyer_are_flagged():
    """Protects the commercial-use check: more than 10 pieces of one SKU (with the buyer's recent ones)."""
    parcel = make_parcel((make_line(1, qty=D(6), total=D("273")), make_line(1, qty=D(3), total=D("136.5"))))
    assert "identical_items" not in checks(risk_checks(parcel, eur_rate=RATE))
    findings = risk_checks(parcel, eur_rate=RATE, recent_quantities={"TEA-0001": D(2)})
    same = [f for f in findings if f.check == "identical_items"]
    assert len(same) == 1 and same[0].issue.params["qty"] == "11" and same[0].issue.field == "lines[0].qty"
    kilos = make_parcel((make_line(1, unit="035", qty=D(12), total=D("546")),))
    assert "identical_items" not in checks(risk_checks(kilos, eur_rate=RATE))


def test_recent_window_comes_from_the_data():
    """Protects the window the caller sums recent purchases over (30 days in the shipped data)."""
    assert recent_window_start(date(2026, 3, 31)) == date(2026, 3, 1)
    assert risk_parameters().identical_window_days == 30
