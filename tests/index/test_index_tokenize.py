"""Folding, tokens and the query syntax, as data."""

from __future__ import annotations

import pytest

from index.query import parse_query
from index.tokenize import code_tokens, doc_tokens, fold, terms_of, word_tokens


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("ＧＢ３１２４１", "GB31241"),
        ("羽絨服", "羽绒服"),
        ("兒童電源 積木", "儿童电源 积木"),
        ("GB 21027—2020", "GB 21027-2020"),
        ("执行标准：GB/T　14272", "执行标准:GB/T 14272"),
        ("a\u200bb", "a b"),  # zero-width: a space, so offsets stay one to one
        ("5㎏", "5㎏"),  # NFKC would make it longer (kg): kept
    ],
)
def test_fold_keeps_length(text: str, folded: str) -> None:
    assert fold(text) == folded
    assert len(fold(text)) == len(text)


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("儿童羽绒服", ["儿童", "童羽", "羽绒", "绒服"]),
        ("积木", ["积木"]),
        ("男", ["男"]),
        ("乐高LEGO积木 6675.1", ["乐高", "lego", "积木", "6675", "1"]),
    ],
)
def test_word_tokens(text: str, tokens: list[str]) -> None:
    assert word_tokens(fold(text)) == tokens


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("执行标准：GB/T 14272-2011", ["gbt142722011", "gbt14272", "142722011"]),
        ("GB 4706.1-2005", ["gb470612005", "gb47061", "470612005", "47061"]),
        ("XK16-204-01234", ["xk1620401234", "1620401234"]),
        ("ＧＢ　３１２４１－２０２２", ["gb312412022", "gb31241", "312412022"]),
        ("SC10644011500123", []),  # one run: already one token
        ("羽绒服", []),
    ],
)
def test_code_tokens(text: str, tokens: list[str]) -> None:
    assert code_tokens(fold(text)) == tokens


def test_doc_tokens_keep_run_ends_for_one_character_queries() -> None:
    assert doc_tokens("男士套装 童装").tails == "装 装"


@pytest.mark.parametrize(
    ("query", "tokens"),
    [
        ("GB/T 14272", [("gbt14272",)]),
        ("儿童羽绒服", [("儿童",), ("羽绒", "绒服")]),
        ("罗马仕移动电源", [("罗马", "马仕"), ("移动",), ("电源",)]),  # jieba's lone 仕 rejoins its word
        ("男 羽绒服", [("男",), ("羽绒", "绒服")]),  # what the user spaced apart stays apart
        ("羽绒服 羽绒服", [("羽绒", "绒服")]),
        ('" AND (', [("and",)]),
        ("", []),
    ],
)
def test_terms_of(query: str, tokens: list[tuple[str, ...]]) -> None:
    assert [t.tokens for t in terms_of(query)] == tokens


def test_query_syntax_parts() -> None:
    p = parse_query('"羽绒服 加厚" -童装 brand:乐高 maker:"森马服饰" code:GB/T 14272 platform:jd finding:x 其他:词')
    assert [(c.term.tokens, c.column) for c in p.must] == [
        (("羽绒", "绒服", "加厚"), "any"), (("乐高",), "brand"), (("森马", "马服", "服饰"), "maker"),
        (("gbt14272",), "code"), (("其他",), "any"), (("词",), "any")]
    assert [c.term.tokens for c in p.must_not] == [("童装",)]
    assert p.filters == {"platform": ("jd",), "finding": ("x",)}
    assert parse_query("“羽绒服”").must[0].term.tokens == ("羽绒", "绒服")  # Chinese quotes


@pytest.mark.parametrize(
    ("query", "tokens"),
    [
        ("杭州华兴服饰有限公司", [("杭州",), ("华兴",), ("服饰",)]),
        ("森马服饰股份有限公司", [("森马",), ("服饰",)]),
        ('maker:"三只松鼠股份有限公司"', [("三只", "只松", "松鼠")]),
        ("有限公司", [("有限", "限公", "公司")]),  # nothing in front: kept
    ],
)
def test_legal_form_suffixes_are_not_searched(query: str, tokens: list[tuple[str, ...]]) -> None:
    assert [c.term.tokens for c in parse_query(query).must] == tokens
