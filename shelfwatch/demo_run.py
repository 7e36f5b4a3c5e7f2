"""`shelfwatch demo`: the main job, end to end, on the bundled demo marketplace, scored against its ground truth."""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from crawlers.links import canonical_url
from crawlers.run import run_crawl
from demo import DemoServer, generate_marketplace
from matching.bundled import bundled_standards_path
from shelfwatch.codes import CODE_LABELS
from shelfwatch.evaluate import Key, Score, misses, score
from shelfwatch.models import ClaimKind
from shelfwatch.pipeline import rejudge
from shelfwatch.registry_io import import_blacklist, import_declarations, import_standards
from shelfwatch.report import (
    flagged_listings,
    takedown_listings,
    takedown_summary,
    write_report,
    write_takedown_csvs,
)
from shelfwatch.settings import Settings
from shelfwatch.store import Store

UNVERIFIED = "standard_unverifiable"
"""Not a finding code: claims marked "not verifiable with the loaded registry", scored like one."""
DEMO_BLACKLIST = Path(__file__).resolve().parents[1] / "demo" / "data" / "blacklist.csv"
# The codes this release's rules raise and the demo plants; the demo scores exactly these.
SCORED_CODES = ("standard_unknown", "standard_withdrawn", "standard_inapplicable", "mandatory_standard_missing",
                "certificate_invalid", "certificate_missing", "blacklisted_entity", "recalled_product", "price_anomaly",
                "enterprise_standard_undeclared", UNVERIFIED)


def expected_keys(truth: list[dict[str, Any]], base_url: str) -> tuple[set[Key], set[Key]]:
    """(finding keys, claim keys) of the demo's ground truth."""
    findings: set[Key] = set()
    claims: set[Key] = set()
    for page in truth:
        url = canonical_url(base_url + page["url"])
        for f in page["expected_findings"] + page.get("expected_unverified", []):
            findings.add((url, f["code"], f["subject"]))
        claims.update((url, "standard", s) for s in page["standards"])
        claims.update((url, "certificate", f"{c['type']}:{c['number']}") for c in page["certificates"])
    return findings, claims


def found_keys(store: Store, listings: list[dict[str, Any]]) -> tuple[set[Key], set[Key]]:
    """(finding keys, claim keys) of what was stored; ``listings`` are the store's rows, already read."""
    findings = {(r["url"], r["code"], r["subject"]) for r in store.iter_findings()}
    findings |= {(r["url"], UNVERIFIED, r["subject"]) for r in store.unverified_claims()}
    claims: set[Key] = set()
    for row in listings:
        for c in row["claims"]:
            if c.kind is ClaimKind.STANDARD:
                claims.add((row["url"], "standard", c.value))
            else:
                claims.add((row["url"], "certificate", f"{c.cert_type}:{c.value}"))
    return findings, claims


def _fmt(scores: list[Score]) -> list[str]:
    return [
        f"  {s.code:<22} 预期 expected {s.expected:>4}  发现 found {s.found:>4}  "
        f"查准率 precision {s.precision:.3f}  查全率 recall {s.recall:.3f}"
        for s in scores
    ]


