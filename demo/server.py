"""Serve a demo marketplace over HTTP on 127.0.0.1 (tests, `make demo`, manual browsing).

Run ``python -m demo.server --port 8800 --seed N`` to browse it.
"""

from __future__ import annotations

import argparse
import threading
import time
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType

from demo.generator import DEFAULT_SEED, generate_marketplace
from demo.marketplace import Marketplace

_NOT_FOUND = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>404</title></head><body>页面不存在</body></html>"


def _handler_for(market: Marketplace) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "shelfwatch-demo/1"
        protocol_version = "HTTP/1.1"

        def _respond(self, with_body: bool) -> None:
            page = market.resolve(self.path)
            if page is None:
                body, ctype, status = _NOT_FOUND.encode("utf-8"), "text/html; charset=utf-8", 404
            else:
                body, ctype, status = page.body, page.content_type, 200
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if with_body:
                self.wfile.write(body)

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            self._respond(True)

        def do_HEAD(self) -> None:  # noqa: N802
            self._respond(False)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass  # quiet: a crawl makes hundreds of requests

    return Handler


class _Server(ThreadingHTTPServer):
    daemon_threads = True


class DemoServer:
    """The demo marketplace on a local port, in a daemon thread; usable as a context manager."""

    def __init__(self, marketplace: Marketplace, host: str = "127.0.0.1", port: int = 0) -> None:
        self.marketplace = marketplace
        self.host = host
        self.port = port
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:<port>`` (the real port once started)."""
        return f"http://{self.host}:{self.port}"

    @property
    def start_urls(self) -> list[str]:
        """Full URLs of the first list page of each platform."""
        return [self.base_url + p for p in self.marketplace.start_paths]

    def start(self) -> DemoServer:
        """Bind and serve in a background thread."""
        if self._server is not None:
            return self
        self._server = _Server((self.host, self.port), _handler_for(self.marketplace))
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, name="demo-server", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and release the port."""
        if self._server is None:
            return
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server, self._thread = None, None

    def __enter__(self) -> DemoServer:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()


def main(argv: list[str] | None = None) -> None:
    """Serve the demo marketplace until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m demo.server", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8800)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--listings", type=int, default=360)
    parser.add_argument("--as-of", type=date.fromisoformat, default=None, help="crawl date the truth assumes")
    parser.add_argument("--truth", help="also write the ground truth JSON here")
    args = parser.parse_args(argv)
    market = generate_marketplace(seed=args.seed, n_listings=args.listings, as_of=args.as_of)
    if args.truth:
        market.write_truth(args.truth)
    with DemoServer(market, host=args.host, port=args.port) as server:
        print(f"demo marketplace on {server.base_url}/ (seed {args.seed}); Ctrl-C to stop")
        for url in server.start_urls:
            print("  " + url)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
