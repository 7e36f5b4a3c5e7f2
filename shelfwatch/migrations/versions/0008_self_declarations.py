"""Enterprise-standard self-declarations (``shelfwatch declarations import``), for ``enterprise_standard_undeclared``.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "self_declarations",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uscc", sa.String(18), nullable=False),
        sa.Column("maker", sa.Text, nullable=False),
        sa.Column("standard", sa.Text, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("declared_on", sa.Date),
        sa.Column("source", sa.Text, nullable=False),
    )
