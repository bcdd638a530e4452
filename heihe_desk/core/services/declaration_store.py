"""The declarations tables: a message stored with its match keys and queued in one go, lists, reply rows."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict
from typing import Any

from heihe_desk.core.customs import BuiltMessage, CustomsReply, EntityRef, ReplyStatus
from heihe_desk.core.customs.statuses import STATUS_LABELS
from heihe_desk.core.domain.errors import N_
from heihe_desk.core.domain.record import new_id
from heihe_desk.core.storage import journal, outbox
from heihe_desk.core.storage.outbox import Device

#: Sync entity of a queued message; the platform answers with "customs_reply" changes (sync engineer's server).
OUTBOX_ENTITY = "customs_message"
#: The status of a message stored and waiting in the outbox; replies then set ReplyStatus values.
QUEUED = "queued"
#: Entity reference fields that identify a declaration in a reply (declaration_keys.kind).
REF_KEYS = ("guid", "cop_no", "order_no", "logistics_no", "pay_no")
SORTS = ("created_at", "order_no", "message_type", "status", "updated_at")
MESSAGE_TYPES = ("CEB603", "CEB303", "CEB403", "CEB505", "CEB701")
MESSAGE_LABELS = {"CEB603": N_("List declaration"), "CEB303": N_("Electronic order"), "CEB403": N_("Payment receipt"),
                  "CEB505": N_("Waybill"), "CEB701": N_("Summary application")}
STATUS_TEXTS: dict[str, str] = {QUEUED: N_("Queued for sending"), **{s.value: t for s, t in STATUS_LABELS.items()}}
LIST_COLUMNS = ("id", "order_id", "order_no", "message_type", "guid", "cop_no", "status", "status_text",
                "status_time", "created_at", "updated_at")


def status_text(status: str) -> str:
    """The catalogue key of a declaration status (queued, or a customs reply status)."""
    return STATUS_TEXTS.get(status, STATUS_LABELS[ReplyStatus.UNKNOWN])


def entity_dicts(refs: Iterable[EntityRef]) -> list[dict[str, Any]]:
    """Entity references as stored: the reference fields plus the entity's own status and customs numbers."""
    return [{**asdict(ref), "status": QUEUED, "status_time": "", "invt_no": "", "pre_no": "", "sum_no": ""}
            for ref in refs]


def add_keys(conn: sqlite3.Connection, message_type: str, declaration_id: str,
             keys: Iterable[tuple[str, str]]) -> None:
    conn.executemany("INSERT OR IGNORE INTO declaration_keys(message_type, kind, value, declaration_id)"
                     " VALUES (?, ?, ?, ?)", [(message_type, kind, value.strip().upper(), declaration_id)
                                              for kind, value in keys if value and value.strip()])


