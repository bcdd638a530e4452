"""The outbox as sync sees it: batches to send, acknowledgements, re-queueing, re-identification, resend."""

from __future__ import annotations

import json
import secrets
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from heihe_desk.core.domain.errors import Issue, NotFoundError
from heihe_desk.core.domain.record import new_id, utc_now
from heihe_desk.core.storage.outbox import Device
from heihe_desk.core.sync import protocol
from heihe_desk.core.sync.apply_desk import VERSIONED
from heihe_desk.core.sync.desk_rows import current_record
from heihe_desk.core.sync.state import read_state, write_state

_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # the same look-alike-free letters as storage.outbox
MASTER_ENTITIES = ("products", "partners")


def current_device(conn: sqlite3.Connection) -> Device:
    rows = dict(conn.execute("SELECT key, value FROM meta WHERE key IN ('device_id', 'device_code')").fetchall())
    return Device(rows["device_id"], rows["device_code"])


def pending_batch(conn: sqlite3.Connection, device_id: str, limit: int) -> list[protocol.OutgoingMutation]:
    """The next ``limit`` unsent mutations of this device, in device order (the order the platform demands).

    Payloads are read as UTF-8 bytes (CAST … AS BLOB) and go into the request as they are: decoding 10 MB
    to text only to encode it again cost more than reading it.
    """
    rows = conn.execute("SELECT mutation_id, device_seq, schema_version, entity, entity_id, op,"
                        " CAST(payload AS BLOB), created_at FROM outbox WHERE state = 'pending' AND device_id = ?"
                        " ORDER BY device_seq LIMIT ?", (device_id, limit)).fetchall()
    return [protocol.OutgoingMutation(*r) for r in rows]


def foreign_pending(conn: sqlite3.Connection, device_id: str) -> int:
    """Unsent rows written under another device id (a database from an old version or another machine)."""
    return int(conn.execute("SELECT count(*) FROM outbox WHERE state = 'pending' AND device_id != ?",
                            (device_id,)).fetchone()[0])


def record_results(conn: sqlite3.Connection, results: Sequence[protocol.MutationResult], device_id: str = "",
                   sent: Sequence[protocol.OutgoingMutation] = ()) -> tuple[int, int]:
    """Mark exactly the acknowledged rows done and the refused ones rejected with their reasons (rule 3, 5).

    Acknowledgements that answer, seq for seq and id for id, a run of the rows just ``sent`` by ``device_id``
    are marked with one ``UPDATE … BETWEEN`` per run (one statement instead of one per row); anything else
    is marked by its mutation id.
    """
    ours = {m.device_seq: m.mutation_id for m in sent}
    runs: list[list[int]] = []
    acked: list[tuple[str]] = []
    rejected = [(protocol.issues_json(r.issues, r.message), r.mutation_id) for r in results
                if r.status == protocol.REJECTED]
    for r in results:
        if r.status not in (protocol.APPLIED, protocol.DUPLICATE):
            continue
        if device_id and ours.get(r.device_seq) == r.mutation_id:
            if runs and runs[-1][1] == r.device_seq - 1:
                runs[-1][1] = r.device_seq
            else:
                runs.append([r.device_seq, r.device_seq])
        else:
            acked.append((r.mutation_id,))
    conn.executemany("UPDATE outbox SET state = 'acked', attempts = attempts + 1, last_error = NULL"
                     " WHERE device_id = ? AND device_seq BETWEEN ? AND ? AND state = 'pending'",
                     [(device_id, first, last) for first, last in runs])
    conn.executemany("UPDATE outbox SET state = 'acked', attempts = attempts + 1, last_error = NULL"
                     " WHERE mutation_id = ? AND state = 'pending'", acked)
    conn.executemany("UPDATE outbox SET state = 'rejected', attempts = attempts + 1, last_error = ?"
                     " WHERE mutation_id = ? AND state = 'pending'", rejected)
    return sum(last - first + 1 for first, last in runs) + len(acked), len(rejected)


def note_failure(conn: sqlite3.Connection, batch: Sequence[protocol.OutgoingMutation], error: str) -> None:
    """Count a failed attempt on the rows that were in flight; they stay pending (a timeout is never success)."""
    conn.executemany("UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE mutation_id = ?"
                     " AND state = 'pending'", [(error, m.mutation_id) for m in batch])


def max_sent_seq(conn: sqlite3.Connection, device_id: str) -> int:
    """Highest device seq the platform has answered for (acked or rejected)."""
    row = conn.execute("SELECT max(device_seq) FROM outbox WHERE device_id = ? AND state != 'pending'",
                       (device_id,)).fetchone()
    return int(row[0] or 0)


def requeue_after(conn: sqlite3.Connection, device_id: str, server_last: int) -> int:
    """The platform lost answered mutations (restored from a backup): send everything after ``server_last`` again.

    They keep their mutation ids, so the platform still applies each at most once.
    """
    cur = conn.execute("UPDATE outbox SET state = 'pending' WHERE device_id = ? AND device_seq > ?"
                       " AND state != 'pending'", (device_id, server_last))
    return cur.rowcount


