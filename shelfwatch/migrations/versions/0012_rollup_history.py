"""The dashboard's rollup, kept by the database itself, and each listing's history across crawls.

``rollup_listings`` (listings and flagged listings per platform and category), ``rollup_findings`` (current findings
per platform, category, code, severity and review state) and ``rollup_hours`` (current findings per hour first
raised) answer the dashboard and the review queue's totals in a few hundred rows, whatever the store's size
(benchmarks/dashboard.py). Triggers on ``listings`` and ``findings`` keep them in the transaction of every write,
on SQLite and PostgreSQL alike, so no write path (a crawl, a re-judgment, an inspector's decision, a deleted
listing, a script) can leave them behind. ``listings.active_findings`` counts a listing's current findings: it says
"flagged" without a lookup, and the review queue walks the risk index (now on risk and id) over flagged listings
only. Upgrading fills all of them from the rows already stored, before the triggers exist.

``listing_versions`` keeps a listing's title, price and claims each time a crawl saw them change (written by
``Store.save_listing``); an existing listing starts with its current state as its first version.

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_FINDING_KEY = "platform, category_key, code, severity, review"

# -- SQLite: one trigger per event, each a list of statements -------------------------------------------------
_SQLITE_HOUR = "strftime('%Y-%m-%d %H', {0}.created_at)"
_SQLITE_MOVED = "(OLD.platform IS NOT NEW.platform OR OLD.category_key IS NOT NEW.category_key)"
_SQLITE = [
    """CREATE TRIGGER rollup_listing_insert AFTER INSERT ON listings BEGIN
  INSERT INTO rollup_listings (platform, category_key, n_listings, n_flagged)
    VALUES (NEW.platform, NEW.category_key, 1, NEW.active_findings > 0)
    ON CONFLICT (platform, category_key) DO UPDATE SET n_listings = n_listings + 1, n_flagged = n_flagged + excluded.n_flagged;
END""",
    f"""CREATE TRIGGER rollup_listing_update AFTER UPDATE OF platform, category_key, active_findings ON listings
WHEN {_SQLITE_MOVED} OR (OLD.active_findings > 0) IS NOT (NEW.active_findings > 0) BEGIN
  UPDATE rollup_listings SET n_listings = n_listings - 1, n_flagged = n_flagged - (OLD.active_findings > 0)
    WHERE platform = OLD.platform AND category_key = OLD.category_key;
  INSERT INTO rollup_listings (platform, category_key, n_listings, n_flagged)
    VALUES (NEW.platform, NEW.category_key, 1, NEW.active_findings > 0)
    ON CONFLICT (platform, category_key) DO UPDATE SET n_listings = n_listings + 1, n_flagged = n_flagged + excluded.n_flagged;
  UPDATE rollup_findings SET n = n - g.c
    FROM (SELECT code, severity, review, count(*) AS c FROM findings
          WHERE listing_id = OLD.id AND active AND {_SQLITE_MOVED} GROUP BY code, severity, review) AS g
    WHERE rollup_findings.platform = OLD.platform AND rollup_findings.category_key = OLD.category_key
      AND rollup_findings.code = g.code AND rollup_findings.severity = g.severity AND rollup_findings.review = g.review;
  INSERT INTO rollup_findings ({_FINDING_KEY}, n)
    SELECT NEW.platform, NEW.category_key, code, severity, review, count(*) FROM findings
    WHERE listing_id = NEW.id AND active AND {_SQLITE_MOVED} GROUP BY code, severity, review
    ON CONFLICT ({_FINDING_KEY}) DO UPDATE SET n = n + excluded.n;
END""",
    # BEFORE: the listing's findings are still there to be taken out (the cascade deletes them next, and their own
    # trigger, finding no listing, does nothing).
    f"""CREATE TRIGGER rollup_listing_delete BEFORE DELETE ON listings BEGIN
  UPDATE rollup_listings SET n_listings = n_listings - 1, n_flagged = n_flagged - (OLD.active_findings > 0)
    WHERE platform = OLD.platform AND category_key = OLD.category_key;
  UPDATE rollup_findings SET n = n - g.c
    FROM (SELECT code, severity, review, count(*) AS c FROM findings WHERE listing_id = OLD.id AND active
          GROUP BY code, severity, review) AS g
    WHERE rollup_findings.platform = OLD.platform AND rollup_findings.category_key = OLD.category_key
      AND rollup_findings.code = g.code AND rollup_findings.severity = g.severity AND rollup_findings.review = g.review;
  UPDATE rollup_hours SET n = n - g.c
    FROM (SELECT {_SQLITE_HOUR.format('findings')} AS h, count(*) AS c FROM findings
          WHERE listing_id = OLD.id AND active GROUP BY h) AS g
    WHERE rollup_hours.hour = g.h;
