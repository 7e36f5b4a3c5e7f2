"""Cheap first tests that spare a slower search (issue 5, point 6): each must let through every text the search
it guards would find something in. Table-driven: one row per branch of the guarded pattern."""

from __future__ import annotations

import re

import pytest

from extractors import editions, whose
from extractors.editions import mask_history
from extractors.gates import gate
from extractors.whose import mask_denials, mask_other_products

# -- extractors.gates --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("chars", "pattern", "holds"),
    [
        ("b", r"ab|cb", True),
        ("a", r"ab|cb", False),  # "cb" holds no a
        ("ac", r"ab|cb", True),
        ("x", r"(?:y|z)?x", True),
        ("y", r"(?:y|z)?x", False),  # an optional group need not be there
        ("y", r"y*x", False),
        ("y", r"y+x", True),
        ("n", r"(?<!n)ab", False),  # a look-behind consumes nothing
        ("q", r"[pq]r", False),
        ("pq", r"[pq]r", True),
        ("a", r"\da", True),
        ("a", r"(?i:a)b", False),  # case-insensitive: "A" holds no a
    ],
)
def test_gate_is_given_only_when_every_match_holds_one_of_its_characters(chars: str, pattern: str, holds: bool) -> None:
    assert (gate(chars, re.compile(pattern)) is not None) is holds


def test_a_case_insensitive_pattern_has_no_gate() -> None:
    assert gate("b", re.compile("ab", re.I)) is None


@pytest.mark.parametrize(
    "found", [editions._ANY_FORMER, whose._ANY_OTHER_PRODUCT, whose._ANY_DENIAL], ids=["history", "other", "denial"]
)
def test_each_rule_has_its_gate(found: re.Pattern[str] | None) -> None:
    # None would keep every answer but lose the speed: a word added to a rule without one of its gate's characters.
    assert found is not None


# -- the rules behind the gates: one row per branch ------------------------------------------------------------

_BEFORE_WORDS = ("原执行", "原来执行", "以前执行", "之前执行", "原标准", "旧版", "旧国标", "旧标准", "老版", "老国标",
                 "老标准", "代替", "替代", "取代", "代替了", "取代的是", "已作废的", "已废止的")
_AFTER_WORDS = ("已作废", "已废止", "已替代", "已代替", "已取代", "已淘汰", "已被作废", "已被废止", "已被替代", "已被代替",
                "已被取代", "已被淘汰", "被新版替代", "由新标准取代", "停止执行", "停止使用", "不再执行", "不再使用",
                "那种老标准", "这种旧版本", "那个老国标", "的旧版")


@pytest.mark.parametrize("word", _BEFORE_WORDS)
def test_history_gate_passes_every_word_before_a_code(word: str) -> None:
    assert "GB" not in mask_history(f"{word} GB 16410-2007。")


@pytest.mark.parametrize("word", _AFTER_WORDS)
def test_history_gate_passes_every_word_after_a_code(word: str) -> None:
    assert "GB" not in mask_history(f"说明：GB 16410-2007 {word}。")


@pytest.mark.parametrize(
    "word",
    ["另一款", "另个", "某品牌", "别家", "别的牌子", "别人家", "其他品牌", "其它家", "那款", "那瓶", "上一款", "上个", "老款",
     "上次买", "之前用", "以前看", "原来买", "隔壁", "你们家的", "你家那", "我家那", "我那"],
)
def test_other_product_gate_passes_every_pointer(word: str) -> None:
    assert "GB" not in mask_other_products(f"对比过{word}标GB 14748-1993的，没选")


@pytest.mark.parametrize(
    "text",
    ["不是按 GH/T 18796-2012 的等级蜜", "并非依照 GB 1234-2010", "并不是按照 GB 1234-2010", "非依据 GB 1234-2010",
     "不执行 GB 1234-2010", "未执行 GB 1234-2010", "不适用 GB 1234-2010", "成人牙刷执行 GB 19342-2013，与本品不同",
     "GB 1234-2010 和这款无关", "GB 1234-2010 不同于本商品", "内销版另有 GB/T 26701-2011 说明，本款不适用",
     "GB 1234-2010，此款并不适用", "GB 1234-2010，该款不适合", "GB/T 31831-2015 does not apply to this fixture",
     "GB 19865-2005 is not applicable to our blocks", "GB 19865-2005 are not applicable to this"],
)
def test_denial_gate_passes_every_denial(text: str) -> None:
    assert "GB" not in mask_denials(text)


@pytest.mark.parametrize("mask", [mask_history, mask_other_products, mask_denials])
def test_a_text_without_the_words_is_left_as_it_is(mask: object) -> None:
    text = "执行标准：GB 16410-2020，3C认证"
    assert mask(text) is text  # type: ignore[operator]


@pytest.mark.parametrize(
    "text",
    ["3C证书编号：2020010902345678", "2020 0109 0234 5678", "证书编号 20200109023456", "CCC:20200109023456789",
     "1 2020010902345678", "编号:2020010902345678号"],
)
def test_long_number_gate_passes_every_ccc_number(text: str) -> None:
    from extractors.certificates import _LONG_NUMBER, _RULES, CertType

    ccc = next(rule for rule in _RULES if rule.cert_type is CertType.CCC)
    assert ccc.pattern.search(text) is not None
    assert _LONG_NUMBER.search(text) is not None
