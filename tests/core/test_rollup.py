"""The dashboard's rollup (revision 0012) stays equal to the rows it summarizes, whatever writes them.

Each test drives real writes (crawl saves, re-judgments, decisions, deletes, raw SQL) on SQLite and PostgreSQL and
then compares the rollup tables with the same figures counted from ``listings`` and ``findings`` directly.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable

from sqlalchemy import delete, select, text, update

from shelfwatch.audit import Actor
from shelfwatch.decisions import Decision, decide
from shelfwatch.models import Finding, FindingCode, Listing, Severity
from shelfwatch.schema import findings, listings, rollup_findings, rollup_hours, rollup_listings
from shelfwatch.store import Review, Store

CODES = (FindingCode.STANDARD_UNKNOWN, FindingCode.STANDARD_WITHDRAWN, FindingCode.CERTIFICATE_INVALID)


def _nonzero(counter: Counter[tuple[object, ...]]) -> dict[tuple[object, ...], int]:
    return {k: v for k, v in counter.items() if v}


def recount(store: Store) -> tuple[dict[tuple[object, ...], int], ...]:
    """(listings, flagged, findings, hours, per-listing active counts) counted from the base tables."""
    with store.engine.connect() as conn:
        ls = conn.execute(select(listings.c.id, listings.c.platform, listings.c.category_key)).all()
        fs = conn.execute(select(findings.c.listing_id, findings.c.code, findings.c.severity, findings.c.review,
                                 findings.c.created_at).where(findings.c.active.is_(True))).all()
    where = {i: (p, c) for i, p, c in ls}
    per_listing = Counter(f.listing_id for f in fs)
    return (
        _nonzero(Counter(where.values())),
        _nonzero(Counter(where[i] for i in per_listing)),
        _nonzero(Counter((*where[f.listing_id], f.code, f.severity, f.review) for f in fs)),
        _nonzero(Counter((f.created_at.strftime("%Y-%m-%d %H"),) for f in fs)),
        {(i,): per_listing.get(i, 0) for i in where},
    )


def rolled_up(store: Store) -> tuple[dict[tuple[object, ...], int], ...]:
    """The same five figures as the triggers keep them."""
    with store.engine.connect() as conn:
        rl = conn.execute(select(rollup_listings)).all()
        rf = conn.execute(select(rollup_findings)).all()
        rh = conn.execute(select(rollup_hours)).all()
        active = conn.execute(select(listings.c.id, listings.c.active_findings)).all()
    return (
        {(r.platform, r.category_key): r.n_listings for r in rl if r.n_listings},
        {(r.platform, r.category_key): r.n_flagged for r in rl if r.n_flagged},
        {(r.platform, r.category_key, r.code, r.severity, r.review): r.n for r in rf if r.n},
        {(r.hour,): r.n for r in rh if r.n},
        {(i,): n for i, n in active},
    )


def _finding(code: FindingCode, subject: str, severity: Severity = Severity.HIGH) -> Finding:
    return Finding(code=code, severity=severity, evidence=subject, explanation="说明", subject=subject)


def test_rollup_follows_crawls_judgments_decisions_and_deletes(
    fresh_store: Store, make_listing: Callable[..., Listing]
) -> None:
    rng = random.Random(11)
    crawl = fresh_store.start_crawl([])
    platform_of = {i: rng.choice(("jd-demo", "tmall-demo")) for i in range(24)}
    for i in range(24):
        raised = [_finding(code, f"GB {i}-{k}", rng.choice((Severity.HIGH, Severity.MEDIUM)))
                  for k, code in enumerate(rng.sample(CODES, rng.randrange(0, 3)))]
        fresh_store.save_listing(
            make_listing(url=f"http://127.0.0.1:8800/item/{i}.html", item_id=str(i), platform=platform_of[i],
                         category_key=rng.choice(("toys", "kettle"))),
            [], raised, risk=rng.uniform(0, 100), crawl_id=crawl)
    assert recount(fresh_store) == rolled_up(fresh_store)
    assert rolled_up(fresh_store)[2], "the test raised findings"

    # A re-crawl: some findings cleared, some raised again, some new; a listing changes category on the page.
    again = fresh_store.start_crawl([])
    for i in range(0, 24, 2):
        raised = [_finding(code, f"GB {i}-{k}") for k, code in enumerate(rng.sample(CODES, rng.randrange(0, 4)))]
        fresh_store.save_listing(
            make_listing(url=f"http://127.0.0.1:8800/item/{i}.html", item_id=str(i), platform=platform_of[i],
                         category_key=rng.choice(("toys", "helmet"))),
            [], raised, risk=50.0, crawl_id=again)
    assert recount(fresh_store) == rolled_up(fresh_store)

    # A re-judgment moves a flagged listing to another category and raises something else.
    flagged = [lid for (lid,), n in recount(fresh_store)[4].items() if n]
    fresh_store.save_judgment(flagged[0], [_finding(FindingCode.STANDARD_WITHDRAWN, "GB 1-2000")], [], risk=9.0,
                              category_key="stroller")
    assert recount(fresh_store) == rolled_up(fresh_store)

    # Inspectors' decisions change review states (the rollup counts per state).
    with fresh_store.engine.connect() as conn:
        some = [int(i) for i in conn.execute(select(findings.c.id).where(findings.c.active.is_(True))).scalars()][:5]
    decide(fresh_store, some[:3], Decision(review=Review.CONFIRMED), actor=Actor(name="insp"))
    decide(fresh_store, some[3:], Decision(review=Review.DISMISSED, reason="misread"), actor=Actor(name="insp"))
    assert recount(fresh_store) == rolled_up(fresh_store)

    # Writes no store method makes: a listing deleted (its findings go by cascade), a finding deleted, a platform
    # renamed, findings switched off in bulk.
    with fresh_store.engine.begin() as conn:
        conn.execute(delete(listings).where(listings.c.id == flagged[1]))
        conn.execute(delete(findings).where(findings.c.id == some[0]))
        conn.execute(update(listings).where(listings.c.id == flagged[2]).values(platform="shop-demo"))
        conn.execute(update(findings).where(findings.c.listing_id == flagged[3]).values(active=False))
    assert recount(fresh_store) == rolled_up(fresh_store)


def test_upgrade_fills_the_rollup_and_versions_from_stored_rows(
    store_url: str, make_listing: Callable[..., Listing]
) -> None:
    """A store made before revision 0012 gets its rollup counted and one version per listing on upgrade."""
    from shelfwatch.schema import listing_versions

    store = Store(store_url)
    try:
        crawl = store.start_crawl([])
        for i in range(6):
            store.save_listing(make_listing(url=f"http://127.0.0.1:8800/item/{i}.html", item_id=str(i),
                                            category_key="toys" if i % 2 else "kettle"),
                               [], [_finding(CODES[i % 3], f"GB {i}")] if i % 3 else [], risk=float(i),
                               crawl_id=crawl)
        expected = recount(store)
        # Take the database back to revision 0011 as it would have been (no rollup, no versions, no triggers).
        with store.engine.begin() as conn:
            if conn.dialect.name == "sqlite":
                for name in ("rollup_listing_insert", "rollup_listing_update", "rollup_listing_delete",
                             "rollup_finding_insert", "rollup_finding_update", "rollup_finding_delete"):
                    conn.execute(text(f"DROP TRIGGER {name}"))
            else:
                conn.execute(text("DROP FUNCTION rollup_listing_change() CASCADE"))
                conn.execute(text("DROP FUNCTION rollup_finding_change() CASCADE"))
            for table in ("rollup_listings", "rollup_findings", "rollup_hours", "listing_versions"):
                conn.execute(text(f"DROP TABLE {table}"))
            conn.execute(text("DROP INDEX ix_listings_risk"))
            conn.execute(text("CREATE INDEX ix_listings_risk ON listings (risk)"))
            conn.execute(text("ALTER TABLE listings DROP COLUMN active_findings"))
            conn.execute(text("UPDATE alembic_version SET version_num = '0011'"))
        store.close()
        store = Store(store_url)  # upgrades
        assert rolled_up(store) == expected
        with store.engine.connect() as conn:
            assert conn.execute(select(listing_versions.c.listing_id)).scalars().all() == list(range(1, 7))
    finally:
        store.close()