END""",
    f"""CREATE TRIGGER rollup_finding_insert AFTER INSERT ON findings WHEN NEW.active BEGIN
  INSERT INTO rollup_findings ({_FINDING_KEY}, n)
    SELECT platform, category_key, NEW.code, NEW.severity, NEW.review, 1 FROM listings WHERE id = NEW.listing_id
    ON CONFLICT ({_FINDING_KEY}) DO UPDATE SET n = n + 1;
  INSERT INTO rollup_hours (hour, n) VALUES ({_SQLITE_HOUR.format('NEW')}, 1)
    ON CONFLICT (hour) DO UPDATE SET n = n + 1;
  UPDATE listings SET active_findings = active_findings + 1 WHERE id = NEW.listing_id;
END""",
    f"""CREATE TRIGGER rollup_finding_update AFTER UPDATE OF active, code, severity, review, created_at ON findings
WHEN OLD.active IS NOT NEW.active OR OLD.code IS NOT NEW.code OR OLD.severity IS NOT NEW.severity
  OR OLD.review IS NOT NEW.review OR OLD.created_at IS NOT NEW.created_at BEGIN
  UPDATE rollup_findings SET n = n - 1
    WHERE OLD.active AND (platform, category_key) = (SELECT platform, category_key FROM listings WHERE id = OLD.listing_id)
      AND code = OLD.code AND severity = OLD.severity AND review = OLD.review;
  UPDATE rollup_hours SET n = n - 1 WHERE OLD.active AND hour = {_SQLITE_HOUR.format('OLD')};
  INSERT INTO rollup_findings ({_FINDING_KEY}, n)
    SELECT platform, category_key, NEW.code, NEW.severity, NEW.review, 1 FROM listings
    WHERE id = NEW.listing_id AND NEW.active
    ON CONFLICT ({_FINDING_KEY}) DO UPDATE SET n = n + 1;
  INSERT INTO rollup_hours (hour, n) SELECT {_SQLITE_HOUR.format('NEW')}, 1 WHERE NEW.active
    ON CONFLICT (hour) DO UPDATE SET n = n + 1;
  UPDATE listings SET active_findings = active_findings + (NEW.active <> 0) - (OLD.active <> 0)
    WHERE id = NEW.listing_id AND OLD.active IS NOT NEW.active;
END""",
    f"""CREATE TRIGGER rollup_finding_delete AFTER DELETE ON findings WHEN OLD.active BEGIN
  UPDATE rollup_findings SET n = n - 1
    WHERE (platform, category_key) = (SELECT platform, category_key FROM listings WHERE id = OLD.listing_id)
      AND code = OLD.code AND severity = OLD.severity AND review = OLD.review;
  UPDATE rollup_hours SET n = n - 1
    WHERE hour = {_SQLITE_HOUR.format('OLD')} AND EXISTS (SELECT 1 FROM listings WHERE id = OLD.listing_id);
  UPDATE listings SET active_findings = active_findings - 1 WHERE id = OLD.listing_id;
