"""Reference data the platform serves to every account: code tables and exchange rates, each versioned."""

from __future__ import annotations

import json
import shutil
import sqlite3
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from heihe_desk.core import paths
from heihe_desk.server.records import get_record, now_iso, put_record

CODES_DIR = "codes"


def codes_dir(data_dir: Path) -> Path:
    """The platform's own copy of the code tables (copied from the app's on first use, editable by the teacher)."""
    folder = data_dir / CODES_DIR
    if not folder.exists():
        folder.mkdir(parents=True)
        for path in (paths.resources_dir() / "codes").glob("*.json"):
            shutil.copy2(path, folder / path.name)
    return folder


def load_code_docs(folder: Path) -> dict[str, dict[str, Any]]:
    docs = {}
    for path in sorted(folder.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        docs[str(doc["table"])] = doc
    return docs


def code_sets(docs: dict[str, dict[str, Any]]) -> dict[str, set[str]]:
    """Valid codes per table, for validating what devices send (same shape as the desk's)."""
    return {table: {str(e["code"]) for e in doc["entries"]} for table, doc in docs.items()}


def _code_payload(doc: dict[str, Any]) -> dict[str, Any]:
    return {"table": doc["table"], "version": str(doc["version"]), "source": doc.get("source", ""),
            "entries": doc["entries"]}


def refresh_account(conn: sqlite3.Connection, account_id: int, docs: dict[str, dict[str, Any]]) -> int:
    """Publish code tables and rates this account does not have in their current version; returns how many."""
    published = 0
    for table, doc in docs.items():
        current = get_record(conn, account_id, "code_table", table)
        if current is None or current.payload.get("version") != str(doc["version"]):
            put_record(conn, account_id, "code_table", table, _code_payload(doc))
            published += 1
    for rate_id, text in conn.execute("SELECT id, payload FROM rates").fetchall():
        current = get_record(conn, account_id, "rate", rate_id)
        if current is None or current.payload != json.loads(text):
            put_record(conn, account_id, "rate", rate_id, json.loads(text))
            published += 1
    return published


def refresh_all(conn: sqlite3.Connection, docs: dict[str, dict[str, Any]]) -> int:
    return sum(refresh_account(conn, int(r[0]), docs) for r in conn.execute("SELECT id FROM accounts").fetchall())


def publish_rate(conn: sqlite3.Connection, base: str, quote: str, rate: str, date: str, source: str) -> str:
    """Record a rate (``quote`` per 1 ``base``) and send it to every account; returns its id."""
    try:
        value = Decimal(rate)
    except InvalidOperation:
        raise ValueError(f"rate must be a decimal number such as 12.4563 (got {rate!r})") from None
    if not value.is_finite() or value <= 0:
        raise ValueError(f"rate must be greater than zero, such as 12.4563 (got {rate!r})")
    rate_id = f"{base.upper()}-{quote.upper()}-{date}"
    payload = {"base": base.upper(), "quote": quote.upper(), "rate": format(value, "f"), "date": date,
               "source": source}
    conn.execute("INSERT OR REPLACE INTO rates(id, payload, published_at) VALUES (?, ?, ?)",
                 (rate_id, json.dumps(payload, ensure_ascii=False), now_iso()))
    return rate_id
