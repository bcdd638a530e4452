"""`heihe-desk declare | declare-summary | customs-reply`: customs messages from the command line."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from heihe_desk.core.customs import DeclarationError, explain_reply
from heihe_desk.core.domain.errors import Issue
from heihe_desk.core.locale.catalogue import issue_text, translations
from heihe_desk.core.services.declaration_checks import OrderCheck
from heihe_desk.core.services.declaration_replies import ReplyOutcome
from heihe_desk.core.services.declaration_store import MESSAGE_LABELS, status_text
from heihe_desk.core.workspace import Workspace


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    declare = sub.add_parser("declare", parents=[common], help="generate, validate and queue list declarations "
                             "(CEB603, and the CEB303/403/505 you file) for confirmed orders; write them as files")
    declare.add_argument("--orders", required=True, help="'all' (every confirmed order) or order numbers or ids, "
                         "comma-separated")
    declare.add_argument("--out", type=Path, required=True, help="folder for the XML files (one per message)")
    declare.add_argument("--strict", action="store_true", help="treat risk warnings as reasons not to declare")
    summary = sub.add_parser("declare-summary", parents=[common],
                             help="summary declaration (CEB701) of the lists released in a period")
    summary.add_argument("--from", dest="start", type=_day, required=True, help="first day, YYYY-MM-DD")
    summary.add_argument("--to", dest="end", type=_day, required=True, help="last day, YYYY-MM-DD")
    summary.add_argument("--out", type=Path, required=True, help="folder for the XML files")
    summary.add_argument("--cop-no", default="", help="enterprise number of the application (default: generated)")
    summary.add_argument("--summary-flag", choices=("1", "2"), default="1",
                         help="1 = by consignor, 2 = by consignor and producer/seller")
    reply = sub.add_parser("customs-reply", parents=[common], help="import customs reply files "
                           "(CEB304/404/506/604/702/792) and move the statuses")
    reply.add_argument("files", nargs="+", type=Path, metavar="FILE")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a date written YYYY-MM-DD, e.g. 2026-03-01 (got {text!r})") from None


def _t(message: str, lang: str) -> str:
    return translations(lang).gettext(message)


def _issue_lines(check: OrderCheck, issues: list[Issue], lang: str) -> list[str]:
    lines = []
    for issue in issues:
        sku = check.sku_of(issue)
        lines.append(f"  - {issue_text(issue, lang)}" + (f" [{sku}]" if sku else ""))
    return lines


def cmd_declare(args: argparse.Namespace, data_dir: Path | None, lang: str) -> int:
    with Workspace.open(data_dir) as ws:
        service = ws.declarations
        keys = (service.confirmed_order_ids() if args.orders.strip().lower() == "all"
                else [k.strip() for k in args.orders.split(",") if k.strip()])
        if not keys:
            print("no confirmed orders to declare")
            return 0
        report = service.store(service.check_orders(keys), accept_warnings=not args.strict)
        written = {m.record_id: m for c in report.declared for m in c.messages}
        paths = {p.stem: p.name for p in service.export(list(written), args.out)}
    for check in report.declared:
        names = [paths.get(f"{m.built.message_type}_{m.built.guid}", "?") for m in check.messages]
        print(f"{check.order_no}: {', '.join(names)}")
        for line in _issue_lines(check, check.warnings, lang):
            print(f"{check.order_no}: warning: {line.removeprefix('  - ')}", file=sys.stderr)
    settings = report.settings_issues
    if settings:
        print("customs settings (Declarations → Settings in the app):", file=sys.stderr)
        print("\n".join(f"  - {issue_text(i, lang)}" for i in settings), file=sys.stderr)
    for check in report.refused:
        # Settings problems are listed once above; an order refused only for them says so in a word.
        reasons = check.blocking or ([] if check.settings else check.warnings)
        if reasons:
            print(f"{check.order_no}: not declared", file=sys.stderr)
            print("\n".join(_issue_lines(check, reasons, lang)), file=sys.stderr)
        else:
            print(f"{check.order_no}: not declared (customs settings incomplete)", file=sys.stderr)
    print(f"{len(report.declared)} order(s) declared, {len(written)} message(s) in {args.out};"
          f" {len(report.refused)} not declared")
    return 1 if report.refused else 0


def cmd_declare_summary(args: argparse.Namespace, data_dir: Path | None, lang: str) -> int:
    with Workspace.open(data_dir) as ws:
        service = ws.declarations
        request = service.summary_request(args.start, args.end, args.cop_no, args.summary_flag)
        shown = service.plan_summary(request)
        for group in shown.plan.groups:
            print(f"{group.cop_no}: {len(group.invt_nos)} list(s), customs {group.customs_code},"
                  f" consignor {group.ebc_code}, declaring agent {group.agent_code}")
        for issue in shown.plan.skipped:
            print(f"  left out: {issue_text(issue, lang)}")
        if shown.already_summarised:
            print(f"  left out: {len(shown.already_summarised)} list(s) already in an earlier summary")
        try:
            ids = service.generate_summary(request)
        except DeclarationError as error:
            print("\n".join(issue_text(i, lang) for i in error.issues), file=sys.stderr)
            return 1
        paths = service.export(ids, args.out)
    for path in paths:
        print(path)
    return 0


def _outcome_line(outcome: ReplyOutcome, lang: str) -> str:
    label = _t(MESSAGE_LABELS.get(outcome.declaration_type, outcome.declaration_type), lang)
    status = _t(status_text(outcome.status), lang)
    text = f"{outcome.reply.message_type} → {label} {outcome.order_no}: {status}"
    if outcome.order_status:
        text += f"; order {outcome.order_no} → {outcome.order_status}"
    explained = explain_reply(outcome.reply, lang)
    if outcome.reply.status.value in ("rejected", "send_failed", "error"):
        text += f"\n    {explained.reason}" + (f"\n    {explained.fix}" if explained.fix else "")
    return text


def cmd_customs_reply(args: argparse.Namespace, data_dir: Path | None, lang: str) -> int:
    failed = False
    with Workspace.open(data_dir) as ws:
        outcomes = ws.declarations.import_reply_files(args.files)
    for item in outcomes:
        name = Path(item.path).name
        if item.report is None:
            print(f"{name}: cannot read: {item.error}", file=sys.stderr)
            failed = True
            continue
        fresh = [o for o in item.report.outcomes if o.matched and not o.duplicate]
        repeats = sum(o.duplicate for o in item.report.outcomes)
        for outcome in fresh:
            print(f"{name}: {_outcome_line(outcome, lang)}")
        if repeats:
            print(f"{name}: {repeats} repeated reply(ies) already applied")
        if item.report.unmatched:
            keys = {o.reply.cop_no or o.reply.order_no or o.reply.guid for o in item.report.outcomes
                    if not o.matched}
            print(f"{name}: {item.report.unmatched} reply(ies) match no declaration here ({', '.join(sorted(keys))})",
                  file=sys.stderr)
            failed = True
    return 1 if failed else 0
