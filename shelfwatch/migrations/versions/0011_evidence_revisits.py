"""Evidence that stands in a case file, and cheap re-crawls of unchanged pages.

- ``pages`` keep the exchange behind each stored body: the final URL, request and response headers, and whether a
  crawl or ``shelfwatch capture`` fetched it;
- ``screenshots`` hold full-page PNGs of rendered page versions, with their sha256;
- ``listings`` keep the stored page's ETag / Last-Modified (sent back as If-None-Match / If-Modified-Since), the
  sha256 of its stored body and when a crawl last saw it.

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("listings") as batch:
        batch.add_column(sa.Column("http_etag", sa.Text, nullable=False, server_default=""))
        batch.add_column(sa.Column("http_last_modified", sa.Text, nullable=False, server_default=""))
        batch.add_column(sa.Column("content_sha256", sa.String(64), nullable=False, server_default=""))
        batch.add_column(sa.Column("last_seen_at", sa.DateTime))
    with op.batch_alter_table("pages") as batch:
        batch.add_column(sa.Column("final_url", sa.String(2048), nullable=False, server_default=""))
        batch.add_column(sa.Column("request_headers", sa.Text, nullable=False, server_default="{}"))
        batch.add_column(sa.Column("response_headers", sa.Text, nullable=False, server_default="{}"))
        batch.add_column(sa.Column("source", sa.String(16), nullable=False, server_default="crawl"))
    op.create_table(
        "screenshots",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("listing_id", sa.Integer, sa.ForeignKey("listings.id", ondelete="CASCADE"), nullable=False),
        sa.Column("page_id", sa.Integer, sa.ForeignKey("pages.id", ondelete="CASCADE"), nullable=False),
        sa.Column("taken_at", sa.DateTime, nullable=False),
        sa.Column("media_type", sa.String(32), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("body", sa.LargeBinary, nullable=False),
        sa.UniqueConstraint("page_id", "sha256", name="uq_screenshot"),
    )
    op.create_index("ix_screenshots_listing_id", "screenshots", ["listing_id"])
    op.create_index("ix_screenshots_page_id", "screenshots", ["page_id"])
