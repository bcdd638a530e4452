"""Persisted sync state (cursor, epoch, last outcome) and the frozen status the UI shows (sync rule 12)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from heihe_desk.core.storage.database import Database

#: What the UI can be told; "never" = not synced yet, "auth-needed" = sign in again (401).
STATES = ("never", "online", "offline", "syncing", "error", "update-needed", "auth-needed")
#: Larger clock differences are shown to the user (Anki refuses at the same 5 minutes).
SKEW_WARNING_S = 300.0
#: A 'syncing' state older than this was left by a sync that died (killed, power cut).
STALE_SYNC_S = 15 * 60

_COLUMNS = ("server_url", "account", "epoch", "cursor", "state", "started_at", "last_attempt_at", "last_success_at",
            "last_error", "clock_skew_s", "server_device_seq", "previous_device_ids")


@dataclass(frozen=True)
class SyncStatus:
    """Everything the status bar and sync page show, read in one go."""

    state: str
    pending: int
    rejected: int
    conflicts: int
    last_success_at: str | None
    last_attempt_at: str | None
    last_error: str | None
    clock_skew_s: float | None
    device_id: str

    @property
    def clock_warning(self) -> bool:
        """The device clock differs from the platform's by more than 5 minutes."""
        return self.clock_skew_s is not None and abs(self.clock_skew_s) > SKEW_WARNING_S


#: Which views a pulled entity changes (the workspace's ``Changes`` fields).
VIEWS: dict[str, tuple[str, ...]] = {
    "products": ("products",), "partners": ("partners",), "code_table": ("codes",),
    "orders": ("orders",), "payments": ("orders",), "waybills": ("orders",), "waybill_events": ("orders",),
    "stock_movements": ("stock",), "batches": ("stock",), "locations": ("stock",),
    "rates": ("rates",), "rate": ("rates",), "customs_reply": ("declarations", "orders"),
}


def changed_views(entities: Iterable[str]) -> dict[str, bool]:
    """The ``Changes`` flags for the entities a sync (or a resolved conflict) altered locally."""
    return {view: True for entity in entities for view in VIEWS.get(entity, ())}


def read_state(conn: sqlite3.Connection) -> dict[str, Any]:
    row = conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM sync_state WHERE id = 1").fetchone()
    return dict(zip(_COLUMNS, row, strict=True))


def write_state(conn: sqlite3.Connection, **values: Any) -> None:
    """Update some state columns, inside the caller's transaction."""
    unknown = set(values) - set(_COLUMNS)
    assert not unknown, unknown
    conn.execute(f"UPDATE sync_state SET {', '.join(f'{k} = ?' for k in values)} WHERE id = 1", tuple(values.values()))


def _age_s(stamp: str | None) -> float:
    if not stamp:
        return float("inf")
    then = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    return (datetime.now(UTC) - then).total_seconds()


def sync_status(db: Database | sqlite3.Connection) -> SyncStatus:
    """The current sync status of a data folder's database (cheap: a few indexed counts)."""
    conn = db.conn if isinstance(db, Database) else db
    st = read_state(conn)
    counts = dict(conn.execute("SELECT state, count(*) FROM outbox WHERE state IN ('pending', 'rejected')"
                               " GROUP BY state").fetchall())
    conflicts = conn.execute("SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL").fetchone()[0]
    device = conn.execute("SELECT value FROM meta WHERE key = 'device_id'").fetchone()
    state, error = str(st["state"]), st["last_error"]
    if state == "syncing" and _age_s(st["started_at"]) > STALE_SYNC_S:
        state, error = "error", "the last sync was interrupted; it will resume from where it stopped"
    return SyncStatus(state, int(counts.get("pending", 0)), int(counts.get("rejected", 0)), int(conflicts),
                      st["last_success_at"], st["last_attempt_at"], error, st["clock_skew_s"],
                      str(device[0]) if device else "")
