"""Writing a fact or record row together with its outbox mutation, the pattern every write follows."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from heihe_desk.core.storage import outbox
from heihe_desk.core.storage.outbox import Device


def insert(conn: sqlite3.Connection, device: Device, table: str, row: dict[str, Any]) -> None:
    """Insert ``row`` into ``table`` and queue its create mutation, in the caller's transaction."""
    cols = ", ".join(row)
    conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({', '.join('?' * len(row))})", tuple(row.values()))
    outbox.append(conn, device, table, str(row["id"]), "create", row)


def insert_many(conn: sqlite3.Connection, device: Device, table: str, rows: Sequence[dict[str, Any]]) -> None:
    """Bulk form of :func:`insert` (demo data, imports); all rows share the same columns."""
    if not rows:
        return
    cols = list(rows[0])
    conn.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                     [tuple(r[c] for c in cols) for r in rows])
    outbox.append_many(conn, device, table, "create", [(str(r["id"]), r) for r in rows])


def insert_rows(conn: sqlite3.Connection, table: str, rows: Sequence[dict[str, Any]]) -> None:
    """Bulk insert without outbox rows: for parts of a record whose mutation the caller queues itself."""
    if rows:
        cols = list(rows[0])
        conn.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                         [tuple(r[c] for c in cols) for r in rows])


def update(conn: sqlite3.Connection, device: Device, table: str, record_id: str, changes: dict[str, Any],
           now: str) -> dict[str, Any]:
    """Change a versioned row's fields, bump its version and queue the new state; returns that state."""
    sets = ", ".join(f"{k} = ?" for k in changes)
    conn.execute(f"UPDATE {table} SET {sets}, version = version + 1, updated_at = ? WHERE id = ?",
                 (*changes.values(), now, record_id))
    row = fetch_one(conn, table, record_id)
    outbox.append(conn, device, table, record_id, "update", row)
    return row


def fetch_one(conn: sqlite3.Connection, table: str, record_id: str) -> dict[str, Any]:
    cursor = conn.execute(f"SELECT * FROM {table} WHERE id = ?", (record_id,))
    names = [d[0] for d in cursor.description]
    row = cursor.fetchone()
    if row is None:
        from heihe_desk.core.domain.errors import NotFoundError

        raise NotFoundError(f"{table} {record_id}")
    return dict(zip(names, row, strict=True))


def fetch_all(conn: sqlite3.Connection, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    cursor = conn.execute(sql, tuple(params))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]
