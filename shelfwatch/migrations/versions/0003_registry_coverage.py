"""Registry coverage, unverified claims, finding references, category confidence and the rulebook.

- ``registry_imports``: one row per registry import with its coverage (families, as-of date, label, source, and the
  numbers it lists with their oldest edition, for the ``listed`` family), so ``standard_unknown`` is raised only
  for codes an import vouches for.
- ``standards.imported_as``: the label of the import that last wrote a row, cited by findings;
  ``standards.replaces``: the older versions a row replaced (the portal's 代替标准).
- ``findings.reference``: which reference data (registry import, list) a finding was judged with.
- ``listings.category_confidence``: how sure the listing's category is (category rules need it high).
- ``rulebook``: what each category must claim and show (``shelfwatch rulebook import``).
- ``unverified_claims``: per listing, the claims the loaded registry can neither confirm nor refute (shown in the
  listing and the report, never in a takedown list); replaced whenever the listing is judged.

Revision ID: 0003_coverage
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_coverage"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "registry_imports",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("version", sa.Text, nullable=False),
        sa.Column("families", sa.Text, nullable=False),
        sa.Column("as_of", sa.Date),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("numbers", sa.Text, nullable=False),
        sa.Column("rows", sa.Integer, nullable=False),
        sa.Column("imported_at", sa.DateTime, nullable=False),
    )
    with op.batch_alter_table("standards") as batch:
        batch.add_column(sa.Column("imported_as", sa.Text, nullable=False, server_default=""))
        batch.add_column(sa.Column("replaces", sa.Text, nullable=False, server_default=""))
    with op.batch_alter_table("listings") as batch:
        batch.add_column(sa.Column("category_confidence", sa.Float, nullable=False, server_default="0"))
    op.create_table(
        "rulebook",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("category", sa.String(64), nullable=False),
        sa.Column("requirement", sa.String(32), nullable=False),
        sa.Column("value", sa.Text, nullable=False),
        sa.Column("applies_when", sa.Text, nullable=False),
        sa.Column("source", sa.Text, nullable=False),
    )
    with op.batch_alter_table("findings") as batch:
        batch.add_column(sa.Column("reference", sa.Text, nullable=False, server_default=""))
    op.create_table(
        "unverified_claims",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("listing_id", sa.Integer, sa.ForeignKey("listings.id", ondelete="CASCADE"), nullable=False,
                  index=True),
        sa.Column("subject", sa.Text, nullable=False),
        sa.Column("evidence", sa.Text, nullable=False),
        sa.Column("explanation", sa.Text, nullable=False),
        sa.Column("reference", sa.Text, nullable=False),
        sa.Column("judged_at", sa.DateTime, nullable=False),
    )
