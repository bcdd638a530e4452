"""`heihe-desk`: one entry point; the GUI by default, subcommands for data, checks and screenshots."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from heihe_desk import __version__, cli_declare, cli_document
from heihe_desk.core.domain.errors import NotFoundError, ValidationError
from heihe_desk.core.domain.order import OrderStatus, TradeMode
from heihe_desk.core.locale.catalogue import error_text
from heihe_desk.core.locale.formatting import minor_money
from heihe_desk.core.locale.languages import LANGUAGES
from heihe_desk.core.storage.database import IntegrityError
from heihe_desk.core.sync import cli_commands as sync_cli
from heihe_desk.core.workspace import Workspace
from heihe_desk.server import cli_commands as platform_cli

PAGES = ("products", "partners", "orders", "stock", "rates", "declarations")


def _common() -> argparse.ArgumentParser:
    """Options every subcommand takes (also accepted before the subcommand)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS,
                        help="data folder (default: $HEIHE_DESK_DATA_DIR or the per-user data folder)")
    common.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help="language")
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = argparse.ArgumentParser(prog="heihe-desk", parents=[common],
                                     description="Heihe Desk (黑河边贸助手) — cross-border trade assistant")
    parser.add_argument("--version", action="version", version=f"heihe-desk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("gui", parents=[common], help="start the desktop app (the default)")
    demo = sub.add_parser("demo", parents=[common], help="fill a data folder with realistic demo data")
    demo.add_argument("--products", type=_count, default=500, help="how many products to add (default 500)")
    demo.add_argument("--orders", type=_count, default=0,
                      help="also add a history of this many orders with stock, payments and waybills")
    demo.add_argument("--seed", type=int, default=0)
    shot = sub.add_parser("screenshot", parents=[common], help="render the main window on a page to PNG")
    shot.add_argument("--page", choices=PAGES, default="products")
    shot.add_argument("--search", default="", help="type this into the page's search box first")
    shot.add_argument("--out", type=Path, required=True)
    sub.add_parser("check", parents=[common], help="integrity check and validation report (exit 1 on problems)")
    for name in ("products", "partners"):
        lister = sub.add_parser(name, parents=[common], help=f"list or search {name}")
        lister.add_argument("--search", default="")
        lister.add_argument("--limit", type=_count, default=50)
        lister.add_argument("--json", action="store_true", help="machine-readable output")
        if name == "partners":
            lister.add_argument("--kind", default=None)
    backup = sub.add_parser("backup", parents=[common], help="copy the data folder's database to one file")
    backup.add_argument("--out", type=Path, required=True, help="backup file (e.g. E:/shop.heihe-backup)")
    restore = sub.add_parser("restore", parents=[common],
                             help="replace the data with a backup file (the current data is kept in backups/)")
    restore.add_argument("file", type=Path)
    orders = sub.add_parser("orders", parents=[common], help="list orders (id, number, status, mode, buyer, totals)")
    orders.add_argument("--status", choices=[s.value for s in OrderStatus], default=None)
    orders.add_argument("--mode", choices=[m.value for m in TradeMode], default=None)
    orders.add_argument("--limit", type=_count, default=50)
    orders.add_argument("--json", action="store_true", help="machine-readable output")
    sync_cli.add_parsers(sub, common)
    platform_cli.add_parsers(sub, common)
    cli_document.add_parser(sub, common)
    cli_declare.add_parsers(sub, common)
    return parser


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number, zero or more, e.g. 100 (got {text!r})") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be zero or more, e.g. 100 (got {value})")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    command = args.command or "gui"
    data_dir: Path | None = getattr(args, "data_dir", None)
    lang: str | None = getattr(args, "lang", None)
    if command == "gui":
        from heihe_desk.ui.app import run

        return run(data_dir, lang)
    try:
        return COMMANDS[command](args, data_dir, lang or "en")
    except IntegrityError as exc:
        print(f"heihe-desk: the database is damaged: {exc}", file=sys.stderr)
        return 3
    except ValidationError as exc:
        print(error_text(exc, lang or "en"), file=sys.stderr)
        return 1
    except NotFoundError as exc:
        print(f"heihe-desk: not found: {exc}", file=sys.stderr)
        return 1


def cmd_demo(args: argparse.Namespace, data_dir: Path | None, lang: str) -> int:
    from heihe_desk.core.demo import fill

    started = time.perf_counter()
    with Workspace.open(data_dir) as ws:
        counts = fill(ws, args.products, seed=args.seed)
        if args.orders:
            from heihe_desk.core.demo_history import fill_history

            counts |= fill_history(ws, args.orders, seed=args.seed)
        total = ws.product_count()
    print(f"added {counts} in {time.perf_counter() - started:.1f} s; {total} products in {ws.data_dir}")
    return 0


