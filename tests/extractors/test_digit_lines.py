"""The grammars scan only a text's lines that hold a digit: the same hits as scanning the whole text.

``shelfwatch.folding.DigitLines`` is a shortcut, so it is tested against the long way round: the same texts read
with the shortcut switched off (a view that is the whole text, offsets unshifted). The lines mix codes and numbers
with the digitless lines that change how they are read (a model label ending the line before, a 3C mention near a
bare number, a certificate label alone on its line, a shop's own licence), in every order.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.certificates import certificate_hits
from shelfwatch.folding import DigitLines, Folded, digit_lines, fold
from shelfwatch.standard_codes import find_codes

LINES = [
    "执行标准：GB/T 14272-2011 合格品",
    "GB 4806.1、4806.7-2016",
    "型号：",
    "GB 200",
    "3C认证",
    "CCC认证",
    "证书编号：",
    "2021010901234567",
    "1234567890123456",
    "认证证书号：2019011606123456",
    "统一社会信用代码：ABCDEFGHIJKLMNOPQR",
    "统一社会信用代码：91330100MA2H0ABC1X",
    "本店营业执照：91330100MA2H0ABC1X",
    "卫妆准字ABCD",
    "生产许可证编号：SC10633011000123",
    "Q/ABC0002S",
    "16 GB 3200",
    "品牌：好孩子",
    "",
    "  ",
    "ＧＢ／Ｔ　１２３４—２００８",
    "商品系列：263C证书编号：2021010901234567",
]


class _WholeText:
    """The shortcut switched off: the "digit lines" are the whole text."""

    def __get__(self, folded: Folded, owner: type) -> DigitLines:
        return DigitLines(text=folded.text, starts=(0,), shifts=(0,))


def _read(text: str) -> tuple[list[object], list[object]]:
    folded = fold(text)
    return find_codes(folded), certificate_hits(folded)


def _read_whole(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[list[object], list[object]]:
    with monkeypatch.context() as patched:
        patched.setattr(Folded, "digit_lines", _WholeText())
        return _read(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(LINES), min_size=1, max_size=12))
def test_digit_lines_find_what_the_whole_text_holds(lines: list[str]) -> None:
    text = "\n".join(lines)
    with pytest.MonkeyPatch.context() as monkeypatch:
        assert _read(text) == _read_whole(text, monkeypatch)


def test_the_shortcut_is_taken_and_finds_across_removed_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    # The model label on a digitless line still rules out the code under it; the CCC mention two lines up still
    # makes the bare number a CCC certificate.
    text = "型号：\nGB 200\n品牌：好孩子\nCCC认证\n品牌：好孩子\n证书编号：\n1234567890123456"
    assert digit_lines(text).text == "GB 200\n1234567890123456"
    codes, certificates = _read(text)
    assert codes == [] and [hit.raw for hit in certificates] == ["1234567890123456"]
    assert (codes, certificates) == _read_whole(text, monkeypatch)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("", ""),
        ("无数字", ""),
        ("a1\nb\nc2\nd3\n\ne", "a1\nc2\nd3"),
        ("\n\n1\n", "1"),
        ("٣ Arabic-Indic digit\nx", "٣ Arabic-Indic digit"),  # \d reads every decimal digit, as the patterns do
    ],
)
def test_digit_lines_keep_whole_lines_and_map_back(text: str, kept: str) -> None:
    lines = digit_lines(text)
    assert lines.text == kept
    assert all(lines.text[i] == text[i + lines.shift(i)] for i in range(len(lines.text)))
