"""Rules that rest on the listing's category: what its rulebook requires, and which standards fit it.

Each judges only a listing placed confidently (``MatchContext.category_min_confidence``): on an uncertain
category a missing standard or an ill-fitting one says nothing, so nothing is raised ("cannot verify").
"""

from __future__ import annotations

from collections.abc import Sequence

from matching.categories import Category, category_similarities
from matching.context import MatchContext
from matching.entities import dice
from matching.labels import CERT_LABELS
from matching.rulebook import RequirementKind, fold
from matching.rules import evidence_of, standard_claims
from shelfwatch.models import CertType, Claim, ClaimKind, Finding, FindingCode, Listing, Severity

INAPPLICABLE_MAX_SIMILARITY = 0.2
"""A claimed standard outside the listing's category is ``standard_inapplicable`` only if the listing title and the
standard's title share little (character-bigram Dice below this): a registry whose category list lacks a fitting
category must not accuse a listing whose title plainly names what the standard covers."""


def _confident(listing: Listing, ctx: MatchContext) -> bool:
    return bool(listing.category_key) and listing.category_confidence >= ctx.category_min_confidence


def _category_label(listing: Listing, ctx: MatchContext) -> str:
    cat: Category | None = next((c for c in ctx.categories if c.key == listing.category_key), None)
    name = cat.name_zh if cat and cat.name_zh else listing.category_key
    return f"「{name}」（归类置信度 {listing.category_confidence:.2f}）"


def _listing_text(listing: Listing) -> str:
    return fold(" ".join([listing.title, listing.category, *listing.params.values()]))


def _claimed_standards_text(claims: Sequence[Claim]) -> str:
    codes = [parts.code for _, parts in standard_claims(claims)]
    return f"页面标注的执行标准：{'、'.join(codes)}" if codes else "页面未标注任何执行标准"


def mandatory_standard_missing(listing: Listing, claims: Sequence[Claim], ctx: MatchContext) -> list[Finding]:
    """The rulebook's mandatory standards of the listing's category that it claims no edition of."""
    if not _confident(listing, ctx):
        return []
    claimed = {(parts.base, parts.number) for _, parts in standard_claims(claims)}
    text = _listing_text(listing)
    findings = []
    for req in ctx.rulebook.for_category(listing.category_key, RequirementKind.MANDATORY_STANDARD):
        if not req.applies(text, ctx.as_of):
            continue
        base, _, number = req.value.partition(" ")
        if (base.split("/")[0], number) in claimed:
            continue
        findings.append(
            Finding(
                code=FindingCode.MANDATORY_STANDARD_MISSING,
                severity=Severity.LOW,
                evidence=_claimed_standards_text(claims),
                explanation=(
                    f"商品归入{_category_label(listing, ctx)}，按规则库该类商品应执行强制性标准 {req.value}"
                    f"（依据：{req.source}），页面未标注该标准的任何版本。请核实产品是否按该标准生产、标签是否缺项。"
                ),
                subject=req.value,
                source=req.source,
                reference="规则库 mandatory_standard",
            )
        )
    return findings


def certificate_missing(listing: Listing, claims: Sequence[Claim], ctx: MatchContext) -> list[Finding]:
    """The rulebook's certificates of the listing's category that the page shows no number of."""
    if not _confident(listing, ctx):
        return []
    shown = {c.cert_type for c in claims if c.kind is ClaimKind.CERTIFICATE}
    text = _listing_text(listing)
    findings = []
    for req in ctx.rulebook.for_category(listing.category_key, RequirementKind.CERTIFICATE):
        cert = CertType(req.value)
        if cert in shown or not req.applies(text, ctx.as_of):
            continue
        since = f"（自 {req.since.isoformat()} 起）" if req.since else ""
        findings.append(
            Finding(
                code=FindingCode.CERTIFICATE_MISSING,
                severity=Severity.MEDIUM,
                evidence=f"页面未标注{CERT_LABELS[cert]}",
                explanation=(
                    f"商品归入{_category_label(listing, ctx)}，按规则库该类商品{since}须具备{CERT_LABELS[cert]}"
                    f"（依据：{req.source}），页面未展示该编号。请核实是否取得证照。"
                ),
                subject=cert.value,
                source=req.source,
                reference="规则库 certificate",
            )
        )
    return findings


def _closer_to_own_category(listing: Listing, fits: set[str], ctx: MatchContext) -> str | None:
    """With an embedder: None (cannot say the standard does not fit) where the listing's title is at least as
    close in meaning to a category the standard fits as to its own; otherwise the comparison, for the
    explanation. Without an embedder: an empty text (the lexical test alone decides)."""
    if ctx.embedder is None:
        return ""
    pool = [c for c in ctx.categories if c.key in fits or c.key == listing.category_key]
    sims = category_similarities(ctx.embedder, pool, listing.title)
    own = sims.get(listing.category_key)
    nearest_fit = max((v for k, v in sims.items() if k in fits), default=None)
    if own is None or nearest_fit is None:
        return ""
    if nearest_fit >= own:
        return None
    return f"；语义上标题更接近本类（{own:.2f}）而非该标准适用的类别（{nearest_fit:.2f}）"


def standard_inapplicable(listing: Listing, claims: Sequence[Claim], ctx: MatchContext) -> list[Finding]:
    """Claimed standards whose every recorded edition lists categories, none of them the listing's, and whose
    title shares little with the listing's title (GB 6675 on a power bank)."""
    if not _confident(listing, ctx):
        return []
    findings = []
    title = fold(listing.title)
    for claim, parts in standard_claims(claims):
        versions = ctx.registry.versions(parts.number_code)
        if not versions or not all(r.categories for r in versions):
            continue
        fits = {c for r in versions for c in r.categories}
        if listing.category_key in fits:
            continue
        record = versions[0]
        similarity = dice(title, fold(record.title))
        if similarity >= INAPPLICABLE_MAX_SIMILARITY:
            continue
        names = {c.key: c.name_zh for c in ctx.categories}
        meaning = _closer_to_own_category(listing, fits, ctx)
        if meaning is None:
            continue
        fit_names = "、".join(names.get(c, c) for c in sorted(fits))
        findings.append(
            Finding(
                code=FindingCode.STANDARD_INAPPLICABLE,
                severity=Severity.MEDIUM,
                evidence=evidence_of(claim),
                explanation=(
                    f"商品归入{_category_label(listing, ctx)}，却声称执行 {parts.code}《{record.title}》；"
                    f"标准库记载该标准适用于{fit_names}，与商品标题的相似度 {similarity:.2f}{meaning}。"
                    "所标标准可能与产品不符，请核实产品实际执行的标准。"
                ),
                subject=parts.code,
                source=record.source,
                reference=record.imported_as or ctx.registry.source,
            )
        )
    return findings
