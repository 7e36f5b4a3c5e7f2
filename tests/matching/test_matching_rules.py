"""Rule cases as data: claims and entities in, expected findings out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pytest
from matching_factories import AS_OF, cert, context, listing, std

from matching import MatchContext, StandardsRegistry, match_listing, parse_standards_csv
from shelfwatch.models import CertType, Claim, FindingCode, Severity

U, W = FindingCode.STANDARD_UNKNOWN, FindingCode.STANDARD_WITHDRAWN
C, B = FindingCode.CERTIFICATE_INVALID, FindingCode.BLACKLISTED_ENTITY
R = FindingCode.RECALLED_PRODUCT
HIGH, MED = Severity.HIGH, Severity.MEDIUM

CREDIT_CODE = "91330106MA28AB1C2D"
BUNDLED_SOURCE = "matching/data/standards.csv (key consumer-goods standards from shared/domain.md §2; each number \
kept with its editions back to its oldest row; covers nothing else)"


@dataclass(frozen=True)
class Case:
    id: str
    claims: tuple[Claim, ...] = ()
    expect: tuple[tuple[FindingCode, Severity, str], ...] = ()
    """(code, severity, subject) of every finding, in order."""
    as_of: date = AS_OF
    maker: str = ""
    seller: str = ""
    mentions: tuple[str, ...] = ()
    """Substrings every finding's explanation must contain."""
    evidence: str = ""
    """Substring every finding's evidence must contain."""
    sources: tuple[str, ...] = field(default=())
    """Expected ``source`` of each finding, when checked."""
    title: str = ""
    brand: str = ""
    model: str = ""
    made_on: str = ""
    """The page's 生产日期 parameter, when it shows one."""


