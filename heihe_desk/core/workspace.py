"""The one façade over a data folder: every use case the UI and CLI need, and what each one changed."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from filelock import FileLock, Timeout

from heihe_desk.core import paths
from heihe_desk.core.domain.errors import N_, Issue, ValidationError
from heihe_desk.core.domain.partner import FIELDS as PARTNER_FIELDS
from heihe_desk.core.domain.partner import Partner, validate_partner
from heihe_desk.core.domain.product import FIELDS as PRODUCT_FIELDS
from heihe_desk.core.domain.product import Product, validate_product
from heihe_desk.core.domain.record import utc_now
from heihe_desk.core.services.context import Context
from heihe_desk.core.services.orders import Orders
from heihe_desk.core.services.rates import Rates
from heihe_desk.core.services.stock import Stock
from heihe_desk.core.settings import SETTINGS, decode, encode
from heihe_desk.core.storage import code_tables, outbox
from heihe_desk.core.storage.database import (
    DB_FILE,
    OpenReport,
    connect,
    integrity_problems,
    open_database,
    transaction,
)
from heihe_desk.core.storage.master_data import MasterTable
from heihe_desk.core.storage.search_index import rebuild_index
from heihe_desk.core.sync import conflicts as sync_conflicts
from heihe_desk.core.sync import queue as sync_queue
from heihe_desk.core.sync import state as sync_state
from heihe_desk.core.sync.state import SyncStatus

if TYPE_CHECKING:
    from heihe_desk.core.services.declarations import Declarations
    from heihe_desk.core.services.documents import Documents
    from heihe_desk.core.sync.client import SyncReport

PRODUCTS = MasterTable("products", PRODUCT_FIELDS,
                       ("sku", "name_zh", "name_ru", "name_en", "hs_code", "category", "updated_at"))
PARTNERS = MasterTable("partners", PARTNER_FIELDS, ("name", "kind", "country", "updated_at"))

LOCK_FILE = "heihe_desk.lock"
ProgressFn = Callable[[int, int], None]


@dataclass(frozen=True)
class Changes:
    """What a use case changed, so each page refreshes only what it shows (emitted once per action)."""

    products: bool = False
    partners: bool = False
    settings: bool = False
    codes: bool = False
    orders: bool = False
    stock: bool = False
    rates: bool = False
    declarations: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{k: getattr(self, k) or getattr(other, k) for k in self.__dataclass_fields__})


class AlreadyOpenError(RuntimeError):
    """Another Heihe Desk window already has this data folder open."""


class Workspace:
    """An open data folder. Create with :meth:`open`; close when done."""

    def __init__(self, data_dir: Path, db: Any, report: OpenReport, lock: FileLock | None):
        self.data_dir = data_dir
        self.db = db
        self.open_report = report
        self._lock = lock
        with transaction(db) as conn:
            self.device = outbox.ensure_device(conn)
            self.codes_loaded = code_tables.load_files(conn, paths.resources_dir() / "codes")
        self._code_sets = code_tables.code_sets(self.conn)
        self._context = context = Context(db, self.device, self._code_sets)
        self.rates = Rates(context)
        self.stock = Stock(context)
        self.orders = Orders(context, self.rates, self.stock)

    # Customs (lxml, the XSD) and PDF (reportlab, fonts) cost a noticeable part of start-up: load on first use.
    @cached_property
    def declarations(self) -> Declarations:
        from heihe_desk.core.services.declarations import Declarations

        return Declarations(self._context, self.orders, self.rates, lambda: connect(self.data_dir / DB_FILE))

    @cached_property
    def documents(self) -> Documents:
        from heihe_desk.core.services.documents import Documents

        return Documents(self._context, self.orders, self.partner, self.product, self.setting)

    @classmethod
    def open(cls, data_dir: Path | None = None, exclusive: bool = False, check: bool = True) -> Workspace:
        """Open a data folder (default: the per-user one); ``exclusive`` holds the one-window lock.

        ``check=False`` skips the whole-file integrity check at open; the caller must then run
        :meth:`quick_check` (the window does so in the background right after it shows).
        """
        folder = Path(data_dir) if data_dir else paths.default_data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        lock = None
        if exclusive:
            lock = FileLock(str(folder / LOCK_FILE))
            try:
                lock.acquire(timeout=0)
            except Timeout:
                raise AlreadyOpenError(str(folder)) from None
        try:
            db, report = open_database(folder, check=check)
        except Exception:
            if lock:
                lock.release()
            raise
        try:
            return cls(folder, db, report, lock)
        except BaseException:
            db.close()
            if lock:
                lock.release()
            raise

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn  # type: ignore[no-any-return]

    def close(self) -> None:
        self.db.close()
        if self._lock:
            self._lock.release()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- products ---------------------------------------------------------------------------------

    def save_product(self, data: Mapping[str, Any], record_id: str | None = None,
                     expected_version: int | None = None) -> tuple[Product, Changes]:
        """Create (no id) or update a product; validation first, then the row and its outbox entry at once."""
        product = validate_product(data, self._code_sets, record_id)
        self._unique(PRODUCTS, "sku", product.sku, product.id, N_("SKU"), "TEA-0002")
        self._save(PRODUCTS, product.as_row(), record_id, expected_version)
        return product, Changes(products=True)

    def check_product(self, data: Mapping[str, Any], record_id: str | None = None) -> list[Issue]:
        """The issues a save would report, without writing (for inline validation in forms)."""
        try:
            validate_product(data, self._code_sets, record_id)
        except ValidationError as error:
            return error.issues
        return []

    def delete_product(self, record_id: str) -> Changes:
        self._delete(PRODUCTS, record_id)
        return Changes(products=True)

    def product(self, record_id: str) -> Product:
        return _product_from_row(PRODUCTS.get(self.conn, record_id))

    def product_row(self, record_id: str) -> dict[str, Any]:
        """The stored row, with its version for a later ``expected_version``."""
        return PRODUCTS.get(self.conn, record_id)

    def product_rowids(self, search: str = "", sort: str = "sku", descending: bool = False,
                       active_only: bool = False) -> list[int]:
        return PRODUCTS.query_rowids(self.conn, search, sort, descending, {"active": 1} if active_only else None)

    def product_rows(self, rowids: Iterable[int]) -> dict[int, dict[str, Any]]:
        return PRODUCTS.fetch(self.conn, list(rowids))

    def product_by_barcode(self, barcode: str) -> Product | None:
        rows = PRODUCTS.find(self.conn, "barcode", barcode.strip())
        return _product_from_row(rows[0]) if rows else None

    def product_count(self) -> int:
        return PRODUCTS.count(self.conn)

    def add_products(self, rows: list[Mapping[str, Any]], progress: ProgressFn | None = None) -> Changes:
        """Validate every row, then insert all in one transaction with their outbox rows, or nothing."""
        products = [validate_product(r, self._code_sets) for r in rows]
        seen = {row[0] for row in self.conn.execute("SELECT sku FROM products WHERE deleted_at IS NULL")}
        for product in products:
            if product.sku in seen:
                raise ValidationError([Issue("sku", N_("SKU"), N_("is already used by another record"),
                                             "TEA-0002")])
            seen.add(product.sku)
        self._insert_bulk(PRODUCTS, [p.as_row() for p in products], progress)
        return Changes(products=True)

    # -- partners ---------------------------------------------------------------------------------

    def save_partner(self, data: Mapping[str, Any], record_id: str | None = None,
                     expected_version: int | None = None) -> tuple[Partner, Changes]:
        partner = validate_partner(data, self._code_sets.get("countries", set()), record_id)
        if partner.inn:
            # Branches of one Russian company share the INN and differ by KPP: the pair must be unique.
            self._unique(PARTNERS, "inn", partner.inn, partner.id, N_("INN"), "7707083893",
                         same=lambda row: row["kpp"] == partner.kpp)
        self._save(PARTNERS, partner.as_row(), record_id, expected_version)
        return partner, Changes(partners=True)

    def check_partner(self, data: Mapping[str, Any], record_id: str | None = None) -> list[Issue]:
        """The issues a save would report, without writing."""
        try:
            validate_partner(data, self._code_sets.get("countries", set()), record_id)
        except ValidationError as error:
            return error.issues
        return []

    def delete_partner(self, record_id: str) -> Changes:
        self._delete(PARTNERS, record_id)
        return Changes(partners=True)

    def partner(self, record_id: str) -> Partner:
        row = PARTNERS.get(self.conn, record_id)
        return Partner(**{k: row[k] for k in PARTNER_FIELDS} | {"active": bool(row["active"])})

    def partner_row(self, record_id: str) -> dict[str, Any]:
        return PARTNERS.get(self.conn, record_id)

    def partner_rowids(self, search: str = "", sort: str = "name", descending: bool = False,
                       kind: str | None = None) -> list[int]:
        return PARTNERS.query_rowids(self.conn, search, sort, descending, {"kind": kind} if kind else None)

    def partner_rows(self, rowids: Iterable[int]) -> dict[int, dict[str, Any]]:
        return PARTNERS.fetch(self.conn, list(rowids))

    def add_partners(self, rows: list[Mapping[str, Any]], progress: ProgressFn | None = None) -> Changes:
        countries = self._code_sets.get("countries", set())
        partners = [validate_partner(r, countries) for r in rows]
        self._insert_bulk(PARTNERS, [p.as_row() for p in partners], progress)
        return Changes(partners=True)

    # -- reference data, settings, health ---------------------------------------------------------

    def codes(self, table: str) -> list[code_tables.CodeEntry]:
        return code_tables.entries(self.conn, table)

    def setting(self, name: str) -> Any:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (name,)).fetchone()
        return decode(name, row[0] if row else None)

    def set_setting(self, name: str, value: Any) -> Changes:
        if name not in SETTINGS:
            raise KeyError(name)
        with transaction(self.db) as conn:
            conn.execute("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)", (name, encode(name, value)))
        return Changes(settings=True)

    def pending_mutations(self) -> int:
        return outbox.pending_count(self.conn)

    def check(self) -> list[str]:
        """Full integrity check plus the app's own invariants; an empty list means healthy.

        Uses a connection of its own, so it can run on a worker thread while the window keeps reading.
        """
        db = connect(self.data_dir / DB_FILE)
        try:
            return _problems(db)
        finally:
            db.close()

    def quick_check(self) -> list[str]:
        """SQLite's quick_check on a connection of its own (safe on a worker thread)."""
        db = connect(self.data_dir / DB_FILE)
        try:
            return integrity_problems(db, quick=True)
        finally:
            db.close()

    def rebuild_search(self) -> None:
        with transaction(self.db):
            for table in (PRODUCTS, PARTNERS):
                rebuild_index(self.db, table.entity)

    # -- internals --------------------------------------------------------------------------------

    def _unique(self, table: MasterTable, column: str, value: str, own_id: str, label: str, example: str,
                same: Callable[[dict[str, Any]], bool] = lambda row: True) -> None:
        clash = [r for r in table.find(self.conn, column, value) if r["id"] != own_id and same(r)]
        if clash:
            raise ValidationError([Issue(column, label, N_("is already used by another record"), example)])

    def _save(self, table: MasterTable, row: dict[str, Any], record_id: str | None,
              expected_version: int | None) -> None:
        now = utc_now()
        with transaction(self.db) as conn:
            if record_id is None:
                stored = table.insert(conn, row, now)
                op = "create"
            else:
                stored = table.update(conn, record_id, row, now, expected_version)
                op = "update"
            outbox.append(conn, self.device, table.entity, row["id"], op, _payload(stored))

    def _delete(self, table: MasterTable, record_id: str) -> None:
        now = utc_now()
        with transaction(self.db) as conn:
            stored = table.tombstone(conn, record_id, now)
            outbox.append(conn, self.device, table.entity, record_id, "delete",
                          {"id": record_id, "version": stored["version"] + 1, "deleted_at": now})

    def _insert_bulk(self, table: MasterTable, rows: list[dict[str, Any]], progress: ProgressFn | None) -> None:
        now = utc_now()
        chunk = 2000
        with transaction(self.db) as conn:
            for start in range(0, len(rows), chunk):
                part = rows[start:start + chunk]
                table.insert_many(conn, part, now)
                outbox.append_many(conn, self.device, table.entity, "create",
                                   [(r["id"], {**r, "version": 1}) for r in part])
                if progress:
                    progress(min(start + chunk, len(rows)), len(rows))

    # -- sync (owned by core/sync) ----------------------------------------------------------------

    def sync(self, progress: Callable[[str, int], None] | None = None) -> tuple[SyncReport, Changes]:
        """One sync with the platform in the settings (push, then pull); never raises for sync failures."""
        from heihe_desk.core.sync import client as sync_client  # requests loads on first sync, not at start-up
        from heihe_desk.core.sync.transport import SyncFailure

        # A connection of its own: sync may run on a worker thread while the window reads and writes;
        # SQLite's locking orders the two (each sync transaction is short, network waits are outside them).
        db = connect(self.data_dir / DB_FILE)
        try:
            config = sync_client.config_from_settings(db, self.data_dir)
            report = sync_client.run_sync(db, self.data_dir, config, progress=progress)
        except SyncFailure as failure:
            return sync_client.SyncReport(state=failure.state, error=str(failure)), Changes()
        finally:
            db.close()
        self.device = outbox.ensure_device(self.conn)  # a device-id clash gives this installation a new id
        if "code_table" in report.entities:
            self._code_sets = code_tables.code_sets(self.conn)
        # The services share one Context: new outbox rows must carry the new id, checks the new codes.
        self.rates.ctx.device, self.rates.ctx.code_sets = self.device, self._code_sets
        return report, Changes(**sync_state.changed_views(report.entities))

    def sync_status(self) -> SyncStatus:
        return sync_state.sync_status(self.db)

    def sync_attention(self) -> list[sync_queue.Attention]:
        """Rejected changes with the platform's reasons (the "needs attention" list)."""
        return sync_queue.needs_attention(self.conn)

    def resend_rejected(self, outbox_seq: int) -> Changes:
        """Queue a rejected change again with the record as it is now (after the user fixed it)."""
        with transaction(self.db) as conn:
            sync_queue.resend(conn, outbox_seq)
        return Changes()

    def sync_conflicts(self) -> list[sync_conflicts.Conflict]:
        return sync_conflicts.open_conflicts(self.conn)

    def resolve_sync_conflict(self, conflict_id: int, take_server: bool) -> Changes:
        with transaction(self.db) as conn:
            entity = conn.execute("SELECT entity FROM sync_conflicts WHERE id = ?", (conflict_id,)).fetchone()
            sync_conflicts.resolve(conn, conflict_id, take_server)
        return Changes(**sync_state.changed_views([entity[0]] if take_server and entity else []))


