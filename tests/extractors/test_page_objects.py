"""Page objects: a platform's class overrides single fields, and its profile in crawlers/platforms.toml picks it."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawlers.platforms import ProfileError, load_profiles, parse_profiles, platform_for
from extractors import PAGE_OBJECTS, ProductPage, extract_page
from extractors.page import PageExtraction

PAGES = Path(__file__).resolve().parent / "pages"


def test_profiles_name_their_page_objects() -> None:
    assert platform_for("https://item.jd.com/100012043978.html").page_object == "jd"
    assert platform_for("https://detail.tmall.com/item.htm?id=1").page_object == "tmall"
    assert platform_for("https://mobile.yangkeduo.com/goods.html?goods_id=1").page_object == "pinduoduo"
    assert platform_for("https://unknown-shop.cn/p/1").page_object == "generic"
    assert all(p.page_object in PAGE_OBJECTS for p in load_profiles())


def test_an_unknown_page_object_is_an_error_at_load_time(tmp_path: Path) -> None:
    toml = tmp_path / "p.toml"
    toml.write_text('[[platform]]\nname = "x"\nhost = "x"\npath = "."\npage_object = "nope"\n', encoding="utf-8")
    with pytest.raises(ProfileError, match="page_object"):
        parse_profiles(toml)


def test_a_platform_class_overrides_only_its_field() -> None:
    body = (PAGES / "jd_spec__towel.html").read_bytes()
    generic, jd = extract_page(body, "https://item.jd.com/1.html"), extract_page(body, "https://item.jd.com/1.html",
                                                                                page_object="jd")
    assert generic.seller == "" and jd.seller == "洁丽雅家居旗舰店"  # the shop name sits where only JdPage looks
    assert (generic.brand, generic.claims) == (jd.brand, jd.claims)


def test_a_subclass_may_read_the_whole_page_through_a_frame_property() -> None:
    from extractors.dom import cached, text_of

    class BannerPage(ProductPage):
        @cached
        def frame_banner(self) -> str:
            node = next(self.root.iter("footer"), None)  # footers are removed before the fields are read
            return text_of(node) if node is not None else ""

        def seller(self) -> str:
            return self.frame_banner

    html = "<html><body><ul><li>品牌：x</li></ul><footer>某某专营店</footer></body></html>"
    page = extract_page(html.encode(), "https://x.cn/1", page_object=BannerPage)
    assert isinstance(page, PageExtraction) and page.seller == "某某专营店"
