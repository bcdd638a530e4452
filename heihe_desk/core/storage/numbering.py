"""Gap-free human numbers per document type, year and device; asking again for a subject returns its number."""

from __future__ import annotations

import sqlite3

from heihe_desk.core.domain.record import utc_now


def issue_number(conn: sqlite3.Connection, doc_type: str, year: int, device_code: str, subject_id: str) -> str:
    """The number of ``subject_id``'s document of ``doc_type``, allocating the next one on first call.

    Must run inside the caller's write transaction: the counter and the issued record commit together,
    so a crash never leaves a gap or a duplicate. The device code keeps two offline devices apart.
    """
    row = conn.execute("SELECT number FROM documents_issued WHERE doc_type = ? AND subject_id = ?",
                       (doc_type, subject_id)).fetchone()
    if row:
        return str(row[0])
    last = conn.execute(
        "INSERT INTO doc_numbers(doc_type, year, device_code, last) VALUES (?, ?, ?, 1)"
        " ON CONFLICT(doc_type, year, device_code) DO UPDATE SET last = last + 1 RETURNING last",
        (doc_type, year, device_code)).fetchone()[0]
    number = f"{doc_type}-{year}-{device_code}-{last:06d}"
    conn.execute("INSERT INTO documents_issued(doc_type, subject_id, number, issued_at) VALUES (?, ?, ?, ?)",
                 (doc_type, subject_id, number, utc_now()))
    return number
