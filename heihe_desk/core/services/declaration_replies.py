"""Customs replies applied to our records: matched by any number customs know, stored once, statuses moved."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from heihe_desk.core.customs import (
    CustomsReply,
    ReplyExplanation,
    ReplyStatus,
    SummaryResult,
    explain_reply,
    parse_reply,
    reply_status,
)
from heihe_desk.core.customs.formats import CHINA_TZ, ceb_time
from heihe_desk.core.customs.statuses import NEEDS_ACTION, RETURN_STATUS, match_reason, order_status_after_list_reply
from heihe_desk.core.domain.order import OrderStatus, check_transition
from heihe_desk.core.domain.record import utc_now
from heihe_desk.core.services import declaration_store as store
from heihe_desk.core.services.orders import Orders

#: The message each reply answers (customs-domain §1.1); replies to messages we never send match nothing.
REQUEST_OF = {"CEB304": "CEB303", "CEB404": "CEB403", "CEB506": "CEB505", "CEB604": "CEB603", "CEB702": "CEB701",
              "CEB792": "CEB701"}
REPLY_OF = {request: reply for reply, request in REQUEST_OF.items() if reply != "CEB792"}
#: How far along a declaration is; a reply never moves an entity back unless it is newer (by returnTime).
RANK = {store.QUEUED: 0, ReplyStatus.UNKNOWN: 0, ReplyStatus.TEMP_SAVED: 1, ReplyStatus.SUBMITTED: 2,
        ReplyStatus.SENT: 3, ReplyStatus.ACCEPTED: 4, ReplyStatus.MANUAL_REVIEW: 5, ReplyStatus.INSPECTION: 5,
        ReplyStatus.TRANSFERRED: 5, ReplyStatus.SUSPENDED: 5, ReplyStatus.CONCLUDED: 6, ReplyStatus.RELEASED: 7,
        ReplyStatus.CLOSED: 8, ReplyStatus.SUMMARISED: 9, ReplyStatus.SEND_FAILED: 10, ReplyStatus.REJECTED: 10,
        ReplyStatus.ERROR: 10}
_PROBLEMS = {s.value for s in NEEDS_ACTION}
_KEYS = ("guid", "cop_no", "invt_no", "pre_no", "sum_no", "order_no", "logistics_no", "pay_no")
#: Status words of the platform's status-only replies ("customs_reply" sync changes) → returnStatus codes.
STATUS_CODES = {status.value: code for code, status in RETURN_STATUS.items()}


@dataclass(frozen=True)
class ReplyOutcome:
    """What one return entity did: the declaration it matched (if any), its new status, the order's move."""

    reply: CustomsReply
    declaration_id: str = ""
    declaration_type: str = ""
    order_id: str = ""
    order_no: str = ""
    status: str = ""
    order_status: str = ""      # the order's new status, "" when it did not move
    duplicate: bool = False

    @property
    def matched(self) -> bool:
        return bool(self.declaration_id)


@dataclass(frozen=True)
class ReplyReport:
    message_type: str
    outcomes: tuple[ReplyOutcome, ...]

    @property
    def unmatched(self) -> int:
        return sum(not o.matched for o in self.outcomes)


def _c17(raw: str) -> str:
    """returnTime padded to 17 digits so times of 14 and 17 characters compare as text."""
    raw = raw.strip()
    return raw + "000" if len(raw) == 14 else raw


def _summary_reply(message_guid: str, result: SummaryResult) -> CustomsReply:
    """A CEB792 summary result in the shape of a return entity, so it is stored and matched the same way."""
    stamp = ceb_time(result.op_time) + f"{result.op_time.microsecond // 1000:03d}" if result.op_time else ""
    info = f"汇总结果：报关单号 {result.entry_id or '-'}，汇总统一编号 {result.decl_seq_no or '-'}"
    return CustomsReply("CEB792", message_guid, result.guid, "", ReplyStatus.SUMMARISED, result.op_time, stamp, info,
                        None, sum_no=result.sum_no, ebc_code=result.ebc_code, agent_code=result.agent_code)


def status_reply(declaration: Mapping[str, Any], payload: Mapping[str, Any]) -> CustomsReply:
    """A platform status payload ({"status": "accepted", "note": …}) as a reply to ``declaration``."""
    word = str(payload.get("status", "")).strip().lower()
    code = STATUS_CODES.get(word, word)
    at = str(payload.get("received_at") or utc_now())
    try:
        moment = datetime.fromisoformat(at.replace("Z", "+00:00"))
    except ValueError:
        moment = datetime.now(UTC)
    moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    stamp = ceb_time(moment.astimezone(CHINA_TZ)) + f"{moment.microsecond // 1000:03d}"
    kind = REPLY_OF.get(declaration["message_type"], "")
    entity = declaration["entities"][0] if declaration["entities"] else {}
    info = str(payload.get("note") or "")
    return CustomsReply(kind, str(payload.get("message_id", "")), str(entity.get("guid", "")), code,
                        reply_status(code), moment.astimezone(CHINA_TZ), stamp, info, match_reason(kind, code, info),
                        cop_no=str(entity.get("cop_no", "")), order_no=str(entity.get("order_no", "")))


