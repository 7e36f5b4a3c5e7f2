"""Standard codes (执行标准 / 产品标准号) read from free text, before any word segmentation.

The grammar itself lives in the floor module ``shelfwatch.standard_codes`` (shared with ``matching``); this module
turns its hits into claims.
"""

from __future__ import annotations

from shelfwatch.folding import Folded, fold
from shelfwatch.models import Claim, ClaimKind
from shelfwatch.standard_codes import find_codes, normalize_standard

__all__ = ["find_standards", "normalize_standard", "standards_in"]


def standards_in(folded: Folded, where: str = "") -> list[tuple[int, Claim]]:
    """Every standard code in folded text, with its position; repeats kept."""
    return [
        (hit.start, Claim(kind=ClaimKind.STANDARD, value=hit.value, raw=folded.raw(hit.start, hit.end), where=where))
        for hit in find_codes(folded)
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
