"""Claims from plain text (JSON records, parameter strings), and the one de-duplication rule every caller shares."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import replace

from extractors.certificates import certificates_in
from extractors.standards import standards_in
from shelfwatch.folding import fold
from shelfwatch.models import Claim, ClaimKind


def _key(claim: Claim) -> tuple[ClaimKind, str, str]:
    return (claim.kind, str(claim.cert_type or ""), claim.value)


def merge_claims(claims: Iterable[Claim]) -> list[Claim]:
    """First occurrence of each (kind, cert_type, value) wins, so callers pass the most specific source first.

    A yearless standard (``GB/T 14272``) is dropped when the same code also appears with a year: it adds nothing.
    """
    kept: dict[tuple[ClaimKind, str, str], Claim] = {}
    for claim in claims:
        kept.setdefault(_key(claim), claim)
    dated = {c.value.rsplit("-", 1)[0] for c in kept.values() if c.kind is ClaimKind.STANDARD and _has_year(c.value)}
    return [c for c in kept.values() if not (c.kind is ClaimKind.STANDARD and c.value in dated)]


def _has_year(code: str) -> bool:
    head, _, year = code.rpartition("-")
    return bool(head) and len(year) == 4 and year.isdigit()


def extract_text_claims(text: str, where: str = "text") -> list[Claim]:
    """Standards and certificates in ``text``, de-duplicated."""
    folded = fold(text)
    return merge_claims([c for _, c in standards_in(folded, where)] + [c for _, c in certificates_in(folded, where)])


def claims_in_sources(sources: list[tuple[str, str]]) -> list[Claim]:
    """Claims of several texts read as one (one pass of the grammar), each claim's ``where`` from its source.

    ``sources`` are (where, text) in order of precedence: the first source that states a claim names it. Texts are
    joined by blank lines; codes never span lines, and a CCC number may see a 3C mention in a neighbouring text.
    """
    starts: list[int] = []
    pieces: list[str] = []
    position = 0
    for _, text in sources:
        starts.append(position)
        pieces.append(text)
        position += len(text) + 2
    folded = fold("\n\n".join(pieces))
    # Source by source (all "param:*" lines count as one block); within one, standards before certificates, each
    # in page order, as reading them apart did.
    group: dict[str, int] = {}
    blocks = [group.setdefault(where.split(":", 1)[0], i) for i, (where, _) in enumerate(sources)]
    placed = [(blocks[bisect_right(starts, at) - 1], rank, at, claim)
              for rank, found in enumerate((standards_in(folded), certificates_in(folded))) for at, claim in found]
    placed.sort(key=lambda row: row[:3])
    return merge_claims(replace(claim, where=sources[bisect_right(starts, at) - 1][0]) for _, _, at, claim in placed)
