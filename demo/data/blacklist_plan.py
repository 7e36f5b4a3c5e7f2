"""How the generator puts blacklist entries (demo/data/blacklist.csv) on pages.

Each plan names an entry, the role it plays on a page (maker or seller), the categories it sells in, and
the ways the page writes its name: parenthesis width, spaces, a province prefix in parentheses, the place
written without its 市, the place moved into brackets after the 字号, 有限责任公司 for 有限公司, a branch
(分公司) of the listed company, or, next to the entry's credit code, any spelling. The ground truth knows
each variant names its entry because the plan put it there (demo/truth.py), not by shelfwatch's matching.

Spot-check failures and recalls concern one product (brand and model): a planted listing of such an entry
carries that brand and model; a few other listings of the same company carry another model and must not be
findings (``OUT_OF_SCOPE``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True, kw_only=True)
class BlacklistPlan:
    """How one blacklist entry shows up on demo pages."""

    name: str
    """Entry name exactly as in blacklist.csv."""
    role: Literal["maker", "seller"]
    categories: tuple[str, ...]
    variants: tuple[str, ...]
    """Names as pages write them. Each normalizes to the entry name, except where the page also shows the
    entry's credit code: there a shortened name ("深圳速能电子科技") leaves the code as the only signal."""
    region: str = ""
    """pools.REGIONS key for the maker's address."""
    show_uscc: bool = False
    """Whether pages print the entry's credit code next to the name (matching by code)."""


PLANS: tuple[BlacklistPlan, ...] = (
    BlacklistPlan(name="义乌市恒达玩具有限公司", role="maker", categories=("toys",), region="yiwu", show_uscc=True,
                  variants=("义乌市恒达玩具有限公司", "义乌市 恒达玩具有限公司")),
    BlacklistPlan(name="恒信（浙江）电器有限公司", role="maker", categories=("small_appliances",), region="cixi",
                  variants=("恒信(浙江)电器有限公司", "恒信 (浙江) 电器有限公司", "恒信（浙江）电器有限公司")),
    BlacklistPlan(name="深圳市速能电子科技有限公司", role="maker", categories=("power_banks",), region="baoan",
                  show_uscc=True, variants=("深圳市速能电子科技有限公司", "深圳速能电子科技")),
    BlacklistPlan(name="广州市美肌源生物科技有限公司", role="maker", categories=("cosmetics",), region="baiyun",
                  variants=("广州市美肌源生物科技有限公司", "美肌源生物科技（广州）有限公司",
                            "广州市美肌源生物科技有限公司白云分公司")),
    BlacklistPlan(name="常熟市冬暖羽绒制品有限公司", role="maker", categories=("down_garments",), region="changshu",
                  variants=("常熟市冬暖羽绒制品有限公司", "常熟冬暖羽绒制品有限公司", "常熟市冬暖羽绒制品有限责任公司")),
    BlacklistPlan(name="浙江安途安全防护用品有限公司", role="maker", categories=("helmets",), region="yongkang",
                  variants=("（浙江）安途安全防护用品有限公司", "(浙江)安途安全防护用品有限公司", "浙江 安途安全防护用品有限公司")),
    BlacklistPlan(name="赣州市南康区木之韵家具有限公司", role="maker", categories=("furniture",), region="nankang",
                  variants=("赣州市南康区木之韵家具有限公司", "赣州市南康区 木之韵家具有限公司")),
    BlacklistPlan(name="乐萌母婴专营店", role="seller", categories=("children_clothing",),
                  variants=("乐萌母婴专营店", "乐萌 母婴专营店")),
    BlacklistPlan(name="优品数码专营店", role="seller", categories=("power_banks",),
                  variants=("优品数码专营店",)),
)

RECALL_PLANS: tuple[BlacklistPlan, ...] = (
    BlacklistPlan(name="宁波市佳厨电器有限公司", role="maker", categories=("small_appliances",), region="cixi",
                  variants=("宁波市佳厨电器有限公司", "宁波佳厨电器有限公司", "佳厨电器（宁波）有限公司")),
    BlacklistPlan(name="东莞市童乐儿童用品有限公司", role="maker", categories=("toys",), region="dongguan",
                  variants=("东莞市童乐儿童用品有限公司", "东莞市 童乐儿童用品有限公司")),
)
"""Recall notices planted as ``recalled_product`` (the recalled brand and model on the page)."""

OUT_OF_SCOPE: tuple[BlacklistPlan, ...] = (
    BlacklistPlan(name="浙江安途安全防护用品有限公司", role="maker", categories=("helmets",), region="yongkang",
                  variants=("浙江安途安全防护用品有限公司",)),
    BlacklistPlan(name="宁波市佳厨电器有限公司", role="maker", categories=("small_appliances",), region="cixi",
                  variants=("宁波市佳厨电器有限公司",)),
)
"""Companies of a spot-check failure or recall shown on pages of their other models: never a finding."""
OUT_OF_SCOPE_LISTINGS = 3
"""How many listings each ``OUT_OF_SCOPE`` company gets."""

# A delisted entry (delisted_on in the past): its maker appears on ordinary pages and must NOT be a finding.
DELISTED_MAKER = BlacklistPlan(
    name="湖州织里童星服饰有限公司", role="maker", categories=("children_clothing",), region="huzhou",
    show_uscc=True, variants=("湖州织里童星服饰有限公司",),
)
DELISTED_MAKER_LISTINGS = 4
"""How many children's clothing listings carry the delisted maker."""
