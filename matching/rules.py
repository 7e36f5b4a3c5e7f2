"""Rule functions: ``(listing, claims, ctx) -> list[Finding]``, pure, one per finding code.

Each finding carries the claim as the page wrote it (``evidence``), the normalized value judged
(``subject``), a Chinese explanation for inspectors, and the source of the reference data it relied on.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from matching.blacklist import VIA_CODE_NAME, BlacklistEntry, EntityMatch, ListKind, normalize_uscc
from matching.codes import CodeParts, parse_code
from matching.context import MatchContext
from matching.coverage import Coverage
from matching.labels import CERT_CHECK_SOURCE, CERT_LABELS, KIND_LABELS, LIST_LABELS, ROLE_MAKER, ROLE_SELLER
from matching.registry import StandardKind, StandardRecord, StandardStatus
from matching.scope import ScopeCheck, check_scope
from shelfwatch.models import CertType, Claim, ClaimKind, Finding, FindingCode, Listing, Severity, UnverifiedClaim

# Group (T/) and enterprise (Q/) standards are registered on their own platforms (group-standard platform,
# enterprise self-declaration platform, shared/domain.md §1), never in the national registry: absence here
# says nothing about them unless an import covers them by name. The self-declaration check is another rule.
_NOT_IN_NATIONAL_REGISTRY = ("T/", "Q/")

_WITHDRAWN_SEVERITY: dict[StandardKind, Severity] = {
    StandardKind.MANDATORY: Severity.HIGH,
    StandardKind.RECOMMENDED: Severity.MEDIUM,
    StandardKind.GUIDANCE: Severity.MEDIUM,
}

# A single failed spot check concerns one batch; the credit list and a recall concern the company/product.
_LIST_SEVERITY: dict[ListKind, Severity] = {
    ListKind.CREDIT_BLACKLIST: Severity.HIGH,
    ListKind.RECALL: Severity.HIGH,
    ListKind.SPOT_CHECK_FAILURE: Severity.MEDIUM,
}


def evidence_of(claim: Claim) -> str:
    """The claim as written, with where it was found: ``执行标准：GB/T 14272-2011（param:执行标准）``."""
    return f"{claim.raw}（{claim.where}）" if claim.where else claim.raw


def standard_claims(claims: Sequence[Claim]) -> Iterator[tuple[Claim, CodeParts]]:
    """Standard claims that parse as codes, first occurrence of each code only (params and description
    often repeat the same one)."""
    seen: set[str] = set()
    for claim in claims:
        if claim.kind is not ClaimKind.STANDARD:
            continue
        parts = parse_code(claim.value) or parse_code(claim.raw)
        if parts is None or parts.code in seen:
            continue
        seen.add(parts.code)
        yield claim, parts


def withdrawn_on(record: StandardRecord, as_of: date) -> bool:
    """Whether the version is withdrawn on ``as_of``: by its withdrawal date where recorded (the status column
    is a snapshot of when the row was written), else by its status."""
    if record.withdrawn is not None:
        return record.withdrawn <= as_of
    return record.status is StandardStatus.WITHDRAWN


def in_transition(record: StandardRecord, as_of: date) -> bool:
    """Whether old stock may still be sold against this version on ``as_of`` (``transition_until`` inclusive)."""
    return record.transition_until is not None and as_of <= record.transition_until


@dataclass(frozen=True, kw_only=True)
class _Absence:
    """A claimed standard the registry does not hold, with the import that can (or cannot) vouch for that."""

    claim: Claim
    parts: CodeParts
    known: tuple[str, ...]
    """Versions of the same number the registry does hold."""
    coverage: Coverage | None
    """The import covering the code on the judgment date; None: absence proves nothing."""


def _absences(claims: Sequence[Claim], ctx: MatchContext) -> Iterator[_Absence]:
    """Claimed standards absent from the registry (a year-less claim: only if no version of it is known).

    Group (T/) and enterprise (Q/) codes are skipped unless an import names them in its coverage.
    """
    for claim, parts in standard_claims(claims):
        coverage = ctx.registry.covering(parts, ctx.as_of)
        if parts.prefix.startswith(_NOT_IN_NATIONAL_REGISTRY) and coverage is None:
            continue
        versions = ctx.registry.versions(parts.number_code)
        if parts.year is None and versions:
            continue
        if parts.year is not None and ctx.registry.lookup(parts.code) is not None:
            continue
        yield _Absence(claim=claim, parts=parts, known=tuple(r.code for r in versions), coverage=coverage)


def _unknown_explanation(a: _Absence) -> str:
    assert a.coverage is not None
    basis = f"依据标准库 {a.coverage.label}"
    if a.parts.year is None:
        return (
            f"商品声称执行标准 {a.parts.code}（未注明年代号），{basis}，该范围内没有该标准号的任何版本，"
            "可能是不存在或编号有误的标准，请核对。"
        )
    if a.known:
        return (
            f"商品声称执行标准 {a.parts.code}，{basis}，该标准没有这一年代号版本（已收录：{'、'.join(a.known)}），"
            "可能是不存在的版本或笔误，请核对。"
        )
    return f"商品声称执行标准 {a.parts.code}，{basis}，该范围内没有这一标准号，可能是不存在或编号有误的标准，请核对。"


def standard_unknown(listing: Listing, claims: Sequence[Claim], ctx: MatchContext) -> list[Finding]:
    """Claimed standards absent from the registry where an import covers their family (``matching.coverage``);
    absences nothing vouches for are :func:`unverified_standards`, not findings."""
    return [
        Finding(
            code=FindingCode.STANDARD_UNKNOWN,
            severity=Severity.MEDIUM,
            evidence=evidence_of(a.claim),
            explanation=_unknown_explanation(a),
            subject=a.parts.code,
            source=a.coverage.source or ctx.registry.source or "标准库",
            reference=a.coverage.label,
        )
        for a in _absences(claims, ctx)
        if a.coverage is not None
    ]


def _why_unverifiable(a: _Absence, ctx: MatchContext) -> str:
    holding = [c for c in ctx.registry.coverage if c.covers(a.parts)]
    if holding:
        newest = max(holding, key=lambda c: c.as_of or date.min)
        return f"标准库 {newest.label} 早于该版本可能的发布日期，无法排除其为新发布的标准"
    if not any(c.families for c in ctx.registry.coverage):
        return "已加载的标准库未声明覆盖范围"
    covered = "；".join(c.label for c in ctx.registry.coverage)
    return f"已加载的标准库不覆盖该类标准（{covered}）"


def unverified_standards(listing: Listing, claims: Sequence[Claim], ctx: MatchContext) -> list[UnverifiedClaim]:
    """Claimed standards absent from the registry that no import covers: "not verifiable with the loaded
    registry", for the listing view and the report (never a finding, never a takedown)."""
    out: list[UnverifiedClaim] = []
    for a in _absences(claims, ctx):
        if a.coverage is not None:
            continue
        known = f"（已收录同号版本：{'、'.join(a.known)}）" if a.known else ""
        out.append(
            UnverifiedClaim(
                subject=a.parts.code,
                evidence=evidence_of(a.claim),
                explanation=(
                    f"商品声称执行标准 {a.parts.code}，已加载的标准库中没有该标准{known}，但{_why_unverifiable(a, ctx)}，"
                    "无法据此判定其不存在。导入覆盖该类标准的官方标准目录后可重新判定。"
                ),
                reference="；".join(c.label for c in ctx.registry.coverage) or "未声明覆盖范围",
            )
        )
    return out


