"""Run the rules over one listing and score the result.

Rules are plain functions in ``RULES``; new checks (the embedding-based standard/category fit of a later
step, the enterprise self-declaration check) are added there, or passed as ``rules=`` by callers that
want a different set, without touching ``match_listing``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence

from matching.category_rules import certificate_missing, mandatory_standard_missing, standard_inapplicable
from matching.context import MatchContext
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
    certificate_missing, blacklisted_entity, recalled_product,
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


def risk_score(findings: Iterable[Finding]) -> float:
    """Risk in [0, 100]: ``100 * (1 - prod(1 - weight))`` over the findings.

    One high finding gives 50, two give 75, one medium 25: each further finding adds less, the score never
    reaches 100, and adding a finding or raising its severity never lowers it. Rounded to one decimal.
    """
    remaining = math.prod(1.0 - SEVERITY_WEIGHTS[f.severity] for f in findings)
    return round(100.0 * (1.0 - remaining), 1)
