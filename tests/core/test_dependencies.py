"""Every third-party package the core imports is declared in pyproject.toml, so an install can run it."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CORE = REPO / "heihe_desk" / "core"


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _imported_top_level_names() -> dict[str, set[str]]:
    """Top-level module names imported anywhere in heihe_desk/core, with the files importing them."""
    names: dict[str, set[str]] = {}
    for path in CORE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                mods = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                mods = [node.module]
            else:
                continue
            for mod in mods:
                names.setdefault(mod.split(".")[0], set()).add(str(path.relative_to(REPO)))
    return names


def test_core_third_party_imports_are_declared_dependencies():
    """A package the core imports but pyproject.toml does not declare works only by accident of the venv."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = {_canonical(re.split(r"[\s<>=!~\[;]", d, maxsplit=1)[0]) for d in project["dependencies"]}
    dists = packages_distributions()
    missing = {}
    for name, files in _imported_top_level_names().items():
        if name in sys.stdlib_module_names or name == "heihe_desk" or name == "__future__":
            continue
        providers = {_canonical(d) for d in dists.get(name, [name])}
        if not providers & declared:
            missing[name] = sorted(files)
    assert missing == {}, f"imported by the core but not in [project].dependencies: {missing}"
