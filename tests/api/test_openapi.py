"""schemathesis against the app's own OpenAPI description: generated requests for every
operation, on a copy of the seed database; no answer may be a server error (bounded so the
whole run takes about a minute).

Hypothesis drives each operation directly (schemathesis' pytest plugin does not run under
pytest 9), one parametrized test per operation."""

from __future__ import annotations

import shutil

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from rasad.api.app import create_app
from rasad.config import Settings

OPERATIONS = [
    result.ok().label
    for result in schemathesis.openapi.from_asgi(
        "/openapi.json", create_app(Settings(db="unused.db"))
    ).get_all_operations()
]


@pytest.fixture(scope="module")
def api_schema(seed_db, tmp_path_factory):
    path = tmp_path_factory.mktemp("schemathesis") / "api.db"
    shutil.copy(seed_db, path)
    app = create_app(Settings(db=str(path), stories=False))
    yield schemathesis.openapi.from_asgi("/openapi.json", app)
    app.state.jobs.wait(120)


@pytest.mark.parametrize("label", OPERATIONS)
def test_no_server_errors(api_schema, label):
    operation = api_schema.find_operation_by_label(label)

    @given(case=operation.as_strategy())
    @settings(
        max_examples=8, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck)
    )
    def check(case):
        case.call_and_validate(checks=[not_a_server_error])

    check()
