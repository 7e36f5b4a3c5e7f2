"""Findings keep one identity (listing, code, subject) across re-crawls and re-judging.

Until 0.1 a listing's findings were deleted and inserted again at every save, so their ids (in links, in the
API, in review history) changed each crawl. From here a finding is updated in place while it is raised, and
marked cleared (``active`` false, ``cleared_at``) when it no longer is, keeping its review.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_REVIEW_WEIGHT = {"open": 0}  # any verdict an inspector gave outranks "open" when duplicates are merged


def _merge_duplicates() -> None:
    """0.1 could store one (listing, code, subject) twice in a save; keep the oldest row with the firmest verdict."""
    conn = op.get_bind()
    findings = sa.table(
        "findings", sa.column("id", sa.Integer), sa.column("listing_id", sa.Integer), sa.column("code", sa.String),
        sa.column("subject", sa.Text), sa.column("review", sa.String),
    )
    keep: dict[tuple[int, str, str], tuple[int, str]] = {}
    drop: list[int] = []
    for fid, listing_id, code, subject, review in conn.execute(
        sa.select(findings.c.id, findings.c.listing_id, findings.c.code, findings.c.subject, findings.c.review)
        .order_by(findings.c.id)
    ):
        key = (listing_id, code, subject)
        if key not in keep:
            keep[key] = (fid, review)
            continue
        drop.append(fid)
        kept_id, kept_review = keep[key]
        if _REVIEW_WEIGHT.get(kept_review, 1) < _REVIEW_WEIGHT.get(review, 1):
            keep[key] = (kept_id, review)
            conn.execute(sa.update(findings).where(findings.c.id == kept_id).values(review=review))
    for start in range(0, len(drop), 500):
        conn.execute(sa.delete(findings).where(findings.c.id.in_(drop[start : start + 500])))


def upgrade() -> None:
    _merge_duplicates()
    with op.batch_alter_table("findings") as batch:
        batch.add_column(sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()))
        batch.add_column(sa.Column("last_raised_at", sa.DateTime))
        batch.add_column(sa.Column("cleared_at", sa.DateTime))
    op.execute("UPDATE findings SET last_raised_at = created_at")
    op.create_index("uq_finding_identity", "findings", ["listing_id", "code", "subject"], unique=True)