END""",
]

# -- PostgreSQL: one function per table, row triggers --------------------------------------------------------
_PG_HOUR = "to_char({0}.created_at, 'YYYY-MM-DD HH24')"
_PG_MOVED = "(OLD.platform IS DISTINCT FROM NEW.platform OR OLD.category_key IS DISTINCT FROM NEW.category_key)"
_POSTGRESQL = [
    f"""CREATE FUNCTION rollup_listing_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE rollup_listings SET n_listings = n_listings - 1, n_flagged = n_flagged - (OLD.active_findings > 0)::int
      WHERE platform = OLD.platform AND category_key = OLD.category_key;
    IF TG_OP = 'DELETE' OR {_PG_MOVED} THEN
      UPDATE rollup_findings r SET n = r.n - g.c
        FROM (SELECT code, severity, review, count(*) AS c FROM findings WHERE listing_id = OLD.id AND active
              GROUP BY code, severity, review) AS g
        WHERE r.platform = OLD.platform AND r.category_key = OLD.category_key
          AND r.code = g.code AND r.severity = g.severity AND r.review = g.review;
    END IF;
    IF TG_OP = 'DELETE' THEN
      UPDATE rollup_hours r SET n = r.n - g.c
        FROM (SELECT {_PG_HOUR.format('findings')} AS h, count(*) AS c FROM findings
              WHERE listing_id = OLD.id AND active GROUP BY 1) AS g
        WHERE r.hour = g.h;
      RETURN OLD;
    END IF;
  END IF;
  INSERT INTO rollup_listings (platform, category_key, n_listings, n_flagged)
    VALUES (NEW.platform, NEW.category_key, 1, (NEW.active_findings > 0)::int)
    ON CONFLICT (platform, category_key) DO UPDATE SET n_listings = rollup_listings.n_listings + 1,
      n_flagged = rollup_listings.n_flagged + EXCLUDED.n_flagged;
  IF TG_OP = 'UPDATE' THEN
    IF {_PG_MOVED} THEN
      INSERT INTO rollup_findings ({_FINDING_KEY}, n)
        SELECT NEW.platform, NEW.category_key, code, severity, review, count(*) FROM findings
        WHERE listing_id = NEW.id AND active GROUP BY code, severity, review
        ON CONFLICT ({_FINDING_KEY}) DO UPDATE SET n = rollup_findings.n + EXCLUDED.n;
    END IF;
  END IF;
  RETURN NULL;
END $$""",
    f"""CREATE FUNCTION rollup_finding_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  p text;
  c text;
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    IF OLD.active THEN
      SELECT platform, category_key INTO p, c FROM listings WHERE id = OLD.listing_id;
      IF FOUND THEN  -- not found: the listing's own delete already took its findings out
        UPDATE rollup_findings SET n = n - 1 WHERE platform = p AND category_key = c AND code = OLD.code
          AND severity = OLD.severity AND review = OLD.review;
        UPDATE rollup_hours SET n = n - 1 WHERE hour = {_PG_HOUR.format('OLD')};
        UPDATE listings SET active_findings = active_findings - 1 WHERE id = OLD.listing_id;
      END IF;
    END IF;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    IF NEW.active THEN
      INSERT INTO rollup_findings ({_FINDING_KEY}, n)
        SELECT platform, category_key, NEW.code, NEW.severity, NEW.review, 1 FROM listings WHERE id = NEW.listing_id
        ON CONFLICT ({_FINDING_KEY}) DO UPDATE SET n = rollup_findings.n + 1;
      INSERT INTO rollup_hours (hour, n) VALUES ({_PG_HOUR.format('NEW')}, 1)
        ON CONFLICT (hour) DO UPDATE SET n = rollup_hours.n + 1;
      UPDATE listings SET active_findings = active_findings + 1 WHERE id = NEW.listing_id;
    END IF;
  END IF;
  RETURN NULL;
