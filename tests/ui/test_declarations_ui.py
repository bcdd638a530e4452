"""Declarations in the UI: the page and its filters, declaring with checks, settings, replies, summary, languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from declaration_shop import SETTINGS, Shop, build_shop
from PySide6.QtWidgets import QFileDialog, QMessageBox

from heihe_desk.core.customs import DeclarationSettings
from heihe_desk.ui import declaration_actions
from heihe_desk.ui.dialogs.declaration_generate_dialog import GenerateDialog
from heihe_desk.ui.dialogs.declaration_settings_dialog import DeclarationSettingsDialog
from heihe_desk.ui.dialogs.declaration_summary_dialog import SummaryDialog
from heihe_desk.ui.dialogs.declaration_view_dialog import DeclarationViewDialog
from heihe_desk.ui.main_window import MainWindow
from heihe_desk.ui.pages.declarations_page import DeclarationsPage
from heihe_desk.ui.translation import LANGUAGE

REJECTION = "[Code:-621001;Desc:清单报文校验失败：表体第1项法定第一数量与申报数量不符]"


def list_reply(cop_no: str, status: str, info: str, when: str = "20260309101112013") -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?><ceb:CEB604Message guid="R" version="1.0" '
            f'xmlns:ceb="http://www.chinaport.gov.cn/ceb"><ceb:InventoryReturn><ceb:guid>G</ceb:guid>'
            f"<ceb:copNo>{cop_no}</ceb:copNo><ceb:invtNo>12342026E000000001</ceb:invtNo>"
            f"<ceb:returnStatus>{status}</ceb:returnStatus><ceb:returnTime>{when}</ceb:returnTime>"
            f"<ceb:returnInfo>{info}</ceb:returnInfo></ceb:InventoryReturn></ceb:CEB604Message>").encode()


@pytest.fixture
def shop(window: MainWindow) -> Shop:
    return build_shop(window.ws)


def _page(window: MainWindow) -> DeclarationsPage:
    window.show_page("declarations")
    page = window.pages["declarations"]
    assert isinstance(page, DeclarationsPage)
    return page


def _texts(page: DeclarationsPage, key: str) -> list[str]:
    column = [c.key for c in page.model.columns].index(key)
    return [page.model.index(row, column).data() for row in range(page.model.rowCount())]


def _declared(shop: Shop, waybill: str = "SF1") -> tuple[dict, dict]:
    order = shop.order([("TEA-0001", "2", "45.50")], waybill=waybill)
    assert shop.ws.declarations.generate([order["id"]], accept_warnings=True).declared
    ids = shop.ws.declarations.rowids(message_type="CEB603", order_id=order["id"])
    return order, next(iter(shop.ws.declarations.rows(ids).values()))


def _generate_dialog(page: DeclarationsPage) -> GenerateDialog:
    page.on_new_clicked()
    return page.findChildren(GenerateDialog)[-1]


def test_page_lists_messages_with_statuses_in_chinese_and_russian_and_filters(window: MainWindow, shop: Shop):
    """Protects the list: every message with its type, order and status in the UI language (a rejection's
    reason translated), and the status filter."""
    _order, row = _declared(shop)
    shop.ws.declarations.apply_reply(list_reply(row["cop_no"], "100", REJECTION))
    page = _page(window)
    page.reload()
    assert page.model.rowCount() == 4
    assert "海关退单" in _texts(page, "status") and "清单校验失败" in _texts(page, "status_text")
    assert any(text.startswith("CEB603 ") for text in _texts(page, "message_type"))
    LANGUAGE.apply("ru")
    assert "Отклонено таможней" in _texts(page, "status")
    assert "Декларация-список не прошла проверку" in _texts(page, "status_text")
    page.status_filter.setCurrentIndex(page.status_filter.findData("rejected"))
    assert page.model.rowCount() == 1 and "1" in page.count_label.text()


def test_declaring_checks_then_declares_ready_orders_and_names_what_blocks(window: MainWindow, shop: Shop):
    """Protects the declare dialog: "Check" shows blocked orders with the product to fix and warnings to accept;
    "Declare" stores and queues only the ready ones (warnings only once accepted) and the list refreshes."""
    shop.ws.rates.add({"rate_date": "2026-03-01", "base": "EUR", "quote": "CNY", "rate": "7.85"})
    good = shop.order([("TEA-0001", "1", "45.50")], waybill="SF1")
    warned = shop.order([("HON-0003", "30", "68.00")], waybill="SF2")
    blocked = shop.order([("SOC-0004", "1", "25.00")], waybill="SF3")
    page = _page(window)
    dialog = _generate_dialog(page)
    assert dialog.model.rowCount() == 3
    dialog.table.selectAll()
    dialog.on_check_clicked()
    html = dialog.result_view.toPlainText()
    assert blocked["number"] in html and "SOC-0004" in html and warned["number"] in html
    assert dialog.declare_button.isEnabled() and dialog.accept_warnings.isVisibleTo(dialog)
    dialog.on_declare_clicked()
    assert shop.ws.orders.get(good["id"])["status"] == "declared"
    assert shop.ws.orders.get(warned["id"])["status"] == "confirmed"
    dialog.table.selectAll()
    dialog.on_check_clicked()
    dialog.accept_warnings.setChecked(True)
    dialog.on_declare_clicked()
    assert shop.ws.orders.get(warned["id"])["status"] == "declared"
    assert shop.ws.orders.get(blocked["id"])["status"] == "confirmed"
    assert page.model.rowCount() == 8


def test_first_declaration_without_settings_leads_to_the_settings_with_explanations(window: MainWindow):
    """Protects "never guessed": declaring without settings opens the settings dialog, every missing field says
    where its value comes from; after saving, the order is checked again and can be declared."""
    shop = build_shop(window.ws, settings=None)
    order = shop.order([("TEA-0001", "1", "45.50")])
    dialog = _generate_dialog(_page(window))
    dialog.table.selectAll()
    dialog.on_check_clicked()
    settings = dialog.findChildren(DeclarationSettingsDialog)[-1]
    assert settings.problem.isVisible()
    assert "海关注册编码" in settings.hints["ebc_code"].text()
    assert "4 位" in settings.hints["customs_code"].text() or "关区代码" in settings.hints["customs_code"].text()
    for name in settings.inputs:
        if name in ("traf_mode", "wrap_type", "statistics_flag", "code_form"):
            combo = settings.inputs[name]
            combo.setCurrentIndex(max(combo.findData(getattr(SETTINGS, name)), 0))
        elif name not in ("currency_codes", "country_codes"):
            settings.inputs[name].setText(str(getattr(SETTINGS, name)))
    settings.on_save_clicked()
    assert window.ws.declarations.settings().customs_code == "1234"
    assert dialog.checks and not dialog.checks[0].settings and dialog.checks[0].ready   # checked again at once
    dialog.accept_warnings.setChecked(True)      # no EUR rate entered: the EAEU limit could not be checked
    assert dialog.declare_button.isEnabled()
    dialog.on_declare_clicked()
    assert window.ws.orders.get(order["id"])["status"] == "declared"


def test_settings_dialog_refuses_malformed_values_and_keeps_the_filed_messages(window: MainWindow):
    """Protects the settings form: a 3-digit customs code is refused under its field; the messages the trader
    files are saved with the rest."""
    window.ws.declarations.save_settings(DeclarationSettings(), [])
    dialog = DeclarationSettingsDialog(window.ws, window)
    dialog.inputs["customs_code"].setText("123")
    dialog.files["CEB505"].setChecked(True)
    dialog.on_save_clicked()
    assert not dialog.hints["customs_code"].isHidden() and "4" in dialog.hints["customs_code"].text()
    dialog.inputs["customs_code"].setText("1234")
    dialog.on_save_clicked()
    assert window.ws.declarations.load_settings() == (DeclarationSettings(customs_code="1234"),
                                                      frozenset({"CEB505"}))


def test_rejection_is_explained_in_chinese_and_russian_with_the_record_to_fix(window: MainWindow, shop: Shop):
    """Protects capability 7's promise: the view says customs' reason in the trader's language, what to do,
    which order to fix, keeps customs' original words, and offers to declare the order again."""
    order, row = _declared(shop)
    shop.ws.declarations.apply_reply(list_reply(row["cop_no"], "100", REJECTION))
    dialog = DeclarationViewDialog(shop.ws, row["id"], window)
    said = dialog.said.text()
    assert "清单校验失败" in said and order["number"] in said and "清单报文校验失败" in said
    assert dialog.again_button.isVisibleTo(dialog)
    LANGUAGE.apply("ru")
    said = dialog.said.text()
    assert "Декларация-список не прошла проверку" in said and order["number"] in said
    assert "<ceb:InventoryList>" in dialog.xml.toPlainText()


