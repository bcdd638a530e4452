"""What the orders and stock pages share: the window's background runner."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from heihe_desk.ui.runner import Runner

_FALLBACK: list[Runner] = []


def page_runner(widget: QWidget) -> Runner:
    """The main window's runner (tests swap in an inline one); a shared pool runner outside a window."""
    runner = getattr(widget.window(), "runner", None)
    if isinstance(runner, Runner):
        return runner
    if not _FALLBACK:
        _FALLBACK.append(Runner())
    return _FALLBACK[0]
