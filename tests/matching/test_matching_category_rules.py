"""Category rules as tables: placement confidence, the rulebook, missing standards and certificates, misfits."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pytest
from matching_factories import cert, listing, std

from matching import MatchContext, load_bundled_categories, match_listing
from matching.bundled import load_bundled_registry, load_bundled_rulebook
from matching.categories import LOW_CONFIDENCE, place
from matching.category_rules import certificate_missing, mandatory_standard_missing, standard_inapplicable
from matching.rulebook import RequirementKind, Rulebook, RulebookFileError, parse_rulebook_csv
from shelfwatch.models import CertType, Claim, FindingCode

CATEGORIES = load_bundled_categories()
CTX = MatchContext(registry=load_bundled_registry(), as_of=date(2026, 12, 1), categories=CATEGORIES,
                   rulebook=load_bundled_rulebook())


def test_taxonomy_has_twenty_categories_with_sources_and_ccc_codes() -> None:
    assert len(CATEGORIES) >= 20 and all(c.source for c in CATEGORIES)
    codes = {code for c in CATEGORIES for code in c.ccc_codes}
    assert {"0707", "0709", "0713", "0201"} <= codes
    assert all(len(code) == 4 and code.isdigit() for code in codes)
    keys = {c.key for c in CATEGORIES}
    assert {r.category for r in parse_rulebook_csv(_bundled_rulebook())} <= keys


def _bundled_rulebook() -> str:
    from matching.bundled import bundled_rulebook_path

    return str(bundled_rulebook_path())


@pytest.mark.parametrize(
    ("title", "category", "params", "key", "confident"),
    [
        ("罗马仕 20000毫安充电宝 快充", "", "", "power_banks", True),
        ("苏泊尔 电热水壶 1.7L", "", "", "small_appliances", True),
        ("男女通用 四季款", "", "类目 头盔", "helmets", False),  # a parameter alone: placed, not sure
        ("送礼 正品", "头盔", "", "helmets", True),  # the shop's own 类目 says so
        ("儿童书包 玩具收纳", "", "", None, False),  # a tie
        ("儿童安全座椅 0-12岁", "", "", "child_car_seats", True),
        ("格力 变频空调 1.5匹", "", "", "large_appliances", True),
        ("公牛 插线板 6位", "", "", "sockets", True),
        ("纯棉四件套 床单被套", "", "", "bedding", True),
    ],
)
def test_placement_confidence(title: str, category: str, params: str, key: str | None, confident: bool) -> None:
    placed = place(CATEGORIES, title=title, category=category, params=params)
    assert placed.key == key
    assert (placed.confidence >= LOW_CONFIDENCE) is confident, placed


@dataclass(frozen=True)
class Case:
    id: str
    category: str
    claims: tuple[Claim, ...] = ()
    expect: tuple[tuple[FindingCode, str], ...] = ()
    confidence: float = 1.0
    title: str = "测试商品"
    params: dict[str, str] = field(default_factory=dict)
    as_of: date = date(2026, 12, 1)


M, C, X = FindingCode.MANDATORY_STANDARD_MISSING, FindingCode.CERTIFICATE_MISSING, FindingCode.STANDARD_INAPPLICABLE
CCC = cert(CertType.CCC, "2022011606454871", valid=True)
CASES = [
    Case("all-present", "power_banks", (std("GB 31241-2022"), std("GB 4943.1-2022"), CCC)),
    Case("missing-one", "power_banks", (std("GB 31241-2022"), CCC), ((M, "GB 4943.1"),)),
    Case("yearless-counts", "power_banks", (std("GB 31241"), std("GB 4943.1"), CCC)),
    Case("withdrawn-edition-counts", "power_banks", (std("GB 31241-2014"), std("GB 4943.1-2022"), CCC)),
    Case("nothing-claimed", "helmets", (), ((M, "GB 811"), (C, "ccc"))),
    Case("invalid-cert-is-not-missing", "power_banks",
         (std("GB 31241-2022"), std("GB 4943.1-2022"), cert(CertType.CCC, "123", valid=False))),
    Case("ccc-not-yet-required", "power_banks", (std("GB 31241-2022"), std("GB 4943.1-2022")), as_of=date(2024, 7, 31)),
    Case("ccc-required-from", "power_banks", (std("GB 31241-2022"), std("GB 4943.1-2022")), ((C, "ccc"),),
         as_of=date(2024, 8, 1)),
    Case("marker-changed-counts", "children_clothing", (std("GB/T 18401-2010"), std("GB 31701-2015"))),
    Case("text-condition-absent", "furniture", (std("GB 18584-2024"),), title="实木书桌"),
    Case("text-condition-present", "furniture", (std("GB 18584-2024"),), ((M, "GB 18580"),),
         params={"材质": "人造板"}),
    Case("low-confidence-judges-nothing", "helmets", (), confidence=0.33),
    Case("unplaced-judges-nothing", "", ()),
    Case("toy-standard-on-power-bank", "power_banks",
         (std("GB 31241-2022"), std("GB 4943.1-2022"), std("GB 6675.1-2014"), CCC), ((X, "GB 6675.1-2014"),),
         title="20000毫安充电宝"),
    Case("fitting-standard", "small_appliances", (std("GB 4706.1-2024"), std("GB 4806.9-2023"), CCC),
         title="不锈钢电热水壶"),
    Case("registry-lacks-category-but-title-fits", "food_contact",
         (std("GB 4806.1"), std("GB 18401-2010")), title="纺织品安全技术规范 纯棉杯套"),
    Case("unknown-standard-is-not-inapplicable", "power_banks",
         (std("GB 31241-2022"), std("GB 4943.1-2022"), std("QB/T 1-2020"), CCC)),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_category_rule_case(case: Case) -> None:
    item = listing(title=case.title)
    item.params.update(case.params)
    item.category_key, item.category_confidence = case.category, case.confidence
    ctx = MatchContext(registry=CTX.registry, as_of=case.as_of, categories=CATEGORIES, rulebook=CTX.rulebook)
    rules = (standard_inapplicable, mandatory_standard_missing, certificate_missing)
    found = match_listing(item, list(case.claims), ctx, rules=rules)
    assert [(f.code, f.subject) for f in found] == list(case.expect)
    for f in found:
        assert f.source and "归类置信度" in f.explanation


def test_explanations_name_the_rule_and_its_source() -> None:
    item = listing(title="男女通用头盔")
    item.category_key, item.category_confidence = "helmets", 1.0
    [missing, no_ccc] = match_listing(item, [], CTX, rules=(mandatory_standard_missing, certificate_missing))
    assert "GB 811" in missing.explanation and "GB 811-2022" in missing.source
    assert missing.evidence == "页面未标注任何执行标准"
    assert "CCC" in no_ccc.explanation and "2023-07-01" in no_ccc.explanation


@pytest.mark.parametrize(
    ("row", "column"),
    [
        ("toys,standard,GB 6675.1,,x", "requirement"),
        ("toys,mandatory_standard,GB 6675.1-2014,,x", "value"),
        ("toys,certificate,iso9001,,x", "value"),
        ("toys,certificate,ccc,from=2024-13-01,x", "applies_when"),
        ("toys,certificate,ccc,when raining,x", "applies_when"),
    ],
)
def test_broken_rulebook_names_line_and_column(row: str, column: str) -> None:
    with pytest.raises(RulebookFileError) as err:
        parse_rulebook_csv(f"category,requirement,value,applies_when,source\n{row}\n")
    assert (err.value.line, err.value.column) == (2, column)


def test_rulebook_conditions() -> None:
    [req] = parse_rulebook_csv("category,requirement,value,applies_when,source\n"
                               "ebikes,mandatory_standard,GB 43854,text~锂|锂电;from=2024-11-01,x\n")
    assert req.words == ("锂", "锂电") and req.since == date(2024, 11, 1)
    assert req.applies("48v锂电池电动车", date(2025, 1, 1)) and not req.applies("铅酸电池", date(2025, 1, 1))
    assert not req.applies("锂电池", date(2024, 10, 31))
    assert Rulebook([req]).for_category("ebikes", RequirementKind.MANDATORY_STANDARD) == [req]
