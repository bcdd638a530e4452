"""Render the main window on a page offscreen to a PNG (docs, reviews and checks)."""

from __future__ import annotations

import os
from pathlib import Path

from heihe_desk.core.workspace import Workspace


def render(data_dir: Path | None, page: str, lang: str, out: Path, search: str = "") -> Path:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from heihe_desk.ui.app import build_window, make_app
    from heihe_desk.ui.runner import ImmediateRunner

    app = make_app()
    with Workspace.open(data_dir) as ws:
        window = build_window(ws, lang)
        window.runner = ImmediateRunner()  # the picture shows loaded pages, not "loading…"
        window.show_page(page)
        if search:
            window.pages[page].search.setText(search)
            window.pages[page].apply_search()
        window.show()
        app.processEvents()
        out.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(out)):
            raise OSError(f"could not write {out}")
        window.close()
    return out
