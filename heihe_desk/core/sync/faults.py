"""Crash points for kill tests: HEIHE_DESK_SYNC_FAULT=point[,point] makes the sync kill its own process there.

Points, in the order a sync reaches them: ``before_push`` (batch read, nothing sent), ``after_push_response``
(the platform committed and answered; acks not yet recorded), ``after_push_commit`` (acks committed),
``mid_pull_apply`` (half a pull page applied, not committed), ``after_pull_commit`` (first page committed).
Unset in normal use; reading one environment variable is the whole cost.
"""

from __future__ import annotations

import os
import signal

ENV = "HEIHE_DESK_SYNC_FAULT"
POINTS = ("before_push", "after_push_response", "after_push_commit", "mid_pull_apply", "after_pull_commit")


def fault_point(name: str) -> None:
    """Die like a power cut (SIGKILL: no cleanup, no rollback handlers) if ``name`` is armed."""
    armed = os.environ.get(ENV)
    if armed and name in armed.split(","):
        kill = getattr(signal, "SIGKILL", None)
        if kill is None:  # Windows has no SIGKILL; _exit skips cleanup just the same
            os._exit(137)
        os.kill(os.getpid(), kill)
