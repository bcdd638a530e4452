"""Refresh the translation sources from the code and compile them: `python i18n/update.py`.

UI strings (self.tr / QCoreApplication.translate) go to Qt .ts files, compiled to .qm; strings the core
renders (marked N_) go to gettext .po files, which the app reads directly.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("zh_CN", "ru", "en")
BIN = Path(sys.executable).parent


def update_ui(compile_only: bool = False) -> None:
    ts_files = [str(ROOT / "i18n" / "ui" / f"heihe_desk_{lang}.ts") for lang in LANGS]
    if not compile_only:
        sources = sorted(str(p) for p in (ROOT / "heihe_desk" / "ui").rglob("*.py"))
        subprocess.run([str(BIN / "pyside6-lupdate"), "-no-obsolete", *sources, "-ts", *ts_files], check=True)
    subprocess.run([str(BIN / "pyside6-lrelease"), *ts_files], check=True)


def core_template() -> Catalog:
    catalog = Catalog(project="heihe_desk")
    for filename, lineno, message, comments, _context in extract_from_dir(
            str(ROOT / "heihe_desk" / "core"), method_map=[("**.py", "python")],
            keywords={"N_": None, "_": None}):
        catalog.add(message, locations=[(f"heihe_desk/core/{filename}", lineno)], auto_comments=comments)
    return catalog


def update_core() -> None:
    template = core_template()
    for lang in LANGS:
        path = ROOT / "i18n" / "core" / f"{lang}.po"
        if path.exists():
            with path.open("rb") as handle:
                catalog = read_po(handle, locale=lang)
            catalog.update(template, no_fuzzy_matching=True)
        else:
            catalog = Catalog(locale=lang, project="heihe_desk")
            catalog.update(template)
        catalog.obsolete.clear()
        with path.open("wb") as handle:
            write_po(handle, catalog, width=110, omit_header=False, sort_output=True)


if __name__ == "__main__":
    (ROOT / "i18n" / "ui").mkdir(parents=True, exist_ok=True)
    (ROOT / "i18n" / "core").mkdir(parents=True, exist_ok=True)
    update_core()
    update_ui(compile_only="--compile" in sys.argv)
