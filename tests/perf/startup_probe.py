"""Run as a subprocess: time from interpreter start to a usable window, bare or the real app, and RSS."""

from __future__ import annotations

import os
import resource
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QTableView())
    window.show()
    app.processEvents()


def heihe(data_dir: str) -> None:
    from pathlib import Path

    from heihe_desk.core.workspace import Workspace
    from heihe_desk.ui.app import build_window, make_app

    app = make_app()
    ws = Workspace.open(Path(data_dir), exclusive=True, check=False)  # as the app: check runs after show
    window = build_window(ws, "zh_CN")
    window.show()
    app.processEvents()
    page = window.pages["products"]
    assert page.model.rowCount() > 0 and page.model.data(page.model.index(0, 1))  # first rows on screen


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare()
    else:
        heihe(sys.argv[2])
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{time.time():.6f} {rss_mb:.1f}")
