"""The partner editor: buyers, suppliers, carriers, platforms and payment firms (capability 2)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from heihe_desk.core.domain.partner import KIND_LABELS, LABELS
from heihe_desk.core.workspace import Workspace
from heihe_desk.ui.dialogs.record_form import FieldSpec, GroupSpec, RecordForm
from heihe_desk.ui.translation import LANGUAGE, core_tr


def partner_groups(ws: Workspace) -> list[GroupSpec]:
    countries = lambda: [(e.code, f"{e.code} {e.name(LANGUAGE.lang)}") for e in ws.codes("countries")]  # noqa: E731
    kinds = lambda: [(kind.value, core_tr(label)) for kind, label in KIND_LABELS.items()]  # noqa: E731

    def f(key: str, example: str = "", kind: str = "line", **extra: Any) -> FieldSpec:
        return FieldSpec(key, LABELS[key], kind, example, **extra)

    return [
        GroupSpec(lambda: QCoreApplication.translate("PartnerDialog", "Partner"), (
            f("kind", kind="combo", choices=kinds), f("name", "ООО «Амур Трейд»"),
            f("name_ru", "ООО «Амур Трейд»"), f("name_en", "Amur Trade LLC"),
            f("country", kind="combo", choices=countries), f("active", kind="check"))),
        GroupSpec(lambda: QCoreApplication.translate("PartnerDialog", "Registration numbers"), (
            f("inn", "2801234567"), f("kpp", "280101001"), f("uscc", "91110000600037341L"),
            f("customs_code", "2311960ABC"))),
        GroupSpec(lambda: QCoreApplication.translate("PartnerDialog", "Contacts"), (
            f("contact", "Иванов Иван"), f("phone", "+7 914 123-45-67"), f("email", "buyer@mail.ru"),
            f("address", "Благовещенск, ул. Ленина, 1"), f("note", kind="text"))),
    ]


class PartnerDialog(RecordForm):
    def __init__(self, ws: Workspace, record_id: str | None = None, kind: str = "",
                 parent: QWidget | None = None):
        self.ws = ws
        self.record_id = record_id
        self.version: int | None = None
        super().__init__(partner_groups(ws), self._check, self._save, parent)
        self.setObjectName("PartnerDialog")
        if record_id:
            row = ws.partner_row(record_id)
            self.version = row["version"]
            self.set_values(row)
        else:
            self.set_values({"kind": kind or "buyer_person", "country": "CHN" if kind == "supplier" else "RUS"})
        self.retranslate()

    def _check(self, data: dict[str, Any]) -> list[Any]:
        return self.ws.check_partner(data, self.record_id)

    def _save(self, data: dict[str, Any]) -> Any:
        return self.ws.save_partner(data, self.record_id, self.version)

    def retranslate(self) -> None:
        super().retranslate()
        if getattr(self, "ws", None) is not None:
            self.setWindowTitle(self.tr("Edit partner") if self.record_id else self.tr("New partner"))