def cmd_screenshot(args: argparse.Namespace, data_dir: Path | None, lang: str) -> int:
    from heihe_desk.ui.screenshot import render

    print(render(data_dir, args.page, lang, args.out, args.search))
    return 0


def cmd_check(args: argparse.Namespace, data_dir: Path | None, lang: str) -> int:
    from heihe_desk.core.validation_report import validation_report

    with Workspace.open(data_dir) as ws:
        problems = ws.check()
        findings = validation_report(ws, lang)
    for line in problems:
        print(f"database: {line}")
    for line in findings:
        print(line)
    print(f"{len(problems)} database problem(s), {len(findings)} record problem(s)")
    return 1 if problems or findings else 0


def cmd_list(args: argparse.Namespace, data_dir: Path | None, lang: str) -> int:
    with Workspace.open(data_dir) as ws:
        if args.command == "products":
            ids = ws.product_rowids(args.search)
            rows = ws.product_rows(ids[: args.limit])
        else:
            ids = ws.partner_rowids(args.search, kind=args.kind)
            rows = ws.partner_rows(ids[: args.limit])
    ordered = [{k: v for k, v in rows[i].items() if k != "rowid"} for i in ids[: args.limit] if i in rows]
    if args.json:
        json.dump({"total": len(ids), "items": ordered}, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    for row in ordered:
        print(_line(args.command, row, lang))
    print(f"{len(ordered)} of {len(ids)}")
    return 0


def _line(kind: str, row: dict[str, Any], lang: str) -> str:
    if kind == "products":
        name = {"zh_CN": row["name_zh"], "ru": row["name_ru"]}.get(lang) or row["name_en"] or row["name_zh"]
        return "\t".join((row["sku"], name, row["barcode"], row["hs_code"],
                          minor_money(row["price_cny"], "CNY", lang), minor_money(row["price_rub"], "RUB", lang)))
    return "\t".join((row["kind"], row["name"], row["country"], row["inn"] or row["uscc"], row["phone"]))


def cmd_backup(args: argparse.Namespace, data_dir: Path | None, lang: str) -> int:
    from heihe_desk.core.backup import back_up

    with Workspace.open(data_dir) as ws:
        print(back_up(ws, args.out))
    return 0


def cmd_restore(args: argparse.Namespace, data_dir: Path | None, lang: str) -> int:
    from heihe_desk.core.backup import restore
    from heihe_desk.core.paths import default_data_dir
    from heihe_desk.core.workspace import AlreadyOpenError

    folder = data_dir or default_data_dir()
    try:
        report = restore(folder, args.file)
    except AlreadyOpenError:
        print(f"heihe-desk: close the Heihe Desk window using {folder} first", file=sys.stderr)
        return 1
    if report.previous_saved_as:
        print(f"the data before restoring is kept in {report.previous_saved_as}")
    print(f"restored {report.restored_from} into {folder}")
    return 0


def cmd_orders(args: argparse.Namespace, data_dir: Path | None, lang: str) -> int:
    with Workspace.open(data_dir) as ws:
        ids = ws.orders.rowids(status=args.status, trade_mode=args.mode)
        rows = ws.orders.rows(ids[: args.limit])
    ordered = [rows[i] for i in ids[: args.limit] if i in rows]
    if args.json:
        json.dump({"total": len(ids), "items": ordered}, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    for row in ordered:
        print("\t".join((row["id"], row["number"], row["order_date"], row["status"], row["trade_mode"],
                         row["buyer_name"], minor_money(row["total"], row["currency"], lang),
                         minor_money(row["paid"], row["currency"], lang))))
    print(f"{len(ordered)} of {len(ids)}")
    return 0


COMMANDS = {"demo": cmd_demo, "screenshot": cmd_screenshot, "check": cmd_check,
            "products": cmd_list, "partners": cmd_list, "orders": cmd_orders,
            "backup": cmd_backup, "restore": cmd_restore,
            "sync": sync_cli.cmd_sync, "platform": platform_cli.cmd_platform,
            "document": cli_document.cmd_document, "declare": cli_declare.cmd_declare,
            "declare-summary": cli_declare.cmd_declare_summary, "customs-reply": cli_declare.cmd_customs_reply}


if __name__ == "__main__":
    raise SystemExit(main())
