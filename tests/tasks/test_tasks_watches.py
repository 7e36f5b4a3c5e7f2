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
from tasks.celery_app import UPKEEP_CRON_EXPIRES_S, beat_schedule, make_celery
from tasks.crawl import crawl_command, crawl_env, parse_stats
from tasks.runs import run_alarms
from tasks.watches import (
    MAX_MINUTES,
    UPKEEP_TASKS,
    Watch,
    WatchFileError,
    find_watch,
    load_watch_file,
    load_watches,
    search_url,
)

EXAMPLE = Path(__file__).resolve().parents[2] / "tasks" / "watches.example.toml"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "watches.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_example_file_parses() -> None:
    watches = load_watches(EXAMPLE, default_db="/srv/default.db")
    assert [w.name for w in watches] == ["jd-demo", "winter-kids", "demo-all"]
    jd, kids, every = watches
    assert jd.start_urls == jd.crawl_urls == ("http://127.0.0.1:8800/jd/list?page=1",)
    assert (jd.platform, jd.categories, jd.every_minutes, jd.cron, jd.max_items) == (
        "jd-demo", ("down_garments",), 360, "", 500)
    assert jd.db == str(EXAMPLE.parent / "shelfwatch.db")
    assert (kids.start_urls, kids.keywords, kids.categories) == ((), ("羽绒服", "儿童玩具"), ("down_garments", "toys"))
    assert kids.crawl_urls == ("http://127.0.0.1:8800/jd/list?keyword=%E7%BE%BD%E7%BB%92%E6%9C%8D&page=1",
                               "http://127.0.0.1:8800/jd/list?keyword=%E5%84%BF%E7%AB%A5%E7%8E%A9%E5%85%B7&page=1")
    assert (every.cron, every.every_minutes, every.max_minutes, every.allowed_sites) == (
        "30 2 * * *", None, 120, ("127.0.0.1",))
    assert every.db == "/srv/default.db"
    upkeep = load_watch_file(EXAMPLE).upkeep
    assert [(u.name, u.task, u.cron, u.every_minutes, u.kwargs) for u in upkeep] == [
        ("daily-report", "daily_report", "0 7 * * *", None, (("target", "jd-demo"),)),
        ("confirm-takedowns", "recrawl_takedowns", "0 4 * * *", None, (("target", "jd-demo"),)),
        ("export-notices", "export_notices", "", 60, (("target", "jd-demo"),)),
        ("evidence-retention", "prune_evidence", "30 3 * * 0", None, (("target", "jd-demo"),)),
    ]


def test_keywords_go_into_the_profiles_search_url_encoded_as_it_says(tmp_path: Path) -> None:
    path = write(tmp_path, '[watches.jd]\nplatform = "jd"\nkeywords = ["羽绒服", "儿童 玩具"]\nevery_minutes = 5\n'
                           'start_urls = ["https://list.jd.com/list.html?cat=1319"]\n')
    (jd,) = load_watches(path)
    assert jd.crawl_urls == ("https://list.jd.com/list.html?cat=1319",
                             "https://search.jd.com/Search?keyword=%E7%BE%BD%E7%BB%92%E6%9C%8D&enc=utf-8",
                             "https://search.jd.com/Search?keyword=%E5%84%BF%E7%AB%A5%20%E7%8E%A9%E5%85%B7&enc=utf-8")
    # A profile that wants GBK gets GBK; "&" and "/" in a keyword cannot break out of the parameter.
    assert search_url("https://s.test/s?q={keyword}", "羽绒服", encoding="gbk") == "https://s.test/s?q=%D3%F0%C8%DE%B7%FE"
    assert search_url("https://s.test/s?q={keyword}", "a&b=c/d") == "https://s.test/s?q=a%26b%3Dc%2Fd"
    assert search_url("/jd/list?keyword={keyword}", "玩具", site="http://127.0.0.1:8800/") == \
        "http://127.0.0.1:8800/jd/list?keyword=%E7%8E%A9%E5%85%B7"
    with pytest.raises(ValueError, match="cannot be written in gbk"):
        search_url("https://s.test/s?q={keyword}", "🧸", encoding="gbk")


