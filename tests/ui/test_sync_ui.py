"""Sync in the window: status bar, Sync now against the real platform, needs attention, settings, scheduler."""

from __future__ import annotations

import os
import stat
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLineEdit, QMessageBox

from heihe_desk.core.domain.record import utc_now
from heihe_desk.core.storage import outbox
from heihe_desk.core.storage.database import transaction
from heihe_desk.core.sync import credentials, protocol
from heihe_desk.core.sync.apply import REASON_PENDING, keep_conflict
from heihe_desk.core.sync.client import SyncReport
from heihe_desk.core.workspace import Changes, Workspace
from heihe_desk.ui.dialogs.attention_dialog import AttentionDialog
from heihe_desk.ui.dialogs.conflicts_dialog import ConflictsDialog
from heihe_desk.ui.dialogs.product_dialog import ProductDialog
from heihe_desk.ui.dialogs.sync_settings_dialog import SyncSettingsDialog, check_url, message
from heihe_desk.ui.main_window import MainWindow
from heihe_desk.ui.runner import ImmediateRunner, Runner
from heihe_desk.ui.sync_scheduler import INTERVAL_SETTING, SyncScheduler
from heihe_desk.ui.sync_texts import short_when, state_text
from heihe_desk.ui.translation import core_tr
from tests.integration.harness import Desk, Platform, product

ACCOUNT = "shop-1"
TIMEOUT_MS = 20000


@pytest.fixture(autouse=True)
def no_real_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    """Never read or write the developer's OS keyring or use their token: the file fallback or the env var only."""
    monkeypatch.delenv(credentials.ENV, raising=False)
    monkeypatch.setattr(credentials, "_keyring", lambda: None)


@pytest.fixture
def platform(tmp_path: Path) -> Iterator[Platform]:
    """The real platform server on 127.0.0.1 (the integration tests' harness)."""
    server = Platform(tmp_path / "platform")
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def online(window: MainWindow, platform: Platform, monkeypatch: pytest.MonkeyPatch) -> str:
    """The window's data folder set up for the platform; the token comes from the environment variable."""
    token = platform.add_account(ACCOUNT)
    monkeypatch.setenv(credentials.ENV, token)
    window.ws.set_setting("sync_server_url", platform.url)
    window.ws.set_setting("sync_account", ACCOUNT)
    return token


def _save_product(window: MainWindow, i: int, **extra: Any) -> str:
    """Save a product as the products page does: through the workspace, then announce the change."""
    saved, changes = window.ws.save_product(product(i, **extra))
    window.pages["products"].changes_made.emit(changes)
    return saved.id


def _poison(ws: Workspace, record_id: str) -> None:
    """An old version queued an edit today's platform rules refuse (as tests/integration do)."""
    row = ws.product_row(record_id)
    payload = {k: v for k, v in row.items() if k != "rowid"} | {"hs_code": "12AB"}
    with transaction(ws.db) as conn:
        outbox.append(conn, ws.device, "products", record_id, "update", payload)


def _sync_now_and_wait(qtbot: Any, window: MainWindow) -> None:
    with qtbot.waitSignal(window.sync.scheduler.sync_finished, timeout=TIMEOUT_MS):
        window.sync.menu.sync_now_action.trigger()
    qtbot.waitUntil(lambda: not window.sync.probe._busy, timeout=TIMEOUT_MS)


# -- status bar ----------------------------------------------------------------------------------------


def test_status_shows_pending_count_after_a_local_change(qtbot: Any, window: MainWindow) -> None:
    """A saved product shows as one change waiting to be sent, at once, with no platform configured."""
    widget = window.sync.widget
    assert widget.isVisible()
    _save_product(window, 1)
    qtbot.waitUntil(lambda: widget.status is not None and widget.status.pending == 1, timeout=TIMEOUT_MS)
    assert "1" in widget.pending_label.text() and widget.pending_label.isVisible()
    assert widget.shown_state() == "off" and widget.state_label.text() == state_text("off") != "Sync off"
    assert not widget.rejected_label.isVisible()


