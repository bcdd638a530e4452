"""Schemathesis against the platform's OpenAPI description, in process: generated requests never get a 5xx."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from heihe_desk.core.sync import protocol
from heihe_desk.server import reference
from heihe_desk.server.accounts import create_account
from heihe_desk.server.app import ServerConfig, create_app
from heihe_desk.server.store import Store


@pytest.fixture(scope="module")
def platform_app(tmp_path_factory: pytest.TempPathFactory):
    folder = Path(tmp_path_factory.mktemp("fuzz")) / "platform"
    app = create_app(ServerConfig(folder, customs_delay_s=0))
    store = Store(folder)
    with store.write() as conn:
        account, token = create_account(conn, "fuzz")
        reference.refresh_account(conn, account.id, reference.load_code_docs(reference.codes_dir(folder)))
    app.state.fuzz_token = token
    return app


def _fuzz(app, examples: int, call) -> list[str]:
    """Run ``call(case)`` on generated cases for every operation (schemathesis strategies driven by hypothesis;
    its pytest plugin does not run under this pytest). Returns the operations covered."""
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    covered = []
    for result in schema.get_all_operations():
        operation = result.ok()

        @given(case=operation.as_strategy())
        @settings(max_examples=examples, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def run(case) -> None:
            call(case)

        run()
        covered.append(operation.label)
    return covered


def test_generated_requests_with_a_valid_token_never_crash_the_platform(platform_app):
    """Random bodies (payloads, ids, cursors, sequences) behind valid auth and versions reach the deep code:
    every answer is a documented, well-formed one and never a server error."""
    headers = protocol.request_headers(platform_app.state.fuzz_token, "fuzz")
    covered = _fuzz(platform_app, 60, lambda case: case.call_and_validate(headers=headers))
    assert {"POST /v1/push", "POST /v1/pull", "GET /v1/hello"} <= set(covered)


def test_generated_headers_get_auth_or_version_answers_never_a_crash(platform_app):
    """Generated (mostly wrong) tokens and versions are answered 401/426/422, never 5xx."""
    from schemathesis.checks import not_a_server_error

    _fuzz(platform_app, 20, lambda case: case.call_and_validate(checks=[not_a_server_error]))


def test_the_push_body_check_by_hand_enforces_exactly_the_documented_limits(platform_app):
    """The push route parses its body itself (speed); its limits must stay those of the OpenAPI description."""
    from heihe_desk.server import models, wire

    described = platform_app.openapi()
    ref = described["paths"]["/v1/push"]["post"]["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    assert ref == "#/components/schemas/PushRequest" and "MutationIn" in described["components"]["schemas"]
    schema = models.PushRequest.model_json_schema()
    fields = schema["$defs"]["MutationIn"]["properties"]
    assert schema["properties"]["device_id"]["maxLength"] == wire.ID_MAX
    assert schema["properties"]["mutations"]["maxItems"] == protocol.MAX_PUSH_BATCH
    assert (fields["mutation_id"]["maxLength"], fields["entity"]["maxLength"], fields["entity_id"]["maxLength"],
            fields["created_at"]["maxLength"]) == (wire.ID_MAX, wire.ENTITY_MAX, wire.ENTITY_ID_MAX,
                                                   wire.CREATED_AT_MAX)
    assert (fields["device_seq"]["maximum"], fields["schema_version"]["maximum"]) == (wire.SEQ_MAX, wire.SCHEMA_MAX)
    assert set(fields["op"]["enum"]) == wire.OPS
    good = {"mutation_id": "m", "device_seq": 1, "schema_version": 7, "entity": "products", "entity_id": "p",
            "op": "create", "payload": {}}
    for where, value in (("device_seq", True), ("device_seq", 1.5), ("op", ["create"]), ("payload", []),
                         ("entity_id", "x" * 129), ("created_at", None)):
        broken = {**good, where: value}
        with pytest.raises(wire.BadRequest) as refused:
            wire.parse_push(json.dumps({"device_id": "d", "mutations": [broken]}).encode())
        assert refused.value.detail[0]["loc"] == ["body", "mutations", 0, where]
    parsed = wire.parse_push(json.dumps({"device_id": "d", "mutations": [{**good, "device_seq": 2.0}]}).encode())
    assert parsed["mutations"][0]["device_seq"] == 2 and parsed["mutations"][0]["created_at"] == ""
