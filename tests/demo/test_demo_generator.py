"""The generated marketplace: determinism, size, planted rates, truth against CSV data and pages."""

from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from stdnum.cn import uscc
from stdnum.iso7064 import mod_11_10

from demo import Marketplace, generate_marketplace
from demo.data.blacklist_plan import DELISTED_MAKER, OUT_OF_SCOPE, PLANS, RECALL_PLANS
from demo.reference import BLACKLIST_CSV, CATEGORIES_CSV, STANDARDS_CSV, Registry, normalize_name

AS_OF = date(2026, 11, 27)
"""Same fixed crawl date as conftest.AS_OF."""

RATES = {"standard_unknown": 0.06, "standard_withdrawn": 0.08, "certificate_invalid": 0.06,
         "blacklisted_entity": 0.05, "recalled_product": 0.03, "standard_unverifiable": 0.07,  # 5 % registry, 2 % enterprise
         "standard_inapplicable": 0.03, "price_anomaly": 0.03, "enterprise_standard_undeclared": 0.03}


def _page_text(market: Marketplace, url: str) -> str:
    """Everything a browser would show for an item: HTML, plus the API JSON for tmall; NFKC-normalized."""
    item = next(i for i in market.items if i.path == url)
    text = item.html.decode(item.charset)
    if item.api_json is not None:
        text += json.loads(item.api_json)["desc"] + json.dumps(json.loads(item.api_json), ensure_ascii=False)
    return unicodedata.normalize("NFKC", text)


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_same_seed_gives_identical_bytes(market: Marketplace) -> None:
    again = generate_marketplace(as_of=AS_OF)
    assert {k: v.body for k, v in again.pages.items()} == {k: v.body for k, v in market.pages.items()}
    assert again.truth == market.truth


def test_same_bytes_across_processes() -> None:
    """Hash randomization must not leak into pages (no iteration over sets or unordered dicts)."""
    code = ("import hashlib, datetime; from demo import generate_marketplace; "
            "m = generate_marketplace(as_of=datetime.date(2026, 11, 27)); h = hashlib.sha256(); "
            "[h.update(k.encode() + m.pages[k].body) for k in sorted(m.pages)]; print(h.hexdigest())")
    digests = {
        subprocess.run([sys.executable, "-c", code], env={**os.environ, "PYTHONHASHSEED": seed},
                       capture_output=True, text=True, check=True).stdout
        for seed in ("1", "2")
    }
    assert len(digests) == 1


def test_different_seed_differs(market: Marketplace) -> None:
    other = generate_marketplace(seed=7, as_of=AS_OF)
    assert [i.html for i in other.items] != [i.html for i in market.items]


def test_size_categories_and_platforms(market: Marketplace) -> None:
    assert len(market.items) == len(market.truth) >= 300
    with CATEGORIES_CSV.open(encoding="utf-8") as fh:
        known = {r["category"] for r in csv.DictReader(fh)}
    cats = Counter(t["category"] for t in market.truth)
    assert len(cats) >= 8 and set(cats) <= known
    assert min(cats.values()) >= 20
    assert set(Counter(t["platform"] for t in market.truth)) == {"jd-demo", "tmall-demo", "shop-demo"}
    assert len({t["url"] for t in market.truth}) == len(market.truth)


@pytest.mark.parametrize(("seed", "n"), [(20261127, 360), (3, 500)])
def test_planted_rates(seed: int, n: int) -> None:
    m = generate_marketplace(seed=seed, n_listings=n, as_of=AS_OF)
    counts = m.finding_counts()
    for code, rate in RATES.items():
        assert abs(counts.get(code, 0) / n - rate) <= 0.01, (code, counts)
    # Mandatory standards a page leaves out are common (a LOW finding); every other problem is planted.
    clean = [t for t in m.truth if not [f for f in t["expected_findings"] if f["code"] != "mandatory_standard_missing"]]
    assert len(clean) >= 0.6 * n


