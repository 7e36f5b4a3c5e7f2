"""Online spot checks the policy's way: a double-random draw (双随机) of listings for test purchase.

Listings are drawn at random per (category, platform) stratum, and inspectors at random from the pool of active
inspector accounts (two per item, so no one checks alone). The draw is seeded and recorded with what it was drawn
from, so :func:`redraw` gives the same items and inspectors again. A maker's product model that passed a check in
the last six months (``RECHECK_DAYS``) is not drawn again.

Not done yet: the maker's region (from the credit code's area digits, else the address) and the case transfer to
that region's bureau (属地查处).
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import insert, select, update

from shelfwatch import audit
from shelfwatch.audit import Actor, now
from shelfwatch.schema import listings, spot_draws, spot_items, users
from shelfwatch.store import Store

RECHECK_DAYS = 183
"""A model that passed is left alone this long (six months)."""
INSPECTORS_PER_ITEM = 2


class DrawError(ValueError):
    """A draw that cannot be made (message Chinese first, then English)."""


@dataclass(frozen=True, kw_only=True)
class Candidate:
    """A listing that may be drawn."""

    listing_id: int
    platform: str
    category: str
    maker: str
    model: str


@dataclass(frozen=True, kw_only=True)
class Drawn:
    """One drawn listing and the inspectors drawn for it."""

    candidate: Candidate
    inspectors: tuple[str, ...]


def _maker_model(c: Candidate) -> tuple[str, str]:
    return (c.maker.strip(), c.model.strip().upper())


def draw(candidates: list[Candidate], inspectors: list[str], *, seed: str, per_stratum: int,
         recently_passed: frozenset[tuple[str, str]] = frozenset()) -> list[Drawn]:
    """The draw (pure): the same arguments always give the same result, whatever order they come in."""
    if per_stratum < 1:
        raise DrawError("每层抽取数须至少为 1 per_stratum must be at least 1")
    pool = sorted(set(inspectors))
    if len(pool) < INSPECTORS_PER_ITEM:
        raise DrawError(f"检查人员库至少需要 {INSPECTORS_PER_ITEM} 名检查员 the inspector pool needs at least "
                        f"{INSPECTORS_PER_ITEM} active inspectors")
    rng = random.Random(seed)
    strata: dict[tuple[str, str], list[Candidate]] = {}
    for c in sorted(candidates, key=lambda c: c.listing_id):
        key = _maker_model(c)
        if key[0] and key[1] and key in recently_passed:
            continue  # passed within six months: not drawn again
        strata.setdefault((c.category, c.platform), []).append(c)
    out: list[Drawn] = []
    for key in sorted(strata):
        members = strata[key]
        for c in rng.sample(members, min(per_stratum, len(members))):
            out.append(Drawn(candidate=c, inspectors=tuple(rng.sample(pool, INSPECTORS_PER_ITEM))))
    return out


# -- the store ---------------------------------------------------------------------------------------------------
def _candidates(conn: Any) -> list[Candidate]:
    q = select(listings.c.id, listings.c.platform, listings.c.category_key, listings.c.maker, listings.c.model)
    return [Candidate(listing_id=int(r.id), platform=r.platform, category=r.category_key, maker=r.maker,
                      model=r.model) for r in conn.execute(q.order_by(listings.c.id))]


def _recently_passed(conn: Any) -> frozenset[tuple[str, str]]:
    since = now() - timedelta(days=RECHECK_DAYS)
    rows = conn.execute(select(spot_items.c.maker, spot_items.c.model)
                        .where(spot_items.c.outcome == "passed", spot_items.c.outcome_at >= since))
    return frozenset((m.strip(), model.strip().upper()) for m, model in rows)


def record_draw(store: Store, *, seed: str, per_stratum: int, actor: Actor) -> int:
    """Draw from the store's listings and active inspectors, and keep the draw and its inputs (audited)."""
    with store.engine.begin() as conn:
        candidates = _candidates(conn)
        pool = [r.name for r in conn.execute(select(users.c.name).where(users.c.role == "inspector",
                                                                         users.c.active.is_(True)))]
        passed = _recently_passed(conn)
        drawn = draw(candidates, pool, seed=seed, per_stratum=per_stratum, recently_passed=passed)
        eligible = [c for c in candidates if not (_maker_model(c)[0] and _maker_model(c)[1]
                                                  and _maker_model(c) in passed)]
        at = now()
        did = int(conn.execute(insert(spot_draws).values(
            seed=seed, drawn_at=at, drawn_by=actor.name, per_stratum=per_stratum,
            candidates=json.dumps([[c.listing_id, c.platform, c.category, c.maker, c.model] for c in eligible],
                                  ensure_ascii=False),
            inspectors=json.dumps(sorted(set(pool)), ensure_ascii=False),
        )).inserted_primary_key[0])  # type: ignore[index]  # always set on INSERT
        if drawn:
            conn.execute(insert(spot_items), [
                {"draw_id": did, "listing_id": d.candidate.listing_id, "platform": d.candidate.platform,
                 "category_key": d.candidate.category, "maker": d.candidate.maker, "model": d.candidate.model,
                 "inspectors": json.dumps(list(d.inspectors), ensure_ascii=False), "outcome": "pending"}
                for d in drawn
            ])
        audit.record(conn, actor, "spot_draw", "spot_draw", did, at=at,
                     after={"seed": seed, "per_stratum": per_stratum, "candidates": len(eligible),
                            "items": len(drawn), "inspectors": len(set(pool))})
    return did


