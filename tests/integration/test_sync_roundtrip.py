"""Push and pull between real desks and the real platform: the everyday paths of sync (capability 14)."""

from __future__ import annotations

import os
import stat

import requests

from heihe_desk.core.sync import credentials, protocol
from heihe_desk.core.sync.state import sync_status
from tests.integration.harness import assert_invariants, partner, product


def test_products_and_partners_reach_another_desk_searchable_and_without_outbox_rows(make_desk):
    a, b = make_desk("a"), make_desk("b")
    a.ws.add_products([product(i) for i in range(30)])
    a.ws.save_partner(partner(1))
    report = a.sync()
    assert report.ok and report.acked == 31 and report.rejected == 0
    report = b.sync()
    assert report.ok and report.applied >= 31 and {"products", "partners"} <= report.entities
    assert b.ws.product_count() == 30
    assert len(b.ws.product_rowids("茶叶T7")) == 1          # search index kept in step with pulled rows
    assert b.ws.partner_rowids("Петров")
    assert b.outbox_states() == {}                          # pulled data never writes outbox rows
    received = b.ws.conn.execute("SELECT count(*) FROM sync_received WHERE entity = 'products'").fetchone()
    assert received == (30,)                                # … and is marked as received instead
    assert_invariants(a)
    assert_invariants(b)


def test_own_changes_coming_back_are_skipped_and_a_no_change_sync_is_one_request(make_desk, monkeypatch):
    a = make_desk("a")
    a.ws.add_products([product(i) for i in range(5)])
    report = a.sync()
    assert report.skipped_own == 5
    calls = []
    real_request = requests.Session.request

    def counting(self, method, url, *args, **kwargs):
        calls.append(url)
        return real_request(self, method, url, *args, **kwargs)

    monkeypatch.setattr(requests.Session, "request", counting)
    report = a.sync()
    assert report.ok and (report.pushed, report.pulled) == (0, 0)
    assert [c.rsplit("/", 1)[-1] for c in calls] == ["pull"]


def test_updates_and_deletes_travel_as_versions_and_tombstones(make_desk):
    a, b = make_desk("a"), make_desk("b")
    saved, _ = a.ws.save_product(product(1))
    gone, _ = a.ws.save_product(product(2))
    a.sync()
    b.sync()
    a.ws.save_product(product(1, name_zh="新名字绿茶"), saved.id)
    a.ws.delete_product(gone.id)
    a.sync()
    report = b.sync()
    assert report.applied == 2
    assert b.ws.product(saved.id).name_zh == "新名字绿茶"
    assert b.ws.product_count() == 1 and not b.ws.product_rowids("测试茶叶T2")
    tomb = b.ws.conn.execute("SELECT deleted_at FROM products WHERE id = ?", (gone.id,)).fetchone()
    assert tomb[0]                                            # the row stays as a tombstone
    assert a.platform.records("shop-1", "products", live_only=False)[gone.id]["_deleted"]


def test_pulled_data_never_overwrites_pending_local_edits_and_the_conflict_is_visible(make_desk):
    a, b = make_desk("a"), make_desk("b")
    p, _ = a.ws.save_product(product(1))
    a.sync()
    b.sync()
    a.ws.save_product(product(1, name_zh="A的名字"), p.id)
    a.sync()
    b.ws.save_product(product(1, name_zh="B的名字"), p.id)
    # Pull only (as if the push had failed): the platform's version must not replace B's pending edit.
    from heihe_desk.core.sync.client import SyncReport, _Run
    from heihe_desk.core.sync.transport import Transport

    run = _Run(b.ws.db, Transport(b.platform.url, b.token), b.config(), SyncReport(), lambda *_: None)
    run.pull_all()
    assert b.ws.product(p.id).name_zh == "B的名字"
    [conflict] = b.ws.sync_conflicts()
    assert conflict.server_payload["name_zh"] == "A的名字" and conflict.entity_id == p.id
    assert sync_status(b.ws.db).conflicts == 1
    report = b.sync()                                          # B's edit arrives later: arrival order decides
    assert report.ok and b.platform.records("shop-1", "products")[p.id]["name_zh"] == "B的名字"
    b.ws.resolve_sync_conflict(conflict.id, take_server=True)  # the user picks the platform's text after all
    assert b.ws.product(p.id).name_zh == "A的名字"
    b.sync()
    a.sync()
    assert a.ws.product(p.id).name_zh == "A的名字"
    assert_invariants(a)
    assert_invariants(b)


