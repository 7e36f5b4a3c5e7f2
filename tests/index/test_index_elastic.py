"""Elasticsearch backend without a cluster: the request bodies it builds, and what the official client sends.

The contract suite (test_index_search.py) runs against a real cluster too when SHELFWATCH_ES_URL is set; it is
reported as skipped otherwise (no Elasticsearch server can be installed on the development machines). Here a tiny
HTTP server on 127.0.0.1 stands in for the cluster: it records every request the client sends and answers with
the minimal documented response shapes, so the tests check our requests, not Elasticsearch's behaviour.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from index_corpus import CORPUS

from index import Filters, SearchRequest, Sort
from index.elastic import ElasticIndex, search_body, template, to_document
from index.paging import encode_cursor
from index.query import parse_query


def body(query: str = "", **kw: Any) -> dict[str, Any]:
    request = SearchRequest(query=query, **kw)
    return search_body(request, parse_query(query), limit=request.limit)


def test_template_maps_tokens_facets_and_vectors() -> None:
    t = template("shelfwatch-abc", replicas=0)
    assert t["index_patterns"] == ["shelfwatch-abc-*"]
    props = t["template"]["mappings"]["properties"]
    assert props["title_tok"] == {"type": "text", "analyzer": "shelfwatch_tokens", "norms": True}
    assert {props[f]["type"] for f in ("platform", "category_key", "finding_codes", "severities", "reviews")} == {
        "keyword"}
    assert props["vector"] == {"type": "dense_vector", "index": True, "similarity": "dot_product"}
    assert t["template"]["settings"]["analysis"]["analyzer"]["shelfwatch_tokens"]["tokenizer"] == "whitespace"
    assert set(to_document(CORPUS[0])) <= set(props)


def test_document_is_folded_and_pre_segmented() -> None:
    doc = to_document(CORPUS[5])  # 男士轻薄羽絨外套, ＧＢ／Ｔ　１４２７２－２０１１
    assert doc["title_tok"] == "男士 士轻 轻薄 薄羽 羽绒 绒外 外套"
    assert {"gbt142722011", "gbt14272", "142722011"} <= set(doc["codes"].split())
    assert doc["title"] == "男士轻薄羽絨外套"  # the original is kept for results
    assert len(doc["vector"]) == 8 and doc["crawled_at"] == "2026-11-23T08:00:00"


def test_text_query_body_recorded() -> None:
    assert body("积木 -乐高 brand:星", limit=10) == {
        "query": {"bool": {
            "filter": [],
            "must": [
                {"bool": {"should": [
                    {"match_phrase": {"title_tok": {"query": "积木", "boost": 10.0}}},
                    {"match_phrase": {"brand_tok": {"query": "积木", "boost": 6.0}}},
                    {"match_phrase": {"maker_tok": {"query": "积木", "boost": 4.0}}},
                    {"match_phrase": {"body_tok": {"query": "积木", "boost": 1.0}}},
                    {"match_phrase": {"codes": {"query": "积木", "boost": 3.0}}},
                ], "minimum_should_match": 1}},
                {"bool": {"should": [{"prefix": {"brand_tok": {"value": "星", "boost": 6.0}}}],
                          "minimum_should_match": 1}},
            ],
            "must_not": [{"bool": {"should": [
                {"match_phrase": {"title_tok": {"query": "乐高", "boost": 10.0}}},
                {"match_phrase": {"brand_tok": {"query": "乐高", "boost": 6.0}}},
                {"match_phrase": {"maker_tok": {"query": "乐高", "boost": 4.0}}},
                {"match_phrase": {"body_tok": {"query": "乐高", "boost": 1.0}}},
                {"match_phrase": {"codes": {"query": "乐高", "boost": 3.0}}},
            ], "minimum_should_match": 1}}],
        }},
        "size": 11,
        "sort": ["_score", {"listing_id": "asc"}],
        "track_total_hits": True,
        "_source": {"excludes": ["*_tok", "codes", "tail", "vector"]},
    }


def test_filters_sort_paging_and_facets_in_the_body() -> None:
    after = encode_cursor("risk", 60.0, 6)
    b = body("platform:jd 羽绒服", sort=Sort.RISK, after=after, facets=True, filters=Filters(
        finding_codes=("standard_withdrawn",), price_min=100, crawled_from=date(2026, 11, 1), gone=False))
    assert b["query"]["bool"]["filter"] == [
        {"terms": {"platform": ["jd"]}},
        {"terms": {"finding_codes": ["standard_withdrawn"]}},
        {"range": {"price": {"gte": 100}}},
        {"range": {"crawled_at": {"gte": "2026-11-01", "format": "strict_date_optional_time||yyyy-MM-dd"}}},
        {"term": {"gone": False}},
    ]
    assert b["query"]["bool"]["must"][0]["bool"]["should"][0] == {
        "match_phrase": {"title_tok": {"query": "羽绒 绒服", "boost": 10.0}}}
    assert b["sort"] == [{"risk": "desc"}, {"listing_id": "asc"}]
    assert b["search_after"] == [60.0, 6]
    assert set(b["aggs"]) == {"platform", "category", "finding_code", "severity", "review", "gone", "price",
                              "price_missing", "crawled"}
    assert b["aggs"]["price"]["range"]["ranges"][0] == {"key": "0-50", "from": 0, "to": 50}
    assert body("")["query"] == {"bool": {"filter": []}} and body("")["sort"][0] == {"risk": "desc"}


# -- the official client against a recording stand-in on 127.0.0.1 -------------------------------------------------
class Recorder(BaseHTTPRequestHandler):
    """Records requests; answers with the smallest documented response of each API used."""

    requests: list[tuple[str, str, bytes]] = []
    bulk_calls = 0
    aliases: set[str] = set()

    def log_message(self, *args: Any) -> None:  # quiet
        pass

    def _reply(self, status: int, payload: Any) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/vnd.elasticsearch+json;compatible-with=9")
        self.send_header("X-Elastic-Product", "Elasticsearch")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        cls = type(self)
        cls.requests.append((self.command, self.path, raw))
        path = self.path.split("?")[0]
        if self.command == "HEAD" and path.startswith("/_alias/"):
            self._reply(200 if path.rsplit("/", 1)[1] in cls.aliases else 404, {})
        elif path == "/_bulk":
            cls.bulk_calls += 1
            lines = [json.loads(line) for line in raw.splitlines() if line.strip()]
            actions = [line for line in lines if set(line) <= {"index", "delete"} and len(line) == 1]
            items = []
            for n, action in enumerate(actions):
                op = next(iter(action))
                # Back-pressure: the first bulk call refuses its second document with 429 (too many requests).
                status = 429 if cls.bulk_calls == 1 and n == 1 else 201
                items.append({op: {"_id": action[op]["_id"], "status": status,
                                   **({"error": {"type": "es_rejected_execution_exception"}} if status == 429 else {})}})
            self._reply(200, {"took": 1, "errors": any(next(iter(i.values()))["status"] == 429 for i in items),
                              "items": items})
        elif path.startswith("/_index_template/") or self.command == "PUT":
            if self.command == "PUT" and not path.startswith("/_index_template/"):
                cls.aliases.add("shelfwatch-test")
            self._reply(200, {"acknowledged": True})
        elif path.endswith("/_search"):
            src = to_document(CORPUS[1])
            src = {k: v for k, v in src.items() if not k.endswith("_tok") and k not in ("codes", "tail", "vector")}
            self._reply(200, {"took": 1, "timed_out": False, "hits": {"total": {"value": 1, "relation": "eq"},
                              "max_score": 2.0, "hits": [{"_index": "x", "_id": "2", "_score": 2.0, "_source": src,
                                                          "sort": [2.0, 2]}]},
                              "aggregations": {"platform": {"buckets": [{"key": "tmall", "doc_count": 1}]}}})
        else:
            self._reply(404, {"error": {"type": "unexpected", "reason": self.path}, "status": 404})

    do_GET = do_POST = do_PUT = do_HEAD = do_DELETE = _handle


@pytest.fixture
def stand_in() -> Iterator[str]:
    Recorder.requests, Recorder.bulk_calls, Recorder.aliases = [], 0, set()
    server = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_client_creates_template_index_and_alias_then_bulk_retries_rejected_documents(stand_in: str) -> None:
    index = ElasticIndex(stand_in, name="shelfwatch-test", replicas=0, backoff=0.01)
    try:
        calls = [(m, p.split("?")[0]) for m, p, _ in Recorder.requests]
        assert calls[0] == ("HEAD", "/_alias/shelfwatch-test")
        assert calls[1] == ("PUT", "/_index_template/shelfwatch-test")
        created = Recorder.requests[2]
        assert created[0] == "PUT" and created[1].startswith("/shelfwatch-test-")
        assert json.loads(created[2]) == {"aliases": {"shelfwatch-test": {"is_write_index": True}}}
        sent_template = json.loads(Recorder.requests[1][2])
        assert sent_template == template("shelfwatch-test", replicas=0)

        assert index.upsert(CORPUS[:3]) == 3
        bulks = [raw for m, p, raw in Recorder.requests if p.startswith("/_bulk")]
        assert len(bulks) == 2  # the refused document was sent again, alone
        first = [json.loads(line) for line in bulks[0].splitlines()]
        assert [a["index"]["_id"] for a in first[::2]] == ["1", "2", "3"]
        assert first[0]["index"]["_index"] == "shelfwatch-test"
        assert first[1]["title_tok"].startswith("巴拉 拉巴 巴拉")
        retried = [json.loads(line) for line in bulks[1].splitlines()]
        assert [a["index"]["_id"] for a in retried[::2]] == ["2"]

        result = index.search(SearchRequest(query="积木", facets=True))
        method, path, raw = Recorder.requests[-1]
        assert (method, path.split("?")[0]) == ("POST", "/shelfwatch-test/_search")
        assert json.loads(raw) == body("积木", facets=True)
        assert [h.listing_id for h in result.hits] == [2] and result.total == 1
        assert "[积木]" in result.hits[0].marked_snippet()
        assert result.facets["platform"] == {"tmall": 1}
    finally:
        index.close()


def test_existing_alias_is_reused(stand_in: str) -> None:
    Recorder.aliases = {"shelfwatch-test"}
    ElasticIndex(stand_in, name="shelfwatch-test").close()
    assert [(m, p) for m, p, _ in Recorder.requests] == [("HEAD", "/_alias/shelfwatch-test")]
