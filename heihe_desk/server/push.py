"""Applying a device's mutations exactly once and in order (sync rule 4), each with its own outcome."""

from __future__ import annotations

import json
import logging
import sqlite3
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from heihe_desk.core.domain.errors import N_, Issue
from heihe_desk.core.sync import protocol
from heihe_desk.server import entities
from heihe_desk.server.accounts import Account
from heihe_desk.server.entities import AccountContext, RecordRejected
from heihe_desk.server.faults import Faults, InjectedFault
from heihe_desk.server.records import StoredRecord, get_record, now_iso, put_record, unique_holder
from heihe_desk.server.store import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PushContext:
    """What applying needs besides the batch: code sets for validation, handler delay, armed faults."""

    codes: Mapping[str, set[str]]
    customs_delay_s: float = 0.0
    faults: Faults | None = None


def _fault(ctx: PushContext, point: str) -> bool:
    return ctx.faults is not None and ctx.faults.hit(point)


def push(store: Store, account: Account, device_id: str, mutations: Sequence[Mapping[str, Any]],
         ctx: PushContext) -> dict[str, Any]:
    """Apply a batch; returns the reply body. Effects and the device's new last seq commit together."""
    partial_at = len(mutations) // 2 if _fault(ctx, "push_partial_commit") else None
    with store.write() as conn:
        now = now_iso()
        conn.execute("INSERT OR IGNORE INTO devices(account_id, device_id, first_seen, last_seen) VALUES (?, ?, ?, ?)",
                     (account.id, device_id, now, now))
        last = int(conn.execute("SELECT last_seq FROM devices WHERE account_id = ? AND device_id = ?",
                                (account.id, device_id)).fetchone()[0])
        handler_ctx = AccountContext(account.id, account.name, conn, ctx.customs_delay_s)
        results: list[dict[str, Any]] = []
        stopped: dict[str, Any] | None = None
        for index, m in enumerate(mutations):
            if partial_at is not None and index == partial_at:
                break
            seq, mutation_id = int(m["device_seq"]), str(m["mutation_id"])
            if seq <= last:
                prior = conn.execute("SELECT mutation_id, status, version, result FROM mutations WHERE account_id = ?"
                                     " AND device_id = ? AND device_seq = ?", (account.id, device_id, seq)).fetchone()
                if prior is not None and prior[0] == mutation_id:
                    results.append(_replayed(mutation_id, seq, prior))
                    continue
                stopped = {"error": protocol.DEVICE_CLASH, "expected_seq": last + 1,
                           "message": f"device id clash: sequence {seq} of this device id was already used by another"
                                      " mutation (a copied installation?); take a new device id and send again"}
                break
            if seq != last + 1:
                stopped = {"error": protocol.GAP, "expected_seq": last + 1,
                           "message": f"mutation {seq} arrived before {last + 1}; send from {last + 1}"}
                break
            result = _apply_once(conn, account, device_id, m, ctx, handler_ctx)
            results.append(result)
            last = seq
        conn.execute("UPDATE devices SET last_seq = ?, last_mutation_id = coalesce(?, last_mutation_id),"
                     " last_seen = ? WHERE account_id = ? AND device_id = ?",
                     (last, results[-1]["mutation_id"] if results else None, now, account.id, device_id))
        if _fault(ctx, "push_error_before_commit"):
            raise InjectedFault("injected: 500 before commit")
    if partial_at is not None or _fault(ctx, "push_error_after_commit"):
        raise InjectedFault("injected: 500 after commit (the reply is lost)")
    if ctx.faults is not None and _fault(ctx, "push_slow_reply"):
        time.sleep(ctx.faults.slow_reply_s)
    return {"server_time": now_iso(), "device_last_seq": last, "results": results, "stopped": stopped}


def _replayed(mutation_id: str, seq: int, prior: tuple[Any, ...]) -> dict[str, Any]:
    """A resend of something already processed: acknowledge it with the original outcome, apply nothing."""
    stored = json.loads(prior[3]) if prior[3] else {}
    status = protocol.REJECTED if prior[1] == protocol.REJECTED else protocol.DUPLICATE
    return {"mutation_id": mutation_id, "device_seq": seq, "status": status, "version": prior[2],
            "issues": stored.get("issues", []), "message": stored.get("message", "")}


