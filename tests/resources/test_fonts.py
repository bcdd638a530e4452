"""The bundled fonts are present, licensed and cover the characters documents need.

reportlab drops glyphs a font lacks without any error, so coverage is checked here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"
WQY = FONTS / "wqy-microhei.ttc"
DEJAVU = FONTS / "DejaVuSans.ttf"


@pytest.mark.parametrize("font", [WQY, DEJAVU], ids=lambda p: p.name)
def test_font_file_and_licence_present(font):
    assert font.is_file() and font.stat().st_size > 100_000
    licence = FONTS / f"{font.stem}.LICENSE.txt"
    assert licence.is_file() and licence.stat().st_size > 0


def test_wqy_licence_includes_apache_text():
    text = (FONTS / "wqy-microhei.LICENSE.txt").read_text(encoding="utf-8")
    assert "Apache License" in text and "Version 2.0" in text


def test_wqy_covers_chinese_and_russian():
    ttlib = pytest.importorskip("fontTools.ttLib")
    # Face 0 is the proportional "WenQuanYi Micro Hei", the one the app registers.
    cmap = ttlib.TTFont(str(WQY), fontNumber=0).getBestCmap()
    for ch in "茶绿Жёй№«»¥":
        assert ord(ch) in cmap, ch


def test_dejavu_covers_rouble_sign():
    ttlib = pytest.importorskip("fontTools.ttLib")
    cmap = ttlib.TTFont(str(DEJAVU)).getBestCmap()
    assert 0x20BD in cmap  # ₽, missing from WQY Micro Hei
