"""HTTP to the platform (requests, TLS verified): sorts every failure into retry, re-auth, update or refuse."""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import orjson
import requests

from heihe_desk import __version__
from heihe_desk.core.sync import protocol


class SyncFailure(Exception):
    """A sync that could not finish; ``state`` is what the UI shows next."""

    state = "error"


class Offline(SyncFailure):
    """No answer (network down, timeouts) after the retries."""

    state = "offline"


class ServerTrouble(SyncFailure):
    """The platform kept failing (5xx) after the retries."""


class AuthNeeded(SyncFailure):
    """401: the token is missing, wrong or revoked; the user signs in again."""

    state = "auth-needed"


class UpdateNeeded(SyncFailure):
    """Protocol or schema versions do not match; ``side`` says who must update. The outbox stays untouched."""

    state = "update-needed"

    def __init__(self, message: str, side: str):
        super().__init__(message)
        self.side = side


class Refused(SyncFailure):
    """A 409 (gap, device clash) or another 4xx for the request as a whole."""

    def __init__(self, status: int, body: dict[str, Any]):
        detail = body.get("detail")
        if isinstance(detail, list) and detail and isinstance(detail[0], dict):  # FastAPI's request check
            detail = f"{'.'.join(map(str, detail[0].get('loc', [])))}: {detail[0].get('msg', '')}"
        super().__init__(f"the platform refused the request (HTTP {status}): {body.get('message') or detail or ''}")
        self.status, self.body = status, body


@dataclass(frozen=True)
class Timing:
    """Local clock at send and receive, and the platform's clock, for the skew estimate (rule 10)."""

    sent: float
    received: float
    server_time: float | None

    @property
    def skew_s(self) -> float | None:
        """How far the platform's clock is ahead of ours (negative: ours is ahead)."""
        if self.server_time is None:
            return None
        return self.server_time - (self.sent + self.received) / 2


def _parse_time(text: str | None) -> float | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()
    except ValueError:
        return None


class Transport:
    """One platform, one token; keeps the connection alive so a no-change sync is one cheap round trip."""

    def __init__(self, server_url: str, token: str, *, timeout: tuple[float, float] = (5.0, 60.0), retries: int = 4,
                 backoff_s: float = 0.5, max_backoff_s: float = 8.0, clock: Callable[[], float] = time.time,
                 sleep: Callable[[float], None] = time.sleep, rng: Callable[[], float] = random.random):
        if not server_url.startswith(("http://", "https://")):
            raise SyncFailure(f"the platform address must start with https:// or http:// (got {server_url!r})")
        self.base = server_url.rstrip("/")
        self.headers = protocol.request_headers(token, __version__)
        self.timeout, self.retries = timeout, retries
        self.backoff_s, self.max_backoff_s = backoff_s, max_backoff_s
        self.clock, self.sleep, self.rng = clock, sleep, rng
        self.session = requests.Session()
        self.last_timing: Timing | None = None

    def close(self) -> None:
        self.session.close()

    def hello(self) -> dict[str, Any]:
        """Check address, token and versions in one small request (sign-in); raises like any request."""
        return self.post("/v1/hello", b"", method="GET")

    def post(self, path: str, body: bytes, method: str = "POST") -> dict[str, Any]:
        """POST with retries (backoff with jitter) on network errors and 5xx; raises the failure class otherwise."""
        failure: SyncFailure = Offline("no answer from the platform")
        for attempt in range(self.retries + 1):
            if attempt:
                delay = min(self.max_backoff_s, self.backoff_s * 2 ** (attempt - 1))
                self.sleep(delay / 2 + self.rng() * delay / 2)  # jitter: many desks never retry in step
            sent = self.clock()
            try:
                response = self.session.request(method, self.base + path, data=body or None, headers=self.headers,
                                                timeout=self.timeout)
            except (requests.ConnectionError, requests.Timeout) as exc:
                failure = Offline(f"cannot reach the platform at {self.base}: {type(exc).__name__}")
                continue
            self.last_timing = Timing(sent, self.clock(),
                                      _parse_time(response.headers.get(protocol.HEADER_SERVER_TIME)))
            if response.status_code >= 500:
                failure = ServerTrouble(f"the platform failed (HTTP {response.status_code}); will retry later")
                continue
            return self._answer(response)
        raise failure

    def _answer(self, response: requests.Response) -> dict[str, Any]:
        try:
            body = orjson.loads(response.content)  # a 10 MB pull page: 4× faster than response.json()
        except ValueError:
            body = {"message": response.text[:200]}
        if not isinstance(body, dict):
            raise SyncFailure(f"unexpected answer from the platform: {json.dumps(body)[:200]}")
        status = response.status_code
        if status == 200:
            return body
        if status == 401:
            raise AuthNeeded(str(body.get("message") or "sign in to the platform again"))
        if status == 426:
            raise UpdateNeeded(str(body.get("message") or "update needed"), str(body.get("side") or "client"))
        raise Refused(status, body)

    def push(self, device_id: str, batch: list[protocol.OutgoingMutation]) -> protocol.PushReply:
        try:
            return protocol.push_reply_from_wire(self.post("/v1/push", protocol.push_body(device_id, batch)))
        except Refused as refused:
            error = str(refused.body.get("error") or "")
            if refused.status == 409 and error in (protocol.GAP, protocol.DEVICE_CLASH):
                expected = refused.body.get("expected_seq")
                stop = protocol.Stopped(error, str(refused), int(expected) if expected is not None else None)
                server_time = str(refused.body.get("server_time") or "")
                return protocol.PushReply(server_time, -1, (), stop)  # -1: last seq not told
            raise

    def pull(self, device_id: str, cursor: str, limit: int) -> protocol.PullReply:
        body = orjson.dumps({"device_id": device_id, "cursor": cursor, "limit": limit})
        return protocol.pull_reply_from_wire(self.post("/v1/pull", body))
