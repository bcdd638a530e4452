"""Orders end to end in the core: drafts, confirmation with FEFO stock out, statuses, payments, waybills."""

from __future__ import annotations

import json

import pytest

from heihe_desk.core.domain.errors import ValidationError
from heihe_desk.core.domain.order import OrderStatus
from heihe_desk.core.locale.catalogue import error_text
from heihe_desk.core.workspace import Workspace


@pytest.fixture
def shop(workspace: Workspace):
    """A product with two batches in the shop, a supplier, a private buyer and a company buyer."""
    ws = workspace
    tea, _ = ws.save_product({"sku": "TEA-1", "name_zh": "绿茶", "name_ru": "Зелёный чай", "hs_code": "0902101000",
                              "unit1": "035", "unit1_per_sale": "0.25", "net_weight_kg": "0.25",
                              "gross_weight_kg": "0.3", "price_cny": "45.50"})
    supplier, _ = ws.save_partner({"kind": "supplier", "name": "黑河茶叶", "uscc": "91110000600037341L"})
    person, _ = ws.save_partner({"kind": "buyer_person", "name": "Иванов Иван"})
    company, _ = ws.save_partner({"kind": "buyer_company", "name": "ООО «Амур»", "inn": "7707083893",
                                  "kpp": "770701001"})
    shop_id = ws.stock.ensure_default_location()
    ws.stock.receive({"product_id": tea.id, "location_id": shop_id, "quantity": "5", "supplier_id": supplier.id,
                      "batch_no": "LATE", "expiry_date": "2027-06-01"})
    ws.stock.receive({"product_id": tea.id, "location_id": shop_id, "quantity": "5", "batch_no": "EARLY",
                      "expiry_date": "2027-01-01"})
    return ws, tea, person, company, shop_id


def _draft(ws, buyer, shop_id, product, qty="3", price="45.50", **head):
    return ws.orders.save_draft({"kind": "b2c", "buyer_id": buyer.id, "order_date": "2026-12-04",
                                 "location_id": shop_id, **head},
                                [{"product_id": product.id, "quantity": qty, "unit_price": price}])


def _outbox(ws: Workspace, entity: str) -> list[dict]:
    return [json.loads(r[0]) for r in ws.conn.execute("SELECT payload FROM outbox WHERE entity = ? ORDER BY seq",
                                                      (entity,))]


def test_draft_gets_device_number_totals_and_legal_quantities(shop):
    """A new draft has a human number with the device code, exact totals, and legal qty = qty × conversion."""
    ws, tea, person, _, shop_id = shop
    order = _draft(ws, person, shop_id, tea, qty="3", freight="10")
    assert order["number"] == f"ORD-2026-{ws.device.code}-000001"
    assert order["goods_total"] == 13650 and order["total"] == 14650
    line = ws.orders.lines(order["id"])[0]
    assert (line["qty1"], line["unit1"], line["net_kg"], line["name_ru"]) == ("0.75", "035", "0.75", "Зелёный чай")
    assert _outbox(ws, "orders")[-1]["lines"][0]["sku"] == "TEA-1"


def test_confirm_takes_stock_first_expiring_batch_first(shop):
    """Confirming 7 units takes the 5 EARLY units, then 2 of LATE; the trace names both batches and the supplier."""
    ws, tea, person, _, shop_id = shop
    order = ws.orders.confirm(_draft(ws, person, shop_id, tea, qty="7")["id"])
    assert order["status"] == OrderStatus.CONFIRMED
    assert ws.stock.on_hand(tea.id)[0]["qty_milli"] == 3000
    trace = ws.stock.where_sale_came_from(order["id"])
    assert [(t["batch_no"], t["qty_milli"]) for t in trace] == [("EARLY", 5000), ("LATE", 2000)]
    assert trace[1]["supplier_name"] == "黑河茶叶"
    late = next(b for b in ws.stock.batches(tea.id) if b["batch_no"] == "LATE")
    went = ws.stock.where_batch_went(late["id"])
    assert [m["order_number"] for m in went if m["kind"] == "sale"] == [order["number"]]


def test_confirm_refuses_shortage_unless_told_and_then_shows_negative_stock(shop):
    """Selling more than the shelf holds needs an explicit yes; the oversold quantity stays visible."""
    ws, tea, person, _, shop_id = shop
    order = _draft(ws, person, shop_id, tea, qty="12")
    with pytest.raises(ValidationError) as caught:
        ws.orders.confirm(order["id"])
    assert "lines[0].quantity" in caught.value.fields()
    assert ws.orders.get(order["id"])["status"] == "draft"
    assert ws.stock.on_hand(tea.id)[0]["qty_milli"] == 10000
    ws.orders.confirm(order["id"], allow_oversell=True)
    assert ws.stock.on_hand(tea.id)[0]["qty_milli"] == -2000


