"""The Workspace façade: one window per folder, data folder override, code tables, settings, edits, health."""

from __future__ import annotations

from pathlib import Path

import pytest

from heihe_desk.core import paths
from heihe_desk.core.domain.errors import NotFoundError, ValidationError
from heihe_desk.core.settings import SETTINGS
from heihe_desk.core.storage.master_data import StaleEditError
from heihe_desk.core.workspace import AlreadyOpenError, Changes, Workspace

CODE_TABLES = ["countries", "currencies", "trade_modes", "transport_modes", "units", "wrap_types"]


# -- opening ----------------------------------------------------------------------------------------

def test_exclusive_open_refuses_a_second_window_until_the_first_closes(tmp_path):
    """A data folder held exclusively cannot be opened exclusively again; after close it can."""
    folder = tmp_path / "data"
    first = Workspace.open(folder, exclusive=True)
    try:
        with pytest.raises(AlreadyOpenError):
            Workspace.open(folder, exclusive=True)
    finally:
        first.close()
    second = Workspace.open(folder, exclusive=True)
    second.close()


def test_exclusive_lock_is_per_folder(tmp_path):
    """Two different data folders can be open exclusively at the same time (two classroom profiles)."""
    with Workspace.open(tmp_path / "a", exclusive=True), Workspace.open(tmp_path / "b", exclusive=True):
        pass


def test_data_dir_env_var_is_honoured(tmp_path, monkeypatch):
    """HEIHE_DESK_DATA_DIR overrides the per-user folder, so tests and classrooms never touch a real profile."""
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "profile"))
    assert paths.default_data_dir() == tmp_path / "profile"
    with Workspace.open() as ws:
        assert ws.data_dir == tmp_path / "profile"
    assert (tmp_path / "profile" / "heihe_desk.sqlite3").exists()


def test_without_the_env_var_the_per_user_folder_is_used(monkeypatch):
    """Without the override the folder is platformdirs' user data folder for the app."""
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    folder = paths.default_data_dir()
    assert folder.is_absolute() and paths.APP_NAME in folder.parts


def test_resources_folder_holds_the_code_tables():
    """The source checkout's resources/codes is where the workspace loads code tables from."""
    assert (paths.resources_dir() / "codes" / "units.json").exists()


def test_code_tables_load_once(tmp_path):
    """The first open loads every code table file; a second open of the same folder loads nothing new."""
    with Workspace.open(tmp_path / "data") as ws:
        assert sorted(ws.codes_loaded) == CODE_TABLES
    with Workspace.open(tmp_path / "data") as ws:
        assert ws.codes_loaded == []
        assert len(ws.codes("units")) > 100


def test_units_table_has_kilogram(workspace):
    """ws.codes('units') lists 035 (千克, kilogram) with its names in three languages."""
    kg = {e.code: e for e in workspace.codes("units")}["035"]
    assert kg.name_zh == "千克"
    assert kg.name("zh_CN") == "千克" and kg.name("en") and kg.name("ru")
    assert {e.code for e in workspace.codes("countries")} >= {"CHN", "RUS"}
    assert workspace.codes("no_such_table") == []


# -- settings ---------------------------------------------------------------------------------------

def test_settings_have_declared_defaults(workspace):
    """An untouched setting reads as its declared default, with its declared type."""
    for setting in SETTINGS.values():
        value = workspace.setting(setting.name)
        assert value == setting.default
        assert isinstance(value, setting.type)


def test_settings_round_trip_with_types_and_survive_reopen(tmp_path):
    """Values come back with their declared type, also after closing and reopening the folder."""
    with Workspace.open(tmp_path / "data") as ws:
        assert ws.set_setting("low_stock_threshold", 12) == Changes(settings=True)
        ws.set_setting("language", "ru")
        ws.set_setting("sync_server_url", "http://127.0.0.1:8000")
        ws.set_setting("low_stock_threshold", "7")  # a text field's value is converted to the type
    with Workspace.open(tmp_path / "data") as ws:
        assert ws.setting("low_stock_threshold") == 7
        assert type(ws.setting("low_stock_threshold")) is int
        assert ws.setting("language") == "ru"
        assert ws.setting("sync_server_url") == "http://127.0.0.1:8000"


def test_unknown_or_mistyped_setting_is_refused(workspace):
    """Only declared settings exist; a value that is not of the setting's type is not stored."""
    with pytest.raises(KeyError):
        workspace.set_setting("no_such_setting", 1)
    with pytest.raises(KeyError):
        workspace.setting("no_such_setting")
    with pytest.raises(ValueError):
        workspace.set_setting("low_stock_threshold", "many")
    assert workspace.setting("low_stock_threshold") == 5


# -- edits --------------------------------------------------------------------------------------------

def test_save_returns_the_record_and_what_changed(workspace, product_form):
    """save_product returns the validated record and Changes(products=True); get returns the same record."""
    product, changes = workspace.save_product(product_form())
    assert changes == Changes(products=True)
    assert workspace.product(product.id) == product
    assert workspace.product_row(product.id)["version"] == 1
    assert workspace.product_count() == 1
    partner, changes = workspace.save_partner({"kind": "buyer_person", "name": "Иван"})
    assert changes == Changes(partners=True)
    assert workspace.partner(partner.id) == partner


def test_changes_combine(workspace):
    """Changes from several use cases merge with |."""
    assert Changes(products=True) | Changes(codes=True) == Changes(products=True, codes=True)


def test_update_with_the_current_version_succeeds(workspace, product_form):
    """Saving with the version the editor loaded bumps the version."""
    product, _ = workspace.save_product(product_form())
    workspace.save_product(product_form(name_en="Green tea gift box"), record_id=product.id, expected_version=1)
    assert workspace.product_row(product.id)["version"] == 2
    assert workspace.product(product.id).name_en == "Green tea gift box"


