"""The desktop interface (the only package importing PySide6): app, window, pages, dialogs, models."""
