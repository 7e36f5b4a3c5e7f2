"""Rule functions: ``(listing, claims, ctx) -> list[Finding]``, pure, one per finding code.

Each finding carries the claim as the page wrote it (``evidence``), the normalized value judged
(``subject``), a Chinese explanation for inspectors, and the source of the reference data it relied on.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date

from matching.blacklist import BlacklistEntry, ListKind, entity_name_keys, normalize_uscc
from matching.codes import CodeParts, parse_code
from matching.context import MatchContext
from matching.labels import CERT_CHECK_SOURCE, CERT_LABELS, KIND_LABELS, LIST_LABELS, ROLE_MAKER, ROLE_SELLER
from matching.registry import StandardKind, StandardRecord, StandardStatus
from shelfwatch.models import CertType, Claim, ClaimKind, Finding, FindingCode, Listing, Severity

# Group (T/) and enterprise (Q/) standards are registered on their own platforms (group-standard platform,
# enterprise self-declaration platform, shared/domain.md §1), never in the national registry: absence here
# says nothing about them. The enterprise self-declaration check belongs to a later rule.
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


def standard_unknown(listing: Listing, claims: Sequence[Claim], ctx: MatchContext) -> list[Finding]:
    """Claimed standards absent from the registry (a year-less claim: only if no version of it is known)."""
    findings: list[Finding] = []
    for claim, parts in standard_claims(claims):
        if parts.prefix.startswith(_NOT_IN_NATIONAL_REGISTRY):
            continue
        versions = ctx.registry.versions(parts.number_code)
        if parts.year is None:
            if versions:
                continue
            explanation = (
                f"商品声称执行标准 {parts.code}（未注明年代号），标准库中未收录该标准号的任何版本，"
                "可能是不存在或编号有误的标准，请核对。"
            )
        elif ctx.registry.lookup(parts.code) is not None:
            continue
        elif versions:
            known = "、".join(r.code for r in versions)
            explanation = (
                f"商品声称执行标准 {parts.code}，但标准库中没有该标准的这一年代号版本（已收录：{known}），"
                "可能是不存在的版本或笔误，请核对。"
            )
        else:
            explanation = (
                f"商品声称执行标准 {parts.code}，标准库中未收录该标准号，可能是不存在或编号有误的标准，"
                "请核对（标准库只收录重点消费品标准，未收录不等于一定不存在）。"
            )
        findings.append(
            Finding(
                code=FindingCode.STANDARD_UNKNOWN,
                severity=Severity.MEDIUM,
                evidence=evidence_of(claim),
                explanation=explanation,
                subject=parts.code,
                source=ctx.registry.source or "标准库",
            )
        )
    return findings


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


def _entry_explanation(who: str, entry: BlacklistEntry, as_of: date) -> str:
    """Chinese explanation of one list membership."""
    details = [f"{entry.listed_on.isoformat()} 列入" if entry.listed_on else ""]
    details += [f"{label}：{value}" for label, value in (
        ("商标", entry.brand), ("产品", entry.product), ("型号", entry.model), ("批次", entry.batch),
        ("原因", entry.reason),
    ) if value]  # fmt: skip
    detail = "，".join(d for d in details if d)
    return (
        f"{who}与{LIST_LABELS[entry.list]}中的「{entry.name}」一致"
        + (f"（{detail}）" if detail else "")
        + f"，截至抓取日 {as_of.isoformat()} 仍在名单内，请核查该商品及经营主体。"
    )


def blacklisted_entity(listing: Listing, claims: Sequence[Claim], ctx: MatchContext) -> list[Finding]:
    """Maker (by name and the page's credit code) or seller (by name) on a list on ``ctx.as_of``;
    one finding per matched entry."""
    # A code that failed its format check identifies nobody; it must not overrule the name either.
    uscc_claims = [
        c for c in claims if c.kind is ClaimKind.CERTIFICATE and c.cert_type is CertType.USCC and c.valid is not False
    ]
    makers: list[Claim | None] = [*uscc_claims] or [None]
    lookups = [(ROLE_MAKER, listing.maker, c) for c in makers] + [(ROLE_SELLER, listing.seller, None)]
    findings: list[Finding] = []
    seen: set[BlacklistEntry] = set()
    for role, name, uscc_claim in lookups:
        code = uscc_claim.value if uscc_claim else None
        for entry in ctx.blacklist.matches(name, code, ctx.as_of):
            if entry in seen:
                continue
            seen.add(entry)
            by_code = uscc_claim is not None and entry.uscc == normalize_uscc(uscc_claim.value)
            by_name = bool(set(entity_name_keys(name)) & set(entity_name_keys(entry.name)))
            # Entries reached through the page's credit code (directly or via the listed name) cite the code.
            if uscc_claim is None or (by_name and not by_code):
                evidence = f"{name}（{role}）"
            else:
                evidence = evidence_of(uscc_claim)
            who = role + (f"「{name}」" if name else "")
            if uscc_claim is not None and not by_name:
                who += f"（统一社会信用代码 {normalize_uscc(uscc_claim.value)}）"
            findings.append(
                Finding(
                    code=FindingCode.BLACKLISTED_ENTITY,
                    severity=_LIST_SEVERITY[entry.list],
                    evidence=evidence,
                    explanation=_entry_explanation(who, entry, ctx.as_of),
                    subject=entry.name,
                    source=entry.source,
                )
            )
    return findings
