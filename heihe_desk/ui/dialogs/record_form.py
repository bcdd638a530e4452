"""A record editor built from field specs, with inline validation messages under each field."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
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
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from heihe_desk.core.domain.errors import Issue, ValidationError
from heihe_desk.core.locale.catalogue import issue_text
from heihe_desk.ui.translation import LANGUAGE, core_tr
from heihe_desk.ui.widgets import named

Choices = Callable[[], list[tuple[str, str]]]


@dataclass(frozen=True)
class FieldSpec:
    """One input: its record key, core label key, widget kind and (for combos) its choices."""

    key: str
    label: str
    kind: str = "line"           # line | text | combo | check
    example: str = ""
    choices: Choices | None = None
    optional_choice: bool = False


@dataclass(frozen=True)
class GroupSpec:
    title: Callable[[], str]
    fields: tuple[FieldSpec, ...]


class RecordForm(QDialog):
    """Shows every issue of the current input beneath its field; saves only when the core accepts."""

    record_saved = Signal(object)

    def __init__(self, groups: list[GroupSpec], check: Callable[[dict[str, Any]], list[Issue]],
                 save: Callable[[dict[str, Any]], Any], parent: QWidget | None = None):
        super().__init__(parent)
        self._groups = groups
        self._check = check
        self._save = save
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._labels: dict[str, QLabel] = {}
        self._group_boxes: list[QGroupBox] = []
        self._touched: set[str] = set()
        self._show_all = False
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.revalidate)
        self._build()
        self.retranslate()

    # -- building ----------------------------------------------------------------------------------

    def _build(self) -> None:
        body = QWidget()
        grid = QGridLayout(body)
        for position, group in enumerate(self._groups):
            box = QGroupBox()
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for spec in group.fields:
                widget = self._make_widget(spec)
                error = named(QLabel(), f"error_{spec.key}")
                error.setWordWrap(True)
                error.setStyleSheet("color: #b00020;")
                error.hide()
                cell = QWidget()
                cell_layout = QVBoxLayout(cell)
                cell_layout.setContentsMargins(0, 0, 0, 0)
                cell_layout.setSpacing(2)
                cell_layout.addWidget(widget)
                cell_layout.addWidget(error)
                label = QLabel()
                label.setWordWrap(True)  # long Russian labels wrap instead of squeezing the fields
                label.setMinimumWidth(170)
                label.setMaximumWidth(240)
                form.addRow(label, cell)
                self.widgets[spec.key], self.errors[spec.key], self._labels[spec.key] = widget, error, label
            grid.addWidget(box, position // 2, position % 2, Qt.AlignmentFlag.AlignTop)
            self._group_boxes.append(box)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(body)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        self.summary = named(QLabel(), "summary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("color: #b00020;")
        self.summary.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(980, 680)

    def _make_widget(self, spec: FieldSpec) -> QWidget:
        widget: QWidget
        if spec.kind == "check":
            widget = QCheckBox()
            widget.setChecked(True)
            widget.toggled.connect(lambda _=False, k=spec.key: self._on_edited(k))
        elif spec.kind == "combo":
            widget = QComboBox(editable=False)
            widget.currentIndexChanged.connect(lambda _=0, k=spec.key: self._on_edited(k))
        elif spec.kind == "text":
            widget = QPlainTextEdit()
            widget.setFixedHeight(60)
            widget.textChanged.connect(lambda k=spec.key: self._on_edited(k))
        else:
            widget = QLineEdit(placeholderText=spec.example)
            widget.textEdited.connect(lambda _="", k=spec.key: self._on_edited(k))
        widget.setObjectName(spec.key)
        return widget

    def _fill_choices(self) -> None:
        for group in self._groups:
            for spec in group.fields:
                if spec.kind != "combo" or spec.choices is None:
                    continue
                combo = self.widgets[spec.key]
                assert isinstance(combo, QComboBox)
                current = combo.currentData()
                combo.blockSignals(True)
                combo.clear()
                if spec.optional_choice:
                    combo.addItem("—", "")
                for code, name in spec.choices():
                    combo.addItem(name, code)
                found = combo.findData(current) if current is not None else -1
                combo.setCurrentIndex(max(found, 0))
                combo.blockSignals(False)

    # -- values ------------------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """The form's input as the core expects it (strings, codes, booleans)."""
        data: dict[str, Any] = {}
        for key, widget in self.widgets.items():
            if isinstance(widget, QCheckBox):
                data[key] = widget.isChecked()
            elif isinstance(widget, QComboBox):
                data[key] = widget.currentData() or ""
            elif isinstance(widget, QPlainTextEdit):
                data[key] = widget.toPlainText()
            elif isinstance(widget, QLineEdit):
                data[key] = widget.text()
        return data

    def set_values(self, data: dict[str, Any]) -> None:
        for key, widget in self.widgets.items():
            value = data.get(key)
            if value is None:
                continue
            if isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(widget.findData(str(value)), 0))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(str(value))
            elif isinstance(widget, QLineEdit):
                widget.setText(str(value))

    # -- validation --------------------------------------------------------------------------------

    def _on_edited(self, key: str) -> None:
        self._touched.add(key)
        self._timer.start()

    def revalidate(self) -> list[Issue]:
        """Check the current input and show issues under the fields the user has touched (all after Save)."""
        issues = self._check(self.values())
        self.show_issues(issues)
        return issues

    def show_issues(self, issues: list[Issue]) -> None:
        by_field: dict[str, list[str]] = {}
        for issue in issues:
            if self._show_all or issue.field in self._touched:
                by_field.setdefault(issue.field, []).append(issue_text(issue, LANGUAGE.lang))
        for key, label in self.errors.items():
            texts = by_field.pop(key, [])
            label.setText("\n".join(texts))
            label.setVisible(bool(texts))
            self.widgets[key].setStyleSheet("border: 1px solid #b00020;" if texts else "")
        leftover = [t for texts in by_field.values() for t in texts]  # issues of fields not on the form
        self.summary.setText("\n".join(leftover))
        self.summary.setVisible(bool(leftover))

    def on_save_clicked(self) -> None:
        self._show_all = True
        try:
            result = self._save(self.values())
        except ValidationError as error:
            self.show_issues(error.issues)
            return
        self.record_saved.emit(result)
        self.accept()

    # -- language ----------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        for group, box in zip(self._groups, self._group_boxes, strict=True):
            box.setTitle(group.title())
            for spec in group.fields:
                self._labels[spec.key].setText(core_tr(spec.label))
        self._fill_choices()
        if self._touched or self._show_all:
            self.revalidate()
