"""Entity resolution of maker and seller names, and the scope of recalls and spot-check failures, as tables."""

from __future__ import annotations

from datetime import date

import pytest
from matching_factories import listing

from matching import Blacklist, parse_blacklist_csv
from matching.blacklist import NAME_MATCH_THRESHOLD
from matching.entities import (
    EntityNamesFileError,
    bundled_name_rules,
    compare_names,
    parse_name,
    parse_name_rules,
)
from matching.scope import batch_agrees, check_scope

PARSE = [
    # name, places, core, form, branch
    ("深圳市速能电子科技有限公司", ("深圳",), "速能电子科技", "有限公司", ""),
    ("深圳速能电子科技", ("深圳",), "速能电子科技", "", ""),
    ("（广东）深圳市速能电子科技有限责任公司", ("广东", "深圳"), "速能电子科技", "有限公司", ""),
    ("恒信（浙江）电器有限公司", ("浙江",), "恒信电器", "有限公司", ""),
    ("恒信 (浙江) 电器有限公司", ("浙江",), "恒信电器", "有限公司", ""),
    ("ＡＢＣ电子（深圳）有限公司", ("深圳",), "abc电子", "有限公司", ""),
    ("宁波市鄞州区佳厨电器有限公司", ("宁波",), "佳厨电器", "有限公司", ""),
    ("上海市浦东新区某某贸易有限公司", ("上海",), "某某贸易", "有限公司", ""),
    ("某某有限公司杭州分公司", (), "某某", "有限公司", "杭州分公司"),
    ("宁波某某文具（集团）有限公司", ("宁波",), "某某文具", "有限公司", ""),
    ("宁波某某文具集团有限公司", ("宁波",), "某某文具", "有限公司", ""),
    ("杭州某某股份有限公司", ("杭州",), "某某", "股份公司", ""),
    ("乐萌 母婴专营店", (), "乐萌母婴专营店", "", ""),
    ("北京", (), "北京", "", ""),  # a place name that is the whole name stays the core
]


@pytest.mark.parametrize(("name", "places", "core", "form", "branch"), PARSE, ids=[p[0] for p in PARSE])
def test_parse_name(name: str, places: tuple[str, ...], core: str, form: str, branch: str) -> None:
    parts = parse_name(name)
    assert (parts.places, parts.core, parts.form, parts.branch) == (places, core, form, branch)


ENTRY = "深圳市速能电子科技有限公司"
COMPARE = [
    # page name, same entity at the default threshold, a word expected in ``how``
    ("深圳市速能电子科技有限公司", True, "名称一致"),
    ("深圳市 速能电子科技 有限公司", True, "名称一致"),
    ("深圳速能电子科技有限责任公司", True, "字号一致"),
    ("（广东）深圳市速能电子科技有限公司", True, "字号一致"),
    ("速能电子科技有限公司", True, "一方未写地名"),
    ("深圳速能电子科技", True, "一方未写组织形式"),
    ("深圳市速能电子科技有限公司龙华分公司", True, "分支机构"),
    ("速能电子科技", False, "一方未写地名"),  # neither place nor form: a bare 字号 is not unique
    ("深圳市速能电子科技股份有限公司", False, "组织形式不同"),
    ("广州市速能电子科技有限公司", False, "地名不同"),
    ("速能电子科技（江苏）有限公司", False, "地名不同"),
    ("深圳市速能电子技术有限公司", False, "字号相近"),
    ("深圳市迅能电子科技有限公司", False, "字号相近"),
]


@pytest.mark.parametrize(("name", "same", "how"), COMPARE, ids=[c[0] for c in COMPARE])
def test_compare_names(name: str, same: bool, how: str) -> None:
    match = compare_names(parse_name(ENTRY), parse_name(name))
    assert (match.score >= NAME_MATCH_THRESHOLD) is same, match
    assert any(how in h for h in match.how), match


def test_compare_is_symmetric() -> None:
    for name, _, _ in COMPARE:
        a, b = parse_name(ENTRY), parse_name(name)
        assert compare_names(a, b).score == compare_names(b, a).score


def test_city_within_province_is_no_conflict() -> None:
    assert compare_names(parse_name("浙江某某玩具有限公司"), parse_name("义乌某某玩具有限公司")).score > 0
    assert compare_names(parse_name("江苏某某玩具有限公司"), parse_name("义乌某某玩具有限公司")).score == 0


def test_word_list_cites_sources_and_errors_name_the_cell() -> None:
    rules = bundled_name_rules()
    assert ("有限责任公司", "有限公司") in rules.legal_forms and "分公司" in rules.branches
    assert rules.places["义乌"] == "浙江" and len(rules.places) > 100
    with pytest.raises(EntityNamesFileError, match='line 2, column "kind"'):
        parse_name_rules("kind,form,canonical,source\nsuffix,省,,x\n")


