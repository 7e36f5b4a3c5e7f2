"""The watches file, the beat schedule and the crawl command: pure, no Redis needed."""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path

import pytest

from tasks.celery_app import beat_schedule, make_celery
from tasks.crawl import crawl_command, parse_stats
from tasks.watches import Watch, WatchFileError, find_watch, load_watches

EXAMPLE = Path(__file__).resolve().parents[2] / "tasks" / "watches.example.toml"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "watches.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_example_file_parses() -> None:
    watches = load_watches(EXAMPLE, default_db="/srv/default.db")
    assert [w.name for w in watches] == ["jd-demo", "demo-all"]
    assert watches[0].start_urls == ("http://127.0.0.1:8800/jd/list?page=1",)
    assert watches[0].db == str(EXAMPLE.parent / "shelfwatch.db")
    assert watches[1].db == "/srv/default.db"


def test_relative_db_resolves_against_the_file_and_urls_pass_through(tmp_path: Path) -> None:
    path = write(tmp_path, '[watches.a]\nstart_urls = ["https://item.jd.com/1.html"]\nevery_minutes = 1\n'
                           'db = "data/a.db"\n'
                           '[watches."童装"]\nstart_urls = ["http://x.test/"]\nevery_minutes = 2\n'
                           'db = "postgresql+psycopg://u@h/db"\n')
    a, b = load_watches(path)
    assert a == Watch(name="a", start_urls=("https://item.jd.com/1.html",), every_minutes=1,
                      db=str(tmp_path / "data" / "a.db"))
    assert (b.name, b.db) == ("童装", "postgresql+psycopg://u@h/db")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[watches.a\n", r"invalid TOML"),
        ("[watches.a]\nevery_minutes = 5\n", r"\[watches\.a\] start_urls: must be a non-empty list"),
        ('[watches.a]\nstart_urls = []\nevery_minutes = 5\n', r"\[watches\.a\] start_urls"),
        ('[watches.a]\nstart_urls = "http://x.test/"\nevery_minutes = 5\n', r"\[watches\.a\] start_urls"),
        ('[watches.a]\nstart_urls = ["ftp://x.test/"]\nevery_minutes = 5\n', r"'ftp://x\.test/' is not an http"),
        ('[watches.a]\nstart_urls = ["http://x.test/"]\n', r"\[watches\.a\] every_minutes: .* not None"),
        ('[watches.a]\nstart_urls = ["http://x.test/"]\nevery_minutes = 0\n', r"every_minutes"),
        ('[watches.a]\nstart_urls = ["http://x.test/"]\nevery_minutes = "60"\n', r"every_minutes"),
        ('[watches.a]\nstart_urls = ["http://x.test/"]\nevery_minutes = true\n', r"every_minutes"),
        ('[watches.a]\nstart_urls = ["http://x.test/"]\nevery_minutes = 5\ndb = ""\n', r"\[watches\.a\] db"),
        ('[watches.a]\nstart_url = ["http://x.test/"]\nevery_minutes = 5\n', r"unknown key\(s\) start_url"),
        ('[watch.a]\nstart_urls = ["http://x.test/"]\nevery_minutes = 5\n', r"unknown top-level key\(s\) watch"),
        ("watches = 3\n", r"must be tables"),
        ("[watches]\na = 1\n", r"\[watches\.a\] must be a table"),
    ],
)
def test_bad_files_name_the_file_and_key(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(WatchFileError, match=message) as raised:
        load_watches(path)
    assert str(path) in str(raised.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(WatchFileError, match="watches file not found"):
        load_watches(tmp_path / "none.toml")


def test_find_watch_lists_known_names() -> None:
    assert find_watch(EXAMPLE, "demo-all").every_minutes == 1440
    with pytest.raises(LookupError, match="known: jd-demo, demo-all"):
        find_watch(EXAMPLE, "nope")


def test_beat_schedule_has_one_entry_per_watch() -> None:
    schedule = beat_schedule(load_watches(EXAMPLE))
    assert schedule["watch:jd-demo"] == {"task": "shelfwatch.crawl_watch", "schedule": timedelta(minutes=360),
                                         "args": ["jd-demo"], "options": {"expires": 360 * 60}}
    assert set(schedule) == {"watch:jd-demo", "watch:demo-all"}


def test_app_configuration(tmp_path: Path) -> None:
    app = make_celery("redis://127.0.0.1:1/0", watches=EXAMPLE)
    conf = app.conf
    assert (conf.broker_url, conf.result_backend) == ("redis://127.0.0.1:1/0",) * 2
    assert conf.task_acks_late is True and conf.worker_prefetch_multiplier == 1
    assert conf.accept_content == ["json"] and conf.task_serializer == "json"
    assert conf.broker_transport_options["visibility_timeout"] > conf.task_time_limit
    assert set(conf.beat_schedule) == {"watch:jd-demo", "watch:demo-all"}
    assert make_celery("redis://127.0.0.1:1/0", watches=tmp_path / "absent.toml").conf.beat_schedule == {}


def test_crawl_command_runs_the_cli_in_a_child_python() -> None:
    watch = Watch(name="a", start_urls=("http://x.test/1", "http://x.test/2"), every_minutes=1, db="/d/s.db")
    assert crawl_command(watch) == [sys.executable, "-m", "shelfwatch", "crawl", "http://x.test/1",
                                    "http://x.test/2", "--db", "/d/s.db", "--json"]


@pytest.mark.parametrize(
    ("stdout", "stats"),
    [
        ('noise\n{"items_stored": 3}\n', {"items_stored": 3}),
        ('{"a": 1}\n{"b": 2}\n', {"b": 2}),
        ("抓取完成 crawl done\n", None),
        ("{not json\n", None),
        ("", None),
    ],
)
def test_parse_stats(stdout: str, stats: dict[str, int] | None) -> None:
    assert parse_stats(stdout) == stats
