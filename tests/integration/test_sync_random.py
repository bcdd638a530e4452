"""Randomized mixes of edits, deletes, poison records and platform faults always end consistent (fixed seeds)."""

from __future__ import annotations

import pytest

from tests.integration.randomized import random_run


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_faults_never_lose_or_duplicate_and_desks_converge(make_desk, seed):
    log = random_run(make_desk, seed, steps=25)
    assert len(log.steps) == 25
