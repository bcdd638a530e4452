"""Opening the local SQLite file durably: pragmas, integrity check, migrations with a backup first."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from heihe_desk.core.storage.schema import MIGRATION_SET, SCHEMA_VERSION

if TYPE_CHECKING:
    from sqlite_utils import Database as MigrationDatabase

DB_FILE = "heihe_desk.sqlite3"
BACKUP_DIR = "backups"


class IntegrityError(RuntimeError):
    """The database file is damaged; the message carries SQLite's report."""


@dataclass(frozen=True)
class OpenReport:
    """What happened while opening: migrations applied and the backup made before them."""

    applied: tuple[str, ...]
    backup: Path | None


class Database:
    """The open file as every module uses it: its connection, execute and close.

    sqlite-utils' own Database (for migrations) is only imported when a migration is pending: importing it
    costs a good part of the window's start-up.
    """

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def execute(self, sql: str, parameters: Any = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, parameters)

    def close(self) -> None:
        self.conn.close()


def migration_database(db: Database) -> MigrationDatabase:
    """The same connection wrapped for sqlite-utils' migrations."""
    from sqlite_utils import Database as MigrationDatabase

    return MigrationDatabase(db.conn)


def pending_migrations(db: Database) -> list[str]:
    """Names of the steps still to apply; a database already at this version needs no migration code."""
    try:
        applied = db.execute("SELECT count(*) FROM _sqlite_migrations WHERE migration_set = ?",
                             (MIGRATION_SET,)).fetchone()[0]
    except sqlite3.OperationalError:  # no migrations table yet: a new file
        applied = 0
    if applied == SCHEMA_VERSION:
        return []
    from heihe_desk.core.storage.migrations import MIGRATIONS

    return [m.name for m in MIGRATIONS.pending(migration_database(db))]


def connect(path: Path) -> Database:
    """A connection with the pragmas every write relies on (WAL, synchronous=FULL, foreign keys)."""
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=10)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA busy_timeout=10000")
    # 64 MB page cache: search-as-you-type touches thousands of rows of a 100k-product table per keystroke.
    conn.execute("PRAGMA cache_size=-65536")
    return Database(conn)


def integrity_problems(db: Database, quick: bool = True) -> list[str]:
    """SQLite's own check; an empty list means the file is sound."""
    pragma = "quick_check" if quick else "integrity_check"
    rows = [r[0] for r in db.execute(f"PRAGMA {pragma}").fetchall()]
    problems = [] if rows == ["ok"] else rows
    problems += [f"foreign key: {row}" for row in db.execute("PRAGMA foreign_key_check").fetchall()]
    return problems


def backup_copy(db: Database, folder: Path, reason: str) -> Path:
    """A consistent copy of the live database through SQLite's backup API (safe while in WAL mode)."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{stamp}-{reason}.sqlite3"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{stamp}-{reason}-{n}.sqlite3"
    dest = sqlite3.connect(str(target))
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
    return target


def open_database(data_dir: Path, migrate: bool = True, check: bool = True) -> tuple[Database, OpenReport]:
    """Open (creating if new) the data folder's database, check it, and bring its schema to head.

    An existing database with pending migrations is always checked and copied to ``backups/`` first,
    so a failed upgrade can be undone by hand. ``check=False`` leaves the full quick_check to the caller
    (the window runs it in the background, as it reads the whole file) and only proves the file is SQLite.
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / DB_FILE
    existed = path.exists() and path.stat().st_size > 0
    try:
        db = connect(path)
        pending = pending_migrations(db)
    except sqlite3.DatabaseError as exc:
        raise IntegrityError(str(exc)) from exc
    if existed and (check or pending):
        try:
            problems = integrity_problems(db)
        except sqlite3.DatabaseError as exc:
            problems = [str(exc)]
        if problems:
            db.close()
            raise IntegrityError("; ".join(problems[:5]))
    backup = None
    if migrate and pending:
        if existed:
            backup = backup_copy(db, data_dir / BACKUP_DIR, "before-migration")
        from heihe_desk.core.storage.migrations import MIGRATIONS

        MIGRATIONS.apply(migration_database(db))
    return db, OpenReport(tuple(pending) if migrate else (), backup)


@contextmanager
def transaction(db: Database) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE … COMMIT, rolled back on any exception: the unit of every write."""
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def copy_file(src: Path, dst: Path) -> None:
    """Plain file copy for backups taken while the database is closed."""
    shutil.copy2(src, dst)
