"""Platform settings: address, account and token (keyring or private file), with a background connection test."""

from __future__ import annotations

import ipaddress
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from heihe_desk.core.settings import SETTINGS
from heihe_desk.core.sync import credentials
from heihe_desk.core.workspace import Workspace
from heihe_desk.ui.runner import Runner
from heihe_desk.ui.sync_scheduler import DEFAULT_INTERVAL_S, INTERVAL_SETTING
from heihe_desk.ui.widgets import named

ERROR_STYLE = "color: #b00020;"
WARNING_STYLE = "color: #8a4b00;"
OK_STYLE = "color: #2e7d32;"
MUTED_STYLE = "color: #616161;"


CONTEXT = "SyncSettingsDialog"
#: Messages the module-level checks return, marked for lupdate, translated when shown.
MESSAGES = {
    "bad_url": QT_TRANSLATE_NOOP("SyncSettingsDialog", "The address is not valid, for example:"
                                                       " https://platform.example.com"),
    "no_scheme": QT_TRANSLATE_NOOP("SyncSettingsDialog", "The address must start with https:// and name a server,"
                                                         " for example: https://platform.example.com"),
    "userinfo": QT_TRANSLATE_NOOP("SyncSettingsDialog", "Do not put a name or password in the address; use the"
                                                        " account and token fields"),
    "plain_http": QT_TRANSLATE_NOOP("SyncSettingsDialog", "Plain http: the token and your data cross the network"
                                                          " unencrypted. Use https:// unless the platform is on a"
                                                          " network you trust (a classroom)."),
    "certificate": QT_TRANSLATE_NOOP("SyncSettingsDialog", "The platform's certificate could not be verified. Check"
                                                           " the address, or ask the platform's administrator for a"
                                                           " valid certificate."),
    "offline": QT_TRANSLATE_NOOP("SyncSettingsDialog", "Cannot reach the platform at %1. Check the address and the"
                                                       " network."),
    "auth": QT_TRANSLATE_NOOP("SyncSettingsDialog", "The platform did not accept this token. Copy the token again"
                                                    " from the platform."),
    "server_old": QT_TRANSLATE_NOOP("SyncSettingsDialog", "The platform is older than this app. Ask its"
                                                          " administrator to update it."),
    "client_old": QT_TRANSLATE_NOOP("SyncSettingsDialog", "This app is too old for the platform. Install the update."),
    "not_found": QT_TRANSLATE_NOOP("SyncSettingsDialog", "No platform answers at this address (HTTP 404). Check the"
                                                         " address."),
    "other": QT_TRANSLATE_NOOP("SyncSettingsDialog", "The platform answered with an error: %1"),
    "in_keyring": QT_TRANSLATE_NOOP("SyncSettingsDialog", "The token is stored in the system keyring."),
    "in_file": QT_TRANSLATE_NOOP("SyncSettingsDialog", "No system keyring is available: the token is stored in %1,"
                                                       " readable only by you."),
    "in_env": QT_TRANSLATE_NOOP("SyncSettingsDialog", "The token comes from the HEIHE_DESK_SYNC_TOKEN environment"
                                                      " variable, which wins over a stored one."),
    "none_yet": QT_TRANSLATE_NOOP("SyncSettingsDialog", "No token is stored yet. It will be kept in the system"
                                                        " keyring, or where there is none, in a file in the data"
                                                        " folder readable only by you."),
}


def message(key: str, arg: str = "") -> str:
    return QCoreApplication.translate(CONTEXT, str(MESSAGES[key])).replace("%1", arg)


def check_url(text: str) -> tuple[str, str]:
    """(error, warning) for a platform address; both empty for a good https address (or none at all)."""
    if not text:
        return "", ""
    try:
        parts = urlsplit(text)
        _port = parts.port  # raises ValueError for a port that is not a number in 0..65535
    except ValueError:
        return message("bad_url"), ""
    if parts.scheme not in ("http", "https") or not parts.hostname or " " in text:
        return message("no_scheme"), ""
    if parts.username or parts.password:
        return message("userinfo"), ""
    if parts.scheme == "http" and not _loopback(parts.hostname):
        return "", message("plain_http")
    return "", ""


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _hello(url: str, token: str) -> dict[str, Any]:
    """One small request with the address and token (runs on a worker; TLS certificates always verified)."""
    from heihe_desk.core.sync.transport import Transport  # requests loads when first needed, not at start-up

    transport = Transport(url, token, timeout=(5.0, 15.0), retries=0)
    try:
        return transport.hello()
    finally:
        transport.close()


