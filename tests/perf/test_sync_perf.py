"""Sync benchmarks on loopback: push and pull of 10k products and 10k orders against a raw bulk POST of the same
bytes (PRODUCT.md §5: push ≤ 3× raw); a no-change sync (≤ 100 ms); a long randomized fault run over many seeds.

Run: .venv/bin/python -m pytest -m perf tests/perf/test_sync_perf.py -s   (figures also in perf-results/sync.json)

"Raw bulk POST" is exactly the push's request bytes sent in one POST to a trivial endpoint of the same server
stack (uvicorn + FastAPI) that reads the body and answers its size; "raw batched" sends the same bodies as
the push's batches. Each figure is the best of ``REPEAT`` runs (a fresh platform account per push run, a
fresh desk per pull run) because other work on a shared 2-core machine shows up as noise.
"""

from __future__ import annotations

import json
import os
import statistics
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import requests
import uvicorn
from fastapi import FastAPI, Request

from heihe_desk.core.storage import outbox
from heihe_desk.core.storage.database import transaction
from heihe_desk.core.sync import protocol, queue
from heihe_desk.core.sync.client import SyncReport, _Run
from heihe_desk.core.sync.transport import Transport
from heihe_desk.core.workspace import Workspace
from tests.integration.harness import Desk, Platform, assert_invariants, free_port
from tests.integration.randomized import random_run

pytestmark = pytest.mark.perf
RESULTS = Path(__file__).resolve().parents[2] / "perf-results"
N = int(os.environ.get("HEIHE_PERF_SYNC_RECORDS", "10000"))
SEEDS = int(os.environ.get("HEIHE_PERF_SYNC_SEEDS", "40"))
REPEAT = int(os.environ.get("HEIHE_PERF_SYNC_REPEAT", "3"))


def _rows(n: int) -> list[dict[str, Any]]:
    from heihe_desk.core.demo import generate_products

    return [dict(r) for r in generate_products(n, seed=11)]


class RawSink:
    """A trivial endpoint on the same server stack (uvicorn + FastAPI): reads the body, answers its size."""

    def __init__(self) -> None:
        app = FastAPI()

        @app.post("/raw")
        async def raw(request: Request) -> dict[str, int]:
            return {"bytes": len(await request.body())}

        self.port = free_port()
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="critical",
                                                    lifespan="off"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        while not self.server.started:
            time.sleep(0.02)

    def post(self, bodies: list[bytes]) -> float:
        with requests.Session() as session:
            started = time.perf_counter()
            for body in bodies:
                session.post(f"http://127.0.0.1:{self.port}/raw", data=body,
                             headers={"Content-Type": "application/json"}).raise_for_status()
            return time.perf_counter() - started

    def best(self, bodies: list[bytes]) -> float:
        return min(self.post(bodies) for _ in range(max(REPEAT, 3)))

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)


def _validation_floor(ws: Workspace, pending: list[protocol.OutgoingMutation]) -> float:
    """What any platform must spend regardless of protocol: parse and check every record with the domain rules."""
    from heihe_desk.core.domain.product import validate_product
    from heihe_desk.core.storage import code_tables

    codes = code_tables.code_sets(ws.conn)
    started = time.perf_counter()
    for m in pending:
        validate_product(json.loads(m.payload_json), codes, m.entity_id)
    return time.perf_counter() - started


def _timed(desk: Desk, phase: str, token: str | None = None, **config: Any) -> tuple[float, SyncReport]:
    report = SyncReport()
    transport = Transport(desk.platform.url, token or desk.token)
    run = _Run(desk.ws.db, transport, desk.config(**config), report, lambda *_: None)
    started = time.perf_counter()
    run.push_all() if phase == "push" else run.pull_all()
    elapsed = time.perf_counter() - started
    transport.close()
    return elapsed, report


def _bodies(desk: Desk, batch: int) -> list[bytes]:
    pending = queue.pending_batch(desk.ws.conn, desk.ws.device.id, 10**9)
    return [protocol.push_body(desk.ws.device.id, pending[i:i + batch]) for i in range(0, len(pending), batch)]


def _best_push(desk: Desk, accounts: Callable[[], str], batch: int) -> tuple[float, str]:
    """Best push time over REPEAT fresh accounts (the outbox re-queued each time); returns the last account's token."""
    times, token = [], ""
    for _ in range(REPEAT):
        with transaction(desk.ws.db) as conn:
            conn.execute("UPDATE outbox SET state = 'pending', attempts = 0")
        token = accounts()
        elapsed, report = _timed(desk, "push", token, push_batch=batch)
        assert report.acked + report.rejected == report.pushed and report.rejected == 0
        times.append(elapsed)
    return min(times), token


def _best_pull(make: Callable[[str], Desk], token: str, count: Callable[[Desk], int]) -> float:
    """Best full pull (N records) into a fresh desk, over REPEAT desks."""
    times = []
    for attempt in range(REPEAT):
        desk = make(f"pull-{attempt}")
        elapsed, _report = _timed(desk, "pull", token)
        assert count(desk) == N
        times.append(elapsed)
    return min(times)


def _order_desk(folder: Path, platform: Platform, token: str) -> Desk:
    """A desk whose outbox holds exactly N order creations, taken from a realistic demo history."""
    from heihe_desk.core.demo import fill
    from heihe_desk.core.demo_history import fill_history

    with Workspace.open(folder / "history") as history:
        fill(history, 300, seed=7)
        fill_history(history, N, seed=11)
        payloads = [(r[0], json.loads(r[1])) for r in history.conn.execute(
            "SELECT entity_id, payload FROM outbox WHERE entity = 'orders' ORDER BY seq LIMIT ?", (N,))]
    ws = Workspace.open(folder / "orders")
    with transaction(ws.db) as conn:
        outbox.append_many(conn, ws.device, "orders", "create", payloads)
    return Desk(ws, platform, "orders", token)


