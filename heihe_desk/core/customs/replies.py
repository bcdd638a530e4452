"""Customs replies (CEB304/404/506/508/510/604/606/608/702/792) read safely into frozen records."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from lxml import etree

from heihe_desk.core.customs.formats import parse_return_time
from heihe_desk.core.customs.schema import NS, is_valid
from heihe_desk.core.customs.statuses import (
    STATUS_LABELS,
    Reason,
    ReplyStatus,
    match_reason,
    reply_status,
)
from heihe_desk.core.locale.catalogue import translations

#: Replies are a few kB; anything far larger is refused before parsing (no memory blow-up from a bad file).
MAX_REPLY_BYTES = 5 * 1024 * 1024
#: Reply message → its return entity (export schema 2022-05).
RETURN_ENTITIES = {
    "CEB304": "OrderReturn", "CEB404": "ReceiptsReturn", "CEB506": "LogisticsReturn", "CEB508": "ArrivalReturn",
    "CEB510": "DepartureReturn", "CEB604": "InventoryReturn", "CEB606": "InvtCancelReturn",
    "CEB608": "WayBillReturn", "CEB702": "SummaryReturn", "CEB214": "RefundReturn",
    "CEB216": "InvtRefundDetailReturn",
}

class ReplyError(ValueError):
    """The data is not a customs reply we accept (too big, a DOCTYPE, not well-formed, unknown message)."""


@dataclass(frozen=True)
class CustomsReply:
    """One return entity: which document it answers, the raw and mapped status, and customs' own words."""

    message_type: str           # e.g. "CEB604"
    message_guid: str           # the reply message's guid
    guid: str                   # the entity guid (the e-port echoes the declaration's guid)
    return_status: str          # raw returnStatus
    status: ReplyStatus
    return_time: datetime | None
    return_time_raw: str
    return_info: str            # customs' original (Chinese) text, always kept
    reason: Reason | None       # a known reason we can translate, if any
    cop_no: str = ""
    pre_no: str = ""
    invt_no: str = ""
    order_no: str = ""
    logistics_no: str = ""
    ebc_code: str = ""
    ebp_code: str = ""
    agent_code: str = ""
    pay_no: str = ""
    sum_no: str = ""
    bill_no: str = ""
    statistics_flag: str = ""
    msg_seq_no: str = ""


@dataclass(frozen=True)
class SummaryResultLine:
    invt_no: str
    logistics_no: str
    gseqno: str      # line of the summary result (the 2022-05 sample has no gseqno, so it may be empty)
    gnum: str        # line of the list
    gcode: str


@dataclass(frozen=True)
class SummaryResult:
    """CEB792 汇总结果单: the customs declaration (报关单) the summary produced (customs-domain §1.5)."""

    guid: str
    customs_code: str
    sum_no: str
    op_time: datetime | None
    decl_seq_no: str            # 汇总统一编号 → one 报关单
    dec_tmp_no: str
    dec_pre_no: str
    entry_id: str               # 报关单号
    dec_state: str              # values "determined by customs" (schema annotation): kept raw
    agent_code: str
    ebc_code: str
    decl_agent_code: str
    gross_weight: str
    net_weight: str
    msg_count: str
    msg_seq_no: str
    lines: tuple[SummaryResultLine, ...]
    status: ReplyStatus = ReplyStatus.SUMMARISED


@dataclass(frozen=True)
class ReplyMessage:
    message_type: str
    guid: str
    returns: tuple[CustomsReply, ...]
    results: tuple[SummaryResult, ...]
    schema_valid: bool          # False for e.g. the official CEB792 sample; the content is still read


def _parser() -> etree.XMLParser:
    # No entity expansion, no DTD loading, no network, no huge-tree mode (libxml2's own size guards stay on).
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                           huge_tree=False, remove_comments=True, remove_pis=True)


def _refuse_hostile(data: bytes) -> None:
    if len(data) > MAX_REPLY_BYTES:
        raise ReplyError(f"reply is {len(data)} bytes; at most {MAX_REPLY_BYTES} are accepted")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReplyError("reply is not UTF-8 text") from exc
    upper = text.upper()
    if "<!DOCTYPE" in upper or "<!ENTITY" in upper:
        raise ReplyError("reply contains a DOCTYPE or ENTITY declaration; customs replies never do")


