"""A small shop on 127.0.0.1 that counts every request per path: proof of who fetched what, and how often."""

from __future__ import annotations

import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType

ITEM = """<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>儿童羽绒服 {n} 号</title></head>
<body><h1>儿童羽绒服 {n} 号</h1><div class="price">¥{price}.00</div>
<ul class="params"><li>品牌：小熊星</li><li>执行标准：GB/T 14272-2011</li><li>生产企业：浙江某某服饰有限公司</li></ul>
</body></html>"""


class CountingShop:
    """``pages`` list pages of ``per_page`` items each, chained by 下一页 links; every response waits ``delay`` s."""

    def __init__(self, *, pages: int = 6, per_page: int = 10, delay: float = 0.1) -> None:
        self.pages, self.per_page, self.delay = pages, per_page, delay
        self.hits: Counter[str] = Counter()
        self._lock = threading.Lock()
        shop = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                with shop._lock:
                    shop.hits[self.path] += 1
                time.sleep(shop.delay)
                body = shop.page(self.path)
                self.send_response(200 if body is not None else 404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                data = (body or "not found").encode()
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                try:
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):  # the crawler was killed mid-request (a test's doing)
                    pass

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def start_url(self) -> str:
        return f"{self.base_url}/list/1.html"

    def all_paths(self) -> set[str]:
        lists = {f"/list/{p}.html" for p in range(1, self.pages + 1)}
        return lists | {f"/item/{n}.html" for n in range(1, self.pages * self.per_page + 1)}

    def page(self, path: str) -> str | None:
        if path.startswith("/list/") and path.endswith(".html"):
            p = int(path[len("/list/"):-len(".html")])
            if not 1 <= p <= self.pages:
                return None
            first = (p - 1) * self.per_page + 1
            links = "".join(f'<li><a href="/item/{n}.html">儿童羽绒服 {n} 号</a></li>'
                            for n in range(first, first + self.per_page))
            nxt = f'<a href="/list/{p + 1}.html">下一页</a>' if p < self.pages else ""
            return f'<!doctype html><html><head><meta charset="utf-8"><title>列表 {p}</title></head><body><ul>{links}</ul>{nxt}</body></html>'
        if path.startswith("/item/") and path.endswith(".html"):
            n = int(path[len("/item/"):-len(".html")])
            return ITEM.format(n=n, price=100 + n) if 1 <= n <= self.pages * self.per_page else None
        return None

    def __enter__(self) -> CountingShop:
        self._thread.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.server.shutdown()
        self.server.server_close()
