"""Two desks of one trader see each other's sales, payments and stock through the platform (capability 14, rule 8)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import requests

from heihe_desk.core.storage import outbox
from heihe_desk.core.storage.database import transaction
from heihe_desk.core.sync import protocol
from tests.integration.harness import Desk, assert_invariants, product


@dataclass
class Stall:
    """What both desks share after a first sync: one product in stock, one buyer, one location."""

    product_id: str
    buyer_id: str
    location_id: str


def open_stall(a: Desk, b: Desk, units: str = "1") -> Stall:
    """Desk A sets up the stall and receives ``units``; both desks sync so B has the same data."""
    tea, _ = a.ws.save_product(product(1))
    buyer, _ = a.ws.save_partner({"kind": "buyer_person", "name": "Иванов Иван"})
    shop = a.ws.stock.ensure_default_location()
    a.ws.stock.receive({"product_id": tea.id, "location_id": shop, "quantity": units})
    assert a.sync().ok and b.sync().ok
    return Stall(tea.id, buyer.id, shop)


def sell(desk: Desk, stall: Stall, qty: str = "1", price: str = "12.50") -> dict[str, Any]:
    """A confirmed sale at the market, allowed to oversell (the desk is offline: it cannot know the other sale)."""
    draft = desk.ws.orders.save_draft({"kind": "b2c", "buyer_id": stall.buyer_id, "order_date": "2026-12-04",
                                       "location_id": stall.location_id},
                                      [{"product_id": stall.product_id, "quantity": qty, "unit_price": price}])
    return desk.ws.orders.confirm(draft["id"], allow_oversell=True)


def on_hand(desk: Desk, stall: Stall) -> int:
    return sum(r["qty_milli"] for r in desk.ws.stock.on_hand(stall.product_id))


def orders(desk: Desk) -> dict[str, dict[str, Any]]:
    rows = desk.ws.conn.execute("SELECT id, number, status, paid, total FROM orders").fetchall()
    return {r[0]: {"number": r[1], "status": r[2], "paid": r[3], "total": r[4]} for r in rows}


def test_a_sale_on_one_desk_shows_on_the_other_with_its_stock_drop_and_no_outbox_rows(make_desk):
    a, b = make_desk("a"), make_desk("b")
    stall = open_stall(a, b)
    assert on_hand(b, stall) == 1000                    # the receipt travelled: stock is the sum of movements
    sale = sell(a, stall)
    a.ws.orders.add_payment(sale["id"], {"amount": "12.50", "paid_at": "2026-12-04"})
    before = b.outbox_states()
    assert a.sync().ok
    report = b.sync()
    assert report.ok and {"orders", "stock_movements", "payments"} <= report.entities
    seen = orders(b)[sale["id"]]
    assert (seen["number"], seen["status"], seen["paid"], seen["total"]) == (sale["number"], "confirmed", 1250, 1250)
    assert [ln["sku"] for ln in b.ws.orders.lines(sale["id"])] == ["T-00001"]
    assert [e["to_status"] for e in b.ws.orders.events(sale["id"])] == ["draft", "confirmed"]
    assert on_hand(b, stall) == 0
    assert b.outbox_states() == before                  # pulled facts are never queued again
    assert_invariants(a)
    assert_invariants(b)


def test_both_desks_sell_the_last_unit_offline_and_both_sales_stay_with_minus_one_everywhere(make_desk):
    a, b = make_desk("a"), make_desk("b")
    stall = open_stall(a, b)
    first, second = sell(a, stall), sell(b, stall)       # both offline: each sees 1 unit on the shelf
    assert on_hand(a, stall) == on_hand(b, stall) == 0
    assert a.sync().ok and b.sync().ok and a.sync().ok
    for desk in (a, b):
        assert {first["id"], second["id"]} <= set(orders(desk))
        assert on_hand(desk, stall) == -1000             # the oversell is recorded and visible, never lost
    low = {r["id"] for r in b.ws.stock.low_stock(1)}
    assert stall.product_id in low
    assert len(a.platform.records("shop-1", "orders")) == 2
    assert_invariants(a)
    assert_invariants(b)


def test_a_payment_that_arrives_before_its_order_waits_for_it(make_desk):
    """The feed orders records by their latest change: an order moved on after its payment comes later."""
    a, b = make_desk("a"), make_desk("b")
    stall = open_stall(a, b, units="5")
    sale = sell(a, stall, qty="2")
    a.ws.orders.add_payment(sale["id"], {"amount": "25.00", "paid_at": "2026-12-04"})
    a.ws.orders.set_status(sale["id"], "shipped")        # the order's latest state now follows the payment
    a.ws.orders.set_waybill(sale["id"], {"waybill_no": "SF1234567890"})
    assert a.sync().ok
    report = b.sync(pull_page=1)                          # one change per page: the payment comes alone first
    assert report.ok
    seen = orders(b)[sale["id"]]
    assert (seen["status"], seen["paid"]) == ("shipped", 2500)
    assert b.ws.orders.waybill(sale["id"])["waybill_no"] == "SF1234567890"
    assert b.ws.conn.execute("SELECT count(*) FROM synced_records WHERE entity IN ('payments', 'waybills')"
                             ).fetchone() == (0,)           # nothing left waiting
    assert on_hand(b, stall) == 3000


def test_an_order_with_unsent_local_changes_keeps_them_and_the_platform_version_is_a_visible_conflict(make_desk):
    a, b = make_desk("a"), make_desk("b")
    stall = open_stall(a, b, units="5")
    sale = sell(a, stall)
    assert a.sync().ok and b.sync().ok
    b.ws.orders.set_status(sale["id"], "shipped")         # B ships it, still offline
    a.ws.orders.cancel(sale["id"], "buyer changed their mind")
    assert a.sync().ok
    from heihe_desk.core.sync.client import SyncReport, _Run
    from heihe_desk.core.sync.transport import Transport

    _Run(b.ws.db, Transport(b.platform.url, b.token), b.config(), SyncReport(), lambda *_: None).pull_all()
    assert orders(b)[sale["id"]]["status"] == "shipped"   # the pending local change is not overwritten
    [conflict] = b.ws.sync_conflicts()
    assert conflict.entity == "orders" and conflict.server_payload["status"] == "cancelled"
    b.ws.resolve_sync_conflict(conflict.id, take_server=True)
    assert orders(b)[sale["id"]]["status"] == "cancelled"
    assert b.sync().ok and a.sync().ok
    assert orders(a)[sale["id"]]["status"] == orders(b)[sale["id"]]["status"] == "cancelled"


def test_newer_order_versions_win_and_older_ones_never_roll_a_desk_back(make_desk):
    a, b = make_desk("a"), make_desk("b")
    stall = open_stall(a, b, units="5")
    sale = sell(a, stall)
    a.ws.orders.set_status(sale["id"], "shipped")
    assert a.sync().ok and b.sync().ok
    assert orders(b)[sale["id"]]["status"] == "shipped"
    stale = {**a.ws.orders.get(sale["id"]), "status": "confirmed", "version": 1, "lines": [], "events": []}
    from heihe_desk.core.sync.apply import apply_changes

    with transaction(b.ws.db) as conn:
        apply_changes(conn, [protocol.Change(10**6, "orders", sale["id"], 9, False, stale, "2026-12-04T00:00:00Z")])
    assert orders(b)[sale["id"]]["status"] == "shipped"


def _push(desk: Desk, entity: str, record_id: str, payload: dict[str, Any], op: str = "create") -> None:
    with transaction(desk.ws.db) as conn:
        outbox.append(conn, desk.ws.device, entity, record_id, op, payload)


def test_the_platform_checks_orders_payments_and_movements_and_rejects_only_the_bad_ones(make_desk):
    a, b = make_desk("a"), make_desk("b")
    stall = open_stall(a, b, units="5")
    good = sell(a, stall)
    bad = a.ws.orders.get(good["id"])
    _push(a, "orders", "o-bad", {**bad, "id": "o-bad", "number": "X-1", "total": bad["total"] + 1,
                                 "lines": [{**ln, "order_id": "o-bad", "qty_milli": 1.5}
                                           for ln in a.ws.orders.lines(good["id"])], "events": []})
    _push(a, "payments", "p-orphan", {"id": "p-orphan", "order_id": "no-such-order", "amount": 100,
                                      "currency": "CNY", "amount_order_currency": 100, "paid_at": "2026-12-04"})
    _push(a, "payments", "p-float", {"id": "p-float", "order_id": good["id"], "amount": 12.5, "currency": "CNY",
                                     "amount_order_currency": 1250, "paid_at": "2026-12-04"})
    _push(a, "stock_movements", "m-zero", {"id": "m-zero", "product_id": stall.product_id, "qty_milli": 0,
                                           "location_id": stall.location_id, "kind": "sale", "order_id": good["id"],
                                           "at": "2026-12-04T10:00:00Z", "device_id": a.ws.device.id})
    sale_row = a.ws.stock.movements(stall.product_id)[0]
    _push(a, "stock_movements", sale_row["id"], {**sale_row, "qty_milli": -5000}, op="update")
    later = a.ws.orders.add_payment(good["id"], {"amount": "12.50", "paid_at": "2026-12-04"})
    report = a.sync()
    assert report.ok and report.rejected == 5
    reasons = {item.entity_id: {i.field for i in item.issues} for item in a.ws.sync_attention()}
    assert reasons == {"o-bad": {"lines[0].qty_milli"}, "p-orphan": {"order_id"}, "p-float": {"amount"},
                       "m-zero": {"qty_milli"}, sale_row["id"]: {"id"}}
    rules = {item.entity_id: item.issues[0] for item in a.ws.sync_attention()}
    assert rules["p-orphan"].params == {"key": "no-such-order"} and rules["m-zero"].example
    assert later["id"] in a.platform.records("shop-1", "payments")     # the queue went on past the bad ones
    assert b.sync().ok and orders(b)[good["id"]]["paid"] == 1250
    assert_invariants(a)


def test_order_totals_that_do_not_add_up_are_refused_with_the_expected_value(make_desk):
    a = make_desk("a")
    headers = protocol.request_headers(a.token, "t")
    line = {"id": "l1", "order_id": "o1", "line_no": 1, "product_id": "p1", "sku": "T-1", "qty_milli": 2000,
            "unit_price": 1250, "amount": 2500}
    head = {"id": "o1", "number": "ORD-1", "kind": "b2c", "trade_mode": "9610", "buyer_id": "b1", "currency": "CNY",
            "order_date": "2026-12-04", "status": "confirmed", "location_id": "s1", "freight": 100, "insurance": 0,
            "discount": 0, "goods_total": 2500, "total": 2500, "paid": 0, "lines": [line], "events": []}
    body = protocol.push_body("dev-x", [protocol.OutgoingMutation("m1", 1, 7, "orders", "o1", "create",
                                                                  protocol_json(head), "2026-12-04T00:00:00Z")])
    [result] = requests.post(f"{a.platform.url}/v1/push", data=body, headers=headers, timeout=10).json()["results"]
    assert result["status"] == "rejected"
    assert [(i["field"], i["params"]) for i in result["issues"]] == [("total", {"expected": "2600"})]


def protocol_json(payload: dict[str, Any]) -> str:
    import json

    return json.dumps(payload, ensure_ascii=False)


def test_a_demo_trading_history_syncs_without_rejections_and_arrives_whole_on_another_desk(make_desk):
    """Every kind of record the desk writes (products, partners, rates, batches, movements, orders, payments,
    waybills) passes the platform's checks, and a second desk ends with the same facts and stock."""
    from heihe_desk.core.demo import fill
    from heihe_desk.core.demo_history import fill_history

    a, b = make_desk("a"), make_desk("b")
    fill(a.ws, 40, seed=3)
    fill_history(a.ws, 150, seed=5, months=2)
    report = a.sync()
    assert report.ok and report.rejected == 0, a.ws.sync_attention()[:3]
    assert b.sync().ok and b.ws.orders.count() == 150
    for table in ("orders", "order_lines", "order_events", "payments", "stock_movements", "batches", "waybills",
                  "rates"):
        assert (a.ws.conn.execute(f"SELECT count(*) FROM {table}").fetchone()
                == b.ws.conn.execute(f"SELECT count(*) FROM {table}").fetchone()), table
    stock = "SELECT product_id, location_id, sum(qty_milli) FROM stock_movements GROUP BY 1, 2 ORDER BY 1, 2"
    paid = "SELECT id, status, paid, total FROM orders ORDER BY id"
    assert a.ws.conn.execute(stock).fetchall() == b.ws.conn.execute(stock).fetchall()
    assert a.ws.conn.execute(paid).fetchall() == b.ws.conn.execute(paid).fetchall()
    assert b.outbox_states() == {}