CASES = [
    # --- standards: known, unknown, year-less
    Case("current-known", (std("GB 18401-2010"),)),
    Case("impossible-version", (std("GB 16410-2022"),), ((U, MED, "GB 16410-2022"),),
         mentions=("GB 16410-2020",), evidence="执行标准：GB 16410-2022（param:执行标准）",
         sources=(BUNDLED_SOURCE,)),
    # The bundled registry covers only the numbers it lists: a number it lacks is "not verifiable", no finding.
    Case("unknown-number-uncovered", (std("GB 99999-2020"),)),
    Case("yearless-known", (std("GB/T 14272"),)),
    Case("yearless-listed-number", (std("GB 31241"),)),
    Case("yearless-unknown-uncovered", (std("GB 88888"),)),
    Case("older-than-oldest-listed-edition", (std("GB 2760-2011"),)),
    Case("impossible-version-marker-changed", (std("GB/T 5296.4-2005"),), ((U, MED, "GB/T 5296.4-2005"),)),
    Case("yearless-other-marker", (std("GB/T 5296.4"), std("GB 5296.4"))),
    Case("old-marker-same-version", (std("GB 5296.4-2012"),)),
    Case("recommended-marker-on-mandatory", (std("GB/T 4706.1-2024"),)),
    Case("industry-not-in-registry", (std("QB/T 1333-2018"),)),
    Case("enterprise-skipped", (std("Q/HBJ 0001S-2019"),)),
    Case("group-skipped", (std("T/CGCC 18-2018"),)),
    # --- standards: withdrawn, transitions, upcoming
    Case("withdrawn-mandatory", (std("GB 31241-2014"),), ((W, HIGH, "GB 31241-2014"),),
         mentions=("GB 31241-2022", "2024-01-01", "强制性"), evidence="GB 31241-2014"),
    Case("withdrawn-recommended", (std("GB/T 14272-2011"),), ((W, MED, "GB/T 14272-2011"),),
         mentions=("GB/T 14272-2021",)),
    Case("withdrawn-several-replacements", (std("GB 6675-2003"),), ((W, HIGH, "GB 6675-2003"),),
         mentions=("GB 6675.1-2014", "GB 6675.4-2014")),
    Case("before-withdrawal-date", (std("GB 17761-2018"),), as_of=date(2025, 8, 31)),
    Case("within-transition", (std("GB 17761-2018"),), as_of=date(2025, 10, 15)),
    Case("transition-last-day", (std("GB 17761-2018"),), as_of=date(2025, 11, 30)),
    Case("after-transition", (std("GB 17761-2018"),), ((W, HIGH, "GB 17761-2018"),), as_of=date(2025, 12, 1),
         mentions=("GB 17761-2024", "过渡期至 2025-11-30")),
    Case("upcoming", (std("GB 7718-2025"),)),
    Case("current-future-withdrawal", (std("GB 7718-2011"),)),
    Case("withdrawal-day", (std("GB 7718-2011"),), ((W, HIGH, "GB 7718-2011"),), as_of=date(2027, 3, 16)),
    Case("yearless-never-withdrawn", (std("GB 31241"),)),
    Case("duplicate-claims-once", (std("GB 31241-2014"), std("GB 31241-2014", where="description")),
         ((W, HIGH, "GB 31241-2014"),), evidence="param:执行标准"),
    Case("full-width-value", (std("ＧＢ ３１２４１—２０１４"),), ((W, HIGH, "GB 31241-2014"),),
         evidence="ＧＢ ３１２４１—２０１４"),
    Case("unknown-and-withdrawn", (std("GB 16410-2022"), std("GB 2763-2019")),
         ((U, MED, "GB 16410-2022"), (W, HIGH, "GB 2763-2019"))),
    # --- certificates
    Case("invalid-cert", (cert(CertType.SC, "SC12345678901234", valid=False, note="校验位错误"),),
         ((C, HIGH, "SC12345678901234"),), mentions=("校验位错误", "食品生产许可证")),
    Case("valid-cert", (cert(CertType.CCC, "2022011606454871", valid=True),)),
    Case("unchecked-cert", (cert(CertType.OTHER, "ABC123", valid=None),)),
    # --- blacklist
    # The recall of 杭州某某电器 concerns 某某牌 KT-01 kettles only: the maker's other products are not recalled.
    Case("maker-by-uscc", (cert(CertType.USCC, CREDIT_CODE, valid=True, where="param:统一社会信用代码"),),
         ((B, HIGH, "杭州某某电器有限公司"),), maker="某某电器", evidence="", mentions=("生产企业", "统一社会信用代码")),
    Case("maker-by-uscc-recalled-model",
         (cert(CertType.USCC, CREDIT_CODE, valid=True, where="param:统一社会信用代码"),),
         ((B, HIGH, "杭州某某电器有限公司"), (R, HIGH, "杭州某某电器有限公司")), maker="某某电器",
         title="某某牌 电热水壶 1.7L", brand="某某牌", model="KT-01", evidence="91330106MA28AB1C2D"),
    Case("maker-by-name-credit-only", (), ((B, HIGH, "杭州某某电器有限公司"),),
         maker="杭州某某电器有限公司", mentions=("杭州某某电器有限公司", "匹配字段：名称"),
         sources=("信用公示系统（测试）",), title="某某牌 电饭煲", brand="某某牌", model="RC-30"),
    Case("recall-in-scope", (), ((B, HIGH, "杭州某某电器有限公司"), (R, HIGH, "杭州某某电器有限公司")),
         maker="杭州某某电器有限公司", title="某某牌电热水壶", brand="某某牌", model="KT-01",
         sources=("信用公示系统（测试）", "召回公告（测试）")),
    Case("recall-model-in-title", (), ((B, HIGH, "杭州某某电器有限公司"), (R, HIGH, "杭州某某电器有限公司")),
         maker="杭州某某电器有限公司", title="某某牌 KT01 电热水壶", brand="某某牌", mentions=()),
    Case("recall-other-brand", (), ((B, HIGH, "杭州某某电器有限公司"),), maker="杭州某某电器有限公司",
         title="别牌 电热水壶 KT-01", brand="别牌", model="KT-01"),
    Case("recall-batch-not-shown", (), ((B, HIGH, "杭州某某电器有限公司"), (R, HIGH, "杭州某某电器有限公司")),
         maker="杭州某某电器有限公司", title="某某牌电热水壶", brand="某某牌", model="KT-01"),
    Case("spot-check-product-in-title", (), ((B, MED, "宁波某某文具（集团）有限公司"),),
         maker=" 宁波某某文具(集团)有限公司 ", mentions=("中性笔", "可迁移元素超标", "产品"), title="某某 中性笔 0.5mm 12支"),
    Case("spot-check-other-product", (), maker="宁波某某文具（集团）有限公司", title="某某 笔记本 A5"),
    Case("spot-check-branch", (), ((B, MED, "宁波某某文具（集团）有限公司"),),
         maker="宁波某某文具集团有限公司杭州分公司", title="中性笔", mentions=("分支机构",)),
    Case("maker-short-name", (), ((B, HIGH, "杭州某某电器有限公司"),), maker="杭州某某电器",
         mentions=("一方未写组织形式",)),
    Case("maker-limited-liability-alias", (), ((B, HIGH, "杭州某某电器有限公司"),), maker="杭州市某某电器有限责任公司"),
    Case("maker-other-city", (), maker="宁波某某电器有限公司"),
    Case("maker-no-city", (), ((B, HIGH, "杭州某某电器有限公司"),), maker="某某电器有限公司",
         mentions=("一方未写地名",)),
    Case("maker-no-city-no-form", (), maker="某某电器"),  # a bare 字号 is not unique enough
    Case("maker-other-legal-form", (), maker="杭州某某电器股份有限公司"),
    Case("leading-province-dropped", (), ((B, HIGH, "（浙江）义乌某某玩具有限公司"),), maker="义乌某某玩具有限公司"),
    Case("delisted", (), maker="温州某某鞋业有限公司"),
    Case("delisted-on-the-day", (), maker="温州某某鞋业有限公司", as_of=date(2026, 2, 1)),
    Case("listed-before-delisting", (), ((B, HIGH, "温州某某鞋业有限公司"),), maker="温州某某鞋业有限公司",
         as_of=date(2026, 1, 31)),
    Case("listed-in-future", (), maker="未来某某有限公司"),
    Case("seller", (), ((B, HIGH, "深圳某某贸易有限公司"),), seller="深圳某某贸易有限公司",
         mentions=("销售店铺",), evidence="销售店铺"),
    Case("maker-and-seller-same-entry-once", (), ((B, HIGH, "深圳某某贸易有限公司"),),
         maker="深圳某某贸易有限公司", seller="深圳某某贸易有限公司", evidence="生产企业"),
    Case("same-name-other-code", (cert(CertType.USCC, "91110000MA00000000", valid=True),),
         maker="同名某某有限公司"),
    Case("clean-maker", (), maker="上海某某有限公司", seller="某某旗舰店"),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: Case) -> None:
    item = listing(maker=case.maker, seller=case.seller, title=case.title, brand=case.brand, model=case.model)
    if case.made_on:
        item.params["生产日期"] = case.made_on
    findings = match_listing(item, list(case.claims), context(case.as_of))
    assert [(f.code, f.severity, f.subject) for f in findings] == list(case.expect)
    for finding in findings:
        for text in case.mentions:
            assert text in finding.explanation
        assert case.evidence in finding.evidence
        assert finding.source
    if case.sources:
        assert [f.source for f in findings] == list(case.sources)


