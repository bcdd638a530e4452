"""Backup to one file and restore: nothing lost, the current data kept aside, bad files refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from heihe_desk.core.backup import back_up, check_backup_file, restore
from heihe_desk.core.domain.errors import ValidationError
from heihe_desk.core.workspace import AlreadyOpenError, Workspace


def test_backup_then_restore_brings_back_the_data_and_keeps_the_current_copy(tmp_path: Path) -> None:
    """A product saved after the backup is gone after restoring it, but the pre-restore copy still has it."""
    folder = tmp_path / "data"
    with Workspace.open(folder) as ws:
        ws.save_product({"sku": "KEEP", "name_zh": "绿茶"})
        file = back_up(ws, tmp_path / "usb" / "shop")
        ws.save_product({"sku": "LATER", "name_zh": "红茶"})
    assert file.name == "shop.heihe-backup" and check_backup_file(file) == []
    report = restore(folder, file)
    with Workspace.open(folder) as ws:
        assert [r["sku"] for r in ws.product_rows(ws.product_rowids()).values()] == ["KEEP"]
        assert ws.check() == []
    assert report.previous_saved_as is not None
    kept = tmp_path / "kept"
    kept.mkdir()
    report.previous_saved_as.rename(kept / "heihe_desk.sqlite3")
    with Workspace.open(kept) as ws:
        assert {r["sku"] for r in ws.product_rows(ws.product_rowids()).values()} == {"KEEP", "LATER"}


def test_restore_is_refused_while_the_window_has_the_folder(tmp_path: Path) -> None:
    """One window per data folder: restoring under an open window would pull the file from under it."""
    folder = tmp_path / "data"
    with Workspace.open(folder) as ws:
        file = back_up(ws, tmp_path / "b.heihe-backup")
    with Workspace.open(folder, exclusive=True), pytest.raises(AlreadyOpenError):
        restore(folder, file)


@pytest.mark.parametrize("content", [b"", b"not a database at all" * 100])
def test_bad_backup_files_are_refused_and_nothing_changes(tmp_path: Path, content: bytes) -> None:
    """An empty or foreign file is named as not a backup; the folder's data stays as it was."""
    folder = tmp_path / "data"
    with Workspace.open(folder) as ws:
        ws.save_product({"sku": "STAY", "name_zh": "茶"})
    bad = tmp_path / "bad.heihe-backup"
    bad.write_bytes(content)
    with pytest.raises(ValidationError) as caught:
        restore(folder, bad)
    assert caught.value.fields() == {"file"}
    with Workspace.open(folder) as ws:
        assert ws.product_count() == 1


def test_missing_backup_file_is_named(tmp_path: Path) -> None:
    """A path that does not exist gets a message, not a traceback."""
    assert check_backup_file(tmp_path / "nope.heihe-backup")[0].field == "file"
