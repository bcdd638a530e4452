"""The product editor: names, customs codes, legal units, weights and prices (capability 1)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from heihe_desk.core.domain.money import from_minor
from heihe_desk.core.domain.product import LABELS
from heihe_desk.core.workspace import Workspace
from heihe_desk.ui.dialogs.record_form import FieldSpec, GroupSpec, RecordForm
from heihe_desk.ui.translation import LANGUAGE


def _code_choices(ws: Workspace, table: str) -> list[tuple[str, str]]:
    return [(e.code, f"{e.code} {e.name(LANGUAGE.lang)}") for e in ws.codes(table)]


def product_groups(ws: Workspace) -> list[GroupSpec]:
    units = lambda: _code_choices(ws, "units")  # noqa: E731 - evaluated on each language change
    countries = lambda: _code_choices(ws, "countries")  # noqa: E731

    def f(key: str, example: str = "", kind: str = "line", **extra: Any) -> FieldSpec:
        return FieldSpec(key, LABELS[key], kind, example, **extra)

    return [
        GroupSpec(lambda: QCoreApplication.translate("ProductDialog", "Names"), (
            f("sku", "TEA-0001"), f("name_zh", "西湖龙井绿茶 250克"),
            f("name_ru", "Зелёный чай Лунцзин 250 г"), f("name_en", "Longjing green tea 250 g"),
            f("brand", "西湖"), f("category", "茶叶"), f("active", kind="check"))),
        GroupSpec(lambda: QCoreApplication.translate("ProductDialog", "Customs"), (
            f("hs_code", "0902109000"), f("tnved_code", "0902100000"), f("barcode", "6901234567892"),
            f("origin_country", kind="combo", choices=countries),
            f("decl_elements", "品牌:西湖|包装:盒装|净含量:250克", kind="text"))),
        GroupSpec(lambda: QCoreApplication.translate("ProductDialog", "Units and weights"), (
            f("sale_unit", kind="combo", choices=units),
            f("unit1", kind="combo", choices=units, optional_choice=True), f("unit1_per_sale", "0.25"),
            f("unit2", kind="combo", choices=units, optional_choice=True), f("unit2_per_sale", "1"),
            f("net_weight_kg", "0.25"), f("gross_weight_kg", "0.30"))),
        GroupSpec(lambda: QCoreApplication.translate("ProductDialog", "Prices"), (
            f("price_cny", "45.00"), f("price_rub", "560.00"))),
    ]


class ProductDialog(RecordForm):
    """New product when ``record_id`` is None, else an edit guarded by the record's version."""

    def __init__(self, ws: Workspace, record_id: str | None = None, parent: QWidget | None = None):
        self.ws = ws
        self.record_id = record_id
        self.version: int | None = None
        super().__init__(product_groups(ws), self._check, self._save, parent)
        self.setObjectName("ProductDialog")
        if record_id:
            row = ws.product_row(record_id)
            self.version = row["version"]
            for key, currency in (("price_cny", "CNY"), ("price_rub", "RUB")):
                row[key] = "" if row[key] is None else str(from_minor(row[key], currency))
            row["hs_code"] = row["hs_code"] + row["ciq_code"]
            self.set_values(row)
        else:
            self.set_values({"sale_unit": "007", "origin_country": "CHN", "active": True})
        self.retranslate()

    def _check(self, data: dict[str, Any]) -> list[Any]:
        return self.ws.check_product(data, self.record_id)

    def _save(self, data: dict[str, Any]) -> Any:
        return self.ws.save_product(data, self.record_id, self.version)

    def retranslate(self) -> None:
        super().retranslate()
        if getattr(self, "ws", None) is not None:
            self.setWindowTitle(self.tr("Edit product") if self.record_id else self.tr("New product"))
