"""Declaration actions that talk to files: import customs replies, export messages, the PDF copy, re-validation."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication as App
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from heihe_desk.core.domain.errors import ValidationError
from heihe_desk.core.locale.catalogue import issue_text
from heihe_desk.core.services.declaration_replies import ReplyOutcome
from heihe_desk.core.services.declaration_store import MESSAGE_LABELS, status_text
from heihe_desk.core.services.declarations import FileOutcome
from heihe_desk.core.services.documents import save_pdf
from heihe_desk.core.workspace import Changes, Workspace
from heihe_desk.ui.display import label
from heihe_desk.ui.runner import Runner
from heihe_desk.ui.translation import LANGUAGE, core_tr

PROBLEMS = ("rejected", "send_failed", "error")


def _t(text: str) -> str:
    return App.translate("DeclarationActions", text)


def _fail(parent: QWidget, title: str, error: Exception) -> None:
    QMessageBox.critical(parent, title, str(error))


def outcome_text(outcome: ReplyOutcome) -> str:
    """'ORD-… list declaration: Rejected by customs' plus, for a rejection, the reason and what to fix."""
    kind = core_tr(MESSAGE_LABELS.get(outcome.declaration_type, outcome.declaration_type))
    text = f"{outcome.order_no} {kind}: {core_tr(status_text(outcome.status))}"
    if outcome.order_status:
        text += " — " + _t("order moved to %1").replace("%1", label("status", outcome.order_status))
    if outcome.reply.status.value in PROBLEMS:
        from heihe_desk.core.customs import explain_reply

        told = explain_reply(outcome.reply, LANGUAGE.lang)
        text += "\n    " + told.reason + (f"\n    {told.fix}" if told.fix else "")
        text += "\n    " + _t("Record to fix: order %1, then declare it again.").replace("%1", outcome.order_no)
    return text


def import_report(outcomes: Sequence[FileOutcome]) -> tuple[str, bool]:
    """The import result as text, and whether every file was read and matched."""
    lines: list[str] = []
    clean = True
    for item in outcomes:
        name = Path(item.path).name
        if item.report is None:
            lines.append(f"{name}: " + _t("not a customs reply we can read (%1)").replace("%1", item.error))
            clean = False
            continue
        fresh = [o for o in item.report.outcomes if o.matched and not o.duplicate]
        lines += [f"{name}: {outcome_text(o)}" for o in fresh]
        repeats = sum(o.duplicate for o in item.report.outcomes)
        if repeats:
            lines.append(f"{name}: " + App.translate("DeclarationActions", "%n reply(ies) already imported before",
                                                     "", repeats))
        if item.report.unmatched:
            lines.append(f"{name}: " + App.translate("DeclarationActions", "%n reply(ies) match no declaration here",
                                                     "", item.report.unmatched))
            clean = False
    return "\n".join(lines), clean


def import_replies(parent: QWidget, ws: Workspace, runner: Runner, done: Callable[[Changes], None]) -> None:
    paths, _filter = QFileDialog.getOpenFileNames(parent, _t("Import customs replies"), "",
                                                  _t("Customs replies (*.xml);;All files (*)"))
    if not paths:
        return

    def show(outcomes: list[FileOutcome]) -> None:
        text, clean = import_report(outcomes)
        box = QMessageBox(QMessageBox.Icon.Information if clean else QMessageBox.Icon.Warning,
                          _t("Customs replies"), text or _t("Nothing to import."), parent=parent)
        box.open()
        done(Changes(orders=True, declarations=True))

    runner.submit(lambda: ws.declarations.import_reply_files([Path(p) for p in paths]), show,
                  lambda error: _fail(parent, _t("Customs replies"), error))


def export_messages(parent: QWidget, ws: Workspace, runner: Runner, ids: Sequence[str]) -> None:
    if not ids:
        return
    folder = QFileDialog.getExistingDirectory(parent, _t("Export the messages to a folder"))
    if not folder:
        return

    def show(paths: list[Path]) -> None:
        QMessageBox.information(parent, _t("Export"), App.translate(
            "DeclarationActions", "%n file(s) written to %1", "", len(paths)).replace("%1", folder))

    runner.submit(lambda: ws.declarations.export(list(ids), Path(folder)), show,
                  lambda error: _fail(parent, _t("Export"), error))


def revalidate(parent: QWidget, ws: Workspace, declaration_id: str) -> None:
    """The stored XML against the official schema again (e.g. after a schema update)."""
    issues = ws.declarations.revalidate(declaration_id)
    if not issues:
        QMessageBox.information(parent, _t("Validate again"), _t("The message is valid against the official schema."))
        return
    QMessageBox.warning(parent, _t("Validate again"), "\n".join(issue_text(i, LANGUAGE.lang) for i in issues))


def open_copy(parent: QWidget, ws: Workspace, runner: Runner, order_id: str) -> None:
    """The readable PDF copy of the order's list declaration, made by the documents service and opened."""
    lang = str(ws.setting("document_language") or "zh+ru")

    def failed(error: Exception) -> None:
        issues = getattr(error, "issues", None)
        text = "\n".join(issue_text(i, LANGUAGE.lang) for i in issues) if issues else str(error)
        QMessageBox.warning(parent, _t("Copy of the list declaration"), text)

    try:
        # Numbering writes, so it happens here on the UI thread (short); drawing the PDF runs on the runner.
        prepared = ws.documents.prepare("declaration", order_id, lang)
    except ValidationError as error:
        failed(error)
        return
    target = ws.data_dir / "documents" / prepared.file_name
    target.parent.mkdir(parents=True, exist_ok=True)
    def opened(path: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    runner.submit(lambda: save_pdf(prepared, target), opened, failed)
