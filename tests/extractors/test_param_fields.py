"""A listing field read from parameter keys: its most specific alias with a value wins (tables.FIELD_ALIASES order),
whatever order the page lists its keys in."""

from __future__ import annotations

import pytest

from extractors.page import fields_from_params


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, {}),
        ({"颜色分类": "红色", "尺码": "XL"}, {}),  # no alias: no field (颜色分类 is no category)
        ({"牌子": "小熊星", "品牌": "好孩子"}, {"brand": "好孩子"}),  # 品牌 is listed before 牌子
        ({"品牌": "", "商标": "小熊星"}, {"brand": "小熊星"}),  # an empty value does not count
        ({"厂家": "甲厂", "生产企业": "乙厂", "厂址": "杭州"}, {"maker": "乙厂", "maker_address": "杭州"}),
        ({"货号": "L4491", "型号": "A1", "条码": "6901234567892"}, {"model": "A1", "gtin": "6901234567892"}),
        ({"店铺": "好孩子旗舰店", "类目": "童装", "商品编号": "100012"},
         {"seller": "好孩子旗舰店", "category": "童装", "item_id": "100012"}),
    ],
)
def test_the_most_specific_alias_with_a_value_wins(params: dict[str, str], expected: dict[str, str]) -> None:
    assert fields_from_params(params) == expected
