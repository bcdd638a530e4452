"""Orders in the UI: the editor with barcode scanning, confirmation and shortages, payments, the list and language."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from heihe_desk.core.workspace import Workspace
from heihe_desk.ui.date_range import OPEN
from heihe_desk.ui.dialogs.order_dialog import OrderDialog
from heihe_desk.ui.dialogs.payment_dialog import PaymentDialog
from heihe_desk.ui.main_window import MainWindow
from heihe_desk.ui.pages.orders_page import OrdersPage

BARCODE = "4006381333931"


def _has_cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


@pytest.fixture
def shop(window: MainWindow) -> dict[str, Any]:
    """A tea with a barcode and prices in both currencies, a private buyer, and the shop location."""
    ws = window.ws
    tea, _ = ws.save_product({"sku": "TEA-0001", "name_zh": "西湖龙井绿茶", "name_ru": "Зелёный чай Лунцзин",
                              "barcode": BARCODE, "price_cny": "45.50", "price_rub": "560.00"})
    buyer, _ = ws.save_partner({"kind": "buyer_person", "name": "Иванов Иван"})
    return {"ws": ws, "tea": tea, "buyer": buyer, "location": ws.stock.ensure_default_location()}


def _orders_page(window: MainWindow) -> OrdersPage:
    window.show_page("orders")
    page = window.pages["orders"]
    assert isinstance(page, OrdersPage)
    return page


def _new_order_dialog(page: OrdersPage) -> OrderDialog:
    """Press "New order" on the page and return the editor it opened."""
    page.on_new_clicked()
    return page.findChildren(OrderDialog)[-1]


def _scan(qtbot, dialog: OrderDialog, code: str) -> None:
    """A barcode scanner types the digits and Enter into the scan field."""
    qtbot.keyClicks(dialog.scan, code)
    qtbot.keyClick(dialog.scan, Qt.Key.Key_Return)


def _order_with(ws: Workspace, shop: dict[str, Any], quantity: str, currency: str = "CNY") -> dict[str, Any]:
    return ws.orders.save_draft({"kind": "b2c", "buyer_id": shop["buyer"].id, "currency": currency,
                                 "order_date": "2026-03-08", "location_id": shop["location"]},
                                [{"product_id": shop["tea"].id, "quantity": quantity, "unit_price": "50.00"}])


def _receive(ws: Workspace, shop: dict[str, Any], quantity: str) -> None:
    ws.stock.receive({"product_id": shop["tea"].id, "location_id": shop["location"], "quantity": quantity})


def test_order_created_in_editor_by_barcode_scan(qtbot, window: MainWindow, shop):
    """Scanning a barcode adds the product at its CNY price; scanning it again adds one more; the live total
    follows; saving stores a draft that appears in the list."""
    page = _orders_page(window)
    dialog = _new_order_dialog(page)
    dialog.buyer.set_buyer(shop["buyer"].id)
    _scan(qtbot, dialog, BARCODE)
    assert dialog.lines.rowCount() == 1
    assert dialog.lines.lines[0].unit_price == "45.50"
    _scan(qtbot, dialog, BARCODE)
    assert dialog.lines.rowCount() == 1 and dialog.lines.lines[0].quantity == "2"
    assert dialog.scan.text() == ""
    assert "91.00" in dialog.totals.text()
    _scan(qtbot, dialog, "1234567890128")
    assert "1234567890128" in dialog.scan_message.text() and dialog.lines.rowCount() == 1
    dialog.on_save_clicked()
    assert shop["ws"].orders.count() == 1
    order = next(iter(shop["ws"].orders.rows(shop["ws"].orders.rowids()).values()))
    assert order["status"] == "draft" and order["total"] == 9100
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, 0)) == order["number"]


def test_switching_currency_reprices_lines_from_the_catalogue(qtbot, window: MainWindow, shop):
    """An order in RUB takes each product's RUB price, so nobody multiplies by hand."""
    dialog = _new_order_dialog(_orders_page(window))
    _scan(qtbot, dialog, BARCODE)
    dialog.currency.setCurrentIndex(dialog.currency.findData("RUB"))
    assert dialog.lines.lines[0].unit_price == "560.00"
    assert "₽" in dialog.totals.text() or "RUB" in dialog.totals.text()


def test_line_issue_is_shown_naming_the_line(qtbot, window: MainWindow, shop):
    """A zero quantity is refused with a message that names line 1 (in Chinese), and nothing is saved."""
    dialog = _new_order_dialog(_orders_page(window))
    dialog.buyer.set_buyer(shop["buyer"].id)
    _scan(qtbot, dialog, BARCODE)
    dialog.lines.setData(dialog.lines.index(0, 3), "0")
    dialog.on_save_clicked()
    assert shop["ws"].orders.count() == 0
    assert not dialog.summary.isHidden()
    assert "1" in dialog.summary.text() and any("\u4e00" <= ch <= "\u9fff" for ch in dialog.summary.text())
    dialog.buyer.setEditText("")
    dialog.on_save_clicked()
    assert not dialog.form.errors["buyer_id"].isHidden()


