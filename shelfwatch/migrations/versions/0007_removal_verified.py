"""A notice item records when a re-crawl found its listing gone: the office's own check of a takedown.

A platform's word that a listing is removed is not proof; a crawl that finds the page gone (404 / 410 or the
platform's "gone" page, ``listings.gone_since``) is. ``verified_gone_at`` keeps when that was seen.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("notice_items") as batch:
        batch.add_column(sa.Column("verified_gone_at", sa.DateTime))
