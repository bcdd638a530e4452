"""One sync run: push the outbox in device order, then pull the platform's changes (ARCHITECTURE sync rules)."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from filelock import FileLock, Timeout

from heihe_desk.core.domain.record import utc_now
from heihe_desk.core.settings import decode, encode
from heihe_desk.core.storage.database import Database, transaction
from heihe_desk.core.storage.outbox import Device
from heihe_desk.core.sync import protocol, queue
from heihe_desk.core.sync.apply import apply_changes
from heihe_desk.core.sync.credentials import get_token
from heihe_desk.core.sync.customs_replies import ReplyHook, declarations_hook
from heihe_desk.core.sync.faults import fault_point
from heihe_desk.core.sync.state import SKEW_WARNING_S, read_state, write_state
from heihe_desk.core.sync.transport import AuthNeeded, Refused, SyncFailure, Transport

LOCK_FILE = "sync.lock"
#: Bounds on self-repair within one run, so a confused platform can never spin a desk forever.
MAX_ROUNDS, MAX_REIDENTIFY, MAX_RESETS = 3, 2, 2
ProgressFn = Callable[[str, int], None]


@dataclass(frozen=True)
class SyncConfig:
    server_url: str
    account: str
    token: str
    timeout: tuple[float, float] = (5.0, 60.0)
    retries: int = 4
    backoff_s: float = 0.5
    push_batch: int = protocol.PUSH_BATCH
    pull_page: int = protocol.PULL_PAGE


@dataclass
class SyncReport:
    """What one run moved and how it ended; ``entities`` names what the pull changed locally."""

    ok: bool = False
    state: str = "syncing"
    pushed: int = 0
    acked: int = 0
    rejected: int = 0
    pulled: int = 0
    applied: int = 0
    skipped_own: int = 0
    conflicts: int = 0
    requeued: int = 0
    customs_replies: int = 0
    reset: bool = False
    new_device_id: str | None = None
    clock_skew_s: float | None = None
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    entities: set[str] = field(default_factory=set)

    def summary(self) -> str:
        text = (f"pushed {self.pushed} (acked {self.acked}, rejected {self.rejected}); pulled {self.pulled}"
                f" (applied {self.applied}, own {self.skipped_own}, conflicts {self.conflicts})")
        text += f"; customs replies {self.customs_replies}" if self.customs_replies else ""
        return text + (f"; re-sent {self.requeued}" if self.requeued else "")


def config_from_settings(db: Database, data_dir: Path, server_url: str | None = None,
                         account: str | None = None) -> SyncConfig:
    """Server address and account from the settings (or the arguments); the token from env/keyring/file."""
    stored = dict(db.conn.execute("SELECT key, value FROM settings WHERE key IN ('sync_server_url', 'sync_account')"))
    url = server_url or decode("sync_server_url", stored.get("sync_server_url"))
    name = account or decode("sync_account", stored.get("sync_account"))
    if not url:
        raise SyncFailure("no platform address is set (settings: sync_server_url, or --server)")
    token, _where = get_token(data_dir, url, name)
    if not token:
        raise AuthNeeded("no platform token is stored: sign in (heihe-desk sync --login) or set HEIHE_DESK_SYNC_TOKEN")
    return SyncConfig(url, name, token)


def remember_platform(db: Database, server_url: str, account: str) -> None:
    """Store the platform address and account in the settings (what the next sync uses)."""
    with transaction(db) as conn:
        conn.executemany("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)",
                         [("sync_server_url", encode("sync_server_url", server_url.rstrip("/"))),
                          ("sync_account", encode("sync_account", account))])


def run_sync(db: Database, data_dir: Path, config: SyncConfig, *, clock: Callable[[], float] = time.time,
             sleep: Callable[[float], None] = time.sleep, progress: ProgressFn | None = None,
             reply_hook: ReplyHook | None = None) -> SyncReport:
    """Run one sync; never raises for sync failures: the report (and the stored state) say what happened.

    Pulled customs replies go to ``reply_hook`` inside each page's transaction (default: the declarations
    service, ``customs_replies.declarations_hook``).
    """
    report = SyncReport()
    lock = FileLock(str(data_dir / LOCK_FILE))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        report.state, report.error = "syncing", "another sync of this data folder is running"
        return report
    transport = None
    try:
        _begin(db, config)
        transport = Transport(config.server_url, config.token, timeout=config.timeout, retries=config.retries,
                              backoff_s=config.backoff_s, clock=clock, sleep=sleep)
        _Run(db, transport, config, report, progress or (lambda _stage, _n: None), reply_hook).run()
        report.ok, report.state = True, "online"
    except SyncFailure as failure:
        report.state, report.error = failure.state, str(failure)
    except Exception as exc:  # a bug: recorded as an error state (never a stuck "syncing"), then raised
        report.state, report.error = "error", f"unexpected failure: {exc!r}"
        raise
    finally:
        if transport is not None:
            report.clock_skew_s = transport.last_timing.skew_s if transport.last_timing else None
            transport.close()
        _finish(db, report)
        lock.release()
    return report


def _begin(db: Database, config: SyncConfig) -> None:
    with transaction(db) as conn:
        st = read_state(conn)
        if (st["server_url"], st["account"]) != (config.server_url.rstrip("/"), config.account):
            # Another platform or account: our cursor means nothing there; start its feed from the top.
            write_state(conn, server_url=config.server_url.rstrip("/"), account=config.account, cursor="", epoch="",
                        server_device_seq=None)
        write_state(conn, state="syncing", started_at=utc_now(), last_attempt_at=utc_now())


def _finish(db: Database, report: SyncReport) -> None:
    if report.clock_skew_s is not None and abs(report.clock_skew_s) > SKEW_WARNING_S:
        report.warnings.append(f"this computer's clock differs from the platform's by {report.clock_skew_s:+.0f} s;"
                               " set the correct date and time")
    values: dict[str, object] = {"state": report.state, "last_error": report.error}
    if report.clock_skew_s is not None:
        values["clock_skew_s"] = round(report.clock_skew_s, 3)
    if report.ok:
        values["last_success_at"] = utc_now()
    with transaction(db) as conn:
        write_state(conn, **values)


class _Run:
    """The steps of one run, sharing the connection, transport and report."""

    def __init__(self, db: Database, transport: Transport, config: SyncConfig, report: SyncReport,
                 progress: ProgressFn, reply_hook: ReplyHook | None = None):
        self.db, self.transport, self.config, self.report, self.progress = db, transport, config, report, progress
        self.reply_hook = reply_hook if reply_hook is not None else declarations_hook()
        self.reidentified = 0

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    def run(self) -> None:
        if queue.foreign_pending(self.conn, queue.current_device(self.conn).id):
            with transaction(self.db) as conn:
                queue.reidentify(conn, new_code=False)  # adopt rows queued under an older id, in local order
        for _round in range(MAX_ROUNDS):
            self.push_all()
            if not self.pull_all():
                return
        # Still re-sending after MAX_ROUNDS: leave the rest for the next run rather than spin.

    def push_all(self) -> None:
        device = queue.current_device(self.conn)
        stalls, size = 0, self.config.push_batch
        while batch := queue.pending_batch(self.conn, device.id, size):
            fault_point("before_push")
            try:
                reply = self.transport.push(device.id, batch)
            except Refused as refused:
                if refused.status != 413:
                    raise
                if len(batch) == 1:
                    raise SyncFailure("one change is larger than the platform accepts (HTTP 413); ask its"
                                      " administrator to raise the upload limit") from None
                size = max(1, len(batch) // 2)  # a proxy or the platform limits request size: split and go on
                continue
            except SyncFailure as failure:
                if not isinstance(failure, (AuthNeeded,)) and failure.state in ("offline", "error"):
                    with transaction(self.db) as conn:
                        queue.note_failure(conn, batch, str(failure))
                raise
            fault_point("after_push_response")
            with transaction(self.db) as conn:
                acked, rejected = queue.record_results(conn, reply.results, device.id, batch)
                if reply.device_last_seq >= 0:
                    write_state(conn, server_device_seq=reply.device_last_seq)
            fault_point("after_push_commit")
            self.report.pushed += len(reply.results)
            self.report.acked += acked
            self.report.rejected += rejected
            self.progress("push", self.report.pushed)
            if reply.stopped is not None:
                device = self._after_stop(device, reply.stopped)
            stalls = 0 if reply.results else stalls + 1
            if stalls > MAX_REIDENTIFY + 1:
                raise SyncFailure("the platform keeps refusing this device's changes; try again later")

    def _after_stop(self, device: Device, stopped: protocol.Stopped) -> Device:
        """Gap: re-send what the platform lost, if we have it. Device clash (or an unfillable gap): new id."""
        if stopped.error == protocol.GAP and stopped.expected_seq is not None:
            with transaction(self.db) as conn:
                fixed = queue.requeue_after(conn, device.id, stopped.expected_seq - 1)
            if fixed:
                self.report.requeued += fixed
                return device
        self.reidentified += 1
        if self.reidentified > MAX_REIDENTIFY:
            raise SyncFailure(f"the platform refused this device twice after renaming it: {stopped.message}")
        with transaction(self.db) as conn:
            device = queue.reidentify(conn)
        self.report.new_device_id = device.id
        self.report.warnings.append("another installation was using this device id (a copied computer?);"
                                    f" this one now uses {device.id} (code {device.code})")
        return device

    def pull_all(self) -> bool:
        """Pull every page; True when the platform turned out to have lost some of our changes (re-queued)."""
        device = queue.current_device(self.conn)
        cursor = str(read_state(self.conn)["cursor"])
        resets = requeued = 0
        while True:
            reply = self.transport.pull(device.id, cursor, self.config.pull_page)
            if reply.reset:
                resets += 1
                if resets > MAX_RESETS:
                    raise SyncFailure("the platform keeps refusing the pull position; try again later")
                with transaction(self.db) as conn:
                    write_state(conn, cursor="", epoch=reply.epoch)
                cursor, self.report.reset = "", True
                self.report.warnings.append("the platform's history changed (restored from a backup, or a new"
                                            " server): everything is being fetched again")
                continue
            with transaction(self.db) as conn:
                done = apply_changes(conn, reply.changes, lambda: fault_point("mid_pull_apply"), self.reply_hook)
                write_state(conn, cursor=reply.cursor, epoch=reply.epoch, server_device_seq=reply.device_last_seq)
                lost = queue.max_sent_seq(conn, device.id) > reply.device_last_seq
                if lost:
                    requeued += queue.requeue_after(conn, device.id, reply.device_last_seq)
            fault_point("after_pull_commit")
            cursor = reply.cursor
            self.report.pulled += len(reply.changes)
            self.report.applied += done.applied
            self.report.skipped_own += done.skipped_own
            self.report.conflicts += done.conflicts
            self.report.customs_replies += done.customs_replies
            self.report.warnings.extend(done.problems)
            self.report.entities |= done.entities
            self.progress("pull", self.report.pulled)
            if not reply.has_more:
                break
        if requeued:
            self.report.requeued += requeued
            self.report.warnings.append(f"the platform had lost {requeued} of this device's changes; sending again")
        return requeued > 0
