"""The message envelope (root, BaseTransfer), canonical serialisation, and schema validation before saving."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TypeVar

from lxml import etree

from heihe_desk.core.customs import formats
from heihe_desk.core.customs.model import DeclarationSettings
from heihe_desk.core.customs.schema import NS, validate
from heihe_desk.core.customs.schema_issues import EntitySource, xsd_issue
from heihe_desk.core.domain.errors import Issue, ValidationError

XML_DECLARATION = b'<?xml version="1.0" encoding="UTF-8"?>\n'
MESSAGE_VERSION = "1.0"   # root attribute version, "默认1.0" (spec table 2-1)
_TAGS: dict[str, str] = {}
T = TypeVar("T")


def tag(name: str) -> str:
    """The qualified tag of a ceb element (cached: builders create tens of thousands of elements)."""
    found = _TAGS.get(name)
    if found is None:
        found = _TAGS[name] = f"{{{NS}}}{name}"
    return found


def sub(parent: etree._Element, name: str, value: str | Decimal | int | None, optional: bool = False) -> None:
    """Append ``<ceb:name>value</ceb:name>``; an optional element without a value is left out entirely."""
    if isinstance(value, Decimal):
        text = formats.ceb_decimal(value)
    elif value is None:
        text = ""
    else:
        text = formats.clean_text(str(value))
    if optional and not text:
        return
    etree.SubElement(parent, tag(name)).text = text


@dataclass(frozen=True)
class EntityRef:
    """How a business entity of a message is identified, for matching the customs replies to our records."""

    record: str           # the input's guid (summary: "summary:<cop_no>")
    guid: str             # the entity guid in the message
    cop_no: str = ""
    order_no: str = ""
    logistics_no: str = ""
    pay_no: str = ""
    part: int = 1         # 1-based part of a split order / summary
    parts: int = 1


@dataclass(frozen=True)
class BuiltMessage:
    """One schema-valid message, unsigned, ready to be signed and sent: canonical UTF-8 bytes."""

    message_type: str     # "CEB603"
    guid: str
    xml: bytes
    entities: tuple[EntityRef, ...]


@dataclass(frozen=True)
class BuildResult:
    messages: tuple[BuiltMessage, ...]

    @property
    def entities(self) -> tuple[EntityRef, ...]:
        return tuple(e for m in self.messages for e in m.entities)


class DeclarationError(ValidationError):
    """Nothing was built: the issues, grouped by the record they belong to ("settings" for the settings)."""

    def __init__(self, by_record: dict[str, list[Issue]]):
        self.by_record = {key: list(issues) for key, issues in by_record.items() if issues}
        super().__init__([issue for issues in self.by_record.values() for issue in issues])


def new_root(message_type: str, guid: str) -> etree._Element:
    """``<ceb:CEBnnnMessage guid=… version="1.0">``: the schema declares exactly these two attributes."""
    root = etree.Element(tag(f"{message_type}Message"), nsmap={"ceb": NS})
    root.set("guid", guid)
    root.set("version", MESSAGE_VERSION)
    return root


def add_transfer(root: etree._Element, settings: DeclarationSettings) -> None:
    """BaseTransfer (exactly one, after the entities): the sender must be the DXP account owner (§1.2)."""
    transfer = etree.SubElement(root, tag("BaseTransfer"))
    sub(transfer, "copCode", settings.sender_code)
    sub(transfer, "copName", settings.sender_name)
    sub(transfer, "dxpMode", "DXP")
    sub(transfer, "dxpId", settings.dxp_id)


def serialise(root: etree._Element) -> bytes:
    """XML declaration + the canonical (C14N 1.0) form of the message.

    Writing the C14N form itself means the bytes a signer canonicalises are the bytes we stored: no
    pretty-print whitespace, no self-closed tags, one namespace declaration on the root (§1.2 Signature).
    """
    canonical: bytes = etree.tostring(root, method="c14n")
    return XML_DECLARATION + canonical


def message_guid(root: etree._Element) -> str:
    """The root guid, derived from the message content (which includes appTime): rebuilding the same message
    gives the same bytes, and any change of content gives another guid."""
    root.set("guid", "")
    digest = hashlib.sha256(etree.tostring(root, method="c14n")).hexdigest()
    return formats.derived_guid(etree.QName(root).localname, digest)


def chunks(items: Sequence[T], size: int) -> list[Sequence[T]]:
    return [items[i:i + size] for i in range(0, len(items), size)] or [items]


def finish(root: etree._Element, sources: tuple[EntitySource, ...], problems: dict[str, list[Issue]]) -> bytes:
    """Validate against the official schema; on failure record the Issues per record and return b''."""
    errors = validate(root)
    for error in errors:
        record, issue = xsd_issue(error, sources)
        if issue not in problems.setdefault(record, []):
            problems[record].append(issue)
    return b"" if errors else serialise(root)


def build_all(message_type: str, groups: Sequence[Sequence[T]],
              fill: Callable[[etree._Element, Sequence[T]], tuple[tuple[EntityRef, ...], tuple[EntitySource, ...]]],
              settings: DeclarationSettings) -> BuildResult:
    """Build one message per group of entities, validate each, and raise DeclarationError if any fails."""
    problems: dict[str, list[Issue]] = {}
    built = []
    for group in groups:
        root = new_root(message_type, "")
        refs, sources = fill(root, group)
        add_transfer(root, settings)
        guid = message_guid(root)
        root.set("guid", guid)
        xml = finish(root, sources, problems)
        if xml:
            built.append(BuiltMessage(message_type, guid, xml, refs))
    if problems:
        raise DeclarationError(problems)
    return BuildResult(tuple(built))
