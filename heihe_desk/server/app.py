"""The platform's HTTP API (FastAPI): auth, version checks, push, pull; OpenAPI at /openapi.json."""

# No `from __future__ import annotations`: FastAPI must see the real types of the routes defined in create_app.

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

import orjson
from fastapi import Depends, FastAPI, Header, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Receive, Scope, Send

from heihe_desk import __version__
from heihe_desk.core.storage.schema import SCHEMA_VERSION
from heihe_desk.core.sync import protocol
from heihe_desk.server import models, reference, wire
from heihe_desk.server.accounts import Account, authenticate
from heihe_desk.server.faults import Faults
from heihe_desk.server.pull import pull
from heihe_desk.server.push import PushContext, push
from heihe_desk.server.records import now_iso
from heihe_desk.server.store import Store

log = logging.getLogger(__name__)
PROTOCOL_RANGE = (protocol.MIN_PROTOCOL_VERSION, protocol.PROTOCOL_VERSION)
SCHEMA_RANGE = (protocol.MIN_SCHEMA_VERSION, SCHEMA_VERSION)


@dataclass(frozen=True)
class ServerConfig:
    data_dir: Path
    #: Seconds before a customs reply appears in the feed (the simulator's "processing time").
    customs_delay_s: float = 2.0
    #: Expose /v1/test/faults; only test runs set this (``--enable-test-faults``).
    enable_test_faults: bool = False
    #: Larger request bodies get 413 (desks then split their batches), like a reverse proxy's limit.
    max_request_bytes: int = 64 * 1024 * 1024


class ApiError(Exception):
    def __init__(self, status: int, error: str, message: str, **extra: Any):
        super().__init__(message)
        self.status, self.body = status, {"error": error, "message": message, **extra}


def _json(body: Any, status: int = 200) -> Response:
    content = body if isinstance(body, bytes) else orjson.dumps(body)
    return Response(content, status, media_type="application/json",
                    headers={protocol.HEADER_SERVER_TIME: now_iso()})


class SizeLimit:
    """Larger request bodies get 413 before they are read, as behind a reverse proxy's limit.

    A plain ASGI middleware: Starlette's ``@app.middleware("http")`` wraps every request and response in
    extra tasks and streams, measurable on a 10 MB push.
    """

    def __init__(self, app: ASGIApp, max_bytes: int):
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            length = dict(scope["headers"]).get(b"content-length", b"")
            if length.isdigit() and int(length) > self.max_bytes:
                response = _json({"error": "too_large", "message": f"request larger than {self.max_bytes} bytes",
                                  "server_time": now_iso()}, 413)
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": models.ErrorOut, "description": "missing or unknown token: sign in again"},
    409: {"model": models.ErrorOut, "description": "gap or device clash: nothing of the batch was applied"},
    426: {"model": models.ErrorOut, "description": "protocol or schema version mismatch: update needed"},
}


