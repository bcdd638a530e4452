"""Commercial invoice (商业发票 / Коммерческий инвойс) for the Russian importer and customs."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from heihe_desk.core.documents import labels as L
from heihe_desk.core.documents.commercial import render_priced
from heihe_desk.core.documents.model import DocumentData


def render_invoice(data: DocumentData, lang: str, out: Path | BinaryIO) -> None:
    """Write the commercial invoice of ``data`` in ``lang`` (zh, ru, en or zh+ru) as PDF to ``out``."""
    render_priced(data, lang, out, L.INVOICE)
