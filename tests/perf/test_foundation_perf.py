"""Foundation benchmarks at 100k products: start-up vs a bare PySide6 window, search p95, RSS.

Run: .venv/bin/python -m pytest -m perf tests/perf -s   (figures also land in perf-results/foundation.json)
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

from heihe_desk.core.workspace import Workspace

pytestmark = pytest.mark.perf
PROBE = Path(__file__).with_name("startup_probe.py")
RESULTS = Path(__file__).resolve().parents[2] / "perf-results"

QUERIES: dict[str, list[str]] = {
    "chinese 1 char": ["茶", "鞋", "酒", "糖", "面", "霜", "机", "衣"],
    "chinese 2 chars": ["绿茶", "白酒", "面霜", "充电", "外套", "毛巾", "玩具", "红茶"],
    "chinese 3+ chars": ["礼盒装", "乌龙茶", "洗发水", "保温杯", "羽绒服", "蓝牙耳机"],
    "russian": ["чай", "зелен", "крем", "обувь", "кофта", "игрушка", "ча", "зарядное"],
    "latin": ["tea", "green", "cream", "charger", "gift", "te", "shoes"],
    "sku": ["TEA-00012", "TEA", "00042"],
}


def _time_start(args: list[str]) -> tuple[float, float]:
    started = time.time()
    out = subprocess.run([sys.executable, str(PROBE), *args], capture_output=True, text=True, check=True).stdout
    finished, rss = out.split()[-2:]
    return float(finished) - started, float(rss)


def test_startup_search_and_memory(big_data_dir: Path) -> None:
    """Start-up ≤ 2× bare window, search p95 ≤ 20 ms per kind, RSS ≤ 250 MB — printed, then asserted."""
    bare, app = [], []
    rss = 0.0
    for _ in range(5):
        bare.append(_time_start(["bare"])[0])
        seconds, rss = _time_start(["app", str(big_data_dir)])
        app.append(seconds)
    startup_ratio = statistics.median(app) / statistics.median(bare)

    with Workspace.open(big_data_dir) as ws:
        barcodes = [r["barcode"] for r in ws.product_rows(ws.product_rowids()[:: 9973]).values()][:8]
        queries = {**QUERIES, "barcode": barcodes, "barcode prefix": [b[:7] for b in barcodes]}
        p95: dict[str, float] = {}
        for kind, terms in queries.items():
            samples = []
            for _ in range(5):
                for term in terms:
                    started = time.perf_counter()
                    ids = ws.product_rowids(term)
                    ws.product_rows(ids[:200])
                    samples.append((time.perf_counter() - started) * 1000)
            p95[kind] = statistics.quantiles(samples, n=20)[-1]
        total = ws.product_count()

    figures = {
        "products": total,
        "startup_bare_s": round(statistics.median(bare), 3),
        "startup_app_s": round(statistics.median(app), 3),
        "startup_ratio": round(startup_ratio, 2),
        "search_p95_ms": {k: round(v, 1) for k, v in p95.items()},
        "rss_mb": rss,
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "foundation.json").write_text(json.dumps(figures, ensure_ascii=False, indent=1))
    print("\n" + json.dumps(figures, ensure_ascii=False, indent=1))
    assert startup_ratio <= 2.0
    assert max(p95.values()) <= 20.0
    assert rss <= 250
