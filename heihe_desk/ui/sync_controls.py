"""The main window's sync parts in one place: status-bar indicator, Sync menu, scheduler and the sync dialogs."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu

from heihe_desk.core.sync.state import SyncStatus
from heihe_desk.core.workspace import Changes, Workspace
from heihe_desk.ui.runner import Runner
from heihe_desk.ui.sync_scheduler import CLOSE_WAIT_MS, SyncScheduler
from heihe_desk.ui.sync_status import StatusProbe, SyncStatusWidget
from heihe_desk.ui.widgets import named

if TYPE_CHECKING:
    from heihe_desk.core.sync.client import SyncReport


class SyncMenu(QMenu):
    """Sync ▸ Sync now, Needs attention…, Conflicts…, Platform settings…; retranslates itself."""

    def __init__(self, parent: QMainWindow):
        super().__init__(parent)
        self.setObjectName("sync_menu")
        self.sync_now_action = named(QAction(self), "sync_now")
        self.sync_now_action.setShortcut(QKeySequence("F9"))
        self.attention_action = named(QAction(self), "needs_attention")
        self.conflicts_action = named(QAction(self), "conflicts")
        self.settings_action = named(QAction(self), "platform_settings")
        self.addAction(self.sync_now_action)
        self.addSeparator()
        self.addAction(self.attention_action)
        self.addAction(self.conflicts_action)
        self.addSeparator()
        self.addAction(self.settings_action)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("&Sync"))
        self.sync_now_action.setText(self.tr("Sync &now"))
        self.attention_action.setText(self.tr("Needs &attention…"))
        self.conflicts_action.setText(self.tr("&Conflicts…"))
        self.settings_action.setText(self.tr("&Platform settings…"))


class SyncControls(QObject):
    """Wires the sync pieces into a main window that has ``ws``, ``runner``, ``on_changes`` and a Help menu."""

    def __init__(self, window: Any):
        super().__init__(window)
        self.window: Any = window
        self.ws: Workspace = window.ws
        self.widget = SyncStatusWidget()
        self.probe = StatusProbe(self.ws.data_dir)
        # The sync itself always goes to the thread pool, even when tests run the window's jobs inline.
        self.scheduler = SyncScheduler(self.ws, Runner(), self)
        self.menu = SyncMenu(window)
        help_menu = getattr(window, "help_menu", None)
        if help_menu is not None:
            window.menuBar().insertMenu(help_menu.menuAction(), self.menu)
        else:
            window.menuBar().addMenu(self.menu)
        window.statusBar().addPermanentWidget(self.widget)
        self.dialogs: dict[str, QDialog] = {}
        self.menu.sync_now_action.triggered.connect(self.on_sync_now_triggered)
        self.menu.attention_action.triggered.connect(self.open_attention)
        self.menu.conflicts_action.triggered.connect(self.open_conflicts)
        self.menu.settings_action.triggered.connect(self.open_settings)
        self.widget.attention_requested.connect(self.open_attention)
        self.widget.conflicts_requested.connect(self.open_conflicts)
        self.widget.settings_requested.connect(self.open_settings)
        self.scheduler.sync_started.connect(lambda: self.widget.set_running(True))
        self.scheduler.sync_progressed.connect(lambda stage, n: self.widget.set_running(True, stage, n))
        self.scheduler.sync_finished.connect(self.on_sync_finished)
        self.scheduler.sync_failed.connect(self.on_sync_failed)
        self.scheduler.start()

    # -- status -------------------------------------------------------------------------------------

    def refresh_status(self) -> None:
        """Read the counts in the background and show them (cheap to call after every change)."""
        self.probe.request(self.window.runner, self._show_status)

    def _show_status(self, status: SyncStatus) -> None:
        self.widget.show_status(status, self.scheduler.configured())

    def on_local_changes(self) -> None:
        self.scheduler.on_local_changes()

    def stop(self) -> None:
        """The window is closing: no new syncs; a run in flight gets a moment to end cleanly."""
        self.scheduler.stop(wait_ms=CLOSE_WAIT_MS)
        self.probe.stop()

    # -- sync results -------------------------------------------------------------------------------

    def on_sync_now_triggered(self) -> None:
        if not self.scheduler.configured():
            self.open_settings()  # nothing to sync with yet: the settings say what is missing
            return
        self.scheduler.sync_now()

    def on_sync_finished(self, report: SyncReport, changes: Changes) -> None:
        self.widget.set_running(False)
        self.window.on_changes(changes, local=False)   # pages show what the pull brought; refreshes the status
        for key in ("attention", "conflicts"):
            dialog = self.dialogs.get(key)
            if dialog is not None and dialog.isVisible():
                dialog.reload()  # type: ignore[attr-defined]
        if report.rejected:
            self.window.statusBar().showMessage(
                self.tr("The platform refused %n change(s): Sync ▸ Needs attention", "", report.rejected), 15000)

    def on_sync_failed(self, error: Exception) -> None:
        self.widget.set_running(False)
        self.refresh_status()
        self.window.statusBar().showMessage(self.tr("Sync failed: %1").replace("%1", str(error)), 15000)

    # -- dialogs ------------------------------------------------------------------------------------

    def _open(self, key: str, dialog: QDialog) -> None:
        old = self.dialogs.pop(key, None)
        if old is not None:
            old.close()
            old.deleteLater()
        self.dialogs[key] = dialog
        dialog.open()

    def open_attention(self) -> None:
        from heihe_desk.ui.dialogs.attention_dialog import AttentionDialog

        dialog = AttentionDialog(self.ws, self.window)
        dialog.changes_made.connect(self.window.on_changes)
        self._open("attention", dialog)

    def open_conflicts(self) -> None:
        from heihe_desk.ui.dialogs.conflicts_dialog import ConflictsDialog

        dialog = ConflictsDialog(self.ws, self.window)
        dialog.changes_made.connect(self.window.on_changes)
        self._open("conflicts", dialog)

    def open_settings(self) -> None:
        from heihe_desk.ui.dialogs.sync_settings_dialog import SyncSettingsDialog

        dialog = SyncSettingsDialog(self.ws, self.window.runner, self.window)
        dialog.settings_saved.connect(self.on_settings_saved)
        self._open("settings", dialog)

    def on_settings_saved(self, changes: Changes) -> None:
        self.scheduler.on_settings_changed()
        self.window.on_changes(changes, local=False)