def test_truth_standards_and_numbers_appear_on_pages(market: Marketplace) -> None:
    for t in market.truth:
        # Shops type em dashes where the registry has hyphens.
        text = _squash(_page_text(market, t["url"])).replace("—", "-")
        for code in t["standards"]:
            number = code.split(" ")[-1]
            assert number in text, (t["url"], code)
        for cert in t["certificates"]:
            assert cert["number"] in text, (t["url"], cert)
        for name in (t["maker"], t["seller"]):
            assert _squash(unicodedata.normalize("NFKC", name)) in text, (t["url"], name)


def test_truth_verdicts_agree_with_the_csv_files(market: Marketplace) -> None:
    with STANDARDS_CSV.open(encoding="utf-8") as fh:
        rows = {r["code"]: r for r in csv.DictReader(fh)}
    with BLACKLIST_CSV.open(encoding="utf-8") as fh:
        names = {r["name"] for r in csv.DictReader(fh)}
    for t in market.truth:
        for f in t["expected_findings"]:
            subject = f["subject"]
            if f["code"] == "standard_withdrawn":
                row = rows[subject]
                assert row["status"] == "withdrawn" and row["withdrawn"] < AS_OF.isoformat()
                assert not row["transition_until"] or row["transition_until"] < AS_OF.isoformat()
            elif f["code"] == "standard_unknown":
                assert subject not in rows
                if not re.search(r"-\d{4}$", subject):
                    assert not any(c.startswith(subject + "-") for c in rows)
            elif f["code"] in ("blacklisted_entity", "recalled_product"):
                assert subject in names
            elif f["code"] == "standard_inapplicable":
                assert t["category"] not in rows[subject]["categories"].split(";")
            elif f["code"] == "mandatory_standard_missing":
                assert not any(s.split("-")[0].replace("/T", "") == subject for s in t["standards"])
            elif f["code"] == "certificate_missing":
                assert subject not in {c["type"] for c in t["certificates"]}
            elif f["code"] == "enterprise_standard_undeclared":
                assert subject.startswith("Q/") and subject in t["standards"]
                declared = {d["standard"] for d in market.declarations if d["maker"] == t["maker"]}
                assert declared and subject not in declared
            elif f["code"] == "price_anomaly":
                clean = [p["price"] for p in market.truth if p["category"] == t["category"]
                         and not any(g["code"] == "price_anomaly" for g in p["expected_findings"])]
                assert subject == t["category"] and t["price"] < 0.2 * min(clean)
            else:
                assert any(c["number"] == subject and not c["valid"] for c in t["certificates"])
        found = {f["subject"] for f in t["expected_findings"] if f["code"] != "standard_inapplicable"}
        for code in t["standards"]:
            if code in rows and rows[code]["status"] != "withdrawn":
                assert code not in found  # e.g. GB 7718-2011: withdrawal date still ahead


def test_certificate_validity_matches_check_digits(market: Marketplace) -> None:
    kinds = Counter()
    for t in market.truth:
        for c in t["certificates"]:
            kinds[(c["type"], c["valid"])] += 1
            if c["type"] == "sc":
                assert c["valid"] == (len(c["number"]) == 16 and mod_11_10.is_valid(c["number"][2:]))
            elif c["type"] == "uscc":
                assert c["valid"] == uscc.is_valid(c["number"])
            elif c["type"] == "ccc":
                ok = len(c["number"]) == 16 and 2002 <= int(c["number"][:4]) <= AS_OF.year
                assert c["valid"] == ok
    for kind in ("ccc", "sc", "uscc"):
        assert kinds[(kind, True)] > 0 and kinds[(kind, False)] > 0, kinds


def test_registry_rules_for_dates_and_yearless_claims() -> None:
    reg = Registry()
    assert reg.verdict("GB 4706.1-2005", date(2026, 7, 1)) is None  # withdrawal still ahead
    assert reg.verdict("GB 4706.1-2005", date(2026, 9, 1)) == "withdrawn"
    assert reg.verdict("GB 17761-2018", date(2025, 10, 1)) is None  # in its transition period
    assert reg.verdict("GB 17761-2018", date(2025, 12, 1)) == "withdrawn"
    assert reg.verdict("GB 7718-2011", AS_OF) is None
    assert reg.verdict("GB 31701", AS_OF) is None
    assert reg.verdict("GB 6675", AS_OF) is None  # a withdrawn version exists: year-less is never a finding
    assert reg.verdict("GB 16410-2022", AS_OF) == "unknown"
    # Outside what the bundled file covers (its listed numbers, back to their oldest row): not verifiable.
    assert reg.verdict("GB 39999", AS_OF) == "unverifiable"
    assert reg.verdict("QB/T 1333-2018", AS_OF) == "unverifiable"
    assert reg.verdict("GB 2760-2011", AS_OF) == "unverifiable"  # older than the oldest edition kept
    assert reg.verdict("GB 16410-2026", date(2026, 12, 1)) == "unverifiable"  # may postdate the file
    assert reg.verdict("GB 5296.4-2012", AS_OF) is None  # the same edition under its new marker GB/T


