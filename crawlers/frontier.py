"""A crawl frontier shared through Redis: several crawl processes, on one machine or many, work one request queue.

Every process of one crawl (same ``key``) pushes the requests it discovers into one Redis sorted set and pulls the
next from it, and asks one shared duplicate filter before pushing, so no URL is fetched twice across processes. The
crawl ends when the shared queue is empty and every live process has been idle for ``idle_s`` seconds: Scrapy's
own idle signal is vetoed until then (scrapy-redis' spiders instead wait for new start URLs forever).

Why not scrapy-redis (0.9.1, July 2024, read for this): its spiders feed ``start_requests``, which Scrapy 2.19 no
longer calls; it pickles requests into Redis (whoever can write to that Redis can run code in every crawler);
its duplicate filter is an unbounded set; and nothing ends a crawl.

Requests are stored as JSON (bytes as base64, Playwright ``PageMethod`` as name and arguments), never pickled.
A process that dies (SIGKILL, power) leaves the requests it had taken and not finished (page stored, links queued)
in its in-flight hash; a live process that sees its heartbeat stop for ``dead_s`` puts them back in the queue, so
another process finishes the crawl. A page may then be fetched twice (stored once: the store upserts); none is lost.

Keys (``shelfwatch:frontier:<key>:...``) expire ``TTL_S`` after the last activity.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import math
import os
import socket
import time
from typing import Any, Protocol, cast

from redis import Redis
from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider
from scrapy.utils.request import request_from_dict
from twisted.internet import task

from shelfwatch.settings import Settings

log = logging.getLogger(__name__)

TTL_S = 7 * 24 * 3600
"""Frontier keys outlive the last activity by this long (then Redis frees them)."""
BLOOM_ERROR_RATE = 1e-4
"""Share of new URLs a full Bloom filter wrongly calls seen (and so skips): 1 in 10,000."""
BEAT_S = 1.0
"""How often each process writes its heartbeat and busy/idle state."""


def frontier_settings(s: Settings, key: str) -> dict[str, Any]:
    """The Scrapy settings that put one crawl process on the shared frontier ``key``."""
    return {
        "SCHEDULER": "crawlers.frontier.RedisFrontier",
        # Scrapy takes requests from its scheduler until CONCURRENT_REQUESTS are in its downloader, even when a shop
        # allows only a few at a time: on a shared queue that hoards pages a process joining later should have.
        "CONCURRENT_REQUESTS": s.concurrency_per_domain,
        "SHELFWATCH_FRONTIER_URL": s.frontier_url or s.broker_url,
        "SHELFWATCH_FRONTIER_KEY": key,
        "SHELFWATCH_FRONTIER_DUPEFILTER": s.frontier_dupefilter,
        "SHELFWATCH_FRONTIER_BLOOM_CAPACITY": s.frontier_bloom_capacity,
        "SHELFWATCH_FRONTIER_IDLE_S": s.frontier_idle_s,
        "SHELFWATCH_FRONTIER_DEAD_S": s.frontier_dead_s,
    }


# -- request codec (pure) --------------------------------------------------------------------------------------
def _encode_value(obj: Any) -> Any:
    if isinstance(obj, bytes):
        return {"__b64__": base64.b64encode(obj).decode("ascii")}
    if type(obj).__name__ == "PageMethod" and hasattr(obj, "method"):
        return {"__page_method__": [obj.method, list(obj.args), dict(obj.kwargs)]}
    raise TypeError(f"cannot store {type(obj).__name__} in the shared frontier")


def _decode_value(d: dict[str, Any]) -> Any:
    if "__b64__" in d and len(d) == 1:
        return base64.b64decode(d["__b64__"])
    if "__page_method__" in d and len(d) == 1:
        from scrapy_playwright.page import PageMethod

        method, args, kwargs = d["__page_method__"]
        return PageMethod(method, *args, **kwargs)
    return d


def encode_request(request: Request, spider: Spider) -> str:
    """A request as JSON text (callbacks by method name, as Scrapy's own disk queues keep them)."""
    d = request.to_dict(spider=spider)
    d["headers"] = [[name, values] for name, values in d.get("headers", {}).items()]  # JSON keys must be text
    return json.dumps(d, default=_encode_value, ensure_ascii=False, sort_keys=True)


def decode_request(text: str | bytes, spider: Spider) -> Request:
    d = json.loads(text, object_hook=_decode_value)
    d["headers"] = {name: values for name, values in d.get("headers", [])}
    return request_from_dict(d, spider=spider)


def bloom_shape(capacity: int, error_rate: float = BLOOM_ERROR_RATE) -> tuple[int, int]:
    """Bits and hash count of a Bloom filter holding ``capacity`` items at ``error_rate`` false positives."""
    bits = math.ceil(-capacity * math.log(error_rate) / math.log(2) ** 2)
    return bits, max(1, round(bits / capacity * math.log(2)))


def bloom_positions(fingerprint: bytes, bits: int, hashes: int) -> list[int]:
    """Bit positions of one fingerprint (double hashing over SHA-256: two independent 64-bit halves)."""
    digest = hashlib.sha256(fingerprint).digest()
    h1, h2 = int.from_bytes(digest[:8], "big"), int.from_bytes(digest[8:16], "big") | 1
    return [(h1 + i * h2) % bits for i in range(hashes)]


# -- duplicate filters on Redis ---------------------------------------------------------------------------------
class SeenFilter(Protocol):
    def add(self, fingerprint: bytes) -> bool:
        """Record a fingerprint; True when it was new (atomic across processes)."""
        ...


class SetFilter:
    """Exact: one Redis set member per URL (about 100 bytes each). Right for crawls up to a few million pages."""

    def __init__(self, redis: Redis, key: str) -> None:
        self.redis, self.key = redis, key

    def add(self, fingerprint: bytes) -> bool:
        return bool(self.redis.sadd(self.key, fingerprint))


class BloomFilter:
    """Memory-bounded: a Redis bit string sized for ``capacity`` URLs (10 million: 23 MB), whatever the crawl's size.

    SETBIT returns each bit's old value; a fingerprint was new when any of its bits was 0. The bits of one
    fingerprint are set in one MULTI/EXEC, so two processes adding the same URL at once see it new exactly once.
    A false positive (1 in 10,000 when full) skips a URL that was not fetched: the price of bounded memory.
    """

    def __init__(self, redis: Redis, key: str, capacity: int) -> None:
        self.redis, self.key = redis, key
        self.bits, self.hashes = bloom_shape(capacity)

    def add(self, fingerprint: bytes) -> bool:
        pipe = self.redis.pipeline(transaction=True)
        for pos in bloom_positions(fingerprint, self.bits, self.hashes):
            pipe.setbit(self.key, pos, 1)
        return not all(pipe.execute())


# -- the scheduler ------------------------------------------------------------------------------------------------
class RedisFrontier:
    """Scrapy scheduler over the shared frontier (``SCHEDULER = "crawlers.frontier.RedisFrontier"``)."""

    def __init__(self, crawler: Crawler, redis: Redis, key: str, *, dupefilter: str, bloom_capacity: int,
                 idle_s: float, dead_s: float) -> None:
        self.crawler = crawler
        self.redis = redis
        prefix = f"shelfwatch:frontier:{key}"
        self.queue_key, self.seq_key = f"{prefix}:queue", f"{prefix}:seq"
        self.workers_key, self.inflight_prefix = f"{prefix}:workers", f"{prefix}:inflight:"
        seen_key = f"{prefix}:seen"
        self.seen: SeenFilter = (BloomFilter(redis, seen_key + ":bloom", bloom_capacity) if dupefilter == "bloom"
                                 else SetFilter(redis, seen_key))
        self.keys = [self.queue_key, self.seq_key, self.workers_key, seen_key + (":bloom" if dupefilter == "bloom" else "")]
        self.idle_s, self.dead_s = idle_s, dead_s
        self.worker = f"{socket.gethostname()}:{os.getpid()}:{time.time_ns()}"
        self.inflight_key = self.inflight_prefix + self.worker
        self.spider: Spider | None = None
        self._quiet_since: float | None = None
        self._taken: dict[str, Request] = {}
        self._beat: task.LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RedisFrontier:
        s = crawler.settings
        url, key = s.get("SHELFWATCH_FRONTIER_URL"), s.get("SHELFWATCH_FRONTIER_KEY")
        if not url or not key:
            raise ValueError("the shared frontier needs SHELFWATCH_FRONTIER_URL and SHELFWATCH_FRONTIER_KEY")
        frontier = cls(
            crawler, Redis.from_url(url, socket_timeout=30, health_check_interval=30), key,
            dupefilter=s.get("SHELFWATCH_FRONTIER_DUPEFILTER", "set"),
            bloom_capacity=s.getint("SHELFWATCH_FRONTIER_BLOOM_CAPACITY", 10_000_000),
            idle_s=s.getfloat("SHELFWATCH_FRONTIER_IDLE_S", 5.0),
            dead_s=s.getfloat("SHELFWATCH_FRONTIER_DEAD_S", 30.0),
        )
        crawler.signals.connect(frontier._on_idle, signal=signals.spider_idle)
        crawler.signals.connect(frontier._on_left_downloader, signal=signals.request_left_downloader)
        return frontier

    # -- Scrapy's scheduler interface --------------------------------------------------------------------------
    def open(self, spider: Spider) -> None:
        self.spider = spider
        self._heartbeat()
        self._beat = task.LoopingCall(self._heartbeat)
        self._beat.start(BEAT_S, now=False)

    def close(self, reason: str) -> None:
        if self._beat is not None and self._beat.running:
            self._beat.stop()
        # A clean stop hands back what this process had taken but not finished (a shutdown, a CloseSpider cap).
        self._requeue(self.worker)
        self.redis.hdel(self.workers_key, self.worker)

    def has_pending_requests(self) -> bool:
        return bool(self.redis.zcard(self.queue_key))

    def __len__(self) -> int:
        return int(self.redis.zcard(self.queue_key))

    def enqueue_request(self, request: Request) -> bool:
        assert self.spider is not None
        stats = self.crawler.stats
        fp = self._fingerprint(request)
        if not request.dont_filter and not self.seen.add(fp):
            if stats:
                stats.inc_value("shelfwatch/frontier/duplicates")
            return False
        self._push(encode_request(request, self.spider), request.priority)
        if stats:
            stats.inc_value("shelfwatch/frontier/enqueued")
        return True

    def next_request(self) -> Request | None:
        assert self.spider is not None
        self._settle_taken()  # Scrapy asks for the next request right after it finishes one: settle that one now
        popped = cast(list[tuple[bytes, float]], self.redis.zpopmin(self.queue_key))
        if not popped:
            return None
        text, score = popped[0]
        request = decode_request(text, self.spider)
        fp = self._fingerprint(request).hex()
        request.meta["shelfwatch_frontier"] = [fp, float(score)]
        # Taken, not done: kept in Redis until its page is stored and its links queued, so a death puts it back.
        self.redis.hset(self.inflight_key, fp, text)
        self._taken[fp] = request
        self._set_state(busy=True)
        if self.crawler.stats:
            self.crawler.stats.inc_value("shelfwatch/frontier/dequeued")
        return request

    # -- shared state -------------------------------------------------------------------------------------------
    def _fingerprint(self, request: Request) -> bytes:
        assert self.crawler.request_fingerprinter is not None
        return self.crawler.request_fingerprinter.fingerprint(request)

    def _push(self, text: str, priority: int) -> None:
        # Higher priority first, then first in, first out: score = -priority * 1e12 + a shared sequence number.
        seq = int(self.redis.incr(self.seq_key))
        self.redis.zadd(self.queue_key, {text: -priority * 1e12 + seq})

    def _settle_taken(self) -> None:
        """Drop from the in-flight hash the requests Scrapy has finished: page stored, links queued."""
        inprogress = getattr(getattr(self.crawler.engine, "_slot", None), "inprogress", None)
        if inprogress is None:
            return  # an engine without the slot Scrapy 2.19 has: _on_left_downloader settles instead
        done = [fp for fp, request in self._taken.items() if request not in inprogress]
        for fp in done:
            del self._taken[fp]
        if done:
            self.redis.hdel(self.inflight_key, *done)

    def _on_left_downloader(self, request: Request, spider: Spider) -> None:
        # Scrapy keeps a request "in progress" until its response went through the callback and the item pipeline;
        # only where that set cannot be read is a request settled earlier, when it leaves the downloader.
        if getattr(getattr(self.crawler.engine, "_slot", None), "inprogress", None) is not None:
            return
        entry = request.meta.get("shelfwatch_frontier")
        if entry:
            self._taken.pop(entry[0], None)
            self.redis.hdel(self.inflight_key, entry[0])

    def _locally_idle(self) -> bool:
        engine = self.crawler.engine
        if engine is None:
            return True
        scraper_slot = getattr(engine.scraper, "slot", None)
        return not engine.downloader.active and (scraper_slot is None or scraper_slot.is_idle())

    def _set_state(self, *, busy: bool) -> None:
        self.redis.hset(self.workers_key, self.worker, json.dumps({"busy": busy, "at": time.time()}))

    def _heartbeat(self) -> None:
        try:
            self._settle_taken()
            idle = self._locally_idle()
            self._set_state(busy=not idle)
            if idle:
                # Another process may have queued pages, or the whole crawl may be done: look now (pull, or let
                # _on_idle decide), not at Scrapy's next 5 s tick.
                nextcall = getattr(getattr(self.crawler.engine, "_slot", None), "nextcall", None)
                if nextcall is not None:
                    nextcall.schedule()
            pipe = self.redis.pipeline()
            for key in [*self.keys, self.inflight_key]:
                pipe.expire(key, TTL_S)
            pipe.execute()
            self._recover_dead()
        except Exception:  # a Redis hiccup must not stop the heartbeat loop: the next beat tries again
            log.warning("shared frontier heartbeat failed", exc_info=True)

    def _workers(self) -> dict[str, dict[str, Any]]:
        raw = cast(dict[bytes, bytes], self.redis.hgetall(self.workers_key))
        return {k.decode(): json.loads(v) for k, v in raw.items()}

    def _recover_dead(self) -> None:
        now = time.time()
        for worker, state in self._workers().items():
            if worker != self.worker and now - state["at"] > self.dead_s:
                moved = self._requeue(worker)
                self.redis.hdel(self.workers_key, worker)
                log.warning("crawl process %s stopped answering: %d requests it held are queued again", worker, moved)
                if self.crawler.stats:
                    self.crawler.stats.inc_value("shelfwatch/frontier/recovered", moved)

    def _requeue(self, worker: str) -> int:
        key = self.inflight_prefix + worker
        held = cast(dict[bytes, bytes], self.redis.hgetall(key))
        for text in held.values():
            self._push(text.decode(), 0)
        self.redis.delete(key)
        return len(held)

    def _on_idle(self, spider: Spider) -> None:
        """Scrapy found this process idle: end only when the whole crawl is."""
        self._settle_taken()
        self._set_state(busy=False)
        self._recover_dead()  # a dead process's pages count as queued, not as done
        if self.redis.zcard(self.queue_key):
            self._quiet_since = None
            raise DontCloseSpider
        now = time.time()
        others_busy = any(
            state["busy"] and now - state["at"] <= self.dead_s
            for worker, state in self._workers().items() if worker != self.worker
        )
        if others_busy:  # another process may still discover pages: wait for its links
            self._quiet_since = None
            raise DontCloseSpider
        self._quiet_since = self._quiet_since or now
        if now - self._quiet_since < self.idle_s:
            raise DontCloseSpider
