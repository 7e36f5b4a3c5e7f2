"""Alembic migrations of the record store: every schema change from release 0.1 on is a revision in ``versions/``.

``shelfwatch.migrate.upgrade`` runs them; ``shelfwatch/schema.py`` stays the picture of the schema at head, and
``tests/core/test_migrations.py`` checks that the two agree and that a database made by 0.1 upgrades.
New revision: copy the newest file in ``versions/``, give it the next number, and set ``down_revision``.
"""
