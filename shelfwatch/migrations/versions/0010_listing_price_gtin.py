"""Listings keep the list price (the crossed-out price beside the one a buyer pays) and the GTIN the page states.

The extractors read both since issue 5; without columns they were dropped at the store. ``list_price`` is NULL when
the page shows one price only (and for rows stored before); ``gtin`` is "" like the other text facts.

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
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
