"""Listings remember when their page first said they are gone (404 / 410, 商品已下架) and the last status seen.

A takedown is verified against ``gone_since`` (issue 5); a listing whose page answers normally again has it
cleared, so a re-listed product is not counted as taken down.

Revision ID: 0004
Revises: 0003_coverage
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003_coverage"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("listings") as batch:
        batch.add_column(sa.Column("gone_since", sa.DateTime))
        batch.add_column(sa.Column("last_status", sa.Integer))
