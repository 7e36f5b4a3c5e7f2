"""The listing page: claims marked in the captured text (shop text never becomes markup), claims the registry
cannot verify, and the listing's history across crawls."""

from __future__ import annotations

import re
from collections.abc import Callable

from fastapi.testclient import TestClient
from webapp_seed import Seeded

from shelfwatch.models import CertType, Claim, ClaimKind, Listing, UnverifiedClaim
from shelfwatch.store import Store
from webapp.highlight import MAX_MARKS, highlight, visible_text

STD = Claim(kind=ClaimKind.STANDARD, value="GB 6675.1-2014", raw="GB 6675.1-2014", where="param:执行标准")
FULL_WIDTH = Claim(kind=ClaimKind.STANDARD, value="GB 31241-2014", raw="ＧＢ３１２４１－２０１４", where="description")
CCC = Claim(kind=ClaimKind.CERTIFICATE, cert_type=CertType.CCC, value="2021010703123456", raw="2021010703123456")


def _marked(captured: object) -> list[tuple[str, int]]:
    return [(s.text, s.claim) for s in captured.segments if s.claim is not None]  # type: ignore[attr-defined]


def test_highlight_marks_each_occurrence_from_offsets() -> None:
    text = "执行标准：GB 6675.1-2014\n另见 ＧＢ３１２４１－２０１４ 与 GB 6675.1-2014。"
    captured = highlight(text, [STD, FULL_WIDTH, CCC])
    assert _marked(captured) == [("GB 6675.1-2014", 0), ("ＧＢ３１２４１－２０１４", 1), ("GB 6675.1-2014", 0)]
    assert captured.found == [2, 1, 0]
    assert "".join(s.text for s in captured.segments) == text  # nothing lost, nothing added
    # A claim written in full width on the page but stored normalized is still found (both sides folded).
    assert _marked(highlight("标准ＧＢ　６６７５．１－２０１４", [STD])) == [("ＧＢ　６６７５．１－２０１４", 0)]
    # Overlaps: the first, longer occurrence wins; no mark inside a mark.
    short = Claim(kind=ClaimKind.STANDARD, value="GB 6675", raw="GB 6675", where="")
    assert _marked(highlight("GB 6675.1-2014", [STD, short])) == [("GB 6675.1-2014", 0)]
    # A page repeating a code endlessly is marked a bounded number of times.
    assert sum(highlight("GB 6675.1-2014 " * (MAX_MARKS + 50), [STD]).found) == MAX_MARKS


def test_visible_text_leaves_out_scripts_and_keeps_lines() -> None:
    page = ("<html><head><title>t</title><style>p{}</style></head><body><p>执行标准：GB 6675.1-2014</p>"
            "<script>var x='GB 1-2000'</script><div>品牌：乐玩</div></body></html>")
    assert visible_text(page) == "执行标准：GB 6675.1-2014\n品牌：乐玩"