def test_enough_cases() -> None:
    assert len(CASES) >= 25


def test_uscc_evidence_is_the_claim() -> None:
    claim = cert(CertType.USCC, CREDIT_CODE, valid=True, where="param:统一社会信用代码")
    findings = match_listing(listing(), [claim], context())
    assert [f.evidence for f in findings] == [f"{CREDIT_CODE}（param:统一社会信用代码）"]
    # The recall notice names the company only; the credit code on the page reaches it through the name.
    kettle = listing(title="某某牌电热水壶", brand="某某牌", model="KT-01")
    findings = match_listing(kettle, [claim], context())
    assert [f.evidence for f in findings] == [f"{CREDIT_CODE}（param:统一社会信用代码）"] * 2
    # The subject is the listed entity, as the list names it, whichever way it was reached.
    assert [f.subject for f in findings] == ["杭州某某电器有限公司"] * 2


def test_status_decides_where_no_withdrawal_date() -> None:
    text = (
        "code,title,kind,status,replaced_by,source\n"
        "GB 1-2000,旧标准,mandatory,withdrawn,GB 1-2020,测试行\n"
        "GB 1-2020,新标准,mandatory,current,,测试行\n"
    )
    ctx = MatchContext(registry=StandardsRegistry(parse_standards_csv(text)), as_of=AS_OF)
    findings = match_listing(listing(), [std("GB 1-2000"), std("GB 1-2020")], ctx)
    assert [(f.code, f.subject, f.source) for f in findings] == [(W, "GB 1-2000", "测试行")]
    assert "已废止，由 GB 1-2020 代替" in findings[0].explanation
