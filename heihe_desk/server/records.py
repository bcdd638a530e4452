"""Writing records on the platform: every change gets the account's next server sequence (the pull feed)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import orjson


def encode(payload: dict[str, Any]) -> str:
    """Canonical JSON text (sorted keys, UTF-8, compact) of a record, as the feed serves it."""
    try:
        return orjson.dumps(payload, option=orjson.OPT_SORT_KEYS).decode()
    except (TypeError, orjson.JSONEncodeError):
        # orjson refuses integers beyond 64 bits; the standard encoder writes them (the checks decide later).
        return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass(frozen=True)
class StoredRecord:
    """A record as the platform holds it (what handlers and validators see)."""

    entity: str
    id: str
    version: int
    deleted: bool
    payload: dict[str, Any]


def get_record(conn: sqlite3.Connection, account_id: int, entity: str, record_id: str) -> StoredRecord | None:
    row = conn.execute("SELECT version, deleted, payload FROM records WHERE account_id = ? AND entity = ? AND id = ?",
                       (account_id, entity, record_id)).fetchone()
    if row is None:
        return None
    return StoredRecord(entity, record_id, int(row[0]), bool(row[1]), json.loads(row[2]))


def next_seq(conn: sqlite3.Connection, account_id: int) -> int:
    """Reserve the account's next server sequence (inside the caller's write transaction)."""
    row = conn.execute("UPDATE accounts SET next_seq = next_seq + 1 WHERE id = ? RETURNING next_seq - 1",
                       (account_id,)).fetchone()
    return int(row[0])


def put_record(conn: sqlite3.Connection, account_id: int, entity: str, record_id: str, payload: dict[str, Any],
               deleted: bool = False, unique_key: str = "", mutation_id: str | None = None) -> StoredRecord:
    """Create or replace a record's state (version + 1) and move it to the head of the change feed."""
    seq = next_seq(conn, account_id)
    text = encode(payload)
    row = conn.execute(
        "INSERT INTO records(account_id, entity, id, version, deleted, payload, unique_key, server_seq, mutation_id,"
        " updated_at) VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(account_id, entity, id) DO UPDATE SET version = version + 1, deleted = excluded.deleted,"
        " payload = excluded.payload, unique_key = excluded.unique_key, server_seq = excluded.server_seq,"
        " mutation_id = excluded.mutation_id, updated_at = excluded.updated_at RETURNING version",
        (account_id, entity, record_id, int(deleted), text, unique_key, seq, mutation_id, now_iso())).fetchone()
    return StoredRecord(entity, record_id, int(row[0]), deleted, payload)


def unique_holder(conn: sqlite3.Connection, account_id: int, entity: str, unique_key: str,
                  record_id: str) -> str | None:
    """Id of another live record already holding ``unique_key`` (a SKU, an INN+KPP), if any."""
    if not unique_key:
        return None
    # The conditions repeat the partial index's WHERE so SQLite can use it (else: a scan per mutation).
    row = conn.execute("SELECT id FROM records WHERE account_id = ? AND entity = ? AND unique_key = ? AND deleted = 0"
                       " AND unique_key != '' AND id != ?", (account_id, entity, unique_key, record_id)).fetchone()
    return None if row is None else str(row[0])
