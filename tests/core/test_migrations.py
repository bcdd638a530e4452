"""Every old schema version upgrades to head with its data intact and a backup of the old file first."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlite_utils import Database

from heihe_desk.core.storage.database import BACKUP_DIR, DB_FILE, connect, migration_database, open_database
from heihe_desk.core.storage.migrations import MIGRATIONS, SCHEMA_VERSION
from heihe_desk.core.workspace import PRODUCTS, Workspace

NAMES = [m.name for m in MIGRATIONS._migrations]
NOW = "2025-01-01T00:00:00.000Z"


# -- representative data, per migration that created its tables ---------------------------------------

def seed_m001(db: Database) -> None:
    """Device identity, a setting, a pending outbox row and a code table, as a v1 database would hold."""
    db.execute("INSERT INTO meta(key, value) VALUES ('device_id', 'dev-1'), ('device_code', 'AB23'),"
               " ('device_seq', '1')")
    db.execute("INSERT INTO settings(key, value) VALUES ('language', 'ru')")
    db.execute("INSERT INTO outbox(mutation_id, device_id, device_seq, schema_version, entity, entity_id, op,"
               " payload, created_at) VALUES ('m-1', 'dev-1', 1, 1, 'settings', 'language', 'update',"
               " '{\"id\":\"language\"}', ?)", (NOW,))
    db.execute("INSERT INTO code_entries(code_table, code, name_zh, name_ru, name_en) VALUES"
               " ('legacy', 'X1', '旧', 'Старый', 'Old')")
    db.execute("INSERT INTO code_table_versions VALUES ('legacy', '1', 'test', ?)", (NOW,))


def verify_m001(conn: sqlite3.Connection) -> None:
    assert dict(conn.execute("SELECT key, value FROM meta").fetchall()) == {
        "device_id": "dev-1", "device_code": "AB23", "device_seq": "1"}
    assert conn.execute("SELECT value FROM settings WHERE key = 'language'").fetchone() == ("ru",)
    assert conn.execute("SELECT mutation_id, state FROM outbox").fetchall() == [("m-1", "pending")]
    assert conn.execute("SELECT name_ru FROM code_entries WHERE code_table = 'legacy'").fetchone() == ("Старый",)


_PRODUCTS = [
    ("p-1", "TEA-0001", "绿茶礼盒装", "Зелёный чай 250 г", "Green tea", "6901234567892", "0902109000", None),
    ("p-2", "CUP-0001", "玻璃杯", "Стакан", "Glass cup", "", "7013370000", None),
    ("p-3", "OLD-0001", "旧茶叶", "Старый чай", "Old tea", "", "0902109000", NOW),   # a tombstone
]


def seed_m002(db: Database) -> None:
    """Live and deleted products and a partner in the v2 schema (no search index yet)."""
    for pid, sku, zh, ru, en, barcode, hs, deleted in _PRODUCTS:
        db.execute("INSERT INTO products(id, sku, name_zh, name_ru, name_en, barcode, hs_code, price_cny,"
                   " created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?, 4500, ?, ?, ?)",
                   (pid, sku, zh, ru, en, barcode, hs, NOW, NOW, deleted))
    db.execute("INSERT INTO partners(id, kind, name, inn, kpp, created_at, updated_at) VALUES"
               " ('b-1', 'buyer_company', 'ООО Амур', '7707083893', '770701001', ?, ?)", (NOW, NOW))


def verify_m002(conn: sqlite3.Connection) -> None:
    rows = conn.execute("SELECT id, sku, name_zh, name_ru, barcode, hs_code, price_cny, deleted_at, version"
                        " FROM products ORDER BY id").fetchall()
    assert rows == [(p[0], p[1], p[2], p[3], p[5], p[6], 4500, p[7], 1) for p in _PRODUCTS]
    assert conn.execute("SELECT name, inn, kpp FROM partners").fetchall() == [
        ("ООО Амур", "7707083893", "770701001")]


def seed_m003(db: Database) -> None:
    """The search index holds only derived data; nothing to seed."""


def verify_m003(conn: sqlite3.Connection) -> None:
    """Products and partners that existed before the index migration are searchable afterwards."""
    if not conn.execute("SELECT count(*) FROM products").fetchone()[0]:
        return
    by_rowid = {r[0]: r[1] for r in conn.execute("SELECT rowid, id FROM products")}

    def found(query: str) -> set[str]:
        return {by_rowid[r] for r in PRODUCTS.query_rowids(conn, query)}

    assert found("茶") == {"p-1"}          # 1 character, unigram index
    assert found("绿茶") == {"p-1"}
    assert found("礼盒装") == {"p-1"}      # trigram index
    assert found("зелен") == {"p-1"}
    assert found("стакан") == {"p-2"}
    assert found("690123") == {"p-1"}
    assert found("старый") == set()        # tombstones are never indexed
    partners = conn.execute("SELECT count(*) FROM partners_tri WHERE partners_tri MATCH '\"амур\"'").fetchone()
    assert partners == (1,)


def seed_m004(db: Database) -> None:
    """An order with a line, its sale movement, a payment in roubles and a waybill, in the v4 schema."""
    db.execute("INSERT INTO locations(id, name, kind, created_at, updated_at) VALUES ('l-1', 'Shop', 'shop', ?, ?)",
               (NOW, NOW))
    db.execute("INSERT INTO orders(id, number, kind, trade_mode, buyer_id, currency, order_date, status, location_id,"
               " goods_total, total, created_at, updated_at) VALUES ('o-1', 'ORD-2025-AB23-000001', 'b2c', '9610',"
               " 'b-1', 'CNY', '2025-01-01', 'confirmed', 'l-1', 9100, 9100, ?, ?)", (NOW, NOW))
    db.execute("INSERT INTO order_lines(id, order_id, line_no, product_id, sku, name_zh, name_ru, name_en, hs_code,"
               " sale_unit, qty_milli, unit_price, amount) VALUES ('ol-1', 'o-1', 1, 'p-1', 'TEA-0001', '绿茶', 'Чай',"
               " 'Tea', '0902109000', '007', 2000, 4550, 9100)")
    db.execute("INSERT INTO stock_movements(id, product_id, location_id, qty_milli, kind, order_id, line_id, at,"
               " device_id) VALUES ('m-1', 'p-1', 'l-1', -2000, 'sale', 'o-1', 'ol-1', ?, 'dev-1')", (NOW,))
    db.execute("INSERT INTO payments(id, order_id, amount, currency, rate, amount_order_currency, paid_at,"
               " created_at) VALUES ('pay-1', 'o-1', 113750, 'RUB', '0.08', 9100, '2025-01-02', ?)", (NOW,))


def verify_m004(conn: sqlite3.Connection) -> None:
    assert conn.execute("SELECT number, status, total FROM orders").fetchall() == [
        ("ORD-2025-AB23-000001", "confirmed", 9100)]
    assert conn.execute("SELECT SUM(qty_milli) FROM stock_movements WHERE product_id = 'p-1'").fetchone() == (-2000,)
    assert conn.execute("SELECT amount, rate FROM payments").fetchall() == [(113750, "0.08")]


def seed_m010(db: Database) -> None:
    """Sync state with a cursor, an open conflict and a kept platform record (rate), in the sync schema."""
    db.execute("UPDATE sync_state SET server_url = 'http://127.0.0.1:8765', account = 'shop-1', epoch = 'e1',"
               " cursor = 'e1.7.abc', state = 'online', last_success_at = ?", (NOW,))
    db.execute("INSERT INTO sync_conflicts(entity, entity_id, reason, server_seq, server_version, server_payload,"
               " detected_at) VALUES ('products', 'p-1', 'local edits', 5, 3, '{\"sku\":\"TEA-0001\"}', ?)", (NOW,))
    db.execute("INSERT INTO synced_records(entity, id, version, payload, server_seq, updated_at) VALUES"
               " ('rate', 'CNY-RUB-2025-01-01', 1, '{\"rate\":\"12.5\"}', 6, ?)", (NOW,))
    db.execute("INSERT INTO sync_received(entity, id) VALUES ('products', 'p-2')")


def verify_m010(conn: sqlite3.Connection) -> None:
    assert conn.execute("SELECT cursor, epoch, state FROM sync_state").fetchall() == [("e1.7.abc", "e1", "online")]
    assert conn.execute("SELECT entity_id, server_version FROM sync_conflicts WHERE resolved_at IS NULL"
                        ).fetchall() == [("p-1", 3)]
    assert conn.execute("SELECT payload FROM synced_records").fetchall() == [('{"rate":"12.5"}',)]
    assert conn.execute("SELECT entity, id FROM sync_received").fetchall() == [("products", "p-2")]


def seed_m005(db: Database) -> None:
    """Indexes only; the data of earlier steps must come through unchanged."""


def verify_m005(conn: sqlite3.Connection) -> None:
    """Sorting live products by Chinese name is answered from the index alone."""
    plan = " ".join(str(r) for r in conn.execute(
        "EXPLAIN QUERY PLAN SELECT rowid FROM products WHERE deleted_at IS NULL ORDER BY name_zh"))
    assert "products_name_zh" in plan and "TEMP B-TREE" not in plan


def seed_m006(db: Database) -> None:
    """A queued list declaration of the m004 order with its match key and one customs reply."""
    db.execute("INSERT INTO declarations(id, order_id, order_no, message_type, guid, cop_no, entities, xml, status,"
               " created_at, updated_at) VALUES ('d-1', 'o-1', 'ORD-2025-AB23-000001', 'CEB603', 'G-1', 'C1',"
               " '[{\"cop_no\":\"C1\"}]', '<ceb:CEB603Message/>', 'accepted', ?, ?)", (NOW, NOW))
    db.execute("INSERT INTO declaration_keys VALUES ('CEB603', 'cop_no', 'C1', 'd-1')")
    db.execute("INSERT INTO declaration_replies(id, declaration_id, message_type, return_status, status, return_info,"
               " return_time, raw_xml, received_at, dedupe) VALUES ('r-1', 'd-1', 'CEB604', '120', 'accepted',"
               " '入库', '20250101101112013', '<ceb:CEB604Message/>', ?, 'x')", (NOW,))


def verify_m006(conn: sqlite3.Connection) -> None:
    assert conn.execute("SELECT order_no, status, xml FROM declarations").fetchall() == [
        ("ORD-2025-AB23-000001", "accepted", "<ceb:CEB603Message/>")]
    assert conn.execute("SELECT declaration_id FROM declaration_keys WHERE message_type = 'CEB603'"
                        " AND kind = 'cop_no' AND value = 'C1'").fetchall() == [("d-1",)]
    assert conn.execute("SELECT return_status, return_info FROM declaration_replies").fetchall() == [("120", "入库")]


SEEDS: dict[str, tuple[Callable[[Database], None], Callable[[sqlite3.Connection], None]]] = {
    "m001_device_outbox_codes": (seed_m001, verify_m001),
    "m002_products_partners": (seed_m002, verify_m002),
    "m003_search_indexes": (seed_m003, verify_m003),
    "m004_orders_stock_payments": (seed_m004, verify_m004),
    "m005_live_row_sort_indexes": (seed_m005, verify_m005),
    "m006_declarations": (seed_m006, verify_m006),
    "m010_sync_state": (seed_m010, verify_m010),
}


def test_every_migration_has_representative_data():
    """A new migration must come with seed data for the upgrade test below (habit 5)."""
    assert list(SEEDS) == NAMES


def test_schema_version_counts_the_migrations():
    """SCHEMA_VERSION (sent with every outbox row and sync request) is bumped with each migration."""
    assert len(NAMES) == SCHEMA_VERSION


def test_every_migration_says_why_it_exists():
    """Each step carries a one-line docstring stating its reason (habit 5)."""
    for migration in MIGRATIONS._migrations:
        assert (migration.fn.__doc__ or "").strip(), migration.name


def build_old_database(folder: Path, stop_before: str) -> list[str]:
    """A data folder whose database stopped before ``stop_before``, filled with data valid for that schema."""
    folder.mkdir(parents=True)
    db = migration_database(connect(folder / DB_FILE))
    try:
        MIGRATIONS.ensure_migrations_table(db)
        # Seed each step's data right after that step, as a real installation accumulates it: data added
        # after a later step (e.g. products after the search index) would be another, newer history.
        for name in NAMES[:NAMES.index(stop_before)]:
            following = NAMES[NAMES.index(name) + 1]
            MIGRATIONS.apply(db, stop_before=following)
            with db.atomic():
                SEEDS[name][0](db)
        applied = [m.name for m in MIGRATIONS.applied(db)]
        assert applied == NAMES[:NAMES.index(stop_before)]
    finally:
        db.close()
    return applied


@pytest.mark.parametrize("stop_before", NAMES)
def test_old_database_upgrades_to_head_with_data_intact_and_a_backup(tmp_path, stop_before):
    """Opening a database built before ``stop_before`` applies every pending migration, keeps its data,
    and first leaves a readable copy of the old version in backups/."""
    folder = tmp_path / "data"
    old = build_old_database(folder, stop_before)

    db, report = open_database(folder)
    try:
        assert report.applied == tuple(NAMES[len(old):])
        assert MIGRATIONS.pending(migration_database(db)) == []
        assert [m.name for m in MIGRATIONS.applied(migration_database(db))] == NAMES
        for name in old:
            SEEDS[name][1](db.conn)
        verify_m003(db.conn)
    finally:
        db.close()

    assert report.backup is not None and report.backup.exists()
    assert report.backup.parent == folder / BACKUP_DIR
    backup = sqlite3.connect(report.backup)
    try:
        assert backup.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert [r[0] for r in backup.execute("SELECT name FROM _sqlite_migrations ORDER BY id")] == old
        for name in old:
            SEEDS[name][1](backup)
        tables = {r[0] for r in backup.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        newest = MIGRATIONS._migrations[len(old)].fn
        assert newest.__name__ not in [r[0] for r in backup.execute("SELECT name FROM _sqlite_migrations")]
        if "m003_search_indexes" not in old:
            assert "products_tri" not in tables  # the copy really is the old version
    finally:
        backup.close()


@pytest.mark.parametrize("stop_before", NAMES)
def test_upgraded_database_opens_as_a_working_workspace(tmp_path, stop_before):
    """After upgrading from any old version the Workspace opens, keeps the device id and passes check()
    apart from records that predate the outbox."""
    folder = tmp_path / "data"
    old = build_old_database(folder, stop_before)
    with Workspace.open(folder) as ws:
        if "m001_device_outbox_codes" in old:
            assert ws.device.id == "dev-1"
        problems = [p for p in ws.check() if "no outbox entry" not in p]
        assert problems == []
        ws.save_product({"sku": "NEW-1", "name_zh": "新茶"})
        assert ws.product_rowids("新茶")


def test_fresh_folder_is_created_at_head_without_a_backup(tmp_path):
    """A brand-new data folder has nothing to protect: no backup is made."""
    db, report = open_database(tmp_path / "data")
    db.close()
    assert report.applied == tuple(NAMES)
    assert report.backup is None
    assert not (tmp_path / "data" / BACKUP_DIR).exists()


def test_up_to_date_database_opens_without_migrating_or_backing_up(tmp_path):
    """Re-opening a current database applies nothing and copies nothing."""
    db, _ = open_database(tmp_path / "data")
    db.close()
    db, report = open_database(tmp_path / "data")
    db.close()
    assert report == type(report)((), None)
    assert not (tmp_path / "data" / BACKUP_DIR).exists()
