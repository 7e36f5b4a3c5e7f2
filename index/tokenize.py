"""Folding and tokenization shared by every search backend (documents and queries go through the same code).

Folding: NFKC (full-width ``ＧＢ３１２４１`` -> ``GB31241``), one kind of dash and space, and traditional to
simplified Chinese with OpenCC's ``t2s`` table (``羽絨服`` -> ``羽绒服``), so a query matches however either side
wrote it.

Tokens: Chinese runs become overlapping character bigrams (儿童羽绒服 -> 儿童 童羽 羽绒 绒服), the scheme of
Lucene's CJK analyzer. A two-character word (积木, 电源) is then exactly one token, a longer word or phrase is a
phrase query over its bigrams, and no dictionary decides in advance where a shop's words begin (jieba cut
加厚羽绒服装 as 羽绒/服装, so 羽绒服 could not be found). The last character of every run is also kept alone in a
``tail`` column, so a one-character query (男, 服) finds it as a prefix of some token. Latin letters and digits
stay whole words, lowercased. Standard codes and licence numbers (``GB/T 14272-2011``, ``XK16-204-01234``) would be
cut into meaningless pieces, so they also get one compact token each (``gbt142722011``, plus ``gbt14272`` without
the year and ``142722011`` without the letters).

Queries are segmented with jieba (a query is short, so its cost does not matter) only to split an unspaced query
into words that must each appear (儿童羽绒服 -> 儿童 + 羽绒服), each then matched as a bigram phrase.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

import jieba
import opencc

# Letters (GB, GB/T, QB/T, XK...) then digits, optionally more digit groups joined by - . / or dashes.
CODE_RE = re.compile(
    r"(?<![A-Za-z0-9])[A-Za-z]{0,6}(?:/[A-Za-z]{1,2})?\s?\d[0-9A-Za-z]*(?:\s?[-./]\s?\d[0-9A-Za-z]*)*"
)
# A trailing edition year on a standard code (``-2011``): indexed with and without it.
_YEAR_SUFFIX_RE = re.compile(r"\s?-\s?(?:19|20)\d\d$")
# The letter prefix of a code (``GB/T ``), dropped for the number-only variant.
_PREFIX_RE = re.compile(r"^[A-Za-z]{0,6}(?:/[A-Za-z]{1,2})?\s?")
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_RE = re.compile(f"[{_CJK}]")
# A run of Chinese characters (group 1), or a run of letters/digits (group 2); every other character separates
# tokens. ``findall`` says which kind each run is without matching it again.
_RUNS_RE = re.compile(f"([{_CJK}]+)|([^\\W_{_CJK}]+)")
_TAIL_RE = re.compile(f"[{_CJK}]{{2,}}")
_WORDLIKE_RE = re.compile(r"[^\W_]")

# NFKC leaves these dashes alone; shops use all of them between number and year (GB 21027—2020).
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_SPACES = "\u00a0\u3000\u2002\u2003\u2009\u200a\u202f"
_ZERO_WIDTH = "\u200b\u200c\u200d\ufeff"
# One-to-one replacements done with str.translate before (rarely needed) per-character NFKC: the full-width ASCII
# block, dashes, spaces. Zero-width characters become spaces (not removed) so that offsets stay one to one.
_TABLE: dict[int, str | int] = {
    **{cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)},
    **{ord(c): "-" for c in _DASHES},
    **{ord(c): " " for c in _SPACES + _ZERO_WIDTH},
}


@cache
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


class _NfkcOneToOne(dict[int, str]):
    """Code point -> its NFKC form where that is one character, else the character itself; each worked out on first
    sight and remembered, so that ``str.translate`` folds a text in C instead of a Python loop per character (a
    description that is not NFKC-normalized is thousands of characters; this was most of the index's folding)."""

    def __missing__(self, cp: int) -> str:
        ch = chr(cp)
        folded = unicodedata.normalize("NFKC", ch)
        self[cp] = value = folded if len(folded) == 1 else ch
        return value


_NFKC_1TO1 = _NfkcOneToOne()


def _nfkc_1to1(text: str) -> str:
    """Per-character NFKC, keeping a character whose NFKC form is not exactly one character (offsets stay)."""
    return text.translate(_NFKC_1TO1)


def fold(text: str) -> str:
    """Search folding: same length as ``text``, character i of the result comes from character i of the input.

    Keeping offsets one to one lets snippets mark the shop's original text where the folded text matched.
    """
    text = text.translate(_TABLE)
    if not unicodedata.is_normalized("NFKC", text):
        text = _nfkc_1to1(text)
    converted = _t2s().convert(text)
    if len(converted) != len(text):  # a phrase conversion changed the length: convert character by character
        converted = "".join(c2 if len(c2 := _t2s().convert(c)) == 1 else c for c in text)
    return converted


@cache
def segmenter() -> jieba.Tokenizer:
    """The jieba tokenizer, initialized once and quiet (no 'Building prefix dict' lines on stderr)."""
    jieba.setLogLevel(logging.WARNING)
    jieba.dt.initialize()
    return jieba.dt


def _compact(code: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", code).lower()


def code_tokens(folded: str) -> list[str]:
    """Compact tokens for every multi-part code in folded text: with and without edition year and letter prefix."""
    out: list[str] = []
    for m in CODE_RE.finditer(folded):
        raw = m.group(0)
        if raw.isalnum():  # a single run (most matches: plain numbers), and so is every variant of it: no token
            continue
        yearless = _YEAR_SUFFIX_RE.sub("", raw)
        for variant in dict.fromkeys((raw, yearless, _PREFIX_RE.sub("", raw), _PREFIX_RE.sub("", yearless))):
            if variant and not variant.isalnum():  # a single run is already one token
                out.append(_compact(variant))
    return out


def is_cjk(token: str) -> bool:
    """Whether the token contains Chinese characters."""
    return bool(_CJK_RE.search(token))


def bigrams(run: str) -> list[str]:
    """Overlapping bigrams of a run of Chinese characters (a single character stays itself)."""
    if len(run) < 2:
        return [run]
    return list(map(str.__add__, run[:-1], run[1:]))


def word_tokens(folded: str) -> list[str]:
    """The token stream of folded text: bigrams of Chinese runs, lowercased letter/digit runs."""
    out: list[str] = []
    for cjk, word in _RUNS_RE.findall(folded):
        if cjk:
            out.extend(bigrams(cjk))
        else:
            out.append(word.lower())
    return out


def tail_tokens(folded: str) -> list[str]:
    """The last character of each Chinese run longer than one (the only character no bigram starts with)."""
    return [run[-1] for run in _TAIL_RE.findall(folded)]


@dataclass(frozen=True, kw_only=True)
class DocTokens:
    """What one text field contributes to the index, as space-separated tokens."""

    words: str
    """Bigrams and letter/digit words."""
    codes: str
    """Compact code tokens."""
    tails: str
    """Last characters of Chinese runs."""


def doc_tokens(text: str) -> DocTokens:
    """Fold and tokenize one field of a document."""
    folded = fold(text)
    return DocTokens(words=" ".join(word_tokens(folded)), codes=" ".join(code_tokens(folded)),
                     tails=" ".join(tail_tokens(folded)))


@dataclass(frozen=True, kw_only=True)
class QueryTerm:
    """One required (or excluded) term of a user query, already folded."""

    text: str
    """The term as folded (used for highlighting)."""
    tokens: tuple[str, ...]
    """Its token sequence, matched as a phrase (one token for a two-character word or a Latin word)."""
    code: bool = False
    """A standard code or licence number: ``tokens`` is its one compact token, matched in the codes column."""
    prefix: bool = False
    """A single Chinese character: matched as a token prefix (in words and tails)."""


def _term(text: str) -> QueryTerm | None:
    tokens = tuple(word_tokens(text))
    if not tokens:
        return None
    prefix = len(tokens) == 1 and len(tokens[0]) == 1 and is_cjk(tokens[0])
    return QueryTerm(text=text, tokens=tokens, prefix=prefix)


def _merge_singles(pieces: list[str]) -> list[str]:
    # jieba cuts unknown names into pieces (罗马仕 -> 罗马/仕); a lone character joins the word next to it, so it is
    # matched as part of a phrase, not as a prefix anywhere. Punctuation between them keeps them apart.
    merged: list[str] = []
    joinable = False  # whether the last merged word touches the next piece
    for w in pieces:
        if not _WORDLIKE_RE.search(w):
            joinable = False
            continue
        if joinable and merged and is_cjk(w[0]) and is_cjk(merged[-1][-1]) and (
                len(w) == 1 or len(merged[-1]) == 1):
            merged[-1] += w
        else:
            merged.append(w)
        joinable = True
    return merged


def terms_of(text: str, *, phrase: bool = False) -> list[QueryTerm]:
    """Fold and split query text into terms; ``phrase`` keeps it as one phrase instead of jieba words."""
    folded = fold(text)
    terms: list[QueryTerm] = []
    rest = folded
    for m in CODE_RE.finditer(folded):
        raw = m.group(0)
        if not raw.isalnum() and not phrase:
            terms.append(QueryTerm(text=raw.strip(), tokens=(_compact(raw),), code=True))
            rest = rest.replace(raw, " ", 1)
    if phrase:
        term = _term(rest)
        return [term] if term else []
    for chunk in rest.split():  # what the user spaced apart is never merged again
        for w in _merge_singles(list(segmenter().cut(chunk))):
            term = _term(w)
            if term is not None:
                terms.append(term)
    unique: dict[tuple[tuple[str, ...], bool], QueryTerm] = {}
    for t in terms:
        unique.setdefault((t.tokens, t.code), t)
    return list(unique.values())
