"""Spot-check draws (双随机): seeded, stratified by category and platform, inspectors drawn from the pool,
recorded and reproducible; a model that passed within six months is not drawn again."""

from __future__ import annotations

import random
from collections import Counter

import pytest
from fastapi.testclient import TestClient
from webapp_seed import People, Seeded

from shelfwatch import audit, spotcheck
from shelfwatch.audit import Actor
from shelfwatch.spotcheck import Candidate, DrawError, draw
from shelfwatch.store import Store

POOL = ["insp-a", "insp-b", "insp-c", "insp-d"]


def _cands(n: int = 60) -> list[Candidate]:
    return [Candidate(listing_id=i, platform=("jd", "tmall")[i % 2], category=("toys", "kettle", "helmet")[i % 3],
                      maker=f"maker{i % 7}", model=f"m{i % 5}") for i in range(1, n + 1)]


def test_the_draw_is_reproducible_and_independent_of_input_order() -> None:
    a = draw(_cands(), POOL, seed="2026-12", per_stratum=2)
    shuffled = _cands()
    random.Random(1).shuffle(shuffled)
    b = draw(shuffled, list(reversed(POOL)), seed="2026-12", per_stratum=2)
    assert a == b
    assert a != draw(_cands(), POOL, seed="2027-01", per_stratum=2)


def test_each_stratum_gets_its_share_and_each_item_two_different_inspectors() -> None:
    drawn = draw(_cands(), POOL, seed="s", per_stratum=3)
    strata = Counter((d.candidate.category, d.candidate.platform) for d in drawn)
    assert strata == {(c, p): 3 for c in ("toys", "kettle", "helmet") for p in ("jd", "tmall")}
    assert all(len(set(d.inspectors)) == 2 and set(d.inspectors) <= set(POOL) for d in drawn)
    small = draw(_cands(4), POOL, seed="s", per_stratum=10)  # a stratum smaller than the share: all of it
    assert sorted(d.candidate.listing_id for d in small) == [1, 2, 3, 4]


def test_a_model_that_passed_recently_is_not_drawn_again() -> None:
    drawn = draw(_cands(), POOL, seed="s", per_stratum=100, recently_passed=frozenset({("maker1", "M1")}))
    assert not any((d.candidate.maker, d.candidate.model) == ("maker1", "m1") for d in drawn)
    assert len(drawn) == 60 - sum(1 for c in _cands() if (c.maker, c.model) == ("maker1", "m1"))


@pytest.mark.parametrize(("pool", "per"), [(["only-one"], 1), ([], 1), (POOL, 0)])
def test_impossible_draws_are_refused(pool: list[str], per: int) -> None:
    with pytest.raises(DrawError):
        draw(_cands(), pool, seed="s", per_stratum=per)


def test_recorded_draw_redraws_identically_and_outcomes_exclude_the_model(
    client: TestClient, fresh_store: Store, seeded: Seeded, people: People
) -> None:
    from shelfwatch.accounts import Role, add_user

    add_user(fresh_store, "insp2", Role.INSPECTOR, "a long passphrase", actor=Actor(name="t"))
    r = client.post("/spotchecks", data={"per_stratum": "5", "seed": "fixed-seed"}, follow_redirects=False)
    assert r.status_code == 303
    did = int(r.headers["location"].rsplit("/", 1)[1])
    head, items = spotcheck.get_draw(fresh_store, did)  # type: ignore[misc]
    assert head["seed"] == "fixed-seed" and len(items) == 4  # two strata (jd-demo, tmall-demo), all drawn
    assert all(sorted(i["inspectors"]) == ["insp1", "insp2"] for i in items)
    assert spotcheck.is_reproduced(fresh_store, did)
    page = client.get(f"/spotchecks/{did}").text
    assert "结果一致" in page and "fixed-seed" in page
    cup = next(i for i in items if i["listing_id"] == seeded.cup)
    client.post(f"/spotchecks/items/{cup['id']}", data={"outcome": "passed", "draw": str(did)})
    assert client.post(f"/spotchecks/items/{cup['id']}", data={"outcome": "maybe"}).status_code == 422
    # The cup passed, but it names no product model: only a named (maker, model) is left out of later draws.
    again = spotcheck.record_draw(fresh_store, seed="next", per_stratum=5, actor=Actor(name="t"))
    assert len(spotcheck.get_draw(fresh_store, again)[1]) == 4  # type: ignore[index]
    assert {e["action"] for e in audit.entries(fresh_store)[0]} >= {"spot_draw", "spot_outcome"}
    assert client.post("/spotchecks", data={"per_stratum": "0"}).status_code == 422


def test_a_passed_named_model_is_left_out_of_the_next_draw(fresh_store: Store, seeded: Seeded,
                                                           people: People, make_listing) -> None:  # type: ignore[no-untyped-def]
    from shelfwatch.accounts import Role, add_user

    add_user(fresh_store, "insp2", Role.INSPECTOR, "a long passphrase", actor=Actor(name="t"))
    lid = fresh_store.save_listing(make_listing(url="http://127.0.0.1:8800/jd/item/5.html", item_id="5",
                                                model="KT-100", maker="某某电器厂", platform="shop-demo"), [], [],
                                   risk=0)
    did = spotcheck.record_draw(fresh_store, seed="a", per_stratum=10, actor=Actor(name="t"))
    item = next(i for i in spotcheck.get_draw(fresh_store, did)[1] if i["listing_id"] == lid)  # type: ignore[index]
    spotcheck.set_outcome(fresh_store, item["id"], "passed", actor=Actor(name="t"))
    later = spotcheck.record_draw(fresh_store, seed="b", per_stratum=10, actor=Actor(name="t"))
    assert lid not in [i["listing_id"] for i in spotcheck.get_draw(fresh_store, later)[1]]  # type: ignore[index]
    assert spotcheck.is_reproduced(fresh_store, later)
