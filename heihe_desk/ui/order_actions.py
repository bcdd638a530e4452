"""One small function per order action (confirm, status moves), shared by the orders page and the editor."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as App
from PySide6.QtWidgets import QMessageBox, QWidget

from heihe_desk.core.domain.errors import Issue, ValidationError
from heihe_desk.core.domain.order import TRANSITIONS, OrderStatus
from heihe_desk.core.locale.catalogue import issue_text
from heihe_desk.core.workspace import Changes, Workspace
from heihe_desk.ui.display import label
from heihe_desk.ui.translation import LANGUAGE

#: Status moves offered as buttons after confirmation, in the order an order lives through them.
STATUS_ACTIONS = (OrderStatus.DECLARED, OrderStatus.RELEASED, OrderStatus.SHIPPED, OrderStatus.DELIVERED,
                  OrderStatus.RETURNED)
#: Moves that put goods back on the shelf and so are asked about first.
ASKED = (OrderStatus.CANCELLED, OrderStatus.RETURNED)


def issues_text(issues: list[Issue]) -> str:
    return "\n".join(issue_text(issue, LANGUAGE.lang) for issue in issues)


def warn(parent: QWidget | None, issues: list[Issue]) -> None:
    QMessageBox.warning(parent, App.translate("OrderActions", "Cannot do this"), issues_text(issues))


def allowed(status: str, target: OrderStatus) -> bool:
    """Whether the domain's status machine lets an order in ``status`` move to ``target``."""
    try:
        return target in TRANSITIONS[OrderStatus(status)]
    except ValueError:
        return False


def is_shortage(error: ValidationError) -> bool:
    """Confirmation refused only because lines lack stock (the lines were already valid to be saved)."""
    return bool(error.issues) and all(issue.field.startswith("lines[") for issue in error.issues)


def confirm_order(parent: QWidget | None, ws: Workspace, order_id: str) -> Changes | None:
    """Confirm (stock leaves the shelf); on a shortage ask whether to sell anyway. None if nothing changed."""
    try:
        ws.orders.confirm(order_id)
    except ValidationError as error:
        if not is_shortage(error):
            warn(parent, error.issues)
            return None
        question = "\n\n".join((
            App.translate("OrderActions", "Not enough stock at the order's location:"), issues_text(error.issues),
            App.translate("OrderActions", "Confirm anyway? The stock will show as negative (oversold) until goods are "
                                          "received or the count is corrected.")))
        answer = QMessageBox.question(parent, App.translate("OrderActions", "Not enough stock"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return None
        try:
            ws.orders.confirm(order_id, allow_oversell=True)
        except ValidationError as again:
            warn(parent, again.issues)
            return None
    return Changes(orders=True, stock=True)


def change_status(parent: QWidget | None, ws: Workspace, order_id: str, target: OrderStatus) -> Changes | None:
    """Move an order to ``target`` (asking first for a cancellation or a return). None if nothing changed."""
    if target == OrderStatus.CONFIRMED:
        return confirm_order(parent, ws, order_id)
    order = ws.orders.get(order_id)
    if target in ASKED:
        if target == OrderStatus.CANCELLED:
            question = App.translate("OrderActions", "Cancel order %1? Its goods go back to stock.")
        else:
            question = App.translate("OrderActions", "Mark order %1 as returned? Its goods go back to stock.")
        answer = QMessageBox.question(parent, label("status", target), question.replace("%1", order["number"]))
        if answer != QMessageBox.StandardButton.Yes:
            return None
    try:
        ws.orders.set_status(order_id, target)
    except ValidationError as error:
        warn(parent, error.issues)
        return None
    return Changes(orders=True, stock=target in ASKED)
