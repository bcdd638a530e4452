"""Partners list: buyers, suppliers, carriers, platforms and payment firms, filterable by type."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from heihe_desk.core.domain.partner import KIND_LABELS, LABELS, PartnerKind
from heihe_desk.core.workspace import Changes, Workspace
from heihe_desk.ui.dialogs.partner_dialog import PartnerDialog
from heihe_desk.ui.dialogs.record_form import RecordForm
from heihe_desk.ui.models.lazy_table import Column, LazyTableModel
from heihe_desk.ui.pages.master_page import EditorPage
from heihe_desk.ui.translation import core_tr
from heihe_desk.ui.widgets import named


def _text(key: str) -> Column:
    return Column(key, lambda: core_tr(LABELS[key]), lambda row: str(row.get(key) or ""))


def partner_columns() -> list[Column]:
    return [
        _text("name"),
        Column("kind", lambda: core_tr(LABELS["kind"]),
               lambda row: core_tr(KIND_LABELS.get(PartnerKind(row["kind"])) or row["kind"])),
        _text("country"), _text("inn"), _text("kpp"), _text("uscc"), _text("phone"), _text("email"),
    ]


class PartnersPage(EditorPage):
    def __init__(self, ws: Workspace, parent: QWidget | None = None):
        self.kind_filter = named(QComboBox(), "kind_filter")
        model = LazyTableModel(
            partner_columns(),
            lambda search, sort, desc: ws.partner_rowids(search, sort, desc, self.kind_filter.currentData() or None),
            ws.partner_rows, default_sort="name")
        super().__init__(ws, model, parent)
        self.setObjectName("PartnersPage")
        self.filters.addWidget(self.kind_filter)
        self.kind_filter.currentIndexChanged.connect(lambda _: self.reload())
        self.table.setColumnWidth(0, 260)
        self.retranslate()
        self.reload_when_visible()

    def refresh_if(self, changes: Changes) -> None:
        if changes.partners:
            self.reload_when_visible()

    def make_editor(self, record_id: str | None) -> RecordForm:
        return PartnerDialog(self.ws, record_id, self.kind_filter.currentData() or "", self)

    def delete_question(self) -> str:
        return self.tr("Delete the selected partner? Orders and documents that name it keep their copy.")

    def delete_record(self, record_id: str) -> None:
        self.changes_made.emit(self.ws.delete_partner(record_id))

    def update_count(self) -> None:
        self.count_label.setText(self.tr("%n partner(s)", "", self.model.rowCount()))

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search: name, INN, USCC, phone, e-mail"))
        self.new_button.setText(self.tr("New partner"))
        self.edit_button.setText(self.tr("Edit"))
        self.delete_button.setText(self.tr("Delete"))
        current = self.kind_filter.currentData()
        self.kind_filter.blockSignals(True)
        self.kind_filter.clear()
        self.kind_filter.addItem(self.tr("All types"), "")
        for kind, label in KIND_LABELS.items():
            self.kind_filter.addItem(core_tr(label), kind.value)
        self.kind_filter.setCurrentIndex(max(self.kind_filter.findData(current or ""), 0))
        self.kind_filter.blockSignals(False)
        super().retranslate()
