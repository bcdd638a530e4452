"""The document preview dialog: pages on screen, printing through QPrinter (to PDF here), receipts on 58/80 mm."""

from __future__ import annotations

from pathlib import Path

import pytest
from document_order import Shop, make_shop
from pypdf import PdfReader
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel, QPushButton

from heihe_desk.core.documents.model import DocumentKind
from heihe_desk.core.workspace import Workspace
from heihe_desk.ui.dialogs.document_preview import DocumentPreviewDialog
from heihe_desk.ui.dialogs.seller_dialog import SellerDialog
from heihe_desk.ui.main_window import MainWindow
from heihe_desk.ui.pages.orders_page import OrdersPage
from heihe_desk.ui.runner import ImmediateRunner
from heihe_desk.ui.translation import LANGUAGE

MM = 72 / 25.4


@pytest.fixture
def shop(window: MainWindow) -> Shop:
    return make_shop(window.ws)


def _dialog(qtbot, ws: Workspace, order_id: str) -> DocumentPreviewDialog:
    dialog = DocumentPreviewDialog(ws, order_id, runner=ImmediateRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _pdf_printer(path: Path, dialog: DocumentPreviewDialog) -> QPrinter:
    """The printer the Print… button sets up, sending its output to a PDF file instead of a device."""
    printer = dialog.printer_for_document()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_preview_shows_pages_saves_and_prints_the_invoice(qtbot, shop: Shop, tmp_path: Path) -> None:
    """The invoice renders to pages on screen with its number; "Save as PDF" copies the file; printing paints
    the pages onto an A4 QPrinter (a PDF file here, no real printer)."""
    order = shop.order(lines=3)
    dialog = _dialog(qtbot, shop.ws, order["id"])
    dialog.choose(DocumentKind.INVOICE, "zh+ru")
    assert dialog.rendered is not None and dialog.prepared is not None
    assert dialog.prepared.number in dialog.status.text()
    page = dialog.findChild(QLabel, "page_1")
    assert page is not None and page.pixmap().width() > 700
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()
    saved = dialog.save_to(tmp_path / "copy.pdf")
    assert saved.read_bytes() == dialog.rendered.path.read_bytes()
    printed = tmp_path / "printed.pdf"
    dialog.print_to(_pdf_printer(printed, dialog), dpi=100)
    assert dialog.printed
    pages = PdfReader(str(printed)).pages
    assert len(pages) == len(dialog.rendered.pages)
    assert abs(float(pages[0].mediabox.width) - 210 * MM) < 1 and abs(float(pages[0].mediabox.height) - 297 * MM) < 1


@pytest.mark.parametrize("width", [58, 80])
def test_receipt_prints_on_paper_as_wide_as_the_roll(qtbot, shop: Shop, tmp_path: Path, width: int) -> None:
    """A receipt's printer page is a custom size exactly 58 or 80 mm wide (as long as the receipt), margins 0."""
    sale = shop.sale()
    dialog = _dialog(qtbot, shop.ws, sale["id"])
    dialog.choose(DocumentKind.RECEIPT, "ru", width)
    assert dialog.paper.isVisible() and dialog.rendered is not None
    printer = _pdf_printer(tmp_path / f"r{width}.pdf", dialog)
    size = printer.pageLayout().pageSize().size(QPageSize.Unit.Millimeter)
    assert abs(size.width() - width) < 0.1 and size.height() > 100
    assert printer.pageLayout().margins().left() == 0
    dialog.print_to(printer, dpi=203)  # a thermal head's resolution
    assert dialog.printed
    box = PdfReader(str(tmp_path / f"r{width}.pdf")).pages[0].mediabox
    assert abs(float(box.width) - width * MM) < 1


def test_draft_offers_the_proforma_only_and_says_why(qtbot, shop: Shop) -> None:
    """A draft's kind list holds the proforma alone, and the dialog says confirming opens the other kinds."""
    draft = shop.order(confirm=False)
    dialog = _dialog(qtbot, shop.ws, draft["id"])
    assert [dialog.kind.itemData(i) for i in range(dialog.kind.count())] == [DocumentKind.PROFORMA.value]
    assert dialog.rendered is not None and dialog.prepared is not None
    assert dialog.prepared.number.startswith("PRO-")
    assert "确认订单" in dialog.status.text()  # the window fixture runs in Chinese


def test_cancelled_order_shows_why_and_offers_nothing(qtbot, shop: Shop) -> None:
    """A cancelled order has no kinds; the dialog says so and nothing can be saved or printed."""
    order = shop.order(pay_rub=None, waybill=False)
    shop.ws.orders.cancel(order["id"])
    dialog = _dialog(qtbot, shop.ws, order["id"])
    assert dialog.kind.count() == 0 and not dialog.print_button.isEnabled()
    assert dialog.status.text()


def test_declaration_copy_without_declaration_shows_the_reason(qtbot, shop: Shop) -> None:
    """Choosing the declaration copy before declaring shows the core's message instead of pages."""
    order = shop.order()
    dialog = _dialog(qtbot, shop.ws, order["id"])
    dialog.choose(DocumentKind.DECLARATION_COPY)
    assert dialog.rendered is None and not dialog.save_button.isEnabled()
    assert order["number"] in dialog.status.text()


def test_language_default_from_settings_and_ui_language_switch(qtbot, shop: Shop) -> None:
    """The document language starts as the settings say; the dialog's own texts follow the UI language."""
    shop.ws.set_setting("document_language", "ru")
    order = shop.order()
    dialog = _dialog(qtbot, shop.ws, order["id"])
    assert dialog.lang.currentData() == "ru"
    LANGUAGE.apply("ru")
    assert dialog.print_button.text() == "Печать…" and order["number"] in dialog.windowTitle()
    assert dialog.kind.currentText() == "Коммерческий инвойс"


def test_seller_dialog_checks_and_saves_and_the_preview_uses_it(qtbot, workspace: Workspace) -> None:
    """Seller details with a wrong USCC are refused under the field; corrected, they are saved and printed."""
    from heihe_desk.ui.app import make_app

    make_app()
    shop = make_shop(workspace, seller=False)
    order = shop.order()
    dialog = _dialog(qtbot, workspace, order["id"])
    assert dialog.prepared is not None and dialog.prepared.warnings
    seller = SellerDialog(workspace, dialog)
    qtbot.addWidget(seller)
    seller.record_saved.connect(dialog._after_seller_saved)
    seller.set_values({"seller_name": "黑河测试商贸有限公司", "seller_uscc": "91110000600037341X",
                       "seller_bank_account": "1680 2233", "proforma_valid_days": "30"})
    seller.on_save_clicked()
    assert seller.errors["seller_uscc"].isVisibleTo(seller)
    assert workspace.setting("seller_name") == ""
    seller.set_values({"seller_uscc": "91110000600037341L"})
    seller.on_save_clicked()
    assert workspace.setting("seller_name") == "黑河测试商贸有限公司"
    assert dialog.prepared is not None and dialog.prepared.warnings == ()


def test_orders_page_documents_button_opens_the_preview(window: MainWindow, shop: Shop) -> None:
    """The orders page has a Documents… button for the selected order; it opens the preview of that order."""
    order = shop.order()
    window.show_page("orders")
    page = window.pages["orders"]
    assert isinstance(page, OrdersPage)
    page.reload()
    page.table.selectRow(0)
    button = page.findChild(QPushButton, "documents")
    assert button is not None and button.isEnabled()
    button.click()
    dialog = page.findChildren(DocumentPreviewDialog)[-1]
    assert dialog.order["id"] == order["id"] and dialog.rendered is not None
    dialog.close()
