"""From a stored order (lines, product master, payments, waybill, buyer, carrier) to the customs message inputs."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from heihe_desk.core.customs import (
    BuyerInput,
    BuyerKind,
    OrderInput,
    ParcelDeclarationInput,
    ParcelLine,
    PaymentInput,
    WaybillInput,
    order_from_parcel,
)
from heihe_desk.core.customs.formats import CHINA_TZ
from heihe_desk.core.domain.errors import N_, Issue
from heihe_desk.core.domain.money import minor_digits
from heihe_desk.core.domain.order import MILLI
from heihe_desk.core.storage import journal

_PRODUCT_COLUMNS = ("id", "sku", "name_zh", "name_ru", "barcode", "hs_code", "decl_elements", "sale_unit", "unit1",
                    "unit1_per_sale", "unit2", "unit2_per_sale", "net_weight_kg", "gross_weight_kg", "origin_country")
_QTY_STEP = Decimal("0.00001")   # legal quantities carry at most 5 decimals (N19,5)
#: payName of the receipt (CEB403) per payment method: "现金支付" for cash is the spec's own wording (table 2-10);
#: for the others the method's usual Chinese name stands in for the payment company (which company processed a
#: wallet payment is not recorded; whether customs accept the method name is UNVERIFIED).
PAY_NAMES = {"cash": "现金支付", "bank": "银行转账", "wechat": "微信支付", "alipay": "支付宝", "card": "银行卡支付",
             "other": "其他支付方式"}
GOODS_INFO_MAX = 200   # CEB505 goodsInfo C..200


@dataclass(frozen=True)
class OrderDocuments:
    """The inputs of every message an order may need, plus what the adapter itself found missing."""

    order: dict[str, Any]
    parcel: ParcelDeclarationInput
    order_input: OrderInput
    payment: PaymentInput | None
    waybill: WaybillInput | None
    product_ids: tuple[str, ...]      # per parcel line, to say which product to fix
    issues: tuple[Issue, ...]


def _major(minor: int, currency: str) -> Decimal:
    return Decimal(minor).scaleb(-minor_digits(currency))


def _dec(text: str) -> Decimal | None:
    try:
        value = Decimal(text) if text else None
    except ArithmeticError:
        return None
    return value if value is None or value.is_finite() else None


def _times(qty: Decimal, per_unit: str) -> Decimal | None:
    per = _dec(per_unit)
    if per is None:
        return None
    return (qty * per).quantize(_QTY_STEP, rounding=ROUND_HALF_UP).normalize()


def _legal_qty(qty: Decimal, unit: str, legal_unit: str, per_sale: str) -> Decimal | None:
    """Quantity in a legal unit: the sold quantity itself when the units agree, else quantity × per-sale factor."""
    if not legal_unit:
        return None
    if legal_unit == unit and not per_sale:
        return qty
    return _times(qty, per_sale)


def products_by_id(conn: sqlite3.Connection, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """The product master rows (deleted ones too: a sold product stays declarable)."""
    if not ids:
        return {}
    marks = ", ".join("?" * len(ids))
    rows = journal.fetch_all(conn, f"SELECT {', '.join(_PRODUCT_COLUMNS)} FROM products WHERE id IN ({marks})",
                             list(ids))
    return {r["id"]: r for r in rows}


def parcel_line(line: Mapping[str, Any], product: Mapping[str, Any] | None, currency: str) -> ParcelLine:
    """One list line: quantity and money from the order line (facts), customs data from the product master.

    The master is read now, not the line's snapshot, so an HS code or legal unit corrected after the sale
    is what gets declared; the snapshot is the fallback for a product that no longer exists.
    """
    p = dict(product or {})
    qty = (Decimal(line["qty_milli"]) / MILLI).normalize()
    unit = p.get("sale_unit") or line["sale_unit"]
    unit1, unit2 = p.get("unit1", line["unit1"]), p.get("unit2", line["unit2"])
    qty1 = (_legal_qty(qty, unit, unit1, p["unit1_per_sale"]) if product
            else _dec(line["qty1"]) if unit1 else None)
    qty2 = (_legal_qty(qty, unit, unit2, p["unit2_per_sale"]) if product
            else _dec(line["qty2"]) if unit2 else None)
    net = _times(qty, p["net_weight_kg"]) if product else _dec(line["net_kg"])
    gross = _times(qty, p["gross_weight_kg"]) if product else _dec(line["gross_kg"])
    return ParcelLine(
        item_no=line["sku"], item_name=line["name_zh"], hs_code=p.get("hs_code", line["hs_code"]),
        gname=p.get("name_zh") or line["name_zh"], gmodel=p.get("decl_elements", ""), unit=unit, qty=qty,
        price=_major(line["unit_price"], currency), total=_major(line["amount"], currency),
        unit1=unit1, qty1=qty1, unit2=unit2, qty2=qty2, barcode=p.get("barcode", ""),
        origin_country=p.get("origin_country") or "CHN", net_weight_kg=net, gross_weight_kg=gross,
        description=p.get("name_ru") or line["name_ru"])


def _sum(values: Sequence[Decimal | None]) -> Decimal:
    """A total weight, or 0 (which the checks name as missing) when any line's weight is unknown."""
    if not values or any(v is None for v in values):
        return Decimal(0)
    return sum((v for v in values if v is not None), Decimal(0))


