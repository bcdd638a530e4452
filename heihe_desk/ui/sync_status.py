"""The status-bar sync indicator: state dot, pending and rejected counts, last success, clock warning."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from heihe_desk.core.storage.database import DB_FILE, Database, connect
from heihe_desk.core.sync.state import SyncStatus, sync_status
from heihe_desk.ui.runner import Runner
from heihe_desk.ui.sync_texts import STATE_COLOURS, short_when, state_help, state_text, when_text
from heihe_desk.ui.widgets import named

WARNING_COLOUR = "#b00020"
CONFLICT_COLOUR = "#8a4b00"


class StatusProbe:
    """Reads the sync status off the UI thread, at most one read in flight, the last request always served.

    Counting the outbox takes ~90 ms on a data folder with a million queued rows (the benchmark folder of
    100k products and 200k orders), so the status bar never reads on the UI thread; a connection of its own keeps the
    read apart from the window's connection (and from a sync running on another worker). It stays open
    between reads (its page cache saves ~40 ms a read there) and is used by one worker at a time.
    """

    def __init__(self, data_dir: Path):
        self.db_path = data_dir / DB_FILE
        self._db: Database | None = None
        self._busy = False
        self._again = False
        self._deliver: Callable[[SyncStatus], None] | None = None
        self._runner: Runner | None = None
        self.stopped = False

    def request(self, runner: Runner, deliver: Callable[[SyncStatus], None]) -> None:
        """Read now, or right after the read in flight (many changes in a row cost two reads, not many)."""
        if self.stopped:
            return
        self._deliver, self._runner = deliver, runner
        if self._busy:
            self._again = True
            return
        self._busy = True
        runner.submit(self.read, self._on_read, lambda _exc: self._on_failed())

    def read(self) -> SyncStatus:
        """Runs on a worker (or inline in tests); never two at once, so one connection serves every read."""
        if self._db is None:
            self._db = connect(self.db_path)
        return sync_status(self._db)

    def stop(self) -> None:
        """No more reads; the connection closes now, or after the read in flight."""
        self.stopped = True
        if not self._busy:
            self._close()

    def _close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def _on_read(self, status: SyncStatus) -> None:
        self._busy = False
        if self.stopped:
            self._close()
            return
        if self._deliver is None or self._runner is None:
            return
        self._deliver(status)
        if self._again:
            self._again = False
            self.request(self._runner, self._deliver)

    def _on_failed(self) -> None:
        # A failed read (database busy for 10 s) leaves the last shown status; the next change asks again.
        self._busy = self._again = False
        if self.stopped:
            self._close()


class SyncStatusWidget(QWidget):
    """Always in the status bar; a click opens the needs-attention list when changes were refused, else settings."""

    attention_requested = Signal()
    conflicts_requested = Signal()
    settings_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("SyncStatus")
        self.status: SyncStatus | None = None
        self.configured = False
        self.running = False
        self.progress: tuple[str, int] = ("", 0)
        self.dot = named(QLabel("●"), "sync_dot")   # a text dot, not an icon: it scales with the font
        self.state_label = named(QLabel(), "sync_state")
        self.pending_label = named(QLabel(), "sync_pending")
        self.rejected_label = named(QLabel(), "sync_rejected")
        self.conflicts_label = named(QLabel(), "sync_conflicts")
        self.last_label = named(QLabel(), "sync_last")
        self.skew_label = named(QLabel(), "sync_skew")
        self.rejected_label.setStyleSheet(f"color: {WARNING_COLOUR}; font-weight: bold;")
        self.skew_label.setStyleSheet(f"color: {WARNING_COLOUR};")
        self.conflicts_label.setStyleSheet(f"color: {CONFLICT_COLOUR};")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(8)
        for label in (self.dot, self.state_label, self.pending_label, self.rejected_label, self.conflicts_label,
                      self.last_label, self.skew_label):
            layout.addWidget(label)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        # An explicit minimum: with every warning showing, the labels must not force the window wider than
        # its pages need (a squeezed bar clips the last label; the tooltip still says everything).
        self.setMinimumWidth(120)
        self.update_texts()

    # -- state --------------------------------------------------------------------------------------

    def show_status(self, status: SyncStatus, configured: bool) -> None:
        """Show a freshly read status; ``configured`` is whether a platform address is set."""
        self.status, self.configured = status, configured
        self.update_texts()

    def set_running(self, running: bool, stage: str = "", count: int = 0) -> None:
        """The scheduler's own knowledge: a sync is in flight (the stored state lags behind it), how far it got."""
        self.running, self.progress = running, (stage, count)
        self.update_texts()

    def shown_state(self) -> str:
        if self.running:
            return "syncing"
        if self.status is None:
            return "never"
        if not self.configured:
            return "off"   # whatever the last run left, nothing is sent while no platform is set
        return self.status.state

    def update_texts(self) -> None:
        state = self.shown_state()
        st = self.status
        self.dot.setStyleSheet(f"color: {STATE_COLOURS.get(state, STATE_COLOURS['error'])}; font-size: 15px;")
        self.state_label.setText(state_text(state) + self._progress_text(state))
        pending = st.pending if st else 0
        rejected = st.rejected if st else 0
        self.pending_label.setText(self.tr("%n waiting to send", "", pending))
        self.pending_label.setVisible(pending > 0 or self.configured)
        self.rejected_label.setText(self.tr("%n need(s) attention", "", rejected))
        self.rejected_label.setVisible(rejected > 0)
        conflicts = st.conflicts if st else 0
        self.conflicts_label.setText(self.tr("%n conflict(s)", "", conflicts))
        self.conflicts_label.setVisible(conflicts > 0)
        last = short_when(st.last_success_at) if st else ""
        self.last_label.setText(self.tr("Last sync: %1").replace("%1", last) if last else "")
        self.last_label.setVisible(bool(last))
        warn = bool(st and st.clock_warning)
        if st and st.clock_skew_s is not None and warn:
            minutes = round(abs(st.clock_skew_s) / 60)
            self.skew_label.setText(self.tr("Clock off by %n min", "", minutes))
        self.skew_label.setVisible(warn)
        self.setToolTip(self._tooltip(state))

    def _progress_text(self, state: str) -> str:
        stage, count = self.progress
        if state != "syncing" or not count:
            return ""
        if stage == "push":
            return " " + self.tr("(%n sent)", "", count)
        return " " + self.tr("(%n received)", "", count)

    def _tooltip(self, state: str) -> str:
        lines = [state_help(state)]
        st = self.status
        if st is not None:
            if st.last_success_at:
                lines.append(self.tr("Last successful sync: %1").replace("%1", when_text(st.last_success_at)))
            if st.last_attempt_at:
                lines.append(self.tr("Last attempt: %1").replace("%1", when_text(st.last_attempt_at)))
            if st.clock_warning:
                lines.append(self.tr("This computer's clock differs from the platform's; set the correct date and"
                                     " time."))
            if st.last_error and state in ("error", "offline", "auth-needed", "update-needed"):
                lines.append(self.tr("Details: %1").replace("%1", st.last_error))  # the core's words, for support
        if st and st.rejected:
            lines.append(self.tr("Click to see the refused changes."))
        elif st and st.conflicts:
            lines.append(self.tr("Click to compare the versions and choose one."))
        else:
            lines.append(self.tr("Click for the platform settings."))
        return "\n".join(line for line in lines if line)

    # -- events -------------------------------------------------------------------------------------

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.on_clicked()
        super().mouseReleaseEvent(event)

    def on_clicked(self) -> None:
        """What needs the user most: refused changes, then conflicts, else the settings."""
        if self.status is not None and self.status.rejected > 0:
            self.attention_requested.emit()
        elif self.status is not None and self.status.conflicts > 0:
            self.conflicts_requested.emit()
        else:
            self.settings_requested.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.update_texts()
        super().changeEvent(event)
