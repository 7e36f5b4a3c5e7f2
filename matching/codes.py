"""Standard codes as the matcher needs them: one canonical spelling, split into number and year.

The grammar lives in the floor module ``shelfwatch.standard_codes``, shared with the extractors, so claims and
registry rows are spelled by one set of rules and matching imports nothing from ``extractors``.

Here both are memoized: they are pure, ``CodeParts`` is frozen, and matching asks again and again for the same few
codes (every registry version's own code in every look-up, every claim in several rules): 37,000 parses for 1,000
listings, a third of the judging time in a cProfile of the crawl's writer.
"""

from __future__ import annotations

from functools import lru_cache

from shelfwatch import standard_codes
from shelfwatch.standard_codes import CodeParts

__all__ = ["CodeParts", "normalize_code", "parse_code"]

_CACHED = 1 << 16
"""Distinct texts remembered (a registry's codes and a crawl's claims; a few MB at most)."""


@lru_cache(maxsize=_CACHED)
def parse_code(text: str, *, lenient: bool = True) -> CodeParts | None:
    """``shelfwatch.standard_codes.parse_code``, memoized."""
    return standard_codes.parse_code(text, lenient=lenient)


@lru_cache(maxsize=_CACHED)
def normalize_code(text: str) -> str | None:
    """``shelfwatch.standard_codes.normalize_code``, memoized."""
    parts = parse_code(text)
    return None if parts is None else parts.code
