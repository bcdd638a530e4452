"""A randomized sync run: desks edit, delete, sell, pay, send poison and sync through armed platform faults, then
converge: master data as the platform holds it, and every sale, payment and stock movement everywhere once."""

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
    stall = _open_stall(pool)
    log, counter = RunLog(), 0
    for _ in range(steps):
        index = rng.randrange(len(pool))
        desk = pool[index]
        action = rng.choice(("add", "add", "edit", "edit", "delete", "sync", "sync", "fault", "poison", "sell",
                             "sell", "cancel"))
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
        elif action == "sell" and live:
            _sell(desk, stall, rng.choice(live), rng)
        elif action == "cancel":
            confirmed = [r[0] for r in desk.ws.conn.execute("SELECT id FROM orders WHERE status = 'confirmed'")]
            if confirmed:
                with contextlib.suppress(ValidationError):
                    desk.ws.orders.cancel(rng.choice(sorted(confirmed)))
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
    assert_facts_converged(pool)
    return log


def _open_stall(pool: list[Desk]) -> tuple[str, str]:
    """A buyer and a location made on the first desk and known to all (buyer id, location id)."""
    first = pool[0]
    buyer, _ = first.ws.save_partner({"kind": "buyer_person", "name": "Иванов Иван"})
    location = first.ws.stock.ensure_default_location()
    for desk in pool:
        assert desk.sync().ok
    return buyer.id, location


def _sell(desk: Desk, stall: tuple[str, str], product_id: str, rng: random.Random) -> None:
    """A market sale, confirmed offline (overselling is allowed: the other desks may have sold the same goods)."""
    buyer, location = stall
    with contextlib.suppress(ValidationError, NotFoundError):  # the product may have been deleted meanwhile
        draft = desk.ws.orders.save_draft({"kind": "b2c", "buyer_id": buyer, "order_date": "2026-12-04",
                                           "location_id": location},
                                          [{"product_id": product_id, "quantity": str(rng.randint(1, 3)),
                                            "unit_price": "12.50"}])
        order = desk.ws.orders.confirm(draft["id"], allow_oversell=True)
        if rng.random() < 0.5:
            desk.ws.orders.add_payment(order["id"], {"amount": f"{order['total'] / 100:.2f}", "paid_at": "2026-12-04"})


def assert_facts_converged(pool: list[Desk]) -> None:
    """Every sale, payment and stock movement of any desk exists once on the platform and on every desk;
    stock on hand (the sum of movements) and each order's paid amount agree everywhere."""
    platform = pool[0].platform
    for table in ("stock_movements", "payments"):
        server = set(platform.records(pool[0].account, table))
        for desk in pool:
            local = {r[0] for r in desk.ws.conn.execute(f"SELECT id FROM {table}")}
            assert local == server, (table, len(local - server), len(server - local))
    stock = [dict(desk.ws.conn.execute("SELECT product_id, sum(qty_milli) FROM stock_movements GROUP BY product_id"))
             for desk in pool]
    assert all(s == stock[0] for s in stock)
    paid = [dict(desk.ws.conn.execute("SELECT id, paid FROM orders")) for desk in pool]
    assert all(p == paid[0] for p in paid) and set(paid[0]) == set(platform.records(pool[0].account, "orders"))


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
