"""The platform's customs simulator end to end: declared orders are answered with schema-valid receipts that move
the declaration and the order on the desk (capabilities 7 and 15)."""

from __future__ import annotations

import json

from heihe_desk.core.customs import ReplyStatus, parse_reply
from heihe_desk.core.storage.database import transaction
from heihe_desk.server.customs_sim import judge
from tests.declaration_shop import build_shop
from tests.integration.harness import assert_invariants


def _replies(desk) -> dict[str, dict]:
    rows = desk.ws.conn.execute("SELECT id, payload FROM synced_records WHERE entity = 'customs_reply'").fetchall()
    return {r[0]: json.loads(r[1]) for r in rows}


def _declarations(desk, message_type: str | None = None) -> list[dict]:
    ids = desk.ws.declarations.rowids(message_type=message_type)
    return list(desk.ws.declarations.rows(ids).values())


def test_a_declared_order_is_accepted_then_released_and_the_desk_moves_it(make_desk):
    a, b = make_desk("a"), make_desk("b")
    shop = build_shop(a.ws)
    order = shop.order([("TEA-0001", "2", "45.50"), ("CUP-0002", "1", "89.00")])
    generated = a.ws.declarations.generate([order["id"]], accept_warnings=True)
    assert [c.order_id for c in generated.declared] == [order["id"]]
    report = a.sync()                       # pushes the order, its facts and 4 messages; the replies (no delay)
    assert report.ok and report.rejected == 0 and report.customs_replies == 5, report
    replies = _replies(a)
    assert sorted(r["status"] for r in replies.values()) == ["accepted"] * 4 + ["released"]
    for reply in replies.values():        # realistic receipts: the official schema accepts every one
        message = parse_reply(reply["xml"])
        assert message.schema_valid and message.message_type == reply["message_type"]
    [listing] = _declarations(a, "CEB603")
    assert listing["status"] == ReplyStatus.RELEASED
    assert {d["status"] for d in _declarations(a)} == {ReplyStatus.RELEASED, ReplyStatus.ACCEPTED}
    assert a.ws.orders.get(order["id"])["status"] == "released"
    assert a.sync().ok                      # the status move is the desk's own change: pushed like any edit
    assert b.sync().ok
    assert b.ws.orders.get(order["id"])["status"] == "released"
    assert_invariants(a)


def test_a_message_that_breaks_the_schema_is_rejected_with_customs_reason_and_the_order_goes_back(make_desk):
    a = make_desk("a")
    shop = build_shop(a.ws, files=())
    order = shop.order([("TEA-0001", "1", "45.50")])
    a.ws.declarations.generate([order["id"]], accept_warnings=True)
    with transaction(a.ws.db) as conn:       # the message as an older app version might have written it
        row = conn.execute("SELECT rowid, payload FROM outbox WHERE entity = 'customs_message'").fetchone()
        payload = json.loads(row[1])
        payload["xml"] = payload["xml"].replace("<ceb:gcode>0902109000</ceb:gcode>", "<ceb:gcode>09021</ceb:gcode>")
        conn.execute("UPDATE outbox SET payload = ? WHERE rowid = ?", (json.dumps(payload, ensure_ascii=False),
                                                                       row[0]))
    assert judge(payload["xml"]).problem.startswith("数据包不能通过schema验证")
    report = a.sync()
    assert report.ok and report.customs_replies == 1
    [reply] = _replies(a).values()
    [answer] = parse_reply(reply["xml"]).returns
    assert answer.status is ReplyStatus.REJECTED and answer.reason is not None
    assert answer.reason.text("en") == "The message failed the customs schema check" and "gcode" in answer.return_info
    assert a.ws.orders.get(order["id"])["status"] == "confirmed"   # back to confirmed: fix it and declare again


def test_replies_are_applied_with_their_page_so_a_second_pull_of_them_changes_nothing(make_desk):
    a = make_desk("a")
    shop = build_shop(a.ws, files=())
    order = shop.order([("HON-0003", "1", "68.00")])
    a.ws.declarations.generate([order["id"]], accept_warnings=True)
    assert a.sync().customs_replies == 2
    [listing] = _declarations(a)
    stored = a.ws.declarations.replies(listing["id"])
    assert len(stored) == 2 and a.ws.orders.get(order["id"])["status"] == "released"
    a.ws.conn.execute("UPDATE sync_state SET cursor = ''")     # the whole feed again, replies included
    report = a.sync()
    assert report.ok and report.customs_replies == 2
    assert a.ws.declarations.replies(listing["id"]) == stored   # each stored once, the order moved once
    assert [e["to_status"] for e in a.ws.orders.events(order["id"])].count("released") == 1


def test_a_reply_the_service_cannot_use_is_reported_and_kept_and_the_pull_goes_on(make_desk):
    a = make_desk("a")
    with transaction(a.ws.db) as conn:
        from heihe_desk.core.storage import outbox

        outbox.append(conn, a.ws.device, "customs_message", "m-1", "create", {"id": "m-1", "xml": "<x/>"})

    def refuse(conn, payload):
        conn.execute("UPDATE settings SET value = value WHERE key = 'never'")  # a write the savepoint undoes
        raise ValueError("not a reply we know")

    report = a.sync(reply_hook=refuse)
    assert report.ok and report.customs_replies == 0
    assert any("could not be applied: not a reply we know" in w for w in report.warnings)
    assert set(_replies(a)) == {"m-1:rejected"}
