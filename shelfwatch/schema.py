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
    text,
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
    Column("list_price", Float),  # revision 0009: the crossed-out price beside the one a buyer pays
    Column("currency", String(8), nullable=False, default="CNY"),
    Column("brand", Text, nullable=False, default=""),
    Column("model", Text, nullable=False, default=""),
    Column("seller", Text, nullable=False, default=""),
    Column("maker", Text, nullable=False, default=""),
    Column("maker_address", Text, nullable=False, default=""),
    Column("category", Text, nullable=False, default=""),
    # Revision 0009: the GTIN/EAN barcode the page states; "" like the other text facts (and for older rows).
    Column("gtin", Text, nullable=False, default="", server_default=""),
    Column("category_key", String(64), nullable=False, default="", index=True),
    Column("category_confidence", Float, nullable=False, default=0.0, server_default="0"),
    Column("params", Text, nullable=False, default="{}"),
    Column("description", Text, nullable=False, default=""),
    Column("fetched_at", DateTime),
    Column("rendered", Boolean, nullable=False, default=False),
    Column("risk", Float, nullable=False, default=0.0),
    Column("first_seen", DateTime, nullable=False),
    Column("last_crawl_id", Integer, ForeignKey("crawls.id")),
    # When a crawl first found the page gone (404 / 410, 商品已下架); cleared when it answers as a listing again.
    Column("gone_since", DateTime),
    # HTTP status of the last fetch of the page (the listing's or the gone one's).
    Column("last_status", Integer),
    # Incremental re-crawls (revision 0011): the validators the server sent with the stored page (asked back
    # with If-None-Match / If-Modified-Since), the sha256 of the stored body (an equal body is not read again),
    # and when a crawl last saw the page, changed or not.
    Column("http_etag", Text, nullable=False, default="", server_default=""),
    Column("http_last_modified", Text, nullable=False, default="", server_default=""),
    Column("content_sha256", String(64), nullable=False, default="", server_default=""),
    Column("last_seen_at", DateTime),
    # How many current findings the listing has, kept by the database's triggers (revision 0012): "flagged"
    # without a lookup, and the review queue walks flagged listings in risk order.
    Column("active_findings", Integer, nullable=False, default=0, server_default="0"),
    # A listing's identity where its page gave an item id: one item reached by two URLs is one listing.
    Index("uq_listing_item", "platform", "item_id", unique=True,
          sqlite_where=text("item_id <> ''"), postgresql_where=text("item_id <> ''")),
    # The dashboard's per platform and category counts, and its riskiest listings (revision 0006).
    Index("ix_listings_platform_category", "platform", "category_key"),
    Index("ix_listings_id_platform_category", "id", "platform", "category_key"),
    Index("ix_listings_risk", "risk", "id"),
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
    # The last decision on the review (revision 0006): a dismissal's reason, the inspector's comment, who, when.
    Column("review_reason", Text, nullable=False, default="", server_default=""),
    Column("review_comment", Text, nullable=False, default="", server_default=""),
    Column("reviewed_by", String(64), nullable=False, default="", server_default=""),
    Column("reviewed_at", DateTime),
    Index("uq_finding_identity", "listing_id", "code", "subject", unique=True),
    # Covering indexes of the dashboard's and queue's aggregates (revision 0006): counted without the rows.
    Index("ix_findings_active_code_review", "active", "code", "review"),
    Index("ix_findings_active_listing", "active", "listing_id"),
    Index("ix_findings_active_created", "active", "created_at"),
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
    # The exchange behind the body (revision 0011): the URL finally answered (after redirects), the request
    # and response headers (JSON objects), and what fetched it: ``crawl`` or ``capture`` (shelfwatch capture).
    Column("final_url", String(2048), nullable=False, default="", server_default=""),
    Column("request_headers", Text, nullable=False, default="{}", server_default="{}"),
    Column("response_headers", Text, nullable=False, default="{}", server_default="{}"),
    Column("source", String(16), nullable=False, default="crawl", server_default="crawl"),
    UniqueConstraint("listing_id", "sha256", name="uq_page_version"),
)

