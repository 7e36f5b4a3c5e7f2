"""Alembic environment: runs on the connection shelfwatch hands over (``config.attributes["connection"]``)."""

from __future__ import annotations

from alembic import context

from shelfwatch.schema import metadata


def _include_name(name: str | None, type_: str, parent_names: object) -> bool:
    # The embedded search index keeps its FTS tables in the same SQLite file; they are not the store's schema.
    return type_ != "table" or name in metadata.tables


connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    include_name=_include_name,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by copying them
)
with context.begin_transaction():
    context.run_migrations()
