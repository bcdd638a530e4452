"""Numbered schema migrations; each step says why it exists. Never edit a released step: add one."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATIONS = Migrations("heihe_desk")

#: Schema version carried in every outbox row and sync request; bump with each migration.
SCHEMA_VERSION = 3


@MIGRATIONS()
def m001_device_outbox_codes(db: Database) -> None:
    """Device identity, the sync outbox and the code tables: sync must see every change since day one."""
    db.execute("""CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)""")
    db.execute("""CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)""")
    db.execute("""
        CREATE TABLE outbox (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            mutation_id TEXT NOT NULL UNIQUE,
            device_id TEXT NOT NULL,
            device_seq INTEGER NOT NULL,
            schema_version INTEGER NOT NULL,
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            op TEXT NOT NULL CHECK (op IN ('create', 'update', 'delete')),
            payload TEXT NOT NULL,
            created_at TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'acked', 'rejected')),
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT,
            UNIQUE (device_id, device_seq)
        )""")
    db.execute("CREATE INDEX outbox_pending ON outbox(state, seq)")
    db.execute("""
        CREATE TABLE code_entries (
            code_table TEXT NOT NULL,
            code TEXT NOT NULL,
            name_zh TEXT NOT NULL,
            name_ru TEXT NOT NULL,
            name_en TEXT NOT NULL,
            extra TEXT NOT NULL DEFAULT '{}',
            PRIMARY KEY (code_table, code)
        )""")
    db.execute("""
        CREATE TABLE code_table_versions (
            code_table TEXT PRIMARY KEY,
            version TEXT NOT NULL,
            source TEXT NOT NULL,
            loaded_at TEXT NOT NULL
        )""")


@MIGRATIONS()
def m002_products_partners(db: Database) -> None:
    """Product master and partners: the records every order, declaration and document refers to."""
    db.execute("""
        CREATE TABLE products (
            id TEXT NOT NULL UNIQUE,
            sku TEXT NOT NULL,
            name_zh TEXT NOT NULL,
            name_ru TEXT NOT NULL DEFAULT '',
            name_en TEXT NOT NULL DEFAULT '',
            barcode TEXT NOT NULL DEFAULT '',
            hs_code TEXT NOT NULL DEFAULT '',
            ciq_code TEXT NOT NULL DEFAULT '',
            tnved_code TEXT NOT NULL DEFAULT '',
            decl_elements TEXT NOT NULL DEFAULT '',
            sale_unit TEXT NOT NULL DEFAULT '007',
            unit1 TEXT NOT NULL DEFAULT '',
            unit1_per_sale TEXT NOT NULL DEFAULT '',
            unit2 TEXT NOT NULL DEFAULT '',
            unit2_per_sale TEXT NOT NULL DEFAULT '',
            net_weight_kg TEXT NOT NULL DEFAULT '',
            gross_weight_kg TEXT NOT NULL DEFAULT '',
            origin_country TEXT NOT NULL DEFAULT 'CHN',
            brand TEXT NOT NULL DEFAULT '',
            price_cny INTEGER,
            price_rub INTEGER,
            category TEXT NOT NULL DEFAULT '',
            active INTEGER NOT NULL DEFAULT 1,
            version INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT
        )""")
    db.execute("CREATE UNIQUE INDEX products_sku ON products(sku) WHERE deleted_at IS NULL")
    db.execute("CREATE INDEX products_barcode ON products(barcode) WHERE barcode != ''")
    for column in ("name_zh", "name_ru", "name_en", "hs_code", "category", "updated_at"):
        db.execute(f"CREATE INDEX products_{column} ON products({column})")
    db.execute("""
        CREATE TABLE partners (
            id TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            name TEXT NOT NULL,
            name_ru TEXT NOT NULL DEFAULT '',
            name_en TEXT NOT NULL DEFAULT '',
            country TEXT NOT NULL DEFAULT 'RUS',
            inn TEXT NOT NULL DEFAULT '',
            kpp TEXT NOT NULL DEFAULT '',
            uscc TEXT NOT NULL DEFAULT '',
            customs_code TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            contact TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            active INTEGER NOT NULL DEFAULT 1,
            version INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT
        )""")
    db.execute("CREATE INDEX partners_kind_name ON partners(kind, name)")


@MIGRATIONS()
def m003_search_indexes(db: Database) -> None:
    """Search-as-you-type over CJK, Cyrillic and Latin: trigram + per-character FTS5 indexes."""
    from heihe_desk.core.storage.search_index import create_index, rebuild_index

    for entity in ("products", "partners"):
        create_index(db, entity)
        rebuild_index(db, entity)
