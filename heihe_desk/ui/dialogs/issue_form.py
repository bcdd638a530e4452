"""Labelled inputs laid out in columns, each with the core's issues shown in red right under it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from heihe_desk.core.domain.errors import Issue
from heihe_desk.core.locale.catalogue import issue_text
from heihe_desk.ui.translation import LANGUAGE
from heihe_desk.ui.widgets import named

ERROR_STYLE = "color: #b00020;"


def error_label(name: str) -> QLabel:
    """A hidden red, wrapping label for validation messages."""
    label = named(QLabel(), name)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


class IssueForm(QWidget):
    """``add`` fields with a label function (re-read on language change); ``show_issues`` places messages."""

    def __init__(self, columns: int = 1, parent: QWidget | None = None):
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(6)
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._labels: dict[str, tuple[QLabel, Callable[[], str]]] = {}
        self._marks: dict[str, QWidget] = {}
        self._next_row = [0] * columns
        for column in range(columns):
            self.grid.setColumnStretch(column * 2 + 1, 1)

    def add(self, key: str, text: Callable[[], str], widget: QWidget, column: int = 0,
            mark: QWidget | None = None) -> QWidget:
        """Add a row to a column: its label, the input and a hidden message label below the input.

        ``mark`` is the part framed in red on an issue (default: the whole input).
        """
        label = QLabel()
        label.setContentsMargins(0, 4, 0, 0)  # level with the text inside the input next to it
        label.setWordWrap(True)
        label.setMinimumWidth(110)
        label.setMaximumWidth(190)
        label.setBuddy(widget)
        error = error_label(f"error_{key}")
        cell = QWidget()
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(error)
        row = self._next_row[column]
        self._next_row[column] += 1
        self.grid.addWidget(label, row, column * 2, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.grid.addWidget(cell, row, column * 2 + 1, Qt.AlignmentFlag.AlignTop)
        if not widget.objectName():
            widget.setObjectName(key)
        self.widgets[key], self.errors[key], self._labels[key] = widget, error, (label, text)
        self._marks[key] = mark or widget
        label.setText(text())
        return widget

    def show_issues(self, issues: list[Issue]) -> list[Issue]:
        """Show each issue under its field; return the issues of fields this form does not have."""
        by_field: dict[str, list[str]] = {}
        leftover: list[Issue] = []
        for issue in issues:
            if issue.field in self.errors:
                by_field.setdefault(issue.field, []).append(issue_text(issue, LANGUAGE.lang))
            else:
                leftover.append(issue)
        for key, label in self.errors.items():
            texts = by_field.get(key, [])
            label.setText("\n".join(texts))
            label.setVisible(bool(texts))
            self._marks[key].setStyleSheet("border: 1px solid #b00020;" if texts else "")
        return leftover

    def clear_issues(self) -> None:
        self.show_issues([])

    def retranslate(self) -> None:
        for label, text in self._labels.values():
            label.setText(text())
