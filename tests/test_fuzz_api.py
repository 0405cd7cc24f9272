"""Fuzz every operation of the API from its own OpenAPI schema: whatever comes in, never a 500."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
import schemathesis
from conftest import ROOT, free_port, wait_for
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error


@pytest.fixture(scope="module")
def fuzz_server(tmp_path_factory, seeds_data):
    data = tmp_path_factory.mktemp("fuzz") / "index"
    shutil.copytree(seeds_data, data)
    port = free_port()
    env = {**os.environ, "COMMITTEE_QA_DATA": str(data), "HF_HUB_OFFLINE": "1"}
    process = subprocess.Popen([sys.executable, "-m", "qa.cli", "serve", "--port", str(port)], cwd=ROOT, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(f"{base}/healthz")
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)


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
