"""Declarations end to end in the core: generate + validate + queue, what stops a declaration, replies, summary, CLI."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from functools import cache
from pathlib import Path

import pytest
from declaration_shop import SAMPLES, SETTINGS, XSD, Shop, build_shop, rewrite_reply
from lxml import etree

from heihe_desk.cli import main
from heihe_desk.core.customs import DeclarationError, DeclarationSettings
from heihe_desk.core.customs.labels import SETTINGS as SETTING_INFO
from heihe_desk.core.domain.errors import ValidationError
from heihe_desk.core.locale.catalogue import issue_text
from heihe_desk.core.workspace import Workspace

CEB = {"ceb": "http://www.chinaport.gov.cn/ceb"}
needs_samples = pytest.mark.skipif(not SAMPLES.is_dir(), reason=f"official CEB reply samples not present at {SAMPLES}"
                                   " (the shared reference folder lives outside the repository)")


@cache
def schema() -> etree.XMLSchema:
    """The official XSD compiled here, independently of the code under test."""
    return etree.XMLSchema(etree.parse(str(XSD), etree.XMLParser(no_network=True, resolve_entities=False)))


def valid(xml: str | bytes) -> etree._Element:
    data = xml.encode("utf-8") if isinstance(xml, str) else xml
    root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    assert schema().validate(root), "\n".join(str(e) for e in schema().error_log)
    return root


@pytest.fixture
def shop(workspace: Workspace) -> Shop:
    return build_shop(workspace)


def declarations(ws: Workspace, **filters: object) -> list[dict]:
    ids = ws.declarations.rowids(**filters)
    rows = ws.declarations.rows(ids)
    return [ws.declarations.get(rows[i]["id"]) for i in ids]


def outbox(ws: Workspace, entity: str) -> list[dict]:
    return [json.loads(r[0]) for r in ws.conn.execute("SELECT payload FROM outbox WHERE entity = ? ORDER BY seq",
                                                      (entity,))]


def the(ws: Workspace, kind: str, order: dict) -> dict:
    return next(d for d in declarations(ws, message_type=kind) if d["order_id"] == order["id"])


def reply(kind: str, entity: str, **fields: str) -> bytes:
    """A minimal reply message of our own (the official samples may be absent)."""
    body = "".join(f"<ceb:{k}>{v}</ceb:{k}>" for k, v in fields.items())
    return (f'<?xml version="1.0" encoding="UTF-8"?><ceb:{kind}Message guid="R-1" version="1.0" '
            f'xmlns:ceb="http://www.chinaport.gov.cn/ceb"><ceb:{entity}>{body}</ceb:{entity}>'
            f"</ceb:{kind}Message>").encode()


def list_reply(cop_no: str, status: str, when: str = "20260309101112013", info: str = "放行",
               invt_no: str = "") -> bytes:
    fields = {"guid": "X", "copNo": cop_no}
    if invt_no:
        fields["invtNo"] = invt_no
    fields |= {"returnStatus": status, "returnTime": when, "returnInfo": info}
    return reply("CEB604", "InventoryReturn", **fields)


# -- generating --------------------------------------------------------------------------------------


def test_order_declared_with_all_filed_messages_schema_valid_queued_and_moved(shop: Shop):
    """Protects capability 4 + 6: one confirmed order gives CEB603 and the filed CEB303/403/505, each valid
    against the official XSD, stored, queued as "customs_message" with its XML, and the order becomes declared."""
    ws = shop.ws
    order = shop.order([("TEA-0001", "2", "45.50"), ("CUP-0002", "1", "89.00")])
    report = ws.declarations.generate([order["number"]], accept_warnings=True)
    assert [c.order_no for c in report.declared] == [order["number"]] and not report.refused
    rows = declarations(ws)
    assert sorted(r["message_type"] for r in rows) == ["CEB303", "CEB403", "CEB505", "CEB603"]
    for row in rows:
        valid(row["xml"])
        assert row["status"] == "queued" and row["order_id"] == order["id"]
    queued = {p["id"]: p for p in outbox(ws, "customs_message")}
    assert set(queued) == {r["id"] for r in rows}
    for row in rows:
        assert queued[row["id"]]["xml"] == row["xml"]
        assert (queued[row["id"]]["message_type"], queued[row["id"]]["guid"]) == (row["message_type"], row["guid"])
    assert ws.orders.get(order["id"])["status"] == "declared"
    assert ws.orders.events(order["id"])[-1]["note"].startswith("CEB603")
    assert outbox(ws, "orders")[-1]["status"] == "declared"


def test_xml_special_characters_and_mixed_scripts_survive(shop: Shop):
    """Protects text escaping: <, >, & and quotes in Chinese and Russian names are escaped in the XML and read
    back unchanged; the buyer with «» and <> in the name does not break the messages."""
    ws = shop.ws
    order = shop.order([("TEA-0001", "1", "45.50")])
    ws.declarations.generate([order["id"]], accept_warnings=True)
    root = valid(the(ws, "CEB603", order)["xml"])
    assert root.findtext("ceb:Inventory/ceb:InventoryList/ceb:itemName", namespaces=CEB) == (
        "西湖龙井绿茶 <特级> & “明前”")
    assert "&lt;特级&gt; &amp;" in the(ws, "CEB603", order)["xml"]
    order_root = valid(the(ws, "CEB303", order)["xml"])
    assert order_root.findtext("ceb:Order/ceb:OrderList/ceb:itemDescribe", namespaces=CEB) == (
        "Зелёный чай «Лунцзин» & <высший сорт>")


def test_legal_units_and_quantities_come_from_the_product_master(shop: Shop):
    """Protects unit1/qty1: 3 boxes of 0.25 kg tea are declared as 0.75 kg (035), the cup with its second unit."""
    ws = shop.ws
    order = shop.order([("TEA-0001", "3", "45.50"), ("CUP-0002", "2", "89.00")])
    ws.declarations.generate([order["id"]], accept_warnings=True)
    root = valid(the(ws, "CEB603", order)["xml"])
    lines = root.findall("ceb:Inventory/ceb:InventoryList", CEB)
    read = [{k: line.findtext(f"ceb:{k}", namespaces=CEB) for k in ("gcode", "unit", "unit1", "qty1", "unit2", "qty2")}
            for line in lines]
    assert read[0] == {"gcode": "0902109000", "unit": "140", "unit1": "035", "qty1": "0.75", "unit2": None,
                       "qty2": None}
    assert read[1] == {"gcode": "9617009000", "unit": "007", "unit1": "007", "qty1": "2", "unit2": "035",
                       "qty2": "0.7"}
    head = root.find("ceb:Inventory/ceb:InventoryHead", CEB)
    assert head.findtext("ceb:logisticsNo", namespaces=CEB) == "SF1234567890"
    assert head.findtext("ceb:logisticsCode", namespaces=CEB) == "2311960LGS"


def test_order_with_more_lines_than_one_entity_is_split_and_all_parts_stored(shop: Shop):
    """Protects the 100-line limit: a 105-line B2B order becomes two Inventory (and Order) entities, -1 and -2,
    both in the stored, schema-valid messages and both known for matching replies."""
    ws = shop.ws
    skus = ["TEA-0001", "CUP-0002", "HON-0003"]
    order = shop.order([(skus[i % 3], "1", "10.00") for i in range(105)], buyer="company")
    report = ws.declarations.generate([order["id"]], accept_warnings=True)
    assert report.declared, [issue_text(i, "en") for c in report.refused for i in c.blocking + c.settings]
    row = the(ws, "CEB603", order)
    root = valid(row["xml"])
    assert [len(e.findall("ceb:InventoryList", CEB)) for e in root.findall("ceb:Inventory", CEB)] == [100, 5]
    assert [e["cop_no"][-2:] for e in row["entities"]] == ["-1", "-2"]
    assert [e["order_no"] for e in row["entities"]] == [f"{order['number']}-1", f"{order['number']}-2"]
    assert len(valid(the(ws, "CEB303", order)["xml"]).findall("ceb:Order", CEB)) == 2


def test_first_declaration_without_settings_explains_each_missing_value(workspace: Workspace):
    """Protects "never guessed": with no settings nothing is written, and every missing value comes back as a
    settings issue carrying the text that says where to find it (in the trader's language)."""
    shop = build_shop(workspace, settings=None)
    order = shop.order([("TEA-0001", "1", "45.50")])
    report = workspace.declarations.generate([order["id"]], accept_warnings=True)
    assert not report.declared
    issues = {i.field: i for i in report.settings_issues}
    for name in ("ebc_code", "customs_code", "port_code", "dxp_id", "sender_code"):
        assert issues[f"settings.{name}"].rule == SETTING_INFO[name].missing
    assert "海关注册编码" in issue_text(issues["settings.ebc_code"], "zh_CN")
    assert "не указан" in issue_text(issues["settings.customs_code"], "ru")
    assert declarations(workspace) == [] and outbox(workspace, "customs_message") == []
    assert workspace.orders.get(order["id"])["status"] == "confirmed"


def test_missing_hs_code_names_the_line_field_and_product(shop: Shop):
    """Protects "what to fix": a product without HS code and declaration elements blocks with issues on
    lines[0].hs_code and lines[0].gmodel, and the check names the product (SKU) to correct."""
    ws = shop.ws
    order = shop.order([("SOC-0004", "2", "25.00")])
    check = ws.declarations.check_orders([order["id"]])[0]
    fields = {i.field for i in check.blocking}
    assert {"lines[0].hs_code", "lines[0].gmodel"} <= fields
    hs = next(i for i in check.blocking if i.field == "lines[0].hs_code")
    assert check.sku_of(hs) == "SOC-0004"
    assert issue_text(hs, "ru").startswith("Код HS (Китай): должен быть 10-значным китайским товарным кодом (строка 1)")
    assert not check.messages
    assert ws.declarations.store([check]).refused == [check]
    assert declarations(ws) == []


@pytest.mark.parametrize(("case", "field"), [("no_waybill", "logistics_no"), ("no_payment", "payment"),
                                             ("short_payment", "payment.charge")])
def test_missing_or_mismatched_documents_block(shop: Shop, case: str, field: str):
    """Protects 三单对碰 and required data: no waybill (list needs its number), no payment (the filed CEB403
    needs one), a payment that differs from goods + freight — each blocks with an issue on the right field."""
    ws = shop.ws
    order = shop.order([("TEA-0001", "1", "45.50")], waybill=None if case == "no_waybill" else "SF1",
                       pay=case != "no_payment" and case != "short_payment")
    if case == "short_payment":
        ws.orders.add_payment(order["id"], {"amount": "10.00", "method": "cash", "paid_at": "2026-03-08"})
    check = ws.declarations.check_orders([order["id"]])[0]
    assert field in {i.field for i in check.blocking}, [i.field for i in check.blocking]
    assert not check.ready


def test_carrier_without_customs_code_is_not_replaced_by_the_default(shop: Shop):
    """Protects against declaring the wrong carrier: a waybill carrier without customs code blocks."""
    ws = shop.ws
    shop.carrier, _ = ws.save_partner({"kind": "logistics", "name": "Амурская логистика"})
    order = shop.order([("TEA-0001", "1", "45.50")])
    check = ws.declarations.check_orders([order["id"]])[0]
    assert "waybill.carrier_id" in {i.field for i in check.blocking}


def test_risk_warnings_need_the_users_yes(shop: Shop):
    """Protects capability 18: EAEU €200 (with the EUR rate of the day) and identical items to one private buyer
    are warnings — not declared unless accepted, declared when accepted; a missing EUR rate is a warning too."""
    ws = shop.ws
    order = shop.order([("HON-0003", "30", "68.00")])
    without_rate = ws.declarations.check_orders([order["id"]])[0]
    assert "currency" in {i.field for i in without_rate.warnings}       # no EUR rate known
    ws.rates.add({"rate_date": "2026-03-01", "base": "EUR", "quote": "CNY", "rate": "7.85"})
    check = ws.declarations.check_orders([order["id"]])[0]
    rules = {i.rule for i in check.warnings}
    assert any("EAEU" in r for r in rules) and any("personal use" in r for r in rules)
    assert check.ready and not check.blocking
    assert ws.declarations.store([check]).refused == [check]
    again = ws.declarations.check_orders([order["id"]])[0]
    assert ws.declarations.store([again], accept_warnings=True).declared == [again]


def test_price_far_from_the_usual_price_warns(shop: Shop):
    """Protects the usual-price check: median of past sales of the product (3+ sales) vs this order's price."""
    ws = shop.ws
    for n in range(3):
        shop.order([("CUP-0002", "1", "89.00")], buyer="other", waybill=f"SF9{n}")
    order = shop.order([("CUP-0002", "1", "300.00")], buyer="other", waybill="SF99")
    check = ws.declarations.check_orders([order["id"]])[0]
    assert "lines[0].price" in {i.field for i in check.warnings}


def test_only_confirmed_orders_are_declared(shop: Shop):
    """Protects the status machine: drafts and declared orders are refused with a reason; unknown keys too."""
    ws = shop.ws
    draft = shop.order([("TEA-0001", "1", "45.50")], confirm=False)
    done = shop.order([("TEA-0001", "1", "45.50")])
    ws.declarations.generate([done["id"]], accept_warnings=True)
    checks = ws.declarations.check_orders([draft["id"], done["id"], "ORD-NOPE"])
    assert [c.blocking[0].field for c in checks] == ["status", "status", "order"]
    assert all(not c.ready for c in checks)


def test_order_moved_meanwhile_is_refused_and_nothing_of_it_is_stored(shop: Shop):
    """Protects atomicity: an order cancelled between check and store is refused; none of its messages or
    outbox rows remain, and the other orders of the batch are still declared."""
    ws = shop.ws
    first = shop.order([("TEA-0001", "1", "45.50")], waybill="SF1")
    second = shop.order([("CUP-0002", "1", "89.00")], waybill="SF2")
    checks = ws.declarations.check_orders([first["id"], second["id"]])
    ws.orders.cancel(first["id"])
    report = ws.declarations.store(checks, accept_warnings=True)
    assert [c.order_id for c in report.declared] == [second["id"]]
    assert [c.order_id for c in report.refused] == [first["id"]]
    assert {r["order_id"] for r in declarations(ws)} == {second["id"]}
    assert {p["order_id"] for p in outbox(ws, "customs_message")} == {second["id"]}


def test_settings_round_trip_and_malformed_values_refused(workspace: Workspace):
    """Protects the settings: saved and read back whole (maps too); empty values may be saved, malformed not."""
    ds = workspace.declarations
    ds.save_settings(SETTINGS, ["CEB303", "CEB999"])
    assert ds.load_settings() == (SETTINGS, frozenset({"CEB303"}))
    ds.save_settings(DeclarationSettings(ebc_code="2311960ABC"), [])
    with pytest.raises(ValidationError) as error:
        ds.save_settings(DeclarationSettings(customs_code="12A", ebc_code="X"), [])
    assert {i.field for i in error.value.issues} == {"settings.customs_code", "settings.ebc_code"}
    assert ds.settings().ebc_code == "2311960ABC"


# -- replies -------------------------------------------------------------------------------------------


def declared(shop: Shop, *lines: tuple[str, str, str], **kwargs: object) -> tuple[dict, dict]:
    order = shop.order(list(lines) or [("TEA-0001", "1", "45.50")], **kwargs)   # type: ignore[arg-type]
    report = shop.ws.declarations.generate([order["id"]], accept_warnings=True)
    assert report.declared
    return order, the(shop.ws, "CEB603", order)


@needs_samples
def test_official_reply_samples_move_statuses_after_matching(shop: Shop):
    """Protects capability 7 with the official samples rewritten to our numbers: CEB604 release → list
    released and order released; CEB304/404/506 match by order number / waybill number; a replay changes
    nothing (the sample itself repeats its entity ten times)."""
    ws = shop.ws
    order, row = declared(shop)
    sample = (SAMPLES / "CEB604Message.xml").read_text(encoding="utf-8-sig")
    text = rewrite_reply(sample, cop_no=row["cop_no"], invt_no="12342026E000000001", status="800", info="放行")
    result = ws.declarations.apply_reply(text.encode("utf-8"), "file")
    assert result.unmatched == 0 and result.outcomes[0].order_status == "released"
    assert sum(o.duplicate for o in result.outcomes) == 9
    assert ws.declarations.get(row["id"])["status"] == "released"
    assert ws.orders.get(order["id"])["status"] == "released"
    again = ws.declarations.apply_reply(text, "file")
    assert all(o.duplicate for o in again.outcomes)
    for kind, key, value, request in (("CEB304", "orderNo", order["number"], "CEB303"),
                                      ("CEB404", "orderNo", order["number"], "CEB403"),
                                      ("CEB506", "logisticsNo", "SF1234567890", "CEB505")):
        raw = (SAMPLES / f"{kind}Message.xml").read_text(encoding="utf-8-sig")
        raw = raw.replace("<ceb:returnStatus>2</ceb:returnStatus>", "<ceb:returnStatus>120</ceb:returnStatus>")
        out = ws.declarations.apply_reply(rewrite_reply(raw, **{_snake(key): value}, guid="NOT-OURS"))
        assert out.unmatched == 0, kind
        assert the(ws, request, order)["status"] == "accepted"


def _snake(key: str) -> str:
    return {"orderNo": "order_no", "logisticsNo": "logistics_no"}[key]


def test_rejected_list_returns_order_to_confirmed_with_reason_in_zh_and_ru(shop: Shop):
    """Protects rejections: the list becomes rejected, the order goes back to confirmed with customs' words in
    its history, and the stored reply explains itself in Chinese and Russian with what to do."""
    ws = shop.ws
    order, row = declared(shop)
    info = "[Code:-621001;Desc:清单报文校验失败：表体第1项法定第一数量与申报数量不符]"
    out = ws.declarations.apply_reply(list_reply(row["cop_no"], "100", info=info))
    assert out.outcomes[0].order_status == "confirmed"
    assert ws.declarations.get(row["id"])["status"] == "rejected"
    assert ws.orders.get(order["id"])["status"] == "confirmed"
    assert "清单报文校验失败" in ws.orders.events(order["id"])[-1]["note"]
    stored = ws.declarations.replies(row["id"])[0]
    zh, ru = ws.declarations.explain(stored, "zh_CN"), ws.declarations.explain(stored, "ru")
    assert (zh.status, zh.reason) == ("海关退单", "清单校验失败")
    assert ru.reason == "Декларация-список не прошла проверку" and ru.fix and ru.original == info
    # Declared again after the fix: only a new list (the order, receipt and waybill messages still stand);
    # a late reply to the old declaration no longer moves the order.
    again = ws.declarations.generate([order["id"]], accept_warnings=True).declared
    assert [m.built.message_type for m in again[0].messages] == ["CEB603"]
    ws.declarations.apply_reply(list_reply(row["cop_no"], "800", when="20260310101112013"))
    assert ws.orders.get(order["id"])["status"] == "declared"


def test_replies_out_of_order_keep_the_latest_status(shop: Shop):
    """Protects ordering by customs' time: a release at 10:00 is not undone by an acceptance stamped 09:00."""
    ws = shop.ws
    _order, row = declared(shop)
    ws.declarations.apply_reply(list_reply(row["cop_no"], "800", when="20260309100000000"))
    ws.declarations.apply_reply(list_reply(row["cop_no"], "120", when="20260309090000000", info="入库"))
    assert ws.declarations.get(row["id"])["status"] == "released"
    assert len(ws.declarations.replies(row["id"])) == 2


def test_split_order_is_released_when_every_part_is(shop: Shop):
    """Protects split lists: the order is released only after both parts' releases arrived."""
    ws = shop.ws
    order, row = declared(shop, *[("CUP-0002", "1", "10.00")] * 101, buyer="company")
    first, second = row["entities"]
    ws.declarations.apply_reply(list_reply(first["cop_no"], "800", invt_no="12342026E000000011"))
    assert ws.declarations.get(row["id"])["status"] == "queued"
    assert ws.orders.get(order["id"])["status"] == "declared"
    ws.declarations.apply_reply(list_reply(second["cop_no"], "800", invt_no="12342026E000000012"))
    assert ws.declarations.get(row["id"])["status"] == "released"
    assert ws.orders.get(order["id"])["status"] == "released"


def test_platform_status_payload_applies_by_message_id(shop: Shop):
    """Protects the sync path: a pulled "customs_reply" change {message_id, status} moves that declaration."""
    ws = shop.ws
    _order, row = declared(shop)
    out = ws.declarations.apply_reply_payload({"message_id": row["id"], "status": "accepted", "note": "",
                                               "received_at": "2026-03-09T02:00:00.000Z"})
    assert out.outcomes[0].matched and ws.declarations.get(row["id"])["status"] == "accepted"
    assert ws.declarations.apply_reply_payload({"message_id": "nope", "status": "accepted"}).unmatched == 1


def test_apply_reply_in_runs_inside_the_callers_transaction(shop: Shop):
    """Protects the hook for sync's pull: on another connection, inside its open transaction, a reply (XML or
    payload) is applied and becomes visible only when that transaction commits — or not at all on rollback."""
    from heihe_desk.core.services.declarations import apply_reply_in
    from heihe_desk.core.storage.database import DB_FILE, connect, transaction

    ws = shop.ws
    order, row = declared(shop)
    other = connect(ws.data_dir / DB_FILE)
    try:
        with pytest.raises(RuntimeError), transaction(other) as conn:
            apply_reply_in(conn, ws.device, list_reply(row["cop_no"], "800"))
            raise RuntimeError("the pull page failed")
        assert ws.declarations.get(row["id"])["status"] == "queued"
        with transaction(other) as conn:
            report = apply_reply_in(conn, ws.device, {"message_id": row["id"], "status": "released"})
            assert report.outcomes[0].order_status == "released"
    finally:
        other.close()
    assert ws.declarations.get(row["id"])["status"] == "released"
    assert ws.orders.get(order["id"])["status"] == "released"


def test_unreadable_and_unmatched_reply_files_are_reported(shop: Shop, tmp_path: Path):
    """Protects imports: a hostile file is refused without writing, an unknown copNo is reported unmatched."""
    ws = shop.ws
    bad = tmp_path / "bad.xml"
    bad.write_text('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>', encoding="utf-8")
    stranger = tmp_path / "stranger.xml"
    stranger.write_bytes(list_reply("SOMEONE-ELSE", "800"))
    outcomes = ws.declarations.import_reply_files([bad, stranger])
    assert outcomes[0].report is None and "DOCTYPE" in outcomes[0].error
    assert outcomes[1].report is not None and outcomes[1].report.unmatched == 1
    assert ws.conn.execute("SELECT count(*) FROM declaration_replies").fetchone() == (0,)


# -- summary, files, copy ------------------------------------------------------------------------------


def test_summary_of_a_period_names_the_released_lists_once(shop: Shop):
    """Protects capability 5: lists released in March are planned and summarised in one valid CEB701;
    April's and rejected lists are not; a second summary of March leaves the summarised lists out."""
    ws = shop.ws
    rows = [declared(shop, waybill=f"SF{n}")[1] for n in range(4)]
    for n, (status, when) in enumerate((("800", "20260305"), ("899", "20260320"), ("800", "20260402"),
                                        ("100", "20260306"))):
        ws.declarations.apply_reply(list_reply(rows[n]["cop_no"], status, when=f"{when}101112013",
                                               invt_no=f"12342026E00000000{n}"))
    request = ws.declarations.summary_request(date(2026, 3, 1), date(2026, 3, 31))
    plan = ws.declarations.plan_summary(request).plan
    assert [g.invt_nos for g in plan.groups] == [("12342026E000000000", "12342026E000000001")]
    ids = ws.declarations.generate_summary(request)
    summary = ws.declarations.get(ids[0])
    root = valid(summary["xml"])
    assert [e.text for e in root.iterfind(".//ceb:invtNo", CEB)] == ["12342026E000000000", "12342026E000000001"]
    assert summary["message_type"] == "CEB701" and summary["facts"]["invt_nos"] == list(plan.groups[0].invt_nos)
    assert outbox(ws, "customs_message")[-1]["id"] == ids[0]
    later = ws.declarations.plan_summary(ws.declarations.summary_request(date(2026, 3, 1), date(2026, 3, 31)))
    assert later.plan.groups == () and len(later.already_summarised) == 2
    with pytest.raises(DeclarationError):
        ws.declarations.generate_summary(later.request)
    summary_reply = reply("CEB702", "SummaryReturn", guid="S", copNo=summary["cop_no"], sumNo="S2026000000001",
                          returnStatus="120", returnTime="20260401101112013", returnInfo="入库")
    assert ws.declarations.apply_reply(summary_reply).outcomes[0].status == "accepted"


def test_export_writes_the_stored_bytes_and_revalidation_finds_tampering(shop: Shop, tmp_path: Path):
    """Protects Export and Validate again: files named <type>_<guid>.xml hold exactly the queued bytes; the
    stored message re-validates clean, and a damaged one is reported on our field names."""
    ws = shop.ws
    _order, row = declared(shop)
    paths = ws.declarations.export([row["id"]], tmp_path / "out")
    assert [p.name for p in paths] == [f"CEB603_{row['guid']}.xml"]
    assert paths[0].read_bytes() == row["xml"].encode("utf-8")
    assert ws.declarations.revalidate(row["id"]) == []
    damaged = row["xml"].replace("<ceb:gcode>0902109000</ceb:gcode>", "<ceb:gcode>09021</ceb:gcode>")
    ws.conn.execute("UPDATE declarations SET xml = ? WHERE id = ?", (damaged, row["id"]))
    assert [i.field for i in ws.declarations.revalidate(row["id"])] == ["lines[0].hs_code"]


def test_documents_service_prints_the_copy_of_the_list(shop: Shop, tmp_path: Path):
    """Protects the PDF copy: the documents service finds our stored declaration (with customs' list number)."""
    from heihe_desk.core.services.declarations import declaration_copy_for

    ws = shop.ws
    order, row = declared(shop)
    ws.declarations.apply_reply(list_reply(row["cop_no"], "800", invt_no="12342026E000000001"))
    copy = declaration_copy_for(ws.declarations.ctx, order["id"], "ru")
    assert copy is not None and copy.invt_no == "12342026E000000001" and copy.status.startswith("Выпущено")
    pdf = ws.documents.render("declaration", order["id"], "zh+ru", tmp_path / "copy.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")


# -- CLI ------------------------------------------------------------------------------------------------


def test_cli_declare_writes_files_and_exits_1_with_reasons(shop: Shop, tmp_path: Path, capsys):
    """Protects `heihe-desk declare`: the good order's messages are written as CEB603_<guid>.xml etc., the order
    without HS code is named with its reason in the chosen language, and the exit code is 1."""
    ws = shop.ws
    good = shop.order([("TEA-0001", "1", "45.50")], waybill="SF1")
    bad = shop.order([("SOC-0004", "1", "25.00")], waybill="SF2")
    folder, out = ws.data_dir, tmp_path / "xml"
    ws.close()
    code = main(["declare", "--data-dir", str(folder), "--orders", f"{good['number']},{bad['id']}", "--out",
                 str(out), "--lang", "ru"])
    captured = capsys.readouterr()
    assert code == 1
    names = sorted(p.name[:6] for p in out.iterdir())
    assert names == ["CEB303", "CEB403", "CEB505", "CEB603"]
    for path in out.iterdir():
        valid(path.read_bytes())
    assert good["number"] in captured.out
    assert f"{bad['number']}: not declared" in captured.err
    assert "Код HS (Китай): должен быть 10-значным" in captured.err and "(строка 1)" in captured.err
    assert "[SOC-0004]" in captured.err
    with Workspace.open(folder) as again:
        assert again.orders.get(good["id"])["status"] == "declared"
        assert again.orders.get(bad["id"])["status"] == "confirmed"


def test_cli_customs_reply_and_declare_summary(shop: Shop, tmp_path: Path, capsys):
    """Protects `customs-reply` (prints what moved; exit 1 for an unmatched file) and `declare-summary`."""
    ws = shop.ws
    order, row = declared(shop)
    folder = ws.data_dir
    ws.close()
    good, stranger = tmp_path / "604.xml", tmp_path / "other.xml"
    good.write_bytes(list_reply(row["cop_no"], "800", when="20260305101112013", invt_no="12342026E000000001"))
    stranger.write_bytes(list_reply("UNKNOWN", "800"))
    assert main(["customs-reply", "--data-dir", str(folder), "--lang", "zh_CN", str(good)]) == 0
    assert order["number"] in capsys.readouterr().out
    assert main(["customs-reply", "--data-dir", str(folder), str(stranger)]) == 1
    assert "UNKNOWN" in capsys.readouterr().err
    out = tmp_path / "summary"
    assert main(["declare-summary", "--data-dir", str(folder), "--from", "2026-03-01", "--to", "2026-03-31",
                 "--out", str(out)]) == 0
    files = list(out.iterdir())
    assert len(files) == 1 and files[0].name.startswith("CEB701_")
    valid(files[0].read_bytes())
    assert main(["declare-summary", "--data-dir", str(folder), "--from", "2026-03-01", "--to", "2026-03-31",
                 "--out", str(out)]) == 1


def test_migration_tables_hold_what_the_service_writes(shop: Shop):
    """Protects m006: keys index every number customs may answer with; replies are unique per declaration."""
    ws = shop.ws
    _order, row = declared(shop)
    kinds = {r[0] for r in ws.conn.execute("SELECT kind FROM declaration_keys WHERE declaration_id = ?",
                                           (row["id"],))}
    assert {"guid", "cop_no", "order_no", "logistics_no"} <= kinds
    ws.declarations.apply_reply(list_reply(row["cop_no"], "800", invt_no="12342026E000000001"))
    assert ws.conn.execute("SELECT declaration_id FROM declaration_keys WHERE kind = 'invt_no'").fetchone() == (
        row["id"],)
    with pytest.raises(sqlite3.IntegrityError):
        ws.conn.execute("INSERT INTO declaration_replies SELECT * FROM declaration_replies")
