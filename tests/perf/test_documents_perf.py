"""Document benchmarks: one 20-line invoice (goal ≤ 80 ms, capability 8) and a batch of 500 receipts.

Run: .venv/bin/python -m pytest -m perf tests/perf/test_documents_perf.py -s
(figures also land in perf-results/documents.json). Font registration happens once per process and is
reported separately: a running app pays it once, not per document.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from io import BytesIO
from pathlib import Path

import pytest

from heihe_desk.core.documents.model import DocumentKind

pytestmark = pytest.mark.perf
RESULTS = Path(__file__).resolve().parents[2] / "perf-results"
INVOICE_GOAL_MS = 80.0

_COLD = """
import time
started = time.perf_counter()
from heihe_desk.core.documents.fonts import ensure_fonts
from heihe_desk.core.documents.invoice import render_invoice
imported = time.perf_counter()
fonts = ensure_fonts()
print(f"{(imported - started) * 1000:.1f} {fonts.seconds * 1000:.1f}")
"""


def _cold_start_ms() -> tuple[float, float]:
    """(import of the documents package, font registration) in a fresh interpreter, in ms."""
    out = subprocess.run([sys.executable, "-c", _COLD], capture_output=True, text=True, check=True).stdout
    imports, fonts = out.split()
    return float(imports), float(fonts)


def _timings(render: Callable[[], None], runs: int) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU milliseconds of each run (CPU time is what a busy shared machine cannot inflate)."""
    wall, cpu = [], []
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        render()
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    return wall, cpu


def test_invoice_and_receipt_batch() -> None:
    from heihe_desk.core.documents.fonts import ensure_fonts
    from heihe_desk.core.documents.invoice import render_invoice
    from heihe_desk.core.documents.receipt import render_receipt
    from heihe_desk.core.documents.sample import sample_document, sample_receipt

    imports_ms, fonts_ms = _cold_start_ms()
    ensure_fonts()
    invoice = sample_document(DocumentKind.INVOICE, lines=20)
    figures: dict[str, object] = {"cold import of documents, ms": imports_ms, "font registration (once), ms": fonts_ms}
    for lang in ("zh+ru", "ru", "zh", "en"):
        render_invoice(invoice, lang, BytesIO())  # warm-up: first use of each glyph set and style
        wall, cpu = _timings(lambda lang=lang: render_invoice(invoice, lang, BytesIO()), 30)
        figures[f"invoice 20 lines {lang}, ms"] = {
            "median": round(statistics.median(wall), 1), "p90": round(statistics.quantiles(wall, n=10)[-1], 1),
            "min": round(min(wall), 1), "cpu median": round(statistics.median(cpu), 1)}

    receipt = sample_receipt(lines=4)
    for width in (58, 80):
        started, started_cpu = time.perf_counter(), time.process_time()
        sizes = []
        for _ in range(500):
            out = BytesIO()
            render_receipt(receipt, "zh+ru", out, width_mm=width)
            sizes.append(out.tell())
        total, cpu_total = time.perf_counter() - started, time.process_time() - started_cpu
        figures[f"500 receipts {width} mm zh+ru"] = {
            "total s": round(total, 2), "per receipt ms": round(total * 2, 1),
            "cpu per receipt ms": round(cpu_total * 2, 1), "pdf KB": round(statistics.mean(sizes) / 1024, 1)}
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "documents.json").write_text(json.dumps(figures, ensure_ascii=False, indent=1))
    print("\n" + json.dumps(figures, ensure_ascii=False, indent=1))
    # The goal is judged on CPU time: developers' and CI's machines run other work alongside, which stretches
    # wall-clock time without saying anything about the code; on an idle machine the two agree.
    medians = {k: v["cpu median"] for k, v in figures.items() if isinstance(v, dict) and "cpu median" in v}
    assert max(medians.values()) <= INVOICE_GOAL_MS, f"invoice over {INVOICE_GOAL_MS} ms CPU: {medians}"


def test_invoice_through_the_service(workspace, tmp_path: Path) -> None:
    """One 20-line invoice of a real order through Documents.render: adapter (order, buyer, products, payments,
    rate, settings), a new number in its own transaction, and the PDF written to a file (goal ≤ 80 ms)."""
    from document_order import make_shop

    from heihe_desk.core.documents.fonts import ensure_fonts
    from heihe_desk.core.services.documents import save_pdf

    ensure_fonts()
    shop = make_shop(workspace)
    orders = [shop.order(lines=20) for _ in range(31)]
    workspace.documents.render("invoice", orders[0]["id"], "zh+ru", tmp_path / "warm.pdf")  # first use of glyphs
    prepare_ms, wall, cpu = [], [], []
    for number, order in enumerate(orders[1:]):
        started, started_cpu = time.perf_counter(), time.process_time()
        doc = workspace.documents.prepare("invoice", order["id"], "zh+ru")
        prepared = time.perf_counter()
        save_pdf(doc, tmp_path / f"{number}.pdf")
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
        prepare_ms.append((prepared - started) * 1000)
    numbers = {workspace.documents.prepare("invoice", o["id"], "zh+ru").number for o in orders}
    assert len(numbers) == len(orders)  # every order got its own number, reprints took none
    figures = {"service invoice 20 lines zh+ru, ms": {
        "median": round(statistics.median(wall), 1), "p90": round(statistics.quantiles(wall, n=10)[-1], 1),
        "cpu median": round(statistics.median(cpu), 1),
        "adapter + numbering median": round(statistics.median(prepare_ms), 1)}}
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "documents_service.json").write_text(json.dumps(figures, ensure_ascii=False, indent=1))
    print("\n" + json.dumps(figures, ensure_ascii=False, indent=1))
    assert figures["service invoice 20 lines zh+ru, ms"]["cpu median"] <= INVOICE_GOAL_MS
