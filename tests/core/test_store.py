from __future__ import annotations

import threading
from collections.abc import Callable

from shelfwatch.models import CertType, Claim, ClaimKind, Finding, FindingCode, Listing, Severity
from shelfwatch.store import Store

STD = Claim(kind=ClaimKind.STANDARD, value="GB/T 14272-2011", raw="GB/T14272—2011", where="param:执行标准")
CCC = Claim(kind=ClaimKind.CERTIFICATE, value="2022011606454871", raw="2022011606454871", where="param:3C证书编号",
            cert_type=CertType.CCC, valid=True)
WITHDRAWN = Finding(code=FindingCode.STANDARD_WITHDRAWN, severity=Severity.MEDIUM, evidence="执行标准：GB/T14272—2011",
                    explanation="已废止", subject="GB/T 14272-2011")


def test_listing_round_trip_with_claims_findings_and_evidence(
    fresh_store: Store, make_listing: Callable[..., Listing]
) -> None:
    crawl = fresh_store.start_crawl(["http://127.0.0.1:8800/jd/list"])
    listing = make_listing(params={"执行标准": "GB/T14272—2011"})
    page = {"url": listing.url, "body": "<html>执行标准</html>".encode(), "status": 200}
    fresh_store.save_listing(listing, [STD, CCC], [WITHDRAWN], risk=40.0, crawl_id=crawl, page=page)

    [row] = list(fresh_store.iter_listings())
    assert row["params"] == {"执行标准": "GB/T14272—2011"}
    assert row["claims"] == [STD, CCC]
    [f] = list(fresh_store.iter_findings())
    assert (f["code"], f["url"], f["risk"]) == ("standard_withdrawn", listing.url, 40.0)
    [ev] = fresh_store.page_evidence(listing.url)
    assert ev["body"] == page["body"]


def test_recrawl_keeps_claim_history_replaces_findings_and_dedups_evidence(
    fresh_store: Store, make_listing: Callable[..., Listing]
) -> None:
    listing = make_listing()
    page = {"url": listing.url, "body": b"<html>v1</html>", "status": 200}
    first = fresh_store.start_crawl([])
    fresh_store.save_listing(listing, [STD], [WITHDRAWN], risk=40.0, crawl_id=first, page=page)
    second = fresh_store.start_crawl([])
    fixed = Claim(kind=ClaimKind.STANDARD, value="GB/T 14272-2021", raw="GB/T 14272-2021")
    fresh_store.save_listing(listing, [fixed], [], risk=0.0, crawl_id=second, page=page)

    [row] = list(fresh_store.iter_listings())
    assert row["claims"] == [fixed]
    assert list(fresh_store.iter_findings()) == []
    counts = fresh_store.counts()
    assert counts["claims"] == 2  # the 2011 claim stays as history of the first crawl
    assert counts["pages"] == 1  # an identical page body is kept once
    assert counts["listings"] == 1


def test_a_review_verdict_survives_a_recrawl_that_raises_the_same_finding(
    fresh_store: Store, make_listing: Callable[..., Listing]
) -> None:
    listing = make_listing()
    fresh_store.save_listing(listing, [STD], [WITHDRAWN], risk=40.0, crawl_id=fresh_store.start_crawl([]))
    [f] = list(fresh_store.iter_findings())
    assert fresh_store.set_review(f["id"], "confirmed")
    fresh_store.save_listing(listing, [STD], [WITHDRAWN], risk=40.0, crawl_id=fresh_store.start_crawl([]))
    assert [r["review"] for r in fresh_store.iter_findings()] == ["confirmed"]


def test_one_item_at_two_urls_is_one_listing_and_an_id_found_later_joins_its_url_row(
    fresh_store: Store, make_listing: Callable[..., Listing]
) -> None:
    fresh_store.save_listing(make_listing(), [STD], [WITHDRAWN], risk=40.0)
    mobile = make_listing(url="http://m.127.0.0.1:8800/jd/item/100001.html", title="新标题")
    fresh_store.save_listing(mobile, [STD], [WITHDRAWN], risk=40.0)
    [row] = list(fresh_store.iter_listings())
    assert (row["url"], row["title"]) == (mobile.url, "新标题")  # the newest URL and facts, one row
    assert len(list(fresh_store.iter_findings())) == 1

    # Keyed by URL while the page gave no item id; the row takes the id once a later page gives it.
    shop = "http://127.0.0.1:8800/shop/p/7"
    first = fresh_store.save_listing(make_listing(url=shop, item_id="", platform="generic"), [], [], risk=0.0)
    assert fresh_store.save_listing(make_listing(url=shop, item_id="", platform="generic"), [], [], risk=0.0) == first
    assert fresh_store.save_listing(make_listing(url=shop, item_id="p7", platform="generic"), [], [], risk=0.0) == first
    assert fresh_store.counts()["listings"] == 2


def test_processes_saving_the_same_listing_at_once_neither_fail_nor_duplicate(
    store_url: str, make_listing: Callable[..., Listing]
) -> None:
    """Eight writers, each with its own engine (as crawl processes have), store the same listings at the same moment."""
    Store(store_url).close()  # schema made once, as the first worker to start would
    writers = 8
    gate = threading.Barrier(writers)
    errors: list[BaseException] = []
    ids: list[int] = []

    def write(n: int) -> None:
        store = Store(store_url)
        try:
            crawl = store.start_crawl([])
            gate.wait(timeout=60)
            for i in range(8):  # the same eight listings (by item id) and one keyed by URL, every writer
                listing = make_listing(url=f"http://127.0.0.1:8800/jd/item/{i}.html?from={n}", item_id=str(i))
                page = {"url": listing.url, "body": f"<html>{i}</html>".encode(), "status": 200}
                ids.append(store.save_listing(listing, [STD], [WITHDRAWN], risk=40.0, crawl_id=crawl, page=page))
            store.save_listing(make_listing(url="http://127.0.0.1:8800/shop/x", item_id="", platform="generic"),
                               [], [WITHDRAWN], risk=1.0, crawl_id=crawl, page={"url": "u", "body": b"x"})
        except BaseException as exc:  # collected: the assertion below names every writer's failure
            errors.append(exc)
        finally:
            store.close()

    threads = [threading.Thread(target=write, args=(n,)) for n in range(writers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert errors == []
    assert len(set(ids)) == 8
    store = Store(store_url)
    counts = store.counts()
    store.close()
    assert (counts["listings"], counts["findings"], counts["pages"]) == (9, 9, 9)
    assert counts["claims"] == 8 * writers  # each crawl's claims are its own history
