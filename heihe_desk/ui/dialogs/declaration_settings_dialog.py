"""Customs declaration settings: the enterprise codes the messages need, each with where to find it."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from heihe_desk.core.customs import DeclarationSettings
from heihe_desk.core.customs.labels import SETTINGS as INFO
from heihe_desk.core.domain.errors import Issue, ValidationError
from heihe_desk.core.locale.catalogue import issue_text
from heihe_desk.core.workspace import Changes, Workspace
from heihe_desk.ui.dialogs.issue_form import ERROR_STYLE
from heihe_desk.ui.translation import LANGUAGE, core_tr
from heihe_desk.ui.widgets import named

HINT_STYLE = "color: #5f6368;"
COMBOS = ("traf_mode", "wrap_type", "statistics_flag", "code_form")
MAPS = ("currency_codes", "country_codes")
OPTIONAL = ("CEB303", "CEB403", "CEB505")


def parse_codes(text: str) -> dict[str, str]:
    """'RUB=643, KZT=398' → {'RUB': '643', 'KZT': '398'} (pairs the user was given by the platform)."""
    pairs = {}
    for part in text.replace(";", ",").split(","):
        if "=" in part:
            key, value = part.split("=", 1)
            if key.strip() and value.strip():
                pairs[key.strip().upper()] = value.strip()
    return pairs


def rule_text(issue: Issue) -> str:
    """The rule and example of an issue in the UI language, without its field label."""
    text = core_tr(issue.rule).format(**issue.params)
    if issue.example:
        text += core_tr("; for example: {example}").format(example=issue.example)
    return text


def codes_text(codes: dict[str, str]) -> str:
    return ", ".join(f"{k}={v}" for k, v in sorted(codes.items()))


class DeclarationSettingsDialog(QDialog):
    """Every DeclarationSettings field; an empty one shows where its value comes from, a bad one why it is bad."""

    settings_saved = Signal(object)

    def __init__(self, ws: Workspace, parent: QWidget | None = None, issues: list[Issue] | None = None):
        super().__init__(parent)
        self.setObjectName("DeclarationSettingsDialog")
        self.ws = ws
        self.inputs: dict[str, QWidget] = {}
        self.hints: dict[str, QLabel] = {}
        self._labels: dict[str, QLabel] = {}
        self._boxes: list[tuple[QGroupBox, Callable[[], str]]] = []
        self.files: dict[str, QCheckBox] = {}
        self.intro = named(QLabel(), "intro")
        self.intro.setWordWrap(True)
        self.problem = named(QLabel(), "problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setVisible(bool(issues))
        self._build()
        self.retranslate()
        self._load()
        if issues:
            self.show_issues(issues)
        self.resize(1120, 800)

    # -- building ---------------------------------------------------------------------------------------

    def _groups(self) -> list[tuple[Callable[[], str], tuple[str, ...]]]:
        return [
            (lambda: self.tr("Your enterprise"), ("ebc_code", "ebc_name", "owner_code", "owner_name")),
            (lambda: self.tr("Platform and declaring enterprise"),
             ("ebp_code", "ebp_name", "agent_code", "agent_name", "decl_agent_code", "decl_agent_name")),
            (lambda: self.tr("Default carrier"), ("logistics_code", "logistics_name")),
            (lambda: self.tr("Data exchange (DXP)"), ("sender_code", "sender_name", "dxp_id")),
            (lambda: self.tr("Customs offices and codes"),
             ("customs_code", "port_code", "loct_no", "pod", "traf_mode", "wrap_type", "statistics_flag",
              "code_form")),
        ]

    def _build(self) -> None:
        body = QWidget()
        grid = QGridLayout(body)
        for position, (title, names) in enumerate(self._groups()):
            box = QGroupBox()
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for name in names:
                form.addRow(self._label(name), self._cell(name, self._input(name)))
            self._boxes.append((box, title))
            grid.addWidget(box, position % 3, position // 3, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self._codes_box(), 3, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self._files_box(), 2, 1, 2, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(body)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        self.summary = named(QLabel(), "summary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.problem)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

    def _label(self, name: str) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setMinimumWidth(150)
        label.setMaximumWidth(210)
        self._labels[name] = label
        return label

    def _input(self, name: str) -> QWidget:
        widget: QWidget
        if name in COMBOS:
            widget = QComboBox()
            widget.currentIndexChanged.connect(lambda _=0, n=name: self._update_hint(n))
        else:
            widget = QLineEdit()   # no placeholder: a grey example would look like a value already entered
            widget.textEdited.connect(lambda _="", n=name: self._update_hint(n))
        self.inputs[name] = named(widget, name)
        return widget

    def _cell(self, name: str, widget: QWidget) -> QWidget:
        hint = named(QLabel(), f"hint_{name}")
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        self.hints[name] = hint
        cell = QWidget()
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(hint)
        return cell

    def _codes_box(self) -> QGroupBox:
        box = QGroupBox()
        form = QFormLayout(box)
        for name in MAPS:
            form.addRow(self._label(name), self._cell(name, self._input(name)))
        self._boxes.append((box, lambda: self.tr("Codes the platform gave you")))
        return box

    def _files_box(self) -> QGroupBox:
        box = QGroupBox()
        column = QVBoxLayout(box)
        self.files_hint = QLabel()
        self.files_hint.setWordWrap(True)
        self.files_hint.setStyleSheet(HINT_STYLE)
        self.always = named(QCheckBox(), "file_CEB603")
        self.always.setChecked(True)
        self.always.setEnabled(False)
        column.addWidget(self.always)
        for kind in OPTIONAL:
            self.files[kind] = named(QCheckBox(), f"file_{kind}")
            column.addWidget(self.files[kind])
        column.addWidget(self.files_hint)
        self._boxes.append((box, lambda: self.tr("Messages you file")))
        return box

    # -- values -----------------------------------------------------------------------------------------

    def _fill_combos(self) -> None:
        choices: dict[str, list[tuple[str, str]]] = {
            "traf_mode": [(e.code, f"{e.code} {self._name(e)}") for e in self.ws.codes("transport_modes")],
            "wrap_type": [(e.code, f"{e.code} {self._name(e)}") for e in self.ws.codes("wrap_types")],
            "statistics_flag": [("B", self.tr("B — summary declaration later (汇总申报)")),
                                ("A", self.tr("A — simplified declaration (简化申报)"))],
            "code_form": [("numeric", self.tr("Numeric customs codes (142 = CNY), as in the official samples")),
                          ("alpha", self.tr("Letter codes (CNY, RUS)"))],
        }
        for name, items in choices.items():
            combo = self.inputs[name]
            assert isinstance(combo, QComboBox)
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            if name in ("traf_mode", "wrap_type"):
                combo.addItem("—", "")
            for code, text in items:
                combo.addItem(text, code)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

    @staticmethod
    def _name(entry: object) -> str:
        key = {"zh_CN": "name_zh", "ru": "name_ru"}.get(LANGUAGE.lang, "name_en")
        return str(getattr(entry, key, "") or getattr(entry, "name_zh", ""))

    def _load(self) -> None:
        settings, files = self.ws.declarations.load_settings()
        for name, widget in self.inputs.items():
            value = getattr(settings, name)
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(widget.findData(str(value)), 0))
            elif isinstance(widget, QLineEdit):
                widget.setText(codes_text(dict(value)) if name in MAPS else str(value))
        for kind, check in self.files.items():
            check.setChecked(kind in files)
        for name in self.inputs:
            self._update_hint(name)

    def value(self, name: str) -> str:
        widget = self.inputs[name]
        if isinstance(widget, QComboBox):
            return str(widget.currentData() or "")
        assert isinstance(widget, QLineEdit)
        return widget.text().strip()

    def settings(self) -> DeclarationSettings:
        values: dict[str, Any] = {name: self.value(name) for name in self.inputs if name not in MAPS}
        values.update({name: parse_codes(self.value(name)) for name in MAPS})
        return dataclasses.replace(DeclarationSettings(), **values)

    def chosen_files(self) -> list[str]:
        return [kind for kind, check in self.files.items() if check.isChecked()]

    # -- hints and issues -------------------------------------------------------------------------------

    def _update_hint(self, name: str, error: str = "") -> None:
        """A red problem if there is one; else, while the field is empty, where to find its value."""
        hint = self.hints[name]
        if error:
            hint.setText(error)
            hint.setStyleSheet(ERROR_STYLE)
            self.inputs[name].setStyleSheet("border: 1px solid #b00020;")
        else:
            empty = not self.value(name)
            text = core_tr(INFO[name].missing) if name in INFO and empty else ""
            if name in MAPS:
                text = self.tr("Only if the platform told you to: ISO code = customs code, e.g. RUB=643")
            hint.setText(text)
            hint.setStyleSheet(HINT_STYLE)
            self.inputs[name].setStyleSheet("")
        hint.setVisible(bool(hint.text()))

    def show_issues(self, issues: list[Issue]) -> None:
        """Red text under each field with a problem; missing values say where to find them."""
        by_field: dict[str, list[str]] = {}
        for issue in issues:
            name = issue.field.removeprefix("settings.")
            # Under its own field the label need not be repeated; elsewhere (summary) it must be.
            text = rule_text(issue) if name in self.inputs else issue_text(issue, LANGUAGE.lang)
            by_field.setdefault(name, []).append(text)
        for name in self.inputs:
            self._update_hint(name, "\n".join(by_field.pop(name, [])))
        leftover = [text for texts in by_field.values() for text in texts]
        self.summary.setText("\n".join(leftover))
        self.summary.setVisible(bool(leftover))

    def on_save_clicked(self) -> None:
        try:
            self.ws.declarations.save_settings(self.settings(), self.chosen_files())
        except ValidationError as error:
            self.show_issues(error.issues)
            return
        self.settings_saved.emit(Changes(settings=True, declarations=True))
        self.accept()

    # -- language ---------------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Customs declaration settings"))
        self.intro.setText(self.tr(
            "Customs need these codes in every message. Nothing is guessed: while a value is missing, the grey "
            "text under it says where to find it. Values you do not know yet may stay empty until you declare."))
        self.problem.setText(self.tr("The declaration could not be made: the settings marked in red are missing "
                                     "or wrong."))
        for box, title in self._boxes:
            box.setTitle(title())
        for name, label in self._labels.items():
            label.setText(core_tr(INFO[name].label) if name in INFO else {
                "currency_codes": self.tr("Currency codes"), "country_codes": self.tr("Country codes")}[name])
        self.always.setText(self.tr("CEB603 list declaration (always)"))
        texts = {"CEB303": self.tr("CEB303 electronic order"), "CEB403": self.tr("CEB403 payment receipt"),
                 "CEB505": self.tr("CEB505 waybill")}
        for kind, check in self.files.items():
            check.setText(texts[kind])
        self.files_hint.setText(self.tr("Tick the messages you file yourself. Usually the platform files the order, "
                                        "the payment company the receipt and the carrier the waybill; ask the "
                                        "platform which ones are yours."))
        self._fill_combos()
        for name in self.inputs:
            if self.hints[name].styleSheet() != ERROR_STYLE:
                self._update_hint(name)
