"""Desk records as table rows: column lists with defaults, single and bulk writes, and parking in synced_records."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from operator import itemgetter
from typing import Any

from heihe_desk.core.domain.record import utc_now
from heihe_desk.core.storage import journal
from heihe_desk.core.sync.protocol import Change

_COLUMNS: dict[str, tuple[tuple[str, ...], dict[str, Any]]] = {}
_SHAPES: dict[str, tuple[dict[str, Any], Callable[[Mapping[str, Any]], Any], tuple[int, ...]]] = {}
_STAMPED = ("created_at", "updated_at")


def columns(conn: sqlite3.Connection, table: str) -> tuple[tuple[str, ...], dict[str, Any]]:
    """A table's columns and the defaults to use when a payload lacks one (read once per process)."""
    if table not in _COLUMNS:
        names, defaults = [], {}
        for _cid, name, _type, _notnull, default, _pk in conn.execute(f"PRAGMA table_info({table})"):
            names.append(str(name))
            if default is not None:
                defaults[name] = default.strip("'") if default.startswith("'") else int(default)
        _COLUMNS[table] = (tuple(names), defaults)
    return _COLUMNS[table]


def _shape(conn: sqlite3.Connection, table: str) -> tuple[dict[str, Any], Callable[[Mapping[str, Any]], Any],
                                                           tuple[int, ...]]:
    """Defaults for every column, a getter of all columns in order, and where the bookkeeping stamps are."""
    if table not in _SHAPES:
        names, defaults = columns(conn, table)
        _SHAPES[table] = ({n: defaults.get(n) for n in names}, itemgetter(*names),
                          tuple(i for i, n in enumerate(names) if n in _STAMPED))
    return _SHAPES[table]


def row(conn: sqlite3.Connection, table: str, data: Mapping[str, Any], stamp: str, **fixed: Any) -> list[Any]:
    """Values for every column of ``table`` from a payload (``fixed`` wins, e.g. the order a line belongs to);
    bookkeeping stamps fall back to ``stamp``. Built with a dict merge and an itemgetter (C speed): it runs
    for every line and history entry of 10k pulled orders."""
    defaults, getter, stamped = _shape(conn, table)
    values = list(getter({**defaults, **data, **fixed}))
    for index in stamped:
        if values[index] is None:
            values[index] = stamp
    return values


def insert_sql(conn: sqlite3.Connection, table: str, verb: str = "INSERT") -> str:
    names = columns(conn, table)[0]
    return f"{verb} INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"


def record_data(change: Change) -> dict[str, Any]:
    return {**change.payload, "id": change.id}


