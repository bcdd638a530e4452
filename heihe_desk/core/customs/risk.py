"""Risk checks before declaring or shipping; every threshold comes from resources/customs/risk_parameters.json."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from heihe_desk.core.customs.checks import check_parcel, check_settings, parcel_settings_needed
from heihe_desk.core.customs.codes import CodeTables, code_tables
from heihe_desk.core.customs.formats import ceb_decimal, clean_text
from heihe_desk.core.customs.labels import LINE_LABELS, PARCEL_LABELS
from heihe_desk.core.customs.model import DeclarationSettings, ParcelDeclarationInput
from heihe_desk.core.domain.errors import N_, Issue
from heihe_desk.core.paths import resources_dir


class Severity(StrEnum):
    BLOCK = "block"   # do not declare until fixed
    WARN = "warn"     # the trader confirms and may go on


@dataclass(frozen=True)
class RiskFinding:
    check: str        # eaeu_value, eaeu_weight, eur_rate, customs_data, price_deviation, identical_items
    severity: Severity
    issue: Issue


@dataclass(frozen=True)
class EaeuRule:
    """One effective-dated EAEU per-parcel rule for individuals (customs-domain §4.2)."""

    id: str
    effective_from: date
    effective_to: date | None
    currency: str
    max_value: Decimal
    max_gross_weight_kg: Decimal | None
    applies_to: str
    severity: Severity
    source: str

    def in_force(self, day: date) -> bool:
        return self.effective_from <= day and (self.effective_to is None or day <= self.effective_to)


@dataclass(frozen=True)
class RiskParameters:
    version: str
    eaeu_rules: tuple[EaeuRule, ...]
    price_low: Decimal
    price_high: Decimal
    price_severity: Severity
    identical_max: Decimal
    identical_window_days: int
    identical_applies_to: str
    identical_severity: Severity
    not_counted_units: frozenset[str]
    data_severity: Severity

    def eaeu_rule(self, day: date) -> EaeuRule | None:
        """The rule in force on ``day`` (the order date), or None before the first one."""
        return next((rule for rule in self.eaeu_rules if rule.in_force(day)), None)


def _rule(entry: dict[str, Any]) -> EaeuRule:
    weight = entry.get("max_gross_weight_kg")
    return EaeuRule(entry["id"], date.fromisoformat(entry["effective_from"]),
                    date.fromisoformat(entry["effective_to"]) if entry.get("effective_to") else None,
                    entry["currency"], Decimal(entry["max_value"]), Decimal(weight) if weight else None,
                    entry.get("applies_to", "person"), Severity(entry["severity"]), entry["source"])


@cache
def risk_parameters(path: Path | None = None) -> RiskParameters:
    """The parameters from ``path`` (default resources/customs/risk_parameters.json), read once."""
    doc = json.loads((path or resources_dir() / "customs" / "risk_parameters.json").read_text(encoding="utf-8"))
    price, same = doc["price_deviation"], doc["identical_items"]
    return RiskParameters(
        doc["version"], tuple(_rule(e) for e in doc["eaeu_parcel_thresholds"]),
        Decimal(price["low_ratio"]), Decimal(price["high_ratio"]), Severity(price["severity"]),
        Decimal(same["max_quantity"]), int(same["window_days"]), same.get("applies_to", "person"),
        Severity(same["severity"]), frozenset(same["not_counted_units"]),
        Severity(doc["missing_customs_data"]["severity"]))


def risk_checks(parcel: ParcelDeclarationInput, settings: DeclarationSettings | None = None, *,
                eur_rate: Decimal | None = None, usual_prices: Mapping[str, Decimal] | None = None,
                recent_quantities: Mapping[str, Decimal] | None = None, params: RiskParameters | None = None,
                tables: CodeTables | None = None) -> list[RiskFinding]:
    """All findings for one parcel, blocking ones first.

    ``eur_rate``: units of the parcel currency per 1 EUR on the order date (None = not known).
    ``usual_prices``: the product's median historical unit price per SKU, in the parcel currency.
    ``recent_quantities``: per SKU, what the same buyer already got within ``window_days`` before this order.
    """
    params = params or risk_parameters()
    tables = tables or code_tables()
    issues = check_parcel(parcel, settings or DeclarationSettings(), tables)
    if settings is not None:
        issues = check_settings(settings, parcel_settings_needed(parcel), tables) + issues
    findings = [RiskFinding("customs_data", params.data_severity, issue) for issue in issues]
    findings += _eaeu(parcel, eur_rate, params)
    findings += _prices(parcel, usual_prices or {}, params)
    findings += _identical(parcel, recent_quantities or {}, params)
    return sorted(findings, key=lambda f: f.severity != Severity.BLOCK)


def _eaeu(parcel: ParcelDeclarationInput, eur_rate: Decimal | None, params: RiskParameters) -> list[RiskFinding]:
    rule = params.eaeu_rule(parcel.order_date)
    if rule is None or parcel.buyer.kind != rule.applies_to:
        return []
    findings = []
    since = rule.effective_from.isoformat()
    if rule.max_gross_weight_kg is not None and parcel.gross_weight_kg > rule.max_gross_weight_kg:
        findings.append(RiskFinding("eaeu_weight", rule.severity, Issue(
            "gross_weight_kg", PARCEL_LABELS["gross_weight_kg"],
            N_("{value} kg is above the EAEU duty-free limit of {limit} kg per parcel for a private buyer (rule in "
               "force from {since}); the buyer will have to pay import duty"), ceb_decimal(rule.max_gross_weight_kg),
            {"value": ceb_decimal(parcel.gross_weight_kg), "limit": ceb_decimal(rule.max_gross_weight_kg),
             "since": since})))
    # The value compared is the goods value (value_basis "goods" in the data; the basis itself is UNVERIFIED).
    goods = sum((line.total for line in parcel.lines), Decimal(0))
    currency = parcel.currency.strip().upper()
    if currency == rule.currency:
        value: Decimal | None = goods
    elif eur_rate is not None and eur_rate > 0:
        value = goods / eur_rate
    else:
        value = None
    if value is None:
        findings.append(RiskFinding("eur_rate", Severity.WARN, Issue(
            "currency", N_("Exchange rate to EUR"),
            N_("no EUR rate for {currency} on {date} is known, so the EAEU limit of {limit} EUR per parcel could not "
               "be checked; enter the rate"), "", {"currency": currency, "date": parcel.order_date.isoformat(),
                                                  "limit": ceb_decimal(rule.max_value)})))
    elif value > rule.max_value:
        shown = ceb_decimal(value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
        findings.append(RiskFinding("eaeu_value", rule.severity, Issue(
            "lines", N_("Goods value"),
            N_("{value} EUR is above the EAEU duty-free limit of {limit} EUR per parcel for a private buyer (rule in "
               "force from {since}); the buyer will have to pay import duty"), ceb_decimal(rule.max_value),
            {"value": shown, "limit": ceb_decimal(rule.max_value), "since": since})))
    return findings


def _prices(parcel: ParcelDeclarationInput, usual: Mapping[str, Decimal], params: RiskParameters) -> list[RiskFinding]:
    findings = []
    for index, line in enumerate(parcel.lines):
        median = usual.get(clean_text(line.item_no))
        if median is None or median <= 0 or line.price <= 0:
            continue
        ratio = line.price / median
        if params.price_low <= ratio <= params.price_high:
            continue
        findings.append(RiskFinding("price_deviation", params.price_severity, Issue(
            f"lines[{index}].price", LINE_LABELS["price"],
            N_("{value} is far from this product's usual price {usual} (line {n}); check for a typing error or an "
               "under- or over-valued declaration"), ceb_decimal(median),
            {"value": ceb_decimal(line.price), "usual": ceb_decimal(median), "n": index + 1})))
    return findings


def _identical(parcel: ParcelDeclarationInput, recent: Mapping[str, Decimal],
               params: RiskParameters) -> list[RiskFinding]:
    if parcel.buyer.kind != params.identical_applies_to:
        return []
    counted: dict[str, tuple[int, Decimal]] = {}
    for index, line in enumerate(parcel.lines):
        if line.unit.strip() in params.not_counted_units:
            continue    # kilograms of tea are not "items"
        sku = clean_text(line.item_no)
        first, qty = counted.get(sku, (index, Decimal(0)))
        counted[sku] = (first, qty + line.qty)
    findings = []
    for sku, (index, qty) in counted.items():
        total = qty + recent.get(sku, Decimal(0))
        if total <= params.identical_max:
            continue
        findings.append(RiskFinding("identical_items", params.identical_severity, Issue(
            f"lines[{index}].qty", LINE_LABELS["qty"],
            N_("{qty} pieces of SKU {sku} to one private buyer within {days} days (more than {limit}) may look like "
               "goods for resale rather than for personal use (line {n})"), "",
            {"qty": ceb_decimal(total), "sku": sku, "days": params.identical_window_days,
             "limit": ceb_decimal(params.identical_max), "n": index + 1})))
    return findings


def recent_window_start(order_date: date, params: RiskParameters | None = None) -> date:
    """First day the caller should sum ``recent_quantities`` from (the window is data, not code)."""
    return order_date - timedelta(days=(params or risk_parameters()).identical_window_days)
