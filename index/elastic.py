"""Elasticsearch backend, for deployments that already run a cluster (elasticsearch-py 9.x, ES 9 servers).

The mapping needs no analysis plugin: human-readable fields use the ``standard`` analyzer (one token per Chinese
character, so ``match_phrase`` still finds 积木), each with a ``keyword`` subfield for exact filters and sorting,
and a ``segmented`` field holds the same jieba tokens and compact code tokens as the SQLite backend, split on
whitespace. A production cluster should install the IK (``analysis-ik``) or ``analysis-smartcn`` plugin and
switch the text fields to it; the query below keeps working because it also searches ``segmented``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from typing import Any

from elasticsearch import Elasticsearch, NotFoundError
from elasticsearch.helpers import bulk

from index.base import IndexedListing, SearchHit
from index.snippet import make_snippet
from index.tokenize import QueryTerm, doc_words, query_terms

_TEXT_FIELDS = ("title", "brand", "maker", "category", "text")
_BOOSTS = {"title": 4, "brand": 3, "maker": 2, "category": 1, "text": 1}

SETTINGS: dict[str, Any] = {
    "analysis": {"analyzer": {"shelfwatch_tokens": {"type": "custom", "tokenizer": "whitespace",
                                                    "filter": ["lowercase"]}}},
}
MAPPINGS: dict[str, Any] = {
    "dynamic": "strict",
    "properties": {
        "url": {"type": "keyword"},
        "platform": {"type": "keyword"},
        "item_id": {"type": "keyword"},
        **{name: {"type": "text", "analyzer": "standard", "fields": {"keyword": {"type": "keyword",
                                                                                 "ignore_above": 512}}}
           for name in _TEXT_FIELDS},
        "segmented": {"type": "text", "analyzer": "shelfwatch_tokens"},
        "risk": {"type": "float"},
        "finding_codes": {"type": "keyword"},
    },
}


def doc_id(url: str) -> str:
    """Document id for a URL (hashed: ES ids are limited to 512 bytes, URLs are not)."""
    return hashlib.sha256(url.encode()).hexdigest()


def to_document(item: IndexedListing) -> dict[str, Any]:
    """The stored document of one listing."""
    return {
        "url": item.url, "platform": item.platform, "item_id": item.item_id,
        **{name: getattr(item, name) for name in _TEXT_FIELDS},
        "segmented": doc_words("\n".join(getattr(item, name) for name in _TEXT_FIELDS)),
        "risk": float(item.risk), "finding_codes": list(item.finding_codes),
    }


def _term_clause(term: QueryTerm) -> dict[str, Any]:
    # A term matches as a whole jieba/code token, or as a phrase of its characters in any text field.
    should: list[dict[str, Any]] = [{"term": {"segmented": {"value": term.token, "boost": 2}}}]
    should += [{"match_phrase": {name: {"query": term.text, "boost": boost}}} for name, boost in _BOOSTS.items()]
    return {"bool": {"should": should, "minimum_should_match": 1}}


def build_query(terms: Iterable[QueryTerm], platform: str | None, finding_code: str | None) -> dict[str, Any]:
    """The bool query requiring every term, with exact filters (pure, so it is testable without a server)."""
    filters = [{"term": {field: value}} for field, value in (("platform", platform),
                                                              ("finding_codes", finding_code)) if value]
    return {"bool": {"must": [_term_clause(t) for t in terms], "filter": filters}}


class ElasticIndex:
    """SearchIndex on an Elasticsearch index, created with ``MAPPINGS`` when missing."""

    def __init__(self, url: str, *, index: str = "shelfwatch-listings", **client_options: Any) -> None:
        self.name = index
        self._es = Elasticsearch(url, **client_options)
        if not self._es.indices.exists(index=index):
            self._es.indices.create(index=index, settings=SETTINGS, mappings=MAPPINGS)

    def add(self, items: Iterable[IndexedListing]) -> int:
        def actions() -> Iterator[dict[str, Any]]:
            for item in items:  # the "index" op replaces a document with the same id: upsert by URL
                yield {"_op_type": "index", "_index": self.name, "_id": doc_id(item.url),
                       "_source": to_document(item)}

        written, _ = bulk(self._es, actions(), refresh="wait_for")
        return written

    def search(
        self, query: str, *, limit: int = 20, platform: str | None = None, finding_code: str | None = None
    ) -> list[SearchHit]:
        terms = query_terms(query)
        if not terms or limit <= 0:
            return []
        response = self._es.search(index=self.name, query=build_query(terms, platform, finding_code), size=limit,
                                   sort=["_score", {"risk": "desc"}], track_scores=True)
        hits = []
        for hit in response["hits"]["hits"]:
            src = hit["_source"]
            hits.append(SearchHit(
                url=src["url"], title=src["title"], platform=src["platform"], score=float(hit["_score"]),
                snippet=make_snippet([src[name] for name in ("text", "title", "brand", "maker", "category")], terms),
                risk=float(src["risk"]), finding_codes=tuple(src["finding_codes"]),
            ))
        return hits

    def remove(self, url: str) -> bool:
        try:
            self._es.delete(index=self.name, id=doc_id(url), refresh="wait_for")
        except NotFoundError:
            return False
        return True

    def count(self) -> int:
        return int(self._es.count(index=self.name)["count"])

    def close(self) -> None:
        self._es.close()
