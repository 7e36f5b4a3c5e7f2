"""Decisions, accounts, audit log and takedown notices.

Findings get covering indexes for the dashboard and the last decision's reason, comment, reviewer and time; new tables hold accounts (users), operators'
API tokens and login sessions (both stored as sha256 hashes), the append-only audit log, and takedown notices with
their items, and spot-check draws (双随机) with their items.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("findings") as batch:
        batch.add_column(sa.Column("review_reason", sa.Text, nullable=False, server_default=""))
        batch.add_column(sa.Column("review_comment", sa.Text, nullable=False, server_default=""))
        batch.add_column(sa.Column("reviewed_by", sa.String(64), nullable=False, server_default=""))
        batch.add_column(sa.Column("reviewed_at", sa.DateTime))

    # Covering indexes, so the dashboard counts from indexes instead of loading rows (benchmarks/dashboard.py).
    op.create_index("ix_findings_active_code_review", "findings", ["active", "code", "review"])
    op.create_index("ix_findings_active_listing", "findings", ["active", "listing_id"])
    op.create_index("ix_findings_active_created", "findings", ["active", "created_at"])
    op.create_index("ix_listings_platform_category", "listings", ["platform", "category_key"])
    op.create_index("ix_listings_id_platform_category", "listings", ["id", "platform", "category_key"])
    op.create_index("ix_listings_risk", "listings", ["risk"])

    op.create_table(
        "users",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(64), nullable=False, unique=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("platform", sa.String(128), nullable=False),
        sa.Column("password_hash", sa.Text, nullable=False),
        sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "api_tokens",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False, index=True),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("prefix", sa.String(16), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("last_used_at", sa.DateTime),
        sa.Column("revoked_at", sa.DateTime),
    )
    op.create_table(
        "sessions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False, index=True),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("csrf", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("expires_at", sa.DateTime, nullable=False),
        sa.Column("ended_at", sa.DateTime),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", sa.DateTime, nullable=False, index=True),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("actor_id", sa.Integer),
        sa.Column("action", sa.String(32), nullable=False, index=True),
        sa.Column("object_type", sa.String(32), nullable=False),
        sa.Column("object_id", sa.String(64), nullable=False),
        sa.Column("listing_id", sa.Integer, index=True),
        sa.Column("before", sa.Text, nullable=False),
        sa.Column("after", sa.Text, nullable=False),
        sa.Column("ip", sa.String(64), nullable=False),
    )
    op.create_table(
        "notices",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("number", sa.String(32), nullable=False, unique=True),
        sa.Column("platform", sa.String(128), nullable=False, index=True),
        sa.Column("issued_at", sa.DateTime, nullable=False),
        sa.Column("issued_by", sa.String(64), nullable=False),
        sa.Column("deadline_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "notice_items",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("notice_id", sa.Integer, sa.ForeignKey("notices.id"), nullable=False, index=True),
        sa.Column("finding_id", sa.Integer, sa.ForeignKey("findings.id"), nullable=False, index=True),
        sa.Column("listing_id", sa.Integer, sa.ForeignKey("listings.id"), nullable=False, index=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("snapshot", sa.Text, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("removed_at", sa.DateTime),
    )
    op.create_table(
        "spot_draws",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("seed", sa.String(64), nullable=False),
        sa.Column("drawn_at", sa.DateTime, nullable=False),
        sa.Column("drawn_by", sa.String(64), nullable=False),
        sa.Column("per_stratum", sa.Integer, nullable=False),
        sa.Column("candidates", sa.Text, nullable=False),
        sa.Column("inspectors", sa.Text, nullable=False),
    )
    op.create_table(
        "spot_items",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("draw_id", sa.Integer, sa.ForeignKey("spot_draws.id"), nullable=False, index=True),
        sa.Column("listing_id", sa.Integer, sa.ForeignKey("listings.id"), nullable=False, index=True),
        sa.Column("platform", sa.String(128), nullable=False),
        sa.Column("category_key", sa.String(64), nullable=False),
        sa.Column("maker", sa.Text, nullable=False),
        sa.Column("model", sa.Text, nullable=False),
        sa.Column("inspectors", sa.Text, nullable=False),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("outcome_at", sa.DateTime),
    )
    if op.get_bind().dialect.name == "sqlite":
        # Append-only at the database too: no route or command edits the log, and the file refuses it besides.
        op.execute("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                   "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END")
        op.execute("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                   "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END")
    elif op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS "
                   "$$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$")
        op.execute("CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log "
                   "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()")
