"""What sync states, record kinds, platform refusals and conflict reasons read as in the user's language."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from heihe_desk.core.domain.errors import NotFoundError
from heihe_desk.core.locale.catalogue import issue_text
from heihe_desk.core.locale.formatting import moment, short_day
from heihe_desk.core.sync.queue import Attention
from heihe_desk.core.workspace import Workspace
from heihe_desk.ui.display import row_name
from heihe_desk.ui.translation import LANGUAGE, core_tr

CONTEXT = "SyncTexts"

#: The state names in the status bar ('off': no platform address is set, so nothing is ever sent).
STATE_NAMES = {
    "online": QT_TRANSLATE_NOOP("SyncTexts", "Synced"),
    "offline": QT_TRANSLATE_NOOP("SyncTexts", "Offline"),
    "syncing": QT_TRANSLATE_NOOP("SyncTexts", "Syncing…"),
    "error": QT_TRANSLATE_NOOP("SyncTexts", "Sync error"),
    "update-needed": QT_TRANSLATE_NOOP("SyncTexts", "Update needed"),
    "auth-needed": QT_TRANSLATE_NOOP("SyncTexts", "Sign-in needed"),
    "never": QT_TRANSLATE_NOOP("SyncTexts", "Not synced yet"),
    "off": QT_TRANSLATE_NOOP("SyncTexts", "Sync off"),
}
#: What each state means and what the user can do (the status tooltip and the settings dialog).
STATE_HELP = {
    "online": QT_TRANSLATE_NOOP("SyncTexts", "The last sync with the platform finished."),
    "offline": QT_TRANSLATE_NOOP("SyncTexts", "The platform cannot be reached. Changes are kept and sent when the"
                                              " connection is back."),
    "syncing": QT_TRANSLATE_NOOP("SyncTexts", "Sending changes to the platform and fetching its changes."),
    "error": QT_TRANSLATE_NOOP("SyncTexts", "The platform failed or refused the sync. It is tried again later;"
                                            " changes are kept."),
    "update-needed": QT_TRANSLATE_NOOP("SyncTexts", "This app and the platform use different versions. Install the"
                                                    " update; changes are kept until then."),
    "auth-needed": QT_TRANSLATE_NOOP("SyncTexts", "The platform did not accept the token. Enter a valid token in"
                                                  " Sync ▸ Platform settings."),
    "never": QT_TRANSLATE_NOOP("SyncTexts", "This computer has not synced with the platform yet."),
    "off": QT_TRANSLATE_NOOP("SyncTexts", "No platform address is set. Changes are kept on this computer."),
}
#: Status colours: the dot is the only colour in the status bar, so each state has its own hue.
STATE_COLOURS = {
    "online": "#2e7d32", "syncing": "#1565c0", "offline": "#757575", "error": "#c62828",
    "update-needed": "#e65100", "auth-needed": "#e65100", "never": "#9e9e9e", "off": "#bdbdbd",
}
ENTITY_NAMES = {
    "products": QT_TRANSLATE_NOOP("SyncTexts", "Product"),
    "partners": QT_TRANSLATE_NOOP("SyncTexts", "Partner"),
    "orders": QT_TRANSLATE_NOOP("SyncTexts", "Order"),
    "payments": QT_TRANSLATE_NOOP("SyncTexts", "Payment"),
    "stock_movements": QT_TRANSLATE_NOOP("SyncTexts", "Stock movement"),
    "batches": QT_TRANSLATE_NOOP("SyncTexts", "Batch"),
    "rates": QT_TRANSLATE_NOOP("SyncTexts", "Exchange rate"),
    "waybills": QT_TRANSLATE_NOOP("SyncTexts", "Waybill"),
    "waybill_events": QT_TRANSLATE_NOOP("SyncTexts", "Waybill status"),
    "locations": QT_TRANSLATE_NOOP("SyncTexts", "Stock location"),
    "customs_message": QT_TRANSLATE_NOOP("SyncTexts", "Customs declaration"),
}
OP_NAMES = {
    "create": QT_TRANSLATE_NOOP("SyncTexts", "new"),
    "update": QT_TRANSLATE_NOOP("SyncTexts", "changed"),
    "delete": QT_TRANSLATE_NOOP("SyncTexts", "deleted"),
}
#: The core keeps conflict reasons as plain English (sync/apply.py REASON_*); these are their readings.
CONFLICT_REASONS = {
    "local edits not yet accepted by the platform":
        QT_TRANSLATE_NOOP("SyncTexts", "Changed here and on the platform at the same time"),
    "clashes with another local record (e.g. the same SKU)":
        QT_TRANSLATE_NOOP("SyncTexts", "The platform's version clashes with another record here (the same SKU"
                                       " or INN)"),
}
NO_REASON = QT_TRANSLATE_NOOP("SyncTexts", "The platform refused this change without giving a reason.")


def _text(table: Mapping[str, object], key: str) -> str:
    """A marked string of ``table`` translated now, or the key itself for one the UI has no words for."""
    return QCoreApplication.translate(CONTEXT, str(table[key])) if key in table else key


def state_text(state: str) -> str:
    return _text(STATE_NAMES, state)


def state_help(state: str) -> str:
    return _text(STATE_HELP, state) if state in STATE_HELP else ""


def entity_text(entity: str) -> str:
    return _text(ENTITY_NAMES, entity)


def op_text(op: str) -> str:
    return _text(OP_NAMES, op)


def conflict_reason(reason: str) -> str:
    return _text(CONFLICT_REASONS, reason)


def _local(iso: str | None) -> datetime | None:
    """A stored UTC timestamp ('2026-03-08T10:15:00.000Z') in this computer's time zone."""
    try:
        return datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone() if iso else None
    except ValueError:
        return None


def when_text(iso: str | None) -> str:
    """A stored UTC timestamp as local date and time in the UI language; '' for none."""
    stamp = _local(iso)
    return moment(stamp, LANGUAGE.lang) if stamp else (iso or "")


def short_when(iso: str | None) -> str:
    """Compact for the status bar: '21:14' today, else the short local date and the time ('04.12.2026 21:14').

    The time of day is 24-hour digits, as Chinese and Russian write it (core formatting has no time-only form).
    """
    stamp = _local(iso)
    if stamp is None:
        return iso or ""
    clock = f"{stamp:%H:%M}"
    if stamp.date() == datetime.now().astimezone().date():
        return clock
    return f"{short_day(stamp.date(), LANGUAGE.lang)} {clock}"


def record_title(ws: Workspace, entity: str, entity_id: str) -> str:
    """What people call the record: SKU and name, partner name, order number; else the id's first characters."""
    try:
        if entity == "products":
            row = ws.product_row(entity_id)
            return f"{row['sku']} {row_name(row)}".strip()
        if entity == "partners":
            return str(ws.partner_row(entity_id)["name"])
        if entity == "orders":
            return str(ws.orders.get(entity_id)["number"])
    except (NotFoundError, KeyError):
        pass  # deleted here since, or a kind without a human name: the id still tells records apart
    return entity_id[:8]


def attention_reason(item: Attention) -> str:
    """The platform's reasons for refusing a change, one per line, in the UI language."""
    lines = [issue_text(issue, LANGUAGE.lang) for issue in item.issues]
    if not lines and item.message:
        lines.append(core_tr(item.message))  # platform messages that are catalogue keys read translated
    return "\n".join(lines) or QCoreApplication.translate(CONTEXT, str(NO_REASON))