def test_push_pull_and_no_change_sync_against_raw_posts(tmp_path: Path) -> None:
    platform = Platform(tmp_path / "platform")
    platform.start()
    sink = RawSink()
    names: list[str] = []

    def accounts() -> str:
        names.append(f"bench-{len(names)}")
        return platform.add_account(names[-1])

    token = accounts()
    a = Desk(Workspace.open(tmp_path / "a"), platform, names[-1], token)
    figures: dict[str, Any] = {"records": N, "repeat": REPEAT}
    desks: list[Desk] = [a]
    try:
        a.ws.add_products(_rows(N))
        bodies = _bodies(a, protocol.PUSH_BATCH)
        pending = queue.pending_batch(a.ws.conn, a.ws.device.id, 10**9)
        for batch in (500, 2000, 5000):
            figures[f"push_products_s_batch_{batch}"] = round(_best_push(a, accounts, batch)[0], 3)
        push_s, token = _best_push(a, accounts, protocol.PUSH_BATCH)
        raw_bulk, raw_batched = sink.best([b"".join(bodies)]), sink.best(bodies)
        figures |= {"push_bytes": sum(map(len, bodies)), "raw_bulk_post_s": round(raw_bulk, 3),
                    "raw_batched_posts_s": round(raw_batched, 3),
                    "platform_validation_floor_s": round(_validation_floor(a.ws, pending), 3),
                    "push_s": round(push_s, 3), "push_ratio_vs_raw_bulk": round(push_s / raw_bulk, 1)}
        a.token, a.account = token, names[-1]
        own_s, report = _timed(a, "pull", token)
        assert report.skipped_own == N
        figures["own_changes_pull_back_s"] = round(own_s, 3)

        def desk(name: str, account_token: str = token) -> Desk:
            made = Desk(Workspace.open(tmp_path / name), platform, "x", account_token)
            desks.append(made)
            return made

        pull_s = _best_pull(desk, token, lambda d: d.ws.product_count())
        page = requests.post(f"{platform.url}/v1/pull", json={"device_id": "x", "cursor": "",
                                                              "limit": protocol.PULL_PAGE},
                             headers=protocol.request_headers(token, "bench")).content
        raw_pull = sink.best([b"x" * (len(page) * (N // protocol.PULL_PAGE or 1))])
        figures |= {"pull_s": round(pull_s, 3), "pull_bytes_approx": len(page) * (N // protocol.PULL_PAGE or 1),
                    "raw_post_of_pull_bytes_s": round(raw_pull, 3), "pull_ratio_vs_raw": round(pull_s / raw_pull, 1)}

        orders_token = accounts()
        o = _order_desk(tmp_path, platform, orders_token)
        desks.append(o)
        order_bodies = _bodies(o, protocol.PUSH_BATCH)
        order_push_s, orders_token = _best_push(o, accounts, protocol.PUSH_BATCH)
        raw_orders = sink.best([b"".join(order_bodies)])
        figures |= {"orders_push_bytes": sum(map(len, order_bodies)), "orders_push_s": round(order_push_s, 3),
                    "orders_raw_bulk_post_s": round(raw_orders, 3),
                    "orders_push_ratio_vs_raw_bulk": round(order_push_s / raw_orders, 1)}
        orders_pull_s = _best_pull(lambda name: desk(f"o-{name}", orders_token), orders_token,
                                      lambda d: int(d.ws.conn.execute("SELECT count(*) FROM orders").fetchone()[0]))
        figures["orders_pull_s"] = round(orders_pull_s, 3)

        b = desk("idle")
        assert b.sync().ok
        idle = []
        for _ in range(30):
            started = time.perf_counter()
            assert b.sync().ok
            idle.append(time.perf_counter() - started)
        figures |= {"no_change_sync_median_ms": round(statistics.median(idle) * 1000, 1),
                    "no_change_sync_p95_ms": round(sorted(idle)[int(len(idle) * 0.95) - 1] * 1000, 1)}
        assert_invariants(a)
    finally:
        for d in desks:
            d.ws.close()
        sink.stop()
        platform.stop()

    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "sync.json").write_text(json.dumps(figures, indent=1))
    print("\nsync benchmark:", json.dumps(figures, indent=1))
    assert figures["no_change_sync_p95_ms"] <= 100, figures


def test_long_randomized_fault_runs_over_many_seeds(tmp_path: Path) -> None:
    platform = Platform(tmp_path / "platform")
    platform.start()
    desks: list[Desk] = []
    tokens: dict[str, str] = {}

    def make(name: str, account: str = "shop-1", folder: Path | None = None) -> Desk:
        if account not in tokens:
            tokens[account] = platform.add_account(account)
        desk = Desk(Workspace.open(folder or tmp_path / name), platform, account, tokens[account])
        desks.append(desk)
        return desk

    started = time.perf_counter()
    try:
        for seed in range(1000, 1000 + SEEDS):
            tokens.clear()
            random_run(lambda name, _a=f"seed-{seed}", **kw: make(name, account=_a, **kw), seed, steps=60,
                       desks=3, max_add=60)
    finally:
        for desk in desks:
            desk.ws.close()
        platform.stop()
    print(f"\n{SEEDS} randomized runs (3 desks × 60 steps) in {time.perf_counter() - started:.1f} s")
