"""Sync benchmarks on loopback: push 10k and pull 10k vs a raw bulk POST of the same bytes; a no-change sync;
and a long randomized fault run over many seeds.

Run: .venv/bin/python -m pytest -m perf tests/perf/test_sync_perf.py -s   (figures also in perf-results/sync.json)
"""

from __future__ import annotations

import json
import os
import statistics
import threading
import time
from pathlib import Path
from typing import Any

import pytest
import requests
import uvicorn
from fastapi import FastAPI, Request

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


def _rows(n: int) -> list[dict[str, Any]]:
    try:
        from heihe_desk.core.demo import generate_products
    except ImportError:
        return [{"sku": f"P-{i:06d}", "name_zh": f"商品{i}", "price_cny": "9.90"} for i in range(n)]
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


def _timed_run(desk: Desk, phase: str) -> tuple[float, SyncReport]:
    report = SyncReport()
    transport = Transport(desk.platform.url, desk.token)
    run = _Run(desk.ws.db, transport, desk.config(), report, lambda *_: None)
    started = time.perf_counter()
    run.push_all() if phase == "push" else run.pull_all()
    elapsed = time.perf_counter() - started
    transport.close()
    return elapsed, report


def test_push_pull_and_no_change_sync_against_raw_posts(tmp_path: Path) -> None:
    platform = Platform(tmp_path / "platform")
    platform.start()
    sink = RawSink()
    token = platform.add_account("bench")
    a = Desk(Workspace.open(tmp_path / "a"), platform, "bench", token)
    b = Desk(Workspace.open(tmp_path / "b"), platform, "bench", token)
    try:
        a.ws.add_products(_rows(N))
        pending = queue.pending_batch(a.ws.conn, a.ws.device.id, 10**9)
        push_bodies = [protocol.push_body(a.ws.device.id, pending[i:i + protocol.PUSH_BATCH])
                       for i in range(0, len(pending), protocol.PUSH_BATCH)]
        push_bytes = sum(map(len, push_bodies))
        raw_bulk = min(sink.post([b"".join(push_bodies)]) for _ in range(3))
        raw_batched = min(sink.post(push_bodies) for _ in range(3))
        floor = _validation_floor(a.ws, pending)
        push_s, report = _timed_run(a, "push")
        assert report.acked == N
        own_pull_s, report = _timed_run(a, "pull")
        assert report.skipped_own == N

        pull_s, report = _timed_run(b, "pull")
        assert b.ws.product_count() == N
        reply = requests.post(f"{platform.url}/v1/pull", json={"device_id": "x", "cursor": "", "limit": 1000},
                              headers=protocol.request_headers(token, "bench"))
        pull_bytes = len(reply.content) * (N // 1000 or 1)
        raw_pull = min(sink.post([b"x" * pull_bytes]) for _ in range(3))

        idle = []
        for _ in range(30):
            started = time.perf_counter()
            assert b.sync().ok
            idle.append(time.perf_counter() - started)
        assert_invariants(a)
        assert_invariants(b)
    finally:
        a.ws.close()
        b.ws.close()
        sink.stop()
        platform.stop()

    figures = {
        "records": N, "push_bytes": push_bytes,
        "raw_bulk_post_s": round(raw_bulk, 3), "raw_batched_posts_s": round(raw_batched, 3),
        "platform_validation_floor_s": round(floor, 3),
        "push_s": round(push_s, 3), "push_ratio_vs_validation_floor": round(push_s / floor, 1),
        "push_ratio_vs_raw_bulk": round(push_s / raw_bulk, 1),
        "own_changes_pull_back_s": round(own_pull_s, 3),
        "pull_s": round(pull_s, 3), "pull_bytes_approx": pull_bytes, "raw_post_of_pull_bytes_s": round(raw_pull, 3),
        "pull_ratio_vs_raw": round(pull_s / raw_pull, 1),
        "no_change_sync_median_ms": round(statistics.median(idle) * 1000, 1),
        "no_change_sync_p95_ms": round(sorted(idle)[int(len(idle) * 0.95) - 1] * 1000, 1),
    }
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
