"""`heihe-desk document`: write an order's invoice, proforma, packing list, receipt or declaration copy as PDF."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from heihe_desk.core.locale.catalogue import _
from heihe_desk.core.services.documents import DOC_LANGS, KIND_NAMES, RECEIPT_WIDTHS, save_pdf
from heihe_desk.core.workspace import Workspace


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """The `document` subcommand. Its --lang is the document's language (zh+ru too), so it does not take the
    common --lang (the message language), which may still be given before the subcommand."""
    del common  # its --lang would clash with the document language
    parser = sub.add_parser(
        "document", help="write an order document as PDF",
        description="Write an order's document as PDF. Re-printing reuses the document's number.",
        epilog="example: heihe-desk document --kind invoice --order ORD-2026-X7JA-000451 --lang zh+ru "
               "--out invoice.pdf")
    parser.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS,
                        help="data folder (default: $HEIHE_DESK_DATA_DIR or the per-user data folder)")
    parser.add_argument("--kind", required=True, choices=list(KIND_NAMES), help="which document")
    parser.add_argument("--order", required=True, help="the order's number (ORD-…) or UUID")
    parser.add_argument("--lang", dest="doc_lang", choices=DOC_LANGS, default=None,
                        help="document language (default: the document language in the settings)")
    parser.add_argument("--out", type=Path, required=True, help="the PDF file to write")
    parser.add_argument("--width", type=int, choices=RECEIPT_WIDTHS, default=None,
                        help="receipt paper width in mm (default 80; receipts only)")


def cmd_document(args: argparse.Namespace, data_dir: Path | None, lang: str) -> int:
    """Write the document; problems with the order (a draft, unknown, cancelled) exit 1 with the reason."""
    if args.width is not None and args.kind != "receipt":
        print("heihe-desk document: --width applies to receipts only (58 or 80 mm paper)", file=sys.stderr)
        return 2
    out: Path = args.out
    if out.is_dir():
        print(f"heihe-desk document: --out must be a file name, not the folder {out}", file=sys.stderr)
        return 2
    if not out.parent.exists():
        print(f"heihe-desk document: the folder {out.parent} does not exist", file=sys.stderr)
        return 2
    with Workspace.open(data_dir) as ws:
        doc_lang = args.doc_lang or str(ws.setting("document_language") or "zh+ru")
        doc = ws.documents.prepare(KIND_NAMES[args.kind], args.order, doc_lang)
    save_pdf(doc, out, width_mm=args.width or 80)  # the database is closed: the PDF needs none
    for warning in doc.warnings:
        print(f"warning: {_(warning, lang)}", file=sys.stderr)
    print(f"{doc.number} ({doc.order_number}, {doc_lang}) → {out}")
    return 0
