"""Fuzz every operation of the API from its own OpenAPI schema: whatever comes in, never a 500."""

from __future__ import annotations

import pytest
import schemathesis
from conftest import serving
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error


@pytest.fixture(scope="module")
def fuzz_server(tmp_path_factory, seeds_data):
    with serving(seeds_data, tmp_path_factory.mktemp("fuzz") / "index") as base:
        yield base


def test_no_operation_answers_500(fuzz_server):
    schema = schemathesis.openapi.from_url(f"{fuzz_server}/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 10
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def fuzz(case):
            case.call_and_validate(checks=[not_a_server_error], timeout=60)

        fuzz()
