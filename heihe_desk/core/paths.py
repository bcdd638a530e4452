"""Where things live: the per-user data folder (overridable) and the shipped resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "HeiheDesk"
#: Environment variable that overrides the data folder (tests, classrooms, USB sticks).
DATA_DIR_ENV = "HEIHE_DESK_DATA_DIR"


def default_data_dir() -> Path:
    """The data folder: $HEIHE_DESK_DATA_DIR, else the per-user data folder of the OS."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, APP_NAME))


def project_root() -> Path:
    """Folder holding resources/ and i18n/: the bundle folder when frozen, else the source checkout."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parents[2]


def resources_dir() -> Path:
    return project_root() / "resources"


def i18n_dir() -> Path:
    return project_root() / "i18n"
