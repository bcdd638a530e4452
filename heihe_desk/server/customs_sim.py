"""The platform's customs simulator: a sent message is checked against the official XSD and answered like the
e-port would, after the configured delay, as "customs_reply" changes carrying the reply XML.

A schema-valid CEB603 list is accepted (120 海关入库) and later released (800 放行); the other messages
(CEB303/403/505/701) are accepted. A message that is not well-formed, not a CEB request or not
schema-valid is sent back (100 海关退单) with customs' kind of reason (报文格式错误 / 数据包不能通过schema验证)
and the first schema error, which the desk's reason table translates. A record without XML text at all is
refused at sync (the desk shows it in "needs attention") because customs never saw anything.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache

from lxml import etree

from heihe_desk.core.customs.formats import CHINA_TZ, derived_guid, is_guid
from heihe_desk.core.customs.schema import NS, schema_document, validate
from heihe_desk.core.domain.errors import Issue
from heihe_desk.core.sync import protocol
from heihe_desk.server import entities
from heihe_desk.server.entities import AccountContext, RecordRejected
from heihe_desk.server.records import StoredRecord

ENTITY, REPLY_ENTITY = "customs_message", "customs_reply"
XS = "{http://www.w3.org/2001/XMLSchema}"
#: Request → (reply message, business entity, its head element or "" when the entity is flat, return entity).
ROUTES = {
    "CEB603": ("CEB604", "Inventory", "InventoryHead", "InventoryReturn"),
    "CEB303": ("CEB304", "Order", "OrderHead", "OrderReturn"),
    "CEB403": ("CEB404", "Receipts", "", "ReceiptsReturn"),
    "CEB505": ("CEB506", "Logistics", "", "LogisticsReturn"),
    "CEB701": ("CEB702", "SummaryApply", "SummaryApplyHead", "SummaryReturn"),
}
MAX_MESSAGE_BYTES = 5 * 1024 * 1024
ACCEPTED = ("accepted", "120", "海关入库成功")
RELEASED = ("released", "800", "放行")
REJECTED_CODE = "100"


@dataclass(frozen=True)
class Verdict:
    """What customs made of a message: its type, the heads of its business entities, and the problem if any."""

    request: str
    heads: tuple[dict[str, str], ...]
    problem: str = ""


def register() -> None:
    entities.register_handler(ENTITY, answer)


def answer(account: AccountContext, record: StoredRecord) -> None:
    """Handler for "customs_message": queue the replies customs would send, each after its delay."""
    xml = record.payload.get("xml")
    if not isinstance(xml, str) or not xml.strip():
        raise RecordRejected([Issue("xml", protocol.LABEL_CUSTOMS_MESSAGE, protocol.RULE_NEEDS_XML,
                                    "<ceb:CEB603Message>…</ceb:CEB603Message>")])
    verdict = judge(xml, str(record.payload.get("message_type") or ""))
    if verdict.problem:
        steps = [("rejected", REJECTED_CODE, verdict.problem)]
    else:
        steps = [ACCEPTED, RELEASED] if verdict.request == "CEB603" else [ACCEPTED]
    fallback = {"copNo": str(record.payload.get("cop_no") or ""), "orderNo": str(record.payload.get("order_no") or ""),
                "guid": str(record.payload.get("guid") or "")}
    for step, (word, code, info) in enumerate(steps, start=1):
        delay = account.default_delay_s * step
        when = datetime.now(UTC) + timedelta(seconds=delay)
        kind = ROUTES[verdict.request][0]
        account.enqueue(REPLY_ENTITY, f"{record.id}:{word}", {
            "message_id": record.id, "message_type": kind, "status": word, "return_status": code, "note": info,
            "received_at": when.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
            "xml": reply_xml(verdict, code, info, when, fallback)}, delay)


def _parser() -> etree.XMLParser:
    # Never expand entities, load DTDs or touch the network: the XML comes from outside.
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def judge(xml: str, hint: str = "") -> Verdict:
    """Parse and schema-check a message the way the e-port's front end does."""
    data = xml.encode("utf-8")
    request = hint if hint in ROUTES else "CEB603"
    if len(data) > MAX_MESSAGE_BYTES or "<!DOCTYPE" in xml.upper():
        return Verdict(request, (), "报文格式错误：报文过大或含有DOCTYPE声明")
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        return Verdict(request, (), f"报文格式错误：{exc}"[:900])
    qname = etree.QName(root)
    kind = qname.localname.removesuffix("Message")
    if qname.namespace != NS or kind not in ROUTES:
        return Verdict(request, (), f"报文格式错误：不是可受理的申报报文（{qname.localname}）"[:900])
    heads = tuple(_head(entity, ROUTES[kind][2]) for entity in root.iterfind(f"{{{NS}}}{ROUTES[kind][1]}"))
    errors = validate(root)
    if errors:
        first = errors[0]
        where = "/".join(part for part in (first.container, first.element) if part)
        return Verdict(kind, heads, f"数据包不能通过schema验证：{where}：{first.message}"[:900])
    return Verdict(kind, heads)


