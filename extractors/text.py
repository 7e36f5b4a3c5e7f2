"""Claims from plain text (JSON records, parameter strings), and the one de-duplication rule every caller shares."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from typing import Any

from extractors.certificates import certificate_hits, certificates_in
from extractors.standards import standard_hits, standards_in
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
    The same rule as ``merge_claims``, applied to the grammar's hits before any claim is built (building a claim
    costs more than finding it).
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
    rows: list[tuple[int, int, int, int, Any]] = []
    for at, value, raw in standard_hits(folded):
        source = bisect_right(starts, at) - 1
        rows.append((blocks[source], 0, at, source, (value, raw)))
    for hit in certificate_hits(folded):
        source = bisect_right(starts, hit.start) - 1
        rows.append((blocks[source], 1, hit.start, source, hit))
    rows.sort(key=lambda row: row[:3])
    first: dict[tuple[ClaimKind, str, str], tuple[int, Any]] = {}
    for _, rank, _, source, found in rows:
        if rank == 0:
            first.setdefault((ClaimKind.STANDARD, "", found[0]), (source, found))
        else:
            first.setdefault((ClaimKind.CERTIFICATE, str(found.cert_type), found.verdict.number), (source, found))
    dated = {value.rsplit("-", 1)[0] for kind, _, value in first if kind is ClaimKind.STANDARD and _has_year(value)}
    claims: list[Claim] = []
    for (kind, _, value), (source, found) in first.items():
        where = sources[source][0]
        if kind is ClaimKind.CERTIFICATE:
            claims.append(found.claim(where))
        elif value not in dated:
            claims.append(Claim(kind=kind, value=value, raw=found[1], where=where))
    return claims
