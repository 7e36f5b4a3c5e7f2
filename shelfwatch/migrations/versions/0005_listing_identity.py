"""Listings keyed by (platform, item id) where the page gave an item id; task runs recorded in ``task_runs``.

Until now a listing was one URL, so one item reached by two URLs (``m.`` and ``www.`` hosts, parameter orders) was
two listings, and two crawl processes storing one listing at once could collide. A unique index on (platform,
item_id), partial so that rows without an item id stay keyed by URL, lets the store upsert with ON CONFLICT.

Duplicates kept by earlier releases are merged into the oldest row first: claims and page versions move over (a page
version the kept row has already is dropped), a finding the kept row also has gives it its verdict when the kept
row's is still ``open``, any other finding moves over.

``task_runs`` keeps one row per attempt of a scheduled task (a watch's crawl): state, timings, figures, error and
alarms, for ``shelfwatch runs``.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_listings = sa.table("listings", sa.column("id", sa.Integer), sa.column("platform", sa.String),
                     sa.column("item_id", sa.String))
_claims = sa.table("claims", sa.column("id", sa.Integer), sa.column("listing_id", sa.Integer))
_pages = sa.table("pages", sa.column("id", sa.Integer), sa.column("listing_id", sa.Integer),
                  sa.column("sha256", sa.String))
_findings = sa.table("findings", sa.column("id", sa.Integer), sa.column("listing_id", sa.Integer),
                     sa.column("code", sa.String), sa.column("subject", sa.Text), sa.column("review", sa.String))


def _merge(conn: sa.Connection, keep: int, drop: int) -> None:
    conn.execute(sa.update(_claims).where(_claims.c.listing_id == drop).values(listing_id=keep))
    kept_pages = set(conn.execute(sa.select(_pages.c.sha256).where(_pages.c.listing_id == keep)).scalars())
    for pid, sha in conn.execute(sa.select(_pages.c.id, _pages.c.sha256).where(_pages.c.listing_id == drop)).all():
        if sha in kept_pages:
            conn.execute(sa.delete(_pages).where(_pages.c.id == pid))
        else:
            conn.execute(sa.update(_pages).where(_pages.c.id == pid).values(listing_id=keep))
            kept_pages.add(sha)
    kept = {(code, subject): (fid, review) for fid, code, subject, review in conn.execute(
        sa.select(_findings.c.id, _findings.c.code, _findings.c.subject, _findings.c.review)
        .where(_findings.c.listing_id == keep))}
    for fid, code, subject, review in conn.execute(
        sa.select(_findings.c.id, _findings.c.code, _findings.c.subject, _findings.c.review)
        .where(_findings.c.listing_id == drop).order_by(_findings.c.id)
    ).all():
        if (code, subject) not in kept:
            conn.execute(sa.update(_findings).where(_findings.c.id == fid).values(listing_id=keep))
            kept[(code, subject)] = (fid, review)
            continue
        kept_id, kept_review = kept[(code, subject)]
        if kept_review == "open" and review != "open":  # an inspector's verdict outlives the merge
            conn.execute(sa.update(_findings).where(_findings.c.id == kept_id).values(review=review))
            kept[(code, subject)] = (kept_id, review)
        conn.execute(sa.delete(_findings).where(_findings.c.id == fid))
    conn.execute(sa.delete(_listings).where(_listings.c.id == drop))


def _merge_duplicate_items() -> None:
    conn = op.get_bind()
    groups = conn.execute(
        sa.select(_listings.c.platform, _listings.c.item_id)
        .where(_listings.c.item_id != "")
        .group_by(_listings.c.platform, _listings.c.item_id)
        .having(sa.func.count() > 1)
    ).all()
    for platform, item_id in groups:
        ids = list(conn.execute(
            sa.select(_listings.c.id)
            .where(_listings.c.platform == platform, _listings.c.item_id == item_id)
            .order_by(_listings.c.id)
        ).scalars())
        for drop in ids[1:]:
            _merge(conn, ids[0], drop)


def upgrade() -> None:
    _merge_duplicate_items()
    op.create_index("uq_listing_item", "listings", ["platform", "item_id"], unique=True,
                    sqlite_where=sa.text("item_id <> ''"), postgresql_where=sa.text("item_id <> ''"))
    op.create_table(
        "task_runs",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("watch", sa.String(128), nullable=False),
        sa.Column("task_id", sa.String(64), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("attempt", sa.Integer, nullable=False),
        sa.Column("started_at", sa.DateTime, nullable=False),
        sa.Column("finished_at", sa.DateTime),
        sa.Column("stats", sa.Text, nullable=False),
        sa.Column("error", sa.Text, nullable=False),
        sa.Column("alarms", sa.Text, nullable=False),
    )
    op.create_index("ix_task_runs_watch", "task_runs", ["watch"])
    op.create_index("ix_task_runs_started_at", "task_runs", ["started_at"])
