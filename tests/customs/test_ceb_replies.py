"""Customs replies: the official samples parse and map to our statuses; hostile XML is refused safely."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from ceb_factories import SHARED

from heihe_desk.core.customs import ReplyError, ReplyStatus, explain_reply, parse_reply, reply_status
from heihe_desk.core.customs.replies import MAX_REPLY_BYTES
from heihe_desk.core.customs.statuses import order_status_after_list_reply
from heihe_desk.core.domain.order import OrderStatus

SAMPLES = SHARED / "samples"
REPLY_SAMPLES = ["CEB304", "CEB404", "CEB506", "CEB508", "CEB510", "CEB604", "CEB606", "CEB608", "CEB702"]
needs_samples = pytest.mark.skipif(not SAMPLES.is_dir(), reason=f"reference samples not present at {SAMPLES} "
                                   "(the shared reference folder is outside the repository)")


def reply(kind: str = "CEB604", status: str = "800", info: str = "放行", extra: str = "") -> bytes:
    entity = {"CEB604": "InventoryReturn", "CEB304": "OrderReturn", "CEB506": "LogisticsReturn"}[kind]
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<ceb:{kind}Message guid="A" version="1.0" '
            f'xmlns:ceb="http://www.chinaport.gov.cn/ceb"><ceb:{entity}><ceb:guid>G</ceb:guid>'
            f"<ceb:copNo>C1</ceb:copNo><ceb:invtNo>12342026E000000001</ceb:invtNo><ceb:orderNo>HD-1</ceb:orderNo>"
            f"<ceb:returnStatus>{status}</ceb:returnStatus><ceb:returnTime>20260309101112013</ceb:returnTime>"
            f"<ceb:returnInfo>{info}</ceb:returnInfo>{extra}</ceb:{entity}></ceb:{kind}Message>").encode()


@needs_samples
@pytest.mark.parametrize("kind", REPLY_SAMPLES)
def test_official_reply_samples_parse_and_map(kind):
    """Protects reading real customs replies: every entity read, keys kept, status 2 = submitted,
    the 新增申报成功 text recognised and translated, the original Chinese kept."""
    message = parse_reply((SAMPLES / f"{kind}Message.xml").read_bytes())
    assert message.message_type == kind and message.schema_valid
    assert len(message.returns) == 10
    first = message.returns[0]
    assert first.status is ReplyStatus.SUBMITTED and first.return_status == "2"
    assert first.return_time is not None and first.return_time.year == 2018
    assert first.return_info.startswith("新增申报成功")
    assert first.reason is not None and first.reason.text("ru") == "Декларация принята к обработке"
    explained = explain_reply(first, "en")
    assert explained.reason == "Declaration received" and explained.original.startswith("新增申报成功")


@needs_samples
def test_list_reply_sample_carries_the_keys_to_match_our_records():
    """Protects matching a CEB604 to its declaration by copNo / invtNo / orderNo."""
    first = parse_reply((SAMPLES / "CEB604Message.xml").read_bytes()).returns[0]
    assert (first.cop_no, first.invt_no, first.pre_no) == ("Cop20180507001", "Invt20180507000001",
                                                         "P20180507000000001")
    assert first.guid == "4CDE1CFD-EDED-46B1-946C-B8022E42FC94" and first.agent_code == "1105910159"


@needs_samples
def test_summary_result_sample_is_read_although_it_breaks_the_schema():
    """Protects CEB792: the official sample has gnum where the schema wants gseqno; we still read it."""
    message = parse_reply((SAMPLES / "CEB792Message.xml").read_bytes())
    assert not message.schema_valid and len(message.results) == 10
    result = message.results[0]
    assert result.status is ReplyStatus.SUMMARISED and result.sum_no == "S20180507000000001"
    assert result.decl_seq_no == "S20180508000000001" and result.dec_state == "A"
    assert [(line.invt_no, line.gnum, line.gcode) for line in result.lines] == [
        ("Invt20180507000001", "1", "8541401000"), ("Invt20180507000001", "2", "8541401001")]


@pytest.mark.parametrize(("code", "status"), [
    ("1", ReplyStatus.TEMP_SAVED), ("2", ReplyStatus.SUBMITTED), ("3", ReplyStatus.SENT),
    ("4", ReplyStatus.SEND_FAILED), ("100", ReplyStatus.REJECTED), ("120", ReplyStatus.ACCEPTED),
    ("300", ReplyStatus.MANUAL_REVIEW), ("399", ReplyStatus.CONCLUDED), ("500", ReplyStatus.INSPECTION),
    ("800", ReplyStatus.RELEASED), ("899", ReplyStatus.CLOSED), ("-301010", ReplyStatus.ERROR),
    ("42", ReplyStatus.UNKNOWN), ("", ReplyStatus.UNKNOWN),
])
def test_return_status_codes_map_to_our_statuses(code, status):
    """Protects the returnStatus table of customs-domain §1.2."""
    assert reply_status(code) is status


def test_list_reply_statuses_suggest_the_order_status():
    """Protects the link to the order status machine: released → released, rejected → back to confirmed."""
    assert order_status_after_list_reply(ReplyStatus.RELEASED) is OrderStatus.RELEASED
    assert order_status_after_list_reply(ReplyStatus.REJECTED) is OrderStatus.CONFIRMED
    assert order_status_after_list_reply(ReplyStatus.SENT) is None


def test_a_rejection_is_explained_in_the_traders_language_with_the_original_kept():
    """Protects capability 7: a known reason is translated with what to do; the Chinese text stays."""
    message = parse_reply(reply("CEB304", "-301010", "已存在相同编号的订单"))
    first = message.returns[0]
    assert first.status is ReplyStatus.ERROR and first.reason is not None
    ru = explain_reply(first, "ru")
    assert ru.reason == "Заказ с таким номером уже существует" and "изменение" in ru.fix
    assert ru.original == "已存在相同编号的订单"
    zh = explain_reply(first, "zh_CN")
    assert zh.status == "处理异常" and zh.reason == "已存在相同编号的订单"


def test_a_reason_is_recognised_by_its_text_with_customs_placeholders():
    """Protects matching of texts with inserted numbers ([*] in the spec table)."""
    message = parse_reply(reply("CEB604", "100", "清单12342026E000000001已经申报过，请勿重复申报"))
    first = message.returns[0]
    assert first.status is ReplyStatus.REJECTED and first.reason is not None and first.reason.code == "-621004"


def test_an_unknown_reason_is_shown_as_customs_wrote_it():
    """Protects against hiding information: an unmapped rejection shows the original text."""
    first = parse_reply(reply(status="100", info="商品编码与申报要素不符")).returns[0]
    assert first.reason is None
    explained = explain_reply(first, "ru")
    assert explained.reason == "商品编码与申报要素不符" and explained.status == "Отклонено таможней"


def test_a_parsed_reply_is_frozen_and_times_are_beijing_time():
    """Protects the reply record: immutable, returnTime with milliseconds at UTC+8."""
    first = parse_reply(reply()).returns[0]
    with pytest.raises(AttributeError):
        first.status = ReplyStatus.REJECTED  # type: ignore[misc]
    assert first.return_time is not None and first.return_time.isoformat() == "2026-03-09T10:11:12.013000+08:00"
    assert (first.cop_no, first.invt_no, first.order_no) == ("C1", "12342026E000000001", "HD-1")
    assert parse_reply(reply().decode()).returns[0] == first  # text from a sync payload works as well
    assert len({first, parse_reply(reply()).returns[0]}) == 1  # hashable, equal by value


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
<ceb:CEB604Message guid="A" version="1.0" xmlns:ceb="http://www.chinaport.gov.cn/ceb"><ceb:InventoryReturn>
<ceb:returnStatus>100</ceb:returnStatus><ceb:returnInfo>&lol9;</ceb:returnInfo></ceb:InventoryReturn>
</ceb:CEB604Message>"""