END $$""",
    "CREATE TRIGGER rollup_listing_insert AFTER INSERT ON listings FOR EACH ROW EXECUTE FUNCTION rollup_listing_change()",
    f"""CREATE TRIGGER rollup_listing_update AFTER UPDATE ON listings FOR EACH ROW
  WHEN ({_PG_MOVED} OR (OLD.active_findings > 0) IS DISTINCT FROM (NEW.active_findings > 0))
  EXECUTE FUNCTION rollup_listing_change()""",
    "CREATE TRIGGER rollup_listing_delete BEFORE DELETE ON listings FOR EACH ROW EXECUTE FUNCTION rollup_listing_change()",
    "CREATE TRIGGER rollup_finding_insert AFTER INSERT ON findings FOR EACH ROW WHEN (NEW.active) "
    "EXECUTE FUNCTION rollup_finding_change()",
    """CREATE TRIGGER rollup_finding_update AFTER UPDATE ON findings FOR EACH ROW
  WHEN (OLD.active IS DISTINCT FROM NEW.active OR OLD.code IS DISTINCT FROM NEW.code
        OR OLD.severity IS DISTINCT FROM NEW.severity OR OLD.review IS DISTINCT FROM NEW.review
        OR OLD.created_at IS DISTINCT FROM NEW.created_at)
  EXECUTE FUNCTION rollup_finding_change()""",
    "CREATE TRIGGER rollup_finding_delete AFTER DELETE ON findings FOR EACH ROW WHEN (OLD.active) "
    "EXECUTE FUNCTION rollup_finding_change()",
]


def _backfill_rollup(dialect: str) -> None:
    hour = (_SQLITE_HOUR if dialect == "sqlite" else _PG_HOUR).format("findings")
    op.execute("UPDATE listings SET active_findings = (SELECT count(*) FROM findings WHERE "
               "findings.listing_id = listings.id AND findings.active) "
               "WHERE id IN (SELECT listing_id FROM findings WHERE active)")
    op.execute("INSERT INTO rollup_listings (platform, category_key, n_listings, n_flagged) "
               "SELECT platform, category_key, count(*), sum(CASE WHEN active_findings > 0 THEN 1 ELSE 0 END) "
               "FROM listings GROUP BY platform, category_key")
    op.execute(f"INSERT INTO rollup_findings ({_FINDING_KEY}, n) "
               "SELECT l.platform, l.category_key, f.code, f.severity, f.review, count(*) "
               "FROM findings f JOIN listings l ON l.id = f.listing_id WHERE f.active "
               "GROUP BY l.platform, l.category_key, f.code, f.severity, f.review")
    op.execute(f"INSERT INTO rollup_hours (hour, n) SELECT {hour}, count(*) FROM findings WHERE active GROUP BY 1")


def _backfill_versions() -> None:
    """Every stored listing's current title, price and claims (those of its last crawl) as its first version."""
    conn = op.get_bind()
    meta = sa.MetaData()
    listings = sa.Table("listings", meta, autoload_with=conn)
    claims = sa.Table("claims", meta, autoload_with=conn)
    versions = sa.Table("listing_versions", meta, autoload_with=conn)
    last = 0
    while True:
        rows = conn.execute(
            sa.select(listings.c.id, listings.c.last_crawl_id, listings.c.fetched_at, listings.c.first_seen,
                      listings.c.title, listings.c.price, listings.c.currency)
            .where(listings.c.id > last).order_by(listings.c.id).limit(2000)
        ).all()
        if not rows:
            return
        last = rows[-1].id
        crawl_of = {r.id: r.last_crawl_id for r in rows}
        found: dict[int, set[tuple[str, str, str]]] = {}
        for c in conn.execute(sa.select(claims.c.listing_id, claims.c.crawl_id, claims.c.kind, claims.c.cert_type,
                                        claims.c.value).where(claims.c.listing_id.in_(list(crawl_of)))):
            if c.crawl_id == crawl_of[c.listing_id]:
                found.setdefault(c.listing_id, set()).add((c.kind, c.cert_type or "", c.value))
        conn.execute(versions.insert(), [
            {"listing_id": r.id, "crawl_id": r.last_crawl_id, "recorded_at": r.fetched_at or r.first_seen,
             "title": r.title, "price": r.price, "currency": r.currency,
             "claims": json.dumps([list(k) for k in sorted(found.get(r.id, ()))], ensure_ascii=False)}
            for r in rows
        ])


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.add_column("listings", sa.Column("active_findings", sa.Integer, nullable=False, server_default="0"))
    op.drop_index("ix_listings_risk", table_name="listings")
    op.create_index("ix_listings_risk", "listings", ["risk", "id"])
    op.create_table(
        "rollup_listings",
        sa.Column("platform", sa.String(128), primary_key=True),
        sa.Column("category_key", sa.String(64), primary_key=True),
        sa.Column("n_listings", sa.Integer, nullable=False),
        sa.Column("n_flagged", sa.Integer, nullable=False),
    )
    op.create_table(
        "rollup_findings",
        sa.Column("platform", sa.String(128), primary_key=True),
        sa.Column("category_key", sa.String(64), primary_key=True),
        sa.Column("code", sa.String(64), primary_key=True),
        sa.Column("severity", sa.String(16), primary_key=True),
        sa.Column("review", sa.String(16), primary_key=True),
        sa.Column("n", sa.Integer, nullable=False),
    )
    op.create_table(
        "rollup_hours",
        sa.Column("hour", sa.String(13), primary_key=True),
        sa.Column("n", sa.Integer, nullable=False),
    )
    op.create_table(
        "listing_versions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("listing_id", sa.Integer, sa.ForeignKey("listings.id", ondelete="CASCADE"), nullable=False,
                  index=True),
        sa.Column("crawl_id", sa.Integer, sa.ForeignKey("crawls.id")),
        sa.Column("recorded_at", sa.DateTime, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("price", sa.Float),
        sa.Column("currency", sa.String(8), nullable=False),
        sa.Column("claims", sa.Text, nullable=False),
    )
    _backfill_rollup(dialect)
    _backfill_versions()
    for statement in {"sqlite": _SQLITE, "postgresql": _POSTGRESQL}.get(dialect, []):
        op.execute(statement)
