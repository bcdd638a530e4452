"""Reference code tables (units, countries, currencies, modes) loaded from versioned data files."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from heihe_desk.core.domain.record import utc_now


@dataclass(frozen=True)
class CodeEntry:
    code: str
    name_zh: str
    name_ru: str
    name_en: str
    extra: dict[str, Any]

    def name(self, lang: str) -> str:
        return {"zh_CN": self.name_zh, "ru": self.name_ru}.get(lang, self.name_en)


def load_files(conn: sqlite3.Connection, folder: Path) -> list[str]:
    """Load every ``*.json`` table whose version differs from the one in the database; return their names.

    A table is replaced whole in the caller's transaction, so a bad file never leaves half a table.
    """
    loaded = []
    current = dict(conn.execute("SELECT code_table, version FROM code_table_versions").fetchall())
    for path in sorted(folder.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        table, version = doc["table"], str(doc["version"])
        if table in current and not _newer(version, current[table]):
            continue  # same, or the platform already delivered a newer table: keep it
        replace_table(conn, table, version, doc.get("source", ""), doc["entries"])
        loaded.append(table)
    return loaded


def _newer(candidate: str, installed: str) -> bool:
    """Versions are dotted numbers ("2026.1"); a non-numeric one counts as different, hence newer."""
    try:
        return tuple(int(p) for p in candidate.split(".")) > tuple(int(p) for p in installed.split("."))
    except ValueError:
        return candidate != installed


def replace_table(conn: sqlite3.Connection, table: str, version: str, source: str,
                  entries: list[dict[str, Any]]) -> None:
    """Swap in a new version of one code table (from a file now, from the platform later)."""
    conn.execute("DELETE FROM code_entries WHERE code_table = ?", (table,))
    conn.executemany(
        "INSERT INTO code_entries(code_table, code, name_zh, name_ru, name_en, extra) VALUES (?, ?, ?, ?, ?, ?)",
        [(table, str(e["code"]), e["zh"], e["ru"], e["en"],
          json.dumps({k: v for k, v in e.items() if k not in ("code", "zh", "ru", "en")}, ensure_ascii=False))
         for e in entries],
    )
    conn.execute("INSERT OR REPLACE INTO code_table_versions(code_table, version, source, loaded_at)"
                 " VALUES (?, ?, ?, ?)", (table, version, source, utc_now()))


def entries(conn: sqlite3.Connection, table: str) -> list[CodeEntry]:
    rows = conn.execute("SELECT code, name_zh, name_ru, name_en, extra FROM code_entries WHERE code_table = ?"
                        " ORDER BY code", (table,)).fetchall()
    return [CodeEntry(r[0], r[1], r[2], r[3], json.loads(r[4])) for r in rows]


def code_sets(conn: sqlite3.Connection) -> dict[str, set[str]]:
    """Valid codes per table, for validation."""
    sets: dict[str, set[str]] = {}
    for table, code in conn.execute("SELECT code_table, code FROM code_entries"):
        sets.setdefault(table, set()).add(code)
    return sets
