"""Document numbers: gap-free per type, year and device; re-printing reuses the number; safe under concurrency."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from heihe_desk.core.documents.numbering import format_number, issue_number, issued_number

REPO = Path(__file__).resolve().parents[2]
#: The DDL the m004 migration creates (kept identical so these tests need no migrated workspace).
DDL = """
CREATE TABLE doc_numbers (doc_type TEXT NOT NULL, year INTEGER NOT NULL, device_code TEXT NOT NULL,
    last INTEGER NOT NULL, PRIMARY KEY (doc_type, year, device_code));
CREATE TABLE documents_issued (doc_type TEXT NOT NULL, subject_id TEXT NOT NULL, number TEXT NOT NULL UNIQUE,
    issued_at TEXT NOT NULL, PRIMARY KEY (doc_type, subject_id));
"""


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "numbers.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.executescript(DDL)
    conn.close()
    return path


@pytest.fixture
def conn(db_path: Path) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(db_path, timeout=30)
    yield connection
    connection.close()


def test_numbers_count_up_from_one(conn: sqlite3.Connection) -> None:
    assert issue_number(conn, "invoice", 2026, "X7JA", "order-1") == "INV-2026-X7JA-000001"
    assert issue_number(conn, "invoice", 2026, "X7JA", "order-2") == "INV-2026-X7JA-000002"


def test_reprinting_reuses_the_number_and_consumes_none(conn: sqlite3.Connection) -> None:
    """Printing the same order's invoice again gives the same number, and the next order gets the next one."""
    first = issue_number(conn, "invoice", 2026, "X7JA", "order-1")
    assert issue_number(conn, "invoice", 2026, "X7JA", "order-1") == first
    assert issue_number(conn, "invoice", 2027, "X7JA", "order-1") == first  # even across the new year
    assert issue_number(conn, "invoice", 2026, "X7JA", "order-2") == "INV-2026-X7JA-000002"
    assert issued_number(conn, "invoice", "order-1") == first
    assert issued_number(conn, "invoice", "order-3") is None


def test_counters_are_separate_per_type_year_and_device(conn: sqlite3.Connection) -> None:
    """Two devices offline never collide: the device code is part of the counter and of the number."""
    assert issue_number(conn, "invoice", 2026, "X7JA", "a") == "INV-2026-X7JA-000001"
    assert issue_number(conn, "invoice", 2026, "K3PM", "b") == "INV-2026-K3PM-000001"
    assert issue_number(conn, "invoice", 2027, "X7JA", "c") == "INV-2027-X7JA-000001"
    assert issue_number(conn, "receipt", 2026, "X7JA", "a") == "RCP-2026-X7JA-000001"
    assert issue_number(conn, "packing_list", 2026, "X7JA", "a") == "PKL-2026-X7JA-000001"
    assert issue_number(conn, "credit_note", 2026, "X7JA", "a") == "CREDIT_NOTE-2026-X7JA-000001"


def test_number_format() -> None:
    assert format_number("proforma", 2026, "X7JA", 123) == "PRO-2026-X7JA-000123"
    assert format_number("declaration_copy", 2026, "X7JA", 1_234_567) == "DEC-2026-X7JA-1234567"


@pytest.mark.parametrize("device", ["", "x7ja", "X7-J", "ABCDEFGHJ"])
def test_bad_device_code_is_refused(conn: sqlite3.Connection, device: str) -> None:
    with pytest.raises(ValueError):
        issue_number(conn, "invoice", 2026, device, "order-1")


def test_a_failed_issue_leaves_no_gap(conn: sqlite3.Connection) -> None:
    """If recording the number fails, the counter step is rolled back with it: the next number is not skipped."""
    conn.execute("INSERT INTO documents_issued VALUES ('legacy', 'x', 'INV-2026-X7JA-000001', '2026-01-01')")
    conn.commit()
    with pytest.raises(sqlite3.IntegrityError):
        issue_number(conn, "invoice", 2026, "X7JA", "order-1")
    assert conn.execute("SELECT COUNT(*) FROM doc_numbers").fetchone()[0] == 0
    assert not conn.in_transaction
    conn.execute("DELETE FROM documents_issued")
    conn.commit()
    assert issue_number(conn, "invoice", 2026, "X7JA", "order-1") == "INV-2026-X7JA-000001"


