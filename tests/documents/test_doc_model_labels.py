"""The view model's totals and conversions, document languages, labels complete in three languages, codes."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from reportlab.graphics.barcode import qrencoder

from heihe_desk.core.documents import labels as L
from heihe_desk.core.documents.blocks import barcode, qr_code
from heihe_desk.core.documents.labels import doc_lang
from heihe_desk.core.documents.model import DocumentKind, ExchangeRate
from heihe_desk.core.documents.sample import sample_document, sample_receipt
from heihe_desk.core.domain.order import MILLI, convert, order_totals
from heihe_desk.core.locale.catalogue import _

LABELS = sorted({v for k, v in vars(L).items() if k.isupper() and isinstance(v, str) and k != "_ALIASES"})
#: Labels that are the same acronym in every language.
SAME_EVERYWHERE = {L.SWIFT, L.KPP}


def test_totals_follow_the_order_formula() -> None:
    """DocumentData totals equal the order's own (domain.order.order_totals): the document never disagrees."""
    data = sample_document(lines=7)
    expected = order_totals(((int(ln.quantity * MILLI), ln.unit_price_minor) for ln in data.lines),
                            data.freight_minor, data.insurance_minor, data.discount_minor)
    assert data.goods_minor == expected.goods
    assert data.total_minor == expected.total


def test_weights_and_packages_sum_known_values_only() -> None:
    data = sample_document(DocumentKind.PACKING_LIST, lines=3)
    assert data.net_kg == sum(ln.net_kg for ln in data.lines if ln.net_kg is not None)
    assert data.packages == 1 + 2 + 3


@given(st.integers(min_value=0, max_value=10**12),
       st.decimals(min_value=Decimal("0.0001"), max_value=Decimal(1000), places=4))
def test_rate_converts_like_the_order_domain(minor: int, rate: Decimal) -> None:
    """One rounding rule for money: the document's conversion is the domain's convert() both ways."""
    pair = ExchangeRate("CNY", "RUB", rate, date(2026, 3, 6), "CBR")
    assert pair.convert(minor, "CNY") == convert(minor, "CNY", "RUB", rate)
    assert pair.convert(minor, "RUB") == convert(minor, "RUB", "CNY", 1 / rate)
    assert pair.other("CNY") == "RUB" and pair.other("RUB") == "CNY"


def test_rate_refuses_a_third_currency() -> None:
    with pytest.raises(ValueError):
        ExchangeRate("CNY", "RUB", Decimal("12.85"), date(2026, 3, 6)).convert(100, "USD")


@pytest.mark.parametrize("tender", ["RUB", "CNY"])
def test_sample_change_is_never_negative(tender: str) -> None:
    data = sample_receipt(tender_currency=tender)
    assert data.tender is not None and data.tender.change_minor >= 0


@pytest.mark.parametrize(("code", "langs", "fmt"), [
    ("zh", ("zh_CN",), "zh_CN"), ("zh_CN", ("zh_CN",), "zh_CN"), ("ru", ("ru",), "ru"), ("en", ("en",), "en"),
    ("zh+ru", ("zh_CN", "ru"), "ru"), ("ru+zh", ("ru", "zh_CN"), "ru"), ("zh+en", ("zh_CN", "en"), "en"),
])
def test_document_languages(code: str, langs: tuple[str, ...], fmt: str) -> None:
    """Bilingual documents put numbers and dates the foreign reader's way, dates in digits only."""
    lang = doc_lang(code)
    assert (lang.langs, lang.fmt) == (langs, fmt)
    if lang.bilingual:
        assert lang.day(date(2026, 3, 8)) == "08.03.2026" if fmt == "ru" else "3/8/26"


@pytest.mark.parametrize("code", ["de", "", "zh+de", "chinese"])
def test_unknown_document_language_is_refused(code: str) -> None:
    with pytest.raises(ValueError):
        doc_lang(code)


def test_bilingual_label_joins_both_languages() -> None:
    assert doc_lang("zh+ru").t(L.INVOICE) == "商业发票 / Коммерческий инвойс"
    assert doc_lang("zh+ru").t(L.SWIFT) == "SWIFT"  # not "SWIFT / SWIFT"
    assert doc_lang("ru").t(L.PAGE_OF, page=2, pages=3) == "Страница 2 из 3"


@pytest.mark.parametrize("label", LABELS)
def test_every_label_is_translated_in_its_own_script(label: str) -> None:
    """Protects against a document label showing English to a Chinese or Russian reader."""
    zh, ru, en = _(label, "zh_CN"), _(label, "ru"), _(label, "en")
    assert zh and ru and en
    if label in SAME_EVERYWHERE:
        return
    assert re.search(r"[\u4e00-\u9fff]", zh), f"{label!r} -> zh {zh!r}"
    assert re.search(r"[\u0400-\u04ff№]", ru), f"{label!r} -> ru {ru!r}"


def test_qr_code_and_barcode_carry_the_references() -> None:
    qr = qr_code("ORD-2026-X7JA-000451", 100)
    expected = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    expected.addData("ORD-2026-X7JA-000451")
    expected.make()
    assert qr.modules == [[bool(m) for m in row] for row in expected.modules]
    assert qr.wrap(500, 500) == (100, 100)
    assert qr.modules != qr_code("ORD-2026-X7JA-000452").modules
    code = barcode("HH2026030800017", 60 * 2.83)
    assert code.value == "HH2026030800017" and code.width <= 60 * 2.83 + 0.01


@pytest.mark.parametrize(("lang", "rub", "cny", "column", "rate", "kg"), [
    ("zh_CN", "RUB\u00a01,234.50", "¥1,234.50", "1,234.50", "12.8534", "1.500"),
    ("ru", "1\u00a0234,50\u00a0₽", "1\u00a0234,50\u00a0CN¥", "1\u00a0234,50", "12,8534", "1,500"),
    ("en", "RUB\u00a01,234.50", "CN¥1,234.50", "1,234.50", "12.8534", "1.500"),
])
def test_money_and_numbers_as_documents_print_them(lang: str, rub: str, cny: str, column: str, rate: str,
                                                   kg: str) -> None:
    """A letter currency symbol never touches the digits ('RUB 1,234.50', CLDR currency spacing); table columns
    keep all minor digits; exchange rates keep every decimal; weights show grams."""
    from heihe_desk.core.domain.money import Money
    from heihe_desk.core.locale import formatting

    assert formatting.money(Money(123450, "RUB"), lang) == rub
    assert formatting.money(Money(123450, "CNY"), lang) == cny
    assert formatting.amount(123450, "CNY", lang) == column
    assert formatting.exact(Decimal("12.8534"), lang) == rate
    assert formatting.exact(Decimal("45"), lang, min_places=2) in ("45.00", "45,00")
    assert formatting.fixed(Decimal("1.5"), 3, lang) == kg