def test_copies_an_older_version_kept_aside_are_applied_on_the_next_sync(make_desk):
    """Before desk records were applied, pulled orders, payments and movements were only kept in synced_records;
    the first sync of this version applies that backlog (no re-pull needed)."""
    a, b = make_desk("a"), make_desk("b")
    stall = open_stall(a, b, units="3")
    sale = sell(a, stall)
    a.ws.orders.add_payment(sale["id"], {"amount": "12.50", "paid_at": "2026-12-04"})
    assert a.sync().ok and b.sync().ok
    with transaction(b.ws.db) as conn:             # what the old pull left: copies kept, tables untouched
        for table in ("payments", "stock_movements", "order_events", "order_lines", "orders"):
            conn.execute(f"DELETE FROM {table}")
        for entity in ("orders", "payments", "stock_movements"):
            for record_id, payload in a.platform.records("shop-1", entity).items():
                payload.pop("_deleted")
                conn.execute("INSERT INTO synced_records(entity, id, version, deleted, payload, server_seq,"
                             " updated_at) VALUES (?, ?, 1, 0, ?, 1, '2026-12-04T00:00:00Z')",
                             (entity, record_id, protocol_json(payload)))
    assert on_hand(b, stall) == 0 and orders(b) == {}
    assert b.sync().ok
    assert orders(b)[sale["id"]]["paid"] == 1250 and on_hand(b, stall) == 2000
    assert b.ws.conn.execute("SELECT count(*) FROM synced_records WHERE entity IN ('orders', 'payments',"
                             " 'stock_movements')").fetchone() == (0,)
