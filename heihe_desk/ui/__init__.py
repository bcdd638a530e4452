"""The desktop interface (the only package importing PySide6): app, window, pages, dialogs, models."""

# Applied before any widget exists: PySide6 6.11/6.12 emit() leaks a reference to True on Python < 3.12.
from heihe_desk.ui.pyside_fix import keep_bools_alive

keep_bools_alive()