def insert_message(conn: sqlite3.Connection, device: Device, record_id: str, built: BuiltMessage, *,
                   order_id: str, order_no: str, facts: Mapping[str, Any], now: str) -> dict[str, Any]:
    """Store one schema-valid message, its match keys and its outbox row, in the caller's transaction."""
    entities = entity_dicts(built.entities)
    xml = built.xml.decode("utf-8")
    row = {"id": record_id, "order_id": order_id, "order_no": order_no, "message_type": built.message_type,
           "guid": built.guid, "cop_no": entities[0]["cop_no"] if entities else "",
           "entities": json.dumps(entities, ensure_ascii=False), "facts": json.dumps(facts, ensure_ascii=False),
           "xml": xml, "status": QUEUED, "status_text": "", "status_time": "", "version": 1, "created_at": now,
           "updated_at": now}
    conn.execute(f"INSERT INTO declarations ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                 tuple(row.values()))
    add_keys(conn, built.message_type, record_id,
             [(kind, str(e[kind])) for e in entities for kind in REF_KEYS])
    # What travels: the XML exactly as validated (canonical UTF-8), with what the platform needs to route it.
    outbox.append(conn, device, OUTBOX_ENTITY, record_id, "create", {
        "id": record_id, "order_id": order_id, "order_no": order_no, "message_type": built.message_type,
        "guid": built.guid, "cop_no": row["cop_no"], "xml": xml, "created_at": now})
    return row


def standing_types(conn: sqlite3.Connection, order_id: str) -> frozenset[str]:
    """Message types already sent for the order and not failed (rejected, send failed, error)."""
    return frozenset(r[0] for r in conn.execute(
        "SELECT DISTINCT message_type FROM declarations WHERE order_id = ? AND status NOT IN"
        " ('rejected', 'send_failed', 'error')", (order_id,)))


def get(conn: sqlite3.Connection, declaration_id: str) -> dict[str, Any]:
    row = journal.fetch_one(conn, "declarations", declaration_id)
    row["entities"] = json.loads(row["entities"])
    row["facts"] = json.loads(row["facts"])
    return row


def find(conn: sqlite3.Connection, message_type: str, kind: str, value: str) -> list[str]:
    """Declarations of ``message_type`` known by this key, newest first."""
    rows = conn.execute(
        "SELECT k.declaration_id FROM declaration_keys k JOIN declarations d ON d.id = k.declaration_id"
        " WHERE k.message_type = ? AND k.kind = ? AND k.value = ? ORDER BY d.created_at DESC, d.rowid DESC",
        (message_type, kind, value.strip().upper()))
    return [r[0] for r in rows]


def set_status(conn: sqlite3.Connection, declaration_id: str, entities: Sequence[Mapping[str, Any]], status: str,
               text: str, status_time: str, now: str) -> None:
    conn.execute("UPDATE declarations SET entities = ?, status = ?, status_text = ?, status_time = ?,"
                 " version = version + 1, updated_at = ? WHERE id = ?",
                 (json.dumps(list(entities), ensure_ascii=False), status, text, status_time, now, declaration_id))


def reply_dedupe(reply: CustomsReply) -> str:
    parts = (reply.message_type, reply.guid, reply.return_status, reply.return_time_raw, reply.return_info,
             reply.cop_no, reply.invt_no, reply.order_no, reply.sum_no)
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


def insert_reply(conn: sqlite3.Connection, declaration_id: str, reply: CustomsReply, raw_xml: str, source: str,
                 now: str) -> bool:
    """Store a reply; False when this very reply was stored before (a file imported twice, a sync replay)."""
    cursor = conn.execute(
        "INSERT OR IGNORE INTO declaration_replies(id, declaration_id, message_type, entity_guid, return_status,"
        " status, return_info, return_time, raw_xml, source, received_at, dedupe)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (new_id(), declaration_id, reply.message_type, reply.guid, reply.return_status, reply.status.value,
         reply.return_info, reply.return_time_raw, raw_xml, source, now, reply_dedupe(reply)))
    return cursor.rowcount > 0


def replies(conn: sqlite3.Connection, declaration_id: str) -> list[dict[str, Any]]:
    return journal.fetch_all(conn, "SELECT id, message_type, entity_guid, return_status, status, return_info,"
                             " return_time, source, received_at FROM declaration_replies WHERE declaration_id = ?"
                             " ORDER BY return_time, received_at", (declaration_id,))


def rowids(conn: sqlite3.Connection, status: str | None = None, message_type: str | None = None,
           date_from: str | None = None, date_to: str | None = None, search: str = "", sort: str = "created_at",
           descending: bool = True, order_id: str | None = None) -> list[int]:
    """Row ids matching the filters, in display order (dates compare with the day part of created_at)."""
    where, params = ["1 = 1"], []
    for column, value in (("status", status), ("message_type", message_type), ("order_id", order_id)):
        if value:
            where.append(f"{column} = ?")
            params.append(value)
    if date_from:
        where.append("created_at >= ?")
        params.append(date_from)
    if date_to:
        where.append("created_at < ?")
        params.append(date_to + "\uffff")   # the whole last day, whatever the time of day
    if search.strip():
        where.append("(order_no LIKE ? OR cop_no LIKE ? OR guid LIKE ?)")
        params += [f"%{search.strip()}%"] * 3
    column = sort if sort in SORTS else "created_at"
    direction = "DESC" if descending else "ASC"
    sql = f"SELECT rowid FROM declarations WHERE {' AND '.join(where)} ORDER BY {column} {direction}, rowid {direction}"
    return [r[0] for r in conn.execute(sql, params)]


def rows(conn: sqlite3.Connection, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """List rows with the sync state of their outbox row (pending, acked, rejected)."""
    if not ids:
        return {}
    marks = ", ".join("?" * len(ids))
    found = journal.fetch_all(conn, f"SELECT d.rowid AS rowid_, {', '.join('d.' + c for c in LIST_COLUMNS)},"
                              " (SELECT o.state FROM outbox o WHERE o.entity = ? AND o.entity_id = d.id"
                              "  ORDER BY o.seq DESC LIMIT 1) AS sync_state"
                              f" FROM declarations d WHERE d.rowid IN ({marks})", [OUTBOX_ENTITY, *ids])
    return {r.pop("rowid_"): r for r in found}