def _problems(db: Any) -> list[str]:
    problems = integrity_problems(db, quick=False)
    conn = db.conn
    for table in (PRODUCTS, PARTNERS):
        live = table.count(conn)
        for index in ("tri", "uni"):
            indexed = conn.execute(f"SELECT count(*) FROM {table.entity}_{index}").fetchone()[0]
            if live != indexed:
                problems.append(f"{table.entity}: search index ({index}) has {indexed} rows for {live} records")
        unlogged = conn.execute(
            f"SELECT count(*) FROM {table.entity} r WHERE NOT EXISTS (SELECT 1 FROM outbox o"
            f" WHERE o.entity = '{table.entity}' AND o.entity_id = r.id)"
            # records that arrived by sync were created elsewhere: they have no local outbox row
            f" AND NOT EXISTS (SELECT 1 FROM sync_received s WHERE s.entity = '{table.entity}' AND s.id = r.id)"
        ).fetchone()[0]
        if unlogged:
            problems.append(f"{table.entity}: {unlogged} records have no outbox entry")
    return problems


def _payload(stored: dict[str, Any]) -> dict[str, Any]:
    """What travels to the platform: the record's fields and its version, without local row ids."""
    return {k: v for k, v in stored.items() if k != "rowid"}


def _product_from_row(row: dict[str, Any]) -> Product:
    return replace(Product(**{k: row[k] for k in PRODUCT_FIELDS}), active=bool(row["active"]))
