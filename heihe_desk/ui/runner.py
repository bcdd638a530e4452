"""Background work: run core functions on a QThreadPool and deliver results on the UI thread."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    """Lives on the UI thread; signals emitted from a worker are queued to it."""

    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay):
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # delivered to the UI, which shows it
            self._deliver(self.relay.failed, exc)
        else:
            self._deliver(self.relay.finished, result)

    @staticmethod
    def _deliver(signal: Any, value: object) -> None:
        with contextlib.suppress(RuntimeError):  # the window closed while the job ran: nobody is left to tell
            signal.emit(value)


class Runner:
    """Runs ``fn`` off the UI thread, then ``on_done(result)`` or ``on_error(exc)`` on the UI thread."""

    def __init__(self) -> None:
        self.pool = QThreadPool.globalInstance()
        self._relays: set[_Relay] = set()

    def submit(self, fn: Callable[[], Any], on_done: Callable[[Any], None],
               on_error: Callable[[Exception], None]) -> None:
        relay = _Relay()
        self._relays.add(relay)

        def done(result: Any) -> None:
            self._relays.discard(relay)
            on_done(result)

        def error(exc: Exception) -> None:
            self._relays.discard(relay)
            on_error(exc)

        relay.finished.connect(done)
        relay.failed.connect(error)
        self.pool.start(_Job(fn, relay))


class ImmediateRunner(Runner):
    """Runs jobs synchronously, for tests that must not wait on threads."""

    def submit(self, fn: Callable[[], Any], on_done: Callable[[Any], None],
               on_error: Callable[[Exception], None]) -> None:
        try:
            result = fn()
        except Exception as exc:
            on_error(exc)
        else:
            on_done(result)
