"""Small widget helpers shared by pages and dialogs."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject

W = TypeVar("W", bound=QObject)


def named(widget: W, name: str) -> W:
    """Give a widget the object name tests and style sheets find it by, and return it."""
    widget.setObjectName(name)
    return widget