def test_listing_page_marks_claims_and_shop_markup_stays_text(
    fresh_store: Store, make_listing: Callable[..., Listing], client: TestClient
) -> None:
    body = ("<html><body><p>执行标准：GB 6675.1-2014 &lt;/mark&gt;&lt;mark&gt;假标记 fake&lt;/mark&gt;</p>"
            "<p>&lt;mark class=x&gt;GB 6675.1-2014&lt;/mark&gt; <b>&lt;script&gt;alert(1)&lt;/script&gt;</b></p>"
            "<script>document.write('<mark>GB 6675.1-2014</mark>')</script></body></html>").encode()
    crawl = fresh_store.start_crawl([])
    lid = fresh_store.save_listing(
        make_listing(url="http://127.0.0.1:8800/item/77.html", item_id="77", title="积木 </mark><mark>"),
        [STD, CCC], [], risk=10, crawl_id=crawl,
        page={"url": "http://127.0.0.1:8800/item/77.html", "body": body, "content_type": "text/html; charset=utf-8",
              "status": 200},
        unverified=[UnverifiedClaim(subject="QB/T 2000-2010", evidence="执行标准：QB/T 2000-2010 <mark>x</mark>",
                                    explanation="已载入的标准库不覆盖 QB/T", reference="registry demo 2026-11")],
    )
    page = client.get(f"/listings/{lid}").text
    captured = page[page.index('id="captured"'):page.index("页面证据 <small>Stored page evidence")]
    # Exactly the two visible occurrences are marks the app made; the shop's look-alikes are text.
    assert re.findall(r"<mark[ >][^<]*</mark>", captured) == ['<mark title="GB 6675.1-2014">GB 6675.1-2014</mark>'] * 2
    assert captured.count("<mark") == 2 and captured.count("</mark>") == 2
    assert "&lt;/mark&gt;&lt;mark&gt;假标记 fake&lt;/mark&gt;" in captured and "&lt;mark class=x&gt;" in captured
    assert "<script" not in captured and "&lt;script&gt;alert(1)&lt;/script&gt;" in captured
    assert "document.write" not in captured  # scripts are not page text
    assert "标出 2 处 marked ×2" in page and "not in the visible text" in page  # the CCC number is not on the page
    # The claim the loaded registry cannot verify is shown, escaped, as information.
    unverifiable = page[page.index("无法核验的声明"):page.index("历次抓取")]
    assert "QB/T 2000-2010" in unverifiable and "已载入的标准库不覆盖 QB/T" in unverifiable
    assert "&lt;mark&gt;x&lt;/mark&gt;" in unverifiable and "<mark>x" not in unverifiable


def test_listing_page_shows_history_across_crawls(
    fresh_store: Store, make_listing: Callable[..., Listing], client: TestClient
) -> None:
    url = "http://127.0.0.1:8800/item/78.html"
    first, second = fresh_store.start_crawl([]), fresh_store.start_crawl([])
    lid = fresh_store.save_listing(make_listing(url=url, item_id="78", price=99.0), [STD], [], risk=0,
                                   crawl_id=first)
    fresh_store.save_listing(make_listing(url=url, item_id="78", price=79.0), [CCC], [], risk=0, crawl_id=second)
    page = client.get(f"/listings/{lid}").text
    history = page[page.index("历次抓取"):page.index("页面证据 <small>")]
    assert history.index("79.00 CNY") < history.index("99.00 CNY")  # newest first
    assert "首次记录 first seen" in history and "价格 price" in history and "声明 claims" in history
    assert "<code>2021010703123456</code> <span class=\"ok\">新增 new</span>" in history
    assert "<del><code>GB 6675.1-2014</code></del>" in history


def test_each_finding_shows_the_entries_it_rests_on(fresh_store: Store, seeded: Seeded, client: TestClient) -> None:
    from datetime import date

    from matching.blacklist import BlacklistEntry, ListKind
    from matching.registry import StandardKind, StandardRecord, StandardStatus

    fresh_store.replace_standards([StandardRecord(
        code="GB/T 14272-2011", title="羽绒服装", kind=StandardKind.RECOMMENDED, status=StandardStatus.WITHDRAWN,
        withdrawn=date(2022, 4, 1), replaced_by="GB/T 14272-2021", source="openstd.samr.gov.cn 2026-11 <b>x</b>")])
    fresh_store.add_blacklist([BlacklistEntry(list=next(iter(ListKind)), name="某某厂", uscc="91330000MA2XXXXX0X",
                                              reason="抽检不合格", source="省局通告 2026-10")])
    jacket = client.get(f"/listings/{seeded.down_jacket}").text
    finding = jacket[jacket.index("GB/T 14272-2011 已于2022年废止"):jacket.index("<h2>下架通知")]
    assert "所依据条目 Entry it rests on" in finding and "羽绒服装" in finding and "GB/T 14272-2021" in finding
    assert "2022-04-01" in finding and "openstd.samr.gov.cn 2026-11 &lt;b&gt;x&lt;/b&gt;" in finding
    cup = client.get(f"/listings/{seeded.cup}").text
    assert "抽检不合格" in cup and "省局通告 2026-10" in cup and "91330000MA2XXXXX0X" in cup
