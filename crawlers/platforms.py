"""Platform profiles (data in platforms.toml) and the lookup from a URL to its platform."""

from __future__ import annotations

import codecs
import re
import tomllib
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from crawlers.pagestate import PatternError, StatePatterns
from extractors import PAGE_OBJECTS

PROFILES_FILE = Path(__file__).with_name("platforms.toml")


class Render(StrEnum):
    """When a platform's pages are rendered in Chromium."""

    AUTO = "auto"
    """Only when the static page shows no product facts but has scripts."""
    ALWAYS = "always"
    NEVER = "never"


@dataclass(frozen=True, kw_only=True)
class Platform:
    """How to recognise one platform's pages."""

    name: str
    """Platform name stored with every listing."""
    host: re.Pattern[str]
    """Host (with optional port) pattern."""
    path: re.Pattern[str]
    """Path prefix pattern that places a URL on this platform."""
    item: re.Pattern[str] | None
    """Path pattern of item pages."""
    listing: re.Pattern[str] | None
    """Path pattern of list/search pages."""
    render: Render = Render.AUTO
    """When to render its pages in a browser."""
    wait_for: str = ""
    """CSS selector that appears once a rendered page's facts are drawn; empty: wait for the network to go idle."""
    description: str = ""
    """What the profile is for."""
    page_object: str = "generic"
    """Name of the extractors' page-object class that reads its item pages (``extractors.PAGE_OBJECTS``)."""
    states: StatePatterns = StatePatterns()
    """This platform's signs of gone, captcha, login and block pages (the generic ones apply too)."""
    search_url: str = ""
    """Search page for one keyword, ``{keyword}`` where the encoded keyword goes; a path (``/jd/list?...``) is
    resolved against the site a watch names (``search_site``). Empty: watches cannot search this platform."""
    search_encoding: str = "utf-8"
    """Character set the search URL's keyword is percent-encoded in (some older search pages want ``gbk``)."""

    def owns(self, url: str) -> bool:
        parts = urlsplit(url)
        return bool(self.host.search(parts.netloc.lower()) and self.path.search(parts.path or "/"))

    def is_item(self, url: str) -> bool:
        return bool(self.item and self.item.search(urlsplit(url).path))

    def is_listing(self, url: str) -> bool:
        return bool(self.listing and self.listing.search(urlsplit(url).path))


class ProfileError(ValueError):
    """platforms.toml is malformed."""


def _compile(entry: dict[str, object], key: str, where: str, *, required: bool) -> re.Pattern[str] | None:
    raw = entry.get(key)
    if raw is None:
        if required:
            raise ProfileError(f"{where}: missing '{key}'")
        return None
    try:
        return re.compile(str(raw))
    except re.error as exc:
        raise ProfileError(f"{where}: '{key}' is not a valid regular expression: {exc}") from None


def _states(entry: dict[str, object], where: str) -> StatePatterns:
    raw = entry.get("states", {})
    if not isinstance(raw, dict):
        raise ProfileError(f"{where}: 'states' must be a table ([platform.states])")
    try:
        return StatePatterns.from_mapping(raw, f"{where} states")
    except PatternError as exc:
        raise ProfileError(str(exc)) from None


def _search(entry: dict[str, object], where: str) -> tuple[str, str]:
    url, encoding = entry.get("search_url", ""), entry.get("search_encoding", "utf-8")
    if not isinstance(url, str) or (url and url.count("{keyword}") != 1):
        raise ProfileError(f"{where}: search_url must be a URL or path with {{keyword}} once")
    if url and not (url.startswith("/") or url.startswith(("http://", "https://"))):
        raise ProfileError(f"{where}: search_url must start with http://, https:// or /")
    try:
        codecs.lookup(str(encoding))
    except LookupError:
        raise ProfileError(f"{where}: search_encoding {encoding!r} is not a character set Python knows") from None
    return url, str(encoding)


def parse_profiles(path: Path) -> tuple[Platform, ...]:
    """Read platform profiles; errors name the file, the entry and the key."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ProfileError(f"{path}: {exc}") from None
    out = []
    for i, entry in enumerate(data.get("platform", []), start=1):
        where = f"{path} platform #{i}"
        if "name" not in entry:
            raise ProfileError(f"{where}: missing 'name'")
        try:
            render = Render(entry.get("render", "auto"))
        except ValueError:
            raise ProfileError(f"{where}: render must be auto, always or never") from None
        page_object = str(entry.get("page_object", "generic"))
        if page_object not in PAGE_OBJECTS:
            raise ProfileError(f"{where}: page_object must be one of {', '.join(sorted(PAGE_OBJECTS))}")
        search_url, search_encoding = _search(entry, where)
        host = _compile(entry, "host", where, required=True)
        path_re = _compile(entry, "path", where, required=True)
        assert host is not None and path_re is not None
        out.append(
            Platform(
                name=str(entry["name"]),
                host=host,
                path=path_re,
                item=_compile(entry, "item", where, required=False),
                listing=_compile(entry, "listing", where, required=False),
                render=render,
                wait_for=str(entry.get("wait_for", "")),
                description=str(entry.get("description", "")),
                page_object=page_object,
                states=_states(entry, where),
                search_url=search_url,
                search_encoding=search_encoding,
            )
        )
    return tuple(out)


@lru_cache(maxsize=4)
def load_profiles(path: Path = PROFILES_FILE) -> tuple[Platform, ...]:
    return parse_profiles(path)


def platform_for(url: str, profiles: tuple[Platform, ...] | None = None) -> Platform:
    """The profile that owns a URL, else a generic profile named after the host."""
    for p in profiles if profiles is not None else load_profiles():
        if p.owns(url):
            return p
    host = urlsplit(url).hostname or "unknown"
    return Platform(name=host, host=re.compile(re.escape(host)), path=re.compile("."), item=None, listing=None)
