"""Listings keep the list price (the crossed-out price beside the one a buyer pays) and the GTIN the page states.

The extractors read both since issue 5; without columns they were dropped at the store. ``list_price`` is NULL when
the page shows one price only (and for rows stored before); ``gtin`` is "" like the other text facts.

Revision ID: 0009_i5
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_i5"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("listings") as batch:
        batch.add_column(sa.Column("list_price", sa.Float))
        batch.add_column(sa.Column("gtin", sa.Text, nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("listings") as batch:
        batch.drop_column("gtin")
        batch.drop_column("list_price")
