"""The FTS5 tables behind search, kept in step with products and partners by the repositories."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from typing import Any

from heihe_desk.core.storage.database import Database
from heihe_desk.core.storage.search_text import fts_queries, normalise, spaced_cjk

#: Columns whose text is searched, per entity.
SEARCHED: dict[str, tuple[str, ...]] = {
    "products": ("sku", "name_zh", "name_ru", "name_en", "barcode", "hs_code", "tnved_code", "brand",
                 "category"),
    "partners": ("name", "name_ru", "name_en", "inn", "uscc", "customs_code", "phone", "email", "contact"),
}


def create_index(db: Database, entity: str) -> None:
    db.execute(f"CREATE VIRTUAL TABLE {entity}_tri USING fts5(body, tokenize='trigram')")
    db.execute(f"CREATE VIRTUAL TABLE {entity}_uni USING fts5(body, tokenize='unicode61 remove_diacritics 0')")


def _bodies(entity: str, row: Mapping[str, Any]) -> tuple[str, str]:
    body = normalise(str(row.get(col) or "") for col in SEARCHED[entity])
    return body, spaced_cjk(body)


def index_row(conn: sqlite3.Connection, entity: str, rowid: int, row: Mapping[str, Any]) -> None:
    """(Re)index one row inside the caller's transaction."""
    tri, uni = _bodies(entity, row)
    conn.execute(f"DELETE FROM {entity}_tri WHERE rowid = ?", (rowid,))
    conn.execute(f"DELETE FROM {entity}_uni WHERE rowid = ?", (rowid,))
    conn.execute(f"INSERT INTO {entity}_tri(rowid, body) VALUES (?, ?)", (rowid, tri))
    conn.execute(f"INSERT INTO {entity}_uni(rowid, body) VALUES (?, ?)", (rowid, uni))


def index_new_rows(conn: sqlite3.Connection, entity: str, rows: list[tuple[int, Mapping[str, Any]]]) -> None:
    """Index rows that were never indexed (bulk inserts): no deletes, one executemany per table."""
    bodies = [(rowid, *_bodies(entity, row)) for rowid, row in rows]
    conn.executemany(f"INSERT INTO {entity}_tri(rowid, body) VALUES (?, ?)", [(b[0], b[1]) for b in bodies])
    conn.executemany(f"INSERT INTO {entity}_uni(rowid, body) VALUES (?, ?)", [(b[0], b[2]) for b in bodies])


def unindex_row(conn: sqlite3.Connection, entity: str, rowid: int) -> None:
    conn.execute(f"DELETE FROM {entity}_tri WHERE rowid = ?", (rowid,))
    conn.execute(f"DELETE FROM {entity}_uni WHERE rowid = ?", (rowid,))


def rebuild_index(db: Database, entity: str) -> None:
    """Index every live row, e.g. after a migration or a bulk load."""
    conn = db.conn
    conn.execute(f"DELETE FROM {entity}_tri")
    conn.execute(f"DELETE FROM {entity}_uni")
    cols = ", ".join(SEARCHED[entity])
    cursor = conn.execute(f"SELECT rowid, {cols} FROM {entity} WHERE deleted_at IS NULL")
    names = ("rowid", *SEARCHED[entity])
    while batch := cursor.fetchmany(5000):
        bodies = [(r[0], *_bodies(entity, dict(zip(names, r, strict=True)))) for r in batch]
        conn.executemany(f"INSERT INTO {entity}_tri(rowid, body) VALUES (?, ?)", [(b[0], b[1]) for b in bodies])
        conn.executemany(f"INSERT INTO {entity}_uni(rowid, body) VALUES (?, ?)", [(b[0], b[2]) for b in bodies])


def match_source(entity: str, query: str) -> tuple[str, list[str]] | None:
    """A subquery yielding the rowids that match ``query`` (and its parameters); None for no usable term."""
    tri, uni = fts_queries(query)
    parts: list[str] = []
    params: list[str] = []
    if tri:
        parts.append(f"SELECT rowid FROM {entity}_tri WHERE {entity}_tri MATCH ?")
        params.append(tri)
    if uni:
        parts.append(f"SELECT rowid FROM {entity}_uni WHERE {entity}_uni MATCH ?")
        params.append(uni)
    return (" INTERSECT ".join(parts), params) if parts else None