def create_app(config: ServerConfig) -> FastAPI:
    """The ASGI app for one platform data folder."""
    store = Store(config.data_dir)
    docs = reference.load_code_docs(reference.codes_dir(config.data_dir))
    with store.write() as conn:
        reference.refresh_all(conn, docs)
    push_ctx = PushContext(reference.code_sets(docs), config.customs_delay_s,
                           Faults() if config.enable_test_faults else None)
    app = FastAPI(title="Heihe Desk platform", version=__version__,
                  description="Sync hub for Heihe Desk installations: push outbox mutations, pull changes.")
    app.state.store, app.state.push_ctx = store, push_ctx

    app.add_middleware(SizeLimit, max_bytes=config.max_request_bytes)

    @app.exception_handler(ApiError)
    def _api_error(request: Request, exc: ApiError) -> Response:
        return _json({**exc.body, "server_time": now_iso()}, exc.status)

    @app.exception_handler(wire.BadRequest)
    def _bad_request(request: Request, exc: wire.BadRequest) -> Response:
        return _json({"detail": exc.detail}, 422)

    plain_openapi = app.openapi

    def openapi() -> dict[str, Any]:
        """FastAPI's description plus the push request's schema (that route reads its body by hand)."""
        if app.openapi_schema is None:
            models.document_push_request(plain_openapi())
        assert app.openapi_schema is not None
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]

    def account(
        authorization: Annotated[str | None, Header()] = None,
        x_heihe_protocol: Annotated[int | None, Header(alias=protocol.HEADER_PROTOCOL)] = None,
        x_heihe_schema: Annotated[int | None, Header(alias=protocol.HEADER_SCHEMA)] = None,
    ) -> Account:
        """Every request: versions first (an old client must hear "update", not a parse error), then the token."""
        if x_heihe_protocol is None or x_heihe_schema is None:
            raise ApiError(426, protocol.UPDATE_NEEDED, "this app is too old for the platform: update it",
                           side="client", server_protocol=PROTOCOL_RANGE, server_schema=SCHEMA_RANGE)
        side = protocol.needs_update(x_heihe_protocol, x_heihe_schema, PROTOCOL_RANGE, SCHEMA_RANGE)
        if side is not None:
            who = "this app" if side == "client" else "the platform server"
            raise ApiError(426, protocol.UPDATE_NEEDED, f"update needed: {who} is too old for the other side",
                           side=side, server_protocol=PROTOCOL_RANGE, server_schema=SCHEMA_RANGE)
        scheme, _, token = (authorization or "").partition(" ")
        found = authenticate(store.conn(), token.strip()) if scheme.lower() == "bearer" and token.strip() else None
        if found is None:
            raise ApiError(401, protocol.UNAUTHORIZED, "the platform does not know this token: sign in again")
        return found

    AccountDep = Annotated[Account, Depends(account)]

    @app.get("/health", summary="Liveness probe (no auth)")
    def health() -> dict[str, bool]:
        return {"ok": True}

    @app.get("/v1/hello", response_model=models.HelloOut, responses=_ERRORS, summary="Check token and versions")
    def hello(acc: AccountDep) -> Response:
        return _json({"server_time": now_iso(), "account": acc.name, "epoch": acc.epoch,
                      "protocol_range": PROTOCOL_RANGE, "schema_range": SCHEMA_RANGE, "app_version": __version__})

    def apply_push(body: bytes, acc: Account) -> Response:
        request = wire.parse_push(body)
        reply = push(store, acc, request["device_id"], request["mutations"], push_ctx)
        stopped = reply["stopped"]
        if stopped is not None and not reply["results"]:
            # Nothing applied: refuse the whole request, naming the sequence the platform expects next.
            raise ApiError(409, stopped["error"], stopped["message"], expected_seq=stopped["expected_seq"])
        return _json(reply)

    @app.post("/v1/push", response_model=models.PushReplyOut, responses=_ERRORS,
              openapi_extra=models.PUSH_REQUEST_BODY,
              summary="Apply a device's mutations exactly once, in device order")
    async def push_route(request: Request, acc: AccountDep) -> Response:
        # The body is read and checked by hand (wire.py): 10k mutations through pydantic cost more than the
        # database work. SQLite work runs on the thread pool, as a plain route's would.
        return await run_in_threadpool(apply_push, await request.body(), acc)

    @app.post("/v1/pull", response_model=models.PullReplyOut, responses=_ERRORS,
              summary="Records changed after a cursor, oldest first; an unknown cursor gets reset=true")
    def pull_route(body: models.PullRequest, acc: AccountDep) -> Response:
        if push_ctx.faults is not None and push_ctx.faults.hit("pull_error"):
            raise RuntimeError("injected: pull failed")
        return _json(pull(store, acc, body.device_id, body.cursor, body.limit))

    if push_ctx.faults is not None:
        faults = push_ctx.faults

        @app.post("/v1/test/faults", summary="Arm a fault (test servers only)", responses=_ERRORS)
        def arm_fault(body: models.FaultIn, acc: AccountDep) -> dict[str, str]:
            if body.point == "clear":
                faults.clear()
            else:
                try:
                    faults.arm(body.point, body.times, body.slow_reply_s)
                except ValueError as exc:
                    raise ApiError(400, "bad_fault", str(exc)) from None
            return {"armed": body.point}

    return app
