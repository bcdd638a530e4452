"""`heihe-desk platform serve | add-account | publish-rate`: run and administer the reference platform."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

DESK_DB_FILE = "heihe_desk.sqlite3"


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    """Register `platform` and its subcommands (FastAPI is imported only when a command runs)."""
    platform = sub.add_parser("platform", parents=[common], help="run or administer the reference platform server")
    inner = platform.add_subparsers(dest="platform_command", metavar="ACTION", required=True)
    serve = inner.add_parser("serve", parents=[common], help="start the platform server")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--customs-delay", type=float, default=2.0,
                       help="seconds before the customs simulator answers (default 2)")
    serve.add_argument("--tls-cert", type=Path, default=None, help="certificate file (PEM) to serve HTTPS")
    serve.add_argument("--tls-key", type=Path, default=None, help="private key file (PEM) of the certificate")
    serve.add_argument("--enable-test-faults", action="store_true", help=argparse.SUPPRESS)
    add = inner.add_parser("add-account", parents=[common], help="create an account; its token is the last line")
    add.add_argument("name")
    rate = inner.add_parser("publish-rate", parents=[common], help="publish an exchange rate to every account")
    rate.add_argument("base", help="e.g. CNY")
    rate.add_argument("quote", help="e.g. RUB")
    rate.add_argument("rate", help="units of QUOTE per 1 BASE, e.g. 12.4563")
    rate.add_argument("--date", default=None, help="YYYY-MM-DD (default today)")
    rate.add_argument("--source", default="entered on the platform", help="where the rate comes from")


def _folder(data_dir: Path | None) -> Path:
    """The platform's own folder: required, and never a desk's data folder (Anki warns about the same mix-up)."""
    if data_dir is None:
        raise SystemExit("heihe-desk platform: --data-dir is required (the platform's own folder)")
    if (data_dir / DESK_DB_FILE).exists():
        raise SystemExit(f"heihe-desk platform: {data_dir} is a Heihe Desk data folder; give the platform its own")
    return data_dir


def cmd_platform(args: argparse.Namespace, data_dir: Path | None, lang: str) -> int:
    folder = _folder(data_dir)
    if args.platform_command == "serve":
        return _serve(args, folder)
    from heihe_desk.server import reference
    from heihe_desk.server.accounts import create_account
    from heihe_desk.server.store import Store

    store = Store(folder)
    docs = reference.load_code_docs(reference.codes_dir(folder))
    try:
        with store.write() as conn:
            if args.platform_command == "add-account":
                account, token = create_account(conn, args.name)
                reference.refresh_account(conn, account.id, docs)
                print(f"account {account.name} created; give this token to its user (shown once):")
                print(token)
                return 0
            rate_id = reference.publish_rate(conn, args.base, args.quote, args.rate,
                                             args.date or date.today().isoformat(), args.source)
            sent = reference.refresh_all(conn, docs)
        print(f"published {rate_id} ({sent} change(s) queued for devices)")
        return 0
    except ValueError as exc:
        print(f"heihe-desk platform: {exc}", file=sys.stderr)
        return 1


def _serve(args: argparse.Namespace, folder: Path) -> int:
    import uvicorn

    from heihe_desk.server.app import ServerConfig, create_app

    if bool(args.tls_cert) != bool(args.tls_key):
        print("heihe-desk platform: --tls-cert and --tls-key go together", file=sys.stderr)
        return 1
    app = create_app(ServerConfig(folder, args.customs_delay, args.enable_test_faults))
    scheme = "https" if args.tls_cert else "http"
    if scheme == "http" and args.host not in ("127.0.0.1", "localhost", "::1"):
        print("warning: serving plain HTTP beyond this computer: tokens cross the network readable;"
              " use --tls-cert/--tls-key", file=sys.stderr)
    print(f"platform serving {folder} on {scheme}://{args.host}:{args.port} (API description: /docs)", flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning",
                ssl_certfile=str(args.tls_cert) if args.tls_cert else None,
                ssl_keyfile=str(args.tls_key) if args.tls_key else None)
    return 0
