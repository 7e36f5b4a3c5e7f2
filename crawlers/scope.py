"""Where a crawl may go: pure judgments over URLs and resolved addresses, no network, no Scrapy.

Two questions are asked of every request and every redirect hop (crawlers/guard.py asks them in Scrapy,
crawlers/browser.py in Chromium):

1. Is the host inside the crawl's sites? A site is a *registrable domain* (``item.jd.com`` and ``search.jd.com``
   both belong to ``jd.com``), read with the public suffix list bundled in tldextract, never fetched.
2. Is the address it resolves to a public one? Loopback, private, link-local, multicast, reserved and
   unspecified addresses are refused: a shop page must not be able to point the crawler at the inspector's own
   network (a router's admin page, a cloud metadata service, a database on localhost). The hosts of the start URLs
   the user typed are trusted even when private (``make demo`` crawls 127.0.0.1), as are the hosts the
   ``SHELFWATCH_ALLOW_HOSTS`` setting names.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from urllib.parse import urlsplit

import tldextract

_DEFAULT_PORTS = {"http": 80, "https": 443}
# RFC 6598 carrier-grade NAT space: not global, and Python does not call it private.
_SHARED_NAT = ipaddress.ip_network("100.64.0.0/10")


class Refusal(StrEnum):
    """Why a request was not sent; the crawl stats count each as ``shelfwatch/refused/<reason>``."""

    SCHEME = "scheme"
    """Not http or https (file://, ftp://, ...)."""
    OFFSITE = "offsite"
    """The host is outside the crawl's sites (a redirect or script request the guard stopped)."""
    OFFSITE_LINK = "offsite_link"
    """A page linked to a site outside the crawl's sites; the link was not followed (each URL counted once)."""
    LOOPBACK = "loopback"
    """127.0.0.0/8, ::1."""
    PRIVATE = "private"
    """RFC 1918, unique-local IPv6, carrier-grade NAT."""
    LINK_LOCAL = "link_local"
    """169.254.0.0/16 (cloud metadata services live here), fe80::/10."""
    MULTICAST = "multicast"
    """224.0.0.0/4, ff00::/8."""
    RESERVED = "reserved"
    """Unspecified, reserved, documentation and any other non-global address."""


@lru_cache(maxsize=1)
def _extractor() -> tldextract.TLDExtract:
    # suffix_list_urls=() and no cache dir: the snapshot bundled in the wheel, never a download.
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


@lru_cache(maxsize=4096)
def registrable_domain(host: str) -> str:
    """``search.jd.com`` -> ``jd.com``; an IP address, ``localhost`` or a bare suffix stays as it is."""
    host = host.strip().lower().rstrip(".").strip("[]")
    if not host or _ip(host) is not None:
        return host
    top = _extractor()(host).top_domain_under_public_suffix
    return top or host


def _ip(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        ip = ipaddress.ip_address(text.strip("[]").split("%", 1)[0])
    except ValueError:
        return None
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return ip.ipv4_mapped  # ::ffff:127.0.0.1 is 127.0.0.1
    return ip


def classify_address(address: str) -> Refusal | None:
    """None for a public (global unicast) address, else why it is refused. Unparseable text is reserved."""
    ip = _ip(address)
    if ip is None:
        return Refusal.RESERVED
    # Order matters: Python calls loopback and link-local addresses "private" too.
    if ip.is_loopback:
        return Refusal.LOOPBACK
    if ip.is_link_local:
        return Refusal.LINK_LOCAL
    if ip.is_multicast:
        return Refusal.MULTICAST
    if ip.is_unspecified or ip.is_reserved:
        return Refusal.RESERVED
    if ip.is_private or (isinstance(ip, ipaddress.IPv4Address) and ip in _SHARED_NAT):
        return Refusal.PRIVATE
    if not ip.is_global:
        return Refusal.RESERVED
    return None


def endpoint(url: str) -> tuple[str, int] | None:
    """(host, port) of an http(s) URL, host lower-case without brackets; None for other schemes or no host."""
    parts = urlsplit(url)
    if parts.scheme not in _DEFAULT_PORTS or not parts.hostname:
        return None
    try:
        port = parts.port or _DEFAULT_PORTS[parts.scheme]
    except ValueError:  # a port that is not a number
        return None
    return parts.hostname.lower().rstrip("."), port


def _parse_allow_host(entry: str) -> tuple[str, int | None]:
    """``host`` (any port) or ``host:port``; IPv6 as ``[::1]:8080`` or ``::1``."""
    entry = entry.strip().lower()
    if entry.startswith("["):
        host, _, rest = entry[1:].partition("]")
        return host, int(rest[1:]) if rest.startswith(":") and rest[1:].isdigit() else None
    if entry.count(":") == 1:
        host, _, port = entry.partition(":")
        if port.isdigit():
            return host, int(port)
    return entry, None


def split_list(text: str) -> list[str]:
    """A comma- or space-separated setting value as a list."""
    return [p for p in text.replace(",", " ").split() if p]


@dataclass(frozen=True, kw_only=True)
class CrawlScope:
    """The sites a crawl may visit and the private hosts it may reach; build with :meth:`from_start_urls`."""

    sites: frozenset[str]
    """Registrable domains (or IP addresses) whose hosts the crawl follows links to."""
    trusted: frozenset[tuple[str, int | None]]
    """(host, port) pairs allowed even on a private address; port None: any port."""

    @classmethod
    def from_start_urls(
        cls, start_urls: Iterable[str], *, extra_sites: Sequence[str] = (), allow_hosts: Sequence[str] = ()
    ) -> CrawlScope:
        sites: set[str] = set()
        trusted: set[tuple[str, int | None]] = set()
        for url in start_urls:
            ep = endpoint(url)
            if ep is None:
                continue
            sites.add(registrable_domain(ep[0]))
            trusted.add(ep)  # the user named this host and port: reach it even if private
        sites.update(registrable_domain(s) for s in extra_sites if s.strip())
        trusted.update(_parse_allow_host(h) for h in allow_hosts if h.strip())
        return cls(sites=frozenset(sites), trusted=frozenset(trusted))

    def in_scope(self, url: str) -> bool:
        """Whether the URL's host belongs to one of the crawl's sites (any subdomain, any port)."""
        ep = endpoint(url)
        return ep is not None and registrable_domain(ep[0]) in self.sites

    def is_trusted(self, url: str) -> bool:
        ep = endpoint(url)
        return ep is not None and (ep in self.trusted or (ep[0], None) in self.trusted)

    def check(self, url: str, addresses: Sequence[str] | None) -> Refusal | None:
        """None if the request may be sent; ``addresses``: what the host resolved to (None: not resolved yet).

        A host that did not resolve at all (empty ``addresses``) is let through: the download then fails as
        a DNS error, which the crawl reports as a failure, not as a refusal.
        """
        ep = endpoint(url)
        if ep is None:
            return Refusal.SCHEME
        if registrable_domain(ep[0]) not in self.sites:
            return Refusal.OFFSITE
        if self.is_trusted(url):
            return None
        literal = _ip(ep[0])
        for address in [str(literal)] if literal is not None else (addresses or ()):
            reason = classify_address(address)
            if reason is not None:
                return reason  # one private address among several is enough: the client may pick it
        return None

    def needs_resolution(self, url: str) -> bool:
        """Whether :meth:`check` needs the host's addresses (a name, not a literal IP, and not trusted)."""
        ep = endpoint(url)
        return ep is not None and _ip(ep[0]) is None and not self.is_trusted(url)
