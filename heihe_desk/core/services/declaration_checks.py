"""Before declaring an order: its data, the three-document match (三单对碰) and risk checks, then the messages built."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from heihe_desk.core.customs import (
    BuiltMessage,
    DeclarationError,
    DeclarationSettings,
    Severity,
    build_inventory_messages,
    build_order_messages,
    build_receipt_messages,
    build_waybill_messages,
    check_consistency,
    check_inventory_inputs,
    risk_checks,
)
from heihe_desk.core.domain.errors import N_, Issue
from heihe_desk.core.services.declaration_adapter import OrderDocuments
from heihe_desk.core.services.declaration_risk import RiskInputs

#: Risk findings the inventory check already reports (with the real settings): not shown twice.
_DUPLICATE_CHECKS = frozenset({"customs_data"})
#: Line fields that come from the product master: the product is the record to fix (the rest is the order's).
PRODUCT_FIELDS = frozenset({"item_no", "item_name", "hs_code", "gname", "gmodel", "unit", "unit1", "unit2", "qty1",
                            "qty2", "barcode", "description"})
_LINE = re.compile(r"^(?:list\.)?lines\[(\d+)\]\.")


@dataclass(frozen=True)
class PreparedMessage:
    record_id: str        # the declarations row id (also the input's guid)
    built: BuiltMessage


@dataclass
class OrderCheck:
    """One order before declaring: what blocks it, what to confirm, what the settings lack, what was built."""

    order_id: str
    order_no: str
    blocking: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    settings: list[Issue] = field(default_factory=list)
    messages: list[PreparedMessage] = field(default_factory=list)
    skus: tuple[str, ...] = ()           # per line: which product a "lines[n]" issue is about
    parcel_facts: dict[str, object] = field(default_factory=dict)

    @property
    def ready(self) -> bool:
        """Every message built and nothing blocks (warnings may still need the user's yes)."""
        return not self.blocking and not self.settings and bool(self.messages)

    def sku_of(self, issue: Issue) -> str:
        """The SKU of the product to correct when a line issue is about product master data (HS code, units,
        declaration elements …); '' for quantities and prices of the order, head, waybill or settings issues."""
        match = _LINE.match(issue.field)
        if match and issue.field.rsplit(".", 1)[-1] in PRODUCT_FIELDS and int(match.group(1)) < len(self.skus):
            return self.skus[int(match.group(1))]
        return ""


def _unique(issues: list[Issue]) -> list[Issue]:
    seen: list[Issue] = []
    for issue in issues:
        if issue not in seen:
            seen.append(issue)
    return seen


def _collect(check: OrderCheck, error: DeclarationError) -> None:
    for record, issues in error.by_record.items():
        (check.settings if record == "settings" else check.blocking).extend(issues)


def check_documents(check: OrderCheck, docs: OrderDocuments, settings: DeclarationSettings, files: frozenset[str],
                    risk: RiskInputs) -> None:
    """Everything that must hold before declaring: the list's own data, the documents' agreement, the risks."""
    check.skus = tuple(line.item_no for line in docs.parcel.lines)
    check.blocking += docs.issues
    for record, issues in check_inventory_inputs([docs.parcel], settings).items():
        (check.settings if record == "settings" else check.blocking).extend(issues)
    if "CEB403" in files and docs.payment is None:
        check.blocking.append(Issue("payment", N_("Payment"),
                                    N_("no payment is recorded for this order; the receipt (CEB403) you file needs "
                                       "one"), ""))
    if "CEB505" in files and docs.waybill is None:
        check.blocking.append(Issue("waybill", N_("Waybill number"),
                                    N_("no waybill is recorded for this order; the waybill message (CEB505) you file "
                                       "needs one"), "SF1234567890"))
    # Customs compare only what is filed: the receipt when the trader files CEB403; the list always carries the
    # waybill number, so the waybill is compared whenever there is one.
    payment = docs.payment if "CEB403" in files else None
    check.blocking += check_consistency(docs.order_input, docs.parcel, payment, docs.waybill)
    findings = risk_checks(docs.parcel, eur_rate=risk.eur_rate, usual_prices=risk.usual_prices,
                           recent_quantities=risk.recent_quantities)
    for finding in findings:
        if finding.check in _DUPLICATE_CHECKS:
            continue
        (check.blocking if finding.severity == Severity.BLOCK else check.warnings).append(finding.issue)
    check.blocking, check.settings = _unique(check.blocking), _unique(check.settings)


def build_messages(check: OrderCheck, docs: OrderDocuments, settings: DeclarationSettings, files: frozenset[str],
                   now: datetime) -> None:
    """Build (and so schema-validate) every message the trader files for this order; problems go to ``check``."""
    builders: list[tuple[str, str, Callable[[], Sequence[BuiltMessage]]]] = [
        ("CEB603", docs.parcel.guid, lambda: build_inventory_messages([docs.parcel], settings, now=now).messages)]
    if "CEB303" in files:
        builders.append(("CEB303", docs.order_input.guid,
                         lambda: build_order_messages([docs.order_input], settings, now=now).messages))
    if "CEB403" in files and docs.payment is not None:
        payment = docs.payment
        builders.append(("CEB403", payment.guid, lambda: build_receipt_messages(
            [payment], settings, now=now, orders=[docs.order_input]).messages))
    if "CEB505" in files and docs.waybill is not None:
        waybill = docs.waybill
        builders.append(("CEB505", waybill.guid, lambda: build_waybill_messages([waybill], settings,
                                                                                 now=now).messages))
    for _kind, record_id, build in builders:
        try:
            built = build()
        except DeclarationError as error:
            _collect(check, error)
            continue
        # One order, one row per message type; an order too big for one message (over 100 × 100 lines)
        # gets a row per extra message with an id derived from the first.
        for index, message in enumerate(built):
            row_id = record_id if index == 0 else str(uuid.uuid5(uuid.UUID(record_id), str(index)))
            check.messages.append(PreparedMessage(row_id, message))
    check.blocking, check.settings = _unique(check.blocking), _unique(check.settings)
    if check.blocking or check.settings:
        check.messages.clear()
