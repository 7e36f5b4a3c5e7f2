"""Cheap first tests for regex searches: a class of characters one of which every match of a pattern holds.

Python's regex engine scans fast only for a pattern that opens with a literal or a set of literal characters; one
that opens with a group of alternatives (``(?:不是|并非)(?:按|依)|不执行``), a look-behind, or branches of different
shapes is tried at every position of the text, branch after branch. Most texts hold none of the words such a
pattern looks for, and one scan for a few characters those words hold tells so for a fraction of the cost
(callgrind, issue 5 point 6). The characters are checked against the pattern itself (``gate``), so a word added to
a rule is never hidden by its gate.
"""

from __future__ import annotations

import re
from re import _constants as c  # type: ignore[attr-defined]  # the parser re itself compiles with (CPython 3.11+)
from re import _parser  # type: ignore[attr-defined]
from typing import Any

_REPEATS = {c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT}


def _holds_item(op: Any, av: Any, chars: str) -> bool:
    """Whether every match of one parsed item contains one of ``chars`` (False when that cannot be told)."""
    if op is c.LITERAL:
        return chr(av) in chars
    if op is c.IN:
        return all(kind is c.LITERAL and chr(value) in chars for kind, value in av)
    if op is c.BRANCH:
        return all(_holds(alternative, chars) for alternative in av[1])
    if op is c.SUBPATTERN:
        return not (av[1] | av[2]) & re.IGNORECASE and _holds(av[3], chars)
    if op is c.ATOMIC_GROUP:
        return _holds(av, chars)
    if op in _REPEATS:
        return av[0] >= 1 and _holds(av[2], chars)
    return False  # a look-around or an anchor consumes nothing; ".", a negated class or a category: too wide


def _holds(items: Any, chars: str) -> bool:
    return any(_holds_item(op, av, chars) for op, av in items)


def gate(chars: str, *patterns: re.Pattern[str]) -> re.Pattern[str] | None:
    """A class of ``chars`` when every match of every one of ``patterns`` holds one of them, else None.

    ``gate.search(text) is None`` then means that no pattern matches in ``text``. The characters are chosen by
    hand, rare ones (a word's less common character), and checked here against the patterns' parse: a word added
    to a rule without one of them turns the gate off (None: the caller searches every text, as before) rather than
    hiding the word, and tests/extractors/test_speed_gates.py says so."""
    for pattern in patterns:
        if pattern.flags & re.IGNORECASE or not _holds(_parser.parse(pattern.pattern, pattern.flags), chars):
            return None
    return re.compile("[" + re.escape(chars) + "]")


__all__ = ["gate"]
