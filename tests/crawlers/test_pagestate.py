"""Page states as a table: what a fetched item page is, from its status, final URL, text and facts."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from crawlers.backoff import backoff_delay, retry_after_seconds
from crawlers.monitor import crawl_alarms
from crawlers.pagestate import (
    PageState,
    PatternError,
    StatePatterns,
    generic_patterns,
    page_state,
    reads_page_text,
)
from crawlers.platforms import ProfileError, parse_profiles, platform_for

# The platforms' own hosts, as data only: platform_for() picks a profile by host, and nothing here is fetched.
JD = "https://item.jd.com/100012043978.html"
TB = "https://item.taobao.com/item.htm?id=1"
HEADER = "你好，请登录 免费注册 我的订单 京东会员 "  # every JD page's header: never a login wall by itself


def _state(url: str, title: str = "", text: str = "", *, status: int = 200, facts: bool = False,
           password: bool = False) -> PageState:
    return page_state(status=status, url=url, title=title, text=text, has_product_facts=facts,
                      has_password_field=password, patterns=platform_for(url).states + generic_patterns())


@pytest.mark.parametrize(
    ("args", "kwargs", "state"),
    [
        ((JD, "儿童羽绒服", HEADER + "执行标准：GB 18401"), {"facts": True}, PageState.LISTING),
        ((JD, "", ""), {"status": 404}, PageState.GONE),
        ((JD, "", ""), {"status": 410}, PageState.GONE),
        ((JD, "京东", HEADER + "该商品已下柜，欢迎挑选其他商品！"), {}, PageState.GONE),
        ((TB, "淘宝网", "很抱歉，您查看的宝贝不存在，可能已下架或者被转移。"), {}, PageState.GONE),
        ((JD, "商品已下架 - 京东", ""), {"facts": True}, PageState.GONE),  # the title says it
        # a live listing whose description mentions 已下架 further down stays a listing
        ((JD, "羽绒服", HEADER + "参数… 旧款商品已下架，新款上市"), {"facts": True}, PageState.LISTING),
        ((JD, "", HEADER), {}, PageState.LISTING),  # a thin page with no facts is a listing without facts
        (("https://cfe.m.jd.com/privatedomain/risk_handler/03101900/?returnurl=x", "京东验证", ""), {},
         PageState.CAPTCHA),
        ((TB, "", "亲，请拖动下方滑块完成验证"), {}, PageState.CAPTCHA),
        (("https://shop.test/item/1", "安全验证", "请完成下方验证后继续"), {}, PageState.CAPTCHA),
        (("https://shop.test/item/1", "Verify", "Please verify you are a human"), {}, PageState.CAPTCHA),
        (("https://passport.jd.com/new/login.aspx?ReturnUrl=x", "京东-欢迎登录", ""), {}, PageState.LOGIN),
        (("https://login.taobao.com/member/login.jhtml", "", ""), {}, PageState.LOGIN),
        (("https://shop.test/item/1", "会员中心", "用户名 密码"), {"password": True}, PageState.LOGIN),
        (("https://shop.test/item/1", "", "登录后查看商品详情"), {}, PageState.LOGIN),
        (("https://shop.test/item/1", "Access Denied", "You don't have permission"), {}, PageState.BLOCKED),
        (("https://shop.test/item/1", "提示", "您的访问出现异常，请稍后再试"), {}, PageState.BLOCKED),
        (("https://shop.test/item/1", "", ""), {"status": 403}, PageState.BLOCKED),
        (("https://shop.test/item/1", "x", "执行标准：GB 1"), {"status": 403, "facts": True}, PageState.BLOCKED),
        # a product page with a login box in its header and 验证码 in a form is still a listing
        (("https://shop.test/item/1", "电水壶", "验证码 登录后查看 执行标准"), {"facts": True, "password": True},
         PageState.LISTING),
    ],
)
def test_page_state(args: tuple[str, ...], kwargs: dict[str, object], state: PageState) -> None:
    assert _state(*args, **kwargs) == state  # type: ignore[arg-type]
    if not reads_page_text(has_product_facts=bool(kwargs.get("facts"))):
        # The crawl passes neither text nor password field for a page with facts (it skips a second parse of
        # the page): the state must not depend on them.
        url, title = args[0], args[1]
        assert _state(url, title, "", **{**kwargs, "password": False}) == state  # type: ignore[arg-type]


def test_platform_patterns_come_from_the_profile(tmp_path: Path) -> None:
    path = tmp_path / "platforms.toml"
    path.write_text("[[platform]]\nname = 'x'\nhost = 'x'\npath = '.'\n[platform.states]\ngone = ['已经没有了']\n",
                    encoding="utf-8")
    [p] = parse_profiles(path)
    assert page_state(status=200, url="http://x/1", title="", text="这个已经没有了", has_product_facts=False,
                      patterns=p.states) is PageState.GONE
    path.write_text("[[platform]]\nname = 'x'\nhost = 'x'\npath = '.'\n[platform.states]\ncaptcha = ['(']\n",
                    encoding="utf-8")
    with pytest.raises(ProfileError, match="captcha"):
        parse_profiles(path)
    with pytest.raises(PatternError, match="list"):
        StatePatterns.from_mapping({"gone": 3}, "here")


NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("header", "seconds"),
    [("120", 120.0), (" 5 ", 5.0), ("Tue, 01 Dec 2026 12:00:30 GMT", 30.0), ("Tue, 01 Dec 2026 11:00:00 GMT", 0.0),
     ("", None), (None, None), ("soon", None), ("-5", None)],
)
def test_retry_after(header: str | None, seconds: float | None) -> None:
    assert retry_after_seconds(header, NOW) == seconds


@pytest.mark.parametrize(
    ("attempt", "retry_after", "wait"),
    [(0, None, 1.0), (1, None, 2.0), (3, None, 8.0), (0, 30.0, 30.0), (0, 0.0, 1.0), (0, 9999.0, 300.0),
     (20, None, 300.0)],
)
def test_backoff_delay(attempt: int, retry_after: float | None, wait: float) -> None:
    assert backoff_delay(attempt, retry_after, base=1.0, cap=300.0) == wait


def test_crawl_alarms() -> None:
    assert crawl_alarms({"shelfwatch/listings_stored": 10, "response_received_count": 12}) == []
    [blocked] = crawl_alarms({"shelfwatch/listings_stored": 10, "shelfwatch/page_state/captcha": 2,
                              "shelfwatch/page_state/login": 1})
    assert "captcha 2, login 1" in blocked and "3" in blocked
    [none] = crawl_alarms({"response_received_count": 3})
    assert "no listings" in none
    [fewer] = crawl_alarms({"shelfwatch/listings_stored": 4}, previous={"shelfwatch/listings_stored": 10})
    assert "far fewer" in fewer
    assert crawl_alarms({"shelfwatch/listings_stored": 6}, previous={"shelfwatch/listings_stored": 10}) == []
    [gave_up] = crawl_alarms({"shelfwatch/listings_stored": 6, "shelfwatch/backoff/gave_up": 2})
    assert "429" in gave_up


def test_crawl_summary() -> None:
    from crawlers.monitor import crawl_summary

    row = {"id": 3, "started_at": "t", "finished_at": "u", "start_urls": ["http://a.test/list"], "stats": {
        "finish_reason": "finished", "response_received_count": 12, "shelfwatch/listings_stored": 8,
        "shelfwatch/rendered_pages": 2, "shelfwatch/failed/http_500": 1, "shelfwatch/failed/DNSLookupError": 2,
        "shelfwatch/extraction_errors": 1, "shelfwatch/refused/loopback": 3, "shelfwatch/page_state/gone": 1,
        "shelfwatch/page_state/captcha": 2, "shelfwatch/missing/price": 4, "shelfwatch/alarms": ["x"]}}
    d = crawl_summary(row)
    assert d["errors"] == {"http_500": 1, "DNSLookupError": 2, "extraction": 1}
    assert d["refused"] == {"loopback": 3} and d["blocked"] == {"captcha": 2} and d["gone"] == 1
    assert d["rendered_share"] == 0.25 and d["missing_fields"] == {"price": 4} and d["alarms"] == ["x"]
    assert crawl_summary({"id": 4, "finished_at": None, "stats": {}})["finish_reason"] == "running or killed"


def test_progress_line() -> None:
    from crawlers.progress import progress_line

    line = progress_line({"response_received_count": 50, "shelfwatch/listings_stored": 40,
                          "shelfwatch/page_state/captcha": 2, "shelfwatch/refused/private": 1}, 10.0)
    assert line == "进度 progress: 10 s, 50 pages (5.0/s), 40 listings, 0 gone, 0 failed, 2 blocked, 1 refused"