def parse_reply(data: bytes | str) -> ReplyMessage:
    """Read a reply message; raise ReplyError for anything that is not a plain customs reply."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    _refuse_hostile(data)
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        raise ReplyError(f"reply is not well-formed XML: {exc}") from exc
    tree = root.getroottree()
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise ReplyError("reply carries a DOCTYPE")
    qname = etree.QName(root)
    kind = qname.localname.removesuffix("Message")
    if qname.namespace != NS or not qname.localname.endswith("Message"):
        raise ReplyError(f"not a customs message: {root.tag}")
    guid = root.get("guid", "")
    if kind == "CEB792":
        results = tuple(_summary_result(e) for e in root if _local(e) == "SummaryResult")
        return ReplyMessage(kind, guid, (), results, is_valid(root))
    entity = RETURN_ENTITIES.get(kind)
    if entity is None:
        raise ReplyError(f"{kind} is not a customs reply message")
    returns = tuple(_return(kind, guid, e) for e in root if _local(e) == entity)
    return ReplyMessage(kind, guid, returns, (), is_valid(root))


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def _fields(element: etree._Element) -> dict[str, str]:
    return {_local(child): (child.text or "").strip() for child in element if _local(child)}


def _return(kind: str, message_guid: str, element: etree._Element) -> CustomsReply:
    f = _fields(element)
    raw_status, info, raw_time = f.get("returnStatus", ""), f.get("returnInfo", ""), f.get("returnTime", "")
    return CustomsReply(
        kind, message_guid, f.get("guid", ""), raw_status, reply_status(raw_status), parse_return_time(raw_time),
        raw_time, info, match_reason(kind, raw_status, info), cop_no=f.get("copNo") or f.get("coElNo", ""),
        pre_no=f.get("preNo", ""), invt_no=f.get("invtNo", ""), order_no=f.get("orderNo", ""),
        logistics_no=f.get("logisticsNo", ""), ebc_code=f.get("ebcCode", ""), ebp_code=f.get("ebpCode", ""),
        agent_code=f.get("agentCode", ""), pay_no=f.get("payNo", ""), sum_no=f.get("sumNo", ""),
        bill_no=f.get("billNo", ""), statistics_flag=f.get("statisticsFlag", ""), msg_seq_no=f.get("msgSeqNo", ""))


def _summary_result(element: etree._Element) -> SummaryResult:
    head: dict[str, str] = {}
    lines = []
    for child in element:
        if _local(child) == "SummaryResultHead":
            head = _fields(child)
        elif _local(child) == "SummaryResultList":
            f = _fields(child)
            lines.append(SummaryResultLine(f.get("invtNo", ""), f.get("logisticsNo", ""), f.get("gseqno", ""),
                                           f.get("gnum", ""), f.get("gcode", "")))
    g = head.get
    return SummaryResult(g("guid", ""), g("customsCode", ""), g("sumNo", ""), parse_return_time(g("opDate", "")),
                         g("declSeqNo", ""), g("decTmpNo", ""), g("decPreNo", ""), g("entryId", ""),
                         g("decState", ""), g("agentCode", ""), g("ebcCode", ""), g("declAgentCode", ""),
                         g("grossWeight", ""), g("netWeight", ""), g("msgCount", ""), g("msgSeqNo", ""),
                         tuple(lines))


@dataclass(frozen=True)
class ReplyExplanation:
    """What to show the trader: our status, customs' reason and what to do, in their language, plus the original."""

    status: str
    reason: str
    fix: str
    original: str


def explain_reply(reply: CustomsReply, lang: str) -> ReplyExplanation:
    """The reply in ``lang``; the reason falls back to customs' Chinese text when we do not know it."""
    status = translations(lang).gettext(STATUS_LABELS[reply.status])
    if reply.reason is not None:
        return ReplyExplanation(status, reply.reason.text(lang), reply.reason.fix(lang), reply.return_info)
    return ReplyExplanation(status, reply.return_info, "", reply.return_info)