def _carrier(conn: sqlite3.Connection, waybill: Mapping[str, Any] | None) -> tuple[str, str, list[Issue]]:
    """The waybill's carrier as (customs code, name); empty = the default carrier of the settings."""
    carrier_id = (waybill or {}).get("carrier_id") or ""
    if not carrier_id:
        return "", "", []
    row = conn.execute("SELECT name, customs_code FROM partners WHERE id = ?", (carrier_id,)).fetchone()
    if row is None:
        return "", "", []
    if not row[1]:
        # Declaring the settings' default carrier for another company's parcel would be false: ask instead.
        return "", "", [Issue("waybill.carrier_id", N_("Logistics company code"),
                              N_("the carrier {name} on the waybill has no customs code; enter it in that partner's "
                                 "record"), "2311960LGS", {"name": row[0]})]
    return str(row[1]), str(row[0]), []


def _buyer(conn: sqlite3.Connection, order: Mapping[str, Any]) -> BuyerInput:
    row = conn.execute("SELECT name, kind, country, phone FROM partners WHERE id = ?", (order["buyer_id"],)).fetchone()
    if row is None:
        return BuyerInput(order["buyer_name"], BuyerKind.PERSON if order["kind"] == "b2c" else BuyerKind.COMPANY,
                          order["buyer_id"])
    kind = BuyerKind.PERSON if row[1] == "buyer_person" else BuyerKind.COMPANY
    return BuyerInput(row[0], kind, order["buyer_id"], row[2] or "RUS", row[3] or "")


def _payment(payments: Sequence[Mapping[str, Any]], order: Mapping[str, Any], record_id: str) -> PaymentInput | None:
    """All payments of the order as one receipt, in the order currency (CEB403 has one charge per order)."""
    if not payments:
        return None
    currency = order["currency"]
    methods = [p["method"] for p in payments if p["method"]]
    method = next((m for m in methods if m != "cash"), methods[0] if methods else "other")
    last = max(str(p["paid_at"])[:10] for p in payments)
    paid_at = datetime.combine(date.fromisoformat(last), datetime.min.time(), CHINA_TZ)
    charge = _major(sum(int(p["amount_order_currency"]) for p in payments), currency)
    return PaymentInput(record_id, order["number"], PAY_NAMES.get(method, PAY_NAMES["other"]), charge, currency,
                        paid_at)


def _goods_info(lines: Sequence[ParcelLine]) -> str:
    """What the carrier may read about the goods: the commodity names, as many as fit."""
    names = list(dict.fromkeys(line.gname for line in lines if line.gname))
    text = ""
    for name in names:
        candidate = f"{text}、{name}" if text else name
        if len(candidate) > GOODS_INFO_MAX:
            break
        text = candidate
    return text or (names[0][:GOODS_INFO_MAX] if names else "")


def order_documents(conn: sqlite3.Connection, order: dict[str, Any], lines: Sequence[Mapping[str, Any]],
                    payments: Sequence[Mapping[str, Any]], waybill: Mapping[str, Any] | None,
                    ids: Mapping[str, str], today: date) -> OrderDocuments:
    """The inputs of the list (CEB603) and of the order, receipt and waybill messages of one order.

    ``ids`` gives the record id (and so the guid) per message type; ``today`` is the export date unless the
    order is dated later.
    """
    currency = order["currency"]
    products = products_by_id(conn, sorted({line["product_id"] for line in lines}))
    goods = tuple(parcel_line(line, products.get(line["product_id"]), currency) for line in lines)
    logistics_code, logistics_name, issues = _carrier(conn, waybill)
    weight = _dec(str((waybill or {}).get("weight_kg") or ""))
    net = _sum([line.net_weight_kg for line in goods])
    gross = weight if weight is not None and weight > 0 else _sum([line.gross_weight_kg for line in goods])
    pack_no = int((waybill or {}).get("parcels") or 1)
    order_date = date.fromisoformat(order["order_date"][:10])
    buyer = _buyer(conn, order)
    parcel = ParcelDeclarationInput(
        guid=ids["CEB603"], order_no=order["number"], trade_mode=order["trade_mode"], order_date=order_date,
        export_date=max(today, order_date), currency=currency, buyer=buyer, lines=goods,
        logistics_no=(waybill or {}).get("waybill_no", ""), gross_weight_kg=gross, net_weight_kg=net,
        pack_no=pack_no, freight=_major(order["freight"], currency),
        insured_fee=_major(order["insurance"], currency), destination_country=buyer.country,
        logistics_code=logistics_code, logistics_name=logistics_name)
    waybill_input = None
    if waybill:
        waybill_input = WaybillInput(
            ids["CEB505"], parcel.logistics_no, parcel.freight, parcel.insured_fee, currency, gross, pack_no,
            _goods_info(goods), logistics_code, logistics_name, consignee_name=buyer.name)
    return OrderDocuments(order, parcel, order_from_parcel(parcel, ids["CEB303"]),
                          _payment(payments, order, ids["CEB403"]), waybill_input,
                          tuple(line["product_id"] for line in lines), tuple(issues))
