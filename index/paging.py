"""Search-after cursors and reciprocal rank fusion: small pure pieces every backend shares."""

from __future__ import annotations

import base64
import json
from collections.abc import Sequence


class BadCursor(ValueError):
    """An ``after`` value this index did not hand out (tampered with, or from another sort)."""


def encode_cursor(sort: str, value: float, listing_id: int) -> str:
    """An opaque cursor: the sort it belongs to, the last hit's sort value (exact, as hex) and its id."""
    raw = json.dumps([sort, float(value).hex(), int(listing_id)], separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(cursor: str, sort: str) -> tuple[float, int]:
    """``(value, listing_id)`` of a cursor made by :func:`encode_cursor` for the same sort."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        kind, value, listing_id = json.loads(raw)
        if kind != sort:
            raise BadCursor(f"cursor belongs to sort {kind!r}, not {sort!r}")
        return float.fromhex(value), int(listing_id)
    except BadCursor:
        raise
    except (ValueError, TypeError, UnicodeDecodeError) as exc:
        raise BadCursor(f"not a search cursor: {cursor[:40]!r}") from exc


RRF_K = 60
"""The constant of reciprocal rank fusion (Cormack et al., SIGIR 2009): score = sum of 1 / (k + rank)."""


def reciprocal_rank_fusion(rankings: Sequence[Sequence[int]], k: int = RRF_K) -> list[tuple[int, float]]:
    """Fuse ranked id lists (best first) into one: ``(id, score)`` best first, ties broken by id."""
    scores: dict[int, float] = {}
    for ranking in rankings:
        for rank, doc in enumerate(ranking, start=1):
            scores[doc] = scores.get(doc, 0.0) + 1.0 / (k + rank)
    return sorted(scores.items(), key=lambda item: (-item[1], item[0]))


def after_key(value: float, listing_id: int, cursor: tuple[float, int] | None, *, descending: bool) -> bool:
    """Whether a hit sorted by (value, id) comes after the cursor (value descending or ascending, id ascending)."""
    if cursor is None:
        return True
    cv, cid = cursor
    if value != cv:
        return value < cv if descending else value > cv
    return listing_id > cid
