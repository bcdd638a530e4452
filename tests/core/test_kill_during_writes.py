"""kill -9 in the middle of writes never corrupts the database nor separates a record from its outbox row."""

from __future__ import annotations

import itertools
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from heihe_desk.core.workspace import Workspace

WRITER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from heihe_desk.core.workspace import Workspace
    ws = Workspace.open(Path(sys.argv[1]))
    start = int(sys.argv[2])
    print("ready", flush=True)
    for i in range(start, start + 100_000):
        if i % 3:
            ws.save_product({"sku": f"K-{i:06d}", "name_zh": f"茶 {i}", "price_cny": "1.50"})
        else:
            ws.add_products([{"sku": f"B-{i:06d}-{j}", "name_zh": "批量"} for j in range(40)])
""")


def _kill_mid_write(folder: Path, start: int, after_s: float) -> None:
    process = subprocess.Popen([sys.executable, "-c", WRITER, str(folder), str(start)], stdout=subprocess.PIPE,
                               text=True)
    assert process.stdout is not None and process.stdout.readline().strip() == "ready"
    time.sleep(after_s)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()


def test_sigkill_during_saves_leaves_a_sound_consistent_database(tmp_path: Path) -> None:
    """Five writers killed at random moments: each reopen passes the integrity check, every product has its
    outbox row (and no outbox row lacks its product), the search index matches, and writing resumes."""
    folder = tmp_path / "data"
    Workspace.open(folder).close()
    rng = random.Random(7)
    counts = []
    for round_no in range(5):
        _kill_mid_write(folder, round_no * 1_000_000, rng.uniform(0.3, 0.9))
        with Workspace.open(folder) as ws:
            assert ws.check() == []
            orphans = ws.conn.execute(
                "SELECT count(*) FROM outbox o WHERE o.entity = 'products' AND NOT EXISTS"
                " (SELECT 1 FROM products p WHERE p.id = o.entity_id)").fetchone()[0]
            assert orphans == 0
            seqs = [r[0] for r in ws.conn.execute("SELECT device_seq FROM outbox ORDER BY device_seq")]
            assert seqs == list(range(1, len(seqs) + 1))  # gap-free: no half-written transaction left a hole
            ws.save_product({"sku": f"AFTER-{round_no}", "name_zh": "继续"})
            counts.append(ws.product_count())
    assert all(later > earlier + 10 for earlier, later in itertools.pairwise(counts))  # really wrote