def run_demo(s: Settings, *, seed: int, n_listings: int, out_dir: Path, as_of: date | None) -> int:
    as_of = as_of or date.today()
    out_dir.mkdir(parents=True, exist_ok=True)
    db = out_dir / "demo.db"
    for suffix in ("", "-wal", "-shm"):  # each demo run scores a fresh crawl
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    settings = replace(s, db=str(db))

    market = generate_marketplace(seed=seed, n_listings=n_listings, as_of=as_of)
    market.write_truth(out_dir / "demo-truth.json")
    store = Store(settings.db)
    n_std = import_standards(store, bundled_standards_path(), as_of=as_of).rows
    n_bl = import_blacklist(store, DEMO_BLACKLIST, as_of=as_of).rows
    market.write_declarations(out_dir / "demo-declarations.csv")
    import_declarations(store, out_dir / "demo-declarations.csv", as_of=as_of)
    store.close()
    print(f"演示商城 demo marketplace: {len(market.truth)} listings (seed {seed}); "
          f"标准库 registry {n_std} standards; 黑名单 blacklist {n_bl} entries; 判定日期 as of {as_of}")

    with DemoServer(market) as server:
        print(f"抓取 crawling {server.base_url} ...", flush=True)
        stats = run_crawl(server.start_urls, settings, as_of=as_of)
        base_url = server.base_url

    store = Store(settings.db)
    # Price baselines need the whole crawl: a first crawl judges each page against the listings stored before it
    # (none, here), so the demo re-judges once, as `shelfwatch rejudge` would, before it scores.
    rejudged = rejudge(store, as_of)
    print(f"重新判定 re-judged {rejudged.listings} listings with the crawl's price baselines: "
          f"{rejudged.raised} findings raised")
    listings = list(store.iter_listings())
    flagged = flagged_listings(store)
    exp_f, exp_c = expected_keys(market.truth, base_url)
    got_f, got_c = found_keys(store, listings)
    per_platform = Counter(r["platform"] for r in listings)
    finding_scores = score(exp_f, got_f, SCORED_CODES)
    claim_scores = score(exp_c, got_c, ("standard", "certificate"))
    truth_category = {canonical_url(base_url + p["url"]): p["category"] for p in market.truth}
    placed = [r for r in listings if r["category_key"]]
    right = sum(1 for r in placed if r["category_key"] == truth_category.get(r["url"]))

    lines = [
        "",
        f"抓取 crawl: {stats['items_stored']} listings, {stats['pages_fetched']} pages, "
        f"{stats['rendered_pages']} rendered in Chromium, {stats['failed_requests']} failed, {stats['elapsed_seconds']} s",
        "各平台商品数 listings per platform:",
        *(f"  {p:<12} {n}" for p, n in sorted(per_platform.items())),
        "各问题代码数 findings per code:",
        *(f"  {c:<22} {n:>4}  {CODE_LABELS.get(c, '')}"
          for c, n in Counter(f["code"] for fl in flagged for f in fl.findings).most_common()),
        "风险最高的五个商品 five riskiest listings:",
    ]
    for fl in flagged[:5]:
        lines.append(f"  {fl.risk:5.1f}  {fl.platform}  {fl.title}  {fl.url}")
        lines.extend(f"         - [{f['severity']}] {f['code']}: {f['explanation']}" for f in fl.findings)
    lines += ["对照演示真值 against the demo's ground truth — findings:", *_fmt(finding_scores)]
    lines += ["claims extracted:", *_fmt(claim_scores)]
    lines.append(
        f"商品类别 categories (keyword rules): {len(placed)}/{len(listings)} placed, {right} of them right "
        f"({right / max(len(placed), 1):.3f}); the rest left for an inspector (ties or no keyword)"
    )
    fn, fp = misses(exp_f, got_f)
    if fn or fp:
        lines.append(f"漏报 missed {len(fn)}, 误报 false alarms {len(fp)} (first five of each):")
        lines += [f"  missed      {k}" for k in fn[:5]] + [f"  false alarm {k}" for k in fp[:5]]

    summary: dict[str, Any] = {
        "evaluation": [
            {"code": x.code, "expected": x.expected, "found": x.found, "precision": x.precision, "recall": x.recall}
            for x in finding_scores
        ]
    }
    summary["crawl"] = stats
    summary["claims"] = [
        {"kind": x.code, "expected": x.expected, "found": x.found, "precision": x.precision, "recall": x.recall}
        for x in claim_scores
    ]
    summary["listings_per_platform"] = dict(per_platform)
    summary["categories"] = {"listings": len(listings), "placed": len(placed), "right": right}
    (out_dir / "summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1, default=str), "utf-8")
    report = write_report(store, out_dir, summary=summary)
    # Only confirmed findings leave the office: right after a crawl nothing is confirmed, so the lists are empty.
    confirmed = takedown_listings(store)
    csvs = write_takedown_csvs(confirmed, out_dir, platforms=per_platform)
    lines.append(f"报告 report: {report}")
    lines.append(takedown_summary(confirmed, csvs))
    lines.append(f"数据库 database: {db}   (try: shelfwatch search 羽绒服 --db {db})")
    lines += _open_the_app(store, db, sorted(per_platform))
    print("\n".join(lines))
    store.close()
    sys.stdout.flush()
    return 0


def _open_the_app(store: Store, db: Path, platforms: list[str]) -> list[str]:
    """Make demo accounts (passwords drawn for this run, shown once here) and say how to open the web app."""
    import secrets

    from shelfwatch.accounts import Role, add_user
    from shelfwatch.audit import Actor

    actor = Actor(name="demo")
    made = [("demo-admin", Role.ADMIN, ""), ("demo-inspector", Role.INSPECTOR, "")]
    made += [(f"demo-{p}"[:64], Role.OPERATOR, p) for p in platforms]
    lines = ["", "网页 web app — start it, then open http://127.0.0.1:8000/ and sign in:",
             f"  shelfwatch serve --db {db}      (or: {sys.executable} -m shelfwatch serve --db {db})",
             "演示账号 demo accounts (passwords drawn for this run, shown only here):"]
    for name, role, platform in made:
        password = secrets.token_urlsafe(9)
        add_user(store, name, role, password, platform=platform, actor=actor)
        lines.append(f"  {name:<18} {password:<14} {role}{' · ' + platform if platform else ''}")
    lines.append("检查员确认问题后，在“下架通知”页发出通知；平台账号只能看到本平台的通知。 Confirm findings as the "
                 "inspector, issue a notice on 下架通知 Notices; each operator sees only their platform's notices.")
    return lines
