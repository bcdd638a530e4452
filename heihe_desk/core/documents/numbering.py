"""Gap-free document numbers per type, year and device ("INV-2026-X7JA-000123"); re-printing reuses them."""

from __future__ import annotations

import re
import sqlite3
from datetime import UTC, datetime

#: Number prefixes per document type; other types use their name in capitals.
PREFIXES: dict[str, str] = {
    "invoice": "INV", "proforma": "PRO", "packing_list": "PKL", "declaration_copy": "DEC", "receipt": "RCP",
    "order": "ORD",
}
#: Device codes are short, upper-case letters and digits: they are read off paper.
_DEVICE = re.compile(r"^[A-Z0-9]{2,8}$")


def format_number(doc_type: str, year: int, device_code: str, sequence: int) -> str:
    """'INV-2026-X7JA-000123': type, year, device, then the counter padded to six digits."""
    prefix = PREFIXES.get(doc_type, doc_type.upper())
    return f"{prefix}-{year:04d}-{device_code}-{sequence:06d}"


def issued_number(conn: sqlite3.Connection, doc_type: str, subject_id: str) -> str | None:
    """The number already given to this document of this subject (order, sale), if any."""
    row = conn.execute("SELECT number FROM documents_issued WHERE doc_type = ? AND subject_id = ?",
                       (doc_type, subject_id)).fetchone()
    return None if row is None else str(row[0])


def issue_number(conn: sqlite3.Connection, doc_type: str, year: int, device_code: str, subject_id: str,
                 now: datetime | None = None) -> str:
    """The number of ``doc_type`` for ``subject_id``: the one it already has, else the next in sequence.

    Allocation and recording happen in one write transaction (BEGIN IMMEDIATE takes the write lock
    before reading the counter), so concurrent callers on other connections never get the same
    number and a failure leaves no gap. Counters are per (type, year, device): two devices working
    offline issue different numbers by construction. Inside a transaction the caller already opened,
    a savepoint is used instead and the caller's commit makes the number final.
    """
    if not _DEVICE.match(device_code):
        raise ValueError(f"device code must be 2-8 capital letters or digits, not {device_code!r}")
    if not 2000 <= year <= 9999:
        raise ValueError(f"year out of range: {year}")
    nested = conn.in_transaction
    conn.execute("SAVEPOINT issue_number" if nested else "BEGIN IMMEDIATE")
    try:
        number = issued_number(conn, doc_type, subject_id)
        if number is None:
            number = _allocate(conn, doc_type, year, device_code, subject_id, now or datetime.now(UTC))
    except BaseException:
        conn.execute("ROLLBACK TO issue_number" if nested else "ROLLBACK")
        if nested:
            conn.execute("RELEASE issue_number")
        raise
    conn.execute("RELEASE issue_number" if nested else "COMMIT")
    return number


def _allocate(conn: sqlite3.Connection, doc_type: str, year: int, device_code: str, subject_id: str,
              now: datetime) -> str:
    row = conn.execute(
        """INSERT INTO doc_numbers (doc_type, year, device_code, last) VALUES (?, ?, ?, 1)
           ON CONFLICT (doc_type, year, device_code) DO UPDATE SET last = last + 1
           RETURNING last""", (doc_type, year, device_code)).fetchone()
    number = format_number(doc_type, year, device_code, int(row[0]))
    conn.execute("INSERT INTO documents_issued (doc_type, subject_id, number, issued_at) VALUES (?, ?, ?, ?)",
                 (doc_type, subject_id, number, now.isoformat(timespec="seconds")))
    return number


def issue_block(conn: sqlite3.Connection, doc_type: str, year: int, device_code: str, subject_ids: list[str],
                now: datetime | None = None) -> list[str]:
    """Numbers for many new subjects at once (bulk loads), in the caller's transaction, still gap-free."""
    if not subject_ids:
        return []
    row = conn.execute(
        """INSERT INTO doc_numbers (doc_type, year, device_code, last) VALUES (?, ?, ?, ?)
           ON CONFLICT (doc_type, year, device_code) DO UPDATE SET last = last + excluded.last
           RETURNING last""", (doc_type, year, device_code, len(subject_ids))).fetchone()
    first = int(row[0]) - len(subject_ids) + 1
    numbers = [format_number(doc_type, year, device_code, first + i) for i in range(len(subject_ids))]
    stamp = (now or datetime.now(UTC)).isoformat(timespec="seconds")
    conn.executemany("INSERT INTO documents_issued (doc_type, subject_id, number, issued_at) VALUES (?, ?, ?, ?)",
                     [(doc_type, s, n, stamp) for s, n in zip(subject_ids, numbers, strict=True)])
    return numbers
