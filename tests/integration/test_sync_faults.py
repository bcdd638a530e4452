"""Failure scenarios from sync-anchors.md, each ending on the invariants: nothing lost, nothing twice."""

from __future__ import annotations

import json
import shutil
import threading
import time

import requests

from heihe_desk.core.storage import outbox
from heihe_desk.core.storage.database import transaction
from heihe_desk.core.sync import credentials, protocol, queue
from heihe_desk.core.sync.state import sync_status
from heihe_desk.core.workspace import Workspace
from tests.integration.harness import assert_invariants, product


def _attempts(desk):
    return desk.ws.conn.execute("SELECT sum(attempts) FROM outbox").fetchone()[0]


def test_reply_lost_after_the_platform_committed_is_retried_and_recognised(make_desk):
    a = make_desk("a")
    a.ws.add_products([product(i) for i in range(40)])
    a.platform.arm(a.token, "push_error_after_commit")
    report = a.sync(push_batch=15)
    assert report.ok and report.acked == 40
    assert len(a.platform.records("shop-1", "products")) == 40
    assert_invariants(a)


def test_a_timeout_is_never_success_and_the_resend_is_acknowledged_not_applied_again(make_desk):
    a = make_desk("a")
    a.ws.add_products([product(i) for i in range(10)])
    a.platform.arm(a.token, "push_slow_reply", slow_reply_s=1.5)
    report = a.sync(timeout=(1.0, 0.5))
    assert report.ok and report.acked == 10
    with a.platform.db() as conn:
        statuses = conn.execute("SELECT status, count(*) FROM mutations GROUP BY status").fetchall()
    assert statuses == [("applied", 10)]
    assert_invariants(a)


def test_server_errors_mid_batch_with_and_without_partial_application_converge(make_desk):
    a = make_desk("a")
    a.ws.add_products([product(i) for i in range(60)])
    a.platform.arm(a.token, "push_partial_commit")
    a.platform.arm(a.token, "push_error_before_commit")
    report = a.sync(push_batch=20)
    assert report.ok and report.acked == 60
    assert_invariants(a)


