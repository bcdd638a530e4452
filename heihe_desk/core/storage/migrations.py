"""Numbered schema migrations; each step says why it exists. Never edit a released step: add one."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from heihe_desk.core.storage.schema import MIGRATION_SET, SCHEMA_VERSION

__all__ = ["MIGRATIONS", "SCHEMA_VERSION"]

MIGRATIONS = Migrations(MIGRATION_SET)



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
    from heihe_desk.core.storage.database import Database as AppDatabase
    from heihe_desk.core.storage.search_index import create_index, rebuild_index

    for entity in ("products", "partners"):
        create_index(AppDatabase(db.conn), entity)
        rebuild_index(AppDatabase(db.conn), entity)


@MIGRATIONS()
def m004_orders_stock_payments(db: Database) -> None:
    """Orders with lines and history, payments and rates, stock locations, batches, movements, waybills."""
    bookkeeping = "version INTEGER NOT NULL DEFAULT 1, created_at TEXT NOT NULL, updated_at TEXT NOT NULL"
    db.execute(f"""
        CREATE TABLE locations (
            id TEXT NOT NULL UNIQUE, name TEXT NOT NULL, kind TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1, {bookkeeping}, deleted_at TEXT)""")
    db.execute("""
        CREATE TABLE rates (
            id TEXT NOT NULL UNIQUE, rate_date TEXT NOT NULL, base TEXT NOT NULL, quote TEXT NOT NULL,
            rate TEXT NOT NULL, source TEXT NOT NULL CHECK (source IN ('manual', 'platform')),
            created_at TEXT NOT NULL)""")
    db.execute("CREATE INDEX rates_pair_date ON rates(base, quote, rate_date)")
    db.execute(f"""
        CREATE TABLE orders (
            id TEXT NOT NULL UNIQUE, number TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL CHECK (kind IN ('b2c', 'b2b')), trade_mode TEXT NOT NULL,
            buyer_id TEXT NOT NULL, buyer_name TEXT NOT NULL DEFAULT '', currency TEXT NOT NULL,
            order_date TEXT NOT NULL, status TEXT NOT NULL, location_id TEXT NOT NULL,
            freight INTEGER NOT NULL DEFAULT 0, insurance INTEGER NOT NULL DEFAULT 0,
            discount INTEGER NOT NULL DEFAULT 0, goods_total INTEGER NOT NULL DEFAULT 0,
            total INTEGER NOT NULL DEFAULT 0, paid INTEGER NOT NULL DEFAULT 0,
            line_count INTEGER NOT NULL DEFAULT 0, note TEXT NOT NULL DEFAULT '', {bookkeeping}, deleted_at TEXT)""")
    for name, columns in (("date", "order_date DESC"), ("status_date", "status, order_date DESC"),
                          ("mode_date", "trade_mode, order_date DESC"), ("buyer", "buyer_id, order_date DESC")):
        db.execute(f"CREATE INDEX orders_{name} ON orders({columns})")
    db.execute("""
        CREATE TABLE order_lines (
            id TEXT NOT NULL UNIQUE, order_id TEXT NOT NULL REFERENCES orders(id), line_no INTEGER NOT NULL,
            product_id TEXT NOT NULL, sku TEXT NOT NULL, name_zh TEXT NOT NULL, name_ru TEXT NOT NULL,
            name_en TEXT NOT NULL, hs_code TEXT NOT NULL, sale_unit TEXT NOT NULL,
            qty_milli INTEGER NOT NULL CHECK (qty_milli > 0), unit_price INTEGER NOT NULL, amount INTEGER NOT NULL,
            unit1 TEXT NOT NULL DEFAULT '', qty1 TEXT NOT NULL DEFAULT '', unit2 TEXT NOT NULL DEFAULT '',
            qty2 TEXT NOT NULL DEFAULT '', net_kg TEXT NOT NULL DEFAULT '', gross_kg TEXT NOT NULL DEFAULT '',
            batch_id TEXT NOT NULL DEFAULT '', UNIQUE (order_id, line_no))""")
    db.execute("CREATE INDEX order_lines_product ON order_lines(product_id)")
    db.execute("""
        CREATE TABLE order_events (
            id TEXT NOT NULL UNIQUE, order_id TEXT NOT NULL REFERENCES orders(id), from_status TEXT,
            to_status TEXT NOT NULL, at TEXT NOT NULL, actor TEXT NOT NULL, note TEXT NOT NULL DEFAULT '')""")
    db.execute("CREATE INDEX order_events_order ON order_events(order_id, at)")
    db.execute("""
        CREATE TABLE payments (
            id TEXT NOT NULL UNIQUE, order_id TEXT NOT NULL REFERENCES orders(id), amount INTEGER NOT NULL,
            currency TEXT NOT NULL, rate TEXT NOT NULL DEFAULT '', rate_id TEXT NOT NULL DEFAULT '',
            amount_order_currency INTEGER NOT NULL, paid_at TEXT NOT NULL, method TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL)""")
    db.execute("CREATE INDEX payments_order ON payments(order_id)")
    db.execute("""
        CREATE TABLE batches (
            id TEXT NOT NULL UNIQUE, product_id TEXT NOT NULL, supplier_id TEXT NOT NULL DEFAULT '',
            batch_no TEXT NOT NULL DEFAULT '', production_date TEXT NOT NULL DEFAULT '',
            expiry_date TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL)""")
    db.execute("CREATE INDEX batches_product ON batches(product_id, expiry_date)")
    db.execute("""
        CREATE TABLE stock_movements (
            id TEXT NOT NULL UNIQUE, product_id TEXT NOT NULL, location_id TEXT NOT NULL,
            batch_id TEXT NOT NULL DEFAULT '', qty_milli INTEGER NOT NULL CHECK (qty_milli != 0),
            kind TEXT NOT NULL, order_id TEXT NOT NULL DEFAULT '', line_id TEXT NOT NULL DEFAULT '',
            transfer_id TEXT NOT NULL DEFAULT '', at TEXT NOT NULL, note TEXT NOT NULL DEFAULT '',
            device_id TEXT NOT NULL)""")
    db.execute("CREATE INDEX stock_product_location ON stock_movements(product_id, location_id, qty_milli)")
    db.execute("CREATE INDEX stock_batch ON stock_movements(batch_id) WHERE batch_id != ''")
    db.execute("CREATE INDEX stock_order ON stock_movements(order_id) WHERE order_id != ''")
    db.execute(f"""
        CREATE TABLE waybills (
            id TEXT NOT NULL UNIQUE, order_id TEXT NOT NULL UNIQUE REFERENCES orders(id),
            waybill_no TEXT NOT NULL, carrier_id TEXT NOT NULL DEFAULT '', weight_kg TEXT NOT NULL DEFAULT '',
            length_cm TEXT NOT NULL DEFAULT '', width_cm TEXT NOT NULL DEFAULT '',
            height_cm TEXT NOT NULL DEFAULT '', parcels INTEGER NOT NULL DEFAULT 1, {bookkeeping})""")
    db.execute("CREATE INDEX waybills_no ON waybills(waybill_no)")
    db.execute("""
        CREATE TABLE waybill_events (
            id TEXT NOT NULL UNIQUE, waybill_id TEXT NOT NULL REFERENCES waybills(id), status TEXT NOT NULL,
            at TEXT NOT NULL, place TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '')""")
    db.execute("""
        CREATE TABLE doc_numbers (
            doc_type TEXT NOT NULL, year INTEGER NOT NULL, device_code TEXT NOT NULL, last INTEGER NOT NULL,
            PRIMARY KEY (doc_type, year, device_code))""")
    db.execute("""
        CREATE TABLE documents_issued (
            doc_type TEXT NOT NULL, subject_id TEXT NOT NULL, number TEXT NOT NULL UNIQUE, issued_at TEXT NOT NULL,
            PRIMARY KEY (doc_type, subject_id))""")


@MIGRATIONS()
def m005_live_row_sort_indexes(db: Database) -> None:
    """Sort indexes limited to live rows, so opening a list of 100k products or 200k orders never reads the table."""
    for column in ("name_zh", "name_ru", "name_en", "hs_code", "category", "updated_at"):
        db.execute(f"DROP INDEX products_{column}")
        db.execute(f"CREATE INDEX products_{column} ON products({column}) WHERE deleted_at IS NULL")
    db.execute("DROP INDEX partners_kind_name")
    db.execute("CREATE INDEX partners_name ON partners(name) WHERE deleted_at IS NULL")
    db.execute("CREATE INDEX partners_kind_name ON partners(kind, name) WHERE deleted_at IS NULL")
    for name, columns in (("date", "order_date DESC"), ("status_date", "status, order_date DESC"),
                          ("mode_date", "trade_mode, order_date DESC"), ("buyer", "buyer_id, order_date DESC")):
        db.execute(f"DROP INDEX orders_{name}")
        db.execute(f"CREATE INDEX orders_{name} ON orders({columns}) WHERE deleted_at IS NULL")
    db.execute("CREATE INDEX orders_number ON orders(number) WHERE deleted_at IS NULL")


@MIGRATIONS()
def m006_declarations(db: Database) -> None:
    """Customs messages (CEB603/303/403/505/701) as generated and queued, the replies customs sent, match keys."""
    # One row per message; sent messages are facts: replies move status/status_text, never the xml.
    db.execute("""
        CREATE TABLE declarations (
            id TEXT NOT NULL UNIQUE, order_id TEXT NOT NULL DEFAULT '', order_no TEXT NOT NULL DEFAULT '',
            message_type TEXT NOT NULL, guid TEXT NOT NULL, cop_no TEXT NOT NULL DEFAULT '',
            entities TEXT NOT NULL DEFAULT '[]', facts TEXT NOT NULL DEFAULT '{}', xml TEXT NOT NULL,
            status TEXT NOT NULL, status_text TEXT NOT NULL DEFAULT '', status_time TEXT NOT NULL DEFAULT '',
            version INTEGER NOT NULL DEFAULT 1, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)""")
    for name, columns in (("created", "created_at DESC"), ("status", "status, created_at DESC"),
                          ("type", "message_type, created_at DESC"), ("order", "order_id")):
        db.execute(f"CREATE INDEX declarations_{name} ON declarations({columns})")
    # Customs answer by whichever number they know (guid, copNo, invtNo, orderNo, logisticsNo …): one row per key,
    # so matching a reply is an index lookup even with 200k declarations.
    db.execute("""
        CREATE TABLE declaration_keys (
            message_type TEXT NOT NULL, kind TEXT NOT NULL, value TEXT NOT NULL, declaration_id TEXT NOT NULL,
            PRIMARY KEY (message_type, kind, value, declaration_id)) WITHOUT ROWID""")
    db.execute("CREATE INDEX declaration_keys_declaration ON declaration_keys(declaration_id)")
    # The same reply may arrive twice (a file imported again, a sync replay): dedupe makes storing it idempotent.
    db.execute("""
        CREATE TABLE declaration_replies (
            id TEXT NOT NULL UNIQUE, declaration_id TEXT NOT NULL REFERENCES declarations(id),
            message_type TEXT NOT NULL, entity_guid TEXT NOT NULL DEFAULT '', return_status TEXT NOT NULL,
            status TEXT NOT NULL, return_info TEXT NOT NULL DEFAULT '', return_time TEXT NOT NULL DEFAULT '',
            raw_xml TEXT NOT NULL, source TEXT NOT NULL DEFAULT '', received_at TEXT NOT NULL,
            dedupe TEXT NOT NULL, UNIQUE (declaration_id, dedupe))""")
    db.execute("CREATE INDEX declaration_replies_declaration ON declaration_replies(declaration_id, return_time)")


@MIGRATIONS()
def m010_sync_state(db: Database) -> None:
    """Sync bookkeeping beside the data (one transaction): pull cursor and server epoch, conflicts, server records."""
    # One row: the cursor must commit together with the changes it covers (sync rule 6).
    db.execute("""
        CREATE TABLE sync_state (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            server_url TEXT NOT NULL DEFAULT '',
            account TEXT NOT NULL DEFAULT '',
            epoch TEXT NOT NULL DEFAULT '',
            cursor TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL DEFAULT 'never',
            started_at TEXT,
            last_attempt_at TEXT,
            last_success_at TEXT,
            last_error TEXT,
            clock_skew_s REAL,
            server_device_seq INTEGER,
            previous_device_ids TEXT NOT NULL DEFAULT '[]'
        )""")
    db.execute("INSERT INTO sync_state(id) VALUES (1)")
    # Server versions that were not applied because the local row had unsent or rejected edits (rule 7/8).
    db.execute("""
        CREATE TABLE sync_conflicts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            reason TEXT NOT NULL,
            server_seq INTEGER NOT NULL,
            server_version INTEGER NOT NULL,
            server_deleted INTEGER NOT NULL DEFAULT 0,
            server_payload TEXT NOT NULL,
            detected_at TEXT NOT NULL,
            resolved_at TEXT,
            resolution TEXT
        )""")
    db.execute("CREATE UNIQUE INDEX sync_conflicts_open ON sync_conflicts(entity, entity_id) WHERE resolved_at IS NULL")
    # Platform-owned records without a table of their own yet (rates, customs replies, unknown kinds): kept, not lost.
    db.execute("""
        CREATE TABLE synced_records (
            entity TEXT NOT NULL,
            id TEXT NOT NULL,
            version INTEGER NOT NULL,
            deleted INTEGER NOT NULL DEFAULT 0,
            payload TEXT NOT NULL,
            server_seq INTEGER NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (entity, id)
        )""")
    # Records first received from the platform: they have no local outbox row by design (`check` skips them).
    db.execute("""
        CREATE TABLE sync_received (
            entity TEXT NOT NULL,
            id TEXT NOT NULL,
            PRIMARY KEY (entity, id)
        ) WITHOUT ROWID""")
    # Pull asks "does this record have unsent edits?" per page; the check report asks per record.
    db.execute("CREATE INDEX outbox_entity ON outbox(entity, entity_id, state)")
