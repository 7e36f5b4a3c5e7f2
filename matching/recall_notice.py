"""Recall notices as free text (SAMR 缺陷产品召回 notices) to a ``recall`` blacklist entry.

A notice reads like「【浙江】宁波市佳厨电器有限公司召回部分电热水壶」followed by a paragraph naming the company,
the product, its brand, models and production period ("生产日期为2024年3月1日至2024年6月30日的……"). The fields
are pulled out with patterns over that wording (shared/domain.md §4); what a notice does not state stays empty,
and a notice without a company name is an error (an entry must name whom it concerns).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from matching.blacklist import BlacklistEntry, BlacklistFileError, ListKind

_CN = r"\u4e00-\u9fff"
_COMPANY = re.compile(rf"[{_CN}A-Za-z0-9（）()·]{{2,40}}?(?:有限责任公司|股份有限公司|有限公司|集团公司|厂)")
_TITLE_PRODUCT = re.compile(rf"召回(?:部分|全部)?([{_CN}A-Za-z0-9]{{2,30}})")
_BODY_PRODUCT = re.compile(rf"(?:召回|的)(?:部分|全部)?([{_CN}A-Za-z0-9]{{2,20}}?)(?:产品)?[，,。（(]")
_BRAND = re.compile(
    rf"(?:品牌|商标)(?:为|：|:)\s*[「“\"]?([{_CN}A-Za-z0-9]{{1,20}})[」”\"]?"
    rf"|[「“]([{_CN}A-Za-z0-9]{{1,12}})[」”]牌|的([{_CN}A-Za-z0-9]{{1,6}}?)牌"
)
_MODELS = re.compile(r"(?:规格)?型号(?:为|：|:)\s*((?:[A-Za-z0-9][A-Za-z0-9\-_/.]*\s*(?:[、,，和及]|以及)?\s*)+)")
_MODEL = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-_/.]*")
_DAY = r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
_PERIOD = re.compile(rf"生产日期(?:为|在)?(?:自)?\s*{_DAY}\s*(?:至|到|—|-|~)\s*{_DAY}")
_BATCH = re.compile(r"(?:批次|批号)(?:为|：|:)\s*([A-Za-z0-9\-、,，]+)")
_FROM = re.compile(rf"自\s*{_DAY}\s*起")
_DEFECT = re.compile(r"由于([^。；;]{4,60}?)[，,]?存在安全隐患|(?:原因是|缺陷是|存在)([^。；;]{4,60}?)(?:[。；;]|$)")


def _day(parts: tuple[str | None, ...]) -> date | None:
    try:
        return date(int(parts[0] or 0), int(parts[1] or 0), int(parts[2] or 0))
    except ValueError:
        return None


def parse_recall_notice(text: str, *, source: str, listed_on: date | None = None) -> BlacklistEntry:
    """One ``recall`` entry from a notice's text (title line first, then the body).

    ``listed_on`` defaults to the notice's "自…起" date. Raises ``BlacklistFileError`` when no company is named.
    """
    text = unicodedata.normalize("NFKC", text).strip()
    title, _, body = text.partition("\n")
    company = _COMPANY.search(re.sub(r"^【[^】]*】", "", title)) or _COMPANY.search(body)
    if company is None:
        raise BlacklistFileError(source, 1, "names no company (…有限公司, …厂): a recall entry must say whom it concerns")
    product = _TITLE_PRODUCT.search(title) or _BODY_PRODUCT.search(body)
    brand = _BRAND.search(text)
    models_m = _MODELS.search(text)
    models = _MODEL.findall(models_m[1]) if models_m else []
    period = _PERIOD.search(text)
    batch = ""
    if period:
        start, end = _day(period.groups()[:3]), _day(period.groups()[3:])
        if start and end:
            batch = f"{start:%Y%m%d}-{end:%Y%m%d}"
    elif (b := _BATCH.search(text)) is not None:
        batch = b[1].strip("、,，")
    since = _FROM.search(text)
    defect = _DEFECT.search(body)
    return BlacklistEntry(
        list=ListKind.RECALL,
        name=company[0].lstrip("【】"),
        brand=next((g for g in brand.groups() if g), "") if brand else "",
        product=product[1] if product else "",
        model="、".join(dict.fromkeys(models)),
        batch=batch,
        reason=next((g for g in defect.groups() if g), "") if defect else "",
        listed_on=listed_on or (_day(since.groups()) if since else None),
        source=source,
    )