def test_platform_profiles_check_their_search_url(tmp_path: Path) -> None:
    from crawlers.platforms import ProfileError, load_profiles, parse_profiles

    assert all(p.search_url.count("{keyword}") == 1 for p in load_profiles() if p.search_url)
    assert {p.name for p in load_profiles() if p.search_url} >= {"jd-demo", "tmall-demo", "shop-demo", "jd"}
    base = '[[platform]]\nname = "x"\nhost = "x"\npath = "."\n'
    for extra, message in [('search_url = "https://x.test/s?q=kw"\n', "{keyword} once"),
                           ('search_url = "x.test/s?q={keyword}"\n', "must start with"),
                           ('search_url = "/s?q={keyword}"\nsearch_encoding = "klingon"\n', "klingon")]:
        (tmp_path / "p.toml").write_text(base + extra, encoding="utf-8")
        with pytest.raises(ProfileError, match=message):
            parse_profiles(tmp_path / "p.toml")


def test_upkeep_targets_resolve_like_watch_dbs(tmp_path: Path) -> None:
    path = write(tmp_path, '[watches.w]\nstart_urls = ["http://x.test/"]\nevery_minutes = 5\n'
                           '[upkeep.a]\ntask = "export_notices"\nevery_minutes = 30\ntarget = "data/o.db"\n'
                           'out_dir = "out/n"\nplatform = "jd"\n'
                           '[upkeep.b]\ntask = "rejudge"\ncron = "0 3 * * *"\ntarget = "postgresql://u@h/db"\n'
                           '[upkeep.c]\ntask = "daily_report"\ncron = "0 7 * * *"\n')
    a, b, c = load_watch_file(path).upkeep
    assert dict(a.kwargs) == {"target": str(tmp_path / "data" / "o.db"), "out_dir": str(tmp_path / "out" / "n"),
                              "platform": "jd"}
    assert dict(b.kwargs) == {"target": "postgresql://u@h/db"} and c.kwargs == ()


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
        ("[watches.a]\nevery_minutes = 5\n", r"\[watches\.a\]: give start_urls .* or keywords"),
        ('[watches.a]\nstart_urls = []\nevery_minutes = 5\n', r"\[watches\.a\]: give start_urls"),
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
        ('[watches.a]\nstart_urls = ["http://x.test/"]\nevery_minutes = 5\nmax_minutes = 241\n',
         r"max_minutes: at most 240 \(the workers' time limit\)"),
        ('[watches.a]\nstart_urls = ["http://x.test/"]\nevery_minutes = 5\ncategories = "toys"\n', r"categories: must be a list"),
        ('[watches.a]\nstart_urls = ["http://x.test/"]\nevery_minutes = 5\nallowed_sites = [""]\n', r"allowed_sites"),
        ('[watches.a]\nstart_urls = ["http://x.test/"]\nevery_minutes = 5\nworkers = 0\n', r"workers: .* >= 1"),
        ('[watches.a]\nstart_urls = ["http://x.test/"]\nevery_minutes = 0\n', r"every_minutes"),
        ('[watches.a]\nstart_urls = ["http://x.test/"]\nevery_minutes = "60"\n', r"every_minutes"),
        ('[watches.a]\nstart_urls = ["http://x.test/"]\nevery_minutes = true\n', r"every_minutes"),
        ('[watches.a]\nstart_urls = ["http://x.test/"]\nevery_minutes = 5\ndb = ""\n', r"\[watches\.a\] db"),
        ('[watches.a]\nstart_url = ["http://x.test/"]\nevery_minutes = 5\n', r"unknown key\(s\) start_url"),
        ('[watch.a]\nstart_urls = ["http://x.test/"]\nevery_minutes = 5\n', r"unknown top-level key\(s\) watch"),
        ('[watches.a]\nstart_urls = ["http://x.test/"]\nevery_minutes = 5\ncategories = ["down_clothing"]\n',
         r"categories: 'down_clothing' not in matching/data/categories.csv .*down_garments"),
        ('[watches.a]\nkeywords = ["羽绒服"]\nevery_minutes = 5\n', r"keywords: name the platform"),
        ('[watches.a]\nplatform = "jd-demo"\nkeywords = ["羽绒服"]\nevery_minutes = 5\n',
         r"keywords: .* is a path: give the watch's search_site"),
        ('[watches.a]\nplatform = "jd-demo"\nkeywords = [""]\nevery_minutes = 5\n', r"keywords: must be a list"),
        ('[watches.a]\nplatform = "jd"\nkeywords = ["x"]\nsearch_site = "127.0.0.1"\nevery_minutes = 5\n',
         r"search_site: must be an http"),
        ('[watches.a]\nstart_urls = ["http://x.test/"]\nsearch_site = "http://x.test"\nevery_minutes = 5\n',
         r"search_site: only means something with keywords"),
        ('[upkeep.a]\ntask = "reindex"\nevery_minutes = 5\n', r"\[upkeep\.a\] task: must be one of rejudge"),
        ('[upkeep.a]\ntask = "rejudge"\n', r"\[upkeep\.a\]: give exactly one schedule"),
        ('[upkeep.a]\ntask = "rejudge"\ncron = "0 7 * *"\n', r"\[upkeep\.a\] cron"),
        ('[upkeep.a]\ntask = "daily_report"\nevery_minutes = 5\nplatform = "jd"\n', r"platform: daily_report takes no"),
        ('[upkeep.a]\ntask = "rejudge"\nevery_minutes = 5\nas_of = "2026-01-01"\n', r"unknown key\(s\) as_of"),
        ('[upkeep.a]\ntask = "rejudge"\nevery_minutes = 5\ntarget = "jd-kdis"\n',
         r"target: 'jd-kdis' is neither a watch in this file"),
        ("upkeep = 3\n", r"upkeep: must be tables"),
        ("watches = 3\n", r"must be tables"),
        ("[watches]\na = 1\n", r"\[watches\.a\] must be a table"),
    ],
)
def test_bad_files_name_the_file_and_key(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(WatchFileError, match=message) as raised:
        load_watch_file(path)
    assert str(path) in str(raised.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(WatchFileError, match="watches file not found"):
        load_watches(tmp_path / "none.toml")


def test_find_watch_lists_known_names() -> None:
    assert find_watch(EXAMPLE, "demo-all").cron == "30 2 * * *"
    with pytest.raises(LookupError, match="known: jd-demo, winter-kids, demo-all"):
        find_watch(EXAMPLE, "nope")


def test_beat_schedule_has_one_entry_per_watch() -> None:
    schedule = beat_schedule(load_watches(EXAMPLE))
    assert schedule["watch:jd-demo"] == {"task": "shelfwatch.crawl_watch", "schedule": timedelta(minutes=360),
                                         "args": ["jd-demo"], "options": {"expires": 360 * 60}}
    nightly = schedule["watch:demo-all"]
    assert nightly["schedule"] == crontab(minute="30", hour="2")
    assert nightly["options"] == {"expires": 120 * 60}
    assert set(schedule) == {"watch:jd-demo", "watch:winter-kids", "watch:demo-all"}


def test_beat_schedule_has_one_entry_per_upkeep_task() -> None:
    found = load_watch_file(EXAMPLE)
    schedule = beat_schedule(found.watches, found.upkeep)
    assert schedule["upkeep:daily-report"] == {
        "task": "shelfwatch.daily_report", "schedule": crontab(minute="0", hour="7"), "kwargs": {"target": "jd-demo"},
        "options": {"expires": UPKEEP_CRON_EXPIRES_S}}
    assert schedule["upkeep:confirm-takedowns"]["task"] == "shelfwatch.recrawl_takedowns"
    exports = schedule["upkeep:export-notices"]
    assert (exports["task"], exports["schedule"], exports["options"]) == (
        "shelfwatch.export_notices", timedelta(minutes=60), {"expires": 3600})
    from tasks import upkeep  # every scheduled name is a task the workers register

    registered = {upkeep.rejudge.name, upkeep.recrawl_takedowns.name, upkeep.export_notices.name,
                  upkeep.daily_report.name, upkeep.prune_evidence.name}
    assert {e["task"] for n, e in schedule.items() if n.startswith("upkeep:")} <= registered
    assert {f"shelfwatch.{t}" for t in UPKEEP_TASKS} == registered


def test_beat_follows_upkeep_entries_in_the_file_without_a_restart(tmp_path: Path) -> None:
    path = write(tmp_path, '[watches.a]\nstart_urls = ["http://x.test/"]\nevery_minutes = 5\n'
                           '[upkeep.report]\ntask = "daily_report"\ncron = "0 7 * * *"\ntarget = "a"\n')
    app = make_celery("redis://127.0.0.1:1/0", watches=path)
    beat = WatchScheduler(app=app, schedule_filename=str(tmp_path / "beat-schedule"))
    try:
        mine = lambda: {n for n in beat.schedule if n.startswith(("watch:", "upkeep:"))}  # noqa: E731
        assert mine() == {"watch:a", "upkeep:report"}
        assert beat.schedule["upkeep:report"].kwargs == {"target": "a"}
        path.write_text('[watches.a]\nstart_urls = ["http://x.test/"]\nevery_minutes = 5\n'
                        '[upkeep.report]\ntask = "daily_report"\ncron = "30 6 * * *"\n'
                        '[upkeep.notices]\ntask = "export_notices"\nevery_minutes = 15\nplatform = "jd"\n',
                        encoding="utf-8")
        os.utime(path, ns=(time.time_ns(), time.time_ns() + 10**9))
        assert beat.sync_watches()
        assert mine() == {"watch:a", "upkeep:report", "upkeep:notices"}
        assert beat.schedule["upkeep:report"].schedule == crontab(minute="30", hour="6")
        assert beat.schedule["upkeep:report"].kwargs == {}
        assert beat.schedule["upkeep:notices"].task == "shelfwatch.export_notices"
        assert beat.schedule["upkeep:notices"].kwargs == {"platform": "jd"}

        path.write_text('[watches.a]\nstart_urls = ["http://x.test/"]\nevery_minutes = 5\n'
                        '[upkeep.notices]\ntask = "nope"\nevery_minutes = 15\n', encoding="utf-8")
        os.utime(path, ns=(time.time_ns(), time.time_ns() + 2 * 10**9))
        assert not beat.sync_watches()  # a bad upkeep entry keeps the running schedule, watches included
        assert mine() == {"watch:a", "upkeep:report", "upkeep:notices"}

        path.write_text('[watches.a]\nstart_urls = ["http://x.test/"]\nevery_minutes = 5\n', encoding="utf-8")
        os.utime(path, ns=(time.time_ns(), time.time_ns() + 3 * 10**9))
        assert beat.sync_watches() and mine() == {"watch:a"}  # removed from the file: off the schedule
    finally:
        beat.close()


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
    assert conf.task_soft_time_limit > MAX_MINUTES * 60  # Celery never stops a crawl inside its watch's limit
    assert set(conf.beat_schedule) == {"watch:jd-demo", "watch:winter-kids", "watch:demo-all", "upkeep:daily-report",
                                       "upkeep:confirm-takedowns", "upkeep:export-notices", "upkeep:evidence-retention"}
    assert make_celery("redis://127.0.0.1:1/0", watches=tmp_path / "absent.toml").conf.beat_schedule == {}


def test_crawl_command_runs_the_cli_in_a_child_python() -> None:
    watch = Watch(name="a", start_urls=("http://x.test/1", "http://x.test/2"), every_minutes=1, db="/d/s.db")
    assert crawl_command(watch) == [sys.executable, "-m", "shelfwatch", "crawl", "http://x.test/1",
                                    "http://x.test/2", "--db", "/d/s.db", "--json"]
    assert crawl_command(replace(watch, max_items=50))[-2:] == ["--max-items", "50"]
    assert crawl_command(watch, "pair:abc")[-2:] == ["--frontier", "pair:abc"]
    searching = replace(watch, search_urls=("http://x.test/s?q=%E7%8E%A9", "http://x.test/1"))
    assert crawl_command(searching)[4:7] == ["http://x.test/1", "http://x.test/2", "http://x.test/s?q=%E7%8E%A9"]


def test_the_crawl_child_gets_the_watchs_allowed_sites() -> None:
    watch = Watch(name="a", start_urls=("http://x.test/",), every_minutes=1, db="d.db", allowed_sites=("3.cn",))
    env = crawl_env(watch, {"SHELFWATCH_ALLOWED_SITES": "360buyimg.com, 3.cn", "PATH": "/bin"})
    assert env == {"SHELFWATCH_ALLOWED_SITES": "360buyimg.com,3.cn", "PATH": "/bin"}
    assert crawl_env(replace(watch, allowed_sites=()), {})["SHELFWATCH_ALLOWED_SITES"] == ""


@pytest.mark.parametrize(
    ("stats", "alarms"),
    [
        ({"items_stored": 3, "failed_requests": 0, "finish_reason": "finished"}, []),
        ({"items_stored": 0, "failed_requests": 2, "finish_reason": "finished"},
         ["未存任何商品 no listing stored", "请求失败 2 failed requests"]),
        ({"items_stored": 5, "extraction_errors": 1, "finish_reason": "closespider_timeout"},
         ["解析出错 1 pages could not be read", "提前结束 ended early: closespider_timeout"]),
        (None, ["没有统计 no figures: the crawl printed none"]),
        ({"items_stored": 4, "categories": {"watched": {"down_garments": 4, "toys": 0, "helmets": 0}, "outside": 0}},
         ["关注品类无商品 no listing in watched categories: toys, helmets"]),
        ({"items_stored": 4, "categories": {"watched": {"toys": 1}, "outside": 3}}, []),
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
