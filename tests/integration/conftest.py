"""Integration fixtures: the real platform (uvicorn on 127.0.0.1, free port, in a thread) and real desks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from heihe_desk.core.workspace import Workspace
from tests.integration.harness import Desk, Platform


@pytest.fixture
def platform(tmp_path: Path) -> Iterator[Platform]:
    server = Platform(tmp_path / "platform")
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def make_desk(tmp_path: Path, platform: Platform) -> Iterator[Any]:
    desks: list[Desk] = []
    tokens: dict[str, str] = {}

    def make(name: str, account: str = "shop-1", folder: Path | None = None) -> Desk:
        if account not in tokens:
            tokens[account] = platform.add_account(account)
        ws = Workspace.open(folder or tmp_path / name)
        desk = Desk(ws, platform, account, tokens[account])
        desks.append(desk)
        return desk

    yield make
    for desk in desks:
        desk.ws.close()