# Full-page screenshots of rendered page versions (revision 0011), kept for listings with a finding and for
# every `shelfwatch capture`. PNG bytes as Chromium wrote them (already compressed); sha256 of exactly those bytes.
screenshots = Table(
    "screenshots",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("listing_id", Integer, ForeignKey("listings.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("page_id", Integer, ForeignKey("pages.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("taken_at", DateTime, nullable=False),
    Column("media_type", String(32), nullable=False, default="image/png"),
    Column("sha256", String(64), nullable=False),
    Column("size", Integer, nullable=False),
    Column("body", LargeBinary, nullable=False),
    UniqueConstraint("page_id", "sha256", name="uq_screenshot"),
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

# Embedding vectors by model and text hash (matching.vectors): a re-crawl or re-judgment embeds only new texts.
text_vectors = Table(
    "text_vectors",
    metadata,
    Column("model", String(200), primary_key=True),
    Column("key", String(64), primary_key=True),
    Column("dim", Integer, nullable=False),
    Column("vector", LargeBinary, nullable=False),
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

task_runs = Table(
    "task_runs",
    metadata,
    Column("id", Integer, primary_key=True),
    # What ran: the task's name (crawl_watch, ...) and the watch it ran for; task_id is Celery's, empty in-process.
    Column("kind", String(32), nullable=False),
    Column("watch", String(128), nullable=False, default="", index=True),
    Column("task_id", String(64), nullable=False, default=""),
    # running -> succeeded | failed | skipped; one row per attempt, so retries show as rows of their own.
    Column("state", String(16), nullable=False),
    Column("attempt", Integer, nullable=False, default=1),
    Column("started_at", DateTime, nullable=False, index=True),
    Column("finished_at", DateTime),
    Column("stats", Text, nullable=False, default="{}"),
    Column("error", Text, nullable=False, default=""),
    Column("alarms", Text, nullable=False, default="[]"),
)


# -- review decisions, accounts, audit and takedown notices (revision 0006) ---------------------------------
# The decision columns on ``findings`` (review_reason, review_comment, reviewed_by, reviewed_at) are declared in
# the ``findings`` table above; the tables below hold who may act and what they did.

users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(64), nullable=False, unique=True),
    # admin | inspector | operator; an operator is bound to one platform and sees nothing else.
    Column("role", String(16), nullable=False),
    Column("platform", String(128), nullable=False, default=""),
    # argon2id hash (argon2-cffi's PHC string); never the password itself.
    Column("password_hash", Text, nullable=False),
    Column("active", Boolean, nullable=False, default=True, server_default=true()),
    Column("created_at", DateTime, nullable=False),
)

api_tokens = Table(
    "api_tokens",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("user_id", Integer, ForeignKey("users.id"), nullable=False, index=True),
    # sha256 of the token: the token is shown once and cannot be read back from the database.
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("prefix", String(16), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("last_used_at", DateTime),
    Column("revoked_at", DateTime),
)

sessions = Table(
    "sessions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("user_id", Integer, ForeignKey("users.id"), nullable=False, index=True),
    # sha256 of the cookie value, so a copy of the database does not hand out live sessions.
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("csrf", String(64), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("expires_at", DateTime, nullable=False),
    Column("ended_at", DateTime),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", DateTime, nullable=False, index=True),
    # The account name as it was when acting ("" for an unknown name at a failed login), and its id if any.
    Column("actor", String(64), nullable=False, default=""),
    Column("actor_id", Integer),
    Column("action", String(32), nullable=False, index=True),
    Column("object_type", String(32), nullable=False, default=""),
    Column("object_id", String(64), nullable=False, default=""),
    Column("listing_id", Integer, index=True),
    # JSON of the object's relevant fields before and after the change ("" when there is no such state).
    Column("before", Text, nullable=False, default=""),
    Column("after", Text, nullable=False, default=""),
    Column("ip", String(64), nullable=False, default=""),
)

notices = Table(
    "notices",
    metadata,
    Column("id", Integer, primary_key=True),
    # Human number, e.g. TD-2026-0001: what the platform quotes back.
    Column("number", String(32), nullable=False, unique=True),
    Column("platform", String(128), nullable=False, index=True),
    Column("issued_at", DateTime, nullable=False),
    Column("issued_by", String(64), nullable=False),
    Column("deadline_at", DateTime, nullable=False),
)

notice_items = Table(
    "notice_items",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("notice_id", Integer, ForeignKey("notices.id"), nullable=False, index=True),
    Column("finding_id", Integer, ForeignKey("findings.id"), nullable=False, index=True),
    Column("listing_id", Integer, ForeignKey("listings.id"), nullable=False, index=True),
    # issued -> acknowledged -> removed | disputed (with a reason)
    Column("status", String(16), nullable=False, default="issued"),
    Column("reason", Text, nullable=False, default=""),
    # What the notice said, frozen at issue time (JSON): a later re-crawl does not rewrite a sent notice.
    Column("snapshot", Text, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    Column("removed_at", DateTime),
    # When a re-crawl found the listing gone after the notice (revision 0007): the office's own proof of removal.
    Column("verified_gone_at", DateTime),
)

spot_draws = Table(
    "spot_draws",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("seed", String(64), nullable=False),
    Column("drawn_at", DateTime, nullable=False),
    Column("drawn_by", String(64), nullable=False),
    Column("per_stratum", Integer, nullable=False),
    # What was drawn from, frozen (JSON): candidates [listing_id, platform, category, maker, model] and the
    # inspector pool, so anyone can redraw with the seed and get the same items and inspectors.
    Column("candidates", Text, nullable=False),
    Column("inspectors", Text, nullable=False),
)

spot_items = Table(
    "spot_items",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("draw_id", Integer, ForeignKey("spot_draws.id"), nullable=False, index=True),
    Column("listing_id", Integer, ForeignKey("listings.id"), nullable=False, index=True),
    Column("platform", String(128), nullable=False),
    Column("category_key", String(64), nullable=False),
    Column("maker", Text, nullable=False),
    Column("model", Text, nullable=False),
    Column("inspectors", Text, nullable=False),
    # pending -> passed | failed (the test purchase's result)
    Column("outcome", String(16), nullable=False, default="pending"),
    Column("outcome_at", DateTime),
)


# -- the dashboard's rollup and each listing's history (revision 0012) -------------------------------------
# Kept by triggers on ``listings`` and ``findings`` (SQLite and PostgreSQL), in the transaction of every write:
# the dashboard and the review queue's totals read these few hundred rows instead of counting a million.

rollup_listings = Table(
    "rollup_listings",
    metadata,
    Column("platform", String(128), primary_key=True),
    Column("category_key", String(64), primary_key=True),
    Column("n_listings", Integer, nullable=False),
    # Listings with at least one current finding.
    Column("n_flagged", Integer, nullable=False),
)

rollup_findings = Table(
    "rollup_findings",
    metadata,
    Column("platform", String(128), primary_key=True),
    Column("category_key", String(64), primary_key=True),
    Column("code", String(64), primary_key=True),
    Column("severity", String(16), primary_key=True),
    Column("review", String(16), primary_key=True),
    # Current (active) findings with these values.
    Column("n", Integer, nullable=False),
)

rollup_hours = Table(
    "rollup_hours",
    metadata,
    # "YYYY-MM-DD HH" in UTC, the hour a current finding was first raised: days are cut in the office's time zone
    # when read.
    Column("hour", String(13), primary_key=True),
    Column("n", Integer, nullable=False),
)

# A listing's title, price and claims each time a crawl saw them change (the first crawl too): its history.
listing_versions = Table(
    "listing_versions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("listing_id", Integer, ForeignKey("listings.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("crawl_id", Integer, ForeignKey("crawls.id")),
    # When the page that showed this state was fetched.
    Column("recorded_at", DateTime, nullable=False),
    Column("title", Text, nullable=False),
    Column("price", Float),
    Column("currency", String(8), nullable=False),
    # JSON: sorted [kind, cert_type, value] of the claims the page made.
    Column("claims", Text, nullable=False),
)
