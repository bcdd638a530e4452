"""Background sync: periodic, soon after local changes, backing off after failures; never on the UI thread."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from heihe_desk.core.settings import SETTINGS
from heihe_desk.core.workspace import Changes, Workspace
from heihe_desk.ui.runner import Runner

if TYPE_CHECKING:
    from heihe_desk.core.sync.client import SyncReport

#: Seconds between syncs when the settings do not say (the brief's default; see INTERVAL_SETTING).
DEFAULT_INTERVAL_S = 60.0
#: The setting that overrides it, used once the core declares it (core/settings.py has no such entry yet).
INTERVAL_SETTING = "sync_interval_s"
#: A burst of edits (typing a product, scanning a sale) becomes one sync this long after the last one.
DEBOUNCE_S = 5.0
#: The first sync after start waits for the window to be usable (and a window opened for a screenshot never syncs).
STARTUP_DELAY_S = 3.0
#: Longest wait between attempts while the platform stays unreachable.
MAX_BACKOFF_S = 15 * 60.0
#: Failures retrying cannot fix: wait for new settings or "Sync now" instead of hammering the platform.
NEEDS_USER = ("auth-needed", "update-needed")
#: Longest the window waits on close for a sync in flight (it is crash-safe, but a clean end is nicer).
CLOSE_WAIT_MS = 3000


class _ProgressRelay(QObject):
    """Lives on the UI thread; the core's progress callback emits from the worker, Qt queues it here."""

    moved = Signal(str, int)


class SyncScheduler(QObject):
    """Decides when to sync and runs ``ws.sync`` through a thread-pool runner, one run at a time.

    The core's transport already retries a failing request a few times within one run (0.5–8 s backoff
    with jitter); this class backs off *between runs*, from the normal interval up to 15 minutes, so the
    two never multiply into a storm: a failed run is never followed by an immediate new run.
    """

    sync_started = Signal()
    sync_progressed = Signal(str, int)
    sync_finished = Signal(object, object)   # SyncReport, Changes (what the pull changed here)
    sync_failed = Signal(object)             # an unexpected exception (a bug); the core stored "error"

    def __init__(self, ws: Workspace, runner: Runner, parent: QObject | None = None, *,
                 interval_s: float | None = None, debounce_s: float = DEBOUNCE_S,
                 startup_delay_s: float = STARTUP_DELAY_S, rng: Callable[[], float] = random.random):
        super().__init__(parent)
        self.ws = ws
        self.runner = runner
        self.fixed_interval_s = interval_s
        self.startup_delay_s = startup_delay_s
        self.rng = rng
        self.running = False
        self.stopped = True
        self.failures = 0
        self.paused_state: str | None = None   # auth-needed / update-needed: wait for the user
        self.next_delay_s: float | None = None
        self._again = ""   # a run asked for while one was in flight: "user" (Sync now) or "auto"
        self._relay = _ProgressRelay(self)
        self._relay.moved.connect(self.sync_progressed)
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.on_timer_fired)
        self.debounce = QTimer(self, singleShot=True, interval=int(debounce_s * 1000))
        self.debounce.timeout.connect(self.on_timer_fired)

    # -- policy -------------------------------------------------------------------------------------

    def configured(self) -> bool:
        return bool(self.ws.setting("sync_server_url"))

    def interval_s(self) -> float:
        if self.fixed_interval_s is not None:
            return self.fixed_interval_s
        if INTERVAL_SETTING in SETTINGS:
            return max(10.0, float(self.ws.setting(INTERVAL_SETTING) or DEFAULT_INTERVAL_S))
        return DEFAULT_INTERVAL_S

    def backoff_s(self) -> float:
        """Exponential from the interval, capped, with jitter so a classroom of desks never retries in step."""
        delay = min(MAX_BACKOFF_S, self.interval_s() * 2.0 ** max(0, self.failures - 1))
        return delay / 2 + self.rng() * delay / 2

    def _arm(self, delay_s: float) -> None:
        self.next_delay_s = delay_s
        self.timer.start(int(delay_s * 1000))

    # -- control ------------------------------------------------------------------------------------

    def start(self) -> None:
        """Begin scheduling (the first run a few seconds from now when a platform is set)."""
        self.stopped = False
        if self.configured():
            self._arm(self.startup_delay_s)

    def stop(self, wait_ms: int = 0) -> None:
        """No more runs; results still in flight are dropped. ``wait_ms``: wait that long for a run in flight."""
        self.stopped = True
        self.timer.stop()
        self.debounce.stop()
        if self.running and wait_ms:
            self.runner.pool.waitForDone(wait_ms)

    def sync_now(self) -> None:
        """The user asked: run at once (after the run in flight), whatever the backoff or pause."""
        self.paused_state = None
        self.failures = 0
        self._run(by_user=True)

    def on_local_changes(self, changes: Changes | None = None) -> None:
        """A local edit: sync a few seconds after the last of a burst (not for auth/update trouble)."""
        if self.stopped or self.paused_state or not self.configured():
            return
        self.debounce.start()

    def on_settings_changed(self) -> None:
        """New address, account or token: forget the failures and try them now (or stop when none is set)."""
        self.paused_state = None
        self.failures = 0
        if not self.configured():
            self.timer.stop()
            self.debounce.stop()
            return
        if not self.stopped:
            self._run(by_user=True)

    def on_timer_fired(self) -> None:
        if not self.stopped and not self.paused_state and self.configured():
            self._run()

    # -- one run ------------------------------------------------------------------------------------

    def _run(self, by_user: bool = False) -> None:
        if self.running:
            self._again = "user" if by_user else self._again or "auto"
            return
        self.running = True
        self.timer.stop()
        self.debounce.stop()
        self.sync_started.emit()
        self.runner.submit(self._work, self._on_done, self._on_error)

    def _work(self) -> tuple[SyncReport, Changes]:
        """Runs on a worker thread: ``ws.sync`` opens a connection of its own for exactly this."""
        return self.ws.sync(progress=self._relay.moved.emit)

    def _on_done(self, result: tuple[SyncReport, Changes]) -> None:
        report, changes = result
        self.running = False
        if self.stopped:
            return
        if report.ok:
            self.failures, self.paused_state = 0, None
            delay: float | None = self.interval_s()
        elif report.state in NEEDS_USER:
            self.paused_state, delay = report.state, None
        else:
            self.failures += 1
            delay = self.backoff_s()
        self.sync_finished.emit(report, changes)
        self._next(delay, report.ok)

    def _on_error(self, error: Exception) -> None:
        self.running = False
        if self.stopped:
            return
        self.failures += 1
        self.sync_failed.emit(error)
        self._next(self.backoff_s(), False)

    def _next(self, delay_s: float | None, ok: bool) -> None:
        """Run again at once if someone asked during the run (after a failure only the user), else arm the timer."""
        again, self._again = self._again, ""
        if again == "user" or (again == "auto" and ok):
            self._run(by_user=again == "user")
        elif delay_s is not None and self.configured():
            self._arm(delay_s)
