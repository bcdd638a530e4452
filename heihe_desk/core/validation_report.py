"""Re-check every stored record against today's rules and code tables (for `heihe-desk check`)."""

from __future__ import annotations

from heihe_desk.core.domain.errors import ValidationError
from heihe_desk.core.domain.partner import validate_partner
from heihe_desk.core.domain.product import validate_product
from heihe_desk.core.locale.catalogue import issue_text
from heihe_desk.core.storage import code_tables
from heihe_desk.core.workspace import Workspace


def validation_report(ws: Workspace, lang: str) -> list[str]:
    """One line per broken rule: which record, which field, what to fix."""
    codes = code_tables.code_sets(ws.conn)
    lines: list[str] = []
    for rowids, fetch, label in ((ws.product_rowids(), ws.product_rows, "product"),
                                 (ws.partner_rowids(), ws.partner_rows, "partner")):
        for start in range(0, len(rowids), 2000):
            for row in fetch(rowids[start:start + 2000]).values():
                try:
                    if label == "product":
                        validate_product(row, codes, row["id"])
                    else:
                        validate_partner(row, codes.get("countries", set()), row["id"])
                except ValidationError as error:
                    name = row.get("sku") or row.get("name")
                    lines += [f"{label} {name} ({row['id']}): {issue_text(i, lang)}" for i in error.issues]
    return lines
