"""A small store with clean, flagged and hostile listings, saved through the crawler's own write path.

Kept apart from conftest.py (under a unique module name) so tests can import ``Seeded`` and ``SCRIPT``: every test
folder has a ``conftest`` module, and ``from conftest import`` would pick whichever was imported first.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from png_files import png
from sqlalchemy import insert

from shelfwatch.accounts import Role, User
from shelfwatch.audit import now
from shelfwatch.indexing import index_listings
from shelfwatch.models import CertType, Claim, ClaimKind, Finding, FindingCode, Listing, Severity
from shelfwatch.schema import users
from shelfwatch.settings import Settings
from shelfwatch.store import Store
from shelfwatch.wiring import open_search

SCRIPT = "<script>alert(1)</script>"
JACKET_SHOT = png(40, 60)
"""The screenshot kept with the down jacket's page (a real PNG, as a rendered crawl keeps for a flagged listing)."""

STD = Claim(kind=ClaimKind.STANDARD, value="GB/T 14272-2011", raw="GB/T14272—2011", where="param:执行标准")
BAD_SC = Claim(kind=ClaimKind.CERTIFICATE, value="SC10644011500124", raw="SC10644011500124", where="description",
               cert_type=CertType.SC, valid=False, note="校验位不符 check digit wrong")
WITHDRAWN = Finding(code=FindingCode.STANDARD_WITHDRAWN, severity=Severity.MEDIUM, evidence="执行标准：GB/T14272—2011",
                    explanation="GB/T 14272-2011 已于2022年废止", subject="GB/T 14272-2011", source="registry")
INVALID = Finding(code=FindingCode.CERTIFICATE_INVALID, severity=Severity.HIGH, evidence="SC10644011500124",
                  explanation="食品生产许可证编号校验位错误", subject="SC10644011500124")
BLACKLISTED = Finding(code=FindingCode.BLACKLISTED_ENTITY, severity=Severity.HIGH, evidence="生产企业：某某厂",
                      explanation="生产企业在失信名单中", subject="某某厂", source="demo blacklist")


@dataclass(kw_only=True)
class Seeded:
    """Ids of the listings the fixture store holds."""

    down_jacket: int
    """jd-demo, risk 80: a withdrawn standard and an invalid SC licence, its rendered page and a screenshot kept."""
    cup: int
    """tmall-demo, risk 50: a blacklisted maker."""
    clean: int
    """jd-demo, no findings."""
    hostile: int
    """jd-demo, risk 30: script in every field, a javascript: URL, a page with scripts."""


def seed(store: Store, make_listing: Callable[..., Listing]) -> Seeded:
    """Save the four listings through the crawler's own write path and index them for search."""
    jacket = make_listing(params={"执行标准": "GB/T14272—2011", "填充物": "白鸭绒"})
    cup = make_listing(platform="tmall-demo", url="http://127.0.0.1:8800/tmall/item/7.html", item_id="7",
                       title="不锈钢保温杯 500ml", maker="某某厂", seller="某某杯业专营店")
    clean = make_listing(url="http://127.0.0.1:8800/jd/item/100002.html", item_id="100002", title="男士保暖内衣套装")
    hostile = make_listing(url="javascript:alert(1)//", item_id="666", title=f"羽绒 {SCRIPT}", seller=SCRIPT,
                           maker=SCRIPT, params={SCRIPT: SCRIPT, "执行标准": SCRIPT}, description=SCRIPT)
    hostile_claim = Claim(kind=ClaimKind.STANDARD, value=SCRIPT, raw=SCRIPT, where=SCRIPT)
    hostile_finding = Finding(code=FindingCode.STANDARD_UNKNOWN, severity=Severity.HIGH, evidence=SCRIPT,
                              explanation=f"说明 {SCRIPT}", subject=SCRIPT, source=SCRIPT)
    crawl = store.start_crawl([])
    page = {"url": jacket.url, "body": "<html><title>儿童羽绒服</title>执行标准：GB/T14272—2011</html>".encode(),
            "status": 200, "content_type": "text/html; charset=utf-8", "rendered": True,
            "final_url": jacket.url + "?redirected=1", "screenshot": JACKET_SHOT, "fetched_at": jacket.fetched_at}
    evil_page = {"url": hostile.url, "body": f"<html><body>{SCRIPT}<img src=x onerror=alert(2)></body></html>".encode(),
                 "status": 200, "content_type": "text/html"}
    ids = Seeded(
        down_jacket=store.save_listing(jacket, [STD, BAD_SC], [WITHDRAWN, INVALID], risk=80, crawl_id=crawl, page=page),
        cup=store.save_listing(cup, [], [BLACKLISTED], risk=50, crawl_id=crawl),
        clean=store.save_listing(clean, [], [], risk=0, crawl_id=crawl),
        hostile=store.save_listing(hostile, [hostile_claim], [hostile_finding], risk=30, crawl_id=crawl,
                                   page=evil_page),
    )
    index = open_search(Settings(db=store.url), store)
    index_listings(store, index, [ids.down_jacket, ids.cup, ids.clean])  # from the store's rows, as the crawler does
    index.close()
    return ids


PASSWORD = "correct horse battery"


@dataclass(kw_only=True)
class People:
    """The fixture's accounts, all with PASSWORD."""

    admin: User
    inspector: User
    jd: User
    """Operator of jd-demo (the down jacket, the clean and the hostile listing)."""
    tmall: User
    """Operator of tmall-demo (the cup)."""


def add_people(store: Store, password_hash: str) -> People:
    """Insert the accounts directly with one precomputed hash (``accounts.add_user`` is tested on its own)."""
    made = {}
    for key, name, role, platform in (("admin", "admin1", Role.ADMIN, ""), ("inspector", "insp1", Role.INSPECTOR, ""),
                                      ("jd", "op-jd", Role.OPERATOR, "jd-demo"),
                                      ("tmall", "op-tmall", Role.OPERATOR, "tmall-demo")):
        with store.engine.begin() as conn:
            uid = conn.execute(insert(users).values(name=name, role=str(role), platform=platform,
                                                    password_hash=password_hash, active=True, created_at=now())
                               ).inserted_primary_key[0]  # type: ignore[index]
        made[key] = User(id=int(uid), name=name, role=role, platform=platform)
    return People(**made)
