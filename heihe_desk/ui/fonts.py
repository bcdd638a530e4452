"""Load the shipped CJK font so Chinese renders on machines without one."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from heihe_desk.core.paths import resources_dir

CJK_FAMILY = "WenQuanYi Micro Hei"


def install_fonts(app: QApplication) -> None:
    """Register the bundled font and keep it as fallback behind the system's UI font."""
    QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / "wqy-microhei.ttc"))
    font = QFont(app.font())
    font.setFamilies([font.family(), CJK_FAMILY])
    app.setFont(font)
