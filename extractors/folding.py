"""Text folding that keeps a map back to the original, so a claim's ``raw`` is exactly what the shop wrote."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

# NFKC leaves these dashes alone; shops use all of them between number and year (GB 21027—2020).
_DASHES = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d")
# Non-breaking and ideographic spaces become plain spaces so one pattern handles them all.
_SPACES = frozenset("\u00a0\u3000\u2002\u2003\u2009\u200a\u202f")
_ZERO_WIDTH = frozenset("\u200b\u200c\u200d\ufeff")


@dataclass(frozen=True, kw_only=True)
class Folded:
    """NFKC-folded text plus, for each folded character, the index of the original character it came from."""

    text: str
    """Folded text (NFKC, one dash, one space kind, zero-width characters dropped)."""
    origin: tuple[int, ...]
    """``origin[i]`` is the index in the original text of folded character ``i``."""
    source: str
    """The original text."""

    def raw(self, start: int, end: int) -> str:
        """The original text behind folded span ``[start, end)``."""
        if start >= end:
            return ""
        return self.source[self.origin[start] : self.origin[end - 1] + 1]


def fold(text: str) -> Folded:
    """Fold ``text`` character by character (per-character NFKC is enough for codes and keeps offsets exact)."""
    out: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        if ch in _ZERO_WIDTH:
            continue
        if ch in _DASHES:
            piece = "-"
        elif ch in _SPACES:
            piece = " "
        else:
            piece = unicodedata.normalize("NFKC", ch)
        out.append(piece)
        origin.extend([i] * len(piece))
    return Folded(text="".join(out), origin=tuple(origin), source=text)
