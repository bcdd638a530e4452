"""Applying one pulled page: master data, desk records, code tables, rates, customs replies (never via the outbox)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from heihe_desk.core.domain.record import utc_now
from heihe_desk.core.storage import code_tables
from heihe_desk.core.sync.apply_desk import ENTITIES as DESK_ENTITIES
from heihe_desk.core.sync.apply_desk import REASON_PENDING, REASON_UNIQUE, DeskApplier, parked
from heihe_desk.core.sync.apply_master import MASTER, MasterApplier
from heihe_desk.core.sync.customs_replies import ENTITY as CUSTOMS_REPLY
from heihe_desk.core.sync.customs_replies import ReplyHook, apply_reply
from heihe_desk.core.sync.desk_rows import park
from heihe_desk.core.sync.protocol import Change

__all__ = ["MASTER", "REASON_PENDING", "REASON_UNIQUE", "Applied", "apply_changes", "keep_conflict"]


@dataclass
class Applied:
    """What one pull page did."""

    applied: int = 0
    skipped_own: int = 0
    conflicts: int = 0
    customs_replies: int = 0
    entities: set[str] = field(default_factory=set)
    problems: list[str] = field(default_factory=list)


def apply_changes(conn: sqlite3.Connection, changes: Sequence[Change],
                  halfway: Callable[[], None] | None = None, reply_hook: ReplyHook | None = None) -> Applied:
    """Apply one page inside the caller's transaction (which also stores the new cursor).

    Our own changes coming back are skipped by mutation id. A record with unsent or rejected local
    edits is not overwritten: the platform's version is kept in ``sync_conflicts`` (rules 7 and 8).
    Products and partners go to their tables with the search index (apply_master); orders, payments,
    stock movements … to theirs (apply_desk), and those still waiting for a parent from an earlier page
    are retried at the end. Customs replies go to ``reply_hook`` (the declarations service) in this
    same transaction.
    """
    outcome = Applied()
    own = _own_mutations(conn, [c.mutation_id for c in changes if c.mutation_id])
    theirs = [c for c in changes if not (c.mutation_id and c.mutation_id in own)]
    outcome.skipped_own = len(changes) - len(theirs)
    protected = set(conn.execute("SELECT DISTINCT entity, entity_id FROM outbox"
                                 " WHERE state IN ('pending', 'rejected')").fetchall())
    master = MasterApplier(conn, protected, keep_conflict)
    desk = DeskApplier(conn, protected, keep_conflict)
    master.prepare(theirs)
    desk.prepare(theirs)
    for index, change in enumerate(theirs):
        if halfway is not None and index == len(theirs) // 2:
            halfway()
        if change.entity in MASTER:
            changed = master.apply(change)
        elif change.entity in DESK_ENTITIES:
            changed = desk.apply(change)
        elif change.entity == "code_table":
            changed = _apply_code_table(conn, change)
        elif change.entity == "rate":
            changed = _keep_record(conn, change) and _apply_rate(conn, change)
        elif change.entity == CUSTOMS_REPLY and reply_hook is not None and not change.deleted:
            changed = _keep_record(conn, change)
            problem = apply_reply(conn, change.id, change.payload, reply_hook)
            if problem:
                outcome.problems.append(problem)
            else:
                outcome.customs_replies += 1
        else:
            changed = _keep_record(conn, change)
        if changed:
            outcome.applied += 1
            outcome.entities.add(change.entity)
    outcome.applied -= master.flush() + desk.flush()
    _retry_parked(desk, outcome)
    desk.finish()
    outcome.conflicts += master.conflicts + desk.conflicts
    return outcome


def _retry_parked(desk: DeskApplier, outcome: Applied) -> None:
    """Apply waiting records whose parents arrived (a waybill event may wait for a waiting waybill: repeat
    while a round applies something; a record that still cannot be written stays parked)."""
    while True:
        applied = 0
        for change in parked(desk.conn):
            if desk.apply(change):
                applied += 1
                outcome.entities.add(change.entity)
        applied -= desk.flush()
        outcome.applied += applied
        if applied <= 0:
            return


def _own_mutations(conn: sqlite3.Connection, ids: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(ids), 500):
        part = ids[start:start + 500]
        found.update(r[0] for r in conn.execute(
            f"SELECT mutation_id FROM outbox WHERE mutation_id IN ({', '.join('?' * len(part))})", part))
    return found


def _apply_code_table(conn: sqlite3.Connection, change: Change) -> bool:
    payload = change.payload
    table, version = str(payload.get("table") or change.id), str(payload.get("version", ""))
    current = conn.execute("SELECT version FROM code_table_versions WHERE code_table = ?", (table,)).fetchone()
    if change.deleted or not isinstance(payload.get("entries"), list) or (current and current[0] == version):
        return False
    code_tables.replace_table(conn, table, version, str(payload.get("source", "")), payload["entries"])
    return True


def _apply_rate(conn: sqlite3.Connection, change: Change) -> bool:
    """A platform rate becomes a fact in ``rates`` (source 'platform'); each version is its own row."""
    p = change.payload
    if change.deleted or not all(isinstance(p.get(k), str) for k in ("base", "quote", "rate", "date")):
        return True
    conn.execute("INSERT OR IGNORE INTO rates(id, rate_date, base, quote, rate, source, created_at)"
                 " VALUES (?, ?, ?, ?, ?, 'platform', ?)",
                 (f"platform:{change.id}:v{change.version}", p["date"], p["base"], p["quote"], p["rate"],
                  change.updated_at or utc_now()))
    return True


def _keep_record(conn: sqlite3.Connection, change: Change) -> bool:
    """Rates, customs replies and kinds this version has no table for yet: kept whole, never dropped."""
    park(conn, change)
    return True


def keep_conflict(conn: sqlite3.Connection, change: Change, reason: str) -> None:
    """Record (or refresh) the open conflict for a record: the platform's latest version, visible, not applied."""
    conn.execute("INSERT INTO sync_conflicts(entity, entity_id, reason, server_seq, server_version, server_deleted,"
                 " server_payload, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                 " ON CONFLICT(entity, entity_id) WHERE resolved_at IS NULL DO UPDATE SET reason = excluded.reason,"
                 " server_seq = excluded.server_seq, server_version = excluded.server_version,"
                 " server_deleted = excluded.server_deleted, server_payload = excluded.server_payload",
                 (change.entity, change.id, reason, change.server_seq, change.version, int(change.deleted),
                  json.dumps(change.payload, ensure_ascii=False), utc_now()))
