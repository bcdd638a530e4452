"""The translation files are complete, consistent with the code, and compiled.

Core strings (field labels and validation rules marked ``N_`` in heihe_desk/core) live in
i18n/core/<lang>.po and are read by babel at run time; UI strings (``self.tr`` /
``QCoreApplication.translate`` in heihe_desk/ui) live in i18n/ui/heihe_desk_<lang>.ts and are
compiled to .qm. After changing a string in the code, run ``python i18n/update.py``, translate
what it added, then ``python i18n/update.py --compile``.

No QApplication is needed: the .ts files are read as XML and the Qt tools run as subprocesses.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "i18n"
LANGS = ("zh_CN", "ru", "en")
#: How many plural forms Qt expects in a numerus message, by .ts language.
NUMERUS_FORMS = {"zh_CN": 1, "ru": 3, "en": 2}
#: The main window title as written in the code (MainWindow.retranslate).
WINDOW_TITLE = "Heihe Desk — cross-border trade assistant"
#: Qt's %1..%99 and %n (also the localised %Ln) argument markers.
QT_MARKER = re.compile(r"%L?(?:n|\d{1,2})")
#: A keyboard accelerator: an ampersand before anything but a space or another ampersand.
ACCELERATOR = re.compile(r"&(?![&\s])")
CYRILLIC = re.compile(r"[\u0400-\u04FF]")
CJK = re.compile(r"[\u4E00-\u9FFF]")


# -- helpers ---------------------------------------------------------------------------------------


@cache
def _update_module() -> ModuleType:
    """i18n/update.py loaded by path (i18n is not a package)."""
    spec = importlib.util.spec_from_file_location("heihe_i18n_update", I18N / "update.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@cache
def _template() -> Catalog:
    """The core strings as extracted from the code right now."""
    template: Catalog = _update_module().core_template()
    return template


def _template_ids() -> list[str]:
    return sorted(m.id for m in _template() if m.id and isinstance(m.id, str))


@cache
def _po(lang: str) -> Catalog:
    with (I18N / "core" / f"{lang}.po").open("rb") as handle:
        return read_po(handle, locale=lang)


def _ts_path(lang: str) -> Path:
    return I18N / "ui" / f"heihe_desk_{lang}.ts"


def _messages(ts: Path) -> list[tuple[str, ET.Element]]:
    """(context name, <message>) for every message of a .ts file."""
    root = ET.parse(ts).getroot()
    return [(ctx.findtext("name", ""), msg) for ctx in root.iter("context") for msg in ctx.iter("message")]


def _forms(message: ET.Element) -> list[str]:
    """The translated text(s) of a message: one string, or one per plural form."""
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def _placeholders(text: str) -> set[str]:
    """Names of the str.format fields in a message, e.g. {'places'} for 'at most {places} decimals'."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def _tool(name: str) -> str:
    """A Qt tool installed next to this interpreter (the venv's bin or Scripts folder)."""
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail(f"{name} not found next to {sys.executable}; install PySide6 into this environment")
    return found


def _ui_sources() -> list[str]:
    return sorted(str(p) for p in (ROOT / "heihe_desk" / "ui").rglob("*.py"))


# -- core catalogue (.po) --------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_po_has_exactly_the_strings_of_the_code(lang: str) -> None:
    """Protects against core strings added or changed in the code without re-running i18n/update.py
    (they would show in English to Chinese and Russian users) and against stale entries."""
    in_code = set(_template_ids())
    in_po = {m.id for m in _po(lang) if m.id and isinstance(m.id, str)}
    missing = sorted(in_code - in_po)
    stale = sorted(in_po - in_code)
    assert not missing, f"{lang}.po lacks strings from the code (run i18n/update.py, then translate): {missing}"
    assert not stale, f"{lang}.po has strings no longer in the code (run i18n/update.py): {stale}"


@pytest.mark.parametrize("lang", LANGS)
def test_po_every_string_translated_and_not_fuzzy(lang: str) -> None:
    """Protects against empty or fuzzy core translations: the catalogue ignores both, so the user
    would silently get the English label or validation rule."""
    po = {m.id: m for m in _po(lang) if m.id}
    problems = []
    for msgid in _template_ids():
        message = po.get(msgid)
        if message is None:
            problems.append(f"{msgid!r}: missing")
        elif not isinstance(message.string, str) or not message.string.strip():
            problems.append(f"{msgid!r}: empty")
        elif message.fuzzy:
            problems.append(f"{msgid!r}: fuzzy")
    assert not problems, f"untranslated strings in i18n/core/{lang}.po:\n" + "\n".join(problems)
    assert not _po(lang).fuzzy, f"the header of i18n/core/{lang}.po is still marked fuzzy"


@pytest.mark.parametrize("lang", LANGS)
def test_po_placeholders_match(lang: str) -> None:
    """Protects the run-time str.format() of rules: a lost {placeholder} drops the value from the
    message, and a misspelt or extra one raises KeyError while showing a validation error."""
    problems = []
    for message in _po(lang):
        if not isinstance(message.id, str) or not message.id or not isinstance(message.string, str):
            continue
        if not message.string:
            continue
        wanted = _placeholders(message.id)
        try:
            got = _placeholders(message.string)
        except ValueError as error:
            problems.append(f"{message.id!r} -> {message.string!r}: bad braces ({error})")
            continue
        if got != wanted:
            problems.append(f"{message.id!r} -> {message.string!r}: expected {sorted(wanted)}, got {sorted(got)}")
            continue
        message.string.format(**{name: "X" for name in wanted})
    assert not problems, f"placeholder mismatches in i18n/core/{lang}.po:\n" + "\n".join(problems)


