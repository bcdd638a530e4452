"""Benchmarks share one 100k-product data folder, built once per run (or reused via HEIHE_PERF_DATA)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from heihe_desk.core.workspace import Workspace

PRODUCTS = int(os.environ.get("HEIHE_PERF_PRODUCTS", "100000"))


@pytest.fixture(scope="session")
def big_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with PRODUCTS demo products; set HEIHE_PERF_DATA to keep and reuse one."""
    from heihe_desk.core.demo import fill

    folder = Path(os.environ.get("HEIHE_PERF_DATA") or tmp_path_factory.mktemp("perf") / "data")
    with Workspace.open(folder) as ws:
        missing = PRODUCTS - ws.product_count()
        if missing > 0:
            started = time.perf_counter()
            fill(ws, missing, seed=7)
            print(f"\nbuilt {missing} demo products in {time.perf_counter() - started:.1f} s")
    return folder
