"""The official 2022-05 export schema, loaded once from resources/customs/xsd without network access."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from lxml import etree

from heihe_desk.core.paths import resources_dir

NS = "http://www.chinaport.gov.cn/ceb"
XS = "{http://www.w3.org/2001/XMLSchema}"
SCHEMA_FILE = "export-messages.xsd"
#: The only files the schema may load: itself and the XML-DSig schema it imports.
LOCAL_FILES = frozenset({SCHEMA_FILE, "xmldsig-core-schema.xsd"})


def xsd_dir() -> Path:
    return resources_dir() / "customs" / "xsd"


class _LocalOnly(etree.Resolver):  # type: ignore[misc]
    """Serves the schema's imports from the shipped folder and refuses anything else (no network, ever)."""

    def __init__(self, folder: Path):
        super().__init__()
        self.folder = folder

    def resolve(self, system_url: str, public_id: str, context: Any) -> Any:
        name = re.split(r"[\\/]", system_url or "")[-1]
        if name in LOCAL_FILES:
            return self.resolve_filename(str(self.folder / name), context)
        raise OSError(f"the customs schema may only load {sorted(LOCAL_FILES)}, not {system_url!r}")


def _parser(folder: Path) -> etree.XMLParser:
    parser = etree.XMLParser(no_network=True, resolve_entities=False, load_dtd=False, huge_tree=False)
    parser.resolvers.add(_LocalOnly(folder))
    return parser


@cache
def schema_document(folder: Path | None = None) -> etree._ElementTree:
    """The parsed XSD (for reading limits such as maxOccurs)."""
    where = folder or xsd_dir()
    return etree.parse(str(where / SCHEMA_FILE), _parser(where))


@cache
def schema(folder: Path | None = None) -> etree.XMLSchema:
    """The compiled schema; compiling takes ~0.1 s, so it is done once per process."""
    return etree.XMLSchema(schema_document(folder))


@cache
def max_occurs(parent: str, child: str) -> int:
    """maxOccurs of ``child`` inside the top-level element ``parent`` (e.g. Inventory → InventoryList: 100).

    Read from the schema rather than written into the code, so a new schema edition carries its own limits.
    """
    root = schema_document().getroot()
    for element in root.iterfind(f"{XS}element[@name='{parent}']//{XS}element"):
        ref = (element.get("ref") or element.get("name") or "").split(":")[-1]
        if ref == child:
            value = element.get("maxOccurs", "1")
            return sys.maxsize if value == "unbounded" else int(value)
    raise KeyError(f"{parent}/{child} is not in the schema")


@dataclass(frozen=True)
class XsdError:
    """One schema violation: where (entity/list position and element) and what kind."""

    entity: int          # 1-based position of the business entity in the message (0 = envelope)
    list_index: int      # 1-based position of the list element inside the entity (0 = head)
    container: str       # e.g. InventoryHead, InventoryList, BaseTransfer
    element: str         # e.g. gcode
    kind: str            # lxml type name, e.g. SCHEMAV_CVC_LENGTH_VALID
    message: str


_STEP = re.compile(r"ceb:(\w+)(?:\[(\d+)\])?")
_EXPECTED = re.compile(r"Expected is(?: one of)? \( \{[^}]*\}(\w+)")


def validate(root: etree._Element) -> list[XsdError]:
    """Schema errors of a built message (empty when valid)."""
    checker = schema()
    if checker.validate(root):
        return []
    return [_locate(error) for error in checker.error_log]


def is_valid(root: etree._Element) -> bool:
    return bool(schema().validate(root))


def _locate(error: Any) -> XsdError:
    steps = [(name, int(index or 1)) for name, index in _STEP.findall(error.path or "")]
    entity = list_index = 0
    container = element = ""
    if len(steps) >= 2:
        container = steps[1][0]
        entity = 0 if _is_container(container) else steps[1][1]
    if len(steps) >= 3:
        container, list_index = steps[2]
        if container.endswith("Head"):
            list_index = 0
    if len(steps) >= 4:
        element = steps[3][0]
    elif len(steps) == 3 and not _is_container(steps[2][0]):
        element, container, list_index = steps[2][0], steps[1][0], 0
    expected = _EXPECTED.search(error.message or "")
    if error.type_name == "SCHEMAV_ELEMENT_CONTENT" and expected:
        element = expected.group(1)
        if len(steps) == 2:
            container, list_index = steps[1][0], 0
    return XsdError(entity, list_index, container, element, str(error.type_name), str(error.message))


def _is_container(name: str) -> bool:
    return name.endswith(("Head", "List")) or name in ("BaseTransfer", "BaseSubscribe")
