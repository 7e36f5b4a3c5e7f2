"""Watches: named crawls on a schedule, kept in a TOML file (``SHELFWATCH_WATCHES``); beat re-reads it when it changes.

    [watches.jd-kids]
    platform = "jd"                                # optional: a profile name in crawlers/platforms.toml
    start_urls = ["https://list.jd.com/list.html?cat=1319"]
    keywords = ["羽绒服", "儿童玩具"]               # optional: also start from the platform's search for each
    categories = ["down_garments", "toys"]         # optional: what the watch is about (matching/data/categories.csv)
    cron = "0 2 * * *"                             # minute hour day-of-month month day-of-week (Asia/Shanghai)
    # every_minutes = 360                          # ...or a plain interval instead of cron
    max_items = 5000                               # optional: stop after this many item pages (0: no cap)
    max_minutes = 240                              # optional: a run still going after this is stopped and failed
    workers = 2                                    # optional: crawl processes sharing the run (shared frontier)
    allowed_sites = ["3.cn"]                       # optional: sites the crawl may follow links to besides its own
    db = "shelfwatch.db"                           # optional: defaults to SHELFWATCH_DB

    [upkeep.nightly-report]                        # upkeep tasks on the same schedule (tasks/upkeep.py)
    task = "daily_report"                          # rejudge, recrawl_takedowns, export_notices or daily_report
    cron = "0 7 * * *"
    target = "jd-kids"                             # optional: a watch (its db), a database URL or path

A watch starts from its ``start_urls`` and from its platform's search page (``search_url`` in
crawlers/platforms.toml) for each of its ``keywords``, percent-encoded in the profile's ``search_encoding``. Its
crawl may visit the registrable domains of those start URLs and its ``allowed_sites``, nothing else (refused links
are counted as ``refused/offsite``). Its ``categories`` do not narrow what is stored (a keyword rule places
listings in categories and can be wrong; a misfiled down coat is still evidence): each run reports how many
listings it stored in each watched category and outside them, and raises an alarm for a watched category with none.

A relative ``db`` path (or upkeep ``target`` path) is resolved against the watches file's folder, so workers started
from any directory write to the same file.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, urljoin, urlsplit

_KEYS = {"start_urls", "keywords", "search_site", "every_minutes", "cron", "db", "platform", "categories",
         "max_items", "max_minutes", "allowed_sites", "workers"}
_UPKEEP_KEYS = {"task", "cron", "every_minutes", "target", "platform", "out_dir"}
UPKEEP_TASKS = {"rejudge": (), "recrawl_takedowns": ("platform",), "export_notices": ("platform", "out_dir"),
                "daily_report": (), "prune_evidence": ()}
"""Upkeep tasks beat may schedule (tasks/upkeep.py) and the keywords each takes besides ``target``
(``prune_evidence`` keeps SHELFWATCH_EVIDENCE_DAYS of the worker's settings)."""
DEFAULT_MAX_MINUTES = 240
"""A run without ``max_minutes`` is stopped after four hours."""
MAX_MINUTES = 240
"""Longest ``max_minutes``: Celery's own time limit and Redis's visibility timeout (tasks/celery_app.py) are set
just above it. A longer run would be killed by Celery mid-crawl, and raising those limits would make a crawl lost
with a dead worker wait as long to be delivered again; split a bigger watch, or give it more ``workers``."""


class WatchFileError(ValueError):
    """The watches file is missing or malformed; the message names the file and the key."""


@dataclass(frozen=True, kw_only=True)
class Watch:
    """One scheduled crawl."""

    name: str
    """Unique name (the TOML table name), used by tasks and the beat schedule."""
    start_urls: tuple[str, ...]
    """List or item pages the crawl starts from (besides its keyword searches, see :attr:`crawl_urls`)."""
    db: str
    """Store the crawl writes to: an SQLite path or a database URL."""
    every_minutes: int | None = None
    """How often Celery beat starts the crawl (this or ``cron``)."""
    cron: str = ""
    """When Celery beat starts the crawl, as five cron fields in the app's time zone (this or ``every_minutes``)."""
    platform: str = ""
    """Profile name from crawlers/platforms.toml the watch is about; empty: whatever its URLs are."""
    keywords: tuple[str, ...] = ()
    """Search keywords: the crawl also starts from the platform's search page for each."""
    search_urls: tuple[str, ...] = ()
    """The platform's search page for each keyword, encoded as its profile says (built by :func:`load_watches`)."""
    categories: tuple[str, ...] = ()
    """Product categories the watch is about (category keys): each run counts its listings in and outside them."""
    max_items: int = 0
    """Item pages after which a run stops scheduling more; 0: no cap."""
    max_minutes: int = DEFAULT_MAX_MINUTES
    """Minutes after which a run is stopped and recorded as failed."""
    allowed_sites: tuple[str, ...] = ()
    """Sites (registrable domains or IP addresses) the crawl may visit besides its start URLs' own."""
    workers: int = 1
    """Crawl processes (Celery tasks, on any workers) that share one run through a frontier in Redis."""

    @property
    def crawl_urls(self) -> tuple[str, ...]:
        """Where the crawl starts: the start URLs, then the keyword searches (duplicates dropped)."""
        return tuple(dict.fromkeys((*self.start_urls, *self.search_urls)))

    def allowed_sites_setting(self, configured: str = "") -> str:
        """``SHELFWATCH_ALLOWED_SITES`` for this watch's crawl: the configured sites plus the watch's own."""
        from crawlers.scope import split_list

        return ",".join(dict.fromkeys((*split_list(configured), *self.allowed_sites)))


@dataclass(frozen=True, kw_only=True)
class Upkeep:
    """One scheduled upkeep task (``[upkeep.NAME]``)."""

    name: str
    task: str
    """Key of :data:`UPKEEP_TASKS`; the Celery task is ``shelfwatch.<task>``."""
    every_minutes: int | None = None
    cron: str = ""
    kwargs: tuple[tuple[str, str], ...] = ()
    """Keyword arguments of the task (``target``, and ``platform`` / ``out_dir`` where it takes them)."""


@dataclass(frozen=True, kw_only=True)
class WatchFile:
    """Everything a watches file schedules."""

    watches: tuple[Watch, ...]
    upkeep: tuple[Upkeep, ...] = ()


def search_url(template: str, keyword: str, *, encoding: str = "utf-8", site: str = "") -> str:
    """A search page URL: ``{keyword}`` replaced by the keyword percent-encoded in ``encoding``; a path template is
    resolved against ``site``. ValueError when the keyword cannot be written in that encoding or a path has no site."""
    try:
        encoded = quote(keyword.strip(), safe="", encoding=encoding, errors="strict")
    except UnicodeEncodeError:
        raise ValueError(f"keyword {keyword!r} cannot be written in {encoding}") from None
    url = template.replace("{keyword}", encoded)
    if url.startswith("/"):
        if not site:
            raise ValueError(f"the search URL {template!r} is a path: give the watch's search_site "
                             "(e.g. \"http://127.0.0.1:8800\")")
        url = urljoin(site.rstrip("/") + "/", url.lstrip("/"))
    return url


def cron_fields(expr: str) -> dict[str, str]:
    """Five cron fields as Celery's ``crontab`` keywords; ValueError for anything else."""
    parts = expr.split()
    if len(parts) != 5:
        raise ValueError(f"{expr!r} is not five cron fields (minute hour day-of-month month day-of-week)")
    from celery.schedules import crontab

    fields = dict(zip(("minute", "hour", "day_of_month", "month_of_year", "day_of_week"), parts))
    try:
        crontab(**fields)  # Celery parses every field now: a typo is an error at load time, not at 2 a.m.
    except Exception as exc:
        raise ValueError(f"{expr!r}: {exc}") from None
    return fields


def _strings(table: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise WatchFileError(f"{where} {key}: must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def _whole(table: dict[str, Any], key: str, where: str, default: int, minimum: int) -> int:
    value = table.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise WatchFileError(f"{where} {key}: must be a whole number >= {minimum}, not {value!r}")
    return value


def _schedule(table: dict[str, Any], where: str) -> tuple[int | None, str]:
    if ("every_minutes" in table) == ("cron" in table):
        raise WatchFileError(f"{where}: give exactly one schedule, cron = \"M H DoM Mon DoW\" or every_minutes = N")
    if "every_minutes" in table:
        every = table["every_minutes"]
        if isinstance(every, bool) or not isinstance(every, int) or every < 1:
            raise WatchFileError(f"{where} every_minutes: must be a whole number of minutes >= 1, not {every!r}")
        return every, ""
    if not isinstance(table["cron"], str):
        raise WatchFileError(f"{where} cron: must be a string of five cron fields")
    try:
        cron_fields(table["cron"])
    except ValueError as exc:
        raise WatchFileError(f"{where} cron: {exc}") from None
    return None, " ".join(table["cron"].split())


def _http(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def _categories(table: dict[str, Any], where: str) -> tuple[str, ...]:
    wanted = _strings(table, "categories", where)
    if wanted:
        from matching.bundled import load_bundled_categories

        known = [c.key for c in load_bundled_categories()]
        unknown = [c for c in wanted if c not in known]
        if unknown:
            raise WatchFileError(f"{where} categories: {', '.join(map(repr, unknown))} not in "
                                 f"matching/data/categories.csv (known: {', '.join(known)})")
    return wanted


def _searches(table: dict[str, Any], where: str, platform: str, keywords: tuple[str, ...]) -> tuple[str, ...]:
    site = table.get("search_site", "")
    if not isinstance(site, str) or (site and not _http(site)):
        raise WatchFileError(f"{where} search_site: must be an http(s) URL such as \"http://127.0.0.1:8800\"")
    if not keywords:
        if site:
            raise WatchFileError(f"{where} search_site: only means something with keywords")
        return ()
    if not platform:
        raise WatchFileError(f"{where} keywords: name the platform whose search to use (platform = \"jd\")")
    from crawlers.platforms import load_profiles

    profile = next(p for p in load_profiles() if p.name == platform)
    if not profile.search_url:
        raise WatchFileError(f"{where} keywords: platform {platform!r} has no search_url in crawlers/platforms.toml")
    try:
        return tuple(search_url(profile.search_url, k, encoding=profile.search_encoding, site=site) for k in keywords)
    except ValueError as exc:
        raise WatchFileError(f"{where} keywords: {exc}") from None


def _max_minutes(table: dict[str, Any], where: str) -> int:
    minutes = _whole(table, "max_minutes", where, DEFAULT_MAX_MINUTES, 1)
    if minutes > MAX_MINUTES:
        raise WatchFileError(f"{where} max_minutes: at most {MAX_MINUTES} (the workers' time limit), not {minutes}; "
                             "split the watch or give it more workers")
    return minutes


def _watch(path: Path, name: str, table: Any, default_db: str) -> Watch:
    where = f"{path}: [watches.{name}]"
    if not isinstance(table, dict):
        raise WatchFileError(f"{where} must be a table")
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        raise WatchFileError(f"{where}: unknown key(s) {', '.join(unknown)}; valid: {', '.join(sorted(_KEYS))}")
    urls = table.get("start_urls", [])
    if not isinstance(urls, list) or not all(isinstance(u, str) for u in urls):
        raise WatchFileError(f"{where} start_urls: must be a list of URL strings")
    for url in urls:
        if not _http(url):
            raise WatchFileError(f"{where} start_urls: {url!r} is not an http(s) URL")
    keywords = _strings(table, "keywords", where)
    if not urls and not keywords:
        raise WatchFileError(f"{where}: give start_urls (a non-empty list of URLs) or keywords, or both")
    every, cron = _schedule(table, where)
    db = table.get("db", default_db)
    if not isinstance(db, str) or not db.strip():
        raise WatchFileError(f"{where} db: must be a non-empty string")
    if "://" not in db:
        db = str((path.parent / Path(db).expanduser()).resolve())
    platform = table.get("platform", "")
    if not isinstance(platform, str):
        raise WatchFileError(f"{where} platform: must be a profile name")
    if platform:
        from crawlers.platforms import load_profiles

        known = [p.name for p in load_profiles()]
        if platform not in known:
            raise WatchFileError(f"{where} platform: {platform!r} is not a profile in crawlers/platforms.toml "
                                 f"(known: {', '.join(known)})")
    return Watch(
        name=name, start_urls=tuple(urls), every_minutes=every, cron=cron, db=db, platform=platform,
        keywords=keywords, search_urls=_searches(table, where, platform, keywords),
        categories=_categories(table, where),
        max_items=_whole(table, "max_items", where, 0, 0),
        max_minutes=_max_minutes(table, where),
        allowed_sites=tuple(s.lower() for s in _strings(table, "allowed_sites", where)),
        workers=_whole(table, "workers", where, 1, 1),
    )


def _upkeep(path: Path, name: str, table: Any, watch_names: set[str]) -> Upkeep:
    where = f"{path}: [upkeep.{name}]"
    if not isinstance(table, dict):
        raise WatchFileError(f"{where} must be a table")
    unknown = sorted(set(table) - _UPKEEP_KEYS)
    if unknown:
        raise WatchFileError(f"{where}: unknown key(s) {', '.join(unknown)}; valid: {', '.join(sorted(_UPKEEP_KEYS))}")
    task = table.get("task")
    if task not in UPKEEP_TASKS:
        raise WatchFileError(f"{where} task: must be one of {', '.join(UPKEEP_TASKS)}, not {task!r}")
    every, cron = _schedule(table, where)
    kwargs: dict[str, str] = {}
    for key in ("target", *UPKEEP_TASKS[task]):
        value = table.get(key, "")
        if not isinstance(value, str):
            raise WatchFileError(f"{where} {key}: must be a string")
        if value.strip():
            kwargs[key] = value.strip()
    extra = sorted(set(table) & {"platform", "out_dir"} - set(UPKEEP_TASKS[task]))
    if extra:
        raise WatchFileError(f"{where} {extra[0]}: {task} takes no {extra[0]}")
    target = kwargs.get("target", "")
    if target and "://" not in target and target not in watch_names:
        if "/" not in target and "." not in target:  # looks like a name, not a file: a typo of a watch's name
            raise WatchFileError(f"{where} target: {target!r} is neither a watch in this file "
                                 f"({', '.join(sorted(watch_names)) or 'none'}) nor a database URL or path")
        kwargs["target"] = str((path.parent / Path(target).expanduser()).resolve())
    if "out_dir" in kwargs:
        kwargs["out_dir"] = str((path.parent / Path(kwargs["out_dir"]).expanduser()).resolve())
    return Upkeep(name=name, task=task, every_minutes=every, cron=cron, kwargs=tuple(sorted(kwargs.items())))


def load_watch_file(path: str | Path, *, default_db: str = "shelfwatch.db") -> WatchFile:
    """Every watch and upkeep entry in the file, in file order; raises WatchFileError naming the file and key."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise WatchFileError(f"{path}: watches file not found (set SHELFWATCH_WATCHES)") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise WatchFileError(f"{path}: cannot read: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise WatchFileError(f"{path}: invalid TOML: {exc}") from None
    unknown = sorted(set(data) - {"watches", "upkeep"})
    if unknown:
        raise WatchFileError(f"{path}: unknown top-level key(s) {', '.join(unknown)}; put watches under "
                             "[watches.NAME] and upkeep tasks under [upkeep.NAME]")
    tables, upkeep = data.get("watches", {}), data.get("upkeep", {})
    if not isinstance(tables, dict):
        raise WatchFileError(f"{path}: watches: must be tables [watches.NAME]")
    if not isinstance(upkeep, dict):
        raise WatchFileError(f"{path}: upkeep: must be tables [upkeep.NAME]")
    watches = tuple(_watch(path, name, table, default_db) for name, table in tables.items())
    names = {w.name for w in watches}
    return WatchFile(watches=watches, upkeep=tuple(_upkeep(path, n, t, names) for n, t in upkeep.items()))


def load_watches(path: str | Path, *, default_db: str = "shelfwatch.db") -> list[Watch]:
    """Every watch in the file, in file order; raises WatchFileError naming the file and key at fault."""
    return list(load_watch_file(path, default_db=default_db).watches)


def find_watch(path: str | Path, name: str, *, default_db: str = "shelfwatch.db") -> Watch:
    """The named watch, read afresh from the file; LookupError listing the known names if absent."""
    watches = load_watches(path, default_db=default_db)
    for watch in watches:
        if watch.name == name:
            return watch
    known = ", ".join(w.name for w in watches) or "none"
    raise LookupError(f"no watch named {name!r} in {path} (known: {known})")
