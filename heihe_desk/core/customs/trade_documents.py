"""The three documents a trader may file besides the list: order CEB303, receipt CEB403, waybill CEB505."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from decimal import Decimal
from typing import TypeVar

from lxml import etree

from heihe_desk.core.customs import formats
from heihe_desk.core.customs.checks import (
    TRANSFER_SETTINGS,
    Checker,
    check_settings,
    enterprise_code_issue,
)
from heihe_desk.core.customs.codes import CodeTables, ceb_currency, code_tables
from heihe_desk.core.customs.envelope import BuildResult, DeclarationError, EntityRef, build_all, chunks, sub, tag
from heihe_desk.core.customs.labels import LINE_LABELS, PARCEL_LABELS, PAYMENT_LABELS, SETTINGS, WAYBILL_LABELS
from heihe_desk.core.customs.model import (
    DeclarationAction,
    DeclarationSettings,
    OrderInput,
    OrderLine,
    ParcelDeclarationInput,
    PaymentInput,
    WaybillInput,
)
from heihe_desk.core.customs.schema import max_occurs
from heihe_desk.core.customs.schema_issues import EntitySource
from heihe_desk.core.customs.split import Part, allocate, plan_parts
from heihe_desk.core.domain.errors import N_, Issue
from heihe_desk.core.domain.order import TradeMode

#: orderType per trade mode: E B2C export, B B2B export, W overseas-warehouse booking (customs-domain §1.2).
ORDER_TYPES = {TradeMode.RETAIL: "E", TradeMode.B2B_DIRECT: "B", TradeMode.OVERSEAS_WAREHOUSE: "W"}
PARTY_SETTINGS = ("ebp_code", "ebp_name", "ebc_code", "ebc_name", "code_form")
R = TypeVar("R")


def order_from_parcel(parcel: ParcelDeclarationInput, guid: str | None = None) -> OrderInput:
    """The CEB303 order of a parcel: same number, lines and amounts, so order and list always match."""
    lines = tuple(OrderLine(line.item_no, line.item_name or line.gname, line.unit, line.qty, line.price, line.total,
                            line.barcode, line.description, line.note) for line in parcel.lines)
    return OrderInput(guid or formats.derived_guid(formats.upper_guid(parcel.guid), "order"), parcel.order_no,
                      parcel.trade_mode, parcel.currency, parcel.buyer, lines, parcel.freight, parcel.action)


def order_parts(order: OrderInput) -> tuple[tuple[Part, ...], list[Issue]]:
    """The order's entities: split exactly like its list declaration (same line limit, same numbers)."""
    return plan_parts(order.guid, order.order_no, "", [line.total for line in order.lines])


def _common(c: Checker, guid: str, action: str, currency: str, settings: DeclarationSettings,
            tables: CodeTables) -> None:
    if not formats.is_guid(guid):
        c.add("guid", PARCEL_LABELS["guid"], N_("must be a UUID (36 characters)"),
              "0b3c9d3e-5f0a-4c1e-9b7a-2f4d6e8a1c3b")
    if action not in {a.value for a in DeclarationAction}:
        c.add("action", PARCEL_LABELS["action"], N_("must be 1 (new), 2 (change) or 3 (delete)"), "1")
    if ceb_currency(currency, settings, tables) is None:
        c.add("currency", PARCEL_LABELS["currency"], N_("has no customs code known for {code}; ask the platform which "
                                                        "code to use and enter it in the customs settings"),
              "CNY", code=currency.strip().upper() or "?")


