"""Elasticsearch backend, for deployments that outgrow one machine (elasticsearch-py 9.x, Elasticsearch 8/9).

Text is folded and tokenized here, in Python, by the same code as the embedded backend (``index.tokenize``), and
sent pre-segmented into ``*_tok`` fields analysed by a plain whitespace tokenizer. Why not a Chinese analysis
plugin (smartcn, IK): the cluster then matches exactly what the embedded index matches (traditional-to-simplified
folding, bigrams that find 积木 and 电源 inside any word, compact tokens for standard numbers with or without the
year), the one contract test suite holds for both, and no plugin has to be installed on a managed cluster. The
original text is kept (not indexed) for results; snippets are cut by ``index.snippet`` like the embedded ones.

Names: ``name`` is an alias (see ``shelfwatch.wiring.es_index_name``: a prefix and a hash of the store's URL, so
two deployments never share documents). It points at one concrete index ``<name>-<n>`` created from the index
template ``<name>``; a full rebuild fills ``<name>-<n+1>`` and moves the alias in one atomic ``_aliases`` call, so
searches never see a half-built index. Bulk writes go through ``helpers.streaming_bulk`` with retries and
exponential back-off on 429 (the cluster's back-pressure signal).

Hybrid search fuses the text and kNN rankings with reciprocal rank fusion in Python: the ``rrf`` retriever of
Elasticsearch needs a paid licence.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from typing import Any

from elasticsearch import Elasticsearch, NotFoundError
from elasticsearch.helpers import scan, streaming_bulk

from index.base import (
    MAX_LIMIT,
    PRICE_BUCKETS,
    Filters,
    IndexedListing,
    SearchHit,
    SearchRequest,
    SearchResult,
    Sort,
    price_bucket,
)
from index.paging import decode_cursor, encode_cursor, reciprocal_rank_fusion
from index.query import Clause, ParsedQuery, merge_query_filters, parse_query
from index.snippet import make_snippet
from index.tokenize import doc_tokens

_BOOSTS = {"title_tok": 10.0, "brand_tok": 6.0, "maker_tok": 4.0, "body_tok": 1.0, "codes": 3.0}
_COLUMNS = {"any": ("title_tok", "brand_tok", "maker_tok", "body_tok", "codes"), "brand": ("brand_tok",),
            "maker": ("maker_tok",), "code": ("codes", "body_tok", "title_tok")}
_TOKENS = {"type": "text", "analyzer": "shelfwatch_tokens", "norms": True}
_STORED = {"type": "text", "index": False}
SEMANTIC_CANDIDATES = 200
HYBRID_DEPTH = 200


def template(name: str, *, replicas: int = 1) -> dict[str, Any]:
    """The index template every concrete index of the alias is created from."""
    return {
        "index_patterns": [f"{name}-*"],
        "template": {
            "settings": {
                "number_of_shards": 1,
                "number_of_replicas": replicas,
                "analysis": {"analyzer": {"shelfwatch_tokens": {"type": "custom", "tokenizer": "whitespace"}}},
            },
            "mappings": {
                "dynamic": "strict",
                "properties": {
                    "listing_id": {"type": "long"},
                    "url": {"type": "keyword", "index": False},
                    "platform": {"type": "keyword"},
                    "item_id": {"type": "keyword"},
                    **{f: _STORED for f in ("title", "brand", "maker", "category", "text")},
                    **{f: _TOKENS for f in ("title_tok", "brand_tok", "maker_tok", "body_tok", "codes", "tail")},
                    "category_key": {"type": "keyword"},
                    "finding_codes": {"type": "keyword"},
                    "severities": {"type": "keyword"},
                    "reviews": {"type": "keyword"},
                    "price": {"type": "double"},
                    "risk": {"type": "double"},
                    "crawled_at": {"type": "date"},
                    "gone": {"type": "boolean"},
                    "version": {"type": "keyword", "index": False},
                    # dims come from the first vector indexed (the embedder decides); unit vectors: dot product.
                    "vector": {"type": "dense_vector", "index": True, "similarity": "dot_product"},
                },
            },
        },
    }


def to_document(doc: IndexedListing) -> dict[str, Any]:
    """The stored document of one listing."""
    title, brand, maker = doc_tokens(doc.title), doc_tokens(doc.brand), doc_tokens(doc.maker)
    body = doc_tokens(f"{doc.category}\n{doc.text}\n{doc.item_id}")
    parts = (title, brand, maker, body)
    out: dict[str, Any] = {
        "listing_id": doc.listing_id, "url": doc.url, "platform": doc.platform, "item_id": doc.item_id,
        "title": doc.title, "brand": doc.brand, "maker": doc.maker, "category": doc.category, "text": doc.text,
        "title_tok": title.words, "brand_tok": brand.words, "maker_tok": maker.words, "body_tok": body.words,
        "codes": " ".join(t.codes for t in parts if t.codes), "tail": " ".join(t.tails for t in parts if t.tails),
        "category_key": doc.facet_category, "finding_codes": list(doc.finding_codes),
        "severities": list(doc.severities), "reviews": list(doc.reviews), "price": doc.price, "risk": float(doc.risk),
        "crawled_at": doc.crawled_at.isoformat() if doc.crawled_at else None, "gone": doc.gone,
        "version": doc.version,
    }
    if doc.vector is not None:
        out["vector"] = [float(x) for x in doc.vector]
    return out


def clause_query(clause: Clause) -> dict[str, Any]:
    """One parsed term as a query over its fields (phrases over the bigram tokens)."""
    term = clause.term
    fields = _COLUMNS[clause.column]
    if term.prefix:
        should: list[dict[str, Any]] = [{"prefix": {f: {"value": term.tokens[0], "boost": _BOOSTS[f]}}}
                                        for f in fields]
        if clause.column == "any":
            should.append({"term": {"tail": {"value": term.tokens[0], "boost": 0.5}}})
    else:
        text = " ".join(term.tokens)
        should = [{"match_phrase": {f: {"query": text, "boost": _BOOSTS[f]}}} for f in fields]
    return {"bool": {"should": should, "minimum_should_match": 1}}


def filter_clauses(filters: Filters) -> list[dict[str, Any]]:
    """Exact filters as ``bool.filter`` clauses (they do not score)."""
    out: list[dict[str, Any]] = []
    for field, values in (("platform", filters.platforms), ("category_key", filters.categories),
                          ("finding_codes", filters.finding_codes), ("severities", filters.severities),
                          ("reviews", filters.reviews)):
        if values:
            out.append({"terms": {field: list(values)}})
    price = {k: v for k, v in (("gte", filters.price_min), ("lte", filters.price_max)) if v is not None}
    if price:
        out.append({"range": {"price": price}})
    crawled = {k: v.isoformat() for k, v in (("gte", filters.crawled_from), ("lte", filters.crawled_to)) if v}
    if crawled:
        out.append({"range": {"crawled_at": {**crawled, "format": "strict_date_optional_time||yyyy-MM-dd"}}})
    if filters.gone is not None:
        out.append({"term": {"gone": filters.gone}})
    if filters.flagged is not None:
        exists = {"exists": {"field": "finding_codes"}}
        out.append(exists if filters.flagged else {"bool": {"must_not": [exists]}})
    return out


def merged_filters(request: SearchRequest, parsed: ParsedQuery) -> Filters:
    """The request's filters narrowed by ``platform:`` / ``category:`` / ``finding:`` in the query text."""
    return merge_query_filters(request.filters, parsed)


