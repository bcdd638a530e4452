"""Declarations as files: the XML exported byte for byte, the schema check repeated, the readable copy's data."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from lxml import etree

from heihe_desk.core.customs import DeclarationCopy, declaration_copy_data
from heihe_desk.core.customs.schema import validate
from heihe_desk.core.customs.schema_issues import EntitySource, xsd_issue
from heihe_desk.core.customs.split import lines_per_entity
from heihe_desk.core.documents.labels import doc_lang
from heihe_desk.core.domain.errors import Issue, NotFoundError
from heihe_desk.core.locale.catalogue import translations
from heihe_desk.core.services.declaration_codec import parcel_from_dict, settings_from_json
from heihe_desk.core.services.declaration_store import get, status_text

_UNSAFE = re.compile(r"[^0-9A-Za-z_.-]")


def file_name(row: Mapping[str, Any]) -> str:
    """'CEB603_0B3C9D3E-….xml': the message type and its guid (characters unsafe in a file name dropped)."""
    return _UNSAFE.sub("", f"{row['message_type']}_{row['guid']}") + ".xml"


def export_messages(conn: sqlite3.Connection, declaration_ids: Sequence[str], folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for declaration_id in declaration_ids:
        row = conn.execute("SELECT message_type, guid, xml FROM declarations WHERE id = ?",
                           (declaration_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"declaration {declaration_id}")
        target = folder / file_name({"message_type": row[0], "guid": row[1]})
        target.write_bytes(str(row[2]).encode("utf-8"))
        written.append(target)
    return written


def revalidate(row: Mapping[str, Any]) -> list[Issue]:
    """Schema errors of the stored message, on our field names (parts of a split order keep their line numbers)."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    root = etree.fromstring(str(row["xml"]).encode("utf-8"), parser)
    size = lines_per_entity()
    sources = tuple(EntitySource(str(e.get("record", "")), (int(e.get("part", 1)) - 1) * size)
                    for e in row["entities"])
    return [xsd_issue(error, sources)[1] for error in validate(root)]


def _status_line(row: Mapping[str, Any], langs: Sequence[str]) -> str:
    """The customs status as the copy prints it: in each document language, with the day of the reply."""
    label = status_text(str(row["status"]))
    words = " / ".join(dict.fromkeys(translations(lang).gettext(label) for lang in langs))
    stamp = str(row.get("status_time", ""))
    return f"{words} {stamp[:4]}-{stamp[4:6]}-{stamp[6:8]}" if len(stamp) >= 8 else words


def copy_record(conn: sqlite3.Connection, order_id: str, lang: str = "zh+ru") -> DeclarationCopy | None:
    """The order's latest list declaration as the customs package's copy record, exactly as it was declared.

    The parcel and the settings were stored with the message, so later edits of products or settings do not
    change the copy; the status is printed in the document's languages with the day of the last reply.
    """
    found = conn.execute("SELECT id FROM declarations WHERE order_id = ? AND message_type = 'CEB603'"
                         " ORDER BY created_at DESC, rowid DESC LIMIT 1", (order_id,)).fetchone()
    if found is None:
        return None
    row = get(conn, str(found[0]))
    if "parcel" not in row["facts"]:
        return None
    settings, _files = settings_from_json(json.dumps(row["facts"].get("settings", {})))
    copy = declaration_copy_data(parcel_from_dict(row["facts"]["parcel"]), settings,
                                 status=_status_line(row, doc_lang(lang).langs))
    entities = row["entities"]
    invt = ", ".join(e["invt_no"] for e in entities if e.get("invt_no"))
    pre = ", ".join(e["pre_no"] for e in entities if e.get("pre_no"))
    return replace(copy, invt_no=invt or copy.invt_no, pre_no=pre or copy.pre_no)