class ReplyApplier:
    """Applies replies on the connection of ``orders`` inside the caller's transaction."""

    def __init__(self, orders: Orders):
        self.orders = orders
        self.conn = orders.ctx.conn

    def apply_message(self, data: bytes | str, source: str) -> ReplyReport:
        """Every return entity (or CEB792 result) of one reply message; raises ReplyError for bad data."""
        message = parse_reply(data)
        raw = data.decode("utf-8-sig") if isinstance(data, bytes) else data
        replies = list(message.returns) + [_summary_reply(message.guid, r) for r in message.results]
        return ReplyReport(message.message_type, tuple(self.apply(r, raw, source) for r in replies))

    def match(self, reply: CustomsReply) -> str:
        request = REQUEST_OF.get(reply.message_type)
        if request is None:
            return ""
        for kind in _KEYS:
            value = getattr(reply, kind, "")
            if value and value.strip():
                found = store.find(self.conn, request, kind, value)
                if found:
                    return found[0]
        return ""

    def apply(self, reply: CustomsReply, raw: str, source: str, declaration_id: str = "") -> ReplyOutcome:
        declaration_id = declaration_id or self.match(reply)
        if not declaration_id:
            return ReplyOutcome(reply)
        now = utc_now()
        row = store.get(self.conn, declaration_id)
        base = ReplyOutcome(reply, declaration_id, row["message_type"], row["order_id"], row["order_no"],
                            row["status"])
        if not store.insert_reply(self.conn, declaration_id, reply, raw, source, now):
            return replace(base, duplicate=True)
        entities = row["entities"]
        index = _entity_index(entities, reply)
        if index >= 0 and _newer(reply, entities[index]):
            entities[index].update(status=reply.status.value, status_time=_c17(reply.return_time_raw),
                                   info=reply.return_info, **{k: getattr(reply, k) for k in ("invt_no", "pre_no",
                                                                                              "sum_no")
                                                               if getattr(reply, k)})
        store.add_keys(self.conn, row["message_type"], declaration_id,
                       [(k, getattr(reply, k)) for k in ("invt_no", "pre_no", "sum_no")])
        status, text, stamp = _aggregate(entities)
        store.set_status(self.conn, declaration_id, entities, status, text, stamp, now)
        moved = self._move_order(row, status, text) if row["message_type"] == "CEB603" else ""
        return replace(base, status=status, order_status=moved)

    def _move_order(self, row: Mapping[str, Any], status: str, text: str) -> str:
        """Released lists release the order; a rejected one sends it back to confirmed with customs' reason."""
        order_id = row["order_id"]
        try:
            target = order_status_after_list_reply(ReplyStatus(status))
        except ValueError:
            return ""
        newest = self.conn.execute("SELECT id FROM declarations WHERE order_id = ? AND message_type = 'CEB603'"
                                   " ORDER BY created_at DESC, rowid DESC LIMIT 1", (order_id,)).fetchone()
        # A late reply to an older, replaced declaration must not move an order that was declared again.
        if target is None or not order_id or newest is None or newest[0] != row["id"]:
            return ""
        current = self.orders.get(order_id)["status"]
        if current != OrderStatus.DECLARED or check_transition(current, target) is not None:
            return ""
        note = f"{row['message_type']} {row['cop_no']}: {text}".strip()
        move_order(self.orders, order_id, target, note)
        return target.value


def move_order(orders: Orders, order_id: str, target: OrderStatus, note: str) -> None:
    """Move the order in the caller's transaction: storing a declaration (or a reply) and moving its order
    commit together, or a crash between them leaves an order declared without a message or the reverse."""
    orders.move_in(orders.ctx.conn, order_id, target, note)


def _entity_index(entities: list[dict[str, Any]], reply: CustomsReply) -> int:
    for index, entity in enumerate(entities):
        for kind in _KEYS:
            mine, theirs = str(entity.get(kind, "")).strip().upper(), str(getattr(reply, kind, "")).strip().upper()
            if mine and mine == theirs:
                return index
    return 0 if entities else -1


def _newer(reply: CustomsReply, entity: Mapping[str, Any]) -> bool:
    """Replies may arrive out of order: the later returnTime wins; at the same time, the further status."""
    mine = (_c17(reply.return_time_raw), RANK.get(reply.status, 0))
    theirs = (str(entity.get("status_time", "")), RANK.get(str(entity.get("status", "")), 0))
    return mine >= theirs


def _aggregate(entities: list[dict[str, Any]]) -> tuple[str, str, str]:
    """The declaration's status: a problem of any part, else the least advanced part (released = all released)."""
    if not entities:
        return store.QUEUED, "", ""
    problems = [e for e in entities if e["status"] in _PROBLEMS]
    chosen = problems[0] if problems else min(entities, key=lambda e: RANK.get(e["status"], 0))
    stamp = max(str(e.get("status_time", "")) for e in entities)
    return str(chosen["status"]), str(chosen.get("info", "")), stamp


def reason_text(declaration_type: str, info: str, lang: str) -> str:
    """Customs' text of a declaration's latest reply in ``lang`` when the reason is known, else as written."""
    kind = REPLY_OF.get(declaration_type, "")
    reason = match_reason(kind, "", info) if info else None
    return reason.text(lang) if reason else info


def explain_row(row: Mapping[str, Any], lang: str) -> ReplyExplanation:
    """A stored reply (declaration_replies row) in the trader's language: status, reason, what to do, original."""
    kind, code, info = str(row["message_type"]), str(row["return_status"]), str(row["return_info"])
    try:
        status = ReplyStatus(str(row["status"]))
    except ValueError:
        status = ReplyStatus.UNKNOWN
    reply = CustomsReply(kind, "", str(row.get("entity_guid", "")), code, status, None, str(row["return_time"]), info,
                         match_reason(kind, code, info))
    return explain_reply(reply, lang)
