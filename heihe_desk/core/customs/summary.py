"""The summary application (汇总申请单, CEB701): which released lists go together, and the messages for them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from lxml import etree

from heihe_desk.core.customs import formats
from heihe_desk.core.customs.checks import TRANSFER_SETTINGS, check_settings
from heihe_desk.core.customs.codes import code_tables
from heihe_desk.core.customs.envelope import BuildResult, DeclarationError, EntityRef, build_all, chunks, sub, tag
from heihe_desk.core.customs.labels import SUMMARY_LABELS
from heihe_desk.core.customs.model import DeclarationAction, DeclarationSettings, ReleasedList, SummaryRequest
from heihe_desk.core.customs.schema import max_occurs
from heihe_desk.core.customs.schema_issues import EntitySource
from heihe_desk.core.customs.statuses import SUMMARISABLE
from heihe_desk.core.domain.errors import N_, Issue

GroupKey = tuple[str, str, str, str]


@dataclass(frozen=True)
class SummaryGroup:
    """Lists that share the SummaryApply head: customs office, consignor, declaring agent, supervised site."""

    customs_code: str
    ebc_code: str
    agent_code: str
    loct_no: str
    ebc_name: str
    agent_name: str
    invt_nos: tuple[str, ...]
    cop_no: str


@dataclass(frozen=True)
class SummaryPlan:
    groups: tuple[SummaryGroup, ...]
    skipped: tuple[Issue, ...]      # lists left out, each with the reason


@dataclass(frozen=True)
class SummaryBuild(BuildResult):
    plan: SummaryPlan = SummaryPlan((), ())


def _skip(index: int, invt_no: str, rule: str) -> Issue:
    return Issue(f"lists[{index}].invt_no", SUMMARY_LABELS["invt_no"], rule, "", {"invt": invt_no or "?"})


def plan_summary(lists: Sequence[ReleasedList], request: SummaryRequest,
                 settings: DeclarationSettings | None = None) -> SummaryPlan:
    """Choose and group the lists per customs-domain §1.5.

    - Only lists declared with statisticsFlag B are summarised; A (simplified) lists are only counted
      statistically ("清单核放、汇总申报" vs "汇总统计", §1.5 last paragraph).
    - Only released (放行 800) or closed (结关 899) lists, released inside the period (PRODUCT.md cap. 5).
    - One SummaryApply per customsCode + ebcCode + agentCode + loctNo, because its head carries exactly one
      of each (§1.5 table; loctNo "distinguishes several supervised sites under one customs office").
    - summaryFlag / itemNameFlag only tell customs how to merge the named lists into 报关单; customs do that
      merging (its result comes back in CEB792), so they do not split our groups.
    """
    settings = settings or DeclarationSettings()
    seen: set[str] = set()
    skipped: list[Issue] = []
    grouped: dict[GroupKey, list[ReleasedList]] = {}
    for index, item in enumerate(lists):
        invt = formats.clean_text(item.invt_no)
        if not invt:
            skipped.append(_skip(index, invt, N_("{invt}: the list has no customs list number yet")))
        elif invt in seen:
            skipped.append(_skip(index, invt, N_("{invt}: the list appears twice; it is summarised once")))
        elif item.statistics_flag.strip() != "B":
            skipped.append(_skip(index, invt, N_("{invt}: a simplified declaration (A) is only counted "
                                                 "statistically and is not summarised")))
        elif item.status not in SUMMARISABLE:
            skipped.append(_skip(index, invt, N_("{invt}: the list is not released yet")))
        elif not request.period_start <= item.released_on <= request.period_end:
            skipped.append(_skip(index, invt, N_("{invt}: the list was released outside the summary period")))
        else:
            key = (item.customs_code.strip(), item.ebc_code.strip(), item.agent_code.strip(), item.loct_no.strip())
            grouped.setdefault(key, []).append(item)
        seen.add(invt)
    groups = []
    for number, (key, items) in enumerate(sorted(grouped.items()), start=1):
        items.sort(key=lambda i: (i.released_on, i.invt_no))
        ebc_name = next((i.ebc_name for i in items if i.ebc_name.strip()), "") or (
            settings.ebc_name if key[1] == settings.ebc_code.strip() else "")
        agent_name = next((i.agent_name for i in items if i.agent_name.strip()), "") or (
            settings.agent_name if key[2] == settings.agent_code.strip() else "")
        cop_no = request.cop_no.strip() if len(grouped) == 1 else f"{request.cop_no.strip()}-{number}"
        groups.append(SummaryGroup(*key, ebc_name, agent_name, tuple(formats.clean_text(i.invt_no) for i in items),
                                   cop_no))
    return SummaryPlan(tuple(groups), tuple(skipped))


def _check_request(request: SummaryRequest, plan: SummaryPlan) -> list[Issue]:
    issues = []
    if request.period_end < request.period_start:
        issues.append(Issue("period", SUMMARY_LABELS["period"], N_("the end must not be before the start"),
                            "2026-03-01 – 2026-03-31"))
    if request.summary_flag not in ("1", "2"):
        issues.append(Issue("summary_flag", SUMMARY_LABELS["summary_flag"],
                            N_("must be 1 (by consignor) or 2 (by consignor and producer or seller)"), "1"))
    if request.action not in {a.value for a in DeclarationAction}:
        issues.append(Issue("action", N_("Declaration action"), N_("must be 1 (new), 2 (change) or 3 (delete)"), "1"))
    longest = max((len(g.cop_no) for g in plan.groups), default=len(request.cop_no.strip()))
    if not request.cop_no.strip() or longest > 30:
        issues.append(Issue("cop_no", N_("Enterprise document number"),
                            N_("is required and, with a group suffix, at most {n} characters"), "HDSUM202603",
                            {"n": 30}))
    if not plan.groups:
        issues.append(Issue("lists", SUMMARY_LABELS["period"],
                            N_("no released list with summary declaration (B) falls in the period"), ""))
    for group in plan.groups:
        issues += [Issue("lists", SUMMARY_LABELS["invt_no"], N_("{invt}: a list number has at most {n} characters"),
                         "", {"invt": invt, "n": 20}) for invt in group.invt_nos if len(invt) > 20]
        if not group.ebc_name.strip() or not group.agent_name.strip():
            issues.append(Issue("lists", SUMMARY_LABELS["invt_no"],
                                N_("the enterprise names for codes {ebc} and {agent} are unknown; enter them in "
                                   "the customs settings"), "", {"ebc": group.ebc_code, "agent": group.agent_code}))
        if not group.customs_code or not group.ebc_code or not group.agent_code:
            issues.append(Issue("lists", SUMMARY_LABELS["invt_no"],
                                N_("lists without customs office, consignor or declaring enterprise cannot be "
                                   "summarised"), ""))
    return issues


def build_summary_messages(lists: Sequence[ReleasedList], request: SummaryRequest, settings: DeclarationSettings, *,
                           now: datetime | None = None, declare: bool = True,
                           max_lists_per_message: int | None = None) -> SummaryBuild:
    """CEB701 messages for the released lists of the period, schema-validated.

    The lists are named one by one (SummaryApplyList): the head's startTime/endTime are left out because
    customs then ignore the list body and take every list of the window (§1.5). A group with more than
    ``max_lists_per_message`` lists is sent as several messages with the same copNo and msgCount/msgSeqNo
    1…n without gaps (§1.5); unsplit groups carry msgCount = msgSeqNo = 1 as the spec asks.
    """
    plan = plan_summary(lists, request, settings)
    tables = code_tables()
    needed = ["decl_agent_code", "decl_agent_name", *TRANSFER_SETTINGS]
    problems = {"settings": check_settings(settings, needed, tables), "summary": _check_request(request, plan)}
    if any(problems.values()):
        raise DeclarationError(problems)
    moment = now or datetime.now(formats.CHINA_TZ)
    size = max_lists_per_message or len(lists) or 1
    packed: list[tuple[SummaryGroup, Sequence[str], int, int]] = []
    alone: list[list[tuple[SummaryGroup, Sequence[str], int, int]]] = []
    for group in plan.groups:
        parts = chunks(group.invt_nos, size)
        if len(parts) == 1:
            packed.append((group, group.invt_nos, 1, 1))
        else:
            alone += [[(group, part, k, len(parts))] for k, part in enumerate(parts, start=1)]
    batches = [*chunks(packed, max_occurs("CEB701Message", "SummaryApply")), *alone] if packed else alone

    def fill(root: etree._Element, batch: Sequence[tuple[SummaryGroup, Sequence[str], int, int]]
             ) -> tuple[tuple[EntityRef, ...], tuple[EntitySource, ...]]:
        refs = []
        for group, invt_nos, seq, count in batch:
            guid = formats.derived_guid("CEB701", group.cop_no, formats.ceb_time(moment), str(seq))
            apply = etree.SubElement(root, tag("SummaryApply"))
            head = etree.SubElement(apply, tag("SummaryApplyHead"))
            for name, value in (("guid", guid), ("appType", request.action), ("appTime", formats.ceb_time(moment)),
                                ("appStatus", "2" if declare else "1"), ("customsCode", group.customs_code),
                                ("copNo", group.cop_no), ("agentCode", group.agent_code),
                                ("agentName", group.agent_name), ("ebcCode", group.ebc_code),
                                ("ebcName", group.ebc_name), ("declAgentCode", settings.decl_agent_code),
                                ("declAgentName", settings.decl_agent_name)):
                sub(head, name, value)
            sub(head, "loctNo", group.loct_no, optional=True)
            sub(head, "summaryFlag", request.summary_flag)
            # itemNameFlag is C1 and mandatory in the schema although the spec says "leave empty" for
            # aggregation by commodity category; "0" stands for that (UNVERIFIED what customs expect).
            sub(head, "itemNameFlag", "1" if request.by_item_name else "0")
            sub(head, "msgCount", count)
            sub(head, "msgSeqNo", seq)
            sub(head, "note", request.note, optional=True)
            for invt_no in invt_nos:
                sub(etree.SubElement(apply, tag("SummaryApplyList")), "invtNo", invt_no)
            refs.append(EntityRef(f"summary:{group.cop_no}", guid, group.cop_no, part=seq, parts=count))
        return tuple(refs), tuple(EntitySource(r.record) for r in refs)

    built = build_all("CEB701", batches, fill, settings)
    return SummaryBuild(built.messages, plan)

