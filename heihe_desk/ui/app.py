"""Starting the desktop application: fonts, language, the workspace and the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLocale, QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox

from heihe_desk.core.locale.languages import pick_language
from heihe_desk.core.workspace import AlreadyOpenError, Workspace
from heihe_desk.ui.fonts import install_fonts
from heihe_desk.ui.main_window import MainWindow
from heihe_desk.ui.translation import LANGUAGE

# Named mutex the Windows installer checks (AppMutex) to refuse running while the app is open.
APP_MUTEX = "HeiheDeskRunning"


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Heihe Desk")
    app.setOrganizationName("HeiheDesk")
    install_fonts(app)
    return app


def choose_language(ws: Workspace, requested: str | None) -> str:
    """--lang wins, then the remembered choice, then the system locale (Chinese on a Chinese system)."""
    return requested or ws.setting("language") or pick_language(QLocale.system().name())


def build_window(ws: Workspace, lang: str | None = None) -> MainWindow:
    LANGUAGE.apply(choose_language(ws, lang))
    return MainWindow(ws)


def run(data_dir: Path | None, lang: str | None) -> int:
    """The GUI's main loop; returns the exit code."""
    app = make_app()
    _hold_windows_mutex()
    try:
        ws = Workspace.open(data_dir, exclusive=True, check=False)
    except AlreadyOpenError as exc:
        LANGUAGE.apply(lang or pick_language(QLocale.system().name()))
        QMessageBox.warning(None, "Heihe Desk", app.translate(
            "App", "Heihe Desk is already open with the data folder %1.").replace("%1", str(exc)))
        return 1
    window = build_window(ws, lang)
    window.show()
    window.check_in_background()
    try:
        return app.exec()
    finally:
        QThreadPool.globalInstance().waitForDone(5000)  # let a running save or sync finish before closing
        ws.close()


def _hold_windows_mutex() -> None:
    """On Windows, a named mutex tells the installer the app is running (no-op elsewhere)."""
    if sys.platform == "win32":
        import ctypes

        ctypes.windll.kernel32.CreateMutexW(None, False, APP_MUTEX)  # type: ignore[attr-defined]
