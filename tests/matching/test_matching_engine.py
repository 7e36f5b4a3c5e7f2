"""Engine: rules plug in as data; the risk score is bounded, monotonic and diminishing."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations_with_replacement

import pytest
from matching_factories import context, listing, std

from matching import RULES, SEVERITY_WEIGHTS, MatchContext, match_listing, risk_score
from shelfwatch.models import Claim, Finding, FindingCode, Listing, Severity


def finding(severity: Severity) -> Finding:
    return Finding(code=FindingCode.STANDARD_UNKNOWN, severity=severity, evidence="e", explanation="x")


ORDER = [Severity.LOW, Severity.MEDIUM, Severity.HIGH]


def test_default_rules_cover_this_step() -> None:
    assert [rule.__name__ for rule in RULES] == [
        "standard_unknown", "standard_withdrawn", "standard_inapplicable", "mandatory_standard_missing",
        "certificate_invalid", "certificate_missing", "blacklisted_entity", "recalled_product", "price_anomaly",
        "enterprise_standard_undeclared",
    ]  # fmt: skip


def test_extra_rule_plugs_in() -> None:
    def always(listing: Listing, claims: Sequence[Claim], ctx: MatchContext) -> list[Finding]:
        return [finding(Severity.LOW)]

    found = match_listing(listing(), [std("GB 31241-2014")], context(), rules=(*RULES, always))
    assert [f.code for f in found] == [FindingCode.STANDARD_WITHDRAWN, FindingCode.STANDARD_UNKNOWN]


def test_clean_listing_scores_zero() -> None:
    assert match_listing(listing(maker="上海某某有限公司"), [std("GB 18401-2010")], context()) == []
    assert risk_score([]) == 0.0


def test_weights_are_ordered_data() -> None:
    assert set(SEVERITY_WEIGHTS) == set(Severity)
    assert [SEVERITY_WEIGHTS[s] for s in ORDER] == sorted(SEVERITY_WEIGHTS.values())
    assert risk_score([finding(Severity.HIGH)]) == 50.0


@pytest.mark.parametrize("count", range(0, 6))
def test_adding_a_finding_never_lowers_the_score(count: int) -> None:
    for severities in combinations_with_replacement(ORDER, count):
        base = risk_score(finding(s) for s in severities)
        assert 0.0 <= base < 100.0
        for extra in ORDER:
            assert risk_score([*map(finding, severities), finding(extra)]) >= base


def test_raising_severity_never_lowers_the_score() -> None:
    others = [finding(Severity.MEDIUM), finding(Severity.LOW)]
    scores = [risk_score([*others, finding(s)]) for s in ORDER]
    assert scores == sorted(scores)


def test_diminishing_returns() -> None:
    scores = [risk_score([finding(Severity.HIGH)] * n) for n in range(6)]
    gains = [b - a for a, b in zip(scores, scores[1:])]
    assert all(later < earlier for earlier, later in zip(gains, gains[1:]))
    assert risk_score([finding(Severity.HIGH)] * 50) <= 100.0


def test_risk_factors_are_data_for_every_code() -> None:
    from matching.engine import code_factors, finding_weight

    factors = code_factors()
    assert set(factors) == {str(c) for c in FindingCode}  # every code of the contract has a row saying why
    invalid = Finding(code=FindingCode.CERTIFICATE_INVALID, severity=Severity.HIGH, evidence="e", explanation="x")
    missing = Finding(code=FindingCode.MANDATORY_STANDARD_MISSING, severity=Severity.HIGH, evidence="e",
                      explanation="x")
    assert finding_weight(invalid) > finding_weight(missing)
    assert risk_score([invalid]) == 60.0 and risk_score([invalid], {"certificate_invalid": 1.0}) == 50.0
