"""Repository for master-data tables (products, partners): versioned rows, tombstones, search."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from heihe_desk.core.domain.errors import NotFoundError
from heihe_desk.core.storage.search_index import index_new_rows, index_row, match_source, unindex_row

_BOOKKEEPING = ("version", "created_at", "updated_at", "deleted_at")


@dataclass(frozen=True)
class MasterTable:
    """One master-data table: its name, its record fields and the columns a list may sort by."""

    entity: str
    fields: tuple[str, ...]
    sortable: tuple[str, ...]

    @property
    def columns(self) -> tuple[str, ...]:
        return (*self.fields, *_BOOKKEEPING)

    def insert(self, conn: sqlite3.Connection, row: dict[str, Any], now: str) -> dict[str, Any]:
        """Insert a new live row (replaying the create of an existing id is refused by the UNIQUE id)."""
        full = {**row, "version": 1, "created_at": now, "updated_at": now, "deleted_at": None}
        cols = ", ".join(full)
        marks = ", ".join("?" * len(full))
        cur = conn.execute(f"INSERT INTO {self.entity} ({cols}) VALUES ({marks})", tuple(full.values()))
        index_row(conn, self.entity, int(cur.lastrowid or 0), full)
        return full

    def insert_many(self, conn: sqlite3.Connection, rows: Sequence[dict[str, Any]], now: str) -> None:
        """Bulk insert (demo data, imports) in the caller's transaction, indexed as it goes."""
        if not rows:
            return
        cols = (*rows[0].keys(), "version", "created_at", "updated_at")
        sql = f"INSERT INTO {self.entity} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
        indexed: list[tuple[int, Mapping[str, Any]]] = []
        for row in rows:
            cur = conn.execute(sql, (*row.values(), 1, now, now))
            indexed.append((int(cur.lastrowid or 0), row))
        index_new_rows(conn, self.entity, indexed)

    def update(self, conn: sqlite3.Connection, record_id: str, row: dict[str, Any], now: str,
               expected_version: int | None = None) -> dict[str, Any]:
        """Replace a live row's fields and bump its version; refuses a stale edit when a version is given."""
        current = self.get(conn, record_id)
        if expected_version is not None and current["version"] != expected_version:
            raise StaleEditError(self.entity, record_id)
        changes = {k: v for k, v in row.items() if k != "id"}
        sets = ", ".join(f"{k} = ?" for k in changes)
        conn.execute(
            f"UPDATE {self.entity} SET {sets}, version = version + 1, updated_at = ? WHERE id = ?",
            (*changes.values(), now, record_id),
        )
        merged = {**current, **changes, "version": current["version"] + 1, "updated_at": now}
        index_row(conn, self.entity, current["rowid"], merged)
        return merged

    def tombstone(self, conn: sqlite3.Connection, record_id: str, now: str) -> dict[str, Any]:
        """Mark deleted (sync rule 9): the row stays so sync and history can still name it."""
        current = self.get(conn, record_id)
        conn.execute(f"UPDATE {self.entity} SET deleted_at = ?, updated_at = ?, version = version + 1"
                     " WHERE id = ?", (now, now, record_id))
        unindex_row(conn, self.entity, current["rowid"])
        return {**current, "deleted_at": now}

    def get(self, conn: sqlite3.Connection, record_id: str) -> dict[str, Any]:
        row = conn.execute(
            f"SELECT rowid, {', '.join(self.columns)} FROM {self.entity} WHERE id = ? AND deleted_at IS NULL",
            (record_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"{self.entity} {record_id}")
        return dict(zip(("rowid", *self.columns), row, strict=True))

    def find(self, conn: sqlite3.Connection, column: str, value: str) -> list[dict[str, Any]]:
        """Live rows whose ``column`` equals ``value`` (SKU, barcode, INN …)."""
        assert column in self.fields
        rows = conn.execute(
            f"SELECT rowid, {', '.join(self.columns)} FROM {self.entity} WHERE {column} = ? AND deleted_at IS NULL",
            (value,)).fetchall()
        return [dict(zip(("rowid", *self.columns), r, strict=True)) for r in rows]

    def query_rowids(self, conn: sqlite3.Connection, search: str = "", sort: str = "",
                     descending: bool = False, where: dict[str, Any] | None = None) -> list[int]:
        """Row ids of live rows matching the search text and equality filters, in display order.

        With a search the FTS matches drive the query (CROSS JOIN fixes the join order): sorting a few
        thousand hits beats probing every row of a 100k-row sort index against the match list.
        """
        filters = ["t.deleted_at IS NULL"]
        values: list[Any] = []
        source = match_source(self.entity, search) if search.strip() else None
        table = f"{self.entity} AS t"
        if source:
            table = f"({source[0]}) AS m CROSS JOIN {self.entity} AS t ON t.rowid = m.rowid"
            values += source[1]
        for column, value in (where or {}).items():
            assert column in self.fields
            filters.append(f"t.{column} = ?")
            values.append(value)
        order = sort if sort in self.sortable else self.sortable[0]
        direction = "DESC" if descending else "ASC"
        sql = (f"SELECT t.rowid FROM {table} WHERE {' AND '.join(filters)} "
               f"ORDER BY t.{order} {direction}, t.rowid {direction}")
        return [r[0] for r in conn.execute(sql, values).fetchall()]

    def fetch(self, conn: sqlite3.Connection, rowids: Sequence[int]) -> dict[int, dict[str, Any]]:
        """Rows by rowid, for one page of a lazy list."""
        if not rowids:
            return {}
        marks = ", ".join("?" * len(rowids))
        rows = conn.execute(f"SELECT rowid, {', '.join(self.columns)} FROM {self.entity} WHERE rowid IN ({marks})",
                            tuple(rowids)).fetchall()
        return {r[0]: dict(zip(("rowid", *self.columns), r, strict=True)) for r in rows}

    def count(self, conn: sqlite3.Connection) -> int:
        return int(conn.execute(f"SELECT count(*) FROM {self.entity} WHERE deleted_at IS NULL").fetchone()[0])


class StaleEditError(RuntimeError):
    """The record changed since the editor opened it (another window, or a sync)."""

    def __init__(self, entity: str, record_id: str):
        super().__init__(f"{entity} {record_id} was changed meanwhile")
        self.entity = entity
        self.record_id = record_id