_SORTS: dict[Sort, list[Any]] = {
    Sort.RELEVANCE: ["_score", {"listing_id": "asc"}],
    Sort.RISK: [{"risk": "desc"}, {"listing_id": "asc"}],
    Sort.DATE: [{"crawled_at": {"order": "desc", "missing": 0}}, {"listing_id": "asc"}],
}


def aggregations() -> dict[str, Any]:
    """Facet counts as aggregations (``price`` as the same ranges the embedded backend counts)."""
    terms = {name: {"terms": {"field": field, "size": 50}} for name, field in (
        ("platform", "platform"), ("category", "category_key"), ("finding_code", "finding_codes"),
        ("severity", "severities"), ("review", "reviews"), ("gone", "gone"))}
    ranges = [{"key": price_bucket(low), "from": low, **({"to": high} if high else {})} for low, high in PRICE_BUCKETS]
    return {**terms, "price": {"range": {"field": "price", "ranges": ranges}},
            "price_missing": {"missing": {"field": "price"}},
            "crawled": {"date_histogram": {"field": "crawled_at", "calendar_interval": "month", "format": "yyyy-MM",
                                           "min_doc_count": 1}}}


def search_body(request: SearchRequest, parsed: ParsedQuery, *, limit: int) -> dict[str, Any]:
    """The ``_search`` body of a text or browse request (pure: tested against recorded expectations)."""
    filters = merged_filters(request, parsed)
    query: dict[str, Any] = {"bool": {"filter": filter_clauses(filters)}}
    if parsed.must:
        query["bool"]["must"] = [clause_query(c) for c in parsed.must]
    if parsed.must_not:
        query["bool"]["must_not"] = [clause_query(c) for c in parsed.must_not]
    sort = request.sort if parsed.must or request.sort is not Sort.RELEVANCE else Sort.RISK
    body: dict[str, Any] = {"query": query, "size": limit + 1, "sort": _SORTS[sort], "track_total_hits": True,
                            "_source": {"excludes": ["*_tok", "codes", "tail", "vector"]}}
    if request.after:
        value, listing_id = decode_cursor(request.after, str(request.sort))
        body["search_after"] = [value, listing_id]
    if request.facets:
        body["aggs"] = aggregations()
    return body


