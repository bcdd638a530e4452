"""Fixtures of the customs tests (no Qt): complete settings to break one field of."""

from __future__ import annotations

import pytest
from ceb_factories import full_settings

from heihe_desk.core.customs.model import DeclarationSettings


@pytest.fixture
def settings() -> DeclarationSettings:
    return full_settings()
