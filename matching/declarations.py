"""Enterprise standards (Q/…) and their public self-declarations.

Under the Standardization Law (art. 27) an enterprise must self-declare on the enterprise-standard public platform
the standards it makes its products to (shared/domain.md §1). A list of declarations (an export of the platform,
or an inspector's own collection) is imported with ``shelfwatch declarations import FILE.csv``:
``uscc,maker,standard,title,declared_on,source`` (or the Chinese headers 统一社会信用代码, 企业名称, 标准编号, 标准名称,
声明日期). Like a registry, such a list is complete only for what it holds: for a maker it lists, a claimed Q/
standard that maker has not declared (by the judging date) is ``enterprise_standard_undeclared``; for a maker it
does not list, the claim is "not verifiable".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from matching.blacklist import normalize_uscc
from matching.codes import parse_code
from matching.context import MatchContext
from matching.csvfile import CsvFileError, Dialect, Row, read_rows
from matching.entities import parse_name
from matching.rules import evidence_of, standard_claims
from shelfwatch.models import CertType, Claim, ClaimKind, Finding, FindingCode, Listing, Severity, UnverifiedClaim


class DeclarationFileError(CsvFileError):
    """A self-declaration list that cannot be imported (message: file, line, column, value)."""


@dataclass(frozen=True, kw_only=True)
class SelfDeclaration:
    """One standard one enterprise declared."""

    maker: str
    """Enterprise name as declared."""
    standard: str
    """Canonical code (``Q/JCDQ 0001S-2023``)."""
    uscc: str = ""
    """Unified social credit code, upper case; empty if the list gives none."""
    title: str = ""
    declared_on: date | None = None
    """Date made public; None: treated as declared before any listing."""
    source: str = ""


_DIALECT = Dialect(
    headers={
        **{c: c for c in ("uscc", "maker", "standard", "title", "declared_on", "source")},
        "统一社会信用代码": "uscc", "企业名称": "maker", "标准编号": "standard", "标准号": "standard",
        "标准名称": "title", "声明日期": "declared_on", "公开日期": "declared_on", "发布日期": "declared_on",
    },
    required=frozenset({"maker", "standard"}),
    strict=False,
)


def _declaration(row: Row) -> SelfDeclaration:
    text = row.required("standard")
    parts = parse_code(text, lenient=False)
    if parts is None:
        raise row.fail("standard", "is not a standard code (e.g. Q/JCDQ 0001S-2023)", value=text)
    return SelfDeclaration(
        maker=row.required("maker"), standard=parts.code, uscc=normalize_uscc(row.text("uscc")),
        title=row.text("title"), declared_on=row.optional_date("declared_on"),
        source=row.text("source") or f"{row.file} line {row.line}",
    )


def parse_declarations_csv(source: str | Path) -> list[SelfDeclaration]:
    """Every declaration of a CSV/XLSX list, or ``DeclarationFileError`` naming the first bad line and column."""
    return [_declaration(row) for row in read_rows(source, dialects=(_DIALECT,), error=DeclarationFileError)]


def _maker_key(name: str) -> str:
    parts = parse_name(name)
    return "|".join((*parts.places[:1], parts.core))


def _numberless(code: str) -> str:
    parts = parse_code(code)
    return parts.number_code if parts is not None else code


class Declarations:
    """Declarations by maker (credit code, and name taken apart as in ``matching.entities``)."""

    def __init__(self, declarations: Iterable[SelfDeclaration]) -> None:
        self._all = tuple(declarations)
        self._by_uscc: dict[str, list[SelfDeclaration]] = {}
        self._by_name: dict[str, list[SelfDeclaration]] = {}
        for d in self._all:
            if d.uscc:
                self._by_uscc.setdefault(d.uscc, []).append(d)
            self._by_name.setdefault(_maker_key(d.maker), []).append(d)

    def of_maker(self, name: str, usccs: Sequence[str]) -> list[SelfDeclaration] | None:
        """The maker's declarations; None when the list does not hold the maker at all."""
        for code in usccs:
            if (found := self._by_uscc.get(normalize_uscc(code))) is not None:
                return found
        if name.strip():
            return self._by_name.get(_maker_key(name))
        return None

    def __len__(self) -> int:
        return len(self._all)


def _enterprise_claims(claims: Sequence[Claim]) -> list[tuple[Claim, str]]:
    return [(c, p.code) for c, p in standard_claims(claims) if p.prefix.startswith("Q/")]


def _maker_codes(claims: Sequence[Claim]) -> list[str]:
    return [c.value for c in claims
            if c.kind is ClaimKind.CERTIFICATE and c.cert_type is CertType.USCC and c.valid is not False]


def _declared(code: str, declared: list[SelfDeclaration], as_of: date) -> bool:
    wanted = {code, _numberless(code)}
    return any((d.standard in wanted or _numberless(d.standard) in wanted)
               and (d.declared_on is None or d.declared_on <= as_of) for d in declared)


def enterprise_standard_undeclared(listing: Listing, claims: Sequence[Claim], ctx: MatchContext) -> list[Finding]:
    """Claimed Q/ standards that a maker held by the declaration list has not declared by ``ctx.as_of``."""
    out = []
    for claim, code in _enterprise_claims(claims):
        declared = ctx.declarations.of_maker(listing.maker, _maker_codes(claims))
        if declared is None or _declared(code, declared, ctx.as_of):
            continue
        known = "、".join(sorted({d.standard for d in declared}))
        out.append(Finding(
            code=FindingCode.ENTERPRISE_STANDARD_UNDECLARED,
            severity=Severity.MEDIUM,
            evidence=evidence_of(claim),
            explanation=(
                f"商品声称执行企业标准 {code}，生产企业「{listing.maker or declared[0].maker}」在企业标准信息公共服务平台"
                f"自我声明名单中只声明了 {known}（来源：{declared[0].source}），截至 {ctx.as_of.isoformat()} 未声明该标准。"
                "依《标准化法》第二十七条，企业执行的企业标准应当自我声明公开，请核实。"
            ),
            subject=code,
            source=declared[0].source,
            reference="企业标准自我声明名单",
        ))
    return out


def unverified_enterprise_standards(listing: Listing, claims: Sequence[Claim], ctx: MatchContext) -> list[UnverifiedClaim]:
    """Claimed Q/ standards of makers the declaration list does not hold: not verifiable, no finding."""
    if not len(ctx.declarations):
        return []  # no list loaded: enterprise standards are simply not checked
    return [
        UnverifiedClaim(
            subject=code, evidence=evidence_of(claim),
            explanation=(f"商品声称执行企业标准 {code}，已加载的企业标准自我声明名单未收录该生产企业，无法核验是否已声明。"
                         "导入覆盖该企业的自我声明名单后可重新判定。"),
            reference=f"企业标准自我声明名单（{len(ctx.declarations)} 条）",
        )
        for claim, code in _enterprise_claims(claims)
        if ctx.declarations.of_maker(listing.maker, _maker_codes(claims)) is None
    ]
