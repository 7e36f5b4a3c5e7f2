"""Text folding that keeps a map back to the original, so a claim's ``raw`` is exactly what the shop wrote.

A floor module (stdlib only): the standard-code grammar (``shelfwatch.standard_codes``) and the extractors share it.
Folding is a cached one-character-to-one-character table (applied as ``str.translate`` would, see _translate), so
offsets stay equal to the original's and no per-character map is kept; only text with zero-width characters (which
are dropped) takes the slow path that records where each folded character came from.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from shelfwatch.traditional import SIMPLIFIED, TRADITIONAL

# NFKC leaves these dashes alone; shops use all of them between number and year (GB 21027—2020).
_DASHES = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d")
# Non-breaking and ideographic spaces become plain spaces so one pattern handles them all.
_SPACES = frozenset("\u00a0\u3000\u2002\u2003\u2009\u200a\u202f")
# Invisible format characters are dropped too: direction marks (Amazon writes ``&lrm;`` before every table value,
# which hid ``型号：&lrm;GB-2020`` from the model-label rule), bidi embeddings and isolates, the soft hyphen.
_ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                        "\u2066\u2067\u2068\u2069\u00ad")
_ANY_ZERO_WIDTH = re.compile(f"[{''.join(sorted(_ZERO_WIDTH))}]")


# Traditional characters of the labels and prefixes the code rules read (執行標準, 國妝特字): folded to simplified
# so one rule reads both scripts (shelfwatch/traditional.py, generated from OpenCC).
_SIMPLIFIED = dict(zip(TRADITIONAL, SIMPLIFIED, strict=True))


def _cjk_unchanged() -> str:
    """The CJK block as regex class ranges, the traditional characters above left out (they are looked up)."""
    ranges: list[str] = []
    start = 0x4E00
    for code in sorted(map(ord, _SIMPLIFIED)):
        if start < code:
            ranges.append(f"{chr(start)}-{chr(code - 1)}")
        start = code + 1
    ranges.append(f"{chr(start)}-\u9fff")
    return "".join(ranges)


class _Table(dict[int, str]):
    """Code point -> folded character, computed on first use. A character whose NFKC form is not exactly one
    character (``…``, ``㎏``, ligatures) is kept as it is: no code is written with one, and offsets stay exact."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        if ch in _DASHES:
            piece = "-"
        elif ch in _SPACES:
            piece = " "
        elif ch in _SIMPLIFIED:
            piece = _SIMPLIFIED[ch]
        else:
            piece = unicodedata.normalize("NFKC", ch)
            if len(piece) != 1:
                piece = ch
        self[code] = piece
        return piece


_TABLE = _Table()

# ``str.translate`` looks every character up in the table (about 40 ns each, an int object made per character):
# most of a Chinese page's characters are ASCII or CJK ideographs, which fold to themselves (no NFKC
# decomposition, and none is a dash, space or zero-width character; the traditional ones above are left out), and most of the rest are a few full-width
# signs. So those few are replaced first (``str.replace`` runs in C; each folds to one ASCII character), and the
# table is looked into only for the runs of characters left outside the ASCII, CJK and unchanged-sign ranges.
# The same table decides every character, so the result is what ``text.translate(_TABLE)`` gives.
_COMMON = tuple((ch, _TABLE[ord(ch)]) for ch in "：，（）；！？")
_UNCHANGED = "".join(ch for ch in "。、【】《》「」『』〈〉〔〕…·×¥" if _TABLE[ord(ch)] == ch)
_TO_LOOK_UP = re.compile(f"[^\x00-\x7f{_cjk_unchanged()}{re.escape(_UNCHANGED)}]+")


def _look_up(run: re.Match[str]) -> str:
    return run[0].translate(_TABLE)


def _translate(text: str) -> str:
    for ch, folded in _COMMON:
        if ch in text:
            text = text.replace(ch, folded)
    return _TO_LOOK_UP.sub(_look_up, text)


@dataclass(frozen=True, kw_only=True)
class Folded:
    """Folded text plus, where characters were dropped, the index of the original character of each one."""

    text: str
    """Folded text (NFKC, one dash, one space kind, zero-width characters dropped)."""
    origin: tuple[int, ...] | None
    """``origin[i]`` is the index in the original of folded character ``i``; None when offsets are equal."""
    source: str
    """The original text."""

    def raw(self, start: int, end: int) -> str:
        """The original text behind folded span ``[start, end)``."""
        if start >= end:
            return ""
        if self.origin is None:
            return self.source[start:end]
        return self.source[self.origin[start] : self.origin[end - 1] + 1]


def fold(text: str) -> Folded:
    """Fold ``text`` (per-character NFKC is enough for codes and keeps offsets exact)."""
    if text.isascii():
        return Folded(text=text, origin=None, source=text)
    if _ANY_ZERO_WIDTH.search(text) is None:  # one scan, not one per character kind
        return Folded(text=_translate(text), origin=None, source=text)
    out: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        if ch not in _ZERO_WIDTH:
            out.append(_TABLE[ord(ch)])
            origin.append(i)
    return Folded(text="".join(out), origin=tuple(origin), source=text)
