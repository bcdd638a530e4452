"""The product editor: saving through the dialog, and refusing bad input with a message in the UI language."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit

from heihe_desk.ui.dialogs.product_dialog import ProductDialog
from heihe_desk.ui.main_window import MainWindow


def _type(dialog: ProductDialog, key: str, text: str) -> None:
    field = dialog.widgets[key]
    assert isinstance(field, QLineEdit)
    field.setText(text)
    field.textEdited.emit(text)


def _choose(dialog: ProductDialog, key: str, code: str) -> None:
    combo = dialog.widgets[key]
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(code))


def test_new_product_saved_through_dialog_appears_in_list(qtbot, window: MainWindow):
    """Filling the form and pressing Save stores the product, queues it for sync and lists it."""
    page = window.pages["products"]
    dialog = ProductDialog(window.ws, parent=page)
    dialog.record_saved.connect(lambda result: page.changes_made.emit(result[1]))
    qtbot.addWidget(dialog)
    for key, text in {"sku": "TEA-0001", "name_zh": "西湖龙井绿茶 250克", "name_ru": "Зелёный чай Лунцзин",
                      "hs_code": "0902101000", "tnved_code": "0902100000", "barcode": "4006381333931",
                      "unit1_per_sale": "0.25", "net_weight_kg": "0.25", "gross_weight_kg": "0.3",
                      "price_cny": "45.50"}.items():
        _type(dialog, key, text)
    _choose(dialog, "unit1", "035")
    with qtbot.waitSignal(dialog.record_saved, timeout=1000):
        dialog.on_save_clicked()
    assert window.ws.product_count() == 1
    product = window.ws.product(window.ws.product_by_barcode("4006381333931").id)
    assert product.price_cny == 4550 and product.unit1 == "035" and product.unit1_per_sale == "0.25"
    assert window.ws.pending_mutations() == 1
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, 1)) == "西湖龙井绿茶 250克"


def test_bad_hs_code_shows_message_in_chinese_and_saves_nothing(qtbot, window: MainWindow):
    """A 9-digit HS code keeps the dialog open with a Chinese message naming the field and an example."""
    dialog = ProductDialog(window.ws, parent=window.pages["products"])
    qtbot.addWidget(dialog)
    _type(dialog, "sku", "TEA-0002")
    _type(dialog, "name_zh", "红茶")
    _type(dialog, "hs_code", "090210100")
    dialog.on_save_clicked()
    assert window.ws.product_count() == 0
    assert window.ws.pending_mutations() == 0
    message = dialog.errors["hs_code"]
    assert not message.isHidden()
    assert "0902109000" in message.text()
    assert any("\u4e00" <= ch <= "\u9fff" for ch in message.text())
    assert "HS code" not in message.text()
    assert dialog.errors["sku"].isHidden()


def test_inline_validation_shows_only_touched_fields_until_save(qtbot, window: MainWindow):
    """Typing a wrong barcode shows its message at once; untouched required fields stay quiet."""
    dialog = ProductDialog(window.ws, parent=window.pages["products"])
    qtbot.addWidget(dialog)
    _type(dialog, "barcode", "4006381333932")
    dialog.revalidate()
    assert not dialog.errors["barcode"].isHidden()
    assert dialog.errors["sku"].isHidden()
    _type(dialog, "barcode", "4006381333931")
    dialog.revalidate()
    assert dialog.errors["barcode"].isHidden()


def test_editing_keeps_identity_and_bumps_version(qtbot, window: MainWindow):
    """Opening an existing product shows its values; saving a change updates the same record."""
    product, _ = window.ws.save_product({"sku": "TEA-0003", "name_zh": "乌龙茶", "price_cny": "12.5",
                                         "hs_code": "0902300000"})
    dialog = ProductDialog(window.ws, product.id, parent=window.pages["products"])
    qtbot.addWidget(dialog)
    assert dialog.widgets["price_cny"].text() == "12.50"  # type: ignore[attr-defined]
    _type(dialog, "name_ru", "Улун")
    dialog.on_save_clicked()
    row = window.ws.product_row(product.id)
    assert row["name_ru"] == "Улун" and row["version"] == 2 and row["price_cny"] == 1250
