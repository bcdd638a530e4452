"""Seller details: the trader's own company, bank and default terms as printed on every document."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QLineEdit, QPushButton, QWidget

from heihe_desk.core.domain.errors import ValidationError
from heihe_desk.core.settings import SETTINGS
from heihe_desk.core.workspace import Changes, Workspace
from heihe_desk.ui.dialogs.record_form import FieldSpec, GroupSpec, RecordForm
from heihe_desk.ui.widgets import named

#: Field groups and examples of good values (placeholders show what belongs in each field).
GROUPS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("Company", (("seller_name", "黑河龙江边贸商行有限公司"), ("seller_name_ru", "ООО «Хэйхэ Лунцзян Торговля»"),
                 ("seller_name_en", "Heihe Longjiang Border Trade Co., Ltd."),
                 ("seller_uscc", "91231100MA1B2C3D4E"), ("seller_inn", ""), ("seller_phone", "+86 456 822 1234"),
                 ("seller_email", "sales@example.cn"), ("seller_logo", "logo.png"))),
    ("Address", (("seller_address", "黑龙江省黑河市爱辉区中央街123号"),
                 ("seller_address_ru", "Китай, г. Хэйхэ, ул. Чжунъян, 123"),
                 ("seller_address_en", "123 Zhongyang St., Heihe, China"))),
    ("Bank", (("seller_bank_name", "中国银行黑河分行 / Bank of China, Heihe Branch"),
              ("seller_bank_account", "1680 2233 4455 6677"), ("seller_bank_swift", "BKCHCNBJ860"),
              ("seller_bank_address", "黑河市王肃街1号"))),
    ("Terms", (("incoterms", "FCA Heihe"), ("payment_terms", "100% prepayment"), ("proforma_valid_days", "30"))),
)


def _title(key: str) -> str:
    titles = {"Company": QCoreApplication.translate("SellerDialog", "Company"),
              "Address": QCoreApplication.translate("SellerDialog", "Address"),
              "Bank": QCoreApplication.translate("SellerDialog", "Bank details"),
              "Terms": QCoreApplication.translate("SellerDialog", "Default terms")}
    return titles[key]


def seller_groups() -> list[GroupSpec]:
    return [GroupSpec(lambda key=key: _title(key),  # type: ignore[misc]
                      tuple(FieldSpec(name, SETTINGS[name].label, "line", example) for name, example in fields))
            for key, fields in GROUPS]


class SellerDialog(RecordForm):
    """Edits the seller_* settings; registration numbers are checked before anything is saved."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None):
        self.ws = ws
        super().__init__(seller_groups(), ws.documents.check_seller, self._save, parent)
        self.setObjectName("SellerDialog")
        self.set_values({name: str(ws.setting(name) or "") for _group, fields in GROUPS for name, _ex in fields})
        self.logo_button = named(QPushButton(), "choose_logo")
        self.logo_button.setAutoDefault(False)
        self.logo_button.clicked.connect(self.on_logo_clicked)
        logo = self.widgets["seller_logo"]
        cell = logo.parentWidget()
        box = cell.layout() if cell is not None else None
        if box is not None:  # the button goes under the path field, inside its cell
            box.addWidget(self.logo_button)
        self.resize(1000, 560)
        self.retranslate()

    def on_logo_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Choose the logo"), "",
                                                    self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            widget = self.widgets["seller_logo"]
            assert isinstance(widget, QLineEdit)
            widget.setText(path)
            self._on_edited("seller_logo")

    def _save(self, data: dict[str, Any]) -> Changes:
        issues = self.ws.documents.check_seller(data)
        if issues:
            raise ValidationError(issues)
        changes = Changes()
        for name, value in data.items():
            value = str(value).strip()
            if SETTINGS[name].type is int:
                value = value or str(SETTINGS[name].default)
            changes = changes | self.ws.set_setting(name, value)
        return changes

    def retranslate(self) -> None:
        super().retranslate()
        if getattr(self, "logo_button", None) is not None:
            self.setWindowTitle(self.tr("Seller details"))
            self.logo_button.setText(self.tr("Choose…"))
