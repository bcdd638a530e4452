"""The SQLite file is opened durably, checked on open, and copied consistently for backups."""

from __future__ import annotations

import random
import sqlite3
import time
from pathlib import Path

import pytest

from heihe_desk.core.storage.database import (
    DB_FILE,
    IntegrityError,
    backup_copy,
    connect,
    integrity_problems,
    open_database,
    transaction,
)
from heihe_desk.core.workspace import Workspace


def pragmas(conn) -> tuple:
    return tuple(conn.execute(f"PRAGMA {name}").fetchone()[0]
                 for name in ("journal_mode", "synchronous", "foreign_keys"))


def test_connection_uses_wal_full_sync_and_foreign_keys(tmp_path):
    """Every connection runs in WAL mode with synchronous=FULL (2) and foreign keys enforced."""
    db = connect(tmp_path / "x.sqlite3")
    try:
        assert pragmas(db.conn) == ("wal", 2, 1)
    finally:
        db.close()


def test_open_database_and_workspace_use_the_durable_pragmas(tmp_path, workspace):
    """The database behind open_database and Workspace has the same durable settings."""
    db, _ = open_database(tmp_path / "other")
    try:
        assert pragmas(db.conn) == ("wal", 2, 1)
    finally:
        db.close()
    assert pragmas(workspace.conn) == ("wal", 2, 1)


def test_healthy_database_has_no_integrity_problems(workspace):
    """A freshly created workspace passes quick_check, integrity_check and foreign_key_check."""
    assert integrity_problems(workspace.db) == []
    assert integrity_problems(workspace.db, quick=False) == []


def test_transaction_rolls_back_everything_on_error(workspace):
    """A failure inside transaction() leaves the last committed state."""
    with pytest.raises(RuntimeError), transaction(workspace.db) as conn:
        conn.execute("INSERT INTO settings(key, value) VALUES ('language', 'ru')")
        raise RuntimeError("boom")
    assert workspace.conn.execute("SELECT count(*) FROM settings").fetchone()[0] == 0
    assert not workspace.conn.in_transaction


# -- corruption -------------------------------------------------------------------------------------

def _filled_folder(root: Path) -> Path:
    """A closed data folder with enough products to span many pages (WAL checkpointed into the file)."""
    folder = root / "data"
    with Workspace.open(folder) as ws:
        ws.add_products([{"sku": f"SKU-{i:04}", "name_zh": f"绿茶{i}", "name_ru": "Зелёный чай " * 5}
                         for i in range(300)])
    assert not (folder / (DB_FILE + "-wal")).exists() or (folder / (DB_FILE + "-wal")).stat().st_size == 0
    return folder


def _leaf_page(folder: Path, table: str, position: float) -> tuple[int, int]:
    """(page number, page size) of a leaf page of ``table`` a fraction into its pages, via dbstat."""
    conn = sqlite3.connect(folder / DB_FILE)
    try:
        pages = [r[0] for r in conn.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno", (table,))]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    assert len(pages) > 2, f"{table} should span several pages"
    return pages[int(len(pages) * position)], page_size


def _scribble(path: Path, start: int, length: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    data = bytearray(path.read_bytes())
    data[start:start + length] = bytes(rng.randrange(256) for _ in range(length))
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("table", ["outbox", "products", "products_tri_content"])
@pytest.mark.parametrize("span", ["cells", "whole_page"])
def test_garbage_in_the_middle_of_the_file_raises_integrity_error_on_open(tmp_path, table, span):
    """Garbage written over a page in the middle of a closed database file (over its cells, or over the
    whole page including its header) is reported as IntegrityError — the app's 'your data file is damaged,
    restore a backup' error — never as a raw sqlite3.DatabaseError that crashes the start-up."""
    folder = _filled_folder(tmp_path)
    page, size = _leaf_page(folder, table, 0.5)
    skip = 8 if span == "cells" else 0
    _scribble(folder / DB_FILE, (page - 1) * size + skip, size - 2 * skip)
    with pytest.raises(IntegrityError):
        db, _ = open_database(folder)
        db.close()


def test_garbage_over_the_file_header_raises_integrity_error(tmp_path):
    """A file whose SQLite header is destroyed ('file is not a database') is an IntegrityError too."""
    folder = _filled_folder(tmp_path)
    _scribble(folder / DB_FILE, 0, 64)
    with pytest.raises(IntegrityError):
        db, _ = open_database(folder)
        db.close()


def test_workspace_refuses_a_damaged_file_and_releases_its_lock(tmp_path):
    """A damaged file makes Workspace.open fail without keeping the folder locked."""
    folder = _filled_folder(tmp_path)
    page, size = _leaf_page(folder, "outbox", 0.5)
    _scribble(folder / DB_FILE, (page - 1) * size + 8, size - 16)
    for _ in range(2):  # the second attempt proves the lock was released
        with pytest.raises((IntegrityError, sqlite3.DatabaseError)):
            Workspace.open(folder, exclusive=True).close()


# -- backups ----------------------------------------------------------------------------------------

def test_backup_copy_is_a_complete_readable_database(tmp_path, workspace, product_form):
    """backup_copy (SQLite backup API, safe under WAL) yields a standalone file with all committed data."""
    product, _ = workspace.save_product(product_form())
    target = backup_copy(workspace.db, tmp_path / "backups", "manual")
    assert target.parent == tmp_path / "backups" and target.name.endswith("-manual.sqlite3")
    conn = sqlite3.connect(target)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT sku FROM products WHERE id = ?", (product.id,)).fetchone() == ("TEA-0001",)
        assert conn.execute("SELECT count(*) FROM outbox").fetchone()[0] == 1
    finally:
        conn.close()


def test_backups_taken_in_the_same_second_do_not_overwrite_each_other(tmp_path, workspace, product_form):
    """Two backups with the same reason moments apart are two files; the older one is never replaced."""
    targets = []
    for i in range(3):
        workspace.set_setting("low_stock_threshold", i)
        targets.append(backup_copy(workspace.db, tmp_path / "backups", "manual"))
        time.sleep(0.01)
    assert len(set(targets)) == 3
    assert len(list((tmp_path / "backups").iterdir())) == 3