def _facets(aggs: dict[str, Any]) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for name in ("platform", "category", "finding_code", "severity", "review", "gone"):
        buckets = aggs.get(name, {}).get("buckets", [])
        if name == "gone":
            out[name] = {("gone" if b.get("key_as_string") == "true" or b["key"] in (1, True) else "live"): b["doc_count"]
                         for b in buckets}
        else:
            out[name] = {str(b["key"]): int(b["doc_count"]) for b in buckets}
    out["price"] = {b["key"]: int(b["doc_count"]) for b in aggs.get("price", {}).get("buckets", []) if b["doc_count"]}
    missing = int(aggs.get("price_missing", {}).get("doc_count", 0))
    if missing:
        out["price"]["unknown"] = missing
    out["crawled"] = {b["key_as_string"]: int(b["doc_count"]) for b in aggs.get("crawled", {}).get("buckets", [])}
    return {k: dict(sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))) for k, v in out.items()}


class IndexWriteError(RuntimeError):
    """Documents the cluster would not take even after retries (mapping conflict, cluster read-only...)."""


class ElasticIndex:
    """SearchIndex on an Elasticsearch alias (created with its template and first index when missing)."""

    def __init__(self, url: str, *, name: str = "shelfwatch", refresh: bool = False, replicas: int = 1,
                 backoff: float = 1.0, client: Elasticsearch | None = None, **client_options: Any) -> None:
        self.name = name
        self._backoff = backoff
        self._refresh = refresh  # tests want every write visible at once; production lets ES refresh each second
        self._es = client or Elasticsearch(url, retry_on_timeout=True, max_retries=3, **client_options)
        self._writing: str | None = None  # the concrete index a rebuild fills
        if not self._es.indices.exists_alias(name=name):
            self._es.indices.put_index_template(name=name, **template(name, replicas=replicas))
            first = f"{name}-{int(time.time() * 1000)}"
            self._es.indices.create(index=first, aliases={name: {"is_write_index": True}})

    @property
    def _target(self) -> str:
        return self._writing or self.name

    def _bulk(self, actions: Iterable[dict[str, Any]]) -> int:
        done = 0
        failed: list[dict[str, Any]] = []
        # Documents the cluster refuses with 429 (its queues are full) are sent again after 1, 2, 4... s.
        for ok, item in streaming_bulk(self._es, actions, chunk_size=500, max_chunk_bytes=20 * 1024 * 1024,
                                       max_retries=6, initial_backoff=self._backoff, max_backoff=60,
                                       raise_on_error=False, raise_on_exception=True,
                                       refresh="wait_for" if self._refresh else False):
            if ok:
                done += 1
            else:
                failed.append(item)
        if failed:
            raise IndexWriteError(f"{len(failed)} document(s) not indexed in {self.name}, first: {failed[0]}")
        return done

    def upsert(self, docs: Iterable[IndexedListing]) -> int:
        return self._bulk({"_op_type": "index", "_index": self._target, "_id": str(d.listing_id),
                           "_source": to_document(d)} for d in docs)

    def delete(self, listing_ids: Iterable[int]) -> int:
        removed = 0
        for ok, item in streaming_bulk(self._es, ({"_op_type": "delete", "_index": self._target, "_id": str(i)}
                                                  for i in listing_ids), raise_on_error=False, max_retries=6,
                                       initial_backoff=1, refresh="wait_for" if self._refresh else False):
            removed += int(ok and item.get("delete", {}).get("result") == "deleted")
        return removed

    def search(self, request: SearchRequest) -> SearchResult:
        parsed = parse_query(request.query)
        limit = max(0, min(request.limit, MAX_LIMIT))
        if request.vector is not None:
            return self._ranked(request, parsed, limit)
        body = search_body(request, parsed, limit=limit)
        response = self._es.search(index=self.name, **body)
        raw = response["hits"]["hits"]
        more = len(raw) > limit > 0
        raw = raw[:limit]
        hits = [self._hit(h["_source"], float(h["_score"] or h["sort"][0] or 0.0), parsed) for h in raw]
        next_after = None
        if more:
            value, listing_id = raw[-1]["sort"][0], raw[-1]["sort"][1]
            next_after = encode_cursor(str(request.sort), float(value), int(listing_id))
        facets = _facets(response.get("aggregations", {})) if request.facets else {}
        return SearchResult(hits=hits, total=int(response["hits"]["total"]["value"]), facets=facets,
                            next_after=next_after)

    def _ranked(self, request: SearchRequest, parsed: ParsedQuery, limit: int) -> SearchResult:
        assert request.vector is not None
        filters = merged_filters(request, parsed)
        knn = {"field": "vector", "query_vector": [float(x) for x in request.vector], "k": SEMANTIC_CANDIDATES,
               "num_candidates": SEMANTIC_CANDIDATES * 5, "filter": filter_clauses(filters)}
        response = self._es.search(index=self.name, knn=knn, size=SEMANTIC_CANDIDATES,
                                   source={"excludes": ["*_tok", "codes", "tail", "vector"]},
                                   aggs=aggregations() if request.facets else None)
        sources = {int(h["_source"]["listing_id"]): h["_source"] for h in response["hits"]["hits"]}
        scored = [(int(h["_source"]["listing_id"]), float(h["_score"])) for h in response["hits"]["hits"]]
        if parsed.has_text:
            text = self.search(SearchRequest(query=request.query, filters=request.filters, limit=HYBRID_DEPTH))
            sources.update({h.listing_id: {"_hit": h} for h in text.hits if h.listing_id not in sources})
            scored = reciprocal_rank_fusion([[h.listing_id for h in text.hits], [i for i, _ in scored]])
        if request.sort is not Sort.RELEVANCE:
            key = "risk" if request.sort is Sort.RISK else "crawled_at"
            scored = [(i, _sort_value(sources[i], key)) for i, _ in scored]
        scored.sort(key=lambda t: (-t[1], t[0]))
        cursor = decode_cursor(request.after, str(request.sort)) if request.after else None
        page = [(i, s) for i, s in scored if cursor is None or (s, -i) < (cursor[0], -cursor[1])]
        more = len(page) > limit
        page = page[:limit]
        hits = [src["_hit"] if "_hit" in src else self._hit(src, s, parsed)
                for i, s in page for src in (sources[i],)]
        facets = _facets(response.get("aggregations", {})) if request.facets else {}
        next_after = encode_cursor(str(request.sort), page[-1][1], page[-1][0]) if more and page else None
        return SearchResult(hits=hits, total=len(scored), facets=facets, next_after=next_after)

    def _hit(self, src: dict[str, Any], score: float, parsed: ParsedQuery) -> SearchHit:
        from datetime import datetime

        snippet, spans = make_snippet([src["text"], src["title"], src["brand"], src["maker"], src["category"]],
                                      parsed.highlight_terms())
        crawled = datetime.fromisoformat(src["crawled_at"]) if src.get("crawled_at") else None
        return SearchHit(listing_id=int(src["listing_id"]), url=src["url"], title=src["title"],
                         platform=src["platform"], score=score, snippet=snippet, highlights=spans,
                         risk=float(src["risk"]), finding_codes=tuple(src["finding_codes"]), price=src.get("price"),
                         crawled_at=crawled, gone=bool(src.get("gone")))

    def versions(self) -> Iterator[tuple[int, str]]:
        for hit in scan(self._es, index=self.name, query={"query": {"match_all": {}}},
                        _source=["listing_id", "version"], size=2000):
            yield int(hit["_source"]["listing_id"]), hit["_source"]["version"]

    def count(self) -> int:
        return int(self._es.count(index=self.name)["count"])

    def _concrete(self) -> list[str]:
        try:
            return sorted(self._es.indices.get_alias(name=self.name))
        except NotFoundError:
            return []

    def begin_rebuild(self) -> None:
        self._writing = f"{self.name}-{int(time.time() * 1000)}"
        self._es.indices.create(index=self._writing)

    def finish_rebuild(self) -> None:
        if self._writing is None:
            raise RuntimeError("finish_rebuild without begin_rebuild")
        new, old = self._writing, self._concrete()
        self._es.indices.refresh(index=new)
        # One atomic alias move: every search sees either the old index or the complete new one.
        actions: list[dict[str, Any]] = [{"remove": {"index": i, "alias": self.name}} for i in old]
        actions.append({"add": {"index": new, "alias": self.name, "is_write_index": True}})
        self._es.indices.update_aliases(actions=actions)
        self._writing = None
        for i in old:
            self._es.indices.delete(index=i, ignore_unavailable=True)

    def abort_rebuild(self) -> None:
        if self._writing is not None:
            self._es.indices.delete(index=self._writing, ignore_unavailable=True)
            self._writing = None

    def drop(self) -> None:
        """Delete every index of the alias and its template (tests, or retiring a deployment)."""
        for i in self._concrete():
            self._es.indices.delete(index=i, ignore_unavailable=True)
        self._es.indices.delete_index_template(name=self.name)

    def close(self) -> None:
        self._es.close()


def _sort_value(src: dict[str, Any], key: str) -> float:
    if "_hit" in src:
        hit: SearchHit = src["_hit"]
        return hit.risk if key == "risk" else (hit.crawled_at.timestamp() if hit.crawled_at else 0.0)
    if key == "risk":
        return float(src["risk"])
    from datetime import datetime

    return datetime.fromisoformat(src["crawled_at"]).timestamp() if src.get("crawled_at") else 0.0
