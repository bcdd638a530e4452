"""Developer entry point, stdlib only: `python3 dev.py run` starts the app, `python3 dev.py test` tests all.

Both create `.venv` on first use and (re)install the project whenever pyproject.toml changes, so each is
the one command a fresh machine needs.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")


def ensure_venv() -> None:
    """Create the virtual environment and install the project with its test extras when needed."""
    if not PY.exists():
        print("creating .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    stamp = VENV / f".installed-{hashlib.sha256((ROOT / 'pyproject.toml').read_bytes()).hexdigest()[:12]}"
    if not stamp.exists():
        print("installing dependencies …", flush=True)
        subprocess.run([str(PY), "-m", "pip", "install", "--quiet", "--upgrade", "pip"], check=True)
        subprocess.run([str(PY), "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[test]"], check=True)
        for old in VENV.glob(".installed-*"):
            old.unlink()
        stamp.touch()


def run_app(args: list[str]) -> int:
    return subprocess.call([str(PY), "-m", "heihe_desk", *args], cwd=ROOT)


def run_tests(args: list[str]) -> int:
    """Lint, type-check, layer contracts, then the whole pytest suite headless."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    steps = [
        ("ruff", [str(PY), "-m", "ruff", "check", "."]),
        ("import contracts", [str(BIN / "lint-imports")]),
        ("mypy", [str(PY), "-m", "mypy"]),
    ]
    failed = [name for name, cmd in steps if subprocess.call(cmd, cwd=ROOT, env=env) != 0]
    code = subprocess.call([str(PY), "-m", "pytest", *args], cwd=ROOT, env=env)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return code


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in ("run", "test"):
        print("usage: python3 dev.py run [app options] | python3 dev.py test [pytest options]", file=sys.stderr)
        return 2
    ensure_venv()
    command, rest = sys.argv[1], sys.argv[2:]
    return run_app(rest) if command == "run" else run_tests(rest)


if __name__ == "__main__":
    raise SystemExit(main())
