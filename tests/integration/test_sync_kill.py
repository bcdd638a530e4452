"""`heihe-desk sync` killed with SIGKILL at each step, then run again: nothing lost, nothing applied twice."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from heihe_desk.core.sync import credentials, faults
from heihe_desk.core.sync.state import sync_status
from tests.integration.harness import assert_invariants, product

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def _cli_sync(desk, fault: str | None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, credentials.ENV: desk.token}
    env.pop(faults.ENV, None)
    if fault:
        env[faults.ENV] = fault
    return subprocess.run([sys.executable, "-m", "heihe_desk", "sync", "--data-dir", str(desk.ws.data_dir),
                           "--server", desk.platform.url, "--account", desk.account],
                          env=env, capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize("point", ["before_push", "after_push_response", "after_push_commit"])
def test_killed_while_pushing_then_resumed(make_desk, point):
    a = make_desk("a")
    a.ws.add_products([product(i) for i in range(30)])
    killed = _cli_sync(a, point)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert sync_status(a.ws.db).state == "syncing"        # what a crash leaves; the next run repairs it
    done = _cli_sync(a, None)
    assert done.returncode == 0, done.stderr
    assert "pushed" in done.stdout
    assert_invariants(a)
    assert len(a.platform.records("shop-1", "products")) == 30


@pytest.mark.parametrize("point", ["mid_pull_apply", "after_pull_commit"])
def test_killed_while_pulling_then_resumed(make_desk, point):
    a, b = make_desk("a"), make_desk("b")
    a.ws.add_products([product(i) for i in range(30)])
    assert a.sync().ok
    killed = _cli_sync(b, point)
    assert killed.returncode == -signal.SIGKILL
    if point == "mid_pull_apply":   # the half-applied page rolled back together with its cursor
        assert b.ws.product_count() == 0
        assert b.ws.conn.execute("SELECT cursor FROM sync_state").fetchone() == ("",)
    done = _cli_sync(b, None)
    assert done.returncode == 0, done.stderr
    assert b.ws.product_count() == 30 and len(b.ws.product_rowids("测试茶叶")) == 30
    assert_invariants(b)


def test_cli_reports_failure_with_the_reason_and_a_nonzero_exit(make_desk):
    a = make_desk("a")
    a.ws.save_product(product(1))
    a.platform.stop()
    result = _cli_sync(a, None)
    assert result.returncode == 1 and "offline" in result.stderr and "cannot reach" in result.stderr
    a.platform.start()
    result = _cli_sync(a, None)
    assert result.returncode == 0 and "pushed 1 (acked 1, rejected 0)" in result.stdout


def test_platform_add_account_prints_the_token_last(tmp_path):
    result = subprocess.run([sys.executable, "-m", "heihe_desk", "platform", "add-account", "student-07",
                             "--data-dir", str(tmp_path / "p")], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    token = result.stdout.strip().splitlines()[-1]
    assert len(token) >= 40 and " " not in token
    again = subprocess.run([sys.executable, "-m", "heihe_desk", "platform", "add-account", "student-07",
                            "--data-dir", str(tmp_path / "p")], capture_output=True, text=True, timeout=60)
    assert again.returncode == 1 and "already exists" in again.stderr


def _cli(desk, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in (credentials.ENV, faults.ENV)}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"  # never touch a developer's real keyring
    return subprocess.run([sys.executable, "-m", "heihe_desk", *args, "--data-dir", str(desk.ws.data_dir)],
                          env=env, input=stdin, capture_output=True, text=True, timeout=60)


def test_cli_login_reads_the_token_from_stdin_then_sync_attention_and_resend_work(make_desk, monkeypatch):
    from heihe_desk.core.storage import outbox
    from heihe_desk.core.storage.database import transaction

    a = make_desk("a")
    bad, _ = a.ws.save_product(product(1))
    with transaction(a.ws.db) as conn:
        outbox.append(conn, a.ws.device, "products", bad.id, "update", {**bad.as_row(), "barcode": "123"})
    wrong = _cli(a, "sync", "--login", "--server", a.platform.url, "--account", a.account, stdin="nonsense\n")
    assert wrong.returncode == 1 and "sign-in failed (auth-needed)" in wrong.stderr
    login = _cli(a, "sync", "--login", "--server", a.platform.url, "--account", a.account, stdin=a.token + "\n")
    assert login.returncode == 0, login.stderr
    assert a.token not in login.stdout + login.stderr          # never echoed
    done = _cli(a, "sync")                                     # address, account and token all remembered
    assert done.returncode == 0 and "rejected 1" in done.stdout, done.stderr
    attention = _cli(a, "--lang", "zh_CN", "sync", "--attention")
    assert "条形码" in attention.stdout and "1 change(s) need attention" in attention.stdout
    row = attention.stdout.split("\t", 1)[0]
    assert _cli(a, "sync", "--resend", row).returncode == 0
    assert "acked 1, rejected 0" in _cli(a, "sync").stdout
    status = _cli(a, "sync", "--status")
    assert "state: online" in status.stdout and "rejected: 0" in status.stdout


def test_cli_sync_refuses_while_the_app_has_the_folder_open(make_desk, tmp_path):
    from heihe_desk.core.sync.cli_commands import APP_LOCK_FILE
    from heihe_desk.core.workspace import LOCK_FILE, Workspace

    assert APP_LOCK_FILE == LOCK_FILE
    a = make_desk("a")
    a.ws.close()
    window = Workspace.open(a.ws.data_dir, exclusive=True)
    try:
        result = _cli(a, "sync", "--server", a.platform.url, "--account", a.account)
    finally:
        window.close()
    a.ws = Workspace.open(a.ws.data_dir)
    assert result.returncode == 1 and "has this data folder open" in result.stderr


def test_platform_serve_in_its_own_process_syncs_a_desk(tmp_path):
    import time

    import requests

    from heihe_desk.core.workspace import Workspace
    from tests.integration.harness import free_port

    folder, port = tmp_path / "platform", free_port()
    token = subprocess.run([sys.executable, "-m", "heihe_desk", "platform", "add-account", "shop", "--data-dir",
                            str(folder)], capture_output=True, text=True, timeout=60).stdout.strip().splitlines()[-1]
    server = subprocess.Popen([sys.executable, "-m", "heihe_desk", "platform", "serve", "--data-dir", str(folder),
                               "--port", str(port), "--customs-delay", "0"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        url = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                if requests.get(f"{url}/health", timeout=1).ok:
                    break
            except requests.ConnectionError:
                time.sleep(0.1)
        with Workspace.open(tmp_path / "desk") as ws:
            ws.add_products([product(i) for i in range(3)])
        env = {**os.environ, credentials.ENV: token}
        env.pop(faults.ENV, None)
        result = subprocess.run([sys.executable, "-m", "heihe_desk", "sync", "--data-dir", str(tmp_path / "desk"),
                                 "--server", url, "--account", "shop"], env=env, capture_output=True, text=True,
                                timeout=60)
        assert result.returncode == 0, result.stderr
        assert "pushed 3 (acked 3, rejected 0)" in result.stdout
        assert requests.get(f"{url}/openapi.json", timeout=5).json()["paths"].keys() >= {"/v1/push", "/v1/pull"}
    finally:
        server.terminate()
        server.wait(10)