def test_inside_a_callers_transaction_the_callers_rollback_undoes_the_number(db_path: Path) -> None:
    """When the order save fails after numbering, its rollback takes the number back too (no gap)."""
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    assert issue_number(conn, "invoice", 2026, "X7JA", "order-1") == "INV-2026-X7JA-000001"
    assert conn.in_transaction
    conn.execute("ROLLBACK")
    assert issue_number(conn, "invoice", 2026, "X7JA", "order-2") == "INV-2026-X7JA-000001"
    conn.close()


def _sequences(db_path: Path) -> list[int]:
    conn = sqlite3.connect(db_path)
    numbers = [row[0] for row in conn.execute("SELECT number FROM documents_issued WHERE doc_type = 'invoice'")]
    conn.close()
    return sorted(int(n.rsplit("-", 1)[1]) for n in numbers)


def test_concurrent_threads_get_distinct_gap_free_numbers(db_path: Path) -> None:
    """Eight threads, each with its own connection, issue 25 numbers each at the same moment."""
    threads, per_thread = 8, 25
    start = threading.Barrier(threads)
    results: dict[int, list[str]] = {}
    errors: list[BaseException] = []

    def work(worker: int) -> None:
        conn = sqlite3.connect(db_path, timeout=30)
        try:
            start.wait()
            results[worker] = [issue_number(conn, "invoice", 2026, "X7JA", f"t{worker}-{i}")
                               for i in range(per_thread)]
        except BaseException as exc:  # reported below: a thread's exception would otherwise vanish
            errors.append(exc)
        finally:
            conn.close()

    pool = [threading.Thread(target=work, args=(w,)) for w in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    assert not errors, errors
    issued = [n for numbers in results.values() for n in numbers]
    assert len(set(issued)) == threads * per_thread
    assert _sequences(db_path) == list(range(1, threads * per_thread + 1))


_WORKER = """
import json, sqlite3, sys
from heihe_desk.core.documents.numbering import issue_number
conn = sqlite3.connect(sys.argv[1], timeout=60)
subjects = [f"order-{i}" for i in range(int(sys.argv[2]))]
if int(sys.argv[3]) % 2:
    subjects.reverse()
print(json.dumps({s: issue_number(conn, "invoice", 2026, "X7JA", s) for s in subjects}))
"""


def test_concurrent_processes_agree_on_the_same_subjects(db_path: Path) -> None:
    """Four processes number the same 40 orders at once (half in reverse order): every order gets exactly
    one number, all processes see the same one, and the numbers are 1..40 without gaps."""
    subjects, processes = 40, 4
    procs = [subprocess.Popen([sys.executable, "-c", _WORKER, str(db_path), str(subjects), str(i)], cwd=REPO,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for i in range(processes)]
    outputs = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        outputs.append(json.loads(out))
    assert all(o == outputs[0] for o in outputs)
    assert len(set(outputs[0].values())) == subjects
    assert _sequences(db_path) == list(range(1, subjects + 1))


def test_works_on_the_migrated_workspace_database(tmp_path: Path) -> None:
    """Against the real schema (migration m004 creates the two tables)."""
    from heihe_desk.core.storage.database import open_database

    db, _report = open_database(tmp_path / "data")
    try:
        assert issue_number(db.conn, "invoice", 2026, "X7JA", "order-1") == "INV-2026-X7JA-000001"
        assert issue_number(db.conn, "invoice", 2026, "X7JA", "order-1") == "INV-2026-X7JA-000001"
    finally:
        db.conn.close()