def _head(entity: etree._Element, head: str) -> dict[str, str]:
    node = entity.find(f"{{{NS}}}{head}") if head else entity
    if node is None:
        return {}
    return {etree.QName(child).localname: (child.text or "").strip() for child in node if isinstance(child.tag, str)}


@cache
def return_fields(entity: str) -> tuple[tuple[str, bool], ...]:
    """The return entity's fields in schema order, each with whether the schema requires it."""
    root = schema_document().getroot()
    element = root.find(f"{XS}element[@name='{entity}']")
    if element is None:
        raise KeyError(entity)
    return tuple((str(e.get("name")), e.get("minOccurs", "1") != "0")
                 for e in element.iter(f"{XS}element") if e is not element and e.get("name"))


def _serial(*parts: str) -> str:
    """A stable 9-digit serial for the numbers customs assign (the same message always gets the same ones)."""
    return f"{int(hashlib.sha256('|'.join(parts).encode()).hexdigest(), 16) % 10**9:09d}"


def reply_xml(verdict: Verdict, code: str, info: str, when: datetime, fallback: dict[str, str]) -> str:
    """A reply message (CEB604/304/404/506/702) answering every entity of the request."""
    kind, _entity, _head_name, return_entity = ROUTES.get(verdict.request, ROUTES["CEB603"])
    local = when.astimezone(CHINA_TZ)
    stamp = local.strftime("%Y%m%d%H%M%S") + f"{local.microsecond // 1000:03d}"
    root = etree.Element(f"{{{NS}}}{kind}Message", nsmap={"ceb": NS})
    root.set("guid", derived_guid(kind, code, *(h.get("guid", "") for h in verdict.heads), fallback["guid"]))
    root.set("version", "1.0")
    for head in verdict.heads or ({k: v for k, v in fallback.items() if v},):
        guid = head.get("guid", "")
        guid = guid.upper() if is_guid(guid) else derived_guid("entity", guid, fallback["copNo"])
        serial = _serial(guid, verdict.request)
        values = {**head, "guid": guid, "returnStatus": code, "returnTime": stamp, "returnInfo": info,
                  "preNo": f"P{local:%Y%m%d}{serial}",
                  "invtNo": f"{(head.get('customsCode') or '0000')[:4]:0<4}{local:%Y}E{serial}",
                  "sumNo": f"S{local:%Y%m%d}{serial}" if code != REJECTED_CODE else ""}
        entity = etree.SubElement(root, f"{{{NS}}}{return_entity}")
        for name, required in return_fields(return_entity):
            value = values.get(name, "")
            if value or required:
                etree.SubElement(entity, f"{{{NS}}}{name}").text = value
    return str(etree.tostring(root, xml_declaration=True, encoding="UTF-8").decode("utf-8"))