def check_order(order: OrderInput, settings: DeclarationSettings, tables: CodeTables) -> list[Issue]:
    c = Checker()
    _common(c, order.guid, order.action, order.currency, settings, tables)
    c.text("order_no", PARCEL_LABELS["order_no"], order.order_no, 60)
    if order.trade_mode not in ORDER_TYPES:
        c.add("trade_mode", PARCEL_LABELS["trade_mode"], N_("must be 9610, 9710 or 9810"), "9610")
    c.amount("freight", PARCEL_LABELS["freight"], order.freight, positive=False)
    c.text("note", PARCEL_LABELS["note"], order.note, 1000, required=False)
    if not order.lines:
        c.add("lines", PARCEL_LABELS["lines"], N_("a declaration needs at least one goods line"))
    for index, line in enumerate(order.lines):
        n, p = index + 1, f"lines[{index}]."
        c.text(p + "item_no", LINE_LABELS["item_no"], line.item_no, 30, line=n)
        c.text(p + "item_name", LINE_LABELS["item_name"], line.item_name, 250, line=n)
        c.text(p + "description", LINE_LABELS["description"], line.description, 1000, required=False, line=n)
        c.text(p + "barcode", LINE_LABELS["barcode"], line.barcode, 50, required=False, line=n)
        c.text(p + "note", LINE_LABELS["note"], line.note, 1000, required=False, line=n)
        if not (line.unit.strip() in tables.units or (not tables.units and len(line.unit.strip()) == 3)):
            c.add(p + "unit", LINE_LABELS["unit"], N_("must be a customs unit code from the unit table (line {n})"),
                  "007", n=n)
        for name in ("qty", "price", "total"):
            c.amount(p + name, LINE_LABELS[name], getattr(line, name), positive=True, line=n)
    return c.issues or order_parts(order)[1]


def check_payment(payment: PaymentInput, settings: DeclarationSettings, tables: CodeTables) -> list[Issue]:
    c = Checker()
    _common(c, payment.guid, payment.action, payment.currency, settings, tables)
    c.text("order_no", PARCEL_LABELS["order_no"], payment.order_no, 60)
    c.text("pay_name", PAYMENT_LABELS["pay_name"], payment.pay_name, 100)
    c.text("pay_no", PAYMENT_LABELS["pay_no"], payment.pay_no, 60, required=False)
    c.text("note", PARCEL_LABELS["note"], payment.note, 1000, required=False)
    if payment.pay_code.strip():
        problem = enterprise_code_issue("pay_code", payment.pay_code.strip(), PAYMENT_LABELS["pay_code"], "pay_code")
        if problem:
            c.issues.append(problem)
    c.amount("charge", PAYMENT_LABELS["charge"], payment.charge, positive=True)
    if not isinstance(payment.paid_at, datetime):
        c.add("paid_at", PAYMENT_LABELS["paid_at"], N_("is required"), "2026-03-08 14:30")
    return c.issues


def check_waybill(waybill: WaybillInput, settings: DeclarationSettings, tables: CodeTables) -> list[Issue]:
    c = Checker()
    _common(c, waybill.guid, waybill.action, waybill.currency, settings, tables)
    c.text("logistics_no", PARCEL_LABELS["logistics_no"], waybill.logistics_no, 32)
    if waybill.logistics_code.strip():
        problem = enterprise_code_issue("logistics_code", waybill.logistics_code.strip(),
                                        SETTINGS["logistics_code"].label, "logistics_code")
        if problem:
            c.issues.append(problem)
        c.text("logistics_name", SETTINGS["logistics_name"].label, waybill.logistics_name, 100)
    c.amount("freight", PARCEL_LABELS["freight"], waybill.freight, positive=False)
    c.amount("insured_fee", PARCEL_LABELS["insured_fee"], waybill.insured_fee, positive=False)
    c.amount("gross_weight_kg", PARCEL_LABELS["gross_weight_kg"], waybill.gross_weight_kg, positive=True)
    if isinstance(waybill.pack_no, bool) or not isinstance(waybill.pack_no, int) or not 1 <= waybill.pack_no < 10**9:
        c.add("pack_no", PARCEL_LABELS["pack_no"], N_("must be a whole number of at least 1"), "1")
    c.text("goods_info", WAYBILL_LABELS["goods_info"], waybill.goods_info, 200)
    c.text("ebc_telephone", WAYBILL_LABELS["ebc_telephone"], waybill.ebc_telephone, 50, required=False)
    c.text("note", PARCEL_LABELS["note"], waybill.note, 1000, required=False)
    return c.issues


def _checked(records: Sequence[R], key: Callable[[R], str], check: Callable[[R], list[Issue]],
             settings_issues: list[Issue]) -> None:
    problems = {"settings": settings_issues}
    for record in records:
        problems.setdefault(key(record), []).extend(check(record))
    if any(problems.values()):
        raise DeclarationError(problems)


