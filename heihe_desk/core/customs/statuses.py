"""What a customs reply's returnStatus means for us, and known rejection reasons in the trader's language."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from heihe_desk.core.domain.errors import N_
from heihe_desk.core.domain.order import OrderStatus
from heihe_desk.core.paths import resources_dir


class ReplyStatus(StrEnum):
    """Our names for the returnStatus values.

    Codes per customs-domain §1.2 ("returnStatus (receipts)", from the CEB604 annotation) and the spec's
    reply tables (2022-05 §2.12.4: 500 海关查验; §2.18.4 RefundReturn: 505 移交, 600 挂起); negative numbers
    are processing errors (§1.2 and spec §7).
    """

    TEMP_SAVED = "temp_saved"        # 1  电子口岸已暂存
    SUBMITTED = "submitted"          # 2  电子口岸申报中
    SENT = "sent"                    # 3  发送海关成功
    SEND_FAILED = "send_failed"      # 4  发送海关失败
    REJECTED = "rejected"            # 100 海关退单
    ACCEPTED = "accepted"            # 120 海关入库
    MANUAL_REVIEW = "manual_review"  # 300 人工审核
    CONCLUDED = "concluded"          # 399 海关审结
    INSPECTION = "inspection"        # 500 海关查验
    TRANSFERRED = "transferred"      # 505 移交
    SUSPENDED = "suspended"          # 600 挂起
    RELEASED = "released"            # 800 放行
    CLOSED = "closed"                # 899 结关
    ERROR = "error"                  # < 0 处理异常
    SUMMARISED = "summarised"        # a CEB792 summary result arrived
    UNKNOWN = "unknown"


RETURN_STATUS: dict[str, ReplyStatus] = {
    "1": ReplyStatus.TEMP_SAVED, "2": ReplyStatus.SUBMITTED, "3": ReplyStatus.SENT, "4": ReplyStatus.SEND_FAILED,
    "100": ReplyStatus.REJECTED, "120": ReplyStatus.ACCEPTED, "300": ReplyStatus.MANUAL_REVIEW,
    "399": ReplyStatus.CONCLUDED, "500": ReplyStatus.INSPECTION, "505": ReplyStatus.TRANSFERRED,
    "600": ReplyStatus.SUSPENDED, "800": ReplyStatus.RELEASED, "899": ReplyStatus.CLOSED,
}
STATUS_LABELS: dict[ReplyStatus, str] = {
    ReplyStatus.TEMP_SAVED: N_("Saved at the e-port (not declared)"),
    ReplyStatus.SUBMITTED: N_("Being declared at the e-port"), ReplyStatus.SENT: N_("Sent to customs"),
    ReplyStatus.SEND_FAILED: N_("Sending to customs failed"), ReplyStatus.REJECTED: N_("Rejected by customs"),
    ReplyStatus.ACCEPTED: N_("Accepted by customs"), ReplyStatus.MANUAL_REVIEW: N_("Under manual review"),
    ReplyStatus.CONCLUDED: N_("Review concluded by customs"), ReplyStatus.INSPECTION: N_("Goods to be inspected"),
    ReplyStatus.TRANSFERRED: N_("Handed over"), ReplyStatus.SUSPENDED: N_("Suspended"),
    ReplyStatus.RELEASED: N_("Released"), ReplyStatus.CLOSED: N_("Closed (cleared)"),
    ReplyStatus.ERROR: N_("Processing error"), ReplyStatus.SUMMARISED: N_("Summary result received"),
    ReplyStatus.UNKNOWN: N_("Unknown customs status"),
}
#: Replies after which the trader has to fix something and send again.
NEEDS_ACTION = frozenset({ReplyStatus.SEND_FAILED, ReplyStatus.REJECTED, ReplyStatus.ERROR})
#: Statuses of a list that may go into a summary application (CEB701 is for released lists, PRODUCT.md cap. 5).
SUMMARISABLE = frozenset({ReplyStatus.RELEASED, ReplyStatus.CLOSED})


def reply_status(return_status: str) -> ReplyStatus:
    """Our status for a returnStatus value; negative numbers are errors, unknown codes stay UNKNOWN."""
    code = (return_status or "").strip()
    if re.fullmatch(r"-\d+", code):
        return ReplyStatus.ERROR
    return RETURN_STATUS.get(code, ReplyStatus.UNKNOWN)


def order_status_after_list_reply(status: ReplyStatus) -> OrderStatus | None:
    """The order status a list (CEB604) reply suggests: released on 放行/结关, back to confirmed when the
    declaration failed (domain/order.py: "back to confirmed = declaration rejected"), else unchanged."""
    if status in SUMMARISABLE:
        return OrderStatus.RELEASED
    if status in NEEDS_ACTION:
        return OrderStatus.CONFIRMED
    return None


@dataclass(frozen=True)
class Reason:
    """A known customs reason with our translations and advice (resources/customs/return_reasons.json)."""

    code: str
    replies: tuple[str, ...]
    match: str
    texts: tuple[tuple[str, str], ...]      # (language, text): tuples keep replies hashable
    fixes: tuple[tuple[str, str], ...]

    def text(self, lang: str) -> str:
        texts = dict(self.texts)
        return texts.get(lang) or texts["en"]

    def fix(self, lang: str) -> str:
        fixes = dict(self.fixes)
        return fixes.get(lang) or fixes.get("en", "")


def _lang_key(lang: str) -> str:
    return "zh" if lang.startswith("zh") else lang


@cache
def reasons(path: Path | None = None) -> tuple[Reason, ...]:
    doc: dict[str, Any] = json.loads((path or resources_dir() / "customs" / "return_reasons.json")
                                     .read_text(encoding="utf-8"))
    return tuple(Reason(e["code"], tuple(e.get("replies", [])), e["match"],
                        tuple((lang, e[_lang_key(lang)]) for lang in ("zh_CN", "ru", "en")),
                        tuple((lang, e["fix_" + _lang_key(lang)]) for lang in ("zh_CN", "ru", "en")))
                 for e in doc["entries"])


def _pattern(match: str) -> re.Pattern[str]:
    parts = [re.escape(p) for p in _compact(match).split("[*]")]
    return re.compile(".*?".join(parts))


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text or "")


def match_reason(message_type: str, return_status: str, info: str) -> Reason | None:
    """The known reason of a reply: by its code first, then by the Chinese text (spaces ignored)."""
    code = (return_status or "").strip()
    for reason in reasons():
        if reason.code and reason.code == code:
            return reason
    text = _compact(info)
    for reason in reasons():
        if reason.replies and message_type not in reason.replies:
            continue
        if reason.match and _pattern(reason.match).search(text):
            return reason
    return None
