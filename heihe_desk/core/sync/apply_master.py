"""Pulled products and partners: written with their search index, never through the outbox (sync rule 7).

The page's new records (all of them on a first pull) are inserted with one ``executemany`` per table and
indexed in bulk; a record the desk has is updated one by one. If the bulk insert breaks a constraint (a
local record with the same SKU), it is undone and the page's new records are written one by one, so only
the clashing one becomes a visible conflict.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterable, Mapping
from typing import Any

from heihe_desk.core.domain.partner import Partner
from heihe_desk.core.domain.product import Product
from heihe_desk.core.domain.record import utc_now
from heihe_desk.core.storage.search_index import index_new_rows, index_row, unindex_row
from heihe_desk.core.sync.apply_desk import REASON_PENDING, REASON_UNIQUE, KeepConflict
from heihe_desk.core.sync.protocol import Change


def _defaults(cls: type) -> dict[str, Any]:
    return {f.name: f.default for f in dataclasses.fields(cls) if f.default is not dataclasses.MISSING}


#: Master-data tables sync writes, with each record's fields and their defaults.
MASTER: dict[str, tuple[tuple[str, ...], dict[str, Any]]] = {
    "products": (tuple(f.name for f in dataclasses.fields(Product)), _defaults(Product)),
    "partners": (tuple(f.name for f in dataclasses.fields(Partner)), _defaults(Partner)),
}


def _values(change: Change) -> dict[str, Any]:
    names, defaults = MASTER[change.entity]
    values = {name: change.payload.get(name, defaults.get(name, "")) for name in names}
    values["id"] = change.id
    values["active"] = 0 if values.get("active") in (False, 0, "0") else 1
    return values


def _insert_sql(table: str) -> str:
    cols = (*MASTER[table][0], "version", "created_at", "updated_at")
    return f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"


class MasterApplier:
    """One page's products and partners, inside the caller's transaction."""

    def __init__(self, conn: sqlite3.Connection, protected: set[tuple[str, str]], keep_conflict: KeepConflict):
        self.conn, self.protected, self.keep_conflict = conn, protected, keep_conflict
        self.rowids: dict[tuple[str, str], int | None] = {}
        self.new: dict[str, list[tuple[Change, dict[str, Any]]]] = {entity: [] for entity in MASTER}
        self.conflicts = 0

    def prepare(self, changes: Iterable[Change]) -> None:
        """Which of the page's records the desk has (their rowids), read with one query per 900 ids."""
        wanted: dict[str, list[str]] = {}
        for change in changes:
            if change.entity in MASTER:
                wanted.setdefault(change.entity, []).append(change.id)
                self.rowids[(change.entity, change.id)] = None
        for table, ids in wanted.items():
            for start in range(0, len(ids), 900):
                part = ids[start:start + 900]
                for record_id, rowid in self.conn.execute(
                        f"SELECT id, rowid FROM {table} WHERE id IN ({', '.join('?' * len(part))})", part):
                    self.rowids[(table, str(record_id))] = int(rowid)

    def _rowid(self, table: str, record_id: str) -> int | None:
        if (table, record_id) not in self.rowids:
            row = self.conn.execute(f"SELECT rowid FROM {table} WHERE id = ?", (record_id,)).fetchone()
            self.rowids[(table, record_id)] = int(row[0]) if row else None
        return self.rowids[(table, record_id)]

    def apply(self, change: Change) -> bool:
        """True when the change alters local data (new records are written by ``flush``)."""
        if (change.entity, change.id) in self.protected:
            self.keep_conflict(self.conn, change, REASON_PENDING)
            self.conflicts += 1
            return False
        rowid = self._rowid(change.entity, change.id)
        if change.deleted:
            return rowid is not None and self._tombstone(change, rowid)
        if rowid is None:
            self.new[change.entity].append((change, _values(change)))
            return True
        try:
            self._update(change, rowid)
        except sqlite3.IntegrityError:
            # The row write is the first write of a change and SQLite undoes a failed statement by itself.
            self.keep_conflict(self.conn, change, REASON_UNIQUE)
            self.conflicts += 1
            return False
        return True

    def _tombstone(self, change: Change, rowid: int) -> bool:
        stamp = change.updated_at or utc_now()
        self.conn.execute(f"UPDATE {change.entity} SET deleted_at = coalesce(deleted_at, ?), version = ?,"
                          " updated_at = ? WHERE rowid = ?", (stamp, change.version, stamp, rowid))
        unindex_row(self.conn, change.entity, rowid)
        return True

    def _update(self, change: Change, rowid: int) -> None:
        table, values = change.entity, _values(change)
        stamp = change.updated_at or utc_now()
        sets = ", ".join(f"{n} = ?" for n in MASTER[table][0])
        self.conn.execute(f"UPDATE {table} SET {sets}, version = ?, updated_at = ?, deleted_at = NULL"
                          " WHERE rowid = ?", (*values.values(), change.version, stamp, rowid))
        index_row(self.conn, table, rowid, values)

    def flush(self) -> int:
        """Insert and index the new records; returns how many counted as applied became conflicts instead."""
        failed = 0
        for table, pending in self.new.items():
            if not pending:
                continue
            self.conn.execute("SAVEPOINT master_bulk")
            try:
                self.conn.executemany(_insert_sql(table), [
                    (*values.values(), c.version, *[c.updated_at or utc_now()] * 2) for c, values in pending])
            except sqlite3.IntegrityError:
                self.conn.execute("ROLLBACK TO master_bulk")
                self.conn.execute("RELEASE master_bulk")
                written = [(c, v) for c, v in pending if self._insert_one(c, v)]
                failed += len(pending) - len(written)
            else:
                self.conn.execute("RELEASE master_bulk")
                written = pending
            self._index(table, written)
        self.new = {entity: [] for entity in MASTER}
        return failed

    def _insert_one(self, change: Change, values: dict[str, Any]) -> bool:
        stamp = change.updated_at or utc_now()
        try:
            self.conn.execute(_insert_sql(change.entity), (*values.values(), change.version, stamp, stamp))
        except sqlite3.IntegrityError:
            self.keep_conflict(self.conn, change, REASON_UNIQUE)
            self.conflicts += 1
            return False
        return True

    def _index(self, table: str, written: list[tuple[Change, dict[str, Any]]]) -> None:
        """Search index and ``sync_received`` for new rows (rowids read back in bulk)."""
        ids = [c.id for c, _values in written]
        rowids: dict[str, int] = {}
        for start in range(0, len(ids), 900):
            part = ids[start:start + 900]
            rowids.update((str(r[0]), int(r[1])) for r in self.conn.execute(
                f"SELECT id, rowid FROM {table} WHERE id IN ({', '.join('?' * len(part))})", part))
        rows: list[tuple[int, Mapping[str, Any]]] = [(rowids[c.id], values) for c, values in written]
        index_new_rows(self.conn, table, rows)  # new rows indexed in bulk: much cheaper than one by one
        self.conn.executemany("INSERT OR IGNORE INTO sync_received(entity, id) VALUES (?, ?)",
                              [(table, record_id) for record_id in ids])
        for record_id, rowid in rowids.items():
            self.rowids[(table, record_id)] = rowid

