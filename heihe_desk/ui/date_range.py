"""A date-range filter: a period menu (all, today, this month…) plus from/to date pickers that may stay open."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QLocale, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from heihe_desk.ui.widgets import named

#: The earliest date a picker shows; a picker at this date means "no limit" and shows its special text.
OPEN = QDate(2000, 1, 1)
PERIODS = ("all", "today", "week", "month", "last_month", "year", "custom")


def period_bounds(period: str, today: QDate) -> tuple[QDate, QDate]:
    """From and to of a named period (OPEN, OPEN for all dates)."""
    first_of_month = QDate(today.year(), today.month(), 1)
    if period == "today":
        return today, today
    if period == "week":
        return today.addDays(-6), today
    if period == "month":
        return first_of_month, today
    if period == "last_month":
        start = first_of_month.addMonths(-1)
        return start, first_of_month.addDays(-1)
    if period == "year":
        return QDate(today.year(), 1, 1), today
    return OPEN, OPEN


class DateRange(QWidget):
    range_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.period = named(QComboBox(), "period")
        self.date_from = named(self._picker(), "date_from")
        self.date_to = named(self._picker(), "date_to")
        self.dash = QLabel("–")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.period)
        row.addWidget(self.date_from)
        row.addWidget(self.dash)
        row.addWidget(self.date_to)
        self.period.currentIndexChanged.connect(lambda _: self.on_period_chosen())
        for picker in (self.date_from, self.date_to):
            picker.dateChanged.connect(lambda _: self.on_date_edited())
        self._setting = False
        self.retranslate()

    def _picker(self) -> QDateEdit:
        picker = QDateEdit()
        picker.setCalendarPopup(True)
        picker.setMinimumDate(OPEN)
        picker.setDate(OPEN)
        picker.setMinimumWidth(110)
        return picker

    def bounds(self) -> tuple[str | None, str | None]:
        """('2026-03-01', '2026-03-31'); None for an open end."""
        def iso(picker: QDateEdit) -> str | None:
            return None if picker.date() == OPEN else picker.date().toString("yyyy-MM-dd")
        return iso(self.date_from), iso(self.date_to)

    def on_period_chosen(self) -> None:
        period = self.period.currentData()
        if period == "custom":
            return
        start, end = period_bounds(str(period), QDate.currentDate())
        self._setting = True
        self.date_from.setDate(start)
        self.date_to.setDate(end)
        self._setting = False
        self.range_changed.emit()

    def on_date_edited(self) -> None:
        if self._setting:
            return
        self.period.blockSignals(True)
        self.period.setCurrentIndex(self.period.findData("custom"))
        self.period.blockSignals(False)
        self.range_changed.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        names = {"all": self.tr("All dates"), "today": self.tr("Today"), "week": self.tr("Last 7 days"),
                 "month": self.tr("This month"), "last_month": self.tr("Last month"), "year": self.tr("This year"),
                 "custom": self.tr("Custom dates")}
        current = self.period.currentData() or "all"
        self.period.blockSignals(True)
        self.period.clear()
        for key in PERIODS:
            self.period.addItem(names[key], key)
        self.period.setCurrentIndex(self.period.findData(current))
        self.period.blockSignals(False)
        for picker, text in ((self.date_from, self.tr("from")), (self.date_to, self.tr("to"))):
            picker.setSpecialValueText(text)
        self.date_from.setToolTip(self.tr("First day (leave at “from” for no limit)"))
        self.date_to.setToolTip(self.tr("Last day (leave at “to” for no limit)"))



#: Ways people write a day besides the locale's own short format (ISO first: it is what the core stores).
DAY_FORMATS = ("yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd")


def day_input(text: str) -> str:
    """A typed day ('08.03.2026', '2026/3/8', '2026-03-08') as ISO; unreadable text passes through unchanged
    so the core names the rule ("must be a date written YYYY-MM-DD")."""
    text = text.strip()
    if not text:
        return ""
    for fmt in DAY_FORMATS:
        day = QDate.fromString(text, fmt)
        if day.isValid():
            return day.toString("yyyy-MM-dd")
    day = QDate.fromString(text, _local_format())
    return day.toString("yyyy-MM-dd") if day.isValid() else text


def _local_format() -> str:
    """The locale's short date format when it has a four-digit year ('3/8/26' would read as 1926)."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else "yyyy-MM-dd"


def day_example() -> str:
    """A sample day as the UI language writes it, for placeholders."""
    return QDate(2026, 3, 8).toString(_local_format())
