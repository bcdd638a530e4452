"""The sync outbox: every local change leaves a mutation row in the same transaction (sync rule 2)."""

from __future__ import annotations

import json
import secrets
import sqlite3
from dataclasses import dataclass
from typing import Any

from heihe_desk.core.domain.record import new_id, utc_now
from heihe_desk.core.storage.schema import SCHEMA_VERSION

#: Device codes avoid look-alike characters because people read them off printed documents.
_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


@dataclass(frozen=True)
class Device:
    """This installation's identity: a UUID for machines and a short code for human numbers."""

    id: str
    code: str


def ensure_device(conn: sqlite3.Connection) -> Device:
    """Read this database's device identity, creating it on first open."""
    rows = dict(conn.execute("SELECT key, value FROM meta WHERE key IN ('device_id', 'device_code')").fetchall())
    if "device_id" not in rows:
        rows = {"device_id": new_id(), "device_code": "".join(secrets.choice(_CODE_ALPHABET) for _ in range(4))}
        conn.executemany("INSERT INTO meta(key, value) VALUES (?, ?)", list(rows.items()))
        conn.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('device_seq', '0')")
    return Device(rows["device_id"], rows["device_code"])


def append(conn: sqlite3.Connection, device: Device, entity: str, entity_id: str, op: str,
           payload: dict[str, Any]) -> str:
    """Queue one mutation; must run inside the transaction that made the change. Returns its id."""
    seq = _next_seq(conn)
    mutation_id = new_id()
    conn.execute(
        "INSERT INTO outbox(mutation_id, device_id, device_seq, schema_version, entity, entity_id, op, payload,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (mutation_id, device.id, seq, SCHEMA_VERSION, entity, entity_id, op,
         json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":")), utc_now()),
    )
    return mutation_id


def append_many(conn: sqlite3.Connection, device: Device, entity: str, op: str,
                items: list[tuple[str, dict[str, Any]]]) -> None:
    """Queue many mutations of one kind at once (bulk loads), in the caller's transaction."""
    start = _next_seq(conn, len(items))
    now = utc_now()
    conn.executemany(
        "INSERT INTO outbox(mutation_id, device_id, device_seq, schema_version, entity, entity_id, op, payload,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(new_id(), device.id, start + i, SCHEMA_VERSION, entity, entity_id, op,
          json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":")), now)
         for i, (entity_id, payload) in enumerate(items)],
    )


def _next_seq(conn: sqlite3.Connection, count: int = 1) -> int:
    """Reserve ``count`` consecutive per-device sequence numbers; returns the first."""
    row = conn.execute(
        "UPDATE meta SET value = CAST(value AS INTEGER) + ? WHERE key = 'device_seq' RETURNING value", (count,)
    ).fetchone()
    return int(row[0]) - count + 1


def pending_count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM outbox WHERE state = 'pending'").fetchone()[0])