def reidentify(conn: sqlite3.Connection, new_code: bool = True) -> Device:
    """Take a new device id (a copied installation shares the old one) and renumber unsent rows 1..n under it.

    Rows the platform already answered keep the old id: they are history. The unsent rows keep their
    mutation ids (the platform never applied them under the old id; it would spot a repeat by id anyway).
    """
    old = current_device(conn)
    device = Device(new_id(), "".join(secrets.choice(_CODE_ALPHABET) for _ in range(4)) if new_code else old.code)
    rows = conn.execute("SELECT seq FROM outbox WHERE state = 'pending' ORDER BY seq").fetchall()
    conn.executemany("UPDATE outbox SET device_id = ?, device_seq = ? WHERE seq = ?",
                     [(device.id, n, r[0]) for n, r in enumerate(rows, start=1)])
    conn.execute("UPDATE meta SET value = ? WHERE key = 'device_id'", (device.id,))
    conn.execute("UPDATE meta SET value = ? WHERE key = 'device_code'", (device.code,))
    conn.execute("UPDATE meta SET value = ? WHERE key = 'device_seq'", (str(len(rows)),))
    previous = json.loads(read_state(conn)["previous_device_ids"])
    write_state(conn, previous_device_ids=json.dumps([*previous, old.id]), server_device_seq=0)
    return device


def _reserve_seq(conn: sqlite3.Connection) -> int:
    """The next per-device sequence number (the counter storage.outbox numbers new rows with)."""
    row = conn.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'device_seq'"
                       " RETURNING value").fetchone()
    return int(row[0])


@dataclass(frozen=True)
class Attention:
    """A rejected change in the "needs attention" list: what it was and why the platform refused it."""

    outbox_seq: int
    mutation_id: str
    entity: str
    entity_id: str
    op: str
    created_at: str
    message: str
    issues: tuple[Issue, ...]


def needs_attention(conn: sqlite3.Connection) -> list[Attention]:
    rows = conn.execute("SELECT seq, mutation_id, entity, entity_id, op, created_at, last_error FROM outbox"
                        " WHERE state = 'rejected' ORDER BY seq").fetchall()
    items = []
    for seq, mid, entity, eid, op, created, error in rows:
        try:
            detail = json.loads(error or "{}")
        except json.JSONDecodeError:
            detail = {"message": error}
        issues = tuple(protocol.issue_from_wire(i) for i in detail.get("issues", []))
        items.append(Attention(seq, mid, entity, eid, op, created, str(detail.get("message") or ""), issues))
    return items


def resend(conn: sqlite3.Connection, outbox_seq: int) -> str:
    """Send a rejected change again, after a fix: same row, a NEW mutation id, seq and payload from the record now.

    Must run in the caller's transaction. Returns the new mutation id.
    """
    row = conn.execute("SELECT entity, entity_id, op, payload, last_error FROM outbox WHERE seq = ? AND"
                       " state = 'rejected'", (outbox_seq,)).fetchone()
    if row is None:
        raise NotFoundError(f"rejected outbox row {outbox_seq}")
    entity, entity_id, op, payload_text, error = row
    if entity in MASTER_ENTITIES:
        op, payload = _current_state(conn, entity, entity_id, op)
        if protocol.DELETED_ON_PLATFORM in (error or "") and op == "update":
            op = "create"  # another device deleted it; sending the whole record again restores it
    elif entity in VERSIONED and conn.execute(f"SELECT 1 FROM {entity} WHERE id = ?", (entity_id,)).fetchone():
        payload = current_record(conn, entity, entity_id)  # an order as it is now, with its lines and history
    else:
        payload = json.loads(payload_text)  # facts never change: the same record again
    mutation_id = new_id()
    conn.execute("UPDATE outbox SET mutation_id = ?, device_id = ?, device_seq = ?, op = ?, payload = ?,"
                 " state = 'pending', attempts = 0, last_error = NULL, created_at = ? WHERE seq = ?",
                 (mutation_id, current_device(conn).id, _reserve_seq(conn), op,
                  json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":")), utc_now(),
                  outbox_seq))
    return mutation_id


def _current_state(conn: sqlite3.Connection, entity: str, entity_id: str, op: str) -> tuple[str, dict[str, Any]]:
    cur = conn.execute(f"SELECT * FROM {entity} WHERE id = ?", (entity_id,))
    values = cur.fetchone()
    if values is None:
        raise NotFoundError(f"{entity} {entity_id}")
    record = dict(zip([d[0] for d in cur.description], values, strict=True))
    if record["deleted_at"]:
        return "delete", {"id": entity_id, "version": record["version"], "deleted_at": record["deleted_at"]}
    return ("create" if op == "create" else "update"), record