def _head(parent: etree._Element, guid: str, action: str, moment: datetime, declare: bool) -> None:
    sub(parent, "guid", guid)
    sub(parent, "appType", action)
    sub(parent, "appTime", formats.ceb_time(moment))
    sub(parent, "appStatus", "2" if declare else "1")


def build_order_messages(orders: Sequence[OrderInput], settings: DeclarationSettings, *,
                         now: datetime | None = None, declare: bool = True,
                         tables: CodeTables | None = None) -> BuildResult:
    """CEB303 messages (Order entities of at most 100 lines, at most 100 per message), schema-validated."""
    tables = tables or code_tables()
    needed = list(PARTY_SETTINGS + TRANSFER_SETTINGS)
    _checked(orders, lambda o: o.guid, lambda o: check_order(o, settings, tables),
             check_settings(settings, needed, tables))
    moment = now or datetime.now(formats.CHINA_TZ)
    entities = [(order, part) for order in orders for part in order_parts(order)[0]]

    def fill(root: etree._Element, group: Sequence[tuple[OrderInput, Part]]) -> tuple[tuple[EntityRef, ...],
                                                                                     tuple[EntitySource, ...]]:
        for order, part in group:
            currency = ceb_currency(order.currency, settings, tables) or ""
            freight = allocate(order.freight, [p.share for p in order_parts(order)[0]])[part.index - 1]
            entity = etree.SubElement(root, tag("Order"))
            head = etree.SubElement(entity, tag("OrderHead"))
            _head(head, part.guid, order.action, moment, declare)
            for name, value in (("orderType", ORDER_TYPES[TradeMode(order.trade_mode)]), ("orderNo", part.order_no),
                                ("ebpCode", settings.ebp_code), ("ebpName", settings.ebp_name),
                                ("ebcCode", settings.ebc_code), ("ebcName", settings.ebc_name)):
                sub(head, name, value)
            sub(head, "goodsValue", part.share)       # FOB goods value without freight (table 2-3)
            sub(head, "freight", freight)
            sub(head, "currency", currency)
            sub(head, "note", order.note, optional=True)
            for gnum, line in enumerate(order.lines[part.start:part.stop], start=1):
                row = etree.SubElement(entity, tag("OrderList"))
                sub(row, "gnum", gnum)
                sub(row, "itemNo", line.item_no)
                sub(row, "itemName", line.item_name)
                sub(row, "itemDescribe", line.description, optional=True)
                sub(row, "barCode", line.barcode, optional=True)
                sub(row, "unit", line.unit)
                sub(row, "currency", currency)
                sub(row, "qty", line.qty)
                sub(row, "price", line.price)
                sub(row, "totalPrice", line.total)
                sub(row, "note", line.note, optional=True)
        refs = tuple(EntityRef(o.guid, p.guid, "", p.order_no, "", "", p.index, p.count) for o, p in group)
        return refs, tuple(EntitySource(o.guid, p.start) for o, p in group)

    return build_all("CEB303", chunks(entities, max_occurs("CEB303Message", "Order")), fill, settings)


