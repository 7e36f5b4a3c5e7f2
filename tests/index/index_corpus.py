"""The test corpus of the index contract: seven Chinese listings with hand-made vectors.

Kept apart from conftest.py (under a unique module name) so tests can import it: every test folder has a
``conftest`` module, and ``from conftest import`` would pick whichever was imported first.
"""

from __future__ import annotations

from datetime import datetime

import numpy as np

from index import IndexedListing, normalise


def vec(*weights: float) -> np.ndarray:
    """A unit vector in 8 dimensions from its first few weights (hand-made semantics for the tests)."""
    v = np.zeros(8, dtype=np.float32)
    v[: len(weights)] = weights
    return normalise(v)[0]


# Dimensions of the hand-made vectors: 0 warm clothing, 1 toys, 2 power/electronics, 3 food.
CORPUS = [
    IndexedListing(listing_id=1, url="http://shop.test/item/1", platform="jd", item_id="1",
                   title="巴拉巴拉儿童羽绒服冬季加厚", brand="巴拉巴拉", maker="森马服饰股份有限公司", category="童装",
                   category_key="clothing", text="执行标准：GB/T 14272-2021\n安全类别：GB 31701-2015 A类\n填充物：白鸭绒",
                   price=399.0, risk=10, crawled_at=datetime(2026, 11, 20, 8), vector=vec(1, 0.1)),
    IndexedListing(listing_id=2, url="http://shop.test/item/2", platform="tmall", item_id="2",
                   title="乐高（LEGO）城市系列 拼装积木玩具", brand="乐高", category="玩具", category_key="toys",
                   text="执行标准：GB 6675.1-2014\n3C证书编号：2020011606123456", price=599.0, risk=20,
                   crawled_at=datetime(2026, 11, 21, 8), vector=vec(0, 1)),
    IndexedListing(listing_id=3, url="http://shop.test/item/3", platform="jd", item_id="3",
                   title="罗马仕移动电源20000毫安充电宝", brand="罗马仕", category="数码配件", category_key="power_bank",
                   text="执行标准：GB 4943.1-2022", price=89.0, risk=90, finding_codes=("recalled_product",),
                   severities=("high",), reviews=("confirmed",), crawled_at=datetime(2026, 11, 22, 8),
                   vector=vec(0, 0, 1)),
    IndexedListing(listing_id=4, url="http://shop.test/item/4", platform="pdd", item_id="4",
                   title="笔记本电源适配器 65W", category="电脑配件", category_key="power_adapter",
                   text="生产许可证：XK16-204-01234", price=45.0, risk=30, finding_codes=("certificate_invalid",),
                   severities=("high",), reviews=("open",), crawled_at=datetime(2026, 10, 5, 8), vector=vec(0, 0, 1, 0.2)),
    IndexedListing(listing_id=5, url="http://shop.test/item/5", platform="jd", item_id="5", title="每日坚果礼盒 750g",
                   maker="三只松鼠股份有限公司", category="休闲食品", category_key="food",
                   text="食品生产许可证编号：SC10644011500123", price=129.0, risk=50,
                   finding_codes=("certificate_invalid", "price_anomaly"), severities=("high", "low"),
                   reviews=("dismissed", "open"), crawled_at=datetime(2026, 10, 6, 8), gone=True, vector=vec(0, 0, 0, 1)),
    IndexedListing(listing_id=6, url="http://shop.test/item/6", platform="tmall", item_id="6",
                   title="男士轻薄羽絨外套", category="男装", category_key="clothing",
                   text="执行标准：ＧＢ／Ｔ　１４２７２－２０１１\n含绒量：90%", price=699.0, risk=60,
                   finding_codes=("standard_withdrawn",), severities=("medium",), reviews=("open",),
                   crawled_at=datetime(2026, 11, 23, 8), vector=vec(0.9, 0, 0, 0, 0.3)),
    IndexedListing(listing_id=7, url="http://shop.test/item/7", platform="jd", item_id="7", title="男士保暖内衣套装",
                   category="内衣", category_key="clothing", text="适合冬季贴身穿着，可搭配羽绒服", price=99.0, risk=0,
                   crawled_at=datetime(2026, 11, 24, 8), vector=vec(0.7, 0, 0, 0, 0, 0.5)),
]
