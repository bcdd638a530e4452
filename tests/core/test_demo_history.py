"""Demo trading history: consistent orders, stock, payments and waybills, every fact queued for sync."""

from __future__ import annotations

import subprocess
import sys

from heihe_desk.core.demo import fill
from heihe_desk.core.demo_history import fill_history
from heihe_desk.core.domain.order import order_totals
from heihe_desk.core.workspace import Workspace


def test_history_is_consistent_and_queued(workspace: Workspace):
    """Totals match their lines, paid never exceeds total, shipped orders have waybills, nothing is unqueued."""
    fill(workspace, 300, seed=3)
    fill_history(workspace, 400, seed=3)
    ws = workspace
    assert ws.orders.count() == 400
    statuses = {r[0] for r in ws.conn.execute("SELECT DISTINCT status FROM orders")}
    assert {"delivered", "draft", "cancelled"} <= statuses
    for row in ws.orders.rows(ws.orders.rowids()[:50]).values():
        order = ws.orders.get(row["id"])
        lines = ws.orders.lines(order["id"])
        assert order["total"] == order_totals(((ln["qty_milli"], ln["unit_price"]) for ln in lines),
                                              order["freight"]).total
        assert 0 <= order["paid"] <= order["total"] + 1
        if order["status"] in ("shipped", "delivered", "returned"):
            assert ws.orders.waybill(order["id"]) is not None
        assert ws.orders.events(order["id"])[-1]["to_status"] == order["status"]
    numbers = [r[0] for r in ws.conn.execute("SELECT number FROM orders")]
    assert len(set(numbers)) == 400
    queued = ws.conn.execute("SELECT count(*) FROM outbox WHERE entity = 'orders'").fetchone()[0]
    assert queued == 400
    assert ws.check() == []


def test_cli_demo_with_orders(tmp_path):
    """`heihe-desk demo --products N --orders M` builds both and `orders` lists them."""
    folder = tmp_path / "data"
    run = [sys.executable, "-m", "heihe_desk"]
    subprocess.run([*run, "demo", "--data-dir", str(folder), "--products", "200", "--orders", "150"], check=True,
                   capture_output=True)
    out = subprocess.run([*run, "orders", "--data-dir", str(folder), "--status", "delivered", "--limit", "3"],
                         check=True, capture_output=True, text=True).stdout
    assert "ORD-" in out and " of " in out