def _apply_once(conn: sqlite3.Connection, account: Account, device_id: str, m: Mapping[str, Any],
                ctx: PushContext, handler_ctx: AccountContext) -> dict[str, Any]:
    seq, mutation_id = int(m["device_seq"]), str(m["mutation_id"])
    seen = conn.execute("SELECT status, version, result FROM mutations WHERE account_id = ? AND mutation_id = ?"
                        " LIMIT 1", (account.id, mutation_id)).fetchone()
    if seen is not None:
        # Same mutation under another device id or seq (re-numbered after a device clash): never twice.
        outcome = _replayed(mutation_id, seq, (mutation_id, *seen))
    else:
        # Checks run before the record write; only a handler can fail after it, so only then is a
        # savepoint needed to undo the write (a savepoint per mutation would cost ~100 µs each).
        guarded = entities.has_handler(str(m["entity"]))
        if guarded:
            conn.execute("SAVEPOINT mutation")
        try:
            outcome = _apply(conn, account, m, ctx, handler_ctx)
        except sqlite3.OperationalError:
            if guarded:
                conn.execute("ROLLBACK TO mutation")
            raise  # busy or disk trouble: the whole batch is retried, nothing is rejected for it
        except Exception as exc:  # rejected, or a payload the checks did not foresee: never a 500 loop
            if guarded:
                conn.execute("ROLLBACK TO mutation")
            if isinstance(exc, RecordRejected):
                outcome = _rejection(mutation_id, seq, exc.issues, str(exc))
            else:
                log.exception("mutation %s could not be applied", mutation_id)
                outcome = _rejection(mutation_id, seq, [Issue("payload", protocol.LABEL_RECORD,
                                                              protocol.RULE_UNREADABLE, "")], repr(exc))
        if guarded:
            conn.execute("RELEASE mutation")
    conn.execute("INSERT INTO mutations(account_id, device_id, device_seq, mutation_id, status, version, result,"
                 " received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                 (account.id, device_id, seq, mutation_id, outcome["status"], outcome.get("version"),
                  json.dumps({"issues": outcome["issues"], "message": outcome["message"]}, ensure_ascii=False)
                  if outcome["status"] == protocol.REJECTED else None, now_iso()))
    return outcome


def _rejection(mutation_id: str, seq: int, issues: list[Issue], message: str) -> dict[str, Any]:
    return {"mutation_id": mutation_id, "device_seq": seq, "status": protocol.REJECTED, "version": None,
            "issues": [protocol.issue_to_wire(i) for i in issues], "message": message}


def _apply(conn: sqlite3.Connection, account: Account, m: Mapping[str, Any], ctx: PushContext,
           handler_ctx: AccountContext) -> dict[str, Any]:
    """One mutation's effect. Payloads are whole records, so an update of an unknown record creates it."""
    entity, record_id, op = str(m["entity"]), str(m["entity_id"]), str(m["op"])
    mutation_id, seq = str(m["mutation_id"]), int(m["device_seq"])
    if entity in protocol.SERVER_ENTITIES:
        raise RecordRejected([Issue("entity", protocol.LABEL_RECORD_TYPE, protocol.RULE_PLATFORM_OWNED,
                                    "products")])
    if not entities.known(entity):
        raise RecordRejected([Issue("entity", protocol.LABEL_RECORD_TYPE, protocol.RULE_UNKNOWN_ENTITY,
                                    "products")])
    current = get_record(conn, account.id, entity, record_id)

    def done(stored: StoredRecord | None, status: str = protocol.APPLIED) -> dict[str, Any]:
        return {"mutation_id": mutation_id, "device_seq": seq, "status": status,
                "version": stored.version if stored else None, "issues": [], "message": ""}

    if op == "delete":
        if current is None:
            return done(put_record(conn, account.id, entity, record_id, {"id": record_id}, True,
                                   mutation_id=mutation_id))
        if current.deleted:
            return done(current, protocol.DUPLICATE)
        return done(put_record(conn, account.id, entity, record_id, current.payload, True, mutation_id=mutation_id))
    if op == "create" and current is not None and not current.deleted:
        return done(current, protocol.DUPLICATE)  # a replayed create returns the existing record (rule 1)
    if op == "update" and current is not None and current.deleted:
        raise RecordRejected([Issue("id", protocol.LABEL_RECORD, protocol.DELETED_ON_PLATFORM, "")])
    payload = m.get("payload")
    if not isinstance(payload, Mapping):
        raise RecordRejected([Issue("payload", protocol.LABEL_RECORD, protocol.RULE_NOT_AN_OBJECT, "")])
    canonical, unique_key = entities.validate(entity, record_id, payload, ctx.codes)
    if unique_holder(conn, account.id, entity, unique_key, record_id):
        raise RecordRejected([entities.UNIQUE_ISSUES.get(entity, Issue("id", protocol.LABEL_RECORD,
                                                                       N_("is already used by another record"), ""))])
    stored = put_record(conn, account.id, entity, record_id, canonical, False, unique_key, mutation_id)
    entities.handle(handler_ctx, stored)
    return done(stored)
