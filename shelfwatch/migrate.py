"""Bring a store's database to the newest schema with the Alembic revisions in ``shelfwatch/migrations``.

A new database gets every revision; a database made by release 0.1 (tables, but no ``alembic_version``) is first
stamped at the baseline revision, then upgraded like any other. Already at head costs one small query. Processes
that open a new database at once are safe: on PostgreSQL an advisory lock lets one upgrade while the others wait; on
SQLite the loser of the file lock looks again.
"""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import OperationalError

BASELINE = "0001"
"""The revision that describes release 0.1's tables."""


def _config(conn: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", "shelfwatch:migrations")
    if conn is not None:
        cfg.attributes["connection"] = conn
    return cfg


def head_revision() -> str:
    """The newest revision shipped with this code."""
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None  # the package always ships revisions
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision a database is at; None for an empty database or one made by release 0.1."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


MIGRATION_LOCK = 0x5E1F_3A7C
"""PostgreSQL advisory lock key held while one process upgrades (any fixed bigint; shelfwatch's own)."""


def _lock(conn: Connection) -> None:
    """Make processes that upgrade one database at once take turns; held until the transaction ends."""
    if conn.dialect.name == "postgresql":
        # PostgreSQL's DDL is transactional: the next in line reads the committed revision (each statement sees what
        # was committed before it began) and finds head.
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
    elif conn.dialect.name == "sqlite":
        # Python's sqlite3 runs DDL outside any transaction: without this, a second process would find half the
        # tables made. IMMEDIATE takes the write lock now (waiting up to busy_timeout) and makes the DDL atomic.
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def _upgrade_once(engine: Engine) -> None:
    if current_revision(engine) == head_revision():
        return
    with engine.begin() as conn:
        _lock(conn)
        if MigrationContext.configure(conn).get_current_revision() == head_revision():
            return  # another process upgraded while this one waited
        tables = set(inspect(conn).get_table_names())
        if "alembic_version" not in tables and "listings" in tables:
            command.stamp(_config(conn), BASELINE)  # made by 0.1 with create_all: its tables are the baseline
        command.upgrade(_config(conn), "head")


def upgrade(engine: Engine) -> None:
    """Run every revision the database lacks, in one transaction where the database allows it."""
    try:
        _upgrade_once(engine)
    except OperationalError:
        # An SQLite upgrade that outlasted another process's busy_timeout: it is done by now or nearly; look again.
        if current_revision(engine) != head_revision():
            _upgrade_once(engine)