def external_entity(target: Path) -> bytes:
    return (f'<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY xxe SYSTEM "file://{target}">]>\n'
            '<ceb:CEB604Message guid="A" version="1.0" xmlns:ceb="http://www.chinaport.gov.cn/ceb">'
            "<ceb:InventoryReturn><ceb:returnInfo>&xxe;</ceb:returnInfo></ceb:InventoryReturn>"
            "</ceb:CEB604Message>").encode()


def test_billion_laughs_is_refused_quickly():
    """Protects against entity expansion bombs: refused before any expansion, in well under a second."""
    started = time.perf_counter()
    with pytest.raises(ReplyError, match="DOCTYPE"):
        parse_reply(BILLION_LAUGHS)
    assert time.perf_counter() - started < 1


def test_external_entity_is_refused_and_the_file_never_read(tmp_path):
    """Protects against XXE: a reply pointing at a local file is refused; the secret never appears."""
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET", encoding="utf-8")
    with pytest.raises(ReplyError) as error:
        parse_reply(external_entity(secret))
    assert "TOP-SECRET" not in str(error.value)


def test_doctype_hidden_in_utf16_is_refused():
    """Protects the DOCTYPE rule against a different encoding: only UTF-8 replies are accepted."""
    with pytest.raises(ReplyError):
        parse_reply(external_entity(Path("/etc/hostname")).decode().replace("UTF-8", "UTF-16").encode("utf-16"))


def test_oversize_reply_is_refused_before_parsing():
    """Protects memory: a reply over 5 MB is refused by size."""
    padding = b"<ceb:note>" + b"x" * MAX_REPLY_BYTES + b"</ceb:note>"
    with pytest.raises(ReplyError, match="bytes"):
        parse_reply(reply(extra="").replace(b"</ceb:InventoryReturn>", padding + b"</ceb:InventoryReturn>"))


@pytest.mark.parametrize("data", [b"", b"<not-xml", b"<a/>", reply().replace(b"CEB604Message", b"CEB603Message"),
                                  reply().replace(b"http://www.chinaport.gov.cn/ceb", b"urn:other"),
                                  b"\xff\xfe\x00garbage"])
def test_anything_else_is_refused_with_a_reply_error(data):
    """Protects the caller: malformed, foreign or non-reply documents raise ReplyError, never something else."""
    with pytest.raises(ReplyError):
        parse_reply(data)
