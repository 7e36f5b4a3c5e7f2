"""A small Chinese corpus and an index factory that runs every contract test on each backend."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator

import pytest

from index import IndexedListing, SearchIndex, open_index

ES_URL = os.environ.get("SHELFWATCH_ES_URL")

CORPUS = [
    IndexedListing(url="http://shop.test/item/1", platform="jd", item_id="1", title="巴拉巴拉儿童羽绒服冬季加厚",
                   brand="巴拉巴拉", maker="森马服饰股份有限公司", category="童装",
                   text="执行标准：GB/T 14272-2021\n安全类别：GB 31701-2015 A类\n填充物：白鸭绒", risk=0.1),
    IndexedListing(url="http://shop.test/item/2", platform="tmall", item_id="2",
                   title="乐高（LEGO）城市系列 拼装积木玩具", brand="乐高", category="玩具",
                   text="执行标准：GB 6675.1-2014\n3C证书编号：2020011606123456", risk=0.2),
    IndexedListing(url="http://shop.test/item/3", platform="jd", item_id="3", title="罗马仕移动电源20000毫安充电宝",
                   brand="罗马仕", category="数码配件", text="执行标准：GB 4943.1-2022", risk=0.9,
                   finding_codes=("recalled_product",)),
    IndexedListing(url="http://shop.test/item/4", platform="pdd", item_id="4", title="笔记本电源适配器 65W",
                   category="电脑配件", text="生产许可证：XK16-204-01234", risk=0.3,
                   finding_codes=("certificate_invalid",)),
    IndexedListing(url="http://shop.test/item/5", platform="jd", item_id="5", title="每日坚果礼盒 750g",
                   maker="三只松鼠股份有限公司", category="休闲食品", text="食品生产许可证编号：SC10644011500123",
                   risk=0.5, finding_codes=("certificate_invalid", "price_anomaly")),
    IndexedListing(url="http://shop.test/item/6", platform="tmall", item_id="6", title="男士轻薄羽绒外套",
                   category="男装", text="执行标准：GB/T 14272-2011\n含绒量：90%", risk=0.6,
                   finding_codes=("standard_withdrawn",)),
    IndexedListing(url="http://shop.test/item/7", platform="jd", item_id="7", title="男士保暖内衣套装",
                   category="内衣", text="适合冬季贴身穿着，可搭配羽绒服", risk=0.0),
]

BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("elasticsearch", id="elasticsearch", marks=[
        pytest.mark.elasticsearch,
        pytest.mark.skipif(not ES_URL, reason="set SHELFWATCH_ES_URL=http://host:9200 to run the Elasticsearch "
                                              "backend tests (no ES server can be installed here)"),
    ]),
]

IndexFactory = Callable[[], SearchIndex]


@pytest.fixture(params=BACKENDS)
def make_index(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[IndexFactory]:
    """Open a fresh empty index of the parametrized backend (call again to reopen the same one)."""
    opened: list[SearchIndex] = []
    if request.param == "sqlite":
        path = tmp_path_factory.mktemp("idx") / "shelfwatch.db"
        options: dict[str, object] = {"path": path}
    else:
        options = {"url": ES_URL, "index": f"shelfwatch-test-{uuid.uuid4().hex[:12]}"}

    def factory() -> SearchIndex:
        index = open_index(request.param, **options)
        opened.append(index)
        return index

    yield factory
    if request.param == "elasticsearch" and opened:
        opened[-1]._es.indices.delete(index=options["index"], ignore_unavailable=True)  # type: ignore[attr-defined]
    for index in opened:
        index.close()


@pytest.fixture
def corpus() -> list[IndexedListing]:
    """The test listings; listing n has URL http://shop.test/item/n."""
    return list(CORPUS)


@pytest.fixture
def corpus_index(make_index: IndexFactory) -> SearchIndex:
    """An index holding CORPUS."""
    index = make_index()
    index.add(CORPUS)
    return index
