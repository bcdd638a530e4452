"""The main window: composes the pages, the menus and the status bar; holds no business logic."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from heihe_desk import __version__
from heihe_desk.core.locale.languages import LANGUAGES, NATIVE_NAMES
from heihe_desk.core.workspace import Changes, Workspace
from heihe_desk.ui.page_registry import PAGES, LazyPages
from heihe_desk.ui.pages.master_page import MasterPage
from heihe_desk.ui.runner import Runner
from heihe_desk.ui.sync_controls import SyncControls
from heihe_desk.ui.translation import LANGUAGE
from heihe_desk.ui.widgets import named


class MainWindow(QMainWindow):
    """Navigation on the left, the current page on the right, language in the menu."""

    language_changed = Signal(str)

    def __init__(self, ws: Workspace, runner: Runner | None = None):
        super().__init__()
        self.setObjectName("MainWindow")
        self.ws = ws
        self.runner = runner or Runner()
        self.nav = named(QListWidget(), "nav")
        self.nav.setFixedWidth(150)
        self.nav.setIconSize(QSize(0, 0))
        self.stack = QStackedWidget()
        self.pages = LazyPages(ws, self.stack, self._on_page_built)
        for _ in PAGES:
            self.nav.addItem("")
        self.nav.currentRowChanged.connect(self.on_nav_row_changed)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self.status_device = named(QLabel(), "device")
        self.sync = SyncControls(self)  # Sync menu, status-bar indicator (left of the device code), scheduler
        self.statusBar().addPermanentWidget(self.status_device)
        self.nav.setCurrentRow(0)
        self.resize(1280, 760)
        self.retranslate()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.backup_action = QAction(self)
        self.backup_action.triggered.connect(self.on_backup_triggered)
        self.file_menu.addAction(self.backup_action)
        self.check_action = QAction(self)
        self.check_action.triggered.connect(self.on_check_triggered)
        self.quit_action = QAction(self)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.check_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.language_menu = bar.addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for lang in LANGUAGES:
            action = QAction(NATIVE_NAMES[lang], self, checkable=True)
            action.triggered.connect(lambda _=False, code=lang: self.switch_language(code))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[lang] = action
        self.help_menu = bar.addMenu("")
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.on_about_triggered)
        self.help_menu.addAction(self.about_action)

    # -- actions -------------------------------------------------------------------------------------

    def _on_page_built(self, page: MasterPage) -> None:
        page.changes_made.connect(self.on_changes)

    def on_nav_row_changed(self, row: int) -> None:
        self.stack.setCurrentWidget(self.pages[list(PAGES)[row]])

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(list(PAGES).index(key))

    def switch_language(self, lang: str) -> None:
        """Retranslate every open window now and remember the choice in the data folder."""
        LANGUAGE.apply(lang)
        self.ws.set_setting("language", lang)
        self.language_changed.emit(lang)

    def on_changes(self, changes: Changes, local: bool = True) -> None:
        """Refresh what the change touched; a local change also schedules a sync (one pulled in does not)."""
        for page in self.pages.built():
            page.refresh_if(changes)
        self.update_status()
        if local:
            self.sync.on_local_changes()

    def on_backup_triggered(self) -> None:
        """Save a single-file copy (e.g. onto a USB stick); restoring is `heihe-desk restore` with the window closed."""
        from heihe_desk.core.backup import SUFFIX, back_up

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Back up"), f"heihe-desk{SUFFIX}",
                                              self.tr("Heihe Desk backup (*%1)").replace("%1", SUFFIX))
        if not path:
            return
        self.statusBar().showMessage(self.tr("Backing up…"))
        self.runner.submit(lambda: back_up(self.ws, Path(path)), self._show_backup_done, self._show_error)

    def _show_backup_done(self, target: Path) -> None:
        self.statusBar().showMessage(self.tr("Backup saved to %1").replace("%1", str(target)), 10_000)

    def on_check_triggered(self) -> None:
        self.statusBar().showMessage(self.tr("Checking the database…"))
        self.runner.submit(self.ws.check, self._show_check_result, self._show_error)

    def check_in_background(self) -> None:
        """The integrity check at start reads the whole file, so it runs after the window is usable."""
        self.runner.submit(self.ws.quick_check, self._warn_if_damaged, self._show_error)

    def _warn_if_damaged(self, problems: list[str]) -> None:
        if problems:
            QMessageBox.critical(self, self.tr("Database check"), self.tr(
                "The database file is damaged. Close the app and restore the latest backup from the "
                "backups folder.") + "\n\n" + "\n".join(problems[:10]))

    def _show_check_result(self, problems: list[str]) -> None:
        self.statusBar().clearMessage()
        if problems:
            QMessageBox.warning(self, self.tr("Database check"),
                                self.tr("Problems found:") + "\n" + "\n".join(problems[:20]))
        else:
            QMessageBox.information(self, self.tr("Database check"), self.tr("The database is sound."))

    def _show_error(self, error: Exception) -> None:
        self.statusBar().clearMessage()
        QMessageBox.critical(self, self.tr("Error"), str(error))

    def on_about_triggered(self) -> None:
        QMessageBox.about(self, self.tr("About Heihe Desk"), self.tr(
            "Heihe Desk %1\nData folder: %2").replace("%1", __version__).replace("%2", str(self.ws.data_dir)))

    def update_status(self) -> None:
        self.sync.refresh_status()  # counted off the UI thread: a big outbox takes ~90 ms to count
        self.status_device.setText(self.tr("Device %1").replace("%1", self.ws.device.code))

    # -- Qt events -----------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.sync.stop()
        QApplication.closeAllWindows()
        event.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Heihe Desk — cross-border trade assistant"))
        titles = {"orders": self.tr("Orders"), "products": self.tr("Products"), "stock": self.tr("Stock"),
                  "partners": self.tr("Partners"), "rates": self.tr("Exchange rates"),
                  "declarations": self.tr("Declarations")}
        for row, key in enumerate(PAGES):
            self.nav.item(row).setText(titles[key])
        self.file_menu.setTitle(self.tr("&File"))
        self.backup_action.setText(self.tr("&Back up…"))
        self.check_action.setText(self.tr("&Check database"))
        self.quit_action.setText(self.tr("&Quit"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About"))
        for lang, action in self.language_actions.items():
            action.setChecked(lang == LANGUAGE.lang)
        self.update_status()
