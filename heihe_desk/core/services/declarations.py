"""Customs declarations of orders: settings, generate + queue (CEB603 and the 三单), replies, summary, copies."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from heihe_desk.core.customs import (
    DeclarationCopy,
    DeclarationSettings,
    ReplyError,
    ReplyExplanation,
    SummaryRequest,
)
from heihe_desk.core.customs.checks import check_settings
from heihe_desk.core.customs.codes import code_tables
from heihe_desk.core.customs.formats import CHINA_TZ
from heihe_desk.core.customs.labels import SETTINGS as SETTING_INFO
from heihe_desk.core.domain.errors import N_, Issue, NotFoundError, ValidationError
from heihe_desk.core.domain.order import OrderStatus
from heihe_desk.core.domain.record import new_id, utc_now
from heihe_desk.core.services import declaration_store as store
from heihe_desk.core.services import declaration_summary as summary
from heihe_desk.core.services.context import Context
from heihe_desk.core.services.declaration_adapter import order_documents
from heihe_desk.core.services.declaration_checks import OrderCheck, build_messages, check_documents
from heihe_desk.core.services.declaration_codec import (
    parcel_to_dict,
    settings_from_json,
    settings_to_json,
)
from heihe_desk.core.services.declaration_files import copy_record, export_messages, revalidate
from heihe_desk.core.services.declaration_replies import (
    ReplyApplier,
    ReplyOutcome,
    ReplyReport,
    explain_row,
    move_order,
    status_reply,
)
from heihe_desk.core.services.declaration_risk import PriceHistory, risk_inputs
from heihe_desk.core.services.orders import Orders
from heihe_desk.core.services.rates import Rates
from heihe_desk.core.services.stock import Stock
from heihe_desk.core.storage.database import transaction
from heihe_desk.core.storage.outbox import Device

SETTING_KEY = "customs_declaration"
#: Orders stored per write transaction: one commit (one fsync) per batch, and the window's reads never wait long.
BATCH = 200
Progress = Callable[[int, int], None]


@dataclass
class GenerateReport:
    declared: list[OrderCheck] = field(default_factory=list)
    refused: list[OrderCheck] = field(default_factory=list)      # blocked, or warnings the user did not accept

    @property
    def settings_issues(self) -> list[Issue]:
        seen: list[Issue] = []
        for check in self.refused:
            seen += [i for i in check.settings if i not in seen]
        return seen


@dataclass(frozen=True)
class FileOutcome:
    path: Path
    report: ReplyReport | None
    error: str = ""


def _order_refusal(status: str) -> Issue:
    if status == OrderStatus.DRAFT:
        rule = N_("is a draft: confirm the order before declaring it")
    elif status in (OrderStatus.CANCELLED, OrderStatus.RETURNED):
        rule = N_("is cancelled or returned and cannot be declared")
    else:
        rule = N_("is already declared; a rejected declaration puts it back to confirmed")
    return Issue("status", N_("Order"), rule, "")


class Declarations:
    """The declarations of one data folder; ``connect`` opens a connection of its own for long work.

    Generating a thousand declarations or importing replies writes for seconds; on the window's shared
    connection any other write meanwhile would fail ("transaction within a transaction"), so long work
    runs on its own connection when the workspace provides one (tests may leave it out).
    """

    def __init__(self, ctx: Context, orders: Orders, rates: Rates, connect: Callable[[], Any] | None = None):
        self.ctx = ctx
        self.orders = orders
        self.rates = rates
        self._connect = connect

    @contextmanager
    def _session(self) -> Iterator[Orders]:
        if self._connect is None:
            yield self.orders
            return
        db = self._connect()
        try:
            ctx = Context(db, self.ctx.device, self.ctx.code_sets)
            yield Orders(ctx, Rates(ctx), Stock(ctx))
        finally:
            db.close()

    # -- settings -------------------------------------------------------------------------------------

    def load_settings(self) -> tuple[DeclarationSettings, frozenset[str]]:
        """The enterprise identities and the optional messages (CEB303/403/505) this trader files."""
        row = self.ctx.conn.execute("SELECT value FROM settings WHERE key = ?", (SETTING_KEY,)).fetchone()
        return settings_from_json(row[0] if row else "")

    def settings(self) -> DeclarationSettings:
        return self.load_settings()[0]

    def settings_issues(self, settings: DeclarationSettings | None = None) -> list[Issue]:
        """Every problem of the settings: missing ones explain where to find the value, set ones are checked."""
        return check_settings(settings or self.settings(), list(SETTING_INFO), code_tables())

    def save_settings(self, settings: DeclarationSettings, files: Sequence[str]) -> None:
        """Store the settings; values still unknown may stay empty, but a value given must be well-formed."""
        malformed = [i for i in self.settings_issues(settings)
                     if i.rule != SETTING_INFO[i.field.removeprefix("settings.")].missing]
        if malformed:
            raise ValidationError(malformed)
        with transaction(self.ctx.db) as conn:
            conn.execute("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)",
                         (SETTING_KEY, settings_to_json(settings, files)))

    # -- generating -------------------------------------------------------------------------------------

    def check_orders(self, keys: Sequence[str], *, now: datetime | None = None,
                     progress: Progress | None = None) -> list[OrderCheck]:
        """Check and build (schema-validate) every message of each order, writing nothing."""
        settings, files = self.load_settings()
        moment = (now or datetime.now(CHINA_TZ)).astimezone(CHINA_TZ)
        facts_settings = json.loads(settings_to_json(settings, files))
        checks = []
        with self._session() as orders:
            history = PriceHistory(orders.ctx.conn)
            for index, key in enumerate(keys):
                checks.append(self._check(orders, history, key, settings, files, moment, facts_settings))
                if progress:
                    progress(index + 1, len(keys))
        return checks

    def _check(self, orders: Orders, history: PriceHistory, key: str, settings: DeclarationSettings,
               files: frozenset[str], moment: datetime, facts_settings: dict[str, Any]) -> OrderCheck:
        try:
            order = orders.get(key)
        except NotFoundError:
            return OrderCheck(key, key, blocking=[Issue("order", N_("Order"), N_("no order {key} exists"), "",
                                                        {"key": key})])
        check = OrderCheck(order["id"], order["number"])
        if order["status"] != OrderStatus.CONFIRMED:
            check.blocking.append(_order_refusal(order["status"]))
            return check
        ids = {kind: new_id() for kind in ("CEB603", "CEB303", "CEB403", "CEB505")}
        conn = orders.ctx.conn
        docs = order_documents(conn, order, orders.lines(order["id"]), orders.payments(order["id"]),
                               orders.waybill(order["id"]), ids, moment.date())
        check_documents(check, docs, settings, files,
                        risk_inputs(conn, orders.rates, history, order, docs.parcel, docs.product_ids))
        if not check.blocking and not check.settings:
            # Declared again after customs rejected the list: order, receipt and waybill messages still standing
            # are not sent twice (customs refuse a second order with the same number, -301010).
            build_messages(check, docs, settings, files - store.standing_types(conn, order["id"]), moment)
        check.parcel_facts = {"parcel": parcel_to_dict(docs.parcel), "settings": facts_settings}
        return check

    def store(self, checks: Sequence[OrderCheck], *, accept_warnings: bool = False,
              progress: Progress | None = None) -> GenerateReport:
        """Store + queue the messages of the ready orders and move each to declared, order by order atomically."""
        report = GenerateReport()
        todo: list[OrderCheck] = []
        for check in checks:
            (todo if check.ready and (accept_warnings or not check.warnings) else report.refused).append(check)
        with self._session() as orders:
            for start in range(0, len(todo), BATCH):
                with transaction(orders.ctx.db):
                    for check in todo[start:start + BATCH]:
                        (report.declared if self._store_one(orders, check) else report.refused).append(check)
                if progress:
                    progress(min(start + BATCH, len(todo)), len(todo))
        return report

    def _store_one(self, orders: Orders, check: OrderCheck) -> bool:
        conn, now = orders.ctx.conn, utc_now()
        conn.execute("SAVEPOINT declare_order")
        try:
            for message in check.messages:
                facts = check.parcel_facts if message.built.message_type == "CEB603" else {}
                store.insert_message(conn, orders.ctx.device, message.record_id, message.built,
                                     order_id=check.order_id, order_no=check.order_no, facts=facts, now=now)
            kinds = ", ".join(dict.fromkeys(m.built.message_type for m in check.messages))
            move_order(orders, check.order_id, OrderStatus.DECLARED, kinds)
        except ValidationError as error:   # the order moved on meanwhile (another window, a sync)
            conn.execute("ROLLBACK TO declare_order")
            conn.execute("RELEASE declare_order")
            check.blocking += error.issues
            check.messages.clear()
            return False
        conn.execute("RELEASE declare_order")
        return True

    def generate(self, keys: Sequence[str], *, accept_warnings: bool = False, now: datetime | None = None,
                 progress: Progress | None = None) -> GenerateReport:
        """Check, build, store and queue the declarations of the orders (by id or number) in one call."""
        return self.store(self.check_orders(keys, now=now, progress=progress), accept_warnings=accept_warnings)

    def confirmed_order_ids(self) -> list[str]:
        return [r[0] for r in self.ctx.conn.execute(
            "SELECT id FROM orders WHERE status = 'confirmed' AND deleted_at IS NULL ORDER BY order_date, number")]

    # -- customs replies ----------------------------------------------------------------------------------

    def apply_reply(self, data: bytes | str, source: str = "sync") -> ReplyReport:
        """Apply one customs reply message (CEB304/404/506/604/702/792 XML); raises ReplyError for bad data.

        Matches each return entity to its declaration by guid, copNo, invtNo, orderNo, logisticsNo …, stores it
        once (a replay changes nothing), moves the declaration's status and, for lists, the order's.
        """
        with self._session() as orders, transaction(orders.ctx.db):
            return ReplyApplier(orders).apply_message(data, source)

    def apply_reply_payload(self, payload: Mapping[str, Any]) -> ReplyReport:
        """A pulled "customs_reply" change: its "xml" when it carries one, else its status for "message_id"."""
        with self._session() as orders, transaction(orders.ctx.db):
            return _apply_payload(orders, payload)

    def import_reply_files(self, paths: Sequence[Path], progress: Progress | None = None) -> list[FileOutcome]:
        """Each file applied in a transaction of its own: one unreadable file does not undo the others."""
        outcomes = []
        for index, path in enumerate(paths):
            try:
                outcomes.append(FileOutcome(path, self.apply_reply(Path(path).read_bytes(), f"file:{Path(path).name}")))
            except (OSError, ReplyError) as error:
                outcomes.append(FileOutcome(path, None, str(error)))
            if progress:
                progress(index + 1, len(paths))
        return outcomes

    # -- reading ---------------------------------------------------------------------------------------------

    def rowids(self, **filters: Any) -> list[int]:
        return store.rowids(self.ctx.conn, **filters)

    def rows(self, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
        return store.rows(self.ctx.conn, ids)

    def get(self, declaration_id: str) -> dict[str, Any]:
        return store.get(self.ctx.conn, declaration_id)

    def replies(self, declaration_id: str) -> list[dict[str, Any]]:
        return store.replies(self.ctx.conn, declaration_id)

    def explain(self, reply_row: Mapping[str, Any], lang: str) -> ReplyExplanation:
        """A stored reply in the trader's language (status, customs' reason, what to do, the original text)."""
        return explain_row(reply_row, lang)

    # -- files -----------------------------------------------------------------------------------------------

    def export(self, declaration_ids: Sequence[str], folder: Path) -> list[Path]:
        """Write each message as <type>_<guid>.xml, byte for byte as validated and queued."""
        return export_messages(self.ctx.conn, declaration_ids, folder)

    def revalidate(self, declaration_id: str) -> list[Issue]:
        """The stored message checked against the official schema again (empty = still valid)."""
        return revalidate(self.get(declaration_id))

    # -- summary -----------------------------------------------------------------------------------------------

    def summary_request(self, start: date, end: date, cop_no: str = "", summary_flag: str = "1",
                        by_item_name: bool = True) -> SummaryRequest:
        cop = cop_no.strip() or summary.default_cop_no(self.ctx.conn, start, self.ctx.device)
        return SummaryRequest(start, end, cop, summary_flag, by_item_name)

    def plan_summary(self, request: SummaryRequest) -> summary.SummaryPreview:
        """What a summary of the period would contain (groups, lists left out and why); writes nothing."""
        return summary.preview(self.ctx.conn, self.settings(), request)

    def generate_summary(self, request: SummaryRequest, now: datetime | None = None) -> list[str]:
        """Build, store and queue the CEB701 messages; raises DeclarationError with the reasons otherwise."""
        with self._session() as orders, transaction(orders.ctx.db) as conn:
            return summary.store_summary(conn, orders.ctx.device, self.settings(), request, now)[1]


class _Connection:
    """What a Context needs of sqlite_utils.Database here: the connection (sync applies on its own one)."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn


