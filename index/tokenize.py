"""Chinese-aware tokenization shared by every search backend.

Neither SQLite's unicode61 tokenizer nor Elasticsearch's standard analyzer knows Chinese words, so documents and
queries are segmented here with jieba and handed to the engine as space-separated tokens. Standard codes and
licence numbers (``GB/T 14272-2011``, ``XK16-204-01234``) would be cut into meaningless pieces by any tokenizer,
so they also get one compact token each (``gbt142722011``, plus ``gbt14272`` without the year).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import cache

import jieba

# Letters (GB, GB/T, QB/T, XK...) then digits, optionally more digit groups joined by - . / or dashes.
_CODE_RE = re.compile(
    r"(?<![A-Za-z0-9])[A-Za-z]{0,6}(?:/[A-Za-z]{1,2})?\s?\d[0-9A-Za-z]*(?:\s?[-./‐–—]\s?\d[0-9A-Za-z]*)*"
)
# A trailing edition year on a standard code (``-2011``): indexed with and without it.
_YEAR_SUFFIX_RE = re.compile(r"\s?[-‐–—]\s?(?:19|20)\d\d$")
# The letter prefix of a code (``GB/T ``), dropped for the number-only variant.
_PREFIX_RE = re.compile(r"^[A-Za-z]{0,6}(?:/[A-Za-z]{1,2})?\s?")
_CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_WORDLIKE_RE = re.compile(r"[^\W_]")  # a letter, digit or Chinese character


@cache
def segmenter() -> jieba.Tokenizer:
    """The jieba tokenizer, initialized once and quiet (no 'Building prefix dict' lines on stderr)."""
    jieba.setLogLevel(logging.WARNING)
    jieba.dt.initialize()
    return jieba.dt


def _compact(code: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", code).lower()


def code_tokens(text: str) -> list[str]:
    """Compact tokens for every multi-part code in ``text``: with and without edition year and letter prefix."""
    out: list[str] = []
    for m in _CODE_RE.finditer(text):
        raw = m.group(0)
        yearless = _YEAR_SUFFIX_RE.sub("", raw)
        for variant in dict.fromkeys((raw, yearless, _PREFIX_RE.sub("", raw), _PREFIX_RE.sub("", yearless))):
            if not variant.isalnum():  # a single run is already one token for every tokenizer
                out.append(_compact(variant))
    return out


def is_cjk(token: str) -> bool:
    """Whether the token contains Chinese characters."""
    return bool(_CJK_RE.search(token))


def doc_words(text: str) -> str:
    """Search-mode jieba tokens plus code tokens, space-separated, for a words column."""
    words = [w for w in segmenter().cut_for_search(text) if _WORDLIKE_RE.search(w)]
    return " ".join(words + code_tokens(text))


def doc_chars(text: str) -> str:
    """Every Chinese character as its own token (non-Chinese runs kept), for phrase matching.

    jieba cuts a word differently depending on its neighbours (加厚羽绒服装 -> 羽绒/服装), so a query word may
    never appear as a document token; a phrase over single characters still finds it.
    """
    return " ".join(_CJK_RE.sub(lambda m: f" {m.group(0)} ", text).split())


@dataclass(frozen=True, kw_only=True)
class QueryTerm:
    """One required term of a user query."""

    text: str
    """The word as segmented (used for snippets)."""
    token: str
    """What to match in a words column (a jieba word or a compact code)."""
    chars: tuple[str, ...] = ()
    """For Chinese words, the single characters to match as a phrase in a chars column."""


def query_terms(query: str) -> list[QueryTerm]:
    """Split a user query into required terms; punctuation and operators are plain text, never syntax."""
    terms: list[QueryTerm] = []
    rest = query
    for m in _CODE_RE.finditer(query):
        raw = m.group(0)
        if not raw.isalnum():
            terms.append(QueryTerm(text=raw.strip(), token=_compact(raw)))
            rest = rest.replace(raw, " ", 1)
    for word in segmenter().cut(rest):
        word = word.strip()
        if not _WORDLIKE_RE.search(word):
            continue
        chars = tuple(c for c in word if not c.isspace()) if is_cjk(word) else ()
        terms.append(QueryTerm(text=word, token=word.lower(), chars=chars))
    unique: dict[str, QueryTerm] = {}
    for term in terms:
        unique.setdefault(term.token, term)
    return list(unique.values())
