"""Fuzz every operation of the API from its own OpenAPI schema, with and without the admin token (so uploads
and deletions are fuzzed too): whatever comes in, never a 500."""

from __future__ import annotations

import pytest
import schemathesis
from conftest import ADMIN, ADMIN_TOKEN, serving
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error


@pytest.fixture(scope="module")
def fuzz_server(tmp_path_factory, seeds_data):
    with serving(seeds_data, tmp_path_factory.mktemp("fuzz") / "index", COMMITTEE_QA_ADMIN_TOKEN=ADMIN_TOKEN,
                 COMMITTEE_QA_MAX_UPLOAD_FILES="3") as base:
        yield base


@pytest.mark.parametrize("headers", [{}, ADMIN], ids=["anonymous", "admin"])
def test_no_operation_answers_500(fuzz_server, headers):
    schema = schemathesis.openapi.from_url(f"{fuzz_server}/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 12
    assert any(op.method.upper() == "POST" and op.path == "/api/documents" for op in operations)
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def fuzz(case):
            case.call_and_validate(checks=[not_a_server_error], headers=headers, timeout=120)

        fuzz()
