"""The documents service on a real workspace: adapter output, reprint numbering, PDF text per kind and language, CLI."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from io import BytesIO
from pathlib import Path

import pytest
from document_order import SELLER, Shop, make_shop
from pypdf import PdfReader

from heihe_desk.cli import main
from heihe_desk.core.documents.labels import doc_lang
from heihe_desk.core.documents.model import DocumentData, DocumentKind
from heihe_desk.core.documents.words import minor_in_words
from heihe_desk.core.domain.errors import ValidationError
from heihe_desk.core.locale.catalogue import error_text
from heihe_desk.core.services.documents import NO_SELLER, NOT_CASH, check_seller, write_pdf
from heihe_desk.core.workspace import Workspace

LANGS = ("zh", "ru", "en", "zh+ru")
NAME_FIELD = {"zh_CN": "name_zh", "ru": "name_ru", "en": "name_en"}
MM = 72 / 25.4


@pytest.fixture
def shop(workspace: Workspace) -> Shop:
    return make_shop(workspace)


def _text(pdf: Path | bytes) -> str:
    source = BytesIO(pdf) if isinstance(pdf, bytes) else str(pdf)
    return "\n".join(page.extract_text() for page in PdfReader(source).pages)


def _squeeze(text: str) -> str:
    return re.sub(r"[\s\u00a0\u202f]+", "", text)


def test_adapter_fills_the_invoice_from_the_order_buyer_products_payments_and_settings(shop: Shop) -> None:
    """Names in zh/ru/en, HS and TN VED codes, origin, weights and units per line; seller from the settings;
    buyer with INN/KPP; the rate used for the RUB payment; totals and waybill as the order has them."""
    order = shop.order(lines=3)
    doc = shop.ws.documents.prepare("invoice", order["number"], "zh+ru")
    data = doc.data
    assert isinstance(data, DocumentData)
    tea, mug = data.lines[0], data.lines[1]
    assert (tea.name_zh, tea.name_ru, tea.name_en) == ("龙井绿茶 250克", "Чай зелёный «Лунцзин», 250 г",
                                                       "Longjing green tea, 250 g")
    assert (tea.hs_code, tea.tnved_code, tea.origin_country) == ("0902109000", "0902100000", "CHN")
    assert (tea.unit_zh, tea.unit_ru, tea.unit_en) == ("盒", "коробка", "box")
    assert (mug.unit_zh, mug.unit_ru) == ("个", "шт")
    assert tea.quantity == 6 and tea.net_kg == Decimal("1.5") and tea.gross_kg == Decimal("1.86")
    assert mug.net_kg == Decimal("3.84") and tea.batch == "B-TEA-0250"
    assert data.seller.name == SELLER["seller_name"] and data.seller.name_ru == SELLER["seller_name_ru"]
    assert data.seller.uscc == "91110000600037341L" and data.seller.bank is not None
    assert data.seller.bank.account == SELLER["seller_bank_account"] and data.seller.bank.swift == "BKCHCNBJ860"
    assert (data.buyer.name_ru, data.buyer.inn, data.buyer.kpp) == ("ООО «Амур Трейд»", "7707083893", "280101001")
    assert "Благовещенск" in data.buyer.address_ru
    assert data.total_minor == order["total"] and data.currency == "CNY"
    assert (data.incoterms, data.waybill_no, data.order_ref) == ("FCA Heihe", "HH2026030800017", order["number"])
    rate = data.exchange_rate
    assert rate is not None and (rate.base, rate.quote, rate.rate, rate.on) == ("CNY", "RUB", Decimal("12.45"),
                                                                                dt.date(2026, 3, 1))
    assert "4 000,00" in data.notes.replace("\u00a0", " ") and "黑河国际物流有限公司" in data.notes
    assert doc.warnings == ()


def test_a_rate_typed_at_the_payment_is_the_rate_printed(shop: Shop) -> None:
    """Paid in RUB at a rate the buyer and seller agreed (typed, not from the table): that rate is stamped."""
    order = shop.order(lines=1, pay_rub=None)
    shop.ws.orders.add_payment(order["id"], {"amount": "1000", "currency": "RUB", "rate": "0.0812",
                                             "paid_at": "2026-03-09", "method": "bank"})
    data = shop.ws.documents.prepare("invoice", order["id"], "ru").data
    assert isinstance(data, DocumentData) and data.exchange_rate is not None
    rate = data.exchange_rate
    assert (rate.base, rate.quote, rate.rate, rate.on) == ("RUB", "CNY", Decimal("0.0812"), dt.date(2026, 3, 9))
    assert rate.source and rate.source != "payment"  # printed in words of the document's language


def test_reprint_reuses_the_number_and_the_next_order_gets_the_next(shop: Shop, tmp_path: Path) -> None:
    """Printing an invoice again keeps its number and first date; another order's invoice is the next number;
    each kind counts on its own."""
    ws = shop.ws
    first, second = shop.order(), shop.order()
    day1 = dt.datetime(2026, 3, 8, 10, 0).astimezone()
    number = ws.documents.prepare("invoice", first["id"], "zh", now=day1).number
    again = ws.documents.prepare("invoice", first["number"], "ru", now=day1 + dt.timedelta(days=3))
    assert again.number == number == f"INV-2026-{ws.device.code}-000001"
    assert isinstance(again.data, DocumentData) and again.data.date == dt.date(2026, 3, 8)
    ws.documents.render("invoice", first["id"], "en", tmp_path / "a.pdf")
    assert ws.documents.prepare("invoice", second["id"], "zh", now=day1).number.endswith("-000002")
    assert ws.documents.prepare("packing_list", first["id"], "zh", now=day1).number.endswith("-000001")
    issued = ws.conn.execute("SELECT count(*) FROM documents_issued WHERE doc_type = 'invoice'").fetchone()[0]
    last = ws.conn.execute("SELECT last FROM doc_numbers WHERE doc_type = 'invoice'").fetchone()[0]
    assert (issued, last) == (2, 2)
    assert ws.documents.issued(first["id"])[DocumentKind.INVOICE] == number


def test_a_draft_gets_a_proforma_only_and_uses_no_other_number(shop: Shop) -> None:
    """An invoice for a draft is refused with the reason (and no number is used up); a proforma is made."""
    draft = shop.order(confirm=False)
    assert shop.ws.documents.kinds_for(draft["id"]) == (DocumentKind.PROFORMA,)
    for kind in ("invoice", "packing_list", "receipt", "declaration_copy"):
        with pytest.raises(ValidationError) as caught:
            shop.ws.documents.prepare(kind, draft["id"], "en")
        assert "proforma" in error_text(caught.value, "en")
    assert "形式发票" in error_text(caught.value, "zh_CN")
    proforma = shop.ws.documents.prepare("proforma", draft["id"], "ru")
    assert proforma.number.startswith("PRO-") and isinstance(proforma.data, DocumentData)
    assert proforma.data.valid_until == proforma.data.date + dt.timedelta(days=30)
    assert shop.ws.conn.execute("SELECT count(*) FROM doc_numbers WHERE doc_type != 'order'").fetchone()[0] == 1


def test_a_cancelled_order_gets_no_documents(shop: Shop) -> None:
    """Cancelled orders are refused with the order number in the message."""
    order = shop.order(pay_rub=None, waybill=False)
    shop.ws.orders.cancel(order["id"])
    with pytest.raises(ValidationError) as caught:
        shop.ws.documents.prepare("invoice", order["id"], "ru")
    assert order["number"] in error_text(caught.value, "ru")


def test_declaration_copy_without_a_declaration_says_what_to_do(shop: Shop) -> None:
    """A confirmed order that was never declared has no copy to print: the message says to declare it first."""
    order = shop.order()
    with pytest.raises(ValidationError) as caught:
        shop.ws.documents.prepare("declaration", order["id"], "en")
    assert "declare" in error_text(caught.value, "en")


def test_receipt_of_a_cash_sale_in_rub_has_change_in_cny_and_the_rate(shop: Shop) -> None:
    """3 000 RUB handed over for a 224 CNY sale: change in CNY = converted payment − total, rate printed."""
    sale = shop.sale()
    doc = shop.ws.documents.prepare("receipt", sale["number"], "ru")
    data = doc.data
    assert isinstance(data, DocumentData) and data.tender is not None
    assert (data.tender.currency, data.tender.tendered_minor, data.tender.change_currency) == ("RUB", 300000, "CNY")
    assert data.tender.change_minor == sale["paid"] - sale["total"] == 1696
    assert data.exchange_rate is not None and data.exchange_rate.rate == Decimal("12.45")
    text = _squeeze(_text(_pdf(doc)))
    for expected in ("3000,00", "16,96", "12,45", "Сдача"):
        assert expected in text
    part_paid = shop.order()  # 4 000 RUB by bank on a 2 296.50 CNY order: no "cash received", and a warning
    assert shop.ws.documents.prepare("receipt", part_paid["id"], "ru").warnings == (NOT_CASH,)


def _pdf(doc: object, width_mm: int = 80) -> bytes:
    out = BytesIO()
    write_pdf(doc, out, width_mm)  # type: ignore[arg-type]
    return out.getvalue()


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", ["invoice", "proforma", "packing-list", "receipt"])
def test_pdf_text_has_names_totals_and_amount_in_words(shop: Shop, kind: str, lang: str) -> None:
    """Each kind in each language carries the order's product names (in every language of the document), the
    total and the amount in words (packing lists: the weights instead of money)."""
    order = shop.sale() if kind == "receipt" else shop.order(lines=3)
    doc = shop.ws.documents.prepare(kind, order["number"], lang)
    data = doc.data
    assert isinstance(data, DocumentData)
    text = _squeeze(_text(_pdf(doc)))
    fmt = doc_lang(lang)
    assert doc.number in text
    for line in data.lines:
        for code in fmt.langs:
            assert _squeeze(getattr(line, NAME_FIELD[code])) in text, f"{kind}/{lang}: {code} name of {line.sku}"
    if kind == "packing-list":
        assert _squeeze("9,840" if fmt.fmt == "ru" else "9.840") in text or "9,84" in text or "9.84" in text
        return
    assert _squeeze(fmt.amount(order["total"], "CNY")) in text
    for code in fmt.langs:
        assert _squeeze(minor_in_words(order["total"], "CNY", code)) in text, f"{kind}/{lang}: words in {code}"


def test_receipt_pages_are_58_and_80_mm_wide(shop: Shop, tmp_path: Path) -> None:
    """The receipt PDF is exactly as wide as the paper roll."""
    sale = shop.sale()
    for width in (58, 80):
        path = shop.ws.documents.render("receipt", sale["id"], "zh+ru", tmp_path / f"r{width}.pdf", width_mm=width)
        box = PdfReader(str(path)).pages[0].mediabox
        assert abs(float(box.width) - width * MM) < 0.5
    with pytest.raises(ValidationError):
        shop.ws.documents.render("receipt", sale["id"], "ru", tmp_path / "r.pdf", width_mm=76)


def test_render_writes_the_whole_file_and_rejects_unknown_kind_and_language(shop: Shop, tmp_path: Path) -> None:
    """The PDF is complete under its name (no partial file left); a bad kind or language names the choices."""
    order = shop.order()
    folder = tmp_path / "out"
    folder.mkdir()
    path = shop.ws.documents.render("packing-list", order["id"], "zh+ru", folder / "p.pdf")
    assert path.read_bytes().startswith(b"%PDF") and list(folder.iterdir()) == [path]
    for kind, lang in (("bill", "ru"), ("invoice", "de")):
        with pytest.raises(ValidationError) as caught:
            shop.ws.documents.render(kind, order["id"], lang, tmp_path / "x.pdf")
        assert "zh+ru" in error_text(caught.value, "en") or "packing-list" in error_text(caught.value, "en")


def test_missing_seller_details_are_reported_and_checked(workspace: Workspace) -> None:
    """Without seller settings the document still prints, with a warning; a wrong USCC or INN is caught."""
    shop = make_shop(workspace, seller=False)
    doc = workspace.documents.prepare("invoice", shop.order()["id"], "zh")
    assert NO_SELLER in doc.warnings
    fields = {i.field for i in check_seller({"seller_uscc": "91110000600037341X", "seller_inn": "7707083890",
                                             "proforma_valid_days": "abc"})}
    assert fields == {"seller_uscc", "seller_inn", "proforma_valid_days"}
    assert check_seller({"seller_uscc": "91110000600037341L", "proforma_valid_days": "30"}) == []


def test_cli_document_writes_a_pdf_and_rejects_bad_arguments(shop: Shop, tmp_path: Path, capsys) -> None:
    """`heihe-desk document` writes the PDF (exit 0); a bad --kind/--lang, an unknown order, a draft's invoice
    and --width on an invoice exit non-zero with a message."""
    order = shop.order()
    draft = shop.order(confirm=False)
    shop.ws.close()  # the CLI opens the folder itself
    data = str(shop.ws.data_dir)
    out = tmp_path / "invoice.pdf"
    assert main(["document", "--data-dir", data, "--kind", "invoice", "--order", order["number"], "--lang", "zh+ru",
                 "--out", str(out)]) == 0
    assert order["number"] in _text(out) and "INV-" in capsys.readouterr().out
    receipt = tmp_path / "r.pdf"
    assert main(["document", "--data-dir", data, "--kind", "receipt", "--order", order["id"], "--lang", "ru",
                 "--out", str(receipt), "--width", "58"]) == 0
    assert abs(float(PdfReader(str(receipt)).pages[0].mediabox.width) - 58 * MM) < 0.5
    for bad in (["--kind", "bill"], ["--kind", "invoice", "--lang", "de"]):
        with pytest.raises(SystemExit) as stopped:
            main(["document", "--data-dir", data, "--order", order["number"], "--out", str(out), *bad])
        assert stopped.value.code != 0
        assert "invalid choice" in capsys.readouterr().err
    assert main(["document", "--data-dir", data, "--kind", "invoice", "--order", "ORD-NOPE", "--out", str(out)]) == 1
    assert "ORD-NOPE" in capsys.readouterr().err
    assert main(["document", "--data-dir", data, "--kind", "invoice", "--order", draft["number"], "--out",
                 str(out)]) == 1
    assert "proforma" in capsys.readouterr().err
    assert main(["document", "--data-dir", data, "--kind", "invoice", "--order", order["id"], "--width", "58",
                 "--out", str(out)]) == 2
    assert "--width" in capsys.readouterr().err