def _withdrawn_explanation(record: StandardRecord, as_of: date) -> str:
    """Chinese explanation naming the withdrawal date, the replacement and the transition."""
    when = f"已于 {record.withdrawn.isoformat()} 废止" if record.withdrawn else "已废止"
    replaced = f"，由 {'、'.join(record.replacements)} 代替" if record.replacements else ""
    transition = f"，过渡期至 {record.transition_until.isoformat()} 已结束" if record.transition_until else ""
    return (
        f"商品声称执行 {record.code}《{record.title}》（{KIND_LABELS[record.kind]}），该标准{when}{replaced}"
        f"{transition}。截至抓取日 {as_of.isoformat()} 仍标注旧标准，产品可能未按现行标准生产或标签未更新。"
    )


def standard_withdrawn(listing: Listing, claims: Sequence[Claim], ctx: MatchContext) -> list[Finding]:
    """Claimed exact versions that are withdrawn on ``ctx.as_of`` with any transition period over."""
    findings: list[Finding] = []
    for claim, parts in standard_claims(claims):
        if parts.year is None:
            continue  # "GB 18401" names no version: it cannot be an outdated one
        record = ctx.registry.lookup(parts.code)
        if record is None or not withdrawn_on(record, ctx.as_of) or in_transition(record, ctx.as_of):
            continue
        findings.append(
            Finding(
                code=FindingCode.STANDARD_WITHDRAWN,
                severity=_WITHDRAWN_SEVERITY[record.kind],
                evidence=evidence_of(claim),
                explanation=_withdrawn_explanation(record, ctx.as_of),
                subject=record.code,
                source=record.source,
                reference=record.imported_as or ctx.registry.source,
            )
        )
    return findings


