"""Run the rules over one listing and score the result.

Rules are plain functions in ``RULES``; new checks (the embedding-based standard/category fit of a later
step, the enterprise self-declaration check) are added there, or passed as ``rules=`` by callers that
want a different set, without touching ``match_listing``.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache
from pathlib import Path

from matching.category_rules import certificate_missing, mandatory_standard_missing, standard_inapplicable
from matching.context import MatchContext
from matching.declarations import enterprise_standard_undeclared
from matching.prices import price_anomaly
from matching.rules import (
    blacklisted_entity,
    certificate_invalid,
    recalled_product,
    standard_unknown,
    standard_withdrawn,
)
from shelfwatch.models import Claim, Finding, Listing, Severity

Rule = Callable[[Listing, Sequence[Claim], MatchContext], list[Finding]]
"""A rule: pure function of the listing, its claims and the reference data."""

RULES: tuple[Rule, ...] = (
    standard_unknown, standard_withdrawn, standard_inapplicable, mandatory_standard_missing, certificate_invalid,
    certificate_missing, blacklisted_entity, recalled_product, price_anomaly, enterprise_standard_undeclared,
)
"""Rules ``match_listing`` runs by default, in this order (their findings keep it)."""

SEVERITY_WEIGHTS: dict[Severity, float] = {
    Severity.HIGH: 0.5,
    Severity.MEDIUM: 0.25,
    Severity.LOW: 0.1,
}
"""Share of the remaining distance to 100 that one finding of each severity takes (see ``risk_score``)."""


def match_listing(
    listing: Listing, claims: Sequence[Claim], ctx: MatchContext, *, rules: Iterable[Rule] = RULES
) -> list[Finding]:
    """Every finding of every rule for one listing."""
    return [finding for rule in rules for finding in rule(listing, claims, ctx)]


RISK_WEIGHTS_CSV = Path(__file__).with_name("data") / "risk_weights.csv"
MAX_WEIGHT = 0.9
"""No single finding takes more than this share: the score never reaches 100."""


@cache
def code_factors(path: Path = RISK_WEIGHTS_CSV) -> dict[str, float]:
    """Finding code -> factor on its severity's weight (``matching/data/risk_weights.csv``, each row saying why)."""
    with path.open(encoding="utf-8", newline="") as fh:
        return {row["code"]: float(row["factor"]) for row in csv.DictReader(fh)}


def finding_weight(finding: Finding, factors: Mapping[str, float] | None = None) -> float:
    """Share of the remaining distance to 100 one finding takes: severity weight times its code's factor."""
    factor = (code_factors() if factors is None else factors).get(str(finding.code), 1.0)
    return min(MAX_WEIGHT, SEVERITY_WEIGHTS[finding.severity] * factor)


def risk_score(findings: Iterable[Finding], factors: Mapping[str, float] | None = None) -> float:
    """Risk in [0, 100]: ``100 * (1 - prod(1 - weight))`` over the findings (weights: :func:`finding_weight`).

    One high finding of factor 1 gives 50, two give 75, one medium 25: each further finding adds less, the score
    never reaches 100, and adding a finding or raising its severity never lowers it. Rounded to one decimal.
    """
    remaining = math.prod(1.0 - finding_weight(f, factors) for f in findings)
    return round(100.0 * (1.0 - remaining), 1)
