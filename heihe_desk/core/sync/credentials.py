"""Where the platform token lives: the OS keyring, else a 0600 file in the data folder (with a warning).

$HEIHE_DESK_SYNC_TOKEN overrides both. Tokens never travel on a command line (other users can read it).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

ENV = "HEIHE_DESK_SYNC_TOKEN"
SERVICE = "heihe-desk"
TOKEN_FILE = "sync-token.json"
FILE_WARNING = ("no OS keyring is available: the platform token is kept in {path} (readable by this user only);"
                " protect this folder")


def _key(server_url: str, account: str) -> str:
    return f"{server_url.rstrip('/')}|{account}"


def _keyring() -> object | None:
    """The keyring module when a real backend exists (not the 'fail' or 'null' placeholder), else None."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
        return None
    return keyring


def get_token(data_dir: Path, server_url: str, account: str) -> tuple[str | None, str]:
    """The token and where it came from ('env', 'keyring', 'file'); (None, '') when there is none."""
    env = os.environ.get(ENV)
    if env:
        return env.strip(), "env"
    ring = _keyring()
    if ring is not None:
        try:
            token = ring.get_password(SERVICE, _key(server_url, account))  # type: ignore[attr-defined]
        except Exception:  # a locked or broken keyring must not stop the file fallback
            token = None
        if token:
            return str(token), "keyring"
    path = data_dir / TOKEN_FILE
    if path.exists():
        token = json.loads(path.read_text(encoding="utf-8")).get(_key(server_url, account))
        if token:
            return str(token), "file"
    return None, ""


def set_token(data_dir: Path, server_url: str, account: str, token: str) -> str | None:
    """Store the token; returns a warning for the user when it had to go to the file fallback."""
    ring = _keyring()
    if ring is not None:
        try:
            ring.set_password(SERVICE, _key(server_url, account), token)  # type: ignore[attr-defined]
            return None
        except Exception:  # fall back to the file below, and say so
            pass
    path = data_dir / TOKEN_FILE
    tokens = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    tokens[_key(server_url, account)] = token
    # Create with 0600 from the start: writing first and chmod-ing later leaves a readable moment.
    fd = os.open(path.with_suffix(".tmp"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(tokens, handle)
    os.replace(path.with_suffix(".tmp"), path)
    os.chmod(path, 0o600)
    return FILE_WARNING.format(path=path)
