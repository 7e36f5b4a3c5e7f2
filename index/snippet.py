"""Snippets cut from the original text, not from the engine's token stream.

Both backends index space-separated jieba tokens, so an engine-made snippet would read ``儿童 羽绒 羽绒服``;
highlighting the original text around the query terms reads like the page.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.tokenize import QueryTerm

OPEN, CLOSE = "[", "]"
"""Markers around matched terms in a snippet."""


def _pattern(terms: Sequence[QueryTerm]) -> re.Pattern[str] | None:
    parts = []
    for term in terms:
        if term.text.replace(" ", "").isalnum() and term.text.lower() == term.token:
            parts.append(re.escape(term.text))
        else:  # a code: match it however the page spaces or dashes it (GB/T14272 vs GB/T 14272)
            parts.append(r"[\s\-./‐–—]*".join(re.escape(c) for c in term.token))
    if not parts:
        return None
    # Longest first so that 羽绒服 wins over 羽绒 at the same place.
    return re.compile("|".join(sorted(parts, key=len, reverse=True)), re.IGNORECASE)


def make_snippet(sources: Sequence[str], terms: Sequence[QueryTerm], width: int = 80) -> str:
    """A ``width``-character window of the first source that contains a term, terms marked."""
    texts = [" ".join(s.split()) for s in sources if s and s.strip()]
    pattern = _pattern(terms)
    for text in texts:
        first = pattern.search(text) if pattern else None
        if first is None or pattern is None:
            continue
        start = max(0, first.start() - width // 3)
        end = min(len(text), start + width)
        window = pattern.sub(lambda m: f"{OPEN}{m.group(0)}{CLOSE}", text[start:end])
        return ("…" if start else "") + window + ("…" if end < len(text) else "")
    if not texts:
        return ""
    return texts[0][:width] + ("…" if len(texts[0]) > width else "")
