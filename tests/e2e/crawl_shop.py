"""A tiny shop for crawl tests: fixed routes served over HTTP on a 127.0.0.x address, counting every hit.

Routes map a path (with its query) to (status, headers, body) or to a function of the request path returning
one. The counts let a test say "never reached" and "fetched once" from the server's side, not the crawler's, and
``most_in_flight`` how many requests the server was answering at once (``latency`` holds every answer that long, so
requests that overlap are seen to).
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Answer = tuple[int, dict[str, str], bytes]
RouteValue = Answer | Callable[[str], Answer]


def html(body: str, status: int = 200, **headers: str) -> Answer:
    return status, {"Content-Type": "text/html; charset=utf-8", **headers}, body.encode("utf-8")


def redirect(location: str, status: int = 302) -> Answer:
    return status, {"Location": location}, b""


def item_page(title: str, standard: str = "GB 6675.1-2014") -> Answer:
    return html(
        f"<html><head><title>{title}</title></head><body><h1>{title}</h1>"
        f'<ul class="p-parameter-list"><li>品牌：乐玩</li><li>执行标准：{standard}</li></ul></body></html>'
    )


class Shop:
    """Serve ``routes`` on ``host`` (a free port); use as a context manager."""

    def __init__(self, routes: dict[str, RouteValue] | None = None, host: str = "127.0.0.1",
                 latency: float = 0.0) -> None:
        self.routes: dict[str, RouteValue] = dict(routes or {})
        self.hits: Counter[str] = Counter()
        self.times: dict[str, list[float]] = {}
        """Monotonic time of each hit per path."""
        self.latency = latency
        """Seconds every answer is held before it is sent."""
        self.in_flight = 0
        self.most_in_flight = 0
        """Most requests the server was answering at once (read, then held ``latency``, until just before sending)."""
        self.spans: list[tuple[str, float, float]] = []
        """(path, start, end) of every request: monotonic times, end taken before the answer is sent."""
        self._lock = threading.Lock()
        shop = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                with shop._lock:
                    start = time.monotonic()
                    shop.hits[self.path] += 1
                    shop.times.setdefault(self.path, []).append(start)
                    shop.in_flight += 1
                    shop.most_in_flight = max(shop.most_in_flight, shop.in_flight)
                try:
                    value = shop.routes.get(self.path)
                    status, headers, body = (
                        (404, {"Content-Type": "text/plain"}, b"not found")
                        if value is None
                        else value(self.path) if callable(value) else value
                    )
                    time.sleep(shop.latency)
                finally:
                    # Before the answer is sent: a client that starts its next request on receiving it must not be
                    # seen overlapping this one.
                    with shop._lock:
                        shop.in_flight -= 1
                        shop.spans.append((self.path, start, time.monotonic()))
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer((host, 0), Handler)
        self.host = host
        self.port = self.server.server_port

    def url(self, path: str) -> str:
        return f"http://{self.host}:{self.port}{path}"

    @property
    def total_hits(self) -> int:
        return sum(self.hits.values())

    def __enter__(self) -> Shop:
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


@contextmanager
def three_site_shop() -> Iterator[tuple[Shop, Shop, Shop]]:
    """A shop on 127.0.0.1 whose list (/list) links one item of its own, one on 127.0.0.2 (a partner site a watch
    may allow) and one on 127.0.0.3 (a stranger): for testing where a watch's crawl may go."""
    with Shop(host="127.0.0.2") as partner, Shop(host="127.0.0.3") as stranger, Shop() as shop:
        partner.routes["/item/2.html"] = item_page("合作站点玩具")
        stranger.routes["/item/3.html"] = item_page("陌生站点玩具")
        shop.routes.update({
            "/list": html('<a href="/item/1.html">1</a>'
                          f'<a href="{partner.url("/item/2.html")}">2</a>'
                          f'<a href="{stranger.url("/item/3.html")}">3</a>'),
            "/item/1.html": item_page("本站玩具"),
        })
        yield shop, partner, stranger
