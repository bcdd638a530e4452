"""Shared fixtures for every test folder; Qt is forced offscreen before anything can import it."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from heihe_desk.core.workspace import Workspace  # noqa: E402


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    """A freshly opened Workspace on a real data folder in tmp_path, closed after the test."""
    ws = Workspace.open(tmp_path / "data")
    try:
        yield ws
    finally:
        ws.close()
