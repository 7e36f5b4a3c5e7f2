from __future__ import annotations

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
