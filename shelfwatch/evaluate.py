"""Precision and recall of findings and claims against a ground truth (the demo marketplace's, or an inspector's)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

Key = tuple[str, str, str]
"""(url, code or claim kind, normalized subject)."""


@dataclass(frozen=True, kw_only=True)
class Score:
    """How well one code (or claim kind) was found."""

    code: str
    """Finding code or claim kind."""
    expected: int
    """Items the truth has."""
    found: int
    """Items shelfwatch reported."""
    true_positives: int
    """Items in both."""

    @property
    def precision(self) -> float:
        return self.true_positives / self.found if self.found else (1.0 if not self.expected else 0.0)

    @property
    def recall(self) -> float:
        return self.true_positives / self.expected if self.expected else 1.0


def score(expected: Iterable[Key], found: Iterable[Key], codes: Iterable[str]) -> list[Score]:
    """Per-code scores over sets of keys; only the given codes are scored."""
    exp, got = set(expected), set(found)
    out = []
    for code in codes:
        e = {k for k in exp if k[1] == code}
        g = {k for k in got if k[1] == code}
        out.append(Score(code=code, expected=len(e), found=len(g), true_positives=len(e & g)))
    return out


def misses(expected: Iterable[Key], found: Iterable[Key]) -> tuple[list[Key], list[Key]]:
    """(false negatives, false positives), sorted, for a closer look."""
    exp, got = set(expected), set(found)
    return sorted(exp - got), sorted(got - exp)
