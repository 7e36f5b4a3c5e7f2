"""Province-level place names, as they appear in parentheses before company names.

Source: the 34 provincial-level divisions of GB/T 2260 (short names), plus 中国 which announcements also
use as a parenthesised prefix.
"""

from __future__ import annotations

PROVINCES: frozenset[str] = frozenset(
    {
        "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽",
        "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西",
        "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门", "中国",
    }
)  # fmt: skip
"""Short names; a name may also carry a suffix from ``SUFFIXES``."""

SUFFIXES: tuple[str, ...] = ("省", "市", "自治区", "壮族自治区", "回族自治区", "维吾尔自治区", "特别行政区")
"""Suffixes of full province names (浙江省, 广西壮族自治区...)."""
