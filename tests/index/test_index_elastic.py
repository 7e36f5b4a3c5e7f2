"""Elasticsearch backend: the request bodies, checked without a server.

The behaviour tests in test_search.py run against a real server too when SHELFWATCH_ES_URL is set; they are
reported as skipped otherwise (no Elasticsearch server can be installed on the development machines).
"""

from __future__ import annotations

from index import IndexedListing
from index.elastic import MAPPINGS, build_query, doc_id, to_document
from index.tokenize import query_terms


def test_document_carries_segmented_tokens_and_codes(corpus: list[IndexedListing]) -> None:
    doc = to_document(corpus[0])
    assert set(doc) <= set(MAPPINGS["properties"])
    tokens = doc["segmented"].split()
    assert {"羽绒服", "gbt14272", "gbt142722021"} <= set(tokens)


def test_query_requires_every_term_and_filters_exactly() -> None:
    body = build_query(query_terms("儿童 羽绒服"), "jd", "standard_withdrawn")
    assert len(body["bool"]["must"]) == 2
    assert body["bool"]["filter"] == [{"term": {"platform": "jd"}},
                                      {"term": {"finding_codes": "standard_withdrawn"}}]
    assert build_query(query_terms("积木"), None, None)["bool"]["filter"] == []


def test_ids_are_bounded_for_long_urls() -> None:
    assert len(doc_id("http://x/" + "a" * 5000)) == 64
