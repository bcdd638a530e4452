"""A randomized sync run: desks edit, delete, send poison and sync through armed platform faults, then converge."""

from __future__ import annotations

import contextlib
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from heihe_desk.core.domain.errors import NotFoundError, ValidationError
from heihe_desk.core.storage import outbox
from heihe_desk.core.storage.database import transaction
from tests.integration.harness import Desk, assert_invariants, product

SERVER_FAULTS = ("push_error_after_commit", "push_error_before_commit", "push_partial_commit", "pull_error")


@dataclass
class RunLog:
    steps: list[str] = field(default_factory=list)


def random_run(make_desk: Callable[..., Desk], seed: int, steps: int, desks: int = 2, max_add: int = 20) -> RunLog:
    """``steps`` random actions across ``desks`` desks of one account, then a clean sync round and the checks."""
    rng = random.Random(seed)
    pool = [make_desk(f"s{seed}-d{i}") for i in range(desks)]
    log, counter = RunLog(), 0
    for _ in range(steps):
        index = rng.randrange(len(pool))
        desk = pool[index]
        action = rng.choice(("add", "add", "edit", "edit", "delete", "sync", "sync", "fault", "poison"))
        live = sorted(desk.products())
        log.steps.append(f"d{index}:{action}")
        if action == "add":
            n = rng.randint(1, max_add)
            desk.ws.add_products([product(counter + k, f"R{seed}") for k in range(n)])
            counter += n
        elif action == "edit" and live:
            pid = rng.choice(live)
            with contextlib.suppress(NotFoundError, ValidationError):
                desk.ws.save_product(product(0, f"R{seed}", sku=desk.ws.product(pid).sku,
                                             name_zh=f"改{rng.randrange(10**6)}"), pid)
        elif action == "delete" and live:
            desk.ws.delete_product(rng.choice(live))
        elif action == "poison" and live:
            pid = rng.choice(live)
            with transaction(desk.ws.db) as conn:
                outbox.append(conn, desk.ws.device, "products", pid, "update", {"id": pid, "sku": "", "name_zh": ""})
        elif action in ("sync", "fault"):
            if action == "fault":
                desk.platform.arm(desk.token, rng.choice(SERVER_FAULTS), times=rng.randint(1, 2))
            desk.sync(push_batch=rng.choice((3, 7, 50)), pull_page=rng.choice((4, 25, 1000)), retries=4)
    pool[0].platform.arm(pool[0].token, "clear")  # faults armed but never reached would fail the clean round
    for _round in range(3):
        for desk in pool:
            report = desk.sync()
            assert report.ok, (report.error, log.steps)
    for desk in pool:
        assert_invariants(desk)
    assert_converged(pool)
    return log


def assert_converged(pool: list[Desk]) -> None:
    """Every desk shows what the platform holds, except records it keeps visibly apart (conflicts, rejections)."""
    server = pool[0].platform.records(pool[0].account, "products")
    for desk in pool:
        conn = desk.ws.conn
        apart = {r[0] for r in conn.execute("SELECT entity_id FROM sync_conflicts WHERE resolved_at IS NULL")}
        apart |= {r[0] for r in conn.execute("SELECT entity_id FROM outbox WHERE state = 'rejected'")}
        local = desk.products()
        for pid in set(server) | set(local):
            if pid in apart:
                continue
            assert pid in server and pid in local, pid
            assert (server[pid]["sku"], server[pid]["name_zh"]) == (local[pid]["sku"], local[pid]["name_zh"]), pid
