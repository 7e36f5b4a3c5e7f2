"""Cheap first tests that spare a slower search (issue 5, point 6): each must let through every text the search
it guards would find something in. Table-driven: one row per branch of the guarded pattern."""

from __future__ import annotations

import pytest

from extractors.editions import mask_history

_BEFORE_WORDS = ("原执行", "原来执行", "以前执行", "之前执行", "原标准", "旧版", "旧国标", "旧标准", "老版", "老国标",
                 "老标准", "代替", "替代", "取代", "代替了", "取代的是", "已作废的", "已废止的")
_AFTER_WORDS = ("已作废", "已废止", "已替代", "已代替", "已取代", "已淘汰", "已被作废", "已被废止", "已被替代", "已被代替",
                "已被取代", "已被淘汰", "被新版替代", "由新标准取代", "停止执行", "停止使用", "不再执行", "不再使用",
                "那种老标准", "这种旧版本", "那个老国标", "的旧版")


@pytest.mark.parametrize("word", _BEFORE_WORDS)
def test_history_gate_passes_every_word_before_a_code(word: str) -> None:
    text = f"{word} GB 16410-2007。"
    assert "GB" not in mask_history(text)


@pytest.mark.parametrize("word", _AFTER_WORDS)
def test_history_gate_passes_every_word_after_a_code(word: str) -> None:
    text = f"说明：GB 16410-2007 {word}。"
    assert "GB" not in mask_history(text)


def test_history_gate_leaves_a_text_without_history_words_as_it_is() -> None:
    text = "执行标准：GB 16410-2020，3C认证"
    assert mask_history(text) is text
