"""The stored page's text with the listing's claims marked where they occur, built from offsets.

The page text is cut into plain and marked segments; the template writes each segment's text autoescaped inside or
outside its own ``<mark>``, so a shop that writes ``<mark>`` or ``</mark>`` in its page gets those characters shown
as text, never a highlight. Matching folds both sides (full-width ``ＧＢ``, odd dashes), as the extractors do, and
maps the match back to the original characters.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from lxml import etree

from extractors.dom import NEVER_TEXT, drop, lines_of, mark_blocks, parse
from shelfwatch.folding import fold

MAX_TEXT = 200_000
"""Characters of page text shown (a longer page is cut, and says so)."""
MAX_MARKS = 500
"""Marks at most (a page repeating a code thousands of times stays readable)."""


@dataclass(frozen=True, kw_only=True)
class Segment:
    """A run of page text, marked or not."""

    text: str
    claim: int | None = None
    """Index of the claim (in the list given to :func:`highlight`) this run shows; None for plain text."""


@dataclass(frozen=True, kw_only=True)
class Captured:
    """The page's text in segments, and how often each claim was found in it."""

    segments: list[Segment]
    found: list[int]
    """Occurrences per claim (0: the claim came from structured data or text not shown)."""
    cut: bool
    """The text was longer than MAX_TEXT and is cut."""


def visible_text(html: str) -> str:
    """What a reader of the page sees as text, one block a line (scripts, styles and the head left out)."""
    root = parse(html).root
    for el in list(root.iter(*NEVER_TEXT)):
        drop(el)
    mark_blocks(root)
    body = root.find("body")
    return lines_of(body if isinstance(body, etree._Element) else root)


def _spans(text: str, needles: list[list[str]]) -> list[tuple[int, int, int]]:
    """(start, end, claim) of every occurrence, in the original text's offsets."""
    folded = fold(text)
    out: list[tuple[int, int, int]] = []
    for i, options in enumerate(needles):
        for needle in options:
            n = fold(needle.strip()).text
            if not n:
                continue
            at = folded.text.find(n)
            while at != -1 and len(out) < 4 * MAX_MARKS:
                end = at + len(n)
                start_raw = folded.origin[at] if folded.origin else at
                end_raw = folded.origin[end - 1] + 1 if folded.origin else end
                out.append((start_raw, end_raw, i))
                at = folded.text.find(n, end)
            if any(c == i for _, _, c in out):
                break  # the claim as written was found: its normalized value adds nothing
    return out


def highlight(text: str, claims: list[Any]) -> Captured:
    """Cut ``text`` into segments marking each claim (``raw`` as written, else ``value``) where it occurs."""
    cut = len(text) > MAX_TEXT
    text = text[:MAX_TEXT]
    spans = sorted(_spans(text, [[c.raw, c.value] for c in claims]), key=lambda s: (s[0], -s[1]))
    segments: list[Segment] = []
    found = [0] * len(claims)
    pos = 0
    for start, end, claim in spans:
        if start < pos or sum(found) >= MAX_MARKS:
            continue  # overlaps a mark already made (GB 4806 inside GB 4806.7)
        if start > pos:
            segments.append(Segment(text=text[pos:start]))
        segments.append(Segment(text=text[start:end], claim=claim))
        found[claim] += 1
        pos = end
    if pos < len(text):
        segments.append(Segment(text=text[pos:]))
    return Captured(segments=segments, found=found, cut=cut)
