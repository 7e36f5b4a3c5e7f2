"""The tables of the record store (SQLAlchemy Core), one place to read the data model as it is kept.

Each crawl is a row in ``crawls``; claims and page evidence are kept per crawl, so a listing's claim history
survives re-crawls, while ``findings`` hold the current verdict for each listing: one row per (listing, code,
subject) for good, updated while it is raised and marked cleared when it no longer is.

Every change to these tables is an Alembic revision in ``shelfwatch/migrations/versions/`` as well; a test checks
that the two agree.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    true,
)

metadata = MetaData()

crawls = Table(
    "crawls",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("started_at", DateTime, nullable=False),
    Column("finished_at", DateTime),
    Column("start_urls", Text, nullable=False, default="[]"),
    Column("stats", Text, nullable=False, default="{}"),
)

listings = Table(
    "listings",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("url", String(2048), nullable=False, unique=True),
    Column("platform", String(128), nullable=False, index=True),
    Column("item_id", String(128), nullable=False, default=""),
    Column("title", Text, nullable=False, default=""),
    Column("price", Float),
    Column("currency", String(8), nullable=False, default="CNY"),
    Column("brand", Text, nullable=False, default=""),
    Column("model", Text, nullable=False, default=""),
    Column("seller", Text, nullable=False, default=""),
    Column("maker", Text, nullable=False, default=""),
    Column("maker_address", Text, nullable=False, default=""),
    Column("category", Text, nullable=False, default=""),
    Column("category_key", String(64), nullable=False, default="", index=True),
    Column("category_confidence", Float, nullable=False, default=0.0, server_default="0"),
    Column("params", Text, nullable=False, default="{}"),
    Column("description", Text, nullable=False, default=""),
    Column("fetched_at", DateTime),
    Column("rendered", Boolean, nullable=False, default=False),
    Column("risk", Float, nullable=False, default=0.0),
    Column("first_seen", DateTime, nullable=False),
    Column("last_crawl_id", Integer, ForeignKey("crawls.id")),
)

claims = Table(
    "claims",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("listing_id", Integer, ForeignKey("listings.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("crawl_id", Integer, ForeignKey("crawls.id"), index=True),
    Column("kind", String(16), nullable=False),
    Column("cert_type", String(32)),
    Column("value", Text, nullable=False),
    Column("raw", Text, nullable=False),
    Column("location", Text, nullable=False, default=""),
    Column("valid", Boolean),
    Column("note", Text, nullable=False, default=""),
)

findings = Table(
    "findings",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("listing_id", Integer, ForeignKey("listings.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("crawl_id", Integer, ForeignKey("crawls.id")),
    Column("code", String(64), nullable=False, index=True),
    Column("severity", String(16), nullable=False),
    Column("evidence", Text, nullable=False),
    Column("explanation", Text, nullable=False),
    Column("subject", Text, nullable=False, default=""),
    Column("source", Text, nullable=False, default=""),
    # Inspector review state: open -> confirmed | dismissed (the web app sets it); it outlives re-crawls.
    Column("review", String(16), nullable=False, default="open"),
    Column("created_at", DateTime, nullable=False),
    # False once a re-crawl or re-judge no longer raises it: kept (with its review) as history, shown nowhere current.
    Column("active", Boolean, nullable=False, default=True, server_default=true()),
    Column("last_raised_at", DateTime),
    Column("cleared_at", DateTime),
    # Which reference data (registry import and coverage, list) the finding was judged with.
    Column("reference", Text, nullable=False, default="", server_default=""),
    Index("uq_finding_identity", "listing_id", "code", "subject", unique=True),
)

pages = Table(
    "pages",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("listing_id", Integer, ForeignKey("listings.id", ondelete="CASCADE"), index=True),
    Column("crawl_id", Integer, ForeignKey("crawls.id")),
    Column("url", String(2048), nullable=False),
    Column("fetched_at", DateTime, nullable=False),
    Column("status", Integer, nullable=False),
    Column("content_type", Text, nullable=False, default=""),
    Column("sha256", String(64), nullable=False),
    Column("rendered", Boolean, nullable=False, default=False),
    # zlib-compressed body as received (or as rendered by the browser): the evidence behind every claim.
    Column("body", LargeBinary, nullable=False),
    UniqueConstraint("listing_id", "sha256", name="uq_page_version"),
)

standards = Table(
    "standards",
    metadata,
    Column("code", String(64), primary_key=True),
    Column("title", Text, nullable=False, default=""),
    Column("kind", String(16), nullable=False),
    Column("status", String(16), nullable=False),
    Column("published", Date),
    Column("effective", Date),
    Column("withdrawn", Date),
    Column("replaced_by", Text, nullable=False, default=""),
    Column("transition_until", Date),
    Column("categories", Text, nullable=False, default=""),
    Column("source", Text, nullable=False, default=""),
    Column("replaces", Text, nullable=False, default="", server_default=""),
    # Label of the registry import that last wrote the row (registry_imports.version), cited by findings.
    Column("imported_as", Text, nullable=False, default="", server_default=""),
)

# One row per registry import with what it covers (matching.coverage): absence from the registry is a finding
# only for codes some import vouches for. ``numbers`` is JSON: number -> oldest edition year (the ``listed`` family).
registry_imports = Table(
    "registry_imports",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("version", Text, nullable=False),
    Column("families", Text, nullable=False),
    Column("as_of", Date),
    Column("source", Text, nullable=False),
    Column("numbers", Text, nullable=False),
    Column("rows", Integer, nullable=False),
    Column("imported_at", DateTime, nullable=False),
)

# Claims the loaded registry can neither confirm nor refute: shown, never accused; replaced at every judgment.
unverified_claims = Table(
    "unverified_claims",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("listing_id", Integer, ForeignKey("listings.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("subject", Text, nullable=False),
    Column("evidence", Text, nullable=False),
    Column("explanation", Text, nullable=False),
    Column("reference", Text, nullable=False),
    Column("judged_at", DateTime, nullable=False),
)

# The rulebook (matching.rulebook): what each category must claim and show; replaced as a whole by an import.
rulebook = Table(
    "rulebook",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("category", String(64), nullable=False),
    Column("requirement", String(32), nullable=False),
    Column("value", Text, nullable=False),
    Column("applies_when", Text, nullable=False),
    Column("source", Text, nullable=False),
)

# Enterprise-standard self-declarations (matching.declarations): complete only for the makers they hold.
self_declarations = Table(
    "self_declarations",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("uscc", String(18), nullable=False),
    Column("maker", Text, nullable=False),
    Column("standard", Text, nullable=False),
    Column("title", Text, nullable=False),
    Column("declared_on", Date),
    Column("source", Text, nullable=False),
)

blacklist = Table(
    "blacklist",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("list", String(32), nullable=False),
    Column("name", Text, nullable=False, default=""),
    Column("uscc", String(18), nullable=False, default=""),
    Column("brand", Text, nullable=False, default=""),
    Column("product", Text, nullable=False, default=""),
    Column("model", Text, nullable=False, default=""),
    Column("batch", Text, nullable=False, default=""),
    Column("reason", Text, nullable=False, default=""),
    Column("listed_on", Date),
    Column("delisted_on", Date),
    Column("source", Text, nullable=False, default=""),
)
