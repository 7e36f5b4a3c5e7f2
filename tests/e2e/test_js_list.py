"""List pages whose item links JavaScript draws, crawled completely: a 加载更多 button over a JSON endpoint the
page's script shows (read directly, no browser), and an infinite-scroll feed whose endpoint hides in an external
script (rendered, scrolled to the end). Served by a small shop on 127.0.0.1.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from crawl_shop import Answer, Shop, html, item_page

PER_PAGE = 5
BUTTON_ITEMS = 17  # four JSON pages: 5, 5, 5, 2
FEED_ITEMS = 12

BUTTON_LIST = """<html><head><title>商品列表</title></head><body>
<ul id="items"></ul><button id="more" type="button">加载更多</button>
<script>
let page = 1;
function load() {
  fetch('/a/api/items?size=5&page=' + page).then((r) => r.json()).then((d) => {
    for (const it of d.data.items) {
      const li = document.createElement('li');
      li.innerHTML = '<a href="' + it.url + '">' + it.title + '</a>';
      document.getElementById('items').appendChild(li);
    }
    page += 1;
    if (!d.data.hasMore) document.getElementById('more').remove();
  });
}
document.getElementById('more').addEventListener('click', load);
load();
</script></body></html>"""

FEED_LIST = """<html><head><title>发现好物</title><script src="/b/app.js"></script></head><body>
<div id="feed"></div><img src="/b/banner.png"><div id="end"></div></body></html>"""

FEED_JS = """
let offset = 0, loading = false, done = false;
async function more() {
  if (loading || done) return;
  loading = true;
  const d = await (await fetch('/b/' + 'feed?offset=' + offset)).json();
  for (const it of d.items) {
    const div = document.createElement('div');
    div.style.height = '600px';
    div.innerHTML = '<a href="' + it.link + '">' + it.name + '</a><img src="/b/pic' + it.id + '.png">';
    document.getElementById('feed').appendChild(div);
  }
  offset += d.items.length;
  done = d.items.length === 0;
  loading = false;
}
window.addEventListener('scroll', () => {
  if (window.innerHeight + window.scrollY >= document.body.scrollHeight - 50) more();
});
document.addEventListener('DOMContentLoaded', more);
"""


def _button_api(path: str) -> Answer:
    page = int(parse_qs(urlsplit(path).query)["page"][0])
    ids = list(range(1, BUTTON_ITEMS + 1))[(page - 1) * PER_PAGE: page * PER_PAGE]
    body = {"code": 0, "data": {"items": [{"id": i, "title": f"商品{i}", "url": f"/a/item/{i}.html"} for i in ids],
                                "hasMore": page * PER_PAGE < BUTTON_ITEMS}}
    return 200, {"Content-Type": "application/json"}, json.dumps(body).encode()


def _feed_api(path: str) -> Answer:
    offset = int(parse_qs(urlsplit(path).query)["offset"][0])
    ids = list(range(1, FEED_ITEMS + 1))[offset: offset + 4]
    items = [{"id": i, "name": f"好物{i}", "link": f"/b/goods/{i}"} for i in ids]
    return 200, {"Content-Type": "application/json"}, json.dumps({"items": items}).encode()


@pytest.fixture
def js_shop() -> Iterator[Shop]:
    with Shop() as s:
        s.routes["/a/list"] = html(BUTTON_LIST)
        s.routes["/b/search?q=toy"] = html(FEED_LIST)
        s.routes["/b/app.js"] = (200, {"Content-Type": "application/javascript"}, FEED_JS.encode())
        for n in range(1, BUTTON_ITEMS + 1):
            s.routes[f"/a/item/{n}.html"] = item_page(f"商品{n}")
        for n in range(1, FEED_ITEMS + 1):
            s.routes[f"/b/goods/{n}"] = item_page(f"好物{n}")
        s.routes.update({f"/a/api/items?size=5&page={p}": _button_api for p in range(1, 10)})
        s.routes.update({f"/b/feed?offset={o}": _feed_api for o in range(0, 40)})
        yield s


def _crawl(cli, url: str, db: Path, **env: str) -> dict:  # type: ignore[no-untyped-def]
    res = cli("crawl", url, "--db", str(db), "--json", env=env)
    assert res.returncode == 0, res.stderr[-3000:]
    return dict(json.loads(res.stdout.strip().splitlines()[-1]))


def _stored(cli, db: Path) -> set[str]:  # type: ignore[no-untyped-def]
    res = cli("listings", "--db", str(db), "--json")
    return {urlsplit(json.loads(line)["url"]).path for line in res.stdout.splitlines()}


def test_load_more_over_a_visible_json_endpoint_is_read_without_a_browser(  # type: ignore[no-untyped-def]
    cli, js_shop: Shop, tmp_path: Path
) -> None:
    stats = _crawl(cli, js_shop.url("/a/list"), tmp_path / "a.db")
    assert _stored(cli, tmp_path / "a.db") == {f"/a/item/{n}.html" for n in range(1, BUTTON_ITEMS + 1)}
    assert stats["rendered_pages"] == 0 and stats["rendered_lists"] == 0
    assert stats["json_list_pages"] == 4  # hasMore: false on the fourth
    assert js_shop.hits["/a/api/items?size=5&page=5"] == 0


@pytest.mark.browser
def test_infinite_scroll_is_rendered_to_the_end_without_images(cli, js_shop: Shop, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    stats = _crawl(cli, js_shop.url("/b/search?q=toy"), tmp_path / "b.db")
    assert _stored(cli, tmp_path / "b.db") == {f"/b/goods/{n}" for n in range(1, FEED_ITEMS + 1)}
    assert stats["rendered_lists"] == 1
    assert not [p for p in js_shop.hits if p.endswith(".png")]  # images never requested
    assert stats["browser_blocked"]["image"] >= 1


def test_a_list_chain_stops_at_its_cap_with_a_warning(cli, js_shop: Shop, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    stats = _crawl(cli, js_shop.url("/a/list"), tmp_path / "cap.db", SHELFWATCH_MAX_LIST_PAGES="2")
    # The first JSON page is the list page's own content; the second is the chain's second page; no third.
    assert stats["json_list_pages"] == 2
    assert stats["capped"]["list_pages"] == 1
    assert len(_stored(cli, tmp_path / "cap.db")) == 2 * PER_PAGE


@pytest.mark.browser
def test_browser_contexts_are_recycled_after_n_pages(cli, js_shop: Shop, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    db = tmp_path / "ctx.db"
    res = cli("crawl", js_shop.url("/a/list"), "--db", str(db), "--json", "--render", "always",
              env={"SHELFWATCH_BROWSER_CONTEXT_PAGES": "5"})
    assert res.returncode == 0, res.stderr[-3000:]
    assert len(_stored(cli, db)) == BUTTON_ITEMS
    with sqlite3.connect(db) as conn:
        [(raw,)] = conn.execute("SELECT stats FROM crawls").fetchall()
    stats = json.loads(raw)
    # 17 rendered item pages, 5 a context: four contexts (each closed once its last page is; the close itself is
    # not in the figures, the memory benchmark shows its effect)
    assert stats["playwright/context_count"] == 4
    assert stats["shelfwatch/browser_contexts_recycled"] == 3