def test_sync_now_with_the_real_platform_empties_the_queue_and_shows_last_success(
        qtbot: Any, window: MainWindow, online: str, platform: Platform, tmp_path: Path) -> None:
    """Sync ▸ Sync now pushes the queued product to the platform: pending 0, state synced, last time shown;
    a product another desk sent meanwhile arrives and the products page lists it."""
    with Workspace.open(tmp_path / "other-desk") as other:
        Desk(other, platform, ACCOUNT, online).ws.save_product(product(2, "B"))
        assert Desk(other, platform, ACCOUNT, online).sync().acked == 1
    record_id = _save_product(window, 1)
    widget = window.sync.widget
    qtbot.waitUntil(lambda: widget.status is not None and widget.status.pending == 1, timeout=TIMEOUT_MS)
    _sync_now_and_wait(qtbot, window)
    qtbot.waitUntil(lambda: widget.status is not None and widget.status.pending == 0, timeout=TIMEOUT_MS)
    assert widget.status is not None and widget.status.last_success_at
    assert widget.shown_state() == "online" and widget.state_label.text() == state_text("online") != "Synced"
    assert widget.last_label.isVisible() and short_when(widget.status.last_success_at) in widget.last_label.text()
    assert record_id in platform.records(ACCOUNT, "products")
    page = window.pages["products"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=TIMEOUT_MS)   # pulled, and the page refreshed


def test_closing_the_window_stops_the_scheduler(qtbot: Any, window: MainWindow, online: str) -> None:
    """No sync is started after the window closes, whatever timers were armed."""
    scheduler = window.sync.scheduler
    scheduler.start()
    scheduler.on_local_changes()
    assert scheduler.timer.isActive() and scheduler.debounce.isActive()
    window.close()
    assert scheduler.stopped and not scheduler.timer.isActive() and not scheduler.debounce.isActive()
    scheduler.on_timer_fired()
    assert not scheduler.running


def test_a_refused_record_is_listed_with_a_readable_reason_and_resent_after_the_fix(
        qtbot: Any, window: MainWindow, online: str, platform: Platform, monkeypatch: pytest.MonkeyPatch) -> None:
    """A poison edit: the status counts it, a click lists it in Chinese, Open record fixes it, Resend sends it."""
    record_id = _save_product(window, 7)
    _poison(window.ws, record_id)
    _sync_now_and_wait(qtbot, window)
    widget = window.sync.widget
    qtbot.waitUntil(lambda: widget.status is not None and widget.status.rejected == 1, timeout=TIMEOUT_MS)
    assert widget.rejected_label.isVisible() and "1" in widget.rejected_label.text()

    widget.on_clicked()                                   # rejected > 0: the click opens the attention list
    dialog = window.sync.dialogs["attention"]
    assert isinstance(dialog, AttentionDialog) and dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text().startswith("T-00007")
    reason = dialog.table.item(0, 4).text()
    assert core_tr("HS code") in reason and "HS code" not in reason and "0902" in reason   # field, rule, example

    opened: list[ProductDialog] = []
    monkeypatch.setattr(ProductDialog, "open", lambda self: opened.append(self))
    dialog.on_open_clicked()
    [editor] = opened
    field = editor.widgets["hs_code"]
    assert isinstance(field, QLineEdit)
    field.setText("0902109000")
    editor.on_save_clicked()                              # the user fixes the record …
    assert window.ws.product(record_id).hs_code == "0902109000"
    dialog.on_resend_clicked()                            # … and sends the refused change again
    assert dialog.table.rowCount() == 0
    _sync_now_and_wait(qtbot, window)
    qtbot.waitUntil(lambda: widget.status is not None and widget.status.rejected == 0
                    and widget.status.pending == 0, timeout=TIMEOUT_MS)
    assert platform.records(ACCOUNT, "products")[record_id]["hs_code"] == "0902109000"
    assert not widget.rejected_label.isVisible()


# -- settings ------------------------------------------------------------------------------------------


def test_platform_address_is_checked_and_plain_http_to_another_host_is_warned() -> None:
    """https passes; other schemes, no host or a password in the address fail; http beyond loopback warns."""
    assert check_url("https://platform.example.com:8443/heihe") == ("", "")
    assert check_url("http://127.0.0.1:8765") == ("", "") and check_url("http://localhost:8765") == ("", "")
    for bad in ("ftp://platform.example.com", "platform.example.com", "https://", "https://a b.com",
                "https://user:secret@platform.example.com", "https://platform.example.com:99999"):
        error, _warning = check_url(bad)
        assert error, bad
    error, warning = check_url("http://192.168.1.20:8765")
    assert not error and warning