def certificate_invalid(listing: Listing, claims: Sequence[Claim], ctx: MatchContext) -> list[Finding]:
    """Certificate numbers the extractor judged invalid (format or check digit), with its note."""
    findings: list[Finding] = []
    seen: set[tuple[CertType | None, str]] = set()
    for claim in claims:
        if claim.kind is not ClaimKind.CERTIFICATE or claim.valid is not False:
            continue
        if (claim.cert_type, claim.value) in seen:
            continue
        seen.add((claim.cert_type, claim.value))
        label = CERT_LABELS[claim.cert_type or CertType.OTHER]
        note = claim.note or "格式或校验位不符"
        findings.append(
            Finding(
                code=FindingCode.CERTIFICATE_INVALID,
                severity=Severity.HIGH,
                evidence=evidence_of(claim),
                explanation=f"商品标注的{label} {claim.value} 无效：{note}。请核实证照是否真实。",
                subject=claim.value,
                source=CERT_CHECK_SOURCE,
            )
        )
    return findings


def _entry_explanation(who: str, m: EntityMatch, scope: ScopeCheck | None, as_of: date) -> str:
    """Chinese explanation of one list membership: the entry, its source, how the names matched, the scope."""
    entry = m.entry
    details = [f"{entry.listed_on.isoformat()} 列入" if entry.listed_on else ""]
    details += [f"{label}：{value}" for label, value in (
        ("商标", entry.brand), ("产品", entry.product), ("型号", entry.model), ("批次", entry.batch),
        ("原因", entry.reason),
    ) if value]  # fmt: skip
    detail = "，".join(d for d in details if d)
    how = "、".join(m.how) if m.how and m.score < 1.0 else ""
    matched = f"匹配字段：{'、'.join(m.fields)}；匹配度 {m.score:.2f}" + (f"（{how}）" if how else "")
    text = (
        f"{who}与{LIST_LABELS[entry.list]}中的「{entry.name or entry.product or entry.brand}」一致"
        + (f"（{detail}）" if detail else "")
        + f"，来源：{entry.source}。{matched}。"
    )
    if scope is not None and scope.matched:
        text += f"商品的{'、'.join(scope.matched)}在公告范围内。"
    if scope is not None and scope.unchecked:
        text += f"页面未标明{'、'.join(scope.unchecked)}，无法核对是否属于公告批次。"
    return text + f"截至抓取日 {as_of.isoformat()} 仍在名单内，请核查该商品及经营主体。"


