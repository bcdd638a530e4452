"""Pydantic mirrors of core.sync.protocol for the OpenAPI description and request checking."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from heihe_desk.core.sync import protocol


class MutationIn(BaseModel):
    mutation_id: str = Field(min_length=1, max_length=64)
    device_seq: int = Field(ge=1, le=10**12)
    schema_version: int = Field(ge=0, le=2**31)
    entity: str = Field(min_length=1, max_length=64)
    entity_id: str = Field(min_length=1, max_length=128)
    op: Literal["create", "update", "delete"]
    payload: dict[str, Any]
    created_at: str = Field(default="", max_length=64)


class PushRequest(BaseModel):
    device_id: str = Field(min_length=1, max_length=64)
    mutations: list[MutationIn] = Field(max_length=protocol.MAX_PUSH_BATCH)


#: The push route's request body in the OpenAPI description (the route parses it itself, see wire.py).
PUSH_REQUEST_BODY: dict[str, Any] = {"requestBody": {"required": True, "content": {
    "application/json": {"schema": {"$ref": "#/components/schemas/PushRequest"}}}}}


def document_push_request(openapi: dict[str, Any]) -> None:
    """Add PushRequest and MutationIn to the description's components (FastAPI only adds models it parses)."""
    schema = PushRequest.model_json_schema(ref_template="#/components/schemas/{model}")
    components = openapi.setdefault("components", {}).setdefault("schemas", {})
    components.update(schema.pop("$defs", {}))
    components["PushRequest"] = schema


class IssueOut(BaseModel):
    field: str
    label: str
    rule: str
    example: str
    params: dict[str, str] = {}


class MutationResultOut(BaseModel):
    mutation_id: str
    device_seq: int
    status: Literal["applied", "duplicate", "rejected"]
    version: int | None = None
    issues: list[IssueOut] = []
    message: str = ""


class StoppedOut(BaseModel):
    error: Literal["gap", "device_clash"]
    message: str
    expected_seq: int | None = None


class PushReplyOut(BaseModel):
    server_time: str
    device_last_seq: int
    results: list[MutationResultOut]
    stopped: StoppedOut | None = None


class PullRequest(BaseModel):
    device_id: str = Field(min_length=1, max_length=64)
    cursor: str = Field(default="", max_length=200)
    limit: int = Field(default=protocol.PULL_PAGE, ge=1, le=protocol.MAX_PULL_PAGE)


class ChangeOut(BaseModel):
    server_seq: int
    entity: str
    id: str
    version: int
    deleted: bool
    updated_at: str
    mutation_id: str | None = None
    payload: dict[str, Any]


class PullReplyOut(BaseModel):
    server_time: str
    epoch: str
    cursor: str
    has_more: bool
    reset: bool
    device_last_seq: int
    message: str = ""
    changes: list[ChangeOut]


class HelloOut(BaseModel):
    server_time: str
    account: str
    epoch: str
    protocol_range: list[int]
    schema_range: list[int]
    app_version: str


class ErrorOut(BaseModel):
    error: str
    message: str
    server_time: str
    side: Literal["client", "server"] | None = None
    server_protocol: list[int] | None = None
    server_schema: list[int] | None = None
    expected_seq: int | None = None


class FaultIn(BaseModel):
    point: str
    times: int = Field(default=1, ge=0, le=1000)
    slow_reply_s: float | None = Field(default=None, ge=0, le=60)
