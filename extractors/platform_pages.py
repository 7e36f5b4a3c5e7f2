"""Page objects of platforms whose layout differs from the generic reading, and ``extract_page``.

A platform profile (crawlers/platforms.toml) names its class with ``page_object = "jd"``; an unknown name is an
error at load time, not a silent fallback. Each subclass overrides only the fields its platform lays out its own way.
"""

from __future__ import annotations

import re

from extractors.dom import cached, squash, text_of
from extractors.encoding import Decoded, Source, decide
from extractors.page import MAX_BYTES, PageExtraction, ProductPage
from extractors.schema_org import as_text


class JdPage(ProductPage):
    """JD item pages: the shop's name sits in ``.popbox-inner .mt h3 a`` / ``.J-hove-wrap .name a``; the
    ``商品名称`` pair names the product more plainly than the marketing title."""

    @cached
    def frame_shop(self) -> str:
        for node in self.root.xpath("//*[contains(@class,'J-hove-wrap')]//*[contains(@class,'name')]//a"
                                    " | //*[contains(@class,'popbox-inner')]//h3//a"):
            text = text_of(node)
            if text:
                return text
        return ""

    def seller(self) -> str:
        return self.frame_shop or super().seller()


class TmallPage(ProductPage):
    """Tmall / Taobao: the brand pair is often written ``品牌: 小熊星（XIAOXIONG）``; the shop is ``.slogo-shopname``
    or, on the new detail page, ``ShopHeader--title``."""

    def brand(self) -> str:
        return re.sub(r"[（(][^）)]*[）)]$", "", super().brand()).strip() or super().brand()

    @cached
    def frame_shop(self) -> str:
        for node in self.root.xpath("//*[contains(@class,'ShopHeader--title') or contains(@class,'shopName')]"):
            text = text_of(node)
            if text:
                return text
        return ""

    def seller(self) -> str:
        return self.frame_shop or super().seller()


class PinduoduoPage(ProductPage):
    """Pinduoduo: the facts are JSON in ``window.rawData``; the mall name is ``mallName`` in that state."""

    @cached
    def frame_mall(self) -> str:
        for script in self.root.iter("script"):
            m = re.search(r'"mallName"\s*:\s*"([^"]{1,80})"', script.text or "")
            if m:
                return squash(m[1])
        return ""

    def seller(self) -> str:
        return self.frame_mall or super().seller()


PAGE_OBJECTS: dict[str, type[ProductPage]] = {
    "generic": ProductPage,
    "jd": JdPage,
    "tmall": TmallPage,
    "pinduoduo": PinduoduoPage,
}
"""Page-object classes by the name a platform profile gives in ``page_object``."""


def extract_page(
    body: bytes | str,
    url: str,
    *,
    encoding: str | None = None,
    content_type: str | None = None,
    page_object: str | type[ProductPage] = "generic",
) -> PageExtraction:
    """Read title, price, parties, parameters and claims from one product page.

    ``content_type`` is the response's Content-Type header (its charset is trusted only when the bytes agree);
    ``encoding`` overrides every declaration (a user's choice, ``shelfwatch extract --encoding``).
    """
    size = len(body)
    if size > MAX_BYTES:
        return PageExtraction(
            warnings=[f"页面过大（{size}字节，上限{MAX_BYTES}），未读取 / page of {size} bytes refused (limit {MAX_BYTES})"]
        )
    decoded = decide(body, content_type, override=encoding) if isinstance(body, bytes) else Decoded(
        text=body, encoding="", source=Source.TEXT
    )
    cls = PAGE_OBJECTS[page_object] if isinstance(page_object, str) else page_object
    return cls(decoded, url).to_extraction()


__all__ = ["PAGE_OBJECTS", "JdPage", "PinduoduoPage", "TmallPage", "as_text", "extract_page"]