def test_confirming_in_editor_takes_stock_off_the_shelf(qtbot, window: MainWindow, shop):
    """"Save and confirm" makes the order a fact: status confirmed and the shop's stock goes down."""
    ws = shop["ws"]
    _receive(ws, shop, "10")
    dialog = _new_order_dialog(_orders_page(window))
    dialog.buyer.set_buyer(shop["buyer"].id)
    for _ in range(3):
        _scan(qtbot, dialog, BARCODE)
    dialog.on_confirm_clicked()
    order = next(iter(ws.orders.rows(ws.orders.rowids()).values()))
    assert order["status"] == "confirmed"
    assert ws.stock.totals()[shop["tea"].id] == 7000


def test_shortage_asks_and_can_be_confirmed_anyway(monkeypatch, window: MainWindow, shop):
    """Selling more than the shelf holds asks first: No keeps the draft, Yes confirms and stock goes negative."""
    ws = shop["ws"]
    _receive(ws, shop, "1")
    order = _order_with(ws, shop, "3")
    page = _orders_page(window)
    page.table.selectRow(0)
    asked: list[str] = []

    def answer(reply: QMessageBox.StandardButton) -> Any:
        return lambda *args, **kwargs: asked.append(args[2]) or reply

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    page.on_confirm_clicked()
    assert ws.orders.get(order["id"])["status"] == "draft" and asked
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    page.table.selectRow(0)
    page.on_confirm_clicked()
    assert ws.orders.get(order["id"])["status"] == "confirmed"
    assert ws.stock.totals()[shop["tea"].id] == -2000
    assert "TEA-0001" in asked[-1]


def test_rub_payment_on_cny_order_uses_the_rate_and_updates_the_balance(window: MainWindow, shop):
    """Paying 625 RUB on a 100 CNY order at 12.50 RUB per CNY records 50 CNY with the rate stamped on it."""
    ws = shop["ws"]
    _receive(ws, shop, "5")
    ws.rates.add({"rate_date": "2026-03-01", "base": "CNY", "quote": "RUB", "rate": "12.50"})
    order = _order_with(ws, shop, "2")
    ws.orders.confirm(order["id"])
    page = _orders_page(window)
    page.table.selectRow(0)
    page.on_payment_clicked()
    dialog = page.findChildren(PaymentDialog)[-1]
    assert dialog.amount.text() == "100.00"  # the balance owed, as a start
    dialog.date.setDate(dialog.date.date().fromString("2026-03-08", "yyyy-MM-dd"))
    dialog.currency.setCurrentIndex(dialog.currency.findData("RUB"))
    assert dialog.rate.isEnabled() and dialog.rate.text() == "0.08"
    dialog.amount.setText("625")
    dialog.update_preview()
    assert "50.00" in dialog.preview.text()
    dialog.on_save_clicked()
    assert ws.orders.get(order["id"])["paid"] == 5000
    payment = ws.orders.payments(order["id"])[0]
    assert payment["currency"] == "RUB" and payment["rate"] == "0.08" and payment["amount"] == 62500
    balance_column = [c.key for c in page.model.columns].index("balance")
    assert "50.00" in page.model.data(page.model.index(0, balance_column))


def test_overpayment_asks_before_recording(monkeypatch, window: MainWindow, shop):
    """Paying more than owed asks; No records nothing, Yes records the overpayment."""
    ws = shop["ws"]
    _receive(ws, shop, "5")
    order = _order_with(ws, shop, "1")
    ws.orders.confirm(order["id"])
    dialog = PaymentDialog(ws, order["id"], window)
    dialog.amount.setText("80")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    dialog.on_save_clicked()
    assert ws.orders.payments(order["id"]) == []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.on_save_clicked()
    assert ws.orders.get(order["id"])["paid"] == 8000


def test_confirmed_order_opens_read_only_with_history_and_trace(window: MainWindow, shop):
    """A confirmed order cannot be edited: no save buttons, no scan field, cells not editable; its status
    history, payments and where its goods came from are shown."""
    ws = shop["ws"]
    ws.stock.receive({"product_id": shop["tea"].id, "location_id": shop["location"], "quantity": "5",
                      "batch_no": "LOT-7", "expiry_date": "2027-01-01"})
    order = _order_with(ws, shop, "2")
    ws.orders.confirm(order["id"])
    dialog = OrderDialog(ws, order["id"], window)
    assert dialog.read_only
    assert dialog.save_button.isHidden() and dialog.confirm_button.isHidden()
    assert not dialog.lines.flags(dialog.lines.index(0, 3)) & Qt.ItemFlag.ItemIsEditable
    assert dialog.details is not None
    assert [r["to_status"] for r in dialog.details.history.rows] == ["draft", "confirmed"]
    assert dialog.details.trace.rows[0]["batch_no"] == "LOT-7"
    assert dialog.tabs.count() == 5
    assert dialog.details.values["status"].text()


