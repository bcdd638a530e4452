"""Summary applications (CEB701): released B lists of the period, grouped as the SummaryApply head requires."""

from __future__ import annotations

from datetime import date

import pytest
from ceb_factories import NOW, assert_schema_valid, full_settings, make_released, texts

from heihe_desk.core.customs import SummaryRequest, build_summary_messages, plan_summary
from heihe_desk.core.customs.envelope import DeclarationError
from heihe_desk.core.customs.statuses import ReplyStatus

MARCH = SummaryRequest(date(2026, 3, 1), date(2026, 3, 31), "HDSUM202603")


def test_only_released_b_lists_of_the_period_are_chosen():
    """Protects the selection rules (customs-domain §1.5): A lists only statistical, unreleased, outside the
    period, duplicates and lists without number are left out, each with its reason."""
    lists = [
        make_released("12342026E000000001"),
        make_released("12342026E000000002", statistics_flag="A"),
        make_released("12342026E000000003", status=ReplyStatus.CONCLUDED),
        make_released("12342026E000000004", released_on=date(2026, 4, 1)),
        make_released("12342026E000000001"),
        make_released(""),
        make_released("12342026E000000005", status=ReplyStatus.CLOSED, released_on=date(2026, 3, 1)),
        make_released("12342026E000000006", status=ReplyStatus.REJECTED),
    ]
    plan = plan_summary(lists, MARCH, full_settings())
    assert [g.invt_nos for g in plan.groups] == [("12342026E000000005", "12342026E000000001")]
    reasons = {i.params["invt"]: i.rule for i in plan.skipped}
    assert set(reasons) == {"12342026E000000001", "12342026E000000002", "12342026E000000003",
                            "12342026E000000004", "?", "12342026E000000006"}
    assert "simplified" in reasons["12342026E000000002"]
    assert "outside the summary period" in reasons["12342026E000000004"]
    assert "twice" in reasons["12342026E000000001"]


def test_lists_are_grouped_by_customs_office_consignor_agent_and_site():
    """Protects one SummaryApply per head identity (customsCode, ebcCode, agentCode, loctNo)."""
    lists = [
        make_released("A1"), make_released("A2"),
        make_released("B1", customs_code="1299"),
        make_released("C1", agent_code="2311980DEF", agent_name="黑河市通关报关有限公司"),
        make_released("D1", loct_no="SITE2"),
        make_released("A3", owner_code="OTHER"),   # producer differences are customs' business (summaryFlag)
    ]
    plan = plan_summary(lists, MARCH, full_settings())
    groups = {(g.customs_code, g.agent_code, g.loct_no): g.invt_nos for g in plan.groups}
    assert groups == {("1234", "2311960ABC", ""): ("A1", "A2", "A3"), ("1234", "2311960ABC", "SITE2"): ("D1",),
                      ("1234", "2311980DEF", ""): ("C1",), ("1299", "2311960ABC", ""): ("B1",)}
    assert len({g.cop_no for g in plan.groups}) == 4
    result = build_summary_messages(lists, MARCH, full_settings(), now=NOW)
    root = assert_schema_valid(result.messages[0].xml)
    assert texts(root, "SummaryApply/SummaryApplyHead/customsCode") == ["1234", "1234", "1234", "1299"]
    assert texts(root, "SummaryApply/SummaryApplyHead/loctNo") == ["SITE2"]
    assert texts(root, "SummaryApply/SummaryApplyHead/agentName")[2] == "黑河市通关报关有限公司"
    assert texts(root, "SummaryApply/SummaryApplyHead/msgCount") == ["1"] * 4


def test_summary_message_names_the_lists_and_no_time_window():
    """Protects the explicit list body: a startTime/endTime would make customs ignore it (§1.5)."""
    result = build_summary_messages([make_released("A1"), make_released("A2")], MARCH, full_settings(), now=NOW)
    root = assert_schema_valid(result.messages[0].xml)
    head = "SummaryApply/SummaryApplyHead/"
    assert texts(root, "SummaryApply/SummaryApplyList/invtNo") == ["A1", "A2"]
    assert texts(root, head + "startTime") == [] and texts(root, head + "endTime") == []
    assert texts(root, head + "copNo") == ["HDSUM202603"]
    assert texts(root, head + "declAgentCode") == ["2311980DEF"]
    assert texts(root, head + "summaryFlag") == ["1"] and texts(root, head + "itemNameFlag") == ["1"]
    assert texts(root, head + "appStatus") == ["2"]
    assert texts(root, head + "msgCount") == ["1"] and texts(root, head + "msgSeqNo") == ["1"]


def test_a_large_group_is_split_into_numbered_messages():
    """Protects msgCount/msgSeqNo: consecutive from 1, same copNo, every list exactly once (§1.5)."""
    lists = [make_released(f"12342026E{i:09d}") for i in range(25)]
    result = build_summary_messages(lists, MARCH, full_settings(), now=NOW, max_lists_per_message=10)
    roots = [assert_schema_valid(m.xml) for m in result.messages]
    head = "SummaryApply/SummaryApplyHead/"
    assert [texts(r, head + "msgSeqNo") for r in roots] == [["1"], ["2"], ["3"]]
    assert {t for r in roots for t in texts(r, head + "msgCount")} == {"3"}
    assert {t for r in roots for t in texts(r, head + "copNo")} == {"HDSUM202603"}
    named = [t for r in roots for t in texts(r, "SummaryApply/SummaryApplyList/invtNo")]
    assert named == [item.invt_no for item in lists]


def test_more_groups_than_a_message_holds_use_several_messages():
    """Protects maxOccurs 100 of SummaryApply per CEB701Message."""
    lists = [make_released(f"L{i}", customs_code=f"{1000 + i}") for i in range(101)]
    result = build_summary_messages(lists, MARCH, full_settings(), now=NOW)
    assert [len(m.entities) for m in result.messages] == [100, 1]
    for message in result.messages:
        assert_schema_valid(message.xml)


def test_nothing_to_summarise_or_missing_broker_is_an_issue():
    """Protects the refusal with reasons instead of an empty or invalid message."""
    with pytest.raises(DeclarationError) as error:
        build_summary_messages([make_released("A1", statistics_flag="A")], MARCH, full_settings(), now=NOW)
    assert [i.field for i in error.value.issues] == ["lists"]
    with pytest.raises(DeclarationError) as error:
        build_summary_messages([make_released("A1")], MARCH, full_settings(decl_agent_code=""), now=NOW)
    assert [i.field for i in error.value.issues] == ["settings.decl_agent_code"]
    with pytest.raises(DeclarationError) as error:
        build_summary_messages([make_released("A1", ebc_code="9999999999")], MARCH, full_settings(), now=NOW)
    assert error.value.issues[0].params["ebc"] == "9999999999"