# -- UI translations (.ts / .qm) -------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_ts_every_message_translated(lang: str) -> None:
    """Protects against untranslated, vanished or obsolete UI messages (lrelease skips unfinished
    ones, so the widget would show English) and against the wrong number of plural forms
    (Qt then picks an empty or wrong form for counts like '%n product(s)')."""
    problems = []
    for context, message in _messages(_ts_path(lang)):
        source = message.findtext("source", "")
        where = f"{context}: {source!r}"
        translation = message.find("translation")
        if translation is None:
            problems.append(f"{where}: no <translation>")
            continue
        kind = translation.get("type")
        if kind in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where}: type={kind}")
        forms = _forms(message)
        if message.get("numerus") == "yes" and len(forms) != NUMERUS_FORMS[lang]:
            problems.append(f"{where}: {len(forms)} plural forms, {lang} needs {NUMERUS_FORMS[lang]}")
        if not forms or any(not form.strip() for form in forms):
            problems.append(f"{where}: empty translation")
    assert not problems, f"problems in {_ts_path(lang).name}:\n" + "\n".join(problems)


@pytest.mark.parametrize("lang", LANGS)
def test_ts_markers_and_accelerators_kept(lang: str) -> None:
    """Protects the %1/%2/%n arguments the code fills in with .replace()/tr(n) (a lost marker drops
    the folder, device code or count from the text) and the &-accelerators of menus."""
    problems = []
    for context, message in _messages(_ts_path(lang)):
        source = message.findtext("source", "")
        wanted = sorted(set(QT_MARKER.findall(source)))
        for form in _forms(message):
            got = sorted(set(QT_MARKER.findall(form)))
            if got != wanted:
                problems.append(f"{context}: {source!r} -> {form!r}: markers {got}, expected {wanted}")
            if ACCELERATOR.search(source) and not ACCELERATOR.search(form):
                problems.append(f"{context}: {source!r} -> {form!r}: lost the & accelerator")
    assert not problems, f"problems in {_ts_path(lang).name}:\n" + "\n".join(problems)


@pytest.mark.parametrize("lang", LANGS)
def test_ts_up_to_date_with_code(lang: str, tmp_path: Path) -> None:
    """Protects against tr() strings added or changed in heihe_desk/ui without re-running
    i18n/update.py and translating them: lupdate on a copy of the .ts must find nothing new
    (unfinished) and nothing gone (vanished)."""
    copy = tmp_path / _ts_path(lang).name
    shutil.copyfile(_ts_path(lang), copy)
    result = subprocess.run([_tool("pyside6-lupdate"), *_ui_sources(), "-ts", str(copy)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, f"lupdate failed:\n{result.stdout}\n{result.stderr}"
    new, gone = [], []
    for context, message in _messages(copy):
        kind = message.find("translation").get("type")  # type: ignore[union-attr]
        source = message.findtext("source", "")
        if kind == "unfinished":
            new.append(f"{context}: {source!r}")
        elif kind in ("vanished", "obsolete"):
            gone.append(f"{context}: {source!r}")
    assert not new, (f"UI strings in the code are not translated in {_ts_path(lang).name} "
                     f"(run i18n/update.py, translate, then i18n/update.py --compile):\n" + "\n".join(new))
    assert not gone, (f"{_ts_path(lang).name} has strings no longer in the code "
                      f"(run i18n/update.py):\n" + "\n".join(gone))


@pytest.mark.parametrize("lang", LANGS)
def test_qm_compiled_from_current_ts(lang: str, tmp_path: Path) -> None:
    """Protects against a .ts edited without recompiling: the app loads the .qm, so translations
    fixed only in the .ts would never reach the user."""
    committed = I18N / "ui" / f"heihe_desk_{lang}.qm"
    assert committed.exists(), f"{committed.name} is missing (run i18n/update.py --compile)"
    fresh = tmp_path / committed.name
    result = subprocess.run([_tool("pyside6-lrelease"), str(_ts_path(lang)), "-qm", str(fresh)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, f"lrelease failed:\n{result.stdout}\n{result.stderr}"
    same = fresh.read_bytes() == committed.read_bytes()
    assert same, (
        f"{committed.name} is out of date with {_ts_path(lang).name} (run i18n/update.py --compile)")


@pytest.mark.parametrize(("lang", "script", "name"), [("ru", CYRILLIC, "Cyrillic"), ("zh_CN", CJK, "Chinese")])
def test_window_title_in_users_script(lang: str, script: re.Pattern[str], name: str) -> None:
    """Protects against a .ts that was 'translated' by copying the English (or swapped between
    languages): the main window title must be written in the language's own script."""
    titles = [_forms(m) for ctx, m in _messages(_ts_path(lang))
              if ctx == "MainWindow" and m.findtext("source") == WINDOW_TITLE]
    assert titles, f"MainWindow title {WINDOW_TITLE!r} not found in {_ts_path(lang).name}"
    for forms in titles:
        assert forms and all(script.search(form) for form in forms), (
            f"the {lang} window title {forms!r} contains no {name} characters")
