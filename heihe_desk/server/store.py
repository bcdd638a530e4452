"""The platform's own SQLite store: numbered schema steps, per-thread connections, write transactions."""

from __future__ import annotations

import sqlite3
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

STORE_FILE = "platform.sqlite3"

#: Numbered schema steps (PRAGMA user_version); each says why. Never edit a released step: add one.
SCHEMA: tuple[tuple[str, str], ...] = (
    ("accounts, devices, mutation log, records with a server sequence, cursors, scheduled replies", """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE accounts (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            token_hash TEXT NOT NULL UNIQUE,
            epoch TEXT NOT NULL,
            next_seq INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL
        );
        CREATE TABLE devices (
            account_id INTEGER NOT NULL REFERENCES accounts(id),
            device_id TEXT NOT NULL,
            last_seq INTEGER NOT NULL DEFAULT 0,
            last_mutation_id TEXT,
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL,
            PRIMARY KEY (account_id, device_id)
        );
        CREATE TABLE mutations (
            account_id INTEGER NOT NULL,
            device_id TEXT NOT NULL,
            device_seq INTEGER NOT NULL,
            mutation_id TEXT NOT NULL,
            status TEXT NOT NULL,
            version INTEGER,
            result TEXT,
            received_at TEXT NOT NULL,
            PRIMARY KEY (account_id, device_id, device_seq)
        );
        CREATE INDEX mutations_id ON mutations(account_id, mutation_id);
        CREATE TABLE records (
            account_id INTEGER NOT NULL,
            entity TEXT NOT NULL,
            id TEXT NOT NULL,
            version INTEGER NOT NULL,
            deleted INTEGER NOT NULL DEFAULT 0,
            payload TEXT NOT NULL,
            unique_key TEXT NOT NULL DEFAULT '',
            server_seq INTEGER NOT NULL,
            mutation_id TEXT,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (account_id, entity, id)
        );
        CREATE UNIQUE INDEX records_seq ON records(account_id, server_seq);
        CREATE UNIQUE INDEX records_unique ON records(account_id, entity, unique_key)
            WHERE deleted = 0 AND unique_key != '';
        CREATE TABLE cursors (
            account_id INTEGER NOT NULL,
            seq INTEGER NOT NULL,
            uid TEXT NOT NULL,
            PRIMARY KEY (account_id, seq)
        );
        CREATE TABLE scheduled (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL,
            entity TEXT NOT NULL,
            record_id TEXT NOT NULL,
            payload TEXT NOT NULL,
            due_at REAL NOT NULL
        );
        CREATE INDEX scheduled_due ON scheduled(account_id, due_at);
        CREATE TABLE rates (id TEXT PRIMARY KEY, payload TEXT NOT NULL, published_at TEXT NOT NULL);
    """),
)


def connect(path: Path) -> sqlite3.Connection:
    """Durable settings: an acknowledged mutation must survive a power cut (WAL + synchronous=FULL)."""
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=30)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA busy_timeout=30000")
    return conn


def migrate(conn: sqlite3.Connection) -> None:
    """Apply the schema steps this file has not had yet, each in its own transaction."""
    current = int(conn.execute("PRAGMA user_version").fetchone()[0])
    for number, (_why, sql) in enumerate(SCHEMA, start=1):
        if number <= current:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in sql.split(";"):
                if statement.strip():
                    conn.execute(statement)
            if number == 1:
                conn.execute("INSERT INTO meta(key, value) VALUES ('database_id', ?)", (str(uuid.uuid4()),))
            conn.execute(f"PRAGMA user_version = {number}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")


class Store:
    """The store of one platform data folder; each thread gets its own connection."""

    def __init__(self, data_dir: Path):
        data_dir.mkdir(parents=True, exist_ok=True)
        self.data_dir = data_dir
        self.path = data_dir / STORE_FILE
        self._local = threading.local()
        migrate(self.conn())

    def conn(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = connect(self.path)
            self._local.conn = conn
        return conn

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE … COMMIT: one writer at a time, so per-device ordering checks cannot race."""
        conn = self.conn()
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """A read transaction: one consistent snapshot for a whole pull page."""
        conn = self.conn()
        conn.execute("BEGIN")
        try:
            yield conn
        finally:
            conn.execute("COMMIT")
