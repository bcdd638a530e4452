"""Every document kind in every language carries its title, names, numbers, amounts and amounts in words."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from doc_helpers import KINDS, LANGS, render, squeeze, text_of

from heihe_desk.core.documents import labels as L
from heihe_desk.core.documents.labels import doc_lang
from heihe_desk.core.documents.model import DocumentData
from heihe_desk.core.documents.sample import sample_receipt
from heihe_desk.core.documents.words import minor_in_words
from heihe_desk.core.locale.catalogue import _

ROOT = Path(__file__).resolve().parents[2]
TITLES = {"invoice": L.INVOICE, "proforma": L.PROFORMA, "packing_list": L.PACKING_LIST,
          "declaration_copy": L.DECLARATION_COPY, "receipt58": L.RECEIPT, "receipt80": L.RECEIPT}
EXPECTED_TITLES = {("invoice", "zh_CN"): "商业发票", ("invoice", "ru"): "Коммерческий инвойс",
                   ("proforma", "ru"): "Проформа-инвойс", ("packing_list", "ru"): "Упаковочный лист",
                   ("receipt80", "ru"): "Чек", ("declaration_copy", "ru"): "Копия декларации",
                   ("packing_list", "zh_CN"): "装箱单", ("proforma", "zh_CN"): "形式发票"}
NAME_FIELD = {"zh_CN": "name_zh", "ru": "name_ru", "en": "name_en"}


@cache
def _pdf(kind: str, lang: str) -> tuple[object, str]:
    data = KINDS[kind][0]()
    return data, text_of(render(kind, lang, data))


def _has(text: str, expected: str) -> bool:
    return squeeze(expected) in squeeze(text)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", list(KINDS))
def test_title_and_number_in_each_language(kind: str, lang: str) -> None:
    """The title is printed in every language of the document (both for zh+ru), and so is the number."""
    data, text = _pdf(kind, lang)
    for code in doc_lang(lang).langs:
        title = _(TITLES[kind], code)
        assert _has(text, title), f"{kind}/{lang}: title {title!r} missing"
        if (kind, code) in EXPECTED_TITLES:
            assert title == EXPECTED_TITLES[(kind, code)]
    assert data.number in text  # type: ignore[attr-defined]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", ["invoice", "proforma", "packing_list", "receipt58", "receipt80"])
def test_goods_names_in_the_documents_languages(kind: str, lang: str) -> None:
    """Product names appear in each language of the document: Chinese and Russian on a zh+ru invoice."""
    data, text = _pdf(kind, lang)
    assert isinstance(data, DocumentData)
    for line in data.lines:
        for code in doc_lang(lang).langs:
            assert _has(text, getattr(line, NAME_FIELD[code])), f"{kind}/{lang}: line {line.line_no} {code} name"
    if kind != "packing_list":
        return
    for line in data.lines:
        assert line.batch in text


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", ["invoice", "proforma", "receipt58", "receipt80"])
def test_amounts_total_and_words(kind: str, lang: str) -> None:
    """Line amounts, the total due (formatted per locale) and the total in words in each document language."""
    data, text = _pdf(kind, lang)
    assert isinstance(data, DocumentData)
    doc = doc_lang(lang)
    for line in data.lines:
        assert _has(text, doc.amount(line.amount_minor, data.currency))
    assert _has(text, doc.money(data.total_minor, data.currency))
    for code in doc.langs:
        words = minor_in_words(data.total_minor, data.currency, code)
        assert _has(text, words), f"{kind}/{lang}: amount in words {words!r} missing"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", ["invoice", "proforma", "receipt80"])
def test_rate_used_is_printed_where_two_currencies_appear(kind: str, lang: str) -> None:
    data, text = _pdf(kind, lang)
    assert isinstance(data, DocumentData) and data.exchange_rate is not None
    assert "12.8534" in text or "12,8534" in text
    assert "CBR" in text
    other = data.exchange_rate.other(data.currency)
    assert _has(text, doc_lang(lang).money(data.exchange_rate.convert(data.total_minor, data.currency), other))


@pytest.mark.parametrize("lang", ["ru", "zh+ru"])
@pytest.mark.parametrize("kind", ["invoice", "receipt58"])
def test_rouble_sign_is_really_in_the_pdf(kind: str, lang: str) -> None:
    """₽ is drawn (from DejaVu Sans) wherever a rouble amount is printed the Russian way."""
    _data, text = _pdf(kind, lang)
    assert "₽" in text


def test_rouble_receipt_tendered_in_yuan() -> None:
    """A sale in roubles paid with yuan: change in roubles, both amounts and the rate printed."""
    data = sample_receipt(currency="RUB", tender_currency="CNY")
    assert data.tender is not None and data.tender.change_minor >= 0
    text = text_of(render("receipt80", "ru", data))
    doc = doc_lang("ru")
    assert _has(text, doc.money(data.total_minor, "RUB"))
    assert _has(text, doc.money(data.tender.tendered_minor, "CNY"))
    assert _has(text, doc.money(data.tender.change_minor, "RUB"))
    assert _has(text, "Сдача") and _has(text, "Получено наличными")
    assert _has(text, minor_in_words(data.total_minor, "RUB", "ru"))


@pytest.mark.parametrize("lang", LANGS)
def test_invoice_parties_terms_and_codes(lang: str) -> None:
    """What a Russian importer needs (customs-domain §4.3): contract, Incoterms with place, buyer INN/KPP,
    seller bank, HS and TN VED codes, country of origin, freight and insurance lines, weights."""
    data, text = _pdf("invoice", lang)
    assert isinstance(data, DocumentData)
    for expected in ("HL-AT-2026/07", "FCA Heihe", "7707083893", "280101001", "91110000600037341L",
                     "BKCHCNBJ860", data.order_ref, data.waybill_no, data.lines[0].hs_code, data.lines[0].tnved_code):
        assert _has(text, expected), expected
    doc = doc_lang(lang)
    assert _has(text, doc.amount(data.freight_minor, data.currency))
    assert _has(text, doc.amount(data.insurance_minor, data.currency))
    for code in doc.langs:
        assert _has(text, _(L.ORIGIN, code)) and _has(text, _(L.INN, code))
        assert _has(text, {"zh_CN": "中国", "ru": "Китай", "en": "China"}[code])
        assert _has(text, _(L.PAGE_OF, code).format(page=1, pages=1))


@pytest.mark.parametrize("lang", LANGS)
def test_declaration_copy_head_and_lines(lang: str) -> None:
    data, text = _pdf("declaration_copy", lang)
    for expected in ("19012026E000017890", "B20260308000171234", "COP2026030800017", "9610", "HH2026030800017",
                     "黑河跨境电商综合服务平台", "6901234567892"):
        assert _has(text, expected), expected
    for line in data.lines:  # type: ignore[attr-defined]
        assert _has(text, line.gname) and line.gcode in text
    for code in doc_lang(lang).langs:
        assert _has(text, _(L.COPY_DISCLAIMER, code))


def test_declaration_copy_from_the_customs_record() -> None:
    """The copy the customs layer builds from a parcel is the record the renderer prints, as it is."""
    import importlib.util

    from heihe_desk.core.customs import declaration_copy_data
    from heihe_desk.core.domain.declaration_copy import DeclarationCopy

    path = ROOT / "tests" / "customs" / "ceb_factories.py"
    spec = importlib.util.spec_from_file_location("ceb_factories_for_documents", path)
    assert spec is not None and spec.loader is not None
    factories = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(factories)
    record = declaration_copy_data(factories.make_parcel(), factories.full_settings(), status="Released",
                                   number="DEC-2026-X7JA-000001")
    assert isinstance(record, DeclarationCopy)
    copy = record
    assert copy.number == "DEC-2026-X7JA-000001"
    text = text_of(render("declaration_copy", "zh+ru", copy))
    assert copy.number in text and _has(text, copy.lines[0].gname) and copy.order_no in text
