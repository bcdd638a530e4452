"""The core stays Qt-free: proven by importing all of it in a clean interpreter and by import-linter."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

_IMPORT_ALL = """
import importlib, json, pkgutil, sys
import heihe_desk.core
names = ["heihe_desk.core"]
for info in pkgutil.walk_packages(heihe_desk.core.__path__, "heihe_desk.core."):
    importlib.import_module(info.name)
    names.append(info.name)
print(json.dumps({"modules": names, "qt": sorted(m for m in sys.modules if m.split(".")[0] == "PySide6"),
                  "ui": sorted(m for m in sys.modules if m.startswith("heihe_desk.ui"))}))
"""


def test_importing_every_core_module_never_loads_pyside6():
    """Importing heihe_desk.core and every module below it (fresh interpreter) must not pull in PySide6
    or heihe_desk.ui: the CLI and the server run the core on machines without Qt."""
    proc = subprocess.run([sys.executable, "-c", _IMPORT_ALL], cwd=REPO, capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    assert "heihe_desk.core.workspace" in report["modules"]
    assert "heihe_desk.core.storage.database" in report["modules"]
    assert report["qt"] == [], f"core imported Qt: {report['qt']}"
    assert report["ui"] == [], f"core imported the UI package: {report['ui']}"


def _lint_imports() -> str | None:
    local = Path(sys.executable).with_name("lint-imports")
    if local.exists():
        return str(local)
    return shutil.which("lint-imports")


def test_import_linter_contracts_are_kept():
    """`lint-imports` (contracts in pyproject.toml: no Qt in core, layered packages) exits 0."""
    exe = _lint_imports()
    if exe is None:
        pytest.skip("lint-imports (import-linter) is not installed in this environment")
    proc = subprocess.run([exe], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, f"lint-imports failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-2000:]}"
