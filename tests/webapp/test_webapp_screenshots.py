"""Screenshots on the listing page: the stored PNG served byte-identical as an image (never as markup), only to the
office, with its hash, fetch time and final URL shown beside it; a listing without one says how to take one."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable

from fastapi.testclient import TestClient
from png_files import png, size_of
from sqlalchemy import update
from webapp_seed import JACKET_SHOT, SCRIPT, People, Seeded

from shelfwatch.evidence import screenshots_of
from shelfwatch.models import Listing
from shelfwatch.schema import screenshots
from shelfwatch.store import Store
from webapp.security import EVIDENCE_CSP

Login = Callable[..., TestClient]


def _shot_path(page: str, listing_id: int) -> str:
    found = re.search(rf'<img src="(/listings/{listing_id}/screenshots/\d+)"', page)
    assert found, "no screenshot shown"
    return found.group(1)


def test_the_listing_page_shows_its_screenshot_with_hash_time_and_final_url(
    client: TestClient, fresh_store: Store, seeded: Seeded
) -> None:
    page = client.get(f"/listings/{seeded.down_jacket}").text
    shown = page[page.index('id="screenshots"'):page.index("<h2>审计记录")]
    digest = hashlib.sha256(JACKET_SHOT).hexdigest()
    assert f"<code>{digest}</code>" in shown
    assert "http://127.0.0.1:8800/jd/item/100001.html?redirected=1" in shown  # the URL that answered
    assert re.search(r"抓取时间 Fetched \(Asia/Shanghai\)</th><td>\d{4}-\d\d-\d\d \d\d:\d\d</td>", shown)
    [stored] = screenshots_of(fresh_store, "http://127.0.0.1:8800/jd/item/100001.html", bodies=False)
    assert "body" not in stored and stored["page_sha256"] in shown  # the page version it shows, by its hash
    assert _shot_path(page, seeded.down_jacket) == f"/listings/{seeded.down_jacket}/screenshots/{stored['id']}"

    r = client.get(_shot_path(page, seeded.down_jacket))
    assert r.status_code == 200 and r.content == JACKET_SHOT and size_of(r.content) == (40, 60)
    assert r.headers["content-type"] == "image/png"
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["content-security-policy"] == EVIDENCE_CSP
    assert r.headers["x-evidence-sha256"] == digest == hashlib.sha256(r.content).hexdigest()
    assert r.headers["cache-control"] == "no-store"
    download = client.get(_shot_path(page, seeded.down_jacket) + "?download=true")
    assert download.content == JACKET_SHOT
    assert download.headers["content-disposition"] == f'attachment; filename="screenshot-{stored["id"]}.png"'


def test_only_the_office_sees_screenshots(
    anon: TestClient, login: Login, people: People, client: TestClient, seeded: Seeded
) -> None:
    path = _shot_path(client.get(f"/listings/{seeded.down_jacket}").text, seeded.down_jacket)
    refused = anon.get(path, follow_redirects=False)
    assert refused.status_code == 303 and refused.headers["location"].startswith("/login?next=")
    assert JACKET_SHOT not in refused.content
    operator = login(people.jd).get(path, follow_redirects=False)  # the jacket's own platform: still not theirs
    assert operator.status_code == 403 and JACKET_SHOT not in operator.content
    assert login(people.admin).get(path).content == JACKET_SHOT


def test_a_screenshot_is_reached_only_through_its_own_listing(client: TestClient, seeded: Seeded) -> None:
    path = _shot_path(client.get(f"/listings/{seeded.down_jacket}").text, seeded.down_jacket)
    shot_id = path.rsplit("/", 1)[1]
    assert client.get(f"/listings/{seeded.cup}/screenshots/{shot_id}").status_code == 404
    assert client.get(f"/listings/{seeded.down_jacket}/screenshots/999999").status_code == 404


def test_stored_bytes_that_are_markup_are_still_served_as_an_image(
    client: TestClient, fresh_store: Store, seeded: Seeded
) -> None:
    """Whatever a row holds, the app names the type: a browser never gets shop HTML to render on the app's origin."""
    with fresh_store.engine.begin() as conn:
        conn.execute(update(screenshots).values(body=SCRIPT.encode(), media_type="text/html"))
    path = _shot_path(client.get(f"/listings/{seeded.down_jacket}").text, seeded.down_jacket)
    r = client.get(path)
    assert r.content == SCRIPT.encode() and r.headers["content-type"] == "image/png"
    assert r.headers["x-content-type-options"] == "nosniff" and r.headers["content-security-policy"] == EVIDENCE_CSP


def test_a_listing_without_a_screenshot_says_how_to_take_one(client: TestClient, seeded: Seeded) -> None:
    page = client.get(f"/listings/{seeded.cup}").text
    shown = page[page.index('id="screenshots"'):page.index("<h2>审计记录")]
    assert "尚无截图" in shown and "<img" not in shown
    assert "<code>shelfwatch capture 'http://127.0.0.1:8800/tmall/item/7.html'</code>" in shown
    hostile = client.get(f"/listings/{seeded.hostile}").text  # the shop's URL stays text in the command
    assert "<code>shelfwatch capture 'javascript:alert(1)//'</code>" in hostile and 'href="javascript:' not in hostile


def test_newer_screenshots_come_first_and_older_ones_stay_listed(
    client: TestClient, fresh_store: Store, make_listing: Callable[..., Listing]
) -> None:
    from datetime import datetime

    url = "http://127.0.0.1:8800/item/90.html"
    old, new = png(10, 10), png(12, 12)
    crawl = fresh_store.start_crawl([])
    for body, shot, at in ((b"<html>v1</html>", old, datetime(2026, 11, 1, 8)),
                           (b"<html>v2</html>", new, datetime(2026, 11, 2, 8))):
        lid = fresh_store.save_listing(make_listing(url=url, item_id="90"), [], [], risk=0, crawl_id=crawl, page={
            "url": url, "body": body, "status": 200, "content_type": "text/html", "fetched_at": at,
            "rendered": True, "screenshot": shot})
    page = client.get(f"/listings/{lid}").text
    assert client.get(_shot_path(page, lid)).content == new
    shown = page[page.index('id="screenshots"'):page.index("<h2>审计记录")]
    assert shown.index(hashlib.sha256(new).hexdigest()) < shown.index(hashlib.sha256(old).hexdigest())
    assert "2026-11-02 16:00" in shown and "2026-11-01 16:00" in shown  # office time (UTC+8)
