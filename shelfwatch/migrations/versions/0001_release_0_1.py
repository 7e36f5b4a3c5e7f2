"""The schema of release 0.1, as ``metadata.create_all`` made it (the baseline every later revision builds on).

A database made by 0.1 has these tables and no ``alembic_version``; ``shelfwatch.migrate`` stamps it at this
revision instead of running it.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "crawls",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("started_at", sa.DateTime, nullable=False),
        sa.Column("finished_at", sa.DateTime),
        sa.Column("start_urls", sa.Text, nullable=False),
        sa.Column("stats", sa.Text, nullable=False),
    )
    op.create_table(
        "listings",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("url", sa.String(2048), nullable=False, unique=True),
        sa.Column("platform", sa.String(128), nullable=False, index=True),
        sa.Column("item_id", sa.String(128), nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("price", sa.Float),
        sa.Column("currency", sa.String(8), nullable=False),
        sa.Column("brand", sa.Text, nullable=False),
        sa.Column("model", sa.Text, nullable=False),
        sa.Column("seller", sa.Text, nullable=False),
        sa.Column("maker", sa.Text, nullable=False),
        sa.Column("maker_address", sa.Text, nullable=False),
        sa.Column("category", sa.Text, nullable=False),
        sa.Column("category_key", sa.String(64), nullable=False, index=True),
        sa.Column("params", sa.Text, nullable=False),
        sa.Column("description", sa.Text, nullable=False),
        sa.Column("fetched_at", sa.DateTime),
        sa.Column("rendered", sa.Boolean, nullable=False),
        sa.Column("risk", sa.Float, nullable=False),
        sa.Column("first_seen", sa.DateTime, nullable=False),
        sa.Column("last_crawl_id", sa.Integer, sa.ForeignKey("crawls.id")),
    )
    op.create_table(
        "claims",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "listing_id", sa.Integer, sa.ForeignKey("listings.id", ondelete="CASCADE"), nullable=False, index=True
        ),
        sa.Column("crawl_id", sa.Integer, sa.ForeignKey("crawls.id"), index=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("cert_type", sa.String(32)),
        sa.Column("value", sa.Text, nullable=False),
        sa.Column("raw", sa.Text, nullable=False),
        sa.Column("location", sa.Text, nullable=False),
        sa.Column("valid", sa.Boolean),
        sa.Column("note", sa.Text, nullable=False),
    )
    op.create_table(
        "findings",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "listing_id", sa.Integer, sa.ForeignKey("listings.id", ondelete="CASCADE"), nullable=False, index=True
        ),
        sa.Column("crawl_id", sa.Integer, sa.ForeignKey("crawls.id")),
        sa.Column("code", sa.String(64), nullable=False, index=True),
        sa.Column("severity", sa.String(16), nullable=False),
        sa.Column("evidence", sa.Text, nullable=False),
        sa.Column("explanation", sa.Text, nullable=False),
        sa.Column("subject", sa.Text, nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("review", sa.String(16), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "pages",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("listing_id", sa.Integer, sa.ForeignKey("listings.id", ondelete="CASCADE"), index=True),
        sa.Column("crawl_id", sa.Integer, sa.ForeignKey("crawls.id")),
        sa.Column("url", sa.String(2048), nullable=False),
        sa.Column("fetched_at", sa.DateTime, nullable=False),
        sa.Column("status", sa.Integer, nullable=False),
        sa.Column("content_type", sa.Text, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("rendered", sa.Boolean, nullable=False),
        sa.Column("body", sa.LargeBinary, nullable=False),
        sa.UniqueConstraint("listing_id", "sha256", name="uq_page_version"),
    )
    op.create_table(
        "standards",
        sa.Column("code", sa.String(64), primary_key=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("published", sa.Date),
        sa.Column("effective", sa.Date),
        sa.Column("withdrawn", sa.Date),
        sa.Column("replaced_by", sa.Text, nullable=False),
        sa.Column("transition_until", sa.Date),
        sa.Column("categories", sa.Text, nullable=False),
        sa.Column("source", sa.Text, nullable=False),
    )
    op.create_table(
        "blacklist",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("list", sa.String(32), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("uscc", sa.String(18), nullable=False),
        sa.Column("brand", sa.Text, nullable=False),
        sa.Column("product", sa.Text, nullable=False),
        sa.Column("model", sa.Text, nullable=False),
        sa.Column("batch", sa.Text, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("listed_on", sa.Date),
        sa.Column("delisted_on", sa.Date),
        sa.Column("source", sa.Text, nullable=False),
    )
