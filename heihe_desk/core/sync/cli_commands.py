"""`heihe-desk sync`: run one sync and print what moved; sign in, show status, list and resend rejected rows."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout

from heihe_desk.core import paths
from heihe_desk.core.locale.catalogue import issue_text
from heihe_desk.core.storage import outbox
from heihe_desk.core.storage.database import open_database, transaction


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    sync = sub.add_parser("sync", parents=[common], help="sync with the platform once (push, then pull)")
    sync.add_argument("--server", default=None, help="platform address, e.g. https://platform.example:8765"
                      " (default: the one in settings; given here it is remembered)")
    sync.add_argument("--account", default=None, help="platform account (default: the one in settings)")
    sync.add_argument("--timeout", type=float, default=60.0, help="seconds to wait for an answer (default 60)")
    what = sync.add_mutually_exclusive_group()
    what.add_argument("--login", action="store_true",
                      help="store the account's token (read from standard input, never from the command line)")
    what.add_argument("--status", action="store_true", help="show the sync state, pending and rejected counts")
    what.add_argument("--attention", action="store_true", help="list rejected changes with their reasons")
    what.add_argument("--resend", type=int, metavar="ROW", help="send a rejected change again after fixing it")


#: The window's one-instance lock (core.workspace.LOCK_FILE; named here because sync sits below the workspace).
APP_LOCK_FILE = "heihe_desk.lock"


def cmd_sync(args: argparse.Namespace, data_dir: Path | None, lang: str) -> int:
    folder = Path(data_dir) if data_dir else paths.default_data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    app_lock = FileLock(str(folder / APP_LOCK_FILE))
    try:
        app_lock.acquire(timeout=0)
    except Timeout:
        # The open window caches this device's identity; a re-identification here would go unseen there.
        return _fail("Heihe Desk has this data folder open: sync from the app, or close it first")
    try:
        return _with_database(args, folder, lang)
    finally:
        app_lock.release()


def _with_database(args: argparse.Namespace, folder: Path, lang: str) -> int:
    db, _report = open_database(folder)
    try:
        with transaction(db) as conn:
            outbox.ensure_device(conn)
        if args.login:
            return _login(db, folder, args)
        if args.status:
            return _status(db)
        if args.attention:
            return _attention(db, lang)
        if args.resend is not None:
            return _resend(db, args.resend)
        return _run(db, folder, args)
    finally:
        db.close()


def _fail(message: str, code: int = 1) -> int:
    print(f"heihe-desk sync: {message}", file=sys.stderr)
    return code


def _login(db: Any, folder: Path, args: argparse.Namespace) -> int:
    from heihe_desk.core.sync.client import remember_platform
    from heihe_desk.core.sync.credentials import set_token

    if not args.server or not args.account:
        return _fail("--login needs --server and --account")
    token = getpass.getpass("token: ") if sys.stdin.isatty() else sys.stdin.readline()
    if not token.strip():
        return _fail("no token given (paste it, or pipe it on standard input)")
    from heihe_desk.core.sync.transport import SyncFailure, Transport

    transport = Transport(args.server, token.strip(), timeout=(5.0, args.timeout), retries=1)
    try:
        hello = transport.hello()  # store only a token the platform accepts
    except SyncFailure as exc:
        return _fail(f"sign-in failed ({exc.state}): {exc}")
    finally:
        transport.close()
    if hello.get("account") != args.account:
        return _fail(f"this token belongs to account {hello.get('account')!r}, not {args.account!r}")
    warning = set_token(folder, args.server, args.account, token.strip())
    remember_platform(db, args.server, args.account)
    if warning:
        print(f"warning: {warning}", file=sys.stderr)
    print(f"signed in as {args.account} on {args.server}")
    return 0


def _status(db: Any) -> int:
    from heihe_desk.core.sync.state import sync_status

    st = sync_status(db)
    print(f"state: {st.state}\npending: {st.pending}\nrejected: {st.rejected}\nconflicts: {st.conflicts}")
    print(f"last success: {st.last_success_at or 'never'}\ndevice: {st.device_id}")
    if st.clock_skew_s is not None:
        print(f"clock skew: {st.clock_skew_s:+.1f} s" + (" (fix this computer's clock)" if st.clock_warning else ""))
    if st.last_error:
        print(f"last error: {st.last_error}")
    return 0


def _attention(db: Any, lang: str) -> int:
    from heihe_desk.core.sync.queue import needs_attention

    items = needs_attention(db.conn)
    for item in items:
        reasons = "; ".join(issue_text(i, lang) for i in item.issues) or item.message
        print(f"{item.outbox_seq}\t{item.entity} {item.entity_id} ({item.op})\t{reasons}")
    print(f"{len(items)} change(s) need attention")
    return 0


def _resend(db: Any, row: int) -> int:
    from heihe_desk.core.domain.errors import NotFoundError
    from heihe_desk.core.sync.queue import resend

    try:
        with transaction(db) as conn:
            mutation_id = resend(conn, row)
    except NotFoundError as exc:
        return _fail(f"nothing to resend: {exc}")
    print(f"row {row} queued again as {mutation_id}; it goes with the next sync")
    return 0


def _run(db: Any, folder: Path, args: argparse.Namespace) -> int:
    from dataclasses import replace

    from heihe_desk.core.sync.client import config_from_settings, remember_platform, run_sync
    from heihe_desk.core.sync.transport import SyncFailure

    try:
        config = config_from_settings(db, folder, args.server, args.account)
    except SyncFailure as exc:
        return _fail(str(exc))
    if args.server:
        remember_platform(db, config.server_url, config.account)
    report = run_sync(db, folder, replace(config, timeout=(min(5.0, args.timeout), args.timeout)))
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(report.summary())
    if not report.ok:
        return _fail(f"{report.state}: {report.error}")
    return 0