def test_confirmed_order_cannot_be_edited(shop):
    """Confirmed orders are facts: editing is refused with a message and nothing changes."""
    ws, tea, person, _, shop_id = shop
    order = ws.orders.confirm(_draft(ws, person, shop_id, tea)["id"])
    with pytest.raises(ValidationError) as caught:
        ws.orders.save_draft({"kind": "b2c", "buyer_id": person.id, "order_date": "2026-12-04",
                              "location_id": shop_id}, [{"product_id": tea.id, "quantity": "1", "unit_price": "1"}],
                             order["id"])
    assert "cancel" in error_text(caught.value, "en")
    assert ws.orders.lines(order["id"])[0]["qty_milli"] == 3000


def test_status_history_and_illegal_moves(shop):
    """Each move is kept with time and actor; skipping steps backwards is refused."""
    ws, tea, person, _, shop_id = shop
    order = ws.orders.confirm(_draft(ws, person, shop_id, tea)["id"])
    for target in ("declared", "released", "shipped", "delivered"):
        ws.orders.set_status(order["id"], target)
    with pytest.raises(ValidationError):
        ws.orders.set_status(order["id"], "draft")
    events = ws.orders.events(order["id"])
    assert [e["to_status"] for e in events] == ["draft", "confirmed", "declared", "released", "shipped", "delivered"]
    assert all(e["actor"] == ws.device.code for e in events)


def test_cancel_and_return_put_stock_back_with_new_movements(shop):
    """Cancelling a confirmed order and returning a delivered one add movements; sales rows stay."""
    ws, tea, person, _, shop_id = shop
    first = ws.orders.confirm(_draft(ws, person, shop_id, tea, qty="2")["id"])
    ws.orders.cancel(first["id"], "buyer changed mind")
    second = ws.orders.confirm(_draft(ws, person, shop_id, tea, qty="4")["id"])
    for target in ("shipped", "delivered"):
        ws.orders.set_status(second["id"], target)
    ws.orders.mark_returned(second["id"])
    assert ws.stock.on_hand(tea.id)[0]["qty_milli"] == 10000
    kinds = [r[0] for r in ws.conn.execute("SELECT kind FROM stock_movements WHERE order_id != '' ORDER BY rowid")]
    assert kinds.count("sale") >= 2 and "cancellation" in kinds and "return" in kinds


def test_b2c_needs_a_person_and_b2b_a_company(shop):
    """The buyer must fit the order type; the message names the buyer field."""
    ws, tea, _, company, shop_id = shop
    with pytest.raises(ValidationError) as caught:
        _draft(ws, company, shop_id, tea)
    assert caught.value.fields() == {"buyer_id"}
    order = ws.orders.save_draft({"kind": "b2b", "buyer_id": company.id, "order_date": "2026-12-04",
                                  "location_id": shop_id},
                                 [{"product_id": tea.id, "quantity": "1", "unit_price": "40"}])
    assert order["trade_mode"] == "9710"


@pytest.mark.parametrize("line, field", [
    ({"quantity": "-1", "unit_price": "1"}, "lines[0].quantity"),
    ({"quantity": "0", "unit_price": "1"}, "lines[0].quantity"),
    ({"quantity": "1.0001", "unit_price": "1"}, "lines[0].quantity"),
    ({"quantity": "2", "unit_price": "abc"}, "lines[0].unit_price"),
    ({"quantity": "2"}, "lines[0].unit_price"),
])
def test_bad_lines_are_refused_and_nothing_written(shop, line, field):
    """Negative/zero/over-precise quantities and missing prices are named per line; no order row appears."""
    ws, tea, person, _, shop_id = shop
    before = ws.conn.execute("SELECT count(*) FROM outbox").fetchone()[0]
    with pytest.raises(ValidationError) as caught:
        ws.orders.save_draft({"kind": "b2c", "buyer_id": person.id, "order_date": "2026-12-04",
                              "location_id": shop_id}, [{"product_id": tea.id, **line}])
    assert field in caught.value.fields()
    assert ws.orders.count() == 0
    assert ws.conn.execute("SELECT count(*) FROM outbox").fetchone()[0] == before


def test_unknown_product_is_refused(shop):
    """A line must point at an existing product."""
    ws, _, person, _, shop_id = shop
    with pytest.raises(ValidationError) as caught:
        ws.orders.save_draft({"kind": "b2c", "buyer_id": person.id, "order_date": "2026-12-04",
                              "location_id": shop_id}, [{"product_id": "nope", "quantity": "1", "unit_price": "1"}])
    assert "lines[0].product_id" in caught.value.fields()


def test_payment_in_roubles_uses_rate_and_is_stamped(shop):
    """A RUB payment against a CNY order converts with the day's rate; the rate is kept on the payment."""
    ws, tea, person, _, shop_id = shop
    order = ws.orders.confirm(_draft(ws, person, shop_id, tea, qty="2", price="50")["id"])
    ws.rates.add({"rate_date": "2026-12-01", "base": "CNY", "quote": "RUB", "rate": "12.5"})
    payment = ws.orders.add_payment(order["id"], {"amount": "625", "currency": "RUB", "paid_at": "2026-12-04"})
    assert payment["amount_order_currency"] == 5000 and payment["rate"] == "0.08"
    assert ws.orders.get(order["id"])["paid"] == 5000
    with pytest.raises(ValidationError):
        ws.orders.add_payment(order["id"], {"amount": "60", "currency": "CNY"})
    ws.orders.add_payment(order["id"], {"amount": "60", "currency": "CNY"}, allow_overpay=True)
    assert ws.orders.get(order["id"])["paid"] == 11000


