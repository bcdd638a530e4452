"""Stock and rates in the UI: receiving with batches and tracing them, oversold and low stock, transfers, rates."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from heihe_desk.ui.dialogs.locations_dialog import LocationsDialog
from heihe_desk.ui.dialogs.stock_dialogs import AdjustDialog, ReceiveDialog, TransferDialog
from heihe_desk.ui.display import NEGATIVE
from heihe_desk.ui.main_window import MainWindow
from heihe_desk.ui.pages.rates_page import RatesPage
from heihe_desk.ui.pages.stock_page import StockPage


@pytest.fixture
def stock(window: MainWindow) -> dict[str, Any]:
    """A tea, a private buyer, a supplier and the shop location."""
    ws = window.ws
    tea, _ = ws.save_product({"sku": "TEA-0001", "name_zh": "西湖龙井绿茶", "name_ru": "Зелёный чай Лунцзин",
                              "barcode": "4006381333931", "price_cny": "45.50"})
    buyer, _ = ws.save_partner({"kind": "buyer_person", "name": "Иванов Иван"})
    supplier, _ = ws.save_partner({"kind": "supplier", "name": "黑河茶叶有限公司", "uscc": "91110000600037341L"})
    return {"ws": ws, "tea": tea, "buyer": buyer, "supplier": supplier,
            "location": ws.stock.ensure_default_location()}


def _stock_page(window: MainWindow) -> StockPage:
    window.show_page("stock")
    page = window.pages["stock"]
    assert isinstance(page, StockPage)
    return page


def _cell(page: StockPage, row: int, key: str) -> Any:
    column = [c.key for c in page.model.columns].index(key)
    return page.model.index(row, column)


def _sell(ws: Any, stock: dict[str, Any], quantity: str) -> dict[str, Any]:
    order = ws.orders.save_draft({"kind": "b2c", "buyer_id": stock["buyer"].id, "order_date": "2026-03-08",
                                  "location_id": stock["location"]},
                                 [{"product_id": stock["tea"].id, "quantity": quantity, "unit_price": "45.50"}])
    return ws.orders.confirm(order["id"], allow_oversell=True)


def test_receiving_goods_with_a_batch_shows_on_hand_and_the_batch_trace(window: MainWindow, stock):
    """Receive goods through the dialog (batch, supplier, dates typed the local way): the stock table shows the
    quantity, the batch panel the batch, and "where did this batch go" lists the receipt and the sale."""
    ws = stock["ws"]
    page = _stock_page(window)
    page.on_new_clicked()
    dialog = page.findChildren(ReceiveDialog)[-1]
    dialog.product.set_product(stock["tea"].id)
    dialog.quantity.setText("12")
    dialog.supplier.setCurrentIndex(dialog.supplier.findData(stock["supplier"].id))
    dialog.batch_no.setText("LOT-2026-03")
    dialog.made.setText("2026/3/1")
    dialog.expires.setText("2027-03-01")
    dialog.on_save_clicked()
    assert page.model.rowCount() == 1
    assert page.model.data(_cell(page, 0, "total")) == "12"
    order = _sell(ws, stock, "5")
    page.reload()
    assert page.model.data(_cell(page, 0, "total")) == "7"
    page.table.selectRow(0)
    assert [r["batch_no"] for r in page.batches.rows] == ["LOT-2026-03"]
    assert page.batches.rows[0]["production_date"] == "2026-03-01"
    assert [r["kind"] for r in page.movements.rows] == ["sale", "receipt"]
    page.batches_view.selectRow(0)
    trace = page.trace.rows
    assert [r["kind"] for r in trace] == ["receipt", "sale"]
    assert trace[1]["order_number"] == order["number"] and trace[1]["buyer_name"] == "Иванов Иван"
    assert "LOT-2026-03" in page.trace_caption.text()


def test_receipt_issues_are_shown_under_the_fields(window: MainWindow, stock):
    """No product and a bad quantity: the dialog stays open with messages under both fields; nothing is stored."""
    page = _stock_page(window)
    dialog = ReceiveDialog(stock["ws"], "", page)
    dialog.quantity.setText("-1")
    dialog.expires.setText("someday")
    dialog.on_save_clicked()
    assert not dialog.form.errors["product_id"].isHidden()
    assert not dialog.form.errors["quantity"].isHidden()
    assert not dialog.form.errors["expiry_date"].isHidden()
    assert stock["ws"].stock.totals() == {}


def test_oversold_stock_shows_negative_in_red_with_an_explanation(window: MainWindow, stock):
    """Two offline sales of the same units leave stock below zero: shown as -2, red, with a tooltip saying why."""
    ws = stock["ws"]
    ws.stock.receive({"product_id": stock["tea"].id, "location_id": stock["location"], "quantity": "1"})
    _sell(ws, stock, "3")
    page = _stock_page(window)
    index = _cell(page, 0, f"loc:{stock['location']}")
    assert page.model.data(index) == "-2"
    assert page.model.data(index, Qt.ItemDataRole.ForegroundRole) == NEGATIVE
    tooltip = page.model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert "超卖" in tooltip and "离线" in tooltip  # oversold, offline: the reason, in the user's language


def test_low_stock_is_warned_and_can_be_listed_alone(window: MainWindow, stock):
    """Below the threshold from settings a banner warns, the row is highlighted and "Low stock only" lists it."""
    ws = stock["ws"]
    coffee, _ = ws.save_product({"sku": "COF-0001", "name_zh": "咖啡"})
    ws.stock.receive({"product_id": stock["tea"].id, "location_id": stock["location"], "quantity": "2"})
    ws.stock.receive({"product_id": coffee.id, "location_id": stock["location"], "quantity": "50"})
    page = _stock_page(window)
    assert page.model.rowCount() == 2
    assert not page.banner.isHidden()
    low_row = 1 if page.model.data(page.model.index(0, 0)) == "COF-0001" else 0
    assert page.model.data(page.model.index(low_row, 0), Qt.ItemDataRole.BackgroundRole) is not None
    page.low_only.setChecked(True)
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, 0)) == "TEA-0001"


def test_transfer_and_adjustment_move_stock(window: MainWindow, stock):
    """A new warehouse gets its own column; a transfer moves units there; an adjustment writes off one."""
    ws = stock["ws"]
    ws.stock.receive({"product_id": stock["tea"].id, "location_id": stock["location"], "quantity": "10"})
    page = _stock_page(window)
    locations = LocationsDialog(ws, page)
    locations.stock_changed.connect(page.changes_made)
    locations.name.setText("黑河边境仓")
    locations.kind.setCurrentIndex(locations.kind.findData("border_warehouse"))
    locations.on_add_clicked()
    warehouse = next(r["id"] for r in ws.stock.locations() if r["name"] == "黑河边境仓")
    assert f"loc:{warehouse}" in [c.key for c in page.model.columns]
    transfer = TransferDialog(ws, stock["tea"].id, page)
    transfer.stock_changed.connect(page.changes_made)
    transfer.destination.setCurrentIndex(transfer.destination.findData(warehouse))
    assert "10" in transfer.hint.text()
    transfer.quantity.setText("4")
    transfer.on_save_clicked()
    assert page.model.data(_cell(page, 0, f"loc:{warehouse}")) == "4"
    adjust = AdjustDialog(ws, stock["tea"].id, page)
    adjust.stock_changed.connect(page.changes_made)
    adjust.quantity.setText("-1")
    adjust.on_save_clicked()
    assert page.model.data(_cell(page, 0, f"loc:{stock['location']}")) == "5"
    assert page.model.data(_cell(page, 0, "total")) == "9"


def test_rates_page_adds_a_rate_and_explains_a_bad_one(window: MainWindow):
    """A rate of zero is refused with a Chinese message under the field; a good one appears in the table."""
    window.show_page("rates")
    page = window.pages["rates"]
    assert isinstance(page, RatesPage)
    page.rate.setText("0")
    page.on_add_clicked()
    message = page.form.errors["rate"]
    assert not message.isHidden() and any("\u4e00" <= ch <= "\u9fff" for ch in message.text())
    page.rate.setText("12.45")
    page.on_add_clicked()
    assert message.isHidden()
    assert page.model.rowCount() == 1
    assert "12.45" in page.model.data(page.model.index(0, 2))
    assert window.ws.rates.rate_for("CNY", "RUB", "2100-01-01") is not None
