"""Back up a data folder to one file (also to move it by USB stick) and restore one, never losing the current."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from filelock import FileLock, Timeout

from heihe_desk.core.domain.errors import N_, Issue, ValidationError
from heihe_desk.core.storage.database import BACKUP_DIR, DB_FILE, backup_copy, connect
from heihe_desk.core.storage.migrations import MIGRATIONS
from heihe_desk.core.workspace import LOCK_FILE, AlreadyOpenError, Workspace

SUFFIX = ".heihe-backup"


@dataclass(frozen=True)
class RestoreReport:
    restored_from: Path
    previous_saved_as: Path | None
    migrated: tuple[str, ...]


def back_up(ws: Workspace, target: Path) -> Path:
    """Write a consistent single-file copy of the open workspace (safe while the window keeps working)."""
    target = target if target.suffix else target.with_suffix(SUFFIX)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    dest = sqlite3.connect(str(partial))
    try:
        ws.conn.backup(dest)
    finally:
        dest.close()
    os.replace(partial, target)  # a crash mid-copy never leaves a file that looks complete
    return target


def check_backup_file(source: Path) -> list[Issue]:
    """Is ``source`` a sound Heihe Desk database this version can open? Issues say why not."""
    example = f"2026-12-04{SUFFIX}"
    if not source.is_file():
        return [Issue("file", N_("Backup file"), N_("does not exist"), example)]
    try:
        conn = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            ok = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            names = [r[0] for r in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", (MIGRATIONS.name,))]
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return [Issue("file", N_("Backup file"), N_("is not a Heihe Desk backup"), example)]
    if not ok:
        return [Issue("file", N_("Backup file"), N_("is damaged; choose an older backup"), example)]
    known = {m.name for m in MIGRATIONS._migrations}
    if not names:
        return [Issue("file", N_("Backup file"), N_("is not a Heihe Desk backup"), example)]
    if set(names) - known:
        return [Issue("file", N_("Backup file"), N_("was made by a newer Heihe Desk; update the app first"),
                      example)]
    return []


def restore(data_dir: Path, source: Path) -> RestoreReport:
    """Replace the folder's database with ``source`` after saving the current one to backups/.

    Refused while a window has the folder open; the new data is migrated to this version on open.
    """
    issues = check_backup_file(source)
    if issues:
        raise ValidationError(issues)
    data_dir.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(data_dir / LOCK_FILE))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        raise AlreadyOpenError(str(data_dir)) from None
    try:
        current = data_dir / DB_FILE
        previous = None
        if current.exists():
            db = connect(current)
            try:
                previous = backup_copy(db, data_dir / BACKUP_DIR, "before-restore")
                db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                db.close()
        incoming = data_dir / (DB_FILE + ".restoring")
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        dest = sqlite3.connect(str(incoming))
        try:
            src.backup(dest)
        finally:
            src.close()
            dest.close()
        for leftover in (data_dir / (DB_FILE + "-wal"), data_dir / (DB_FILE + "-shm")):
            leftover.unlink(missing_ok=True)
        os.replace(incoming, current)
    finally:
        lock.release()
    with Workspace.open(data_dir) as ws:
        migrated = ws.open_report.applied
    return RestoreReport(source, previous, migrated)
