"""Workaround: PySide6 6.12's Signal.emit() returns True without owning a reference (crash on Python 3.11).

Every ``signal.emit(...)`` made from Python takes one reference away from ``True``; on Python < 3.12 (where
``True`` is not immortal) a long session or a test run ends with "Fatal Python error: bool_dealloc". Until
PySide6 is fixed or the app runs on Python ≥ 3.12, give True and False so many references that they can
never reach zero, as Python 3.12 does for them by design. Harmless where the bug is absent.
"""

from __future__ import annotations

import ctypes
import platform
import sys

_SPARE = 1 << 40
_done: list[bool] = []


def keep_bools_alive() -> None:
    """Make True and False effectively immortal (once; CPython before 3.12 only)."""
    if _done or sys.version_info >= (3, 12) or platform.python_implementation() != "CPython":
        return
    for value in (True, False):
        # ob_refcnt is the first field of every CPython object (Include/object.h, PyObject_HEAD).
        ctypes.c_ssize_t.from_address(id(value)).value += _SPARE
    _done.append(True)



