"""Search over the index: ``search`` (full text, filters, facets, semantic) and ``reindex``."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from shelfwatch.cli.common import AddCommand, UserError, parse_date, print_json
from shelfwatch.settings import Settings


def _search_request(args: argparse.Namespace, s: Settings) -> Any:
    from index import Filters, SearchRequest, Sort
    from shelfwatch.wiring import open_embedder

    vector = None
    if args.semantic or args.hybrid:
        embed = open_embedder(s)
        if embed is None:
            raise UserError("semantic search needs an embedding model (SHELFWATCH_SEARCH_SEMANTIC, "
                            "SHELFWATCH_EMBEDDING_MODEL)")
        if not args.query.strip():
            raise UserError("--semantic and --hybrid need a query text to embed")
        vector = embed.query(args.query)
    filters = Filters(
        platforms=tuple(args.platform or ()), categories=tuple(args.category or ()),
        finding_codes=tuple(args.code or ()), severities=tuple(args.severity or ()),
        reviews=tuple(args.review or ()), price_min=args.price_min, price_max=args.price_max,
        crawled_from=args.since, crawled_to=args.until, gone=args.gone, flagged=True if args.flagged else None,
    )
    return SearchRequest(query="" if args.semantic else args.query, vector=vector, filters=filters,
                         sort=Sort(args.sort), limit=args.limit, after=args.after, facets=args.facets)


def cmd_search(args: argparse.Namespace, s: Settings) -> int:
    from index import BadCursor
    from shelfwatch.wiring import open_search, open_store

    index = open_search(s, open_store(s, must_exist=True))
    try:
        result = index.search(_search_request(args, s))
    except BadCursor as exc:
        raise UserError(str(exc)) from None
    finally:
        index.close()
    for h in result.hits:
        if args.json:
            print_json(
                {"listing_id": h.listing_id, "url": h.url, "title": h.title, "platform": h.platform, "score": h.score,
                 "snippet": h.snippet, "highlights": [list(span) for span in h.highlights], "risk": h.risk,
                 "finding_codes": list(h.finding_codes), "price": h.price, "crawled_at": h.crawled_at,
                 "gone": h.gone}
            )
        else:
            codes = ",".join(h.finding_codes)
            print(f"{h.score:8.3f}  {h.platform}  {h.title}  {h.url}  {codes}\n          {h.marked_snippet()}")
    if args.json and args.facets:
        print_json({"total": result.total, "facets": result.facets, "next_after": result.next_after})
    elif not args.json:
        for name, counts in result.facets.items():
            print(f"{name}: " + "  ".join(f"{v} {n}" for v, n in list(counts.items())[:12]))
        print(f"共 {result.total} 条 total matches" if result.hits else "没有结果 no results", file=sys.stderr)
        if result.next_after:
            print(f"下一页 next page: --after {result.next_after}", file=sys.stderr)
    return 0


def cmd_reindex(args: argparse.Namespace, s: Settings) -> int:
    from shelfwatch.indexing import print_progress, reindex, sync
    from shelfwatch.wiring import open_embedder, open_search, open_store

    store = open_store(s, must_exist=True)
    index = open_search(s, store)
    embed = open_embedder(s)
    try:
        if args.catch_up:
            report = sync(store, index, embed, print_progress("同步 catching up"))
        else:
            report = reindex(store, index, embed, print_progress("重建索引 reindexing"))
    finally:
        index.close()
        store.close()
    print(f"索引 index {index.name}: {report.written} written, {report.deleted} deleted, {report.total} listings in "
          f"the store, {report.seconds:.1f} s" + ("" if embed else " (no vectors: semantic search off)"))
    return 0


def add_commands(sub: Any, add: AddCommand) -> None:
    sp = add("search", cmd_search, "search listings: Chinese full text, filters, facets, semantic (see README)")
    sp.add_argument("query", nargs="?", default="",
                    help='e.g. 羽绒服, "儿童 羽绒服", -童装, brand:乐高, maker:森马, code:"GB/T 14272", platform:jd')
    sp.add_argument("--platform", action="append", help="only this platform (repeat for any of several)")
    sp.add_argument("--category", action="append", help="only this category key (repeatable)")
    sp.add_argument("--code", action="append", help="only listings with this finding code (repeatable)")
    sp.add_argument("--severity", action="append", choices=["low", "medium", "high"])
    sp.add_argument("--review", action="append", choices=["open", "confirmed", "dismissed"])
    sp.add_argument("--price-min", type=float)
    sp.add_argument("--price-max", type=float)
    sp.add_argument("--since", type=parse_date, help="crawled on or after this date")
    sp.add_argument("--until", type=parse_date, help="crawled on or before this date")
    gone = sp.add_mutually_exclusive_group()
    gone.add_argument("--gone", action="store_const", const=True, help="only listings no longer on sale")
    gone.add_argument("--live", dest="gone", action="store_const", const=False, help="only listings still on sale")
    sp.add_argument("--flagged", action="store_true", help="only listings with findings")
    sp.add_argument("--sort", choices=["relevance", "risk", "date"], default="relevance")
    sp.add_argument("--limit", type=int, default=20)
    sp.add_argument("--after", help="cursor printed by the previous page (next page)")
    sp.add_argument("--facets", action="store_true", help="count matches per platform, category, code...")
    mode = sp.add_mutually_exclusive_group()
    mode.add_argument("--semantic", action="store_true", help="rank by meaning (embedding of the query) only")
    mode.add_argument("--hybrid", action="store_true", help="fuse text and semantic rankings (reciprocal rank)")
    sp.add_argument("--json", action="store_true",
                    help="one JSON object a hit; with --facets a last line with total, facets and next_after")

    add("reindex", cmd_reindex, "rebuild the search index from the store (any backend), with progress") \
        .add_argument("--catch-up", action="store_true", help="only write what differs from the store (fast)")

