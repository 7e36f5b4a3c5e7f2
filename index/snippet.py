"""Snippets cut from the shop's original text, with the matched spans given as offsets (never as markup).

Matching runs on the folded text (``index.tokenize.fold`` keeps offsets one to one), so ``ＧＢ３１２４１`` or
``羽絨服`` in a page is marked when the inspector typed ``GB31241`` or ``羽绒服``; the spans are returned beside
the plain text, and whoever shows them escapes the text first and marks second.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.tokenize import QueryTerm, fold

_SEPARATORS = r"[\s\-./]*"
_BLANKS = re.compile(r"[ \t\r\n]+")


def _pattern(terms: Sequence[QueryTerm]) -> re.Pattern[str] | None:
    parts = []
    for term in terms:
        if term.code:  # match a code however the page spaces or dashes it (GB/T14272 vs GB/T 14272)
            parts.append(_SEPARATORS.join(re.escape(c) for c in term.tokens[0]))
        elif term.text.strip():
            parts.append(r"\s*".join(re.escape(c) for c in term.text.strip() if not c.isspace()))
    if not parts:
        return None
    # Longest first so that 羽绒服 wins over 羽绒 at the same place.
    return re.compile("|".join(sorted(parts, key=len, reverse=True)), re.IGNORECASE)


def make_snippet(
    sources: Sequence[str], terms: Sequence[QueryTerm], width: int = 80
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A ``width``-character window of the first source containing a term, and the matched spans in it."""
    # Line breaks and runs of ASCII blanks become one space; every other character stays as the shop wrote it.
    texts = [_BLANKS.sub(" ", s).strip() for s in sources if s and s.strip()]
    if not texts:
        return "", ()
    pattern = _pattern(terms)
    if pattern is not None:
        for text in texts:
            folded = fold(text)
            first = pattern.search(folded)
            if first is None:
                continue
            start = max(0, first.start() - width // 3)
            end = min(len(text), max(start + width, first.end()))
            spans = tuple((m.start() - start, m.end() - start) for m in pattern.finditer(folded, start, end))
            prefix = "…" if start else ""
            shift = len(prefix)
            window = prefix + text[start:end] + ("…" if end < len(text) else "")
            merged: list[tuple[int, int]] = []
            for a, b in spans:  # adjacent matches (羽绒|外套) read as one marked stretch
                if merged and a <= merged[-1][1]:
                    merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
                elif b > a:
                    merged.append((a, b))
            return window, tuple((a + shift, b + shift) for a, b in merged)
    text = texts[0]
    return text[:width] + ("…" if len(text) > width else ""), ()