def _list_findings(
    listing: Listing, claims: Sequence[Claim], ctx: MatchContext, kinds: tuple[ListKind, ...], code: FindingCode
) -> list[Finding]:
    """Findings for entries of ``kinds`` that match the maker (name, page credit code) or seller (name);
    recalls and spot-check failures only where the listing is within the entry's scope (``matching.scope``)."""
    # A code that failed its format check identifies nobody; it must not overrule the name either.
    uscc_claims = [
        c for c in claims if c.kind is ClaimKind.CERTIFICATE and c.cert_type is CertType.USCC and c.valid is not False
    ]
    makers: list[Claim | None] = [*uscc_claims] or [None]
    lookups = [(ROLE_MAKER, listing.maker, c) for c in makers] + [(ROLE_SELLER, listing.seller, None)]
    findings: list[Finding] = []
    seen: set[BlacklistEntry] = set()
    for role, name, uscc_claim in lookups:
        code_text = uscc_claim.value if uscc_claim else None
        for m in ctx.blacklist.resolve(name, code_text, ctx.as_of, threshold=ctx.name_threshold):
            entry = m.entry
            if entry in seen or entry.list not in kinds:
                continue
            scope = None
            if entry.list is not ListKind.CREDIT_BLACKLIST:
                scope = check_scope(entry.brand, entry.model, entry.product, entry.batch, listing)
                if not scope.within:
                    continue
            seen.add(entry)
            via_name = "名称" in m.fields and m.how[:1] != (VIA_CODE_NAME,)  # the page's own name matched
            via_code = uscc_claim is not None and ("统一社会信用代码" in m.fields or not via_name)
            # Entries reached through the page's credit code (directly or via the listed name) cite the code.
            evidence = evidence_of(uscc_claim) if via_code and uscc_claim else f"{name}（{role}）"
            who = role + (f"「{name}」" if name else "")
            if uscc_claim is not None and not via_name:
                who += f"（统一社会信用代码 {normalize_uscc(uscc_claim.value)}）"
            findings.append(
                Finding(
                    code=code,
                    severity=_LIST_SEVERITY[entry.list],
                    evidence=evidence,
                    explanation=_entry_explanation(who, m, scope, ctx.as_of),
                    subject=entry.name,
                    source=entry.source,
                    reference=LIST_LABELS[entry.list],
                )
            )
    findings += _product_alert_findings(listing, ctx, kinds, code, seen)
    return findings


def _product_alert_findings(
    listing: Listing, ctx: MatchContext, kinds: tuple[ListKind, ...], code: FindingCode, seen: set[BlacklistEntry]
) -> list[Finding]:
    """Alerts that name a product but no company (EU Safety Gate): brand and model must both be on the page."""
    findings = []
    for m in ctx.blacklist.resolve_product(listing.brand, listing.title, ctx.as_of):
        entry = m.entry
        if entry in seen or entry.list not in kinds:
            continue
        scope = check_scope(entry.brand, entry.model, entry.product, entry.batch, listing)
        if not scope.within or "型号" not in scope.matched:
            continue
        seen.add(entry)
        shown = "，".join(p for p in (f"商标 {listing.brand}" if listing.brand else "", listing.title) if p)
        findings.append(
            Finding(
                code=code,
                severity=_LIST_SEVERITY[entry.list],
                evidence=f"{shown}（商品信息）",
                explanation=_entry_explanation("商品", m, scope, ctx.as_of),
                subject=f"{entry.brand} {entry.model}",
                source=entry.source,
                reference=LIST_LABELS[entry.list],
            )
        )
    return findings


def blacklisted_entity(listing: Listing, claims: Sequence[Claim], ctx: MatchContext) -> list[Finding]:
    """Maker or seller on the credit blacklist (company-wide), or on a spot-check failure within its scope
    (brand, model, product, batch), on ``ctx.as_of``; one finding per matched entry."""
    kinds = (ListKind.CREDIT_BLACKLIST, ListKind.SPOT_CHECK_FAILURE)
    return _list_findings(listing, claims, ctx, kinds, FindingCode.BLACKLISTED_ENTITY)


def recalled_product(listing: Listing, claims: Sequence[Claim], ctx: MatchContext) -> list[Finding]:
    """A product of a recall notice's company within the notice's scope (brand, models, product, batches)."""
    return _list_findings(listing, claims, ctx, (ListKind.RECALL,), FindingCode.RECALLED_PRODUCT)
