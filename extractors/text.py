"""Claims from plain text (JSON records, parameter strings), and the one de-duplication rule every caller shares."""

from __future__ import annotations

from collections.abc import Iterable

from extractors.certificates import find_certificates
from extractors.standards import find_standards
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
    return merge_claims([*find_standards(text, where), *find_certificates(text, where)])