def test_the_same_batch_twice_in_a_row_and_concurrently_is_applied_once(make_desk):
    a = make_desk("a")
    a.ws.add_products([product(i) for i in range(50)])
    batch = queue.pending_batch(a.ws.conn, a.ws.device.id, 100)
    body = protocol.push_body(a.ws.device.id, batch)
    headers = protocol.request_headers(a.token, "test")
    url = f"{a.platform.url}/v1/push"
    first = requests.post(url, data=body, headers=headers).json()
    again = requests.post(url, data=body, headers=headers).json()
    assert {r["status"] for r in first["results"]} == {"applied"}
    assert {r["status"] for r in again["results"]} == {"duplicate"}
    replies = []
    threads = [threading.Thread(target=lambda: replies.append(requests.post(url, data=body, headers=headers)))
               for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [r.status_code for r in replies] == [200] * 4
    a.sync()
    assert_invariants(a)
    with a.platform.db() as conn:
        assert conn.execute("SELECT count(*) FROM mutations").fetchone()[0] == 50


def test_two_syncs_of_one_data_folder_never_run_at_once(make_desk, tmp_path):
    a = make_desk("a")
    a.ws.add_products([product(i) for i in range(5)])
    a.platform.arm(a.token, "push_slow_reply", slow_reply_s=1.0)
    second = Workspace.open(a.ws.data_dir)  # a second window on the same queue
    results = []
    t = threading.Thread(target=lambda: results.append(a.sync()))
    t.start()
    time.sleep(0.3)
    from heihe_desk.core.sync.client import run_sync

    busy = run_sync(second.db, second.data_dir, a.config())
    t.join()
    second.close()
    assert not busy.ok and "another sync" in (busy.error or "")
    assert results[0].ok
    assert_invariants(a)


def test_out_of_order_batches_are_refused_as_a_gap_then_applied_in_order(make_desk):
    a = make_desk("a")
    a.ws.add_products([product(i) for i in range(20)])
    batch = queue.pending_batch(a.ws.conn, a.ws.device.id, 100)
    headers = protocol.request_headers(a.token, "test")
    url = f"{a.platform.url}/v1/push"
    early = requests.post(url, data=protocol.push_body(a.ws.device.id, batch[10:]), headers=headers)
    assert early.status_code == 409 and early.json()["error"] == "gap" and early.json()["expected_seq"] == 1
    assert a.platform.records("shop-1", "products") == {}
    assert requests.post(url, data=protocol.push_body(a.ws.device.id, batch[:10]), headers=headers).ok
    late = requests.post(url, data=protocol.push_body(a.ws.device.id, batch[10:]), headers=headers)
    assert {r["status"] for r in late.json()["results"]} == {"applied"}
    a.sync()
    assert_invariants(a)


def test_a_poison_record_among_a_hundred_is_rejected_visibly_and_the_queue_goes_on(make_desk):
    a = make_desk("a")
    a.ws.add_products([product(i) for i in range(50)])
    bad, _ = a.ws.save_product(product(999))
    with transaction(a.ws.db) as conn:   # an old version wrote a record today's rules refuse
        outbox.append(conn, a.ws.device, "products", bad.id, "update", {**bad.as_row(), "hs_code": "12AB"})
    a.ws.add_products([product(i) for i in range(50, 99)])
    report = a.sync(push_batch=30)
    assert report.ok and report.rejected == 1 and report.acked == 100
    [item] = a.ws.sync_attention()
    assert item.entity_id == bad.id and [i.field for i in item.issues] == ["hs_code"]
    assert item.issues[0].example                        # the platform says what a good value looks like
    assert sync_status(a.ws.db).rejected == 1
    assert a.platform.records("shop-1", "products")[bad.id]["hs_code"] == ""
    a.ws.save_product(product(999, hs_code="0902109000"), bad.id)  # the user fixes it …
    a.ws.resend_rejected(item.outbox_seq)                            # … and sends it again
    report = a.sync()
    assert report.ok and report.rejected == 0 and a.ws.sync_attention() == []
    assert a.platform.records("shop-1", "products")[bad.id]["hs_code"] == "0902109000"
    assert_invariants(a)


def test_unknown_token_is_an_auth_state_and_the_outbox_is_untouched(make_desk):
    a = make_desk("a")
    a.ws.add_products([product(i) for i in range(3)])
    before = _attempts(a)
    report = a.sync(token="not-a-token")
    assert report.state == "auth-needed" and not report.ok
    assert sync_status(a.ws.db).state == "auth-needed"
    assert a.outbox_states() == {"pending": 3} and _attempts(a) == before
    assert a.sync().ok


def test_old_client_and_new_client_get_update_needed_with_the_outbox_untouched(make_desk, monkeypatch):
    a = make_desk("a")
    a.ws.add_products([product(i) for i in range(3)])
    snapshot = a.ws.conn.execute("SELECT * FROM outbox ORDER BY seq").fetchall()
    monkeypatch.setattr(protocol, "PROTOCOL_VERSION", 0)
    report = a.sync()
    assert report.state == "update-needed" and "this app" in (report.error or "")
    monkeypatch.setattr(protocol, "PROTOCOL_VERSION", 1)
    monkeypatch.setattr(protocol, "SCHEMA_VERSION", 999)
    report = a.sync()
    assert report.state == "update-needed" and "platform" in (report.error or "")
    assert sync_status(a.ws.db).state == "update-needed"
    assert a.ws.conn.execute("SELECT * FROM outbox ORDER BY seq").fetchall() == snapshot
    monkeypatch.undo()
    assert a.sync().ok


def test_clock_skew_is_measured_and_warned_but_never_decides_order(make_desk):
    a, b = make_desk("a"), make_desk("b")
    p, _ = a.ws.save_product(product(1))
    a.sync(clock=lambda: time.time() + 3600)
    b.sync(clock=lambda: time.time() - 86400)
    b.ws.save_product(product(1, name_zh="后来的修改"), p.id)   # later edit, from the "yesterday" clock
    report = b.sync(clock=lambda: time.time() - 86400)
    assert report.ok and any("clock" in w for w in report.warnings)
    assert report.clock_skew_s is not None and report.clock_skew_s > 86000
    assert sync_status(b.ws.db).clock_warning
    a.sync()
    assert a.ws.product(p.id).name_zh == "后来的修改"          # server order, not device clocks


def test_network_down_means_offline_with_rows_kept_and_a_later_sync_resumes(make_desk):
    a = make_desk("a")
    a.ws.add_products([product(i) for i in range(5)])
    a.platform.stop()
    report = a.sync(retries=1)
    assert report.state == "offline" and "cannot reach" in (report.error or "")
    assert a.outbox_states() == {"pending": 5} and _attempts(a) == 5   # the failed run counted, nothing acked
    assert "cannot reach" in a.ws.conn.execute("SELECT last_error FROM outbox").fetchone()[0]
    a.platform.start()
    assert a.sync().ok
    assert_invariants(a)


def test_a_long_offline_period_with_thousands_of_queued_rows_syncs_completely(make_desk):
    a, b = make_desk("a"), make_desk("b")
    a.ws.add_products([product(i) for i in range(3000)])
    report = a.sync()
    assert report.ok and report.acked == 3000
    report = b.sync(pull_page=700)
    assert report.ok and b.ws.product_count() == 3000
    assert_invariants(a)
    assert_invariants(b)


def test_a_platform_restored_from_backup_is_detected_and_lost_changes_are_sent_again(make_desk, tmp_path):
    a, b = make_desk("a"), make_desk("b")
    a.ws.add_products([product(i) for i in range(10)])
    a.sync()
    copy = tmp_path / "platform-backup.sqlite3"
    a.platform.backup(copy)
    a.ws.add_products([product(i) for i in range(10, 25)])
    a.sync()
    b.sync()
    assert b.ws.product_count() == 25
    a.platform.restore(copy)                       # the platform lost the last 15 products
    report = a.sync()
    assert report.ok and report.reset and report.requeued == 15
    assert len(a.platform.records("shop-1", "products")) == 25
    report = b.sync()
    assert report.ok and report.reset and b.ws.product_count() == 25
    assert_invariants(a)
    assert_invariants(b)


def test_a_cloned_installation_is_told_of_the_device_clash_and_takes_a_new_id(make_desk, tmp_path, monkeypatch):
    a = make_desk("a")
    a.ws.add_products([product(i) for i in range(5)])
    a.sync()
    a.ws.close()
    shutil.copytree(tmp_path / "a", tmp_path / "clone")
    a.ws = Workspace.open(tmp_path / "a")
    clone = make_desk("clone", folder=tmp_path / "clone")
    assert clone.ws.device.id == a.ws.device.id
    a.ws.add_products([product(i, "A") for i in range(4)])
    clone.ws.add_products([product(i, "C") for i in range(6)])
    assert a.sync().ok
    clone.ws.set_setting("sync_server_url", clone.platform.url)
    clone.ws.set_setting("sync_account", clone.account)
    monkeypatch.setenv(credentials.ENV, clone.token)
    report, _changes = clone.ws.sync()                   # the façade path: its services must follow the new id
    assert report.ok and report.new_device_id and any("device id" in w for w in report.warnings)
    assert clone.ws.device.id != a.ws.device.id and clone.ws.device.code != a.ws.device.code
    assert clone.ws.rates.ctx.device == clone.ws.device
    assert a.sync().ok
    skus = {r["sku"] for r in a.platform.records("shop-1", "products").values()}
    assert len(skus) == 15 and {"A-00003", "C-00005"} <= skus
    assert_invariants(a)
    assert_invariants(clone)
    previous = json.loads(clone.ws.conn.execute("SELECT previous_device_ids FROM sync_state").fetchone()[0])
    assert previous == [a.ws.device.id]


def test_one_account_can_never_read_or_write_another(make_desk):
    a = make_desk("a", account="shop-1")
    other = make_desk("x", account="shop-2")
    p, _ = a.ws.save_product(product(1))
    a.sync()
    report = other.sync()
    assert other.ws.product_count() == 0 and "products" not in report.entities
    # The same record id pushed by another account is that account's own record, not an edit of shop-1's.
    other.ws.save_product(product(1, name_zh="别人的"), None)
    with transaction(other.ws.db) as conn:
        conn.execute("UPDATE outbox SET entity_id = ?, payload = json_set(payload, '$.id', ?)", (p.id, p.id))
    assert other.sync().ok
    assert a.platform.records("shop-1", "products")[p.id]["name_zh"] == "测试茶叶T1"
    assert a.platform.records("shop-2", "products")[p.id]["name_zh"] == "别人的"
    cursor = a.ws.conn.execute("SELECT cursor FROM sync_state").fetchone()[0]
    stolen = requests.post(f"{a.platform.url}/v1/pull", json={"device_id": "d", "cursor": cursor},
                           headers=protocol.request_headers(other.token, "t")).json()
    assert stolen["reset"] is True and stolen["changes"] == []      # another account's cursor means nothing


def test_customs_messages_without_xml_are_refused_at_sync_and_unreadable_ones_answered_by_customs(make_desk):
    """No XML at all: nothing reached customs, so the record waits in "needs attention". XML that customs
    cannot read is answered like the e-port does: a rejection (100 海关退单) with customs' reason."""
    from heihe_desk.core.customs import ReplyStatus, parse_reply

    a = make_desk("a")
    with transaction(a.ws.db) as conn:
        outbox.append(conn, a.ws.device, "customs_message", "msg-1", "create", {"id": "msg-1", "xml": "<CEB603/>"})
        outbox.append(conn, a.ws.device, "customs_message", "msg-2", "create", {"id": "msg-2"})
    report = a.sync()
    assert report.acked == 1 and report.rejected == 1
    [item] = a.ws.sync_attention()
    assert item.entity_id == "msg-2" and item.issues[0].field == "xml"
    reply = json.loads(a.ws.conn.execute("SELECT payload FROM synced_records WHERE entity = 'customs_reply'"
                                         ).fetchone()[0])
    assert (reply["status"], reply["message_id"]) == ("rejected", "msg-1")
    [answer] = parse_reply(reply["xml"]).returns
    assert answer.status is ReplyStatus.REJECTED and answer.reason is not None
    assert answer.reason.text("en") == "Message format error"


def test_a_record_type_the_platform_does_not_know_is_rejected_with_a_reason_not_dropped(make_desk):
    a = make_desk("a")
    with transaction(a.ws.db) as conn:
        outbox.append(conn, a.ws.device, "hovercraft", "h-1", "create", {"id": "h-1"})
        outbox.append(conn, a.ws.device, "rate", "r-1", "create", {"id": "r-1"})
    report = a.sync()
    assert report.rejected == 2
    reasons = {i.entity: i.issues[0].rule for i in a.ws.sync_attention()}
    assert "not known" in reasons["hovercraft"] and "kept by the platform" in reasons["rate"]


def test_a_request_size_limit_makes_the_desk_split_its_batches(make_desk):
    a = make_desk("a")
    a.platform.stop()
    a.platform.max_request_bytes = 40_000       # like a reverse proxy's client_max_body_size
    a.platform.start()
    a.ws.add_products([product(i) for i in range(300)])
    report = a.sync(push_batch=300)
    assert report.ok and report.acked == 300
    assert_invariants(a)


def test_customs_replies_wait_for_the_simulators_delay(make_desk):
    a = make_desk("a")
    a.platform.stop()
    a.platform.customs_delay_s = 0.6
    a.platform.start()
    with transaction(a.ws.db) as conn:
        outbox.append(conn, a.ws.device, "customs_message", "m-1", "create", {"id": "m-1", "xml": "<CEB603/>"})
    a.sync()
    replies = "SELECT count(*) FROM synced_records WHERE entity = 'customs_reply'"
    assert a.ws.conn.execute(replies).fetchone() == (0,)
    time.sleep(0.7)
    a.sync()
    assert a.ws.conn.execute(replies).fetchone() == (1,)
