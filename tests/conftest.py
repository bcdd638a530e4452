"""Shared fixtures for every test folder; Qt is forced offscreen before anything can import it."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from heihe_desk.core.workspace import Workspace


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    """A freshly opened Workspace on a real data folder in tmp_path, closed after the test."""
    ws = Workspace.open(tmp_path / "data")
    try:
        yield ws
    finally:
        ws.close()
