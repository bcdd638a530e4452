"""Test-only fault injection, off unless the server was started with --enable-test-faults."""

from __future__ import annotations

import threading

#: Where a fault can be armed: a 500 before the batch commits, after it commits (reply lost), after
#: committing half the batch (partial application), a slow reply after commit, and a failing pull.
POINTS = ("push_error_before_commit", "push_error_after_commit", "push_partial_commit", "push_slow_reply",
          "pull_error")


class InjectedFault(RuntimeError):
    """Raised at an armed point; the app turns it into a 500 like any server crash."""


class Faults:
    """Armed fault points, each firing a given number of times."""

    def __init__(self) -> None:
        self._armed: dict[str, int] = {}
        self._lock = threading.Lock()
        self.slow_reply_s = 1.0

    def arm(self, point: str, times: int = 1, slow_reply_s: float | None = None) -> None:
        if point not in POINTS:
            raise ValueError(f"unknown fault point {point!r}; one of {', '.join(POINTS)}")
        with self._lock:
            self._armed[point] = times
            if slow_reply_s is not None:
                self.slow_reply_s = slow_reply_s

    def clear(self) -> None:
        with self._lock:
            self._armed.clear()

    def hit(self, point: str) -> bool:
        """True (and one firing used up) when ``point`` is armed."""
        with self._lock:
            left = self._armed.get(point, 0)
            if left <= 0:
                return False
            self._armed[point] = left - 1
            return True