def test_payment_without_known_rate_asks_for_one(shop):
    """No rate on file for the pair: the message asks to enter the rate used."""
    ws, tea, person, _, shop_id = shop
    order = ws.orders.confirm(_draft(ws, person, shop_id, tea)["id"])
    with pytest.raises(ValidationError) as caught:
        ws.orders.add_payment(order["id"], {"amount": "100", "currency": "RUB"})
    assert caught.value.fields() == {"rate"}
    payment = ws.orders.add_payment(order["id"], {"amount": "125", "currency": "RUB", "rate": "0.08"})
    assert payment["amount_order_currency"] == 1000


@pytest.mark.parametrize("rate", ["0", "-1", "abc", ""])
def test_rate_of_zero_or_garbage_is_refused(workspace, rate):
    """A rate must be a positive number."""
    with pytest.raises(ValidationError) as caught:
        workspace.rates.add({"rate_date": "2026-12-01", "base": "CNY", "quote": "RUB", "rate": rate})
    assert caught.value.fields() == {"rate"}


def test_waybill_and_timeline(shop):
    """A waybill with carrier, weight and size, and its status timeline, belongs to the order."""
    ws, tea, person, _, shop_id = shop
    order = ws.orders.confirm(_draft(ws, person, shop_id, tea)["id"])
    ws.orders.set_waybill(order["id"], {"waybill_no": "HH123456789RU", "weight_kg": "1.2", "parcels": "1"})
    ws.orders.add_waybill_event(order["id"], "handed over", "黑河")
    ws.orders.set_waybill(order["id"], {"waybill_no": "HH123456789RU", "weight_kg": "1.3"})
    waybill = ws.orders.waybill(order["id"])
    assert waybill["weight_kg"] == "1.3" and waybill["version"] == 2
    assert [e["place"] for e in waybill["events"]] == ["黑河"]


def test_orders_found_by_number_or_uuid_and_filtered(shop):
    """The CLI and UI accept an order's number or UUID; list filters by status and date."""
    ws, tea, person, _, shop_id = shop
    draft = _draft(ws, person, shop_id, tea)
    confirmed = ws.orders.confirm(_draft(ws, person, shop_id, tea, qty="1", order_date="2026-11-01")["id"])
    assert ws.orders.get(draft["number"])["id"] == draft["id"]
    assert ws.orders.get(confirmed["id"])["number"] == confirmed["number"]
    assert len(ws.orders.rowids(status="confirmed")) == 1
    assert len(ws.orders.rowids(date_from="2026-12-01")) == 1
    assert len(ws.orders.rowids(search=person.name[:3])) == 2


def test_transfer_moves_stock_between_locations_and_refuses_more_than_held(shop):
    """A transfer is two movements with one transfer id; asking for more than the source holds is refused."""
    ws, tea, _, _, shop_id = shop
    border = ws.stock.add_location("黑河边境仓", "border_warehouse")
    ws.stock.transfer(tea.id, shop_id, border, 6000)
    by_location = {r["location_id"]: r["qty_milli"] for r in ws.stock.on_hand(tea.id)}
    assert by_location == {shop_id: 4000, border: 6000}
    with pytest.raises(ValidationError):
        ws.stock.transfer(tea.id, shop_id, border, 5000)


def test_every_fact_is_queued_for_sync(shop):
    """Receipts, batches, sales, payments and rates each leave outbox rows in their transaction."""
    ws, tea, person, _, shop_id = shop
    order = ws.orders.confirm(_draft(ws, person, shop_id, tea)["id"])
    ws.rates.add({"rate_date": "2026-12-01", "base": "CNY", "quote": "RUB", "rate": "12.5"})
    ws.orders.add_payment(order["id"], {"amount": "10", "currency": "CNY"})
    entities = {r[0] for r in ws.conn.execute("SELECT DISTINCT entity FROM outbox")}
    assert {"orders", "stock_movements", "batches", "payments", "rates", "locations"} <= entities
    assert ws.check() == []


@pytest.mark.parametrize("data, field", [
    ({"waybill_no": ""}, "waybill_no"),
    ({"waybill_no": "X1", "weight_kg": "heavy"}, "weight_kg"),
    ({"waybill_no": "X1", "parcels": "two"}, "parcels"),
    ({"waybill_no": "X1", "length_cm": "-3"}, "length_cm"),
])
def test_bad_waybill_input_is_named(shop, data, field):
    """A waybill with a bad number, weight, size or parcel count is refused field by field."""
    ws, tea, person, _, shop_id = shop
    order = ws.orders.confirm(_draft(ws, person, shop_id, tea)["id"])
    with pytest.raises(ValidationError) as caught:
        ws.orders.set_waybill(order["id"], data)
    assert field in caught.value.fields()
    assert ws.orders.waybill(order["id"]) is None
