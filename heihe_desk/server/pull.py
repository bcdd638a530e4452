"""The change feed: each record's latest state after a cursor; an unknown cursor gets an explicit reset."""

from __future__ import annotations

import json
import sqlite3
import time
import uuid

import orjson

from heihe_desk.server.accounts import Account
from heihe_desk.server.records import now_iso, put_record
from heihe_desk.server.store import Store


def _cursor(epoch: str, seq: int, uid: str) -> str:
    return f"{epoch}.{seq}.{uid}"


def parse_cursor(account: Account, conn: sqlite3.Connection, cursor: str) -> int | None:
    """The server sequence a cursor stands for, or None when this history never issued it.

    A cursor names the account's epoch, a sequence and a random tag recorded when it was issued. A
    database restored from a backup (or a different server) does not hold that tag, so the device is
    told to reset instead of silently skipping what the restore lost (sync rule 6).
    """
    if not cursor:
        return 0
    parts = cursor.split(".")
    if len(parts) != 3 or parts[0] != account.epoch or not parts[1].isdigit():
        return None
    seq = int(parts[1])
    row = conn.execute("SELECT uid FROM cursors WHERE account_id = ? AND seq = ?", (account.id, seq)).fetchone()
    return seq if row is not None and row[0] == parts[2] else None


def _issue_cursor(store: Store, account: Account, seq: int) -> str:
    conn = store.conn()
    row = conn.execute("SELECT uid FROM cursors WHERE account_id = ? AND seq = ?", (account.id, seq)).fetchone()
    if row is None:
        with store.write() as wconn:
            wconn.execute("INSERT OR IGNORE INTO cursors(account_id, seq, uid) VALUES (?, ?, ?)",
                          (account.id, seq, uuid.uuid4().hex[:12]))
            row = wconn.execute("SELECT uid FROM cursors WHERE account_id = ? AND seq = ?",
                                (account.id, seq)).fetchone()
    return _cursor(account.epoch, seq, str(row[0]))


def release_due(store: Store, account: Account) -> int:
    """Turn scheduled platform changes whose delay has passed (customs replies) into feed entries."""
    now = time.time()
    conn = store.conn()
    if conn.execute("SELECT 1 FROM scheduled WHERE account_id = ? AND due_at <= ? LIMIT 1",
                    (account.id, now)).fetchone() is None:
        return 0
    with store.write() as wconn:
        due = wconn.execute("SELECT id, entity, record_id, payload FROM scheduled WHERE account_id = ? AND due_at <= ?"
                            " ORDER BY due_at, id", (account.id, now)).fetchall()
        for row_id, entity, record_id, payload in due:
            put_record(wconn, account.id, entity, record_id, json.loads(payload))
            wconn.execute("DELETE FROM scheduled WHERE id = ?", (row_id,))
    return len(due)


def pull(store: Store, account: Account, device_id: str, cursor: str, limit: int) -> bytes:
    """The reply body as JSON bytes; stored payload text is spliced in, not re-encoded."""
    release_due(store, account)
    with store.read() as conn:
        after = parse_cursor(account, conn, cursor)
        row = conn.execute("SELECT last_seq FROM devices WHERE account_id = ? AND device_id = ?",
                           (account.id, device_id)).fetchone()
        device_last = int(row[0]) if row else 0
        if after is None:
            return _encode({"server_time": now_iso(), "epoch": account.epoch, "cursor": "", "has_more": False,
                            "reset": True, "device_last_seq": device_last,
                            "message": "this cursor is unknown to the platform (restored from a backup, or another"
                                       " server): start again from the beginning"}, [])
        # The payload comes as bytes (CAST … AS BLOB): spliced into the reply without decoding or re-encoding.
        rows = conn.execute("SELECT server_seq, entity, id, version, deleted, CAST(payload AS BLOB), updated_at,"
                            " mutation_id FROM records WHERE account_id = ? AND server_seq > ?"
                            " ORDER BY server_seq LIMIT ?",
                            (account.id, after, limit + 1)).fetchall()
    has_more = len(rows) > limit
    rows = rows[:limit]
    next_cursor = _issue_cursor(store, account, int(rows[-1][0])) if rows else cursor
    changes = []
    for seq, entity, rid, version, deleted, payload, updated_at, mutation_id in rows:
        head = orjson.dumps({"server_seq": seq, "entity": entity, "id": rid, "version": version,
                             "deleted": bool(deleted), "updated_at": updated_at, "mutation_id": mutation_id})
        changes.append(head[:-1] + b',"payload":' + payload + b"}")
    return _encode({"server_time": now_iso(), "epoch": account.epoch, "cursor": next_cursor, "has_more": has_more,
                    "reset": False, "device_last_seq": device_last, "message": ""}, changes)


def _encode(head: dict[str, object], changes: list[bytes]) -> bytes:
    return orjson.dumps(head)[:-1] + b',"changes":[' + b",".join(changes) + b"]}"
