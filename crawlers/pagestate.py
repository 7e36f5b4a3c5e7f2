"""What a fetched item page *is*: a listing, a listing taken down, or a captcha / login / block page.

A pure function over the status, the final URL, the page's head text and whether the extractors found product
facts. Patterns are data: generic ones in page_states.toml, per-platform ones in platforms.toml.

Precision comes first, both ways: marking a live listing "gone" would make a takedown look done, and storing a
captcha page as the listing would wipe its findings. So text signs of a captcha, login wall or block count only
on a page without product facts (shop headers say 请登录 on every page), and a "gone" text counts only in the
title, or on a page without product facts.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

GENERIC_FILE = Path(__file__).with_name("page_states.toml")
HEAD_CHARS = 2000
"""How much visible text is searched: a block page says what it is at the top."""

GONE_STATUSES = frozenset({404, 410})
BLOCK_STATUSES = frozenset({401, 403, 407, 429, 451})


class PageState(StrEnum):
    LISTING = "listing"
    """A product page: store it."""
    GONE = "gone"
    """The listing was taken down (404 / 410 or the platform's 已下架 page): mark it gone, keep its history."""
    CAPTCHA = "captcha"
    """A captcha or slider check: never stored, counted, raised as an alarm."""
    LOGIN = "login"
    """A login wall."""
    BLOCKED = "blocked"
    """The shop refused the crawler (403, 访问频繁, access denied)."""

    @property
    def is_block(self) -> bool:
        return self in (PageState.CAPTCHA, PageState.LOGIN, PageState.BLOCKED)


class PatternError(ValueError):
    """A page-state pattern file or profile entry is malformed."""


KEYS = ("gone", "captcha", "captcha_url", "login", "login_url", "blocked")


@dataclass(frozen=True, kw_only=True)
class StatePatterns:
    """Regular expressions per sign; ``*_url`` ones are searched in the final URL, the rest in the head text."""

    gone: tuple[re.Pattern[str], ...] = ()
    captcha: tuple[re.Pattern[str], ...] = ()
    captcha_url: tuple[re.Pattern[str], ...] = ()
    login: tuple[re.Pattern[str], ...] = ()
    login_url: tuple[re.Pattern[str], ...] = ()
    blocked: tuple[re.Pattern[str], ...] = ()

    @classmethod
    def from_mapping(cls, data: Mapping[str, object], where: str) -> StatePatterns:
        compiled: dict[str, tuple[re.Pattern[str], ...]] = {}
        for key in KEYS:
            raw = data.get(key, [])
            if isinstance(raw, str):
                raw = [raw]
            if not isinstance(raw, list):
                raise PatternError(f"{where}: '{key}' must be a list of regular expressions")
            try:
                compiled[key] = tuple(re.compile(str(p), re.MULTILINE) for p in raw)
            except re.error as exc:
                raise PatternError(f"{where}: '{key}' has an invalid regular expression: {exc}") from None
        return cls(**compiled)

    def __add__(self, other: StatePatterns) -> StatePatterns:
        return StatePatterns(**{k: getattr(self, k) + getattr(other, k) for k in KEYS})


@lru_cache(maxsize=2)
def generic_patterns(path: Path = GENERIC_FILE) -> StatePatterns:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise PatternError(f"{path}: {exc}") from None
    return StatePatterns.from_mapping(data, str(path))


def _any(patterns: Iterable[re.Pattern[str]], text: str) -> bool:
    return any(p.search(text) for p in patterns)


def reads_page_text(*, has_product_facts: bool) -> bool:
    """Whether page_state looks at the visible text and the password field: only on a page without product facts
    (see the module's note). The crawl skips reading them otherwise, which saves a second parse of every listing."""
    return not has_product_facts


def page_state(
    *,
    status: int,
    url: str,
    title: str,
    text: str,
    has_product_facts: bool,
    has_password_field: bool = False,
    patterns: StatePatterns,
) -> PageState:
    """Classify one fetched item page. ``text``: its visible text (only the first HEAD_CHARS are searched)."""
    if status in GONE_STATUSES:
        return PageState.GONE
    head = f"{title}\n{text[:HEAD_CHARS]}"
    # A redirect to a captcha or login URL says it all, whatever the page shows.
    if _any(patterns.captcha_url, url):
        return PageState.CAPTCHA
    if _any(patterns.login_url, url):
        return PageState.LOGIN
    if reads_page_text(has_product_facts=has_product_facts):
        if _any(patterns.captcha, head):
            return PageState.CAPTCHA
        if has_password_field or _any(patterns.login, head):
            return PageState.LOGIN
        if _any(patterns.blocked, head) or status in BLOCK_STATUSES:
            return PageState.BLOCKED
    elif status in BLOCK_STATUSES:
        return PageState.BLOCKED
    gone_in_text = reads_page_text(has_product_facts=has_product_facts) and _any(patterns.gone, head)
    if _any(patterns.gone, title) or gone_in_text:
        return PageState.GONE
    return PageState.LISTING