def redraw(store: Store, draw_id: int) -> list[Drawn] | None:
    """The draw computed again from its recorded seed and inputs (None if there is no such draw)."""
    with store.engine.connect() as conn:
        row = conn.execute(select(spot_draws).where(spot_draws.c.id == draw_id)).first()
    if row is None:
        return None
    cands = [Candidate(listing_id=i, platform=p, category=c, maker=m, model=mo)
             for i, p, c, m, mo in json.loads(row.candidates)]
    return draw(cands, json.loads(row.inspectors), seed=row.seed, per_stratum=row.per_stratum)


def get_draw(store: Store, draw_id: int) -> tuple[dict[str, Any], list[dict[str, Any]]] | None:
    with store.engine.connect() as conn:
        row = conn.execute(select(spot_draws).where(spot_draws.c.id == draw_id)).mappings().first()
        if row is None:
            return None
        items = [dict(r) | {"inspectors": json.loads(r["inspectors"])} for r in conn.execute(
            select(spot_items, listings.c.title).join(listings, listings.c.id == spot_items.c.listing_id)
            .where(spot_items.c.draw_id == draw_id).order_by(spot_items.c.id)).mappings()]
    return dict(row), items


def list_draws(store: Store) -> list[dict[str, Any]]:
    q = select(spot_draws.c.id, spot_draws.c.seed, spot_draws.c.drawn_at, spot_draws.c.drawn_by,
               spot_draws.c.per_stratum).order_by(spot_draws.c.id.desc())
    with store.engine.connect() as conn:
        return [dict(r) for r in conn.execute(q).mappings()]


def is_reproduced(store: Store, draw_id: int) -> bool:
    """Whether redrawing from the record gives exactly the recorded items and inspectors."""
    again = redraw(store, draw_id)
    got = get_draw(store, draw_id)
    if again is None or got is None:
        return False
    recorded = [(i["listing_id"], tuple(i["inspectors"])) for i in got[1]]
    return recorded == [(d.candidate.listing_id, d.inspectors) for d in again]


def set_outcome(store: Store, item_id: int, outcome: str, *, actor: Actor) -> bool:
    """The test purchase's result, passed or failed (audited); False when there is no such item."""
    if outcome not in ("passed", "failed"):
        raise DrawError("结果须为合格或不合格 outcome must be passed or failed")
    with store.engine.begin() as conn:
        row = conn.execute(select(spot_items.c.outcome, spot_items.c.listing_id)
                           .where(spot_items.c.id == item_id)).first()
        if row is None:
            return False
        at = now()
        conn.execute(update(spot_items).where(spot_items.c.id == item_id).values(outcome=outcome, outcome_at=at))
        audit.record(conn, actor, "spot_outcome", "spot_item", item_id, listing_id=row.listing_id, at=at,
                     before={"outcome": row.outcome}, after={"outcome": outcome})
    return True