def test_stale_edit_is_refused_and_changes_nothing(workspace, product_form):
    """An edit based on an old version (changed meanwhile elsewhere) raises StaleEditError; row, search
    index and outbox stay as they were."""
    product, _ = workspace.save_product(product_form())
    workspace.save_product(product_form(name_en="Second"), record_id=product.id, expected_version=1)
    row = workspace.product_row(product.id)
    outbox = workspace.pending_mutations()
    with pytest.raises(StaleEditError) as info:
        workspace.save_product(product_form(name_en="Stale", name_zh="旧版本"), record_id=product.id,
                               expected_version=1)
    assert info.value.record_id == product.id
    assert workspace.product_row(product.id) == row
    assert workspace.pending_mutations() == outbox
    assert workspace.product_rowids("旧版本") == []


def test_editing_a_deleted_product_is_not_found(workspace, product_form):
    """A product deleted meanwhile cannot be saved over."""
    product, _ = workspace.save_product(product_form())
    workspace.delete_product(product.id)
    with pytest.raises(NotFoundError):
        workspace.save_product(product_form(), record_id=product.id)
    with pytest.raises(NotFoundError):
        workspace.product(product.id)


def test_duplicate_inn_is_refused(workspace):
    """Two partners with the same INN are refused with a ValidationError on 'inn'."""
    data = {"kind": "buyer_company", "name": "ООО Амур", "inn": "7707083893", "kpp": "770701001"}
    workspace.save_partner(data)
    with pytest.raises(ValidationError) as info:
        workspace.save_partner({**data, "name": "ООО Амур-2"})
    assert info.value.fields() == {"inn"}


# -- health ---------------------------------------------------------------------------------------------

def test_check_is_empty_on_a_healthy_database(workspace, product_form):
    """A database used only through the workspace has no problems."""
    assert workspace.check() == []
    product, _ = workspace.save_product(product_form())
    workspace.save_product(product_form(sku="TEA-0002", barcode=""))
    workspace.delete_product(product.id)
    workspace.save_partner({"kind": "buyer_person", "name": "Иван"})
    workspace.add_products([product_form(sku=f"B-{i}", barcode="") for i in range(3)])
    assert workspace.check() == []


def test_check_reports_a_product_whose_search_row_was_deleted(workspace, product_form):
    """Removing a product's search entries by hand is reported, and rebuild_search repairs it."""
    product, _ = workspace.save_product(product_form())
    rowid = workspace.product_row(product.id)["rowid"]
    workspace.conn.execute("DELETE FROM products_tri WHERE rowid = ?", (rowid,))
    workspace.conn.execute("DELETE FROM products_uni WHERE rowid = ?", (rowid,))
    problems = workspace.check()
    assert any("products" in p and "search index" in p for p in problems)
    workspace.rebuild_search()
    assert workspace.check() == []
    assert workspace.product_rowids("茶") != []


def test_check_reports_a_missing_short_query_search_row(workspace, product_form):
    """Losing only the per-character index entry (used for 1–2 character queries) is reported too."""
    product, _ = workspace.save_product(product_form())
    rowid = workspace.product_row(product.id)["rowid"]
    workspace.conn.execute("DELETE FROM products_uni WHERE rowid = ?", (rowid,))
    assert workspace.product_rowids("茶") == []  # the damage is real: short queries miss the product
    assert workspace.check() != []


def test_check_reports_a_product_without_outbox_entry(workspace, product_form):
    """A product that never reached the outbox (would never sync) is reported."""
    product, _ = workspace.save_product(product_form())
    workspace.conn.execute("DELETE FROM outbox WHERE entity_id = ?", (product.id,))
    assert any("outbox" in p for p in workspace.check())


def test_workspace_closes_as_a_context_manager(tmp_path):
    """Leaving the with-block closes the database (and would release the folder lock)."""
    with Workspace.open(tmp_path / "data", exclusive=True) as ws:
        conn = ws.conn
    with pytest.raises(Exception, match="closed"):
        conn.execute("SELECT 1")
    Workspace.open(tmp_path / "data", exclusive=True).close()


def test_open_report_lists_migrations_of_a_new_folder(tmp_path):
    """A new folder reports every migration applied and no backup."""
    with Workspace.open(Path(tmp_path) / "data") as ws:
        assert ws.open_report.applied and ws.open_report.backup is None


def test_failed_open_releases_the_folder_lock(tmp_path, monkeypatch):
    """If opening fails after the lock was taken (here: a broken code-table file), the folder is not left
    locked while the error is still being shown, and the half-open database is closed."""
    broken = tmp_path / "res" / "codes"
    broken.mkdir(parents=True)
    (broken / "units.json").write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(paths, "resources_dir", lambda: tmp_path / "res")
    with pytest.raises(ValueError) as first_error:
        Workspace.open(tmp_path / "data", exclusive=True)
    monkeypatch.undo()
    assert first_error.value is not None  # the error is still alive, as in an error dialog
    Workspace.open(tmp_path / "data", exclusive=True).close()


def test_newer_code_table_from_the_platform_survives_reopening(tmp_path):
    """A code table the platform delivered (newer version) is not reverted to the shipped file on open."""
    from heihe_desk.core.storage import code_tables
    from heihe_desk.core.storage.database import transaction

    folder = tmp_path / "data"
    with Workspace.open(folder) as ws, transaction(ws.db) as conn:
        code_tables.replace_table(conn, "units", "9999.1", "platform",
                                  [{"code": "999", "zh": "新单位", "ru": "новая", "en": "new"}])
    with Workspace.open(folder) as ws:
        assert [e.code for e in ws.codes("units")] == ["999"]
        assert "units" not in ws.codes_loaded
