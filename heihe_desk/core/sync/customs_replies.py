"""Pulled customs replies handed to the declarations service inside the pull page's own transaction.

A "customs_reply" change is kept whole in ``synced_records`` and, in the same transaction as the page's
cursor, applied by the declarations service (``services.declarations.apply_reply_in``): the reply row,
the declaration's status and the order's move commit together with the cursor or not at all, so a crash
can neither lose a reply nor apply it twice (a re-pulled reply is recognised and changes nothing). A reply
the service cannot read is rolled back to its savepoint, reported, and kept: it never blocks the page.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping
from typing import Any

from heihe_desk.core.storage.outbox import ensure_device

ENTITY = "customs_reply"
#: Applies one pulled reply payload ({"message_id", "status", "note", "xml", …}) on ``conn`` inside the caller's
#: transaction, committing nothing; raises ValueError/LookupError for data it cannot use.
ReplyHook = Callable[[sqlite3.Connection, Mapping[str, Any]], object]


def declarations_hook() -> ReplyHook | None:
    """The declarations service's in-transaction reply entry point, or None in a build without that service."""
    try:
        from heihe_desk.core.services.declarations import apply_reply_in
    except ImportError:  # pragma: no cover - the service ships with the app; kept for partial builds
        return None

    def hook(conn: sqlite3.Connection, payload: Mapping[str, Any]) -> object:
        return apply_reply_in(conn, ensure_device(conn), payload)

    return hook


def apply_reply(conn: sqlite3.Connection, record_id: str, payload: Mapping[str, Any], hook: ReplyHook) -> str:
    """Hand one reply to ``hook`` under a savepoint; returns '' or what went wrong (the reply stays kept)."""
    conn.execute("SAVEPOINT customs_reply")
    try:
        hook(conn, payload)
    except (ValueError, LookupError) as exc:  # ReplyError is a ValueError: unreadable XML, unknown message
        conn.execute("ROLLBACK TO customs_reply")
        conn.execute("RELEASE customs_reply")
        return f"customs reply {record_id} could not be applied: {exc}"
    except BaseException:
        conn.execute("ROLLBACK TO customs_reply")
        conn.execute("RELEASE customs_reply")
        raise
    conn.execute("RELEASE customs_reply")
    return ""
