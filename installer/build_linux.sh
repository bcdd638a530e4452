#!/usr/bin/env bash
# Build the Linux bundle: dist/HeiheDesk/ and dist/HeiheDesk-linux-x86_64.tar.gz.
# Uses a fresh venv so the bundle holds exactly the project's declared dependencies.
#   installer/build_linux.sh            (PYTHON=python3.11 to pick the interpreter)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

PYTHON="${PYTHON:-python3}"
VENV="${VENV:-build/venv-linux}"
PYINSTALLER_VERSION="${PYINSTALLER_VERSION:-6.22.*}"

"$PYTHON" -m venv --clear "$VENV"
"$VENV/bin/python" -m pip install --quiet --upgrade pip
"$VENV/bin/python" -m pip install --quiet . "pyinstaller==$PYINSTALLER_VERSION"

# Compiled catalogues are build outputs: make them from the .ts/.po sources.
shopt -s nullglob globstar
ts_files=(i18n/**/*.ts)
if ((${#ts_files[@]})); then
    "$VENV/bin/pyside6-lrelease" "${ts_files[@]}"
fi
"$VENV/bin/python" - <<'PY'
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

for po in Path("i18n").rglob("*.po"):
    with po.open("rb") as src:
        catalog = read_po(src)
    with po.with_suffix(".mo").open("wb") as dst:
        write_mo(dst, catalog)
PY

"$VENV/bin/pyinstaller" --noconfirm --clean \
    --distpath dist --workpath build/pyinstaller \
    installer/heihe_desk.spec

# The bundle must at least start its own interpreter and import the app.
QT_QPA_PLATFORM=offscreen dist/HeiheDesk/HeiheDesk --help >/dev/null

tar -C dist -czf dist/HeiheDesk-linux-x86_64.tar.gz HeiheDesk
echo "built dist/HeiheDesk-linux-x86_64.tar.gz"
