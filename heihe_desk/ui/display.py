"""How stored core values read in the UI: quantities, product names, dates, statuses, kinds and colours."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtGui import QColor

from heihe_desk.core.domain.order import KIND_LABELS, MILLI, MODE_LABELS, STATUS_LABELS
from heihe_desk.core.domain.stock import LOCATION_LABELS, MOVEMENT_LABELS
from heihe_desk.core.locale.formatting import exact, number, short_day, short_moment
from heihe_desk.ui.translation import LANGUAGE, core_tr

NEGATIVE = QColor("#b00020")   # oversold stock, money still owed
LOW = QColor("#fff3cd")        # background of a low-stock row
MUTED = QColor("#7a7a7a")      # drafts and cancelled orders

_LABEL_SETS: dict[str, Mapping[Any, str]] = {
    "status": STATUS_LABELS, "kind": KIND_LABELS, "mode": MODE_LABELS, "location": LOCATION_LABELS,
    "movement": MOVEMENT_LABELS,
}


def label(kind: str, code: str | None) -> str:
    """The translated label of a status, order kind, trade mode, location kind or movement kind."""
    for key, text in _LABEL_SETS[kind].items():
        if key == code:
            return core_tr(text)
    return code or ""


def qty_text(milli: int | None, lang: str | None = None) -> str:
    """A stored quantity (integer thousandths) as people of the UI language write numbers."""
    if milli is None:
        return ""
    return number(Decimal(milli) / MILLI, lang or LANGUAGE.lang)


def qty_input(milli: int) -> str:
    """A quantity as an editable plain number ('1.5', '2')."""
    return format((Decimal(milli) / MILLI).normalize(), "f")


def rate_text(rate: str | Decimal, lang: str | None = None) -> str:
    """An exchange rate with every decimal it carries."""
    return exact(Decimal(str(rate)), lang or LANGUAGE.lang) if str(rate) else ""


def day_text(iso: str | None, lang: str | None = None) -> str:
    """'2026-03-08' (or a UTC timestamp) as a short local date."""
    if not iso:
        return ""
    try:
        return short_day(date.fromisoformat(iso[:10]), lang or LANGUAGE.lang)
    except ValueError:
        return iso


def moment_text(iso: str | None, lang: str | None = None) -> str:
    """A stored UTC timestamp ('2026-03-08T10:15:00.000Z') as local date and minutes (Heihe is UTC+8)."""
    if not iso:
        return ""
    try:
        value = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return short_moment(value, lang or LANGUAGE.lang)


def row_name(row: Mapping[str, Any], lang: str | None = None) -> str:
    """A product row's name in the UI language, falling back to Chinese, then any name."""
    key = {"zh_CN": "name_zh", "ru": "name_ru", "en": "name_en"}.get(lang or LANGUAGE.lang, "name_zh")
    return str(row.get(key) or row.get("name_zh") or row.get("name_ru") or row.get("name_en") or "")


def name_key(lang: str | None = None) -> str:
    """The product column sorted by when the user sorts by name."""
    return {"zh_CN": "name_zh", "ru": "name_ru", "en": "name_en"}.get(lang or LANGUAGE.lang, "name_zh")
