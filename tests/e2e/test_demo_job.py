"""`shelfwatch demo`, the main job, on the full bundled marketplace: the issue's acceptance bar."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from shelfwatch.store import Review, Store

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def demo_out(cli, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("demo")
    res = cli("demo", "--out", str(out), timeout=900)
    assert res.returncode == 0, res.stderr[-3000:]
    return out, res.stdout


def test_rule_codes_reach_095_precision_and_recall(demo_out: tuple[Path, str]) -> None:
    summary = json.loads((demo_out[0] / "summary.json").read_text(encoding="utf-8"))
    scores = {row["code"]: row for row in summary["evaluation"]}
    assert set(scores) == {"standard_unknown", "standard_withdrawn", "certificate_invalid", "blacklisted_entity",
                           "recalled_product", "standard_unverifiable", "standard_inapplicable",
                           "mandatory_standard_missing", "certificate_missing", "price_anomaly",
                           "enterprise_standard_undeclared"}
    for code, row in scores.items():
        assert row["expected"] > 0, code
        assert row["precision"] >= 0.95 and row["recall"] >= 0.95, row


def test_summary_lists_platforms_codes_riskiest_and_scores(demo_out: tuple[Path, str]) -> None:
    out, stdout = demo_out
    for needle in ("jd-demo", "tmall-demo", "shop-demo", "standard_withdrawn", "five riskiest", "precision", "recall"):
        assert needle in stdout
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert sum(summary["listings_per_platform"].values()) >= 300


def test_report_and_one_takedown_csv_per_platform(cli, demo_out: tuple[Path, str]) -> None:  # type: ignore[no-untyped-def]
    out, stdout = demo_out
    assert "网售产品质量监测报告" in (out / "report.html").read_text(encoding="utf-8")
    # Straight after the crawl no inspector has confirmed anything: every takedown list is empty, and says why.
    assert "No finding is confirmed yet" in stdout
    for platform in ("jd-demo", "tmall-demo", "shop-demo"):
        assert list(csv.DictReader((out / f"takedown-{platform}.csv").open(encoding="utf-8-sig"))) == []
    # An inspector confirms one finding: `shelfwatch report` then lists exactly that one.
    store = Store(str(out / "demo.db"))
    [first] = store.find_findings(platform="jd-demo", limit=1)[0]
    store.set_review(first["id"], Review.CONFIRMED)
    store.close()
    again = out / "again"
    res = cli("report", "--db", str(out / "demo.db"), "--out", str(again))
    assert res.returncode == 0, res.stderr[-2000:]
    [row] = list(csv.DictReader((again / "takedown-jd-demo.csv").open(encoding="utf-8-sig")))
    assert (row["url"], row["codes"]) == (first["url"], first["code"])
    for platform in ("tmall-demo", "shop-demo"):
        assert list(csv.DictReader((again / f"takedown-{platform}.csv").open(encoding="utf-8-sig"))) == []


def test_listings_are_placed_in_categories(demo_out: tuple[Path, str]) -> None:
    cats = json.loads((demo_out[0] / "summary.json").read_text(encoding="utf-8"))["categories"]
    assert cats["placed"] >= 0.9 * cats["listings"]  # the rest are ties left for an inspector
    assert cats["right"] >= 0.95 * cats["placed"]


def test_demo_ends_with_how_to_open_the_app_and_working_accounts(demo_out: tuple[Path, str]) -> None:
    """The closing lines name the serve command and demo accounts whose printed passwords sign in."""
    from shelfwatch.accounts import Role, authenticate

    out, stdout = demo_out
    tail = stdout[stdout.index("网页 web app"):]
    assert f"shelfwatch serve --db {out / 'demo.db'}" in tail and "http://127.0.0.1:8000/" in tail
    store = Store(str(out / "demo.db"))
    roles = {}
    for name in ("demo-admin", "demo-inspector", "demo-jd-demo"):
        line = next(ln for ln in tail.splitlines() if ln.strip().startswith(name + " "))
        user = authenticate(store, name, line.split()[1])
        assert user is not None, name
        roles[name] = (user.role, user.platform)
    store.close()
    assert roles == {"demo-admin": (Role.ADMIN, ""), "demo-inspector": (Role.INSPECTOR, ""),
                     "demo-jd-demo": (Role.OPERATOR, "jd-demo")}
