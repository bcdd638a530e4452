"""UI fixtures: a window on a real temporary data folder, a language reset after each test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from heihe_desk.core.workspace import Workspace
from heihe_desk.ui.app import build_window, make_app
from heihe_desk.ui.main_window import MainWindow
from heihe_desk.ui.runner import ImmediateRunner
from heihe_desk.ui.translation import LANGUAGE


@pytest.fixture
def window(qtbot, workspace: Workspace) -> Iterator[MainWindow]:
    """The main window in Chinese over an empty workspace, with background jobs run inline."""
    make_app()
    win = build_window(workspace, "zh_CN")
    win.runner = ImmediateRunner()
    qtbot.addWidget(win)
    win.show()
    yield win
    # Delete the window before its workspace closes: later language switches reach every live widget.
    win.close()
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    LANGUAGE.apply("en")