BLACKLIST = Blacklist(parse_blacklist_csv(
    "list,name,uscc,brand,product,model,batch,reason,listed_on,delisted_on,source\n"
    "credit_blacklist,深圳市速能电子科技有限公司,91440306MADD272H4M,,,,,,2024-11-05,,测试\n"
    "credit_blacklist,东莞市速能电子科技有限公司,,,,,,,2024-11-05,2025-01-01,测试（已移出）\n"
))


def test_resolve_carries_score_and_fields() -> None:
    (by_code,) = BLACKLIST.resolve("", "91440306MADD272H4M", date(2026, 1, 1))
    assert (by_code.score, by_code.fields) == (1.0, ("统一社会信用代码",))
    (both,) = BLACKLIST.resolve("深圳市速能电子科技有限公司", "91440306MADD272H4M", date(2026, 1, 1))
    assert both.fields == ("统一社会信用代码", "名称")
    (by_name,) = BLACKLIST.resolve("深圳速能电子科技", None, date(2026, 1, 1))
    assert by_name.fields == ("名称",) and 0.9 <= by_name.score < 1.0 and "一方未写组织形式" in by_name.how
    # Another credit code on the page: the same name is another company.
    assert BLACKLIST.resolve("深圳市速能电子科技有限公司", "91440300MA5ABCDE1F", date(2026, 1, 1)) == []


def test_delisted_entry_stops_matching_on_its_delisting_date() -> None:
    assert BLACKLIST.matches("东莞市速能电子科技有限公司", None, date(2024, 12, 31))
    assert not BLACKLIST.matches("东莞市速能电子科技有限公司", None, date(2025, 1, 1))


SCOPE = [
    # brand, model, product, batch | listing title, brand, model, 生产日期 | within, matched, unchecked
    ("佳厨", "JC-1801", "电热水壶", "", "佳厨电热水壶", "佳厨", "JC-1801", "", True, ("商标", "型号"), ()),
    ("佳厨", "JC-1801", "电热水壶", "", "佳厨电热水壶 JC1801", "", "", "", True, ("商标", "型号"), ()),
    ("佳厨", "JC-1801", "电热水壶", "", "佳厨电热水壶", "佳厨", "JC-1802", "", False, (), ()),
    ("佳厨", "JC-1801", "", "", "美厨电热水壶", "美厨", "JC-1801", "", False, (), ()),
    ("", "JC-1801、JC-1802", "", "", "电热水壶", "", "JC-1802", "", True, ("型号",), ()),
    ("", "", "电热水壶", "", "佳厨 电热水壶 1.7L", "", "", "", True, ("产品",), ()),
    ("", "", "电热水壶", "", "佳厨 电饭煲", "", "", "", False, (), ()),
    ("佳厨", "JC-1801", "", "20240301-20240630", "佳厨壶", "佳厨", "JC-1801", "", True, ("商标", "型号"), ("批次",)),
    ("佳厨", "JC-1801", "", "20240301-20240630", "佳厨壶", "佳厨", "JC-1801", "2024-05-10", True,
     ("商标", "型号", "批次"), ()),
    ("佳厨", "JC-1801", "", "20240301-20240630", "佳厨壶", "佳厨", "JC-1801", "2024年7月2日", False, (), ()),
    ("", "", "", "", "任何商品", "", "", "", True, (), ()),
]


@pytest.mark.parametrize(
    ("brand", "model", "product", "batch", "title", "l_brand", "l_model", "made_on", "within", "matched", "unchecked"),
    SCOPE,
)
def test_scope(brand: str, model: str, product: str, batch: str, title: str, l_brand: str, l_model: str,
               made_on: str, within: bool, matched: tuple[str, ...], unchecked: tuple[str, ...]) -> None:
    item = listing(title=title, brand=l_brand, model=l_model)
    if made_on:
        item.params["生产日期"] = made_on
    check = check_scope(brand, model, product, batch, item)
    assert check.within is within
    if within:
        assert (check.matched, check.unchecked) == (matched, unchecked)


@pytest.mark.parametrize(
    ("entry", "shown", "agrees"),
    [
        ("2025-03", "2025-03-18", True),
        ("2025-03", "2025-04-01", False),
        ("2025-12", "2025-12-31", True),
        ("2024-05批次", "2024年5月", True),
        ("20240301-20240630", "20240630", True),
        ("批号 A2301", "A2301", True),
        ("批号 A2301", "B7", None),
    ],
)
def test_batch_agrees(entry: str, shown: str, agrees: bool | None) -> None:
    assert batch_agrees(entry, shown) is agrees