def test_a_replayed_create_with_a_new_mutation_id_returns_the_existing_record(make_desk):
    a = make_desk("a")
    p, _ = a.ws.save_product(product(1))
    a.sync()
    replay = a.ws.conn.execute("SELECT payload FROM outbox").fetchone()[0]
    body = protocol.push_body("other-device", [protocol.OutgoingMutation(
        "fresh-mutation-id", 1, 5, "products", p.id, "create", replay, "2026-01-01T00:00:00Z")])
    r = requests.post(f"{a.platform.url}/v1/push", data=body, headers=protocol.request_headers(a.token, "t"))
    [result] = r.json()["results"]
    assert result["status"] == "duplicate" and result["version"] == 1
    assert len(a.platform.records("shop-1", "products")) == 1


def test_status_reports_state_counts_last_success_and_skew(make_desk):
    a = make_desk("a")
    assert sync_status(a.ws.db).state == "never"
    a.ws.add_products([product(i) for i in range(3)])
    st = a.ws.sync_status()
    assert (st.state, st.pending, st.rejected) == ("never", 3, 0)
    a.sync()
    st = a.ws.sync_status()
    assert st.state == "online" and st.pending == 0 and st.last_success_at and abs(st.clock_skew_s) < 5
    assert not st.clock_warning and st.device_id == a.ws.device.id


def test_workspace_sync_uses_settings_and_the_token_from_the_environment(make_desk, monkeypatch):
    a = make_desk("a")
    a.ws.set_setting("sync_server_url", a.platform.url)
    a.ws.set_setting("sync_account", "shop-1")
    a.ws.save_product(product(1))
    report, changes = a.ws.sync()
    assert report.state == "auth-needed" and not changes.products     # no token anywhere yet
    monkeypatch.setenv(credentials.ENV, a.token)
    report, _ = a.ws.sync()
    assert report.ok and report.acked == 1


def test_token_falls_back_to_a_private_file_with_a_warning(tmp_path, monkeypatch):
    monkeypatch.delenv(credentials.ENV, raising=False)
    monkeypatch.setattr(credentials, "_keyring", lambda: None)
    warning = credentials.set_token(tmp_path, "https://p.example", "shop", "secret-token")
    assert warning and "keyring" in warning
    path = tmp_path / credentials.TOKEN_FILE
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert credentials.get_token(tmp_path, "https://p.example", "shop") == ("secret-token", "file")
    monkeypatch.setenv(credentials.ENV, "from-env")
    assert credentials.get_token(tmp_path, "https://p.example", "shop") == ("from-env", "env")


def test_code_tables_and_rates_are_pulled_as_versioned_reference_data(make_desk):
    from heihe_desk.server import reference
    from heihe_desk.server.store import Store

    a = make_desk("a")
    store = Store(a.platform.data_dir)
    with store.write() as conn:
        reference.publish_rate(conn, "CNY", "RUB", "12.4563", "2026-03-08", "test")
        reference.refresh_all(conn, {})
        conn.execute("UPDATE records SET payload = json_set(payload, '$.version', '2099.1',"
                     " '$.entries[0].zh', '新名称'), server_seq = (SELECT next_seq FROM accounts) WHERE entity ="
                     " 'code_table' AND id = 'units'")
        conn.execute("UPDATE accounts SET next_seq = next_seq + 1")
    report = a.sync()
    assert report.ok and {"rate", "code_table"} <= report.entities
    rates = a.ws.conn.execute("SELECT rate, source FROM rates WHERE base = 'CNY'").fetchall()
    assert rates == [("12.4563", "platform")]
    assert a.ws.conn.execute("SELECT version FROM code_table_versions WHERE code_table = 'units'").fetchone() == (
        "2099.1",)