def _orders_on(conn: sqlite3.Connection, device: Device) -> Orders:
    ctx = Context(_Connection(conn), device, {})
    return Orders(ctx, Rates(ctx), Stock(ctx))


def _apply_payload(orders: Orders, payload: Mapping[str, Any]) -> ReplyReport:
    xml = payload.get("xml")
    if isinstance(xml, str) and xml.strip():
        return ReplyApplier(orders).apply_message(xml, "sync")
    try:
        row = store.get(orders.ctx.conn, str(payload.get("message_id", "")))
    except NotFoundError:
        return ReplyReport("", (ReplyOutcome(status_reply({"message_type": "", "entities": []}, payload)),))
    reply = status_reply(row, payload)
    raw = json.dumps(dict(payload), ensure_ascii=False, sort_keys=True)
    return ReplyReport(reply.message_type, (ReplyApplier(orders).apply(reply, raw, "sync", row["id"]),))


def apply_reply_in(conn: sqlite3.Connection, device: Device, data: bytes | str | Mapping[str, Any],
                   source: str = "sync") -> ReplyReport:
    """Declarations.apply_reply / apply_reply_payload inside the caller's open transaction on ``conn``.

    For sync's pull, which applies a page of changes and its cursor in one transaction on a connection of
    its own: ``data`` is the reply XML (bytes or str) or the "customs_reply" payload. Writes the reply, the
    declaration's status and the order's move (with its outbox row, as ``device``); commits nothing.
    """
    orders = _orders_on(conn, device)
    if isinstance(data, Mapping):
        return _apply_payload(orders, data)
    return ReplyApplier(orders).apply_message(data, source)


def declaration_copy_for(ctx: Context, order_id: str, lang: str = "zh+ru") -> DeclarationCopy | None:
    """The order's latest list declaration as a copy record, for the documents service's PDF (None if none).

    The documents service (core/services/documents.py) looks this function up by name, numbers the copy and
    renders it; ``lang`` only sets the languages of the printed customs status.
    """
    return copy_record(ctx.conn, order_id, lang)
