"""What every use case needs: the database, this device's identity and the valid code sets."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from heihe_desk.core.storage.outbox import Device


@dataclass
class Context:
    db: Any                      # sqlite_utils.Database
    device: Device
    code_sets: dict[str, set[str]]

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn  # type: ignore[no-any-return]
