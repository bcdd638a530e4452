"""Integration harness: the real platform on loopback in a thread, real desks, and the invariants."""

from __future__ import annotations

import json
import socket
import sqlite3
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests
import uvicorn

from heihe_desk.core.storage import outbox
from heihe_desk.core.sync import protocol
from heihe_desk.core.sync.client import SyncConfig, SyncReport, run_sync
from heihe_desk.core.workspace import Workspace
from heihe_desk.server import reference
from heihe_desk.server.accounts import create_account
from heihe_desk.server.app import ServerConfig, create_app
from heihe_desk.server.store import STORE_FILE, Store


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Platform:
    """A real platform server on loopback, with test faults enabled; stoppable and restartable on its port."""

    def __init__(self, data_dir: Path, customs_delay_s: float = 0.0, max_request_bytes: int = 64 * 1024 * 1024):
        self.data_dir = data_dir
        self.max_request_bytes = max_request_bytes
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.customs_delay_s = customs_delay_s
        self.server: uvicorn.Server | None = None
        self.thread: threading.Thread | None = None
        self.app: Any = None

    def start(self) -> None:
        self.app = create_app(ServerConfig(self.data_dir, self.customs_delay_s, enable_test_faults=True,
                                           max_request_bytes=self.max_request_bytes))
        config = uvicorn.Config(self.app, host="127.0.0.1", port=self.port, log_level="critical", lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.time() + 10
        while not self.server.started:
            assert time.time() < deadline, "platform did not start"
            time.sleep(0.02)

    def stop(self) -> None:
        if self.server is not None and self.thread is not None:
            self.server.should_exit = True
            self.thread.join(10)
            self.server = self.thread = None

    def add_account(self, name: str) -> str:
        store = Store(self.data_dir)
        docs = reference.load_code_docs(reference.codes_dir(self.data_dir))
        with store.write() as conn:
            account, token = create_account(conn, name)
            reference.refresh_account(conn, account.id, docs)
        store.conn().close()
        return token

    def arm(self, token: str, point: str, times: int = 1, slow_reply_s: float | None = None) -> None:
        r = requests.post(f"{self.url}/v1/test/faults", json={"point": point, "times": times,
                                                             "slow_reply_s": slow_reply_s},
                          headers=protocol.request_headers(token, "test"), timeout=5)
        assert r.status_code == 200, r.text

    def db(self) -> sqlite3.Connection:
        return sqlite3.connect(str(self.data_dir / STORE_FILE), timeout=30)

    def backup(self, dest: Path) -> None:
        src = self.db()
        out = sqlite3.connect(str(dest))
        src.backup(out)
        out.close()
        src.close()

    def restore(self, copy: Path) -> None:
        """Put a backup copy back (as an admin would after a disk failure), with the server stopped."""
        self.stop()
        src = sqlite3.connect(str(copy))
        live = self.db()
        src.backup(live)
        live.close()
        src.close()
        self.start()

    def records(self, account: str, entity: str, live_only: bool = True) -> dict[str, dict[str, Any]]:
        live = " AND r.deleted = 0" if live_only else ""
        with self.db() as conn:
            rows = conn.execute("SELECT r.id, r.payload, r.deleted FROM records r JOIN accounts a"
                                f" ON a.id = r.account_id WHERE a.name = ? AND r.entity = ?{live}",
                                (account, entity)).fetchall()
        return {r[0]: {**json.loads(r[1]), "_deleted": bool(r[2])} for r in rows}


@dataclass
class Desk:
    """One installation: a real Workspace data folder syncing with ``platform`` as ``account``."""

    ws: Workspace
    platform: Platform
    account: str
    token: str
    options: dict[str, Any] = field(default_factory=dict)

    def config(self, **overrides: Any) -> SyncConfig:
        values = {"server_url": self.platform.url, "account": self.account, "token": self.token,
                  "timeout": (2.0, 10.0), "retries": 3, "backoff_s": 0.01, **self.options, **overrides}
        return SyncConfig(**values)

    def sync(self, **overrides: Any) -> SyncReport:
        clock = overrides.pop("clock", time.time)
        hook = overrides.pop("reply_hook", None)
        report = run_sync(self.ws.db, self.ws.data_dir, self.config(**overrides), clock=clock, reply_hook=hook)
        self.ws.device = outbox.ensure_device(self.ws.conn)
        return report

    def outbox_states(self) -> dict[str, int]:
        return dict(self.ws.conn.execute("SELECT state, count(*) FROM outbox GROUP BY state").fetchall())

    def products(self) -> dict[str, dict[str, Any]]:
        rows = self.ws.product_rows(self.ws.product_rowids())
        return {r["id"]: r for r in rows.values()}


def product(i: int, prefix: str = "T", **extra: Any) -> dict[str, Any]:
    """A small valid product form."""
    return {"sku": f"{prefix}-{i:05d}", "name_zh": f"测试茶叶{prefix}{i}", "name_ru": f"Чай {prefix}{i}",
            "name_en": f"Tea {prefix}{i}", "price_cny": "12.50", **extra}


def partner(i: int) -> dict[str, Any]:
    return {"kind": "buyer_person", "name": f"Иван Петров {i}", "country": "RUS", "phone": f"+7 900 000 {i:04d}"}


def assert_invariants(desk: Desk, *, expect_pending: int = 0) -> None:
    """The properties every fault test ends on (sync-anchors §failure tests).

    - every mutation the desk counts as acknowledged is known to the platform, and none was applied twice;
    - nothing is dropped silently: every outbox row is acked, pending, or rejected with a stored reason;
    - every live local product the platform accepted exists there exactly once with the same content,
      and every live platform product is here (or kept as a visible conflict);
    - the pull cursor is one the platform issued and is not ahead of the platform.
    """
    conn = desk.ws.conn
    states = desk.outbox_states()
    assert states.get("pending", 0) == expect_pending, states
    assert conn.execute("SELECT count(*) FROM outbox WHERE state = 'rejected' AND coalesce(last_error, '') = ''"
                        ).fetchone()[0] == 0
    acked = {r[0] for r in conn.execute("SELECT mutation_id FROM outbox WHERE state = 'acked'")}
    with desk.platform.db() as pconn:
        known = {r[0] for r in pconn.execute(
            "SELECT m.mutation_id FROM mutations m JOIN accounts a ON a.id = m.account_id WHERE a.name = ?",
            (desk.account,))}
        twice = pconn.execute("SELECT mutation_id, count(*) FROM mutations WHERE status = 'applied'"
                              " GROUP BY account_id, mutation_id HAVING count(*) > 1").fetchall()
        cursor = str(conn.execute("SELECT cursor FROM sync_state").fetchone()[0])
        max_seq = pconn.execute("SELECT a.next_seq - 1, a.epoch FROM accounts a WHERE a.name = ?",
                                (desk.account,)).fetchone()
    assert acked <= known, f"{len(acked - known)} acknowledged mutations unknown to the platform"
    assert twice == [], f"applied twice: {twice[:3]}"
    if cursor:
        epoch, seq, _uid = cursor.split(".")
        assert epoch == max_seq[1] and int(seq) <= max_seq[0]
    server = desk.platform.records(desk.account, "products")
    local = desk.products()
    conflicts = {r[0] for r in conn.execute("SELECT entity_id FROM sync_conflicts WHERE resolved_at IS NULL")}
    rejected = {r[0] for r in conn.execute("SELECT entity_id FROM outbox WHERE state != 'acked'")}
    for pid, row in local.items():
        if pid in rejected:
            continue
        assert pid in server, f"local product {row['sku']} missing on the platform"
        assert server[pid]["sku"] == row["sku"] and server[pid]["name_zh"] == row["name_zh"]
    for pid in server:
        assert pid in local or pid in conflicts, f"platform product {pid} missing locally"
