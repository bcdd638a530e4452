"""China Customs cross-border e-commerce messages (CEB, 2022-05 schema): build, validate, check, read replies."""

from heihe_desk.core.customs.consistency import check_consistency
from heihe_desk.core.customs.declaration_copy import declaration_copy_data
from heihe_desk.core.customs.envelope import BuildResult, BuiltMessage, DeclarationError, EntityRef
from heihe_desk.core.customs.inventory import build_inventory_messages, check_inventory_inputs
from heihe_desk.core.customs.model import (
    BuyerInput,
    BuyerKind,
    CodeForm,
    DeclarationAction,
    DeclarationSettings,
    OrderInput,
    OrderLine,
    ParcelDeclarationInput,
    ParcelLine,
    PaymentInput,
    ReleasedList,
    SummaryRequest,
    WaybillInput,
)
from heihe_desk.core.customs.replies import (
    CustomsReply,
    ReplyError,
    ReplyExplanation,
    ReplyMessage,
    SummaryResult,
    explain_reply,
    parse_reply,
)
from heihe_desk.core.customs.risk import RiskFinding, Severity, risk_checks
from heihe_desk.core.customs.statuses import ReplyStatus, order_status_after_list_reply, reply_status
from heihe_desk.core.customs.summary import SummaryBuild, SummaryPlan, build_summary_messages, plan_summary
from heihe_desk.core.customs.trade_documents import (
    build_order_messages,
    build_receipt_messages,
    build_waybill_messages,
    order_from_parcel,
)
from heihe_desk.core.domain.declaration_copy import DeclarationCopy, DeclarationCopyLine

__all__ = [
    "BuildResult", "BuiltMessage", "BuyerInput", "BuyerKind", "CodeForm", "CustomsReply", "DeclarationAction",
    "DeclarationCopy", "DeclarationCopyLine", "DeclarationError", "DeclarationSettings", "EntityRef", "OrderInput",
    "OrderLine", "ParcelDeclarationInput", "ParcelLine", "PaymentInput", "ReleasedList", "ReplyError",
    "ReplyExplanation", "ReplyMessage", "ReplyStatus", "RiskFinding", "Severity", "SummaryBuild", "SummaryPlan",
    "SummaryRequest", "SummaryResult", "WaybillInput", "build_inventory_messages", "build_order_messages",
    "build_receipt_messages", "build_summary_messages", "build_waybill_messages", "check_consistency",
    "check_inventory_inputs", "declaration_copy_data", "explain_reply", "order_from_parcel",
    "order_status_after_list_reply", "parse_reply", "plan_summary", "reply_status", "risk_checks",
]