def test_import_replies_and_export_through_the_page(window: MainWindow, shop: Shop, tmp_path: Path, monkeypatch):
    """Protects the file actions: chosen reply files move statuses (and the message says so); Export writes the
    selected messages to the chosen folder."""
    order, row = _declared(shop)
    reply = tmp_path / "604.xml"
    reply.write_bytes(list_reply(row["cop_no"], "800", "放行"))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(reply)], ""))
    page = _page(window)
    page.on_import_clicked()
    assert shop.ws.orders.get(order["id"])["status"] == "released"
    box = page.findChildren(QMessageBox)[-1]
    assert order["number"] in box.text() and "已放行" in box.text()
    shown: list[str] = []
    monkeypatch.setattr(declaration_actions.QMessageBox, "information", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path / "out"))
    page.table.selectAll()
    page.on_export_clicked()
    assert len(list((tmp_path / "out").iterdir())) == 4 and shown


def test_summary_dialog_shows_the_plan_then_generates(window: MainWindow, shop: Shop):
    """Protects the summary flow: the plan names the released list; generating queues one CEB701."""
    from PySide6.QtCore import QDate

    _order, row = _declared(shop)
    shop.ws.declarations.apply_reply(list_reply(row["cop_no"], "800", "放行", when="20260305101112013"))
    page = _page(window)
    page.on_summary_clicked()
    dialog = page.findChildren(SummaryDialog)[-1]
    dialog.start.setDate(QDate(2026, 3, 1))
    dialog.end.setDate(QDate(2026, 3, 31))
    dialog.on_plan_clicked()
    assert "12342026E000000001" in dialog.result_view.toPlainText()
    dialog.on_generate_clicked()
    assert shop.ws.declarations.rowids(message_type="CEB701")
    assert page.model.rowCount() == 5
