"""Conflicts kept visible: the platform's version of a record the desk had edited too, and their resolution."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from heihe_desk.core.domain.errors import N_, Issue, NotFoundError, ValidationError
from heihe_desk.core.domain.record import utc_now
from heihe_desk.core.storage import outbox
from heihe_desk.core.storage.master_data import MasterTable
from heihe_desk.core.sync.apply import MASTER
from heihe_desk.core.sync.apply_desk import VERSIONED
from heihe_desk.core.sync.desk_rows import current_record, write_versioned
from heihe_desk.core.sync.protocol import Change

TABLES = {entity: MasterTable(entity, names, (names[1],)) for entity, (names, _) in MASTER.items()}


@dataclass(frozen=True)
class Conflict:
    id: int
    entity: str
    entity_id: str
    reason: str
    server_version: int
    server_deleted: bool
    server_payload: dict[str, Any]
    detected_at: str


def open_conflicts(conn: sqlite3.Connection) -> list[Conflict]:
    rows = conn.execute("SELECT id, entity, entity_id, reason, server_version, server_deleted, server_payload,"
                        " detected_at FROM sync_conflicts WHERE resolved_at IS NULL ORDER BY id").fetchall()
    return [Conflict(r[0], r[1], r[2], r[3], r[4], bool(r[5]), json.loads(r[6]), r[7]) for r in rows]


def resolve(conn: sqlite3.Connection, conflict_id: int, take_server: bool) -> None:
    """Close a conflict, in the caller's transaction. Keeping the local version needs nothing more (it is
    sent or already won); taking the platform's writes it locally as a new edit, queued like any other."""
    row = conn.execute("SELECT entity, entity_id, server_deleted, server_payload FROM sync_conflicts"
                       " WHERE id = ? AND resolved_at IS NULL", (conflict_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"open conflict {conflict_id}")
    entity, entity_id, deleted, payload_text = row
    if take_server and entity in VERSIONED:
        _take_desk(conn, entity, entity_id, json.loads(payload_text))
    elif take_server:
        _take(conn, TABLES[entity], entity_id, bool(deleted), json.loads(payload_text))
    conn.execute("UPDATE sync_conflicts SET resolved_at = ?, resolution = ? WHERE id = ?",
                 (utc_now(), "server" if take_server else "local", conflict_id))


def _take(conn: sqlite3.Connection, table: MasterTable, entity_id: str, deleted: bool,
          payload: dict[str, Any]) -> None:
    device = outbox.ensure_device(conn)
    now = utc_now()
    try:
        table.get(conn, entity_id)
    except NotFoundError:
        return  # deleted here as well: nothing left to overwrite
    if deleted:
        stored = table.tombstone(conn, entity_id, now)
        outbox.append(conn, device, table.entity, entity_id, "delete",
                      {"id": entity_id, "version": stored["version"] + 1, "deleted_at": now})
        return
    row = {k: payload[k] for k in table.fields if k in payload}
    stored = table.update(conn, entity_id, row, now)
    outbox.append(conn, device, table.entity, entity_id, "update", {k: v for k, v in stored.items() if k != "rowid"})


def _take_desk(conn: sqlite3.Connection, entity: str, entity_id: str, payload: dict[str, Any]) -> None:
    """The platform's order (location, waybill) becomes the local one, as a new version queued like any edit.

    A version that clashes with another local record (a second waybill for the same order) cannot be taken
    as it is: the user is told, and the conflict stays open.
    """
    row = conn.execute(f"SELECT version FROM {entity} WHERE id = ?", (entity_id,)).fetchone()
    version = max(int(row[0]) if row else 0, int(payload.get("version") or 0)) + 1
    now = utc_now()
    conn.execute("SAVEPOINT take_platform")
    try:
        write_versioned(conn, Change(0, entity, entity_id, version, False, {**payload, "version": version,
                                                                            "updated_at": now}, now), row is not None)
    except sqlite3.IntegrityError:
        conn.execute("ROLLBACK TO take_platform")
        conn.execute("RELEASE take_platform")
        raise ValidationError([Issue("id", N_("Record"), N_("is already used by another record"), "")]) from None
    conn.execute("RELEASE take_platform")
    if entity == "orders":
        conn.execute("UPDATE orders SET paid = (SELECT coalesce(sum(amount_order_currency), 0) FROM payments"
                     " WHERE payments.order_id = orders.id) WHERE id = ?", (entity_id,))
    outbox.append(conn, outbox.ensure_device(conn), entity, entity_id, "update",
                  current_record(conn, entity, entity_id))
