"""The main window's pages, built on first use so start-up imports and queries only the first one."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping, ValuesView

from PySide6.QtWidgets import QStackedWidget, QWidget

from heihe_desk.core.workspace import Workspace
from heihe_desk.ui.pages.master_page import MasterPage

# Page keys (used by the CLI's screenshot command) and where their classes live, in navigation order.
PAGES: dict[str, str] = {
    "products": "heihe_desk.ui.pages.products_page:ProductsPage",
    "partners": "heihe_desk.ui.pages.partners_page:PartnersPage",
    "orders": "heihe_desk.ui.pages.orders_page:OrdersPage",
    "stock": "heihe_desk.ui.pages.stock_page:StockPage",
    "rates": "heihe_desk.ui.pages.rates_page:RatesPage",
    "declarations": "heihe_desk.ui.pages.declarations_page:DeclarationsPage",
}


class LazyPages(Mapping[str, MasterPage]):
    """Placeholders in the stack until a page is asked for; then the page is imported, built and swapped in."""

    def __init__(self, ws: Workspace, stack: QStackedWidget, on_built: Callable[[MasterPage], None]):
        self._ws = ws
        self._stack = stack
        self._on_built = on_built
        self._built: dict[str, MasterPage] = {}
        for _ in PAGES:
            stack.addWidget(QWidget())

    def __getitem__(self, key: str) -> MasterPage:
        if key not in self._built:
            module, name = PAGES[key].split(":")
            page: MasterPage = getattr(importlib.import_module(module), name)(self._ws)
            index = list(PAGES).index(key)
            placeholder = self._stack.widget(index)
            assert placeholder is not None
            current = self._stack.currentIndex()
            self._stack.insertWidget(index, page)
            self._stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._stack.setCurrentIndex(current)
            self._built[key] = page
            self._on_built(page)
        return self._built[key]

    def __iter__(self) -> Iterator[str]:
        return iter(PAGES)

    def __len__(self) -> int:
        return len(PAGES)

    def built(self) -> ValuesView[MasterPage]:
        """The pages that exist so far (a change only concerns those; the others load fresh when shown)."""
        return self._built.values()
