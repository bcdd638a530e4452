"""Applying pulled changes: master data with its search index (never via the outbox), desk records, code tables."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from heihe_desk.core.domain.partner import Partner
from heihe_desk.core.domain.product import Product
from heihe_desk.core.domain.record import utc_now
from heihe_desk.core.storage import code_tables
from heihe_desk.core.storage.search_index import index_new_rows, index_row, unindex_row
from heihe_desk.core.sync.apply_desk import ENTITIES as DESK_ENTITIES
from heihe_desk.core.sync.apply_desk import REASON_PENDING, REASON_UNIQUE, DeskApplier, parked
from heihe_desk.core.sync.protocol import Change


def _defaults(cls: type) -> dict[str, Any]:
    return {f.name: f.default for f in dataclasses.fields(cls) if f.default is not dataclasses.MISSING}


#: Master-data tables sync writes, with each record's fields and their defaults.
MASTER: dict[str, tuple[tuple[str, ...], dict[str, Any]]] = {
    "products": (tuple(f.name for f in dataclasses.fields(Product)), _defaults(Product)),
    "partners": (tuple(f.name for f in dataclasses.fields(Partner)), _defaults(Partner)),
}

__all__ = ["MASTER", "REASON_PENDING", "REASON_UNIQUE", "Applied", "apply_changes", "keep_conflict"]


@dataclass
class Applied:
    """What one pull page did."""

    applied: int = 0
    skipped_own: int = 0
    conflicts: int = 0
    entities: set[str] = field(default_factory=set)


def apply_changes(conn: sqlite3.Connection, changes: Sequence[Change],
                  halfway: Callable[[], None] | None = None) -> Applied:
    """Apply one page inside the caller's transaction (which also stores the new cursor).

    Our own changes coming back are skipped by mutation id. A record with unsent or rejected local
    edits is not overwritten: the platform's version is kept in ``sync_conflicts`` (rules 7 and 8).
    Orders, payments, stock movements … go to their tables (apply_desk); those still waiting for a
    parent from an earlier page are retried at the end.
    """
    outcome = Applied()
    own = _own_mutations(conn, [c.mutation_id for c in changes if c.mutation_id])
    protected = set(conn.execute("SELECT DISTINCT entity, entity_id FROM outbox"
                                 " WHERE state IN ('pending', 'rejected')").fetchall())
    desk = DeskApplier(conn, protected, keep_conflict)
    fresh: dict[str, list[tuple[int, Mapping[str, Any]]]] = {entity: [] for entity in MASTER}
    for index, change in enumerate(changes):
        if halfway is not None and index == len(changes) // 2:
            halfway()
        if change.mutation_id and change.mutation_id in own:
            outcome.skipped_own += 1
            continue
        if change.entity in MASTER:
            if (change.entity, change.id) in protected:
                keep_conflict(conn, change, REASON_PENDING)
                outcome.conflicts += 1
                continue
            try:
                changed = _apply_master(conn, change, fresh[change.entity])
            except sqlite3.IntegrityError:
                # The row write is the first write of a change and SQLite undoes a failed statement by
                # itself, so nothing of this change remains (a savepoint per row cost 100 µs).
                keep_conflict(conn, change, REASON_UNIQUE)
                outcome.conflicts += 1
                changed = False
        elif change.entity in DESK_ENTITIES:
            changed = desk.apply(change)
        elif change.entity == "code_table":
            changed = _apply_code_table(conn, change)
        elif change.entity == "rate":
            changed = _keep_record(conn, change) and _apply_rate(conn, change)
        else:
            changed = _keep_record(conn, change)
        if changed:
            outcome.applied += 1
            outcome.entities.add(change.entity)
    for entity, rows in fresh.items():
        index_new_rows(conn, entity, rows)  # new rows indexed in bulk: much cheaper than one by one
        conn.executemany("INSERT OR IGNORE INTO sync_received(entity, id) VALUES (?, ?)",
                         [(entity, values["id"]) for _rowid, values in rows])
    _retry_parked(desk, outcome)
    desk.finish()
    outcome.conflicts += desk.conflicts
    return outcome


def _retry_parked(desk: DeskApplier, outcome: Applied) -> None:
    """Apply waiting records whose parents arrived (a waybill event may wait for a waiting waybill: repeat)."""
    progress = True
    while progress:
        progress = False
        for change in parked(desk.conn):
            if desk.apply(change):
                outcome.applied += 1
                outcome.entities.add(change.entity)
                progress = True


def _own_mutations(conn: sqlite3.Connection, ids: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(ids), 500):
        part = ids[start:start + 500]
        found.update(r[0] for r in conn.execute(
            f"SELECT mutation_id FROM outbox WHERE mutation_id IN ({', '.join('?' * len(part))})", part))
    return found


def _apply_master(conn: sqlite3.Connection, change: Change, fresh: list[tuple[int, Mapping[str, Any]]]) -> bool:
    table = change.entity
    names, defaults = MASTER[table]
    row = conn.execute(f"SELECT rowid FROM {table} WHERE id = ?", (change.id,)).fetchone()
    stamp = change.updated_at or utc_now()
    if change.deleted:
        if row is None:
            return False  # never had it: nothing to delete
        conn.execute(f"UPDATE {table} SET deleted_at = coalesce(deleted_at, ?), version = ?, updated_at = ?"
                     " WHERE rowid = ?", (stamp, change.version, stamp, row[0]))
        unindex_row(conn, table, int(row[0]))
        return True
    values = {name: change.payload.get(name, defaults.get(name, "")) for name in names}
    values["id"] = change.id
    values["active"] = 0 if values.get("active") in (False, 0, "0") else 1
    if row is None:
        cols = (*names, "version", "created_at", "updated_at")
        cur = conn.execute(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                           (*values.values(), change.version, stamp, stamp))
        fresh.append((int(cur.lastrowid or 0), values))
        return True
    sets = ", ".join(f"{n} = ?" for n in names)
    conn.execute(f"UPDATE {table} SET {sets}, version = ?, updated_at = ?, deleted_at = NULL WHERE rowid = ?",
                 (*values.values(), change.version, stamp, row[0]))
    index_row(conn, table, int(row[0]), values)
    return True


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
    conn.execute("INSERT INTO synced_records(entity, id, version, deleted, payload, server_seq, updated_at)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(entity, id) DO UPDATE SET version = excluded.version,"
                 " deleted = excluded.deleted, payload = excluded.payload, server_seq = excluded.server_seq,"
                 " updated_at = excluded.updated_at",
                 (change.entity, change.id, change.version, int(change.deleted),
                  json.dumps(change.payload, ensure_ascii=False), change.server_seq, change.updated_at))
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
