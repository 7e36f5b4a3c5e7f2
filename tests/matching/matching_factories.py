"""Small composable factories for matching tests (no fixtures copied per test)."""

from __future__ import annotations

from datetime import date
from functools import cache

from matching import Blacklist, MatchContext, StandardsRegistry, load_bundled_registry, parse_blacklist_csv
from shelfwatch.models import CertType, Claim, ClaimKind, Listing

BLACKLIST_CSV = """\
list,name,uscc,brand,product,model,batch,reason,listed_on,delisted_on,source
credit_blacklist,杭州某某电器有限公司,91330106MA28AB1C2D,,,,,严重违法失信,2025-01-10,,信用公示系统（测试）
recall,杭州某某电器有限公司,,某某牌,电热水壶,KT-01,2024年批次,温控器失效,2025-03-01,,召回公告（测试）
spot_check_failure,宁波某某文具（集团）有限公司,,,中性笔,,,可迁移元素超标,2026-01-05,,抽查公告（测试）
credit_blacklist,温州某某鞋业有限公司,,,,,,,2024-05-01,2026-02-01,信用公示系统（测试）
credit_blacklist,未来某某有限公司,,,,,,,2027-01-01,,信用公示系统（测试）
credit_blacklist,（浙江）义乌某某玩具有限公司,,,,,,,2025-06-01,,信用公示系统（测试）
credit_blacklist,深圳某某贸易有限公司,,,,,,,2025-06-01,,信用公示系统（测试）
credit_blacklist,同名某某有限公司,91440300MA5ABCDE1F,,,,,,2025-06-01,,信用公示系统（测试）
"""

AS_OF = date(2026, 6, 1)


@cache
def registry() -> StandardsRegistry:
    """The bundled registry (parsed once)."""
    return load_bundled_registry()


@cache
def blacklist() -> Blacklist:
    """The test blacklist above."""
    return Blacklist(parse_blacklist_csv(BLACKLIST_CSV))


def context(as_of: date = AS_OF) -> MatchContext:
    """Bundled registry + test blacklist, judged at ``as_of``."""
    return MatchContext(registry=registry(), blacklist=blacklist(), as_of=as_of)


def listing(**fields: str) -> Listing:
    """A minimal listing; keyword fields override."""
    return Listing(platform="jd-demo", url="https://item.example/1.html", item_id="1", **fields)


def std(value: str, *, raw: str | None = None, where: str = "param:执行标准") -> Claim:
    """A standard claim (raw defaults to ``执行标准：<value>``)."""
    return Claim(kind=ClaimKind.STANDARD, value=value, raw=raw or f"执行标准：{value}", where=where)


def cert(cert_type: CertType, value: str, *, valid: bool | None, note: str = "", where: str = "param") -> Claim:
    """A certificate claim as the extractor reports it."""
    return Claim(
        kind=ClaimKind.CERTIFICATE, cert_type=cert_type, value=value, raw=value, where=where, valid=valid, note=note
    )