def test_list_filters_by_status_and_buttons_follow_the_status_machine(window: MainWindow, shop):
    """The status filter narrows the list; for a confirmed order Confirm is off, Declared and Cancel are on."""
    ws = shop["ws"]
    _receive(ws, shop, "10")
    _order_with(ws, shop, "1")
    confirmed = _order_with(ws, shop, "1")
    ws.orders.confirm(confirmed["id"])
    page = _orders_page(window)
    assert page.model.rowCount() == 2
    page.status_filter.setCurrentIndex(page.status_filter.findData("confirmed"))
    assert page.model.rowCount() == 1
    page.table.selectRow(0)
    assert page.selected_id() == confirmed["id"]
    assert not page.confirm_button.isEnabled()
    assert page.cancel_button.isEnabled() and page.payment_button.isEnabled()
    assert page.status_buttons["declared"].isEnabled() and not page.status_buttons["delivered"].isEnabled()


def test_status_button_moves_order_and_records_history(monkeypatch, window: MainWindow, shop):
    """"Shipped" moves a confirmed order on; cancelling asks first and puts the goods back."""
    ws = shop["ws"]
    _receive(ws, shop, "10")
    order = _order_with(ws, shop, "4")
    ws.orders.confirm(order["id"])
    page = _orders_page(window)
    page.table.selectRow(0)
    page.status_buttons["shipped"].click()
    assert ws.orders.get(order["id"])["status"] == "shipped"
    assert page.status_buttons["delivered"].isEnabled()
    other = _order_with(ws, shop, "2")
    ws.orders.confirm(other["id"])
    page.reload()
    page.select_record(other["id"])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.cancel_button.click()
    assert ws.orders.get(other["id"])["status"] == "cancelled"
    assert ws.stock.totals()[shop["tea"].id] == 6000


def test_switching_language_retranslates_the_new_pages(window: MainWindow, shop):
    """Russian from the menu: navigation, buttons, filters, headers and statuses of orders, stock and rates."""
    _order_with(shop["ws"], shop, "1")
    page = _orders_page(window)
    window.language_actions["ru"].trigger()
    titles = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert all(_has_cyrillic(title) for title in titles)
    assert _has_cyrillic(page.new_button.text()) and _has_cyrillic(page.confirm_button.text())
    assert _has_cyrillic(page.status_filter.itemText(0))
    status_column = [c.key for c in page.model.columns].index("status")
    assert _has_cyrillic(page.model.data(page.model.index(0, status_column)))
    assert _has_cyrillic(str(page.model.headerData(0, Qt.Orientation.Horizontal)))
    for key in ("stock", "rates"):
        other = window.pages[key]
        assert _has_cyrillic(other.search.placeholderText())
        assert _has_cyrillic(str(other.model.headerData(1, Qt.Orientation.Horizontal)))
    dialog = OrderDialog(shop["ws"], None, window)
    assert _has_cyrillic(dialog.windowTitle()) and _has_cyrillic(dialog.save_button.text())


def test_product_search_adds_the_first_match_on_enter(qtbot, window: MainWindow, shop):
    """Typing a SKU into "Add a product" and pressing Enter adds that product as a line."""
    dialog = _new_order_dialog(_orders_page(window))
    qtbot.keyClicks(dialog.product_search, "TEA-0001")
    qtbot.keyClick(dialog.product_search, Qt.Key.Key_Return)
    assert [line.sku for line in dialog.lines.lines] == ["TEA-0001"]
    assert dialog.product_search.text() == ""


def test_entering_an_order_number_opens_that_order(qtbot, window: MainWindow, shop):
    """Typing (or scanning) an order number into the search and pressing Enter opens its editor."""
    order = _order_with(shop["ws"], shop, "1")
    _order_with(shop["ws"], shop, "2")
    page = _orders_page(window)
    qtbot.keyClicks(page.search, order["number"])
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    dialogs = page.findChildren(OrderDialog)
    assert dialogs and dialogs[-1].order is not None and dialogs[-1].order["id"] == order["id"]


def test_date_range_and_mode_filters_narrow_the_list(window: MainWindow, shop):
    """From/to dates bound the list (either end may stay open) and the trade-mode filter narrows it further."""
    ws = shop["ws"]
    _order_with(ws, shop, "1")  # 2026-03-08, 9610
    ws.orders.save_draft({"kind": "b2c", "trade_mode": "9810", "buyer_id": shop["buyer"].id,
                          "order_date": "2026-04-20", "location_id": shop["location"]},
                         [{"product_id": shop["tea"].id, "quantity": "1", "unit_price": "9.90"}])
    page = _orders_page(window)
    assert page.model.rowCount() == 2
    page.dates.date_from.setDate(QDate(2026, 4, 1))
    assert page.model.rowCount() == 1 and page.dates.period.currentData() == "custom"
    page.dates.date_from.setDate(OPEN)
    page.dates.date_to.setDate(QDate(2026, 3, 31))
    assert page.model.rowCount() == 1
    page.dates.period.setCurrentIndex(page.dates.period.findData("all"))
    assert page.model.rowCount() == 2
    page.mode_filter.setCurrentIndex(page.mode_filter.findData("9810"))
    assert page.model.rowCount() == 1
