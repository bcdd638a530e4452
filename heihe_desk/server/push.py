"""Applying a device's mutations exactly once and in order (sync rule 4), each with its own outcome."""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import orjson

from heihe_desk.core.domain.errors import N_, Issue
from heihe_desk.core.sync import fact_rules, protocol
from heihe_desk.server import customs_sim, entities
from heihe_desk.server.accounts import Account
from heihe_desk.server.batch import BatchState, Logged
from heihe_desk.server.entities import AccountContext, RecordRejected
from heihe_desk.server.faults import Faults, InjectedFault
from heihe_desk.server.records import StoredRecord, encode, now_iso
from heihe_desk.server.store import Store
from heihe_desk.server.wire import Mutation

log = logging.getLogger(__name__)
customs_sim.register()  # the customs simulator answers "customs_message" records


@dataclass(frozen=True)
class PushContext:
    """What applying needs besides the batch: code sets for validation, handler delay, armed faults."""

    codes: Mapping[str, set[str]]
    customs_delay_s: float = 0.0
    faults: Faults | None = None


def _fault(ctx: PushContext, point: str) -> bool:
    return ctx.faults is not None and ctx.faults.hit(point)


def push(store: Store, account: Account, device_id: str, mutations: Sequence[Mutation],
         ctx: PushContext) -> dict[str, Any]:
    """Apply a batch; returns the reply body. Effects and the device's new last seq commit together."""
    partial = _fault(ctx, "push_partial_commit")
    if partial:
        mutations = mutations[:len(mutations) // 2]  # half of it commits, then the reply is lost
    with store.write() as conn:
        now = now_iso()
        conn.execute("INSERT OR IGNORE INTO devices(account_id, device_id, first_seen, last_seen) VALUES (?, ?, ?, ?)",
                     (account.id, device_id, now, now))
        last = int(conn.execute("SELECT last_seq FROM devices WHERE account_id = ? AND device_id = ?",
                                (account.id, device_id)).fetchone()[0])
        run = _Run(BatchState(conn, account.id, device_id, now), AccountContext(account.id, account.name,
                                                                              ctx.customs_delay_s), ctx)
        results, stopped, last = run.apply(mutations, last)
        run.state.flush()
        # Platform changes the handlers queued (customs replies), written with the records that caused them.
        conn.executemany("INSERT INTO scheduled(account_id, entity, record_id, payload, due_at) VALUES (?, ?, ?, ?, ?)",
                         run.handler_ctx.pending)
        conn.execute("UPDATE devices SET last_seq = ?, last_mutation_id = coalesce(?, last_mutation_id),"
                     " last_seen = ? WHERE account_id = ? AND device_id = ?",
                     (last, results[-1]["mutation_id"] if results else None, now, account.id, device_id))
        if _fault(ctx, "push_error_before_commit"):
            raise InjectedFault("injected: 500 before commit")
    if partial or _fault(ctx, "push_error_after_commit"):
        raise InjectedFault("injected: 500 after commit (the reply is lost)")
    if ctx.faults is not None and _fault(ctx, "push_slow_reply"):
        time.sleep(ctx.faults.slow_reply_s)
    return {"server_time": now_iso(), "device_last_seq": last, "results": results, "stopped": stopped}


def _replayed(seq: int, prior: Logged) -> dict[str, Any]:
    """A resend of something already processed: acknowledge it with the original outcome, apply nothing."""
    mutation_id, status, version, result = prior
    stored = orjson.loads(result) if result else {}
    return {"mutation_id": mutation_id, "device_seq": seq,
            "status": protocol.REJECTED if status == protocol.REJECTED else protocol.DUPLICATE, "version": version,
            "issues": stored.get("issues", []), "message": stored.get("message", "")}


def _rejection(mutation_id: str, seq: int, issues: list[Issue], message: str) -> dict[str, Any]:
    return {"mutation_id": mutation_id, "device_seq": seq, "status": protocol.REJECTED, "version": None,
            "issues": [protocol.issue_to_wire(i) for i in issues], "message": message}


class _Run:
    """One batch: plan (order checks), read in bulk, validate, then decide each mutation in device order."""

    def __init__(self, state: BatchState, handler_ctx: AccountContext, ctx: PushContext):
        self.state, self.handler_ctx, self.ctx = state, handler_ctx, ctx
        self.checked: dict[int, tuple[dict[str, Any], str] | Exception] = {}

    def apply(self, mutations: Sequence[Mutation], last: int) -> tuple[list[dict[str, Any]], dict[str, Any] | None,
                                                                        int]:
        plan, stopped = self._plan(mutations, last)
        fresh = [m for m, is_new in plan if is_new]
        self._prepare(fresh)
        results = []
        for m, is_new in plan:
            seq = m["device_seq"]
            if not is_new:
                results.append(_replayed(seq, self.state.by_seq[seq]))
                continue
            results.append(self._apply_once(m))
            last = seq
        return results, stopped, last

    def _plan(self, mutations: Sequence[Mutation], last: int) -> tuple[list[tuple[Mutation, bool]],
                                                                      dict[str, Any] | None]:
        """Which mutations are replays (seq ≤ last, same id) and which are new, up to a gap or a clash."""
        self.state.load_priors(m["device_seq"] for m in mutations if m["device_seq"] <= last)
        known = {seq: prior[0] for seq, prior in self.state.by_seq.items()}
        plan: list[tuple[Mutation, bool]] = []
        for m in mutations:
            seq, mutation_id = m["device_seq"], m["mutation_id"]
            if seq <= last:
                if known.get(seq) == mutation_id:
                    plan.append((m, False))
                    continue
                return plan, {"error": protocol.DEVICE_CLASH, "expected_seq": last + 1,
                              "message": f"device id clash: sequence {seq} of this device id was already used by"
                                         " another mutation (a copied installation?); take a new device id and send"
                                         " again"}
            if seq != last + 1:
                return plan, {"error": protocol.GAP, "expected_seq": last + 1,
                              "message": f"mutation {seq} arrived before {last + 1}; send from {last + 1}"}
            plan.append((m, True))
            known[seq] = mutation_id
            last = seq
        return plan, None

    def _prepare(self, fresh: list[Mutation]) -> None:
        """Bulk reads and the (pure) payload checks of every new mutation, before any is decided."""
        self.state.load_seen(m["mutation_id"] for m in fresh)
        keys = {(m["entity"], m["entity_id"]) for m in fresh}
        unique = []
        for m in fresh:
            entity = m["entity"]
            if m["op"] == "delete" or entity in protocol.SERVER_ENTITIES or not entities.known(entity):
                continue
            try:
                canonical, key = entities.validate(entity, m["entity_id"], m["payload"], self.ctx.codes)
            except Exception as exc:  # kept and raised when the mutation's turn comes (if it still needs checks)
                self.checked[id(m)] = exc
                continue
            self.checked[id(m)] = (canonical, key)
            unique.append((entity, key))
            parent = fact_rules.parent_of(entity, m["payload"])
            if parent is not None:
                keys.add(parent)
        self.state.load_records(keys)
        self.state.load_holders(unique)

    def _apply_once(self, m: Mutation) -> dict[str, Any]:
        seq, mutation_id = m["device_seq"], m["mutation_id"]
        seen = self.state.seen.get(mutation_id)
        if seen is not None:
            # Same mutation under another device id or seq (re-numbered after a device clash): never twice.
            outcome = _replayed(seq, (mutation_id, *seen))
        else:
            try:
                outcome = self._apply(m)
            except sqlite3.OperationalError:
                raise  # busy or disk trouble: the whole batch is retried, nothing is rejected for it
            except RecordRejected as exc:
                outcome = _rejection(mutation_id, seq, exc.issues, str(exc))
            except Exception as exc:  # a payload the checks did not foresee: rejected, never a 500 loop
                log.exception("mutation %s could not be applied", mutation_id)
                outcome = _rejection(mutation_id, seq, [Issue("payload", protocol.LABEL_RECORD,
                                                              protocol.RULE_UNREADABLE, "")], repr(exc))
        rejected = outcome["status"] == protocol.REJECTED
        result = orjson.dumps({"issues": outcome["issues"], "message": outcome["message"]}).decode() if rejected \
            else None
        self.state.logged(seq, mutation_id, outcome["status"], outcome["version"], result)
        return outcome

    def _apply(self, m: Mutation) -> dict[str, Any]:
        """One mutation's effect. Payloads are whole records, so an update of an unknown record creates it."""
        entity, record_id, op, mutation_id = m["entity"], m["entity_id"], m["op"], m["mutation_id"]
        if entity in protocol.SERVER_ENTITIES:
            raise RecordRejected([Issue("entity", protocol.LABEL_RECORD_TYPE, protocol.RULE_PLATFORM_OWNED,
                                        "products")])
        if not entities.known(entity):
            raise RecordRejected([Issue("entity", protocol.LABEL_RECORD_TYPE, protocol.RULE_UNKNOWN_ENTITY,
                                        "products")])
        if entity in fact_rules.FACTS and op != "create":
            raise RecordRejected([fact_rules.fact_change_issue()])
        state = self.state
        current = state.state(entity, record_id)

        def done(version: int | None, status: str = protocol.APPLIED) -> dict[str, Any]:
            return {"mutation_id": mutation_id, "device_seq": m["device_seq"], "status": status, "version": version,
                    "issues": [], "message": ""}

        if op == "delete":
            if current is None:
                return done(state.write(entity, record_id, encode({"id": record_id}), True, "", mutation_id))
            if current.deleted:
                return done(current.version, protocol.DUPLICATE)
            return done(state.write(entity, record_id, state.payload_text(entity, record_id), True, "", mutation_id))
        if op == "create" and current is not None and not current.deleted:
            return done(current.version, protocol.DUPLICATE)  # a replayed create returns the existing record (rule 1)
        if op == "update" and current is not None and current.deleted:
            raise RecordRejected([Issue("id", protocol.LABEL_RECORD, protocol.DELETED_ON_PLATFORM, "")])
        checked = self.checked.get(id(m))
        if isinstance(checked, Exception):
            raise checked
        canonical, unique_key = checked if checked is not None else entities.validate(
            entity, record_id, m["payload"], self.ctx.codes)
        holder = state.holder(entity, unique_key) if unique_key else None
        if holder is not None and holder != record_id:
            raise RecordRejected([entities.UNIQUE_ISSUES.get(entity, Issue(
                "id", protocol.LABEL_RECORD, N_("is already used by another record"), ""))])
        parent = fact_rules.parent_of(entity, canonical)
        if parent is not None:
            found = state.state(*parent)
            if found is None or found.deleted:
                raise RecordRejected([fact_rules.unknown_parent_issue(entity, parent[1])])
        version = current.version + 1 if current is not None else 1
        if entities.has_handler(entity):
            mark = self.handler_ctx.mark()
            try:
                entities.handle(self.handler_ctx, StoredRecord(entity, record_id, version, False, canonical))
            except BaseException:
                self.handler_ctx.undo(mark)  # nothing of a refused record stays queued
                raise
        return done(state.write(entity, record_id, encode(canonical), False, unique_key, mutation_id))
