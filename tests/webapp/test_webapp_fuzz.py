"""Schema-driven fuzzing of the operators' API: schemathesis reads the app's own OpenAPI document over HTTP on
127.0.0.1 and sends generated requests (valid and invalid) to every operation. No request may get a server error,
and every answer must be one the document describes, in the shape it describes."""

from __future__ import annotations

from collections import Counter
from typing import Any

import httpx
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import (
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)
from webapp_seed import Seeded

from shelfwatch import accounts, notices
from shelfwatch.audit import Actor
from shelfwatch.decisions import Decision, decide
from shelfwatch.store import Review, Store

CHECKS = [not_a_server_error, status_code_conformance, response_schema_conformance]
EXAMPLES = 40  # per operation and mode: ~500 requests in all, a few seconds


def test_operator_api_survives_schema_driven_fuzzing(served: str, fresh_store: Store, seeded: Seeded,
                                                     people: Any) -> None:
    admin = Actor(name="admin1")
    decide(fresh_store, [int(r["id"]) for r in fresh_store.find_findings()[0]], Decision(review=Review.CONFIRMED),
           actor=admin)
    for platform in ("jd-demo", "tmall-demo"):
        notices.issue(fresh_store, platform, actor=admin, deadline_days=2, tz="Asia/Shanghai")
    _tid, token = accounts.create_token(fresh_store, "op-jd", actor=admin)
    auth = {"Authorization": f"Bearer {token}"}
    doc = httpx.get(f"{served}/openapi.json", headers=auth, timeout=10).json()
    schema = schemathesis.openapi.from_dict(doc)
    operations = [result.ok() for result in schema.get_all_operations()]
    api = [op for op in operations if op.path.startswith("/api/operator/")]
    assert len(api) == 3
    statuses: Counter[int] = Counter()
    for op in api:
        _fuzz(op, served, auth, GenerationMode.POSITIVE, CHECKS, statuses)
        _fuzz(op, served, auth, GenerationMode.NEGATIVE, [not_a_server_error], statuses)
    assert sum(statuses.values()) >= len(api) * EXAMPLES
    assert statuses[200] > 0 and statuses[404] > 0 and statuses[422] > 0  # it reached real records and refusals


def _fuzz(op: Any, base_url: str, auth: dict[str, str], mode: GenerationMode, checks: list[Any],
          statuses: Counter[int]) -> None:
    @given(case=op.as_strategy(generation_mode=mode))
    @settings(max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    def run(case: schemathesis.Case) -> None:
        response = case.call(base_url=base_url, headers=auth, timeout=10)
        statuses[response.status_code] += 1
        case.validate_response(response, checks=checks)

    run()
