from __future__ import annotations

from pathlib import Path

import pytest

from crawlers.platforms import ProfileError, Render, load_profiles, parse_profiles, platform_for


# Profile matching is pure string work: the real platforms' URLs below are only matched, never fetched.
@pytest.mark.parametrize(
    ("url", "name", "is_item"),
    [
        ("http://127.0.0.1:8800/jd/item/100001.html", "jd-demo", True),
        ("http://127.0.0.1:8800/jd/list?page=2", "jd-demo", False),
        ("http://localhost:9000/tmall/item.htm?id=5", "tmall-demo", True),
        ("http://127.0.0.1:8800/shop/p/kettle-12", "shop-demo", True),
        ("https://item.jd.com/100012043978.html", "jd", True),
        ("https://detail.tmall.com/item.htm?id=1", "tmall", True),
        ("https://unknown-shop.example/products/x", "unknown-shop.example", False),
    ],
)
def test_platform_for(url: str, name: str, is_item: bool) -> None:
    p = platform_for(url)
    assert p.name == name
    assert p.is_item(url) is is_item


def test_bundled_profiles_load() -> None:
    names = [p.name for p in load_profiles()]
    assert {"jd-demo", "tmall-demo", "shop-demo"} <= set(names)
    assert platform_for("https://detail.tmall.com/item.htm?id=1").render is Render.ALWAYS
    assert platform_for("http://127.0.0.1:1/tmall/item.htm?id=1").wait_for == "#J_AttrUL li"
    assert platform_for("http://127.0.0.1:1/jd/item/1.html").wait_for == ""  # falls back to network idle


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[[platform]]\nhost = "x"\npath = "."\n', "missing 'name'"),
        ('[[platform]]\nname = "a"\nhost = "("\npath = "."\n', "'host' is not a valid regular expression"),
        ('[[platform]]\nname = "a"\nhost = "x"\npath = "."\nrender = "sometimes"\n', "render must be"),
        ("[[platform]\n", "platforms.toml"),
    ],
)
def test_broken_profiles_say_where(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "platforms.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ProfileError, match=message.replace("(", r"\(")):
        parse_profiles(path)
