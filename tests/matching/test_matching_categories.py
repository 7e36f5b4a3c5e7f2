from __future__ import annotations

import pytest

from matching import CategoryFileError, classify, load_bundled_categories, parse_categories_csv

CATEGORIES = load_bundled_categories()


@pytest.mark.parametrize(
    ("title", "category", "params", "expected"),
    [
        ("小熊星 儿童羽绒服 冬季加厚 90%白鸭绒", "", "", "down_garments"),
        ("ROMOSS 罗马仕 20000毫安充电宝 快充", "", "", "power_banks"),
        ("乐高式 大颗粒积木 拼装玩具", "", "", "toys"),
        ("晨光 中性笔 0.5mm 12支装", "", "", "stationery"),
        ("苏泊尔 电热水壶 1.7L", "", "", "small_appliances"),
        ("三只松鼠 每日坚果 750g", "", "", "packaged_food"),
        ("补水保湿面膜 10片", "", "", "cosmetics"),
        ("实木儿童书桌 可升降", "家具 > 书桌", "", "furniture"),
        ("男女通用半盔", "", "类目 头盔", "helmets"),  # the title alone names nothing; the parameters do
        ("新款 送礼 正品", "", "", None),  # no keyword at all
        ("电动车头盔 3C认证", "", "", "helmets"),  # 电动车 alone does not make an e-bike
        ("儿童书包 玩具收纳", "", "", None),  # 书包 (stationery) and 玩具 (toys) weigh the same: a tie
        ("ＰＯＷＥＲ ＢＡＮＫ 10000mAh", "", "", "power_banks"),  # full-width folded
    ],
)
def test_classify(title: str, category: str, params: str, expected: str | None) -> None:
    assert classify(CATEGORIES, title=title, category=category, params=params) == expected


def test_bundled_categories_cover_the_registry() -> None:
    from matching import load_bundled_registry

    keys = {c.key for c in CATEGORIES}
    used = {cat for record in load_bundled_registry() for cat in record.categories}
    assert used <= keys, used - keys
    assert all(c.keywords and c.source for c in CATEGORIES)


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        ("category,name_zh,keywords\ntoys,玩具,\n", 2, "keywords"),
        ("category,name_zh,keywords\ntoys,玩具,积木\ntoys,玩具2,拼图\n", 3, "category"),
        ("category,name,keywords\ntoys,玩具,积木\n", 1, "name"),  # an unknown column
    ],
)
def test_broken_categories_file_names_line(text: str, line: int, column: str) -> None:
    with pytest.raises(CategoryFileError) as err:
        parse_categories_csv(text)
    assert err.value.line == line and err.value.column == column
