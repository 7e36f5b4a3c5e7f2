"""The watches file, the beat schedule and the crawl command: pure, no Redis needed."""

from __future__ import annotations

import os
import sys
import time
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from celery.schedules import crontab

from tasks.beat import WatchScheduler
from tasks.celery_app import beat_schedule, make_celery
from tasks.crawl import crawl_command, parse_stats
from tasks.runs import run_alarms
from tasks.watches import Watch, WatchFileError, find_watch, load_watches

EXAMPLE = Path(__file__).resolve().parents[2] / "tasks" / "watches.example.toml"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "watches.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_example_file_parses() -> None:
    watches = load_watches(EXAMPLE, default_db="/srv/default.db")
    assert [w.name for w in watches] == ["jd-demo", "demo-all"]
    jd, every = watches
    assert jd.start_urls == ("http://127.0.0.1:8800/jd/list?page=1",)
    assert (jd.platform, jd.categories, jd.every_minutes, jd.cron, jd.max_items) == (
        "jd-demo", ("down_clothing",), 360, "", 500)
    assert jd.db == str(EXAMPLE.parent / "shelfwatch.db")
    assert (every.cron, every.every_minutes, every.max_minutes, every.allowed_sites) == (
        "30 2 * * *", None, 120, ("127.0.0.1",))
    assert every.db == "/srv/default.db"


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
        ('[watches.a]\nstart_urls = ["http://x.test/"]\n', r"\[watches\.a\]: give exactly one schedule"),
        ('[watches.a]\nstart_urls = ["http://x.test/"]\nevery_minutes = 5\ncron = "* * * * *"\n', r"exactly one schedule"),
        ('[watches.a]\nstart_urls = ["http://x.test/"]\ncron = "0 2 * *"\n', r"cron: '0 2 \* \*' is not five cron fields"),
        ('[watches.a]\nstart_urls = ["http://x.test/"]\ncron = "0 25 * * *"\n', r"\[watches\.a\] cron: '0 25"),
        ('[watches.a]\nstart_urls = ["http://x.test/"]\ncron = 5\n', r"cron: must be a string"),
        ('[watches.a]\nstart_urls = ["http://x.test/"]\nevery_minutes = 5\nplatform = "taobao-x"\n',
         r"platform: 'taobao-x' is not a profile .*known: jd-demo"),
        ('[watches.a]\nstart_urls = ["http://x.test/"]\nevery_minutes = 5\nmax_items = -1\n', r"max_items: .* >= 0"),
        ('[watches.a]\nstart_urls = ["http://x.test/"]\nevery_minutes = 5\nmax_minutes = 0\n', r"max_minutes: .* >= 1"),
        ('[watches.a]\nstart_urls = ["http://x.test/"]\nevery_minutes = 5\ncategories = "toys"\n', r"categories: must be a list"),
        ('[watches.a]\nstart_urls = ["http://x.test/"]\nevery_minutes = 5\nallowed_sites = [""]\n', r"allowed_sites"),
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
    assert find_watch(EXAMPLE, "demo-all").cron == "30 2 * * *"
    with pytest.raises(LookupError, match="known: jd-demo, demo-all"):
        find_watch(EXAMPLE, "nope")


def test_beat_schedule_has_one_entry_per_watch() -> None:
    schedule = beat_schedule(load_watches(EXAMPLE))
    assert schedule["watch:jd-demo"] == {"task": "shelfwatch.crawl_watch", "schedule": timedelta(minutes=360),
                                         "args": ["jd-demo"], "options": {"expires": 360 * 60}}
    nightly = schedule["watch:demo-all"]
    assert nightly["schedule"] == crontab(minute="30", hour="2")
    assert nightly["options"] == {"expires": 120 * 60}
    assert set(schedule) == {"watch:jd-demo", "watch:demo-all"}


def test_beat_follows_the_watches_file_without_a_restart(tmp_path: Path) -> None:
    path = write(tmp_path, '[watches.a]\nstart_urls = ["http://x.test/"]\nevery_minutes = 5\n')
    app = make_celery("redis://127.0.0.1:1/0", watches=path)
    beat = WatchScheduler(app=app, schedule_filename=str(tmp_path / "beat-schedule"))
    try:
        assert {n for n in beat.schedule if n.startswith("watch:")} == {"watch:a"}
        assert not beat.sync_watches()  # unchanged file: nothing to do

        path.write_text('[watches.a]\nstart_urls = ["http://x.test/"]\ncron = "0 3 * * *"\n'
                        '[watches.b]\nstart_urls = ["http://y.test/"]\nevery_minutes = 60\n', encoding="utf-8")
        os.utime(path, ns=(time.time_ns(), time.time_ns() + 10**9))  # a later mtime, however coarse the clock
        assert beat.sync_watches()
        assert beat.schedule["watch:a"].schedule == crontab(minute="0", hour="3")
        assert beat.schedule["watch:b"].schedule.run_every == timedelta(minutes=60)

        path.write_text("[watches.a\n", encoding="utf-8")  # a typo keeps the running schedule
        os.utime(path, ns=(time.time_ns(), time.time_ns() + 2 * 10**9))
        assert not beat.sync_watches()
        assert {n for n in beat.schedule if n.startswith("watch:")} == {"watch:a", "watch:b"}

        path.unlink()  # no file: nothing scheduled
        assert beat.sync_watches() and not [n for n in beat.schedule if n.startswith("watch:")]
    finally:
        beat.close()


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
    assert crawl_command(replace(watch, max_items=50))[-2:] == ["--max-items", "50"]


@pytest.mark.parametrize(
    ("stats", "alarms"),
    [
        ({"items_stored": 3, "failed_requests": 0, "finish_reason": "finished"}, []),
        ({"items_stored": 0, "failed_requests": 2, "finish_reason": "finished"},
         ["未存任何商品 no listing stored", "请求失败 2 failed requests"]),
        ({"items_stored": 5, "extraction_errors": 1, "finish_reason": "closespider_timeout"},
         ["解析出错 1 pages could not be read", "提前结束 ended early: closespider_timeout"]),
        (None, ["没有统计 no figures: the crawl printed none"]),
    ],
)
def test_run_alarms(stats: dict[str, object] | None, alarms: list[str]) -> None:
    assert run_alarms(stats) == alarms


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