def parts(data: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    """An order's embedded "lines" or "events" (whatever is not a record is ignored)."""
    return [part for part in data.get(key) or () if isinstance(part, Mapping)]


def write_versioned(conn: sqlite3.Connection, change: Change, exists: bool) -> None:
    """Write a versioned record's state (an order with its lines and history) without touching the outbox."""
    table, stamp = change.entity, change.updated_at or utc_now()
    data = record_data(change)
    names = columns(conn, table)[0]
    values = row(conn, table, data, stamp)
    if exists:
        # An update in place, never INSERT OR REPLACE: replacing would delete the row its lines refer to.
        sets = ", ".join(f"{n} = ?" for n in names if n != "id")
        conn.execute(f"UPDATE {table} SET {sets} WHERE id = ?",
                     [v for n, v in zip(names, values, strict=True) if n != "id"] + [change.id])
    else:
        conn.execute(insert_sql(conn, table), values)
    if table != "orders":
        return
    lines = parts(data, "lines")
    keep = [str(line.get("id")) for line in lines]
    # A draft's lines are replaced when it is edited (new line ids): drop the ones the new state lacks first.
    conn.execute(f"DELETE FROM order_lines WHERE order_id = ? AND id NOT IN ({', '.join('?' * len(keep))})",
                 [change.id, *keep])
    line_names = columns(conn, "order_lines")[0]
    conn.executemany(insert_sql(conn, "order_lines") + " ON CONFLICT(id) DO UPDATE SET "
                     + ", ".join(f"{n} = excluded.{n}" for n in line_names),
                     [row(conn, "order_lines", line, stamp, order_id=change.id) for line in lines])
    conn.executemany(insert_sql(conn, "order_events", "INSERT OR IGNORE"),  # history: facts
                     [row(conn, "order_events", event, stamp, order_id=change.id) for event in parts(data, "events")])


def current_record(conn: sqlite3.Connection, entity: str, record_id: str) -> dict[str, Any]:
    """A desk record as its sync payload now: an order carries its lines and history (services.orders)."""
    record = journal.fetch_one(conn, entity, record_id)
    if entity == "orders":
        record["lines"] = journal.fetch_all(conn, "SELECT * FROM order_lines WHERE order_id = ? ORDER BY line_no",
                                            (record_id,))
        record["events"] = journal.fetch_all(conn, "SELECT * FROM order_events WHERE order_id = ? ORDER BY at",
                                             (record_id,))
    return record


def insert_new(conn: sqlite3.Connection, table: str, changes: Sequence[Change]) -> None:
    """Bulk-insert records the desk does not have (an order with its lines and history); raises IntegrityError."""
    if not changes:
        return
    verb = "INSERT OR IGNORE" if table not in ("orders", "locations", "waybills") else "INSERT"
    conn.executemany(insert_sql(conn, table, verb),
                     [row(conn, table, c.payload, c.updated_at or utc_now(), id=c.id) for c in changes])
    if table == "orders":
        conn.executemany(insert_sql(conn, "order_lines"), [
            row(conn, "order_lines", line, c.updated_at, order_id=c.id) for c in changes
            for line in parts(c.payload, "lines")])
        conn.executemany(insert_sql(conn, "order_events", "INSERT OR IGNORE"), [
            row(conn, "order_events", event, c.updated_at, order_id=c.id) for c in changes
            for event in parts(c.payload, "events")])


def existing(conn: sqlite3.Connection, table: str, ids: Iterable[str]) -> dict[str, int]:
    """Which of ``ids`` the table holds, with their versions (0 for tables without one)."""
    wanted = sorted(set(ids))
    version = "version" if "version" in columns(conn, table)[0] else "0"
    found: dict[str, int] = {}
    for start in range(0, len(wanted), 900):
        part = wanted[start:start + 900]
        found.update((str(r[0]), int(r[1])) for r in conn.execute(
            f"SELECT id, {version} FROM {table} WHERE id IN ({', '.join('?' * len(part))})", part))
    return found


def park(conn: sqlite3.Connection, change: Change) -> None:
    """Keep a change that cannot be applied yet (whole, in ``synced_records``) to retry after later pages."""
    conn.execute("INSERT INTO synced_records(entity, id, version, deleted, payload, server_seq, updated_at)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(entity, id) DO UPDATE SET version = excluded.version,"
                 " deleted = excluded.deleted, payload = excluded.payload, server_seq = excluded.server_seq,"
                 " updated_at = excluded.updated_at",
                 (change.entity, change.id, change.version, int(change.deleted),
                  json.dumps(change.payload, ensure_ascii=False), change.server_seq, change.updated_at))


def unpark(conn: sqlite3.Connection, changes: Iterable[Change]) -> None:
    conn.executemany("DELETE FROM synced_records WHERE entity = ? AND id = ?", [(c.entity, c.id) for c in changes])


def parked(conn: sqlite3.Connection, entities: Sequence[str]) -> list[Change]:
    """Parked desk records, oldest first (parents were sent before their children)."""
    marks = ", ".join("?" * len(entities))
    rows = conn.execute("SELECT server_seq, entity, id, version, deleted, payload, updated_at FROM synced_records"
                        f" WHERE entity IN ({marks}) ORDER BY server_seq", list(entities)).fetchall()
    return [Change(int(r[0]), str(r[1]), str(r[2]), int(r[3]), bool(r[4]), json.loads(r[5]), str(r[6]))
            for r in rows]


def any_parked(conn: sqlite3.Connection, entities: Sequence[str]) -> bool:
    marks = ", ".join("?" * len(entities))
    return conn.execute(f"SELECT 1 FROM synced_records WHERE entity IN ({marks}) LIMIT 1",
                        list(entities)).fetchone() is not None
