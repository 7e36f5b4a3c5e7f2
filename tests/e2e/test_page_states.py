"""Page states end to end: gone listings, captcha / login / block pages, and 429 with Retry-After."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from crawl_shop import Answer, Shop, html, item_page, redirect

CAPTCHA = html("<html><head><title>安全验证</title></head><body><p>请完成下方验证后继续访问</p>"
               "<div id='nc_1_wrapper'></div><script>var x=1;</script></body></html>")
LOGIN = html("<html><head><title>会员登录</title></head><body><form><input name=u>"
             "<input type=password name=p></form></body></html>")


class RateLimited:
    """429 with Retry-After: 1 the first time, the page after that."""

    def __init__(self, page: Answer) -> None:
        self.page, self.calls = page, 0

    def __call__(self, path: str) -> Answer:
        self.calls += 1
        if self.calls == 1:
            return 429, {"Retry-After": "1", "Content-Type": "text/plain"}, b"slow down"
        return self.page


@pytest.fixture
def shop() -> Iterator[Shop]:
    with Shop() as s:
        s.routes.update({
            "/list": html("".join(f'<a href="/item/{n}.html">{n}</a>' for n in range(1, 8))
                          + '<a href="/jd/item/77.html">77</a>'),
            "/item/1.html": item_page("正常商品"),
            "/item/2.html": (410, {"Content-Type": "text/html"}, b"<html>gone</html>"),
            "/item/3.html": html("<html><head><title>提示</title></head><body>很抱歉，您查看的商品不存在</body></html>"),
            "/item/4.html": redirect("/verify/slider?from=item4"),
            "/verify/slider?from=item4": CAPTCHA,
            "/item/5.html": LOGIN,
            "/item/6.html": RateLimited(item_page("限流后的商品")),
            "/item/7.html": item_page("被拦截前的商品", standard="GB 6675.2-2014"),
            # a JD-style page: 该商品已下柜 is a jd-demo profile pattern, not a generic one
            "/jd/item/77.html": html("<html><head><title>京东</title></head><body>该商品已下柜，欢迎挑选其他商品！</body></html>"),
        })
        yield s


def _crawl(cli, url: str, db: Path) -> dict:  # type: ignore[no-untyped-def]
    res = cli("crawl", url, "--db", str(db), "--json", "--render", "never")
    assert res.returncode == 0, res.stderr[-3000:]
    return dict(json.loads(res.stdout.strip().splitlines()[-1])) | {"stderr": res.stderr}


def _listings(cli, db: Path) -> dict[str, dict]:  # type: ignore[no-untyped-def]
    res = cli("listings", "--db", str(db), "--json")
    return {r["url"].split("/", 3)[3]: r for r in map(json.loads, res.stdout.splitlines())}


def test_page_states_are_told_apart(cli, shop: Shop, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    stats = _crawl(cli, shop.url("/list"), tmp_path / "s.db")
    assert set(_listings(cli, tmp_path / "s.db")) == {"item/1.html", "item/6.html", "item/7.html"}
    assert stats["gone"] == 3  # 410, 商品不存在, and JD's 该商品已下柜
    assert stats["blocked_pages"] == {"captcha": 1, "login": 1}
    assert any("captcha" in a for a in stats["alarms"]), stats["alarms"]
    assert "警报 alarm" in stats["stderr"]
    # 429: asked again once, and not before the second the shop asked for
    first, second = shop.times["/item/6.html"]
    assert second - first >= 1.0
    assert stats["backoff"]["429"] == 1 and stats["failed_requests"] == 0
    # the crawl's record, as `shelfwatch crawls` shows it
    [crawl] = [json.loads(line) for line in cli("crawls", "--db", str(tmp_path / "s.db"), "--json").stdout.splitlines()]
    assert crawl["items"] == 3 and crawl["gone"] == 3 and crawl["blocked"] == {"captcha": 1, "login": 1}
    assert crawl["finish_reason"] == "finished" and crawl["rendered_share"] == 0.0 and crawl["alarms"]
    assert crawl["errors"] == {}  # the 429 was waited out, the 410 is a gone listing, not an error


def test_a_captcha_never_replaces_a_stored_listing(cli, shop: Shop, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "keep.db"
    _crawl(cli, shop.url("/item/7.html"), db)
    before = _listings(cli, db)["item/7.html"]
    assert before["standards"] == ["GB 6675.2-2014"]
    shop.routes["/item/7.html"] = CAPTCHA
    stats = _crawl(cli, shop.url("/item/7.html"), db)
    assert stats["blocked_pages"] == {"captcha": 1} and stats["items_stored"] == 0
    assert _listings(cli, db)["item/7.html"] == before
    newest = json.loads(cli("crawls", "--db", str(db), "--json").stdout.splitlines()[0])
    assert any("far fewer" in a for a in newest["alarms"]) and any("captcha" in a for a in newest["alarms"])
    text = cli("crawls", "--db", str(db)).stdout
    assert "警报 alarm" in text and "商品 items 0" in text


def test_a_stored_listing_taken_down_is_marked_gone_and_back_again(cli, shop: Shop, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    db = tmp_path / "gone.db"

    def row() -> tuple:  # type: ignore[type-arg]
        with sqlite3.connect(db) as conn:
            return conn.execute("SELECT gone_since, last_status, title FROM listings").fetchone()

    _crawl(cli, shop.url("/item/1.html"), db)
    assert row() == (None, 200, "正常商品")
    shop.routes["/item/1.html"] = (404, {"Content-Type": "text/html"}, b"<html>404</html>")
    stats = _crawl(cli, shop.url("/item/1.html"), db)
    assert stats["listings_gone"] == 1
    first_gone, status, title = row()
    assert first_gone and status == 404 and title == "正常商品"  # the listing and its facts stay
    # seen gone again later: the first time stays
    shop.routes["/item/1.html"] = html("<html><head><title>商品已下架</title></head><body>下架</body></html>")
    _crawl(cli, shop.url("/item/1.html"), db)
    assert row() == (first_gone, 200, "正常商品")
    # back online: no longer gone
    shop.routes["/item/1.html"] = item_page("重新上架")
    _crawl(cli, shop.url("/item/1.html"), db)
    assert row() == (None, 200, "重新上架")