def failure_text(error: Exception, url: str) -> str:
    """A failed connection test in the user's language (the core's English detail only for unknown answers)."""
    state = getattr(error, "state", "")
    if "SSLError" in str(error) or "CERTIFICATE" in str(error).upper():
        return message("certificate")
    if state == "offline":
        return message("offline", url)
    if state == "auth-needed":
        return message("auth")
    if state == "update-needed":
        return message("server_old" if getattr(error, "side", "client") == "server" else "client_old")
    if getattr(error, "status", None) == 404:
        return message("not_found")
    return message("other", str(error))


def token_place_text(source: str, data_dir: Path) -> str:
    """Where the token the next sync uses comes from (credentials.get_token's answer)."""
    if source == "file":
        return message("in_file", str(data_dir / credentials.TOKEN_FILE))
    return message({"keyring": "in_keyring", "env": "in_env"}.get(source, "none_yet"))


class SyncSettingsDialog(QDialog):
    """Edits sync_server_url and sync_account; the token goes to the core's token store, never to the settings."""

    settings_saved = Signal(object)   # Changes

    def __init__(self, ws: Workspace, runner: Runner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("SyncSettingsDialog")
        self.ws = ws
        self.runner = runner
        self.token_source = ""
        self.url = named(QLineEdit(ws.setting("sync_server_url")), "server_url")
        self.url.setPlaceholderText("https://platform.example.com")
        self.account = named(QLineEdit(ws.setting("sync_account")), "account")
        self.account.setPlaceholderText("shop-1")
        self.token = named(QLineEdit(), "token")
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.interval: QSpinBox | None = None
        if INTERVAL_SETTING in SETTINGS:  # shown once the core declares the setting (see sync_scheduler)
            self.interval = named(QSpinBox(minimum=10, maximum=24 * 3600, singleStep=30), "interval")
            self.interval.setValue(int(ws.setting(INTERVAL_SETTING) or DEFAULT_INTERVAL_S))
        self.url_message = self._message_label("url_message")
        self.token_place = self._message_label("token_place", MUTED_STYLE)
        self.tls_note = self._message_label("tls_note", MUTED_STYLE)
        self.test_result = self._message_label("test_result")
        self.form = QFormLayout()
        self.labels = {key: QLabel() for key in ("url", "account", "token", "interval")}
        self.form.addRow(self.labels["url"], self.url)
        self.form.addRow("", self.url_message)
        self.form.addRow(self.labels["account"], self.account)
        self.form.addRow(self.labels["token"], self.token)
        self.form.addRow("", self.token_place)
        if self.interval is not None:
            self.form.addRow(self.labels["interval"], self.interval)
        self.test_button = named(QPushButton(), "test_connection")
        self.test_button.clicked.connect(self.on_test_clicked)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.tls_note)
        layout.addWidget(self.test_result)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        # Which token the address and account find is looked up once typing pauses, not per keystroke.
        self.lookup_timer = QTimer(self, singleShot=True, interval=400)
        self.lookup_timer.timeout.connect(self.look_up_token)
        self.url.textChanged.connect(self.on_url_edited)
        self.url.textChanged.connect(self.lookup_timer.start)
        self.account.textChanged.connect(self.lookup_timer.start)
        self.resize(680, 0)
        self.retranslate()
        self.on_url_edited()
        self.look_up_token()

    def _message_label(self, name: str, style: str = "") -> QLabel:
        label = named(QLabel(), name)
        label.setWordWrap(True)
        label.setStyleSheet(style)
        label.setVisible(bool(style))
        return label

    def _show(self, label: QLabel, text: str, style: str) -> None:
        label.setText(text)
        label.setStyleSheet(style)
        label.setVisible(bool(text))
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow to show every wrapped message line (a dialog keeps its height when a label gains lines)."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else layout.sizeHint().height()
        if needed > self.height():
            self.resize(self.width(), needed)

    # -- values -------------------------------------------------------------------------------------

    def server_url(self) -> str:
        return self.url.text().strip().rstrip("/")

    def account_name(self) -> str:
        return self.account.text().strip()

    def look_up_token(self) -> None:
        """Ask the token store in the background (a locked keyring may take a while to answer)."""
        url, account, folder = self.server_url(), self.account_name(), self.ws.data_dir
        self.runner.submit(lambda: credentials.get_token(folder, url, account)[1] if url else "",
                           self._on_token_found, lambda _exc: self._on_token_found(""))

    def _on_token_found(self, source: str) -> None:
        if not shiboken6.isValid(self):
            return
        self.token_source = source
        self.token_place.setText(token_place_text(source, self.ws.data_dir))
        self._fit_height()
        self.token.setPlaceholderText(self.tr("stored: leave empty to keep it") if source
                                      else self.tr("paste the token the platform gave you"))

    # -- slots --------------------------------------------------------------------------------------

    def on_url_edited(self) -> None:
        error, warning = check_url(self.server_url())
        self._show(self.url_message, error or warning, ERROR_STYLE if error else WARNING_STYLE)

    def on_test_clicked(self) -> None:
        url, typed = self.server_url(), self.token.text().strip()
        error, _warning = check_url(url)
        if not url or error:
            self._show(self.test_result, error or self.tr("Enter the platform address first."), ERROR_STYLE)
            return
        folder, account = self.ws.data_dir, self.account_name()

        def test() -> dict[str, Any]:
            token = typed or credentials.get_token(folder, url, account)[0]
            if not token:
                raise LookupError("no token")
            return _hello(url, token)

        self.test_button.setEnabled(False)
        self._show(self.test_result, self.tr("Connecting…"), MUTED_STYLE)
        self.runner.submit(test, self._on_test_passed, self._on_test_failed)

    def _on_test_passed(self, hello: dict[str, Any]) -> None:
        if not shiboken6.isValid(self):
            return
        self.test_button.setEnabled(True)
        name = str(hello.get("account") or "")
        if not self.account_name():
            self.account.setText(name)  # the token says whose it is: nothing to type
        if name != self.account_name():
            self._show(self.test_result, self.tr("Connected, but this token belongs to account %1, not %2.")
                       .replace("%1", name).replace("%2", self.account_name()), ERROR_STYLE)
            return
        self._show(self.test_result, self.tr("Connected to the platform as %1.").replace("%1", name), OK_STYLE)

    def _on_test_failed(self, error: Exception) -> None:
        if not shiboken6.isValid(self):
            return
        self.test_button.setEnabled(True)
        text = (self.tr("Enter the token the platform gave you.") if isinstance(error, LookupError)
                else failure_text(error, self.server_url()))
        self._show(self.test_result, text, ERROR_STYLE)

    def on_save_clicked(self) -> None:
        url, account, typed = self.server_url(), self.account_name(), self.token.text().strip()
        error, _warning = check_url(url)
        problem = error or self._missing(url, account, typed)
        if problem:
            self._show(self.test_result, problem, ERROR_STYLE)
            return
        if typed and url:
            folder = self.ws.data_dir
            self.buttons.setEnabled(False)
            self.runner.submit(lambda: credentials.set_token(folder, url, account, typed),
                               lambda warning: self._store(url, account, warning is not None),
                               self._on_store_failed)
        else:
            self._store(url, account, False)

    def _missing(self, url: str, account: str, typed: str) -> str:
        """What a platform address still needs before it can be saved ('' when nothing)."""
        if url and not account:
            return self.tr("Enter the account name the platform gave you.")
        if url and not typed and not self.token_source:
            return self.tr("Enter the token the platform gave you.")
        return ""

    def _on_store_failed(self, error: Exception) -> None:
        if shiboken6.isValid(self):
            self.buttons.setEnabled(True)
            self._show(self.test_result, self.tr("The token could not be stored: %1").replace("%1", str(error)),
                       ERROR_STYLE)

    def _store(self, url: str, account: str, in_file: bool) -> None:
        if not shiboken6.isValid(self):
            return
        changes = self.ws.set_setting("sync_server_url", url) | self.ws.set_setting("sync_account", account)
        if self.interval is not None:
            changes |= self.ws.set_setting(INTERVAL_SETTING, self.interval.value())
        if in_file:
            QMessageBox.warning(self, self.windowTitle(), token_place_text("file", self.ws.data_dir))
        self.settings_saved.emit(changes)
        self.accept()

    # -- language -----------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Platform settings"))
        self.labels["url"].setText(self.tr("Platform address"))
        self.labels["account"].setText(self.tr("Account"))
        self.labels["token"].setText(self.tr("Token"))
        self.labels["interval"].setText(self.tr("Sync every"))
        if self.interval is not None:
            self.interval.setSuffix(self.tr(" s"))
        self.tls_note.setText(self.tr("Certificates of https addresses are always verified."))
        self.test_button.setText(self.tr("Test connection"))
        self.on_url_edited()
        self._on_token_found(self.token_source)