def test_messy_claims_and_traps_are_present(market: Marketplace) -> None:
    raw = "\n".join(i.html.decode(i.charset) + (i.api_json or b"").decode() for i in market.items)
    assert "ＧＢ" in raw and "—20" in raw and "B类" in raw
    assert re.search(r"GB/T\d", raw) and re.search(r"GB \d+(\.\d+)?[、，/；]", raw)
    assert "64GB/128GB" in raw or "128GB/256GB" in raw
    assert re.search(r"400-\d{3}-\d{4}", raw) and "订单号" in raw
    yearless = [s for t in market.truth for s in t["standards"] if not re.search(r"-\d{4}$", s)]
    assert yearless
    # Some claims live only in the description: not in any parameter value.
    desc_only = 0
    for item in market.items:
        if item.api_json is not None:
            data = json.loads(item.api_json)
            params, desc = " ".join(v for _, v in data["props"]), data["desc"]
            truth = market.truth_by_url()[item.path]
            if truth["standards"] and not any(s.split(" ")[-1] in unicodedata.normalize("NFKC", params)
                                              for s in truth["standards"]):
                desc_only += "标准" in desc or "执行" in desc
    assert desc_only > 0


def test_blacklist_csv(market: Marketplace) -> None:
    with BLACKLIST_CSV.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        rows = list(reader)
    assert ",".join(header) == "list,name,uscc,brand,product,model,batch,reason,listed_on,delisted_on,source"
    assert 10 <= len(rows) <= 15
    entries = [dict(zip(header, r)) for r in rows]
    assert {e["list"] for e in entries} == {"credit_blacklist", "recall", "spot_check_failure"}
    assert all(e["source"] == "fictional demo data" for e in entries)
    assert all(uscc.is_valid(e["uscc"]) for e in entries if e["uscc"])
    assert any(e["delisted_on"] and e["delisted_on"] < AS_OF.isoformat() for e in entries)


def test_blacklisted_names_off_scope_are_no_findings(market: Marketplace) -> None:
    """A listed company's name without a finding is there on purpose: delisted, or another model than the
    spot-check failure or recall names (OUT_OF_SCOPE)."""
    listed = {normalize_name(v): p.name for p in (*PLANS, *RECALL_PLANS) for v in p.variants}
    models = {r["name"]: r["model"] for r in csv.DictReader(BLACKLIST_CSV.open(encoding="utf-8"))}
    off_scope = 0
    for t in market.truth:
        if t["expected_findings"]:
            continue
        for name in (t["maker"], t["seller"]):
            entry = listed.get(normalize_name(name))
            if entry is not None:
                assert entry in {p.name for p in OUT_OF_SCOPE} and t["model"] != models[entry], t
                off_scope += 1
    assert off_scope >= 3


def test_delisted_maker_appears_but_is_no_finding(market: Marketplace) -> None:
    pages = [t for t in market.truth if t["maker"] == DELISTED_MAKER.name]
    assert pages
    for t in pages:
        assert DELISTED_MAKER.name not in {f["subject"] for f in t["expected_findings"]}
        assert DELISTED_MAKER.name in _page_text(market, t["url"])


def test_write_truth(market: Marketplace, tmp_path: Path) -> None:
    out = tmp_path / "truth.json"
    market.write_truth(out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data == market.truth
    keys = {"url", "platform", "item_id", "category", "standards", "certificates", "maker", "seller",
            "expected_findings"}
    assert all(keys <= set(t) for t in data)
