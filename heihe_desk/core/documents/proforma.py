"""Proforma invoice (形式发票 / Проформа-инвойс): the offer the buyer prepays or imports against."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from heihe_desk.core.documents import labels as L
from heihe_desk.core.documents.commercial import render_priced
from heihe_desk.core.documents.labels import doc_lang
from heihe_desk.core.documents.model import DocumentData


def render_proforma(data: DocumentData, lang: str, out: Path | BinaryIO) -> None:
    """Write the proforma of ``data`` in ``lang`` as PDF; prints how long the offer is valid when known."""
    extra = ((L.VALID_UNTIL, doc_lang(lang).day(data.valid_until)),) if data.valid_until else ()
    render_priced(data, lang, out, L.PROFORMA, extra)
