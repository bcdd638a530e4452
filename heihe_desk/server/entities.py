"""What the platform accepts per entity: validators, and handlers (the customs simulator's extension point)."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from heihe_desk.core.domain.errors import N_, Issue, ValidationError
from heihe_desk.core.domain.partner import validate_partner
from heihe_desk.core.domain.product import validate_product
from heihe_desk.core.sync import fact_rules, protocol
from heihe_desk.server.records import StoredRecord


class RecordRejected(Exception):
    """This record can never be applied as sent: the device shows the issues and moves on."""

    def __init__(self, issues: list[Issue], message: str = ""):
        super().__init__(message or "; ".join(f"{i.field}: {i.rule}" for i in issues))
        self.issues = issues


@dataclass
class AccountContext:
    """The account a mutation belongs to, as handlers see it: its name and a way to queue platform changes.

    Queued changes are kept here and written with the batch, so a handler that refuses its record after
    queueing leaves nothing behind (``mark``/``undo``).
    """

    id: int
    name: str
    default_delay_s: float = 0.0
    pending: list[tuple[int, str, str, str, float]] = field(default_factory=list)

    def enqueue(self, entity: str, record_id: str, payload: Mapping[str, Any], delay_s: float | None = None) -> None:
        """Queue a platform-originated change; devices receive it on the first pull after the delay."""
        due = time.time() + (self.default_delay_s if delay_s is None else delay_s)
        self.pending.append((self.id, entity, record_id, json.dumps(dict(payload), ensure_ascii=False), due))

    def mark(self) -> int:
        return len(self.pending)

    def undo(self, mark: int) -> None:
        del self.pending[mark:]


#: Checks a payload; returns the canonical payload and its unique key (''), or raises RecordRejected.
Validator = Callable[[str, Mapping[str, Any], Mapping[str, set[str]]], tuple[dict[str, Any], str]]
#: Reacts to a record about to be stored (e.g. answers a customs message); may raise RecordRejected.
Handler = Callable[[AccountContext, StoredRecord], None]

_VALIDATORS: dict[str, Validator] = {}
_HANDLERS: dict[str, Handler] = {}


def register_validator(entity: str, fn: Validator) -> None:
    _VALIDATORS[entity] = fn


def register_handler(entity: str, fn: Handler) -> None:
    """Plug in what happens when a device sends ``entity`` (the customs simulator registers itself)."""
    _HANDLERS[entity] = fn


def has_handler(entity: str) -> bool:
    return entity in _HANDLERS


def known(entity: str) -> bool:
    return entity in _VALIDATORS or entity in _HANDLERS


def validate(entity: str, record_id: str, payload: Mapping[str, Any],
             codes: Mapping[str, set[str]]) -> tuple[dict[str, Any], str]:
    fn = _VALIDATORS.get(entity)
    return (dict(payload), "") if fn is None else fn(record_id, payload, codes)


def handle(account: AccountContext, record: StoredRecord) -> None:
    fn = _HANDLERS.get(record.entity)
    if fn is not None and not record.deleted:
        fn(account, record)


def _from_validation(error: ValidationError) -> RecordRejected:
    return RecordRejected(error.issues, str(error))


def validate_product_payload(record_id: str, payload: Mapping[str, Any],
                             codes: Mapping[str, set[str]]) -> tuple[dict[str, Any], str]:
    try:
        product = validate_product(payload, codes, record_id)
    except ValidationError as error:
        raise _from_validation(error) from None
    return product.as_row(), f"sku:{product.sku}"


def validate_partner_payload(record_id: str, payload: Mapping[str, Any],
                             codes: Mapping[str, set[str]]) -> tuple[dict[str, Any], str]:
    try:
        partner = validate_partner(payload, set(codes.get("countries", set())), record_id)
    except ValidationError as error:
        raise _from_validation(error) from None
    # Branches of one Russian company share the INN and differ by KPP (same rule as the desk).
    return partner.as_row(), f"inn:{partner.inn}/{partner.kpp}" if partner.inn else ""


#: Fields whose uniqueness the platform enforces, for the rejection message.
UNIQUE_ISSUES: dict[str, Issue] = {
    "products": Issue("sku", N_("SKU"), N_("is already used by another record"), "TEA-0002"),
    "partners": Issue("inn", N_("INN"), N_("is already used by another record"), "7707083893"),
}


def _check_id(record_id: str, payload: Mapping[str, Any]) -> None:
    if str(payload.get("id", record_id)) != record_id:
        raise RecordRejected([Issue("id", protocol.LABEL_RECORD, protocol.RULE_ID_MISMATCH, record_id)])


def desk_record_validator(entity: str) -> Validator:
    """Orders, payments, stock movements …: the structural rules of core.sync.fact_rules; stored whole."""

    def check(record_id: str, payload: Mapping[str, Any], codes: Mapping[str, set[str]]) -> tuple[dict[str, Any], str]:
        _check_id(record_id, payload)
        issues = fact_rules.check_record(entity, payload)
        if issues:
            raise RecordRejected(issues)
        return dict(payload), ""

    return check


for _entity in fact_rules.CHECKS:
    register_validator(_entity, desk_record_validator(_entity))
register_validator("products", validate_product_payload)
register_validator("partners", validate_partner_payload)
