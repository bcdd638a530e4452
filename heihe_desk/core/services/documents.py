"""Order documents: which kinds an order may have, its number (issued once, reused), the model and the PDF."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO

from heihe_desk.core.documents import labels as L
from heihe_desk.core.documents.labels import doc_lang
from heihe_desk.core.documents.model import DocumentData, DocumentKind, ExchangeRate
from heihe_desk.core.documents.numbering import issue_number
from heihe_desk.core.domain import identifiers as ids
from heihe_desk.core.domain.declaration_copy import DeclarationCopy
from heihe_desk.core.domain.errors import N_, Issue, ValidationError
from heihe_desk.core.domain.order import OrderStatus
from heihe_desk.core.domain.partner import Partner
from heihe_desk.core.domain.product import Product
from heihe_desk.core.domain.record import Collector, text
from heihe_desk.core.services.context import Context
from heihe_desk.core.services.document_adapter import OrderFacts, document_data
from heihe_desk.core.services.orders import Orders
from heihe_desk.core.settings import SELLER_SETTINGS
from heihe_desk.core.storage import journal
from heihe_desk.core.storage.code_tables import CodeEntry

#: Document kinds by the names people type (CLI) and their untranslated titles (menus, messages).
KIND_NAMES: dict[str, DocumentKind] = {
    "invoice": DocumentKind.INVOICE, "proforma": DocumentKind.PROFORMA, "packing-list": DocumentKind.PACKING_LIST,
    "receipt": DocumentKind.RECEIPT, "declaration": DocumentKind.DECLARATION_COPY}
KIND_TITLES: dict[DocumentKind, str] = {
    DocumentKind.INVOICE: L.INVOICE, DocumentKind.PROFORMA: L.PROFORMA, DocumentKind.PACKING_LIST: L.PACKING_LIST,
    DocumentKind.RECEIPT: L.RECEIPT, DocumentKind.DECLARATION_COPY: L.DECLARATION_COPY}
DOC_LANGS: tuple[str, ...] = ("zh", "ru", "en", "zh+ru")
RECEIPT_WIDTHS: tuple[int, ...] = (58, 80)  # thermal paper rolls (receipt.PRINTABLE)
_KIND = N_("Document")

NO_SELLER = N_("your company name is not set: enter it under Seller details, it is printed as the seller")
NOT_CASH = N_("the order is not paid in full in cash: the receipt shows the total but no cash received or change")
NO_BANK = N_("your bank details are not set: enter them under Seller details, so the buyer sees where to pay")


@dataclass(frozen=True)
class PreparedDocument:
    """A numbered document ready to be written as PDF (on any thread: it holds no database handle)."""

    kind: DocumentKind
    number: str
    order_id: str
    order_number: str
    lang: str
    data: DocumentData | DeclarationCopy
    warnings: tuple[str, ...] = ()  # untranslated (N_) notes on what the document lacks

    @property
    def file_name(self) -> str:
        """A file name people recognise: the document number."""
        return f"{self.number}.pdf"


def write_pdf(doc: PreparedDocument, out: Path | BinaryIO, width_mm: int = 80) -> None:
    """Write ``doc`` as PDF to a path or an open binary file (receipts on ``width_mm`` paper)."""
    # The renderers (and reportlab) load on the first document, not when the workspace opens at start-up.
    from heihe_desk.core.documents.declaration_copy import render_declaration_copy
    from heihe_desk.core.documents.invoice import render_invoice
    from heihe_desk.core.documents.packing_list import render_packing_list
    from heihe_desk.core.documents.proforma import render_proforma
    from heihe_desk.core.documents.receipt import render_receipt

    data = doc.data
    if isinstance(data, DeclarationCopy):
        render_declaration_copy(data, doc.lang, out)
        return
    renderers: dict[DocumentKind, Callable[[DocumentData, str, Path | BinaryIO], None]] = {
        DocumentKind.INVOICE: render_invoice, DocumentKind.PROFORMA: render_proforma,
        DocumentKind.PACKING_LIST: render_packing_list}
    if doc.kind == DocumentKind.RECEIPT:
        render_receipt(data, doc.lang, out, width_mm=width_mm)
    else:
        renderers[doc.kind](data, doc.lang, out)


def save_pdf(doc: PreparedDocument, out_path: Path, width_mm: int = 80) -> Path:
    """Write ``doc`` to ``out_path`` whole or not at all, and return the path."""
    partial = out_path.with_name(f".{out_path.name}.partial")
    try:
        write_pdf(doc, partial, width_mm)
        os.replace(partial, out_path)  # a crash mid-write never leaves half a PDF under the real name
    finally:
        partial.unlink(missing_ok=True)
    return out_path


def allowed_kinds(status: str) -> tuple[DocumentKind, ...]:
    """Drafts get a proforma only; cancelled orders get nothing; confirmed and later orders get every kind."""
    if status == OrderStatus.DRAFT:
        return (DocumentKind.PROFORMA,)
    if status == OrderStatus.CANCELLED:
        return ()
    return tuple(KIND_TITLES)


def check_seller(values: Mapping[str, Any]) -> list[Issue]:
    """Issues with seller details: USCC and INN check digits, a whole number of days, a logo that exists."""
    c = Collector()
    if text(values, "seller_uscc"):
        c.add(ids.check_uscc(text(values, "seller_uscc"), "seller_uscc"))
    if text(values, "seller_inn"):
        c.add(ids.check_inn(text(values, "seller_inn"), company=True, fld="seller_inn"))
    days = text(values, "proforma_valid_days")
    if days and (not days.isdigit() or not 1 <= int(days) <= 365):
        c.add(Issue("proforma_valid_days", N_("Proforma valid for, days"), N_("must be a whole number from 1 to 365"),
                    "30"))
    logo = text(values, "seller_logo")
    if logo and (not Path(logo).is_file() or Path(logo).suffix.lower() not in (".png", ".jpg", ".jpeg")):
        c.add(Issue("seller_logo", N_("Logo image (PNG or JPEG)"), N_("must be an existing PNG or JPEG file"),
                    "C:\\Users\\shop\\logo.png"))
    return c.issues


def parse_kind(kind: str | DocumentKind) -> DocumentKind:
    """A DocumentKind from its value or CLI name; ValidationError naming the choices otherwise."""
    if isinstance(kind, DocumentKind):
        return kind
    found = KIND_NAMES.get(kind) or next((k for k in DocumentKind if k.value == kind), None)
    if found is None:
        raise ValidationError([Issue("kind", _KIND, N_("must be one of {choices}"), "invoice",
                                     {"choices": ", ".join(KIND_NAMES)})])
    return found


def check_lang(lang: str) -> str:
    """The document language if it is one of zh, ru, en, zh+ru; ValidationError otherwise."""
    try:
        doc_lang(lang)
    except ValueError:
        raise ValidationError([Issue("lang", N_("Document language"), N_("must be one of {choices}"), "zh+ru",
                                     {"choices": ", ".join(DOC_LANGS)})]) from None
    return lang


class Documents:
    """Documents of orders. Numbers are per type, year and device, given once per order and reused on reprint."""

    def __init__(self, ctx: Context, orders: Orders, partner: Callable[[str], Partner],
                 product: Callable[[str], Product], setting: Callable[[str], Any]):
        self.ctx = ctx
        self.orders = orders
        self._partner = partner
        self._product = product
        self._setting = setting

    def kinds_for(self, order_key: str) -> tuple[DocumentKind, ...]:
        """The kinds an order may have now, in menu order."""
        return allowed_kinds(self.orders.get(order_key)["status"])

    def issued(self, order_key: str) -> dict[DocumentKind, str]:
        """Numbers the order's documents already have (they are printed again with the same number)."""
        order_id = self.orders.get(order_key)["id"]
        rows = self.ctx.conn.execute("SELECT doc_type, number FROM documents_issued WHERE subject_id = ?",
                                     (order_id,)).fetchall()
        kinds = {k.value: k for k in DocumentKind}
        return {kinds[t]: str(n) for t, n in rows if t in kinds}

    def seller_settings(self) -> dict[str, Any]:
        return {name: self._setting(name) for name in SELLER_SETTINGS}

    def check_seller(self, values: Mapping[str, Any]) -> list[Issue]:
        """Issues with seller details as typed (registration numbers by their check digits, the logo file)."""
        return check_seller(values)

    def prepare(self, kind: str | DocumentKind, order_key: str, lang: str,
                now: dt.datetime | None = None) -> PreparedDocument:
        """Check the order may have ``kind``, issue (or reuse) its number and fill the model; no PDF yet.

        Reads and the one short write (the number) happen on the caller's thread; :func:`write_pdf`, the
        slow part, needs no database and may run on a worker.
        """
        kind = parse_kind(kind)
        lang = check_lang(lang)
        order = self.orders.get(order_key)
        self._check_allowed(kind, order)
        # The local time of issue: its date is printed and starts the yearly sequence where the trader is.
        moment = (now or dt.datetime.now()).astimezone()
        if kind == DocumentKind.DECLARATION_COPY:
            decl = self._declaration(order, lang)
            number = self._issue(kind, order["id"], moment)[0]
            return PreparedDocument(kind, number, order["id"], order["number"], lang,
                                    _with_number(decl, number, self.ctx.device.code))
        facts = self._facts(order, moment.date())
        number, issued = self._issue(kind, order["id"], moment)
        data = document_data(kind, facts, number, issued, doc_lang(lang))
        return PreparedDocument(kind, number, order["id"], order["number"], lang, data, _warnings(kind, data))

    def render(self, kind: str | DocumentKind, order_key: str, lang: str, out_path: Path, width_mm: int = 80,
               now: dt.datetime | None = None) -> Path:
        """Write the document as PDF to ``out_path`` (whole or not at all) and return the path."""
        if width_mm not in RECEIPT_WIDTHS:
            raise ValidationError([Issue("width", N_("Receipt paper width"), N_("must be 58 or 80 (mm)"), "80")])
        return save_pdf(self.prepare(kind, order_key, lang, now), Path(out_path), width_mm)

    # -- internals ------------------------------------------------------------------------------------

    def _check_allowed(self, kind: DocumentKind, order: Mapping[str, Any]) -> None:
        if kind in allowed_kinds(order["status"]):
            return
        if order["status"] == OrderStatus.DRAFT:
            rule = N_("a draft order gets a proforma invoice only; confirm the order to print an invoice, "
                      "packing list, receipt or declaration copy")
            raise ValidationError([Issue("kind", _KIND, rule, "proforma")])
        raise ValidationError([Issue("kind", _KIND, N_("order {number} is cancelled: no documents are issued "
                                                        "for a cancelled order"), "", {"number": order["number"]})])

    def _issue(self, kind: DocumentKind, order_id: str, moment: dt.datetime) -> tuple[str, dt.datetime]:
        """The number (allocated and recorded in one transaction, or the one already given) and when it was."""
        conn = self.ctx.conn
        number = issue_number(conn, kind.value, moment.year, self.ctx.device.code, order_id, now=moment)
        row = conn.execute("SELECT issued_at FROM documents_issued WHERE doc_type = ? AND subject_id = ?",
                           (kind.value, order_id)).fetchone()
        issued = dt.datetime.fromisoformat(str(row[0]).replace("Z", "+00:00"))
        # A reprint shows the first issue's date; stamps written without a zone are taken as UTC.
        issued = (issued if issued.tzinfo else issued.replace(tzinfo=dt.UTC)).astimezone(moment.tzinfo)
        return number, issued

    def _facts(self, order: Mapping[str, Any], day: dt.date) -> OrderFacts:
        order_id = order["id"]
        lines = self.orders.lines(order_id)
        payments = self.orders.payments(order_id)
        waybill = self.orders.waybill(order_id)
        products = {}
        for product_id in dict.fromkeys(str(line["product_id"]) for line in lines):
            # A product deleted since the sale: the line's own snapshot (names, HS code, weights) still prints.
            with contextlib.suppress(LookupError):
                products[product_id] = self._product(product_id)
        rate_ids = [str(p["rate_id"]) for p in payments if p.get("rate_id")]
        table_rate = self._table_rate(str(order["currency"]), day)
        return OrderFacts(
            order=order, lines=lines, payments=payments, waybill=waybill,
            buyer=self._partner_or_none(str(order["buyer_id"])),
            carrier=self._partner_or_none(str(waybill["carrier_id"])) if waybill and waybill["carrier_id"] else None,
            products=products, units=self._units([str(line["sale_unit"]) for line in lines]),
            batches=self._pairs("SELECT id, batch_no FROM batches", [str(ln["batch_id"]) for ln in lines]),
            rate_rows={r["id"]: r for r in self._rate_rows(rate_ids)}, table_rate=table_rate,
            seller=self.seller_settings(), device_code=self.ctx.device.code)

    def _partner_or_none(self, partner_id: str) -> Partner | None:
        try:
            return self._partner(partner_id)
        except LookupError:
            return None

    def _units(self, codes: Sequence[str]) -> dict[str, CodeEntry]:
        wanted = sorted(set(codes))
        marks = ", ".join("?" * len(wanted)) or "''"
        rows = self.ctx.conn.execute(
            f"SELECT code, name_zh, name_ru, name_en, extra FROM code_entries WHERE code_table = 'units'"
            f" AND code IN ({marks})", wanted).fetchall()
        return {r[0]: CodeEntry(r[0], r[1], r[2], r[3], json.loads(r[4] or "{}")) for r in rows}

    def _pairs(self, select: str, ids: Sequence[str]) -> dict[str, str]:
        wanted = sorted({i for i in ids if i})
        if not wanted:
            return {}
        marks = ", ".join("?" * len(wanted))
        return {str(a): str(b or "") for a, b in self.ctx.conn.execute(f"{select} WHERE id IN ({marks})", wanted)}

    def _rate_rows(self, ids: Sequence[str]) -> list[dict[str, Any]]:
        wanted = sorted(set(ids))
        if not wanted:
            return []
        marks = ", ".join("?" * len(wanted))
        return journal.fetch_all(self.ctx.conn, f"SELECT * FROM rates WHERE id IN ({marks})", wanted)

    def _table_rate(self, currency: str, day: dt.date) -> ExchangeRate | None:
        """The rate in force on the day of issue against the other currency of the trade (CNY ↔ RUB)."""
        other = "RUB" if currency == "CNY" else "CNY"
        found = self.orders.rates.rate_for(currency, other, day.isoformat())
        if found is None:
            return None
        rows = self._rate_rows([found[1]])
        if not rows:
            return None
        row = rows[0]
        # Printed as entered (1 CNY = 12.45 RUB), whichever direction the order's currency is.
        return ExchangeRate(row["base"], row["quote"], Decimal(str(row["rate"])),
                            dt.date.fromisoformat(str(row["rate_date"])[:10]), str(row["source"]))

    def _declaration(self, order: Mapping[str, Any], lang: str) -> DeclarationCopy:
        """The order's stored list declaration as the copy record the declarations service keeps."""
        # imported here: customs (lxml, the XSD) is only loaded when a declaration copy is asked for
        from heihe_desk.core.services.declarations import declaration_copy_for

        record = declaration_copy_for(self.ctx, order["id"], lang)
        if record is None:
            raise ValidationError([Issue("kind", _KIND, N_(
                "order {number} has no list declaration yet: declare it first, then print its copy"), "",
                {"number": order["number"]})])
        return record


def _with_number(decl: DeclarationCopy, number: str, device_code: str) -> DeclarationCopy:
    return replace(decl, number=number, device_code=decl.device_code or device_code)


def _warnings(kind: DocumentKind, data: DocumentData) -> tuple[str, ...]:
    seller = data.seller
    found = []
    if not (seller.name or seller.name_ru or seller.name_en):
        found.append(NO_SELLER)
    if kind in (DocumentKind.INVOICE, DocumentKind.PROFORMA) and seller.bank is None:
        found.append(NO_BANK)
    if kind == DocumentKind.RECEIPT and data.tender is None:
        found.append(NOT_CASH)
    return tuple(found)