def build_receipt_messages(payments: Sequence[PaymentInput], settings: DeclarationSettings, *,
                           now: datetime | None = None, declare: bool = True, orders: Sequence[OrderInput] = (),
                           tables: CodeTables | None = None) -> BuildResult:
    """CEB403 receipts. A payment for an order that had to be split (see order_parts) is split the same way,
    its charge shared by the parts' goods value plus freight, so every part order has its receipt."""
    tables = tables or code_tables()
    needed = list(PARTY_SETTINGS + TRANSFER_SETTINGS)
    _checked(payments, lambda p: p.guid, lambda p: check_payment(p, settings, tables),
             check_settings(settings, needed, tables))
    moment = now or datetime.now(formats.CHINA_TZ)
    by_order = {o.order_no: o for o in orders}
    entities: list[tuple[PaymentInput, str, str, Decimal, int, int]] = []
    for payment in payments:
        order = by_order.get(payment.order_no)
        parts = order_parts(order)[0] if order else ()
        if len(parts) <= 1:
            entities.append((payment, formats.upper_guid(payment.guid), payment.order_no, payment.charge, 1, 1))
            continue
        assert order is not None
        freights = allocate(order.freight, [p.share for p in parts])
        charges = allocate(payment.charge, [p.share + f for p, f in zip(parts, freights, strict=True)])
        entities += [(payment, formats.derived_guid(formats.upper_guid(payment.guid), f"part {p.index}/{p.count}"),
                      p.order_no, charge, p.index, p.count) for p, charge in zip(parts, charges, strict=True)]

    def fill(root: etree._Element, group: Sequence[tuple[PaymentInput, str, str, Decimal, int, int]]
             ) -> tuple[tuple[EntityRef, ...], tuple[EntitySource, ...]]:
        for payment, guid, order_no, charge, _, _ in group:
            entity = etree.SubElement(root, tag("Receipts"))
            _head(entity, guid, payment.action, moment, declare)
            for name, value in (("ebpCode", settings.ebp_code), ("ebpName", settings.ebp_name),
                                ("ebcCode", settings.ebc_code), ("ebcName", settings.ebc_name),
                                ("orderNo", order_no)):
                sub(entity, name, value)
            sub(entity, "payCode", payment.pay_code, optional=True)
            sub(entity, "payName", payment.pay_name)
            sub(entity, "payNo", payment.pay_no, optional=True)
            sub(entity, "charge", charge)
            sub(entity, "currency", ceb_currency(payment.currency, settings, tables))
            sub(entity, "accountingDate", formats.ceb_time(payment.paid_at))
            sub(entity, "note", payment.note, optional=True)
        refs = tuple(EntityRef(p.guid, g, "", o, "", formats.clean_text(p.pay_no), k, n) for p, g, o, _, k, n in group)
        return refs, tuple(EntitySource(p.guid) for p, *_ in group)

    return build_all("CEB403", chunks(entities, max_occurs("CEB403Message", "Receipts")), fill, settings)


def build_waybill_messages(waybills: Sequence[WaybillInput], settings: DeclarationSettings, *,
                           now: datetime | None = None, declare: bool = True,
                           tables: CodeTables | None = None) -> BuildResult:
    """CEB505 waybills (one Logistics entity each, at most 100 per message), schema-validated."""
    tables = tables or code_tables()
    needed = ["code_form", *TRANSFER_SETTINGS]
    if any(not w.logistics_code.strip() for w in waybills):
        needed += ["logistics_code", "logistics_name"]
    if settings.ebc_code.strip():   # optional in CEB505, written (and so checked) when known
        needed += ["ebc_code", "ebc_name"]
    _checked(waybills, lambda w: w.guid, lambda w: check_waybill(w, settings, tables),
             check_settings(settings, needed, tables))
    moment = now or datetime.now(formats.CHINA_TZ)

    def fill(root: etree._Element, group: Sequence[WaybillInput]) -> tuple[tuple[EntityRef, ...],
                                                                            tuple[EntitySource, ...]]:
        for waybill in group:
            own = bool(waybill.logistics_code.strip())
            entity = etree.SubElement(root, tag("Logistics"))
            _head(entity, formats.upper_guid(waybill.guid), waybill.action, moment, declare)
            sub(entity, "logisticsCode", waybill.logistics_code if own else settings.logistics_code)
            sub(entity, "logisticsName", waybill.logistics_name if own else settings.logistics_name)
            sub(entity, "logisticsNo", waybill.logistics_no)
            sub(entity, "freight", waybill.freight)
            sub(entity, "insuredFee", waybill.insured_fee)
            sub(entity, "currency", ceb_currency(waybill.currency, settings, tables))
            sub(entity, "grossWeight", waybill.gross_weight_kg)
            sub(entity, "packNo", waybill.pack_no)
            sub(entity, "goodsInfo", waybill.goods_info)
            sub(entity, "ebcCode", settings.ebc_code, optional=True)
            sub(entity, "ebcName", settings.ebc_name, optional=True)
            sub(entity, "ebcTelephone", waybill.ebc_telephone, optional=True)
            sub(entity, "note", waybill.note, optional=True)
        refs = tuple(EntityRef(w.guid, formats.upper_guid(w.guid), "", "", formats.clean_text(w.logistics_no))
                     for w in group)
        return refs, tuple(EntitySource(w.guid) for w in group)

    return build_all("CEB505", chunks(list(waybills), max_occurs("CEB505Message", "Logistics")), fill,
                     settings)
