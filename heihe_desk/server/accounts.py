"""Accounts (one per trader or student) and their bearer tokens; only a hash of a token is stored."""

from __future__ import annotations

import hashlib
import re
import secrets
import sqlite3
import uuid
from dataclasses import dataclass

from heihe_desk.server.records import now_iso

_NAME = re.compile(r"^[^\s/\\]{1,64}$")


@dataclass(frozen=True)
class Account:
    id: int
    name: str
    epoch: str


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_account(conn: sqlite3.Connection, name: str) -> tuple[Account, str]:
    """A new account with a fresh token (returned once, never stored in clear)."""
    if not _NAME.match(name):
        raise ValueError(f"account name must be 1–64 characters without spaces or slashes, e.g. shop-01 (got {name!r})")
    if conn.execute("SELECT 1 FROM accounts WHERE name = ?", (name,)).fetchone():
        raise ValueError(f"account {name!r} already exists")
    token = secrets.token_urlsafe(32)
    # The epoch names this account's change history; a cursor from another history is refused with a reset.
    epoch = uuid.uuid4().hex[:16]
    cur = conn.execute("INSERT INTO accounts(name, token_hash, epoch, created_at) VALUES (?, ?, ?, ?)",
                       (name, _hash(token), epoch, now_iso()))
    return Account(int(cur.lastrowid or 0), name, epoch), token


def authenticate(conn: sqlite3.Connection, token: str) -> Account | None:
    row = conn.execute("SELECT id, name, epoch FROM accounts WHERE token_hash = ?", (_hash(token),)).fetchone()
    return None if row is None else Account(int(row[0]), str(row[1]), str(row[2]))
