"""Certificate, licence and registration numbers (shared/domain.md §3) with a format / check-digit verdict.

Each family is one rule: a pattern over folded text (NFKC, one dash, one space kind) and a judge that returns the
normalized number, the verdict and a Chinese note for inspectors. Bare digit runs (CCC) and credit codes are only
taken next to a label that names them, so order numbers and phone numbers stay out.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from stdnum.cn import uscc
from stdnum.iso7064 import mod_11_10

from extractors.tables import PROVINCES
from shelfwatch.folding import Folded, fold
from shelfwatch.models import CertType, Claim, ClaimKind

_S = r"[^\S\n]?"  # one optional space inside a number; numbers never span lines
_P = f"[{PROVINCES}]"
# 14 digits in a row, or four groups of four, from the first digit of a run (the look-behind sits after that digit, as
# in the CCC rule, the one rule this test spares): tried at every digit, each run of digits was read again from each
# of its digits (twice the cost, callgrind). Every match of the CCC rule is one of these.
_LONG_NUMBER = re.compile(r"\d(?<!\d\d)\d{3}(?:\d{10}| \d{4} \d{4} \d{4})")
_NEAR = 200  # characters around a bare CCC number searched for a "3C"/"CCC" mention


class Verdict(NamedTuple):
    """What a judge says about one matched number."""

    number: str
    """Normalized number (spaces removed)."""
    valid: bool | None
    """Format / check-digit verdict."""
    note: str
    """Why, in Chinese."""


def _plausible_year(year: int, first: int = 1985) -> bool:
    return first <= year <= date.today().year


_SPACE = re.compile(r"\s")  # compiled once: a module-level re.sub looks its pattern up in re's cache each call
_CCC_NEAR = re.compile(r"3C|CCC|强制性(?:产品)?认证|证书状态", re.I)


def _digits(m: re.Match[str], group: str = "d") -> str:
    return _SPACE.sub("", m[group])


@lru_cache(maxsize=4096)
def _sc_valid(digits: str) -> bool:
    """The ISO 7064 check of a food licence (a maker's licence repeats on every listing of its products)."""
    return bool(mod_11_10.is_valid(digits))


def _sc(m: re.Match[str], _: str) -> Verdict:
    digits = _digits(m)
    if _sc_valid(digits):
        return Verdict(number="SC" + digits, valid=True, note="食品生产许可证编号，校验位正确（ISO 7064 MOD 11,10）")
    return Verdict(number="SC" + digits, valid=False, note="食品生产许可证编号校验位错误，疑似伪造或抄录错误")


def _qs(m: re.Match[str], _: str) -> Verdict:
    return Verdict(
        number="QS" + _digits(m),
        valid=True,
        note="QS为旧版食品生产许可证编号（2015-10-01起由SC取代，2018-10-01后不得再用QS标志），格式正确但已过时",
    )


def _ccc(m: re.Match[str], _: str) -> Verdict:
    digits = _digits(m)
    if len(digits) != 16:  # a mistyped or invented number under a 3C label is still the shop's claim
        return Verdict(number=digits, valid=False, note=f"CCC证书编号应为16位数字，此处为{len(digits)}位")
    year = int(digits[:4])
    if 2002 <= year <= date.today().year:
        return Verdict(number=digits, valid=True, note=f"CCC证书编号格式正确（首次发证{year}年），状态需联网核查")
    return Verdict(number=digits, valid=False, note=f"CCC证书编号前四位年份{year}不可能（应为2002年至今）")


def _xk(m: re.Match[str], _: str) -> Verdict:
    prov = f"({m['prov']})" if m["prov"] else ""
    number = f"{prov}XK{m['a']}-{m['b']}-{m['c']}"
    if len(m["c"]) == 5:
        return Verdict(number=number, valid=True, note="工业产品生产许可证编号格式正确；仅目录内产品需要此证")
    return Verdict(number=number, valid=False, note="工业产品生产许可证编号格式不符（应为XKnn-nnn-nnnnn）")


# Whose a credit code is (统一社会信用代码 / 营业执照 number: every business has one, so the number alone says
# nothing). A label names the role of the business it belongs to: the maker's (生产企业, 制造商, 厂址, 委托方: GB
# 7718-2011 4.1.6 and the product quality law label the producer so), or another business's: the shop's own
# (本店, 店铺, 经营者: the e-commerce law art. 15 has every shop show its 营业执照), an importer's or distributor's
# (进口商, 经销商, 代理商: GB 7718-2011 4.1.6.2 labels them apart from the foreign maker), a stall's or a
# supplier's box (商铺, 联系人, 出版物经营许可证), an article account's (公众号). Words of a name also count when
# a business is named with no label (…贸易有限公司 营业执照：…, a signature's 销售经理).
_ROLE = re.compile(
    r"(?P<maker>生产|制造|厂家|厂名|厂址|厂商|委托|受托)"
    r"|(?P<other>本店|店铺|商家|商铺|商户|经营|卖家|网店|本站|本公司|公众号|本号|进口|经销|代理|销售|供应商|分销"
    r"|批发|商行|贸易|商贸|门市|专营店|旗舰店|专卖店|小店|联系人|出版物)"
)
# A line that is only a business's name (…有限公司, …（苏州）有限公司, 某某书屋): over a code, it is a shop box's or
# a signature's heading. A line "--" opens an e-mail signature (RFC 3676 4.3).
_BUSINESS_NAME = re.compile(r"(?:公司|厂|店|书屋|商行|经营部|工作室|门市部)(?:[（(][^）)\n]{0,12}[）)])?$|^-- ?$")
_PAIR_COLON = re.compile(r"[:：]")
_OWN_LABEL = 30
"""Characters before a credit code, on its line, read as its own label."""
_LINES_BEFORE = 3
"""Non-blank lines before a credit code's line read for the role of the business it belongs to."""
_BEFORE = 240
"""Characters before a credit code those lines may span (a label block, not the page above it)."""
_NAME_LINE = 40
"""An unlabelled line longer than this is running text, not a business's name or a signature line."""


def _role(text: str) -> str | None:
    """The role the last role word of ``text`` names ("maker" or "other"), None when it names none."""
    found = _ROLE.findall(text)
    if not found:
        return None
    maker, _ = found[-1]
    return "maker" if maker else "other"


def _line_role(line: str) -> str | None:
    """The role a line before a credit code names: by its key when it is a ``key：value`` pair (the value is a
    name or an address, whose words say nothing: 鑫悦袜厂 is a stall), else by a short line's words or its shape."""
    colon = _PAIR_COLON.search(line, 0, _NAME_LINE)
    if colon is not None:
        return _role(line[: colon.start()])
    if len(line) > _NAME_LINE:
        return None
    return _role(line) or ("other" if _BUSINESS_NAME.search(line) else None)


def _not_the_shops(text: str, m: re.Match[str]) -> bool:
    """Whether a credit code is the product's (its maker's): the role its own label names, else the role named by
    the nearest of the few lines before it (生产企业：X, 厂址：…, then 统一社会信用代码：… is the maker's; 进口商地址：…,
    商铺：…, a company's name alone, a signature are another business's); a code no role is named for is read as
    the product's (a plain 统一社会信用代码 line among its parameters)."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    own = _role(text[max(line_start, m.start() - _OWN_LABEL) : m.start()])
    if own is not None:
        return own == "maker"
    end = line_start - 1
    for _ in range(_LINES_BEFORE):
        while end > 0 and text[end - 1] == "\n":
            end -= 1  # blank lines (parameter pairs are joined by them)
        if end <= 0 or m.start() - end > _BEFORE:
            break
        start = text.rfind("\n", 0, end) + 1
        role = _line_role(text[start:end].strip())
        if role is not None:
            return role == "maker"
        end = start - 1
    return True


@lru_cache(maxsize=4096)
def _uscc_valid(code: str) -> bool:
    """python-stdnum's check (about 20-30 µs a code); a shop repeats its maker's code on every listing."""
    return bool(uscc.is_valid(code))


def _uscc(m: re.Match[str], _: str) -> Verdict:
    code = m["d"].upper()
    if _uscc_valid(code):
        return Verdict(number=code, valid=True, note="统一社会信用代码校验位正确")
    return Verdict(number=code, valid=False, note="统一社会信用代码校验失败（强信号，但少数真实代码也不通过）")


def _cosmetics(m: re.Match[str], _: str) -> Verdict:
    number = re.sub(r"\s", "", m[0])
    # Every current family carries the year of issue as the first four digits (G2019..., 2021034379, 粤妆2016...).
    first = re.search(r"\d{4}", number)
    year = int(first[0]) if first and not number.startswith("卫妆") else None
    if year is not None and not _plausible_year(year):
        return Verdict(number=number, valid=False, note=f"化妆品批准/备案编号中的年份{year}不可能")
    if number.startswith("卫妆"):
        return Verdict(number=number, valid=True, note="卫妆号为旧版化妆品批准文号，已过时")
    return Verdict(number=number, valid=True, note="化妆品注册/备案/生产许可编号格式正确，需到药监局核查")


def _medical(m: re.Match[str], _: str) -> Verdict:
    number = re.sub(r"\s", "", m[0])
    year = m["y"] or m["by"]
    if not _plausible_year(int(year), 1990):
        return Verdict(number=number, valid=False, note=f"医疗器械编号中的年份{year}不可能")
    if m["kind"] == "备":
        return Verdict(number=number, valid=True, note="第一类医疗器械备案编号格式正确")
    if m["cls"] not in {"2", "3"}:
        return Verdict(number=number, valid=False, note="医疗器械注册证编号的管理类别位应为2或3")
    return Verdict(number=number, valid=True, note="医疗器械注册证编号格式正确，需到药监局核查")


def _qs_bare(m: re.Match[str], _: str) -> Verdict:
    return Verdict(
        number=_digits(m),
        valid=True,
        note="生产许可证号为12位数字但未写QS前缀（旧版QS食品生产许可证的写法，2015-10-01起由SC取代），格式待核实",
    )


def _other(m: re.Match[str], label: str) -> Verdict:
    return Verdict(number=re.sub(r"\s", "", m[0]), valid=None, note=label)


# A label that names CCC itself: the mark, then at most a few label words before the number ("3C编号：",
# "CCC认证证书号", "强制认证编号", "3C Cert. No.:", "3C认证 证书 编号").
_CCC_MARK_LABEL = re.compile(r"(?:3C|CCC|CQC|强制性?(?:产品)?认证)(?P<words>[^\n\d]{0,24})$", re.I)
# A certificate label without the mark ("证书编号：", "认证证书号"): CCC only with more evidence.
_CERT_LABEL = re.compile(
    r"(?:证书|认证|cert[a-z]*\.?)[^\S\n]*(?:编号|号码|证号|号|no\.?|number|code)?[^\S\n]*[:=]?[^\S\n]*$", re.I
)
# Words that make a labelled number something else: an order, a phone, a model ("3C数码 订单编号：...").
_NOT_CCC_WORDS = re.compile(r"订单|运单|快递|物流|电话|手机|客服|型号|货号|条码|编码|商品")


def _looks_like_ccc(digits: str) -> bool:
    """16 digits: a plausible year of issue, then a certification body code (01 = CQC, domain.md §3)."""
    return len(digits) == 16 and 2002 <= int(digits[:4]) <= date.today().year and digits[4:6] != "00"


def _ccc_context(text: str, m: re.Match[str]) -> bool:
    """A bare 16-digit run is a CCC number only under a certificate label: one that names CCC (3C, CCC, 强制认证),
    or a plain certificate label when the digits have the CCC layout or a 3C/CCC mention is near."""
    line_start = text.rfind("\n", max(0, m.start() - 40), m.start()) + 1
    if line_start == m.start() and line_start > 0:
        # The number opens its line (a table cell read as text): its label is the line before.
        line_start = text.rfind("\n", max(0, m.start() - 41), m.start() - 1) + 1
        before = text[max(line_start, m.start() - 40) : m.start() - 1]
    else:
        before = text[max(line_start, m.start() - 40) : m.start()]
    marked = _CCC_MARK_LABEL.search(before)
    if marked is not None and not _NOT_CCC_WORDS.search(marked["words"]):
        return True
    label = _CERT_LABEL.search(before)
    if label is None or _NOT_CCC_WORDS.search(before[-12:]):
        return False
    if _looks_like_ccc(m["d"]):
        return True  # 16 digits in the CCC layout under a certificate label: a CCC (or CQC) certificate
    around = text[max(0, m.start() - _NEAR) : m.end() + _NEAR]
    return _CCC_NEAR.search(around) is not None


@dataclass(frozen=True, kw_only=True)
class _Rule:
    cert_type: CertType
    pattern: re.Pattern[str]
    judge: Callable[[re.Match[str], str], Verdict]
    context: Callable[[str, re.Match[str]], bool] | None = None
    label: str = ""
    needles: tuple[str, ...] = ()
    """Strings one of which every match contains (upper-cased text): rules without one are skipped cheaply."""
    raw_group: str = ""
    """Named group that holds the number itself when the pattern also reads its label."""


_RULES: tuple[_Rule, ...] = (
    _Rule(
        cert_type=CertType.SC,
        # The look-behind sits after the first letter, so the regex engine can skip ahead to an S (a pattern that
        # opens with a look-behind is tried at every position of the text).
        pattern=re.compile(rf"[Ss](?<![A-Za-z][Ss])[Cc]{_S}(?P<d>\d(?:{_S}\d){{13}})(?!\d)"),
        judge=_sc,
        needles=("SC",),
    ),
    _Rule(
        cert_type=CertType.QS,  # often spaced 4-4-4: QS3301 1401 0973
        pattern=re.compile(rf"[Qq](?<![A-Za-z][Qq])[Ss]{_S}(?P<d>\d(?:{_S}\d){{11}})(?!\d)"),
        judge=_qs,
        needles=("QS",),
    ),
    _Rule(
        cert_type=CertType.QS,  # the 12 digits of a QS licence under its label, the prefix left out (realworld 020)
        pattern=re.compile(
            r"(?:食品)?生产许可证(?:编号|号)[】\]]?[^\S\n]*[:]?[^\S\n]*(?P<d>\d{4}[^\S\n]?\d{4}[^\S\n]?\d{4})(?!\d)"
        ),
        judge=_qs_bare,
        needles=("生产许可证",),
        raw_group="d",
    ),
    _Rule(
        cert_type=CertType.CCC,
        # 14-17 digits: wrong lengths under a 3C label are claims too (judged invalid); 18 would be a credit code.
        pattern=re.compile(r"(?P<d>\d(?<![\dA-Za-z]\d)\d{3}(?:\d{10,13}|(?: \d{4}){3}))(?!\d)"),  # \d{3} shared
        judge=_ccc,
        context=_ccc_context,
        raw_group="d",
    ),
    _Rule(
        cert_type=CertType.XK,
        pattern=re.compile(
            rf"(?:\((?P<prov>{_P})\){_S})?(?<![A-Za-z])XK{_S}(?P<a>\d{{2}}){_S}-{_S}(?P<b>\d{{3}})"
            rf"{_S}-{_S}(?P<c>\d{{4,6}})(?!\d)"
        ),
        judge=_xk,
        needles=("XK",),
    ),
    _Rule(
        cert_type=CertType.USCC,
        pattern=re.compile(
            r"(?:统一社会信用代码|社会信用代码|信用代码|营业执照(?:注册号|编号|号)?)[^\S\n]*[:：]?[^\S\n]*"
            r"(?P<d>[0-9A-Za-z]{18})(?![0-9A-Za-z])"
        ),
        judge=_uscc,
        context=_not_the_shops,
        needles=("代码", "营业执照"),
        raw_group="d",
    ),
    _Rule(
        cert_type=CertType.COSMETICS,
        pattern=re.compile(
            rf"国妆特字{_S}G{_S}\d{{4}}{_S}\d{{4}}(?!\d)"
            rf"|国妆特进字{_S}J{_S}\d{{4}}{_S}\d{{4}}(?!\d)"
            rf"|国妆(?:备进|网备进)字{_S}(?:J|\({_P}\)){_S}\d{{8,10}}(?!\d)"
            rf"|{_P}G妆(?:网)?备字{_S}\d{{10}}(?!\d)"
            rf"|{_P}妆{_S}\d{{8}}(?!\d)"
            r"|卫妆(?:准|备|进|特)字[0-9A-Z()\-第号]{4,30}"
        ),
        judge=_cosmetics,
        needles=("妆",),
    ),
    _Rule(
        cert_type=CertType.MEDICAL_DEVICE,
        pattern=re.compile(
            rf"(?:国|{_P}[\u4e00-\u9fff]?)械(?:(?P<kind>备){_S}(?P<by>\d{{4}})\d{{4,5}}"
            rf"|注[准进许]{_S}(?P<y>\d{{4}})(?P<cls>\d)\d{{6}})(?!\d)"
        ),
        judge=_medical,
        needles=("械",),
    ),
    _Rule(
        cert_type=CertType.OTHER,
        pattern=re.compile(r"国药准字[HZSJBTF]\d{8}(?!\d)"),
        judge=_other,
        label="药品批准文号",
        needles=("国药准字",),
    ),
    _Rule(
        cert_type=CertType.OTHER,
        pattern=re.compile(r"(?:国食健(?:字|注)|食健备)[GJ]?\d{8,13}(?!\d)"),
        judge=_other,
        label="保健食品注册/备案号",
        needles=("国食健", "食健备"),
    ),
    _Rule(
        cert_type=CertType.OTHER,
        pattern=re.compile(r"(?<=进网许可证编号)[^\S\n]*[:：]?[^\S\n]*\d{2}-\d{4}-\d{6}(?!\d)"),
        judge=_other,
        label="电信设备进网许可证编号",
        needles=("进网许可证编号",),
    ),
)


class CertificateHit(NamedTuple):
    """One certificate number found in folded text, before it becomes a claim (claims are built once, for the
    numbers that survive de-duplication: a frozen dataclass costs microseconds to build)."""

    start: int
    cert_type: CertType
    verdict: Verdict
    raw: str

    def claim(self, where: str) -> Claim:
        return Claim(
            kind=ClaimKind.CERTIFICATE,
            value=self.verdict.number,
            raw=self.raw,
            where=where,
            cert_type=self.cert_type,
            valid=self.verdict.valid,
            note=self.verdict.note,
        )


def certificates_in(folded: Folded, where: str = "") -> list[tuple[int, Claim]]:
    """Every certificate or licence number in folded text, with its position; repeats kept."""
    return [(hit.start, hit.claim(where)) for hit in certificate_hits(folded)]


def certificate_hits(folded: Folded) -> list[CertificateHit]:
    """Every certificate or licence number in folded text, in order; repeats kept."""
    found: list[CertificateHit] = []
    taken: list[tuple[int, int]] = []
    upper = folded.text.upper()
    has_long_number = _LONG_NUMBER.search(folded.text) is not None
    for rule in _RULES:
        if rule.needles and not any(map(upper.__contains__, rule.needles)):
            continue
        if rule.cert_type is CertType.CCC and not has_long_number:
            continue
        for m in rule.pattern.finditer(folded.text):
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue  # digits already read as another family (an SC number is not also a CCC one)
            if rule.context is not None and not rule.context(folded.text, m):
                continue
            taken.append(m.span())
            span = m.span(rule.raw_group) if rule.raw_group else m.span()
            found.append(CertificateHit(m.start(), rule.cert_type, rule.judge(m, rule.label), folded.raw(*span).strip()))
    return sorted(found, key=lambda hit: hit.start)


def find_certificates(text: str, where: str = "") -> list[Claim]:
    """Every certificate or licence number in ``text`` with its type and verdict, first occurrence kept."""
    claims: list[Claim] = []
    seen: set[tuple[CertType | None, str]] = set()
    for _, claim in certificates_in(fold(text), where):
        if (claim.cert_type, claim.value) not in seen:
            seen.add((claim.cert_type, claim.value))
            claims.append(claim)
    return claims
