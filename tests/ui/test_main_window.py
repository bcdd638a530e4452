"""Main window: language switching at runtime, search-as-you-type, partners, background check."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QLineEdit, QMessageBox

from heihe_desk.ui.main_window import MainWindow
from heihe_desk.ui.translation import LANGUAGE


def _has_cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


def _has_cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def _ime_type(field: QLineEdit, text: str) -> None:
    """Type as a Chinese/Russian input method does: one committed string (QTest cannot key CJK)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QCoreApplication.sendEvent(field, event)


def test_switching_language_retranslates_window_and_is_remembered(window: MainWindow):
    """Russian from the menu: title, navigation, headers and buttons change at once; the choice is stored."""
    assert _has_cjk(window.windowTitle())
    window.language_actions["ru"].trigger()
    page = window.pages["products"]
    assert LANGUAGE.lang == "ru"
    assert _has_cyrillic(window.windowTitle())
    assert _has_cyrillic(window.nav.item(0).text())
    assert _has_cyrillic(page.new_button.text())
    assert _has_cyrillic(str(page.model.headerData(1, Qt.Orientation.Horizontal)))
    assert window.ws.setting("language") == "ru"
    window.language_actions["en"].trigger()
    assert window.nav.item(0).text() == "Products"


def test_search_as_you_type_finds_chinese_by_one_character(qtbot, window: MainWindow):
    """Typing 茶 lists 绿茶 (a CJK substring shorter than a trigram) and the count follows."""
    window.ws.add_products([
        {"sku": "A1", "name_zh": "绿茶", "name_ru": "Зелёный чай"},
        {"sku": "A2", "name_zh": "咖啡", "name_ru": "Кофе"},
    ])
    page = window.pages["products"]
    page.reload()
    assert page.model.rowCount() == 2
    _ime_type(page.search, "茶")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=1000)
    assert page.model.data(page.model.index(0, 1)) == "绿茶"
    page.search.clear()
    _ime_type(page.search, "зелен")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=1000)
    assert "1" in page.count_label.text()


def test_partner_filter_by_kind(window: MainWindow):
    """The type filter narrows the partner list to one kind."""
    window.ws.save_partner({"kind": "buyer_company", "name": "ООО «Амур»", "inn": "7707083893", "kpp": "770701001"})
    window.ws.save_partner({"kind": "supplier", "name": "黑河茶叶有限公司", "uscc": "91110000600037341L"})
    page = window.pages["partners"]
    page.reload()
    assert page.model.rowCount() == 2
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("supplier"))
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, 0)) == "黑河茶叶有限公司"


def test_database_check_reports_sound_database(monkeypatch, window: MainWindow):
    """File ▸ Check database runs the integrity check through the runner and reports the result."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    window.check_action.trigger()
    assert shown and _has_cjk(shown[0])


def test_deleting_product_removes_it_from_list_and_queues_tombstone(monkeypatch, window: MainWindow):
    """Delete asks first; after Yes the row disappears and a delete mutation is queued."""
    window.ws.save_product({"sku": "D1", "name_zh": "红茶"})
    page = window.pages["products"]
    page.reload()
    page.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    page.on_delete_clicked()
    assert page.model.rowCount() == 0
    ops = [r[0] for r in window.ws.conn.execute("SELECT op FROM outbox ORDER BY seq")]
    assert ops == ["create", "delete"]
