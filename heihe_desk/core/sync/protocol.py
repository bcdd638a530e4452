"""The sync wire format shared by client and server: versions, headers, message shapes (stdlib + orjson)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import orjson

from heihe_desk.core.domain.errors import N_, Issue
from heihe_desk.core.storage.schema import SCHEMA_VERSION

#: Version of this wire format; bump when a message shape or its meaning changes.
PROTOCOL_VERSION = 1
#: Oldest protocol a server of this code still answers.
MIN_PROTOCOL_VERSION = 1
#: Oldest client schema whose payloads a server of this code still understands (product/partner rows
#: have kept their shape since schema 1).
MIN_SCHEMA_VERSION = 1

HEADER_PROTOCOL = "X-Heihe-Protocol"
HEADER_SCHEMA = "X-Heihe-Schema"
HEADER_APP = "X-Heihe-App"
HEADER_SERVER_TIME = "X-Heihe-Server-Time"

#: Mutations per push request and changes per pull page (client defaults; the server caps both).
#: Measured on loopback with 10k products (tests/perf/test_sync_perf.py): 500 → 2000 saves a commit (an
#: fsync) and a round trip per 500 rows, ~10 %; 5000 gains nothing more and holds the platform's write lock
#: twice as long. A proxy's size limit (413) still halves a batch.
PUSH_BATCH = 2000
PULL_PAGE = 2000
MAX_PUSH_BATCH = 5000
MAX_PULL_PAGE = 5000

# Per-mutation outcomes.
APPLIED = "applied"
DUPLICATE = "duplicate"      # already applied (same mutation id): acknowledged, not applied again
REJECTED = "rejected"        # can never succeed as sent: shown to the user, queue goes on

# Error codes in error bodies and in a push reply's ``stopped``.
GAP = "gap"
DEVICE_CLASH = "device_clash"
UPDATE_NEEDED = "update_needed"
UNAUTHORIZED = "unauthorized"

# Labels and rules of the issues only the platform raises; marked here (core) so the desk's catalogue
# translates them like any validation message.
LABEL_RECORD = N_("Record")
LABEL_RECORD_TYPE = N_("Record type")
LABEL_CUSTOMS_MESSAGE = N_("Customs message")
RULE_PLATFORM_OWNED = N_("is kept by the platform and cannot be sent")
RULE_UNKNOWN_ENTITY = N_("is not known to this platform (the platform needs an update)")
RULE_UNREADABLE = N_("could not be read by the platform")
RULE_NOT_AN_OBJECT = N_("must be an object with the record's fields")
RULE_ID_MISMATCH = N_("must match the record it belongs to")
RULE_NEEDS_XML = N_("must contain the message XML text")
#: Issue rule for an edit of a record another device deleted (resending it restores the record).
DELETED_ON_PLATFORM = N_("was deleted on the platform; send it again to restore it")

#: Entities the platform owns: devices receive them and never send them.
SERVER_ENTITIES = frozenset({"rate", "code_table", "customs_reply"})


def needs_update(protocol: int, schema: int, server_protocol: tuple[int, int],
                 server_schema: tuple[int, int]) -> str | None:
    """Which side must be updated for these versions to talk ("client" / "server"), or None when they can."""
    if protocol < server_protocol[0] or schema < server_schema[0]:
        return "client"
    if protocol > server_protocol[1] or schema > server_schema[1]:
        return "server"
    return None


def request_headers(token: str, app_version: str) -> dict[str, str]:
    """Headers every request carries (sync rule 11): auth plus protocol and schema versions."""
    return {"Authorization": f"Bearer {token}", HEADER_PROTOCOL: str(PROTOCOL_VERSION),
            HEADER_SCHEMA: str(SCHEMA_VERSION), HEADER_APP: app_version,
            "Content-Type": "application/json"}


def issue_to_wire(issue: Issue) -> dict[str, Any]:
    """A validation issue as the server sends it: field, rule and an example of a good value."""
    return {"field": issue.field, "label": issue.label, "rule": issue.rule, "example": issue.example,
            "params": {k: str(v) for k, v in issue.params.items()}}


def issue_from_wire(data: Mapping[str, Any]) -> Issue:
    return Issue(str(data.get("field", "")), str(data.get("label") or data.get("field", "")),
                 str(data.get("rule", "")), str(data.get("example", "")),
                 {str(k): v for k, v in dict(data.get("params") or {}).items()})


@dataclass(frozen=True)
class OutgoingMutation:
    """One outbox row as sent; ``payload_json`` is the stored JSON (UTF-8 bytes as read from the outbox, or
    text), spliced into the request without re-encoding."""

    mutation_id: str
    device_seq: int
    schema_version: int
    entity: str
    entity_id: str
    op: str
    payload_json: str | bytes
    created_at: str


def push_body(device_id: str, mutations: Iterable[OutgoingMutation]) -> bytes:
    """The push request body. Payloads are already canonical JSON in the outbox, so they are spliced in
    as bytes: re-parsing and re-encoding 10k payloads would cost more than sending them."""
    parts = []
    for m in mutations:
        head = orjson.dumps({"mutation_id": m.mutation_id, "device_seq": m.device_seq,
                             "schema_version": m.schema_version, "entity": m.entity, "entity_id": m.entity_id,
                             "op": m.op, "created_at": m.created_at})
        payload = m.payload_json if isinstance(m.payload_json, bytes) else m.payload_json.encode("utf-8")
        parts.append(head[:-1] + b',"payload":' + payload + b"}")
    return b'{"device_id":' + orjson.dumps(device_id) + b',"mutations":[' + b",".join(parts) + b"]}"


@dataclass(frozen=True)
class MutationResult:
    """The server's answer for one mutation."""

    mutation_id: str
    device_seq: int
    status: str
    version: int | None = None
    issues: tuple[Issue, ...] = ()
    message: str = ""