def test_settings_dialog_tests_the_connection_and_stores_the_token_in_the_private_file(
        qtbot: Any, window: MainWindow, platform: Platform, monkeypatch: pytest.MonkeyPatch) -> None:
    """No keyring: the token goes to a 0600 file (the dialog says so), never into the settings; a wrong token
    and a bad address are explained in the user's language."""
    token = platform.add_account(ACCOUNT)
    dialog = SyncSettingsDialog(window.ws, ImmediateRunner(), window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.url.setText("ftp://example.com")
    assert dialog.url_message.isVisible() and "https://" in dialog.url_message.text()
    dialog.on_save_clicked()
    assert dialog.result() == 0 and window.ws.setting("sync_server_url") == ""

    dialog.url.setText(platform.url)
    assert not dialog.url_message.isVisible()          # http to this computer is fine
    dialog.account.setText(ACCOUNT)
    dialog.token.setText("not-the-token")
    dialog.test_button.click()
    assert dialog.test_result.text() == message("auth") != "The platform did not accept this token. Copy the" \
        " token again from the platform."                 # in the user's language
    dialog.token.setText(token)
    dialog.test_button.click()
    assert dialog.test_result.text() == dialog.tr("Connected to the platform as %1.").replace("%1", ACCOUNT)

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    with qtbot.waitSignal(dialog.settings_saved, timeout=TIMEOUT_MS):
        dialog.on_save_clicked()
    assert warnings and credentials.TOKEN_FILE in warnings[0]
    path = window.ws.data_dir / credentials.TOKEN_FILE
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert credentials.get_token(window.ws.data_dir, platform.url, ACCOUNT) == (token, "file")
    assert window.ws.setting("sync_server_url") == platform.url and window.ws.setting("sync_account") == ACCOUNT
    assert token not in str(window.ws.conn.execute("SELECT group_concat(value) FROM settings").fetchone()[0])

    again = SyncSettingsDialog(window.ws, ImmediateRunner(), window)
    qtbot.addWidget(again)
    assert again.token.text() == "" and again.token_source == "file"
    assert str(path) in again.token_place.text()


# -- scheduler -----------------------------------------------------------------------------------------


def test_scheduler_syncs_only_on_worker_threads_one_run_at_a_time(
        qtbot: Any, window: MainWindow, online: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Periodic runs, a burst of local changes and Sync now all call ws.sync off the UI thread, never twice
    at once; a local change is pushed by the debounced run without anyone pressing a button."""
    window.sync.scheduler.stop()
    ws = window.ws
    real_sync = ws.sync
    threads: list[int] = []
    active = [0, 0]    # now, most at once
    lock = threading.Lock()

    def wrapped(progress: Any = None) -> tuple[SyncReport, Changes]:
        with lock:
            threads.append(threading.get_ident())
            active[0] += 1
            active[1] = max(active)
        try:
            return real_sync(progress)
        finally:
            with lock:
                active[0] -= 1

    monkeypatch.setattr(ws, "sync", wrapped)
    scheduler = SyncScheduler(ws, Runner(), interval_s=0.3, debounce_s=0.1, startup_delay_s=0.05)
    finished: list[SyncReport] = []
    scheduler.sync_finished.connect(lambda report, _changes: finished.append(report))
    scheduler.start()
    ws.save_product(product(1))
    for _ in range(5):
        scheduler.on_local_changes()
    scheduler.sync_now()
    scheduler.sync_now()
    qtbot.waitUntil(lambda: len(finished) >= 4, timeout=TIMEOUT_MS)
    scheduler.stop(wait_ms=TIMEOUT_MS)
    assert threading.main_thread().ident not in threads
    assert active[1] == 1
    assert all(r.ok for r in finished) and ws.sync_status().pending == 0


def test_scheduler_backs_off_after_failures_and_waits_for_the_user_on_auth_trouble(
        qtbot: Any, workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    """Offline runs wait interval, 2×, 4× … (never an immediate retry); a refused token pauses automatic
    runs until Sync now or new settings; a success resets the wait."""
    workspace.set_setting("sync_server_url", "https://platform.example.com")
    outcomes = iter(["offline", "offline", "error", "auth-needed", "online"])
    release = threading.Event()

    def fake_sync(progress: Any = None) -> tuple[SyncReport, Changes]:
        release.wait(10)
        state = next(outcomes)
        return SyncReport(ok=state == "online", state=state), Changes()

    monkeypatch.setattr(workspace, "sync", fake_sync)
    scheduler = SyncScheduler(workspace, Runner(), interval_s=100.0, rng=lambda: 1.0)
    scheduler.stopped = False
    runs: list[int] = []
    scheduler.sync_started.connect(lambda: runs.append(1))
    delays = []
    for attempt in range(3):
        with qtbot.waitSignal(scheduler.sync_finished, timeout=TIMEOUT_MS):
            scheduler.on_timer_fired()
            if attempt == 0:
                scheduler.on_timer_fired()              # an edit's debounce fires during the failing run …
            release.set()
        delays.append(scheduler.next_delay_s)
    assert len(runs) == 3                               # … and is not run at once after the failure
    assert delays == [100.0, 200.0, 400.0] and scheduler.failures == 3
    with qtbot.waitSignal(scheduler.sync_finished, timeout=TIMEOUT_MS):
        scheduler.on_timer_fired()
    assert scheduler.paused_state == "auth-needed" and not scheduler.timer.isActive()
    scheduler.on_local_changes()
    assert not scheduler.debounce.isActive()            # a refused token is not retried on every edit
    with qtbot.waitSignal(scheduler.sync_finished, timeout=TIMEOUT_MS):
        scheduler.sync_now()
    assert scheduler.failures == 0 and scheduler.paused_state is None and scheduler.next_delay_s == 100.0
    scheduler.stop()


def test_sync_interval_follows_the_setting(qtbot: Any, window: MainWindow) -> None:
    """The interval defaults to 60 s; changed in the platform settings dialog, the scheduler follows it."""
    scheduler = window.sync.scheduler
    assert scheduler.interval_s() == 60.0
    dialog = SyncSettingsDialog(window.ws, ImmediateRunner(), window)
    qtbot.addWidget(dialog)
    assert dialog.interval is not None
    dialog.interval.setValue(300)
    dialog.on_save_clicked()                              # no address: sync stays off, the interval is kept
    assert window.ws.setting(INTERVAL_SETTING) == 300 and scheduler.interval_s() == 300.0


# -- conflicts -----------------------------------------------------------------------------------------


def test_conflict_shows_both_versions_and_taking_the_platforms_updates_the_record(
        qtbot: Any, window: MainWindow) -> None:
    """A record edited here and on the platform: the status bar counts it and a click opens the comparison,
    where the differing name stands side by side; taking the platform's version writes it here."""
    record_id = _save_product(window, 3)
    row = {k: v for k, v in window.ws.product_row(record_id).items() if k != "rowid"}
    change = protocol.Change(5, "products", record_id, 2, False, row | {"name_zh": "平台上的名字"}, utc_now())
    with transaction(window.ws.db) as conn:
        keep_conflict(conn, change, REASON_PENDING)
    widget = window.sync.widget
    window.update_status()
    qtbot.waitUntil(lambda: widget.status is not None and widget.status.conflicts == 1, timeout=TIMEOUT_MS)
    assert widget.conflicts_label.isVisible()
    widget.on_clicked()                                  # nothing refused: the click goes to the conflicts
    dialog = window.sync.dialogs["conflicts"]
    assert isinstance(dialog, ConflictsDialog)
    assert dialog.list.count() == 1
    cells = {dialog.table.item(r, 0).text(): (dialog.table.item(r, 1).text(), dialog.table.item(r, 2).text())
             for r in range(dialog.table.rowCount())}
    assert cells[core_tr("Chinese name")] == ("测试茶叶T3", "平台上的名字")
    changed: list[Changes] = []
    dialog.changes_made.connect(changed.append)
    dialog.take_button.click()
    assert window.ws.product(record_id).name_zh == "平台上的名字"
    assert dialog.list.count() == 0 and changed and changed[0].products
