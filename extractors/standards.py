"""Standard codes (执行标准 / 产品标准号) read from free text, before any word segmentation.

The grammar itself lives in the floor module ``shelfwatch.standard_codes`` (shared with ``matching``); this module
turns its hits into claims.
"""

from __future__ import annotations

from shelfwatch.folding import Folded, fold
from shelfwatch.models import Claim, ClaimKind
from shelfwatch.standard_codes import find_codes, normalize_standard

__all__ = ["find_standards", "normalize_standard", "standard_hits", "standards_in"]


def standard_hits(folded: Folded) -> list[tuple[int, str, str]]:
    """(position, canonical code, text as written) of every standard code in folded text; repeats kept."""
    return [(hit.start, hit.value, folded.raw(hit.start, hit.end)) for hit in find_codes(folded)]


def standards_in(folded: Folded, where: str = "") -> list[tuple[int, Claim]]:
    """Every standard code in folded text, with its position; repeats kept."""
    return [
        (at, Claim(kind=ClaimKind.STANDARD, value=value, raw=raw, where=where))
        for at, value, raw in standard_hits(folded)
    ]


def find_standards(text: str, where: str = "") -> list[Claim]:
    """Every standard code in ``text``, normalized, first occurrence of each kept."""
    folded = fold(text)
    claims: list[Claim] = []
    seen: set[str] = set()
    for hit in find_codes(folded):
        if hit.value in seen:
            continue
        seen.add(hit.value)
        claims.append(
            Claim(kind=ClaimKind.STANDARD, value=hit.value, raw=folded.raw(hit.start, hit.end), where=where)
        )
    return claims