@dataclass(frozen=True)
class Stopped:
    """Why the server stopped part-way through a push (gap or device clash), with the seq it expected."""

    error: str
    message: str
    expected_seq: int | None = None


@dataclass(frozen=True)
class PushReply:
    server_time: str
    device_last_seq: int
    results: tuple[MutationResult, ...]
    stopped: Stopped | None = None


@dataclass(frozen=True)
class Change:
    """One record's latest state on the server, in server-sequence order (the pull feed)."""

    server_seq: int
    entity: str
    id: str
    version: int
    deleted: bool
    payload: dict[str, Any]
    updated_at: str
    mutation_id: str | None = None


@dataclass(frozen=True)
class PullReply:
    server_time: str
    epoch: str
    cursor: str
    changes: tuple[Change, ...] = ()
    has_more: bool = False
    reset: bool = False
    device_last_seq: int = 0
    message: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def stopped_from_wire(data: Mapping[str, Any] | None) -> Stopped | None:
    if not data:
        return None
    expected = data.get("expected_seq")
    return Stopped(str(data.get("error", "")), str(data.get("message", "")),
                   int(expected) if expected is not None else None)


def push_reply_from_wire(data: Mapping[str, Any]) -> PushReply:
    results = tuple(
        MutationResult(str(r["mutation_id"]), int(r["device_seq"]), str(r["status"]),
                       int(r["version"]) if r.get("version") is not None else None,
                       tuple(issue_from_wire(i) for i in r["issues"]) if r.get("issues") else (),
                       str(r.get("message") or ""))
        for r in data.get("results") or ())
    return PushReply(str(data["server_time"]), int(data.get("device_last_seq") or 0), results,
                     stopped_from_wire(data.get("stopped")))


def pull_reply_from_wire(data: Mapping[str, Any]) -> PullReply:
    changes = tuple(
        Change(int(c["server_seq"]), str(c["entity"]), str(c["id"]), int(c["version"]), bool(c["deleted"]),
               dict(c.get("payload") or {}), str(c.get("updated_at") or ""), c.get("mutation_id"))
        for c in data.get("changes") or ())
    return PullReply(str(data["server_time"]), str(data.get("epoch") or ""), str(data.get("cursor") or ""),
                     changes, bool(data.get("has_more")), bool(data.get("reset")),
                     int(data.get("device_last_seq") or 0), str(data.get("message") or ""))


def issues_json(issues: Sequence[Issue], message: str = "") -> str:
    """How a rejection is kept in ``outbox.last_error``: machine-readable, translated when shown."""
    return json.dumps({"message": message, "issues": [issue_to_wire(i) for i in issues]}, ensure_ascii=False)
