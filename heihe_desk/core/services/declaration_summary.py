"""The summary declaration (CEB701) of a period: which released lists go in, the plan, the stored messages."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from heihe_desk.core.customs import (
    DeclarationSettings,
    ReleasedList,
    ReplyStatus,
    SummaryBuild,
    SummaryPlan,
    SummaryRequest,
    build_summary_messages,
    plan_summary,
)
from heihe_desk.core.customs.formats import parse_return_time
from heihe_desk.core.customs.statuses import NEEDS_ACTION, SUMMARISABLE
from heihe_desk.core.domain.record import new_id, utc_now
from heihe_desk.core.services import declaration_store as store
from heihe_desk.core.storage.outbox import Device

_RELEASED = tuple(s.value for s in SUMMARISABLE)
_FAILED = tuple(s.value for s in NEEDS_ACTION)


@dataclass(frozen=True)
class SummaryPreview:
    """What a summary of the period would contain, before anything is written."""

    request: SummaryRequest
    plan: SummaryPlan
    already_summarised: tuple[str, ...]      # list numbers in an earlier, not rejected summary: left out

    @property
    def list_count(self) -> int:
        return sum(len(g.invt_nos) for g in self.plan.groups)


def _released_on(entity: dict[str, Any], fallback: str) -> date:
    moment = parse_return_time(str(entity.get("status_time", "")))
    return moment.date() if moment else date.fromisoformat(fallback[:10])


def released_lists(conn: sqlite3.Connection, start: date, end: date) -> list[ReleasedList]:
    """Every list part released (or closed) in the period, with the identities it was declared with."""
    marks = ", ".join("?" * len(_RELEASED))
    found: list[ReleasedList] = []
    # status_time is the C17 time of the latest reply; the window is widened by a day each side for time zones.
    since = (start - timedelta(days=1)).isoformat()
    for entities, facts, updated in conn.execute(
            f"SELECT entities, facts, updated_at FROM declarations WHERE message_type = 'CEB603' AND status IN"
            f" ({marks}) AND updated_at >= ? ORDER BY created_at", (*_RELEASED, since)):
        stored = json.loads(facts)
        head, parcel = stored.get("settings", {}), stored.get("parcel", {})
        for entity in json.loads(entities):
            released = _released_on(entity, updated)
            if not start <= released <= end or entity.get("status") not in _RELEASED:
                continue
            found.append(ReleasedList(
                invt_no=str(entity.get("invt_no", "")), released_on=released, status=ReplyStatus(entity["status"]),
                customs_code=head.get("customs_code", ""), ebc_code=head.get("ebc_code", ""),
                agent_code=head.get("agent_code", ""),
                statistics_flag=parcel.get("statistics_flag") or head.get("statistics_flag", ""),
                loct_no=head.get("loct_no", ""), owner_code=head.get("owner_code", ""),
                ebc_name=head.get("ebc_name", ""), agent_name=head.get("agent_name", "")))
    return found


def summarised_lists(conn: sqlite3.Connection) -> set[str]:
    """List numbers already named in a summary that customs have not rejected."""
    marks = ", ".join("?" * len(_FAILED))
    numbers: set[str] = set()
    for (facts,) in conn.execute(f"SELECT facts FROM declarations WHERE message_type = 'CEB701'"
                                 f" AND status NOT IN ({marks})", _FAILED):
        numbers.update(json.loads(facts).get("invt_nos", []))
    return numbers


def default_cop_no(conn: sqlite3.Connection, start: date, device: Device) -> str:
    """'HDS-20260301-AB23-1': period start, device and a counter, unique per device (fits C..30 with suffixes)."""
    prefix = f"HDS-{start:%Y%m%d}-{device.code}-"
    count = conn.execute("SELECT count(*) FROM declarations WHERE message_type = 'CEB701' AND cop_no LIKE ?",
                         (prefix + "%",)).fetchone()[0]
    return f"{prefix}{count + 1}"


def preview(conn: sqlite3.Connection, settings: DeclarationSettings, request: SummaryRequest) -> SummaryPreview:
    lists = released_lists(conn, request.period_start, request.period_end)
    done = summarised_lists(conn)
    fresh = [item for item in lists if item.invt_no not in done]
    already = tuple(sorted({item.invt_no for item in lists if item.invt_no in done}))
    return SummaryPreview(request, plan_summary(fresh, request, settings), already)


def store_summary(conn: sqlite3.Connection, device: Device, settings: DeclarationSettings, request: SummaryRequest,
                  now: datetime | None = None) -> tuple[SummaryBuild, list[str]]:
    """Build (schema-validated) and store + queue the CEB701 messages, in the caller's transaction.

    Raises DeclarationError with the reasons when nothing can be summarised.
    """
    done = summarised_lists(conn)
    lists = [item for item in released_lists(conn, request.period_start, request.period_end)
             if item.invt_no not in done]
    built = build_summary_messages(lists, request, settings, now=now)
    by_cop = {group.cop_no: list(group.invt_nos) for group in built.plan.groups}
    stamp, ids = utc_now(), []
    for message in built.messages:
        record_id = new_id()
        cops = list(dict.fromkeys(ref.cop_no for ref in message.entities))
        facts = {"invt_nos": [n for cop in cops for n in by_cop.get(cop, [])],
                 "period": [request.period_start.isoformat(), request.period_end.isoformat()]}
        store.insert_message(conn, device, record_id, message, order_id="", order_no=", ".join(cops), facts=facts,
                             now=stamp)
        ids.append(record_id)
    return built, ids
