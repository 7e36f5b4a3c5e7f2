"""The main flows in a real browser: Debian's Chromium driven by Playwright against the app on 127.0.0.1.

An inspector signs in, confirms and dismisses findings, issues a notice and downloads its XLSX; the platform's
operator signs in, sees only their notice and marks an item removed; another platform's operator is refused.
Screenshots of every step are kept under ``out/test-artefacts/browser/`` (a CJK font, fonts-wqy-microhei, is
installed by scripts/install.sh so the Chinese is legible in them).
"""

from __future__ import annotations

import io
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from webapp_seed import PASSWORD, People, Seeded

from shelfwatch import notices
from shelfwatch.store import Store

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTEFACTS = Path(__file__).parents[2] / "out" / "test-artefacts" / "browser"

pytestmark = pytest.mark.browser


@pytest.fixture
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip("no chromium binary")
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS)
        try:
            yield b
        finally:
            b.close()


def _sign_in(browser: Any, base: str, name: str) -> Any:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True, locale="zh-CN")
    page = context.new_page()
    page.goto(base + "/findings")  # not signed in: sent to the login page, and back after it
    assert page.url.startswith(base + "/login?next=")
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", PASSWORD)
    page.click("form.login button")
    page.wait_for_load_state()
    return page


def _shot(page: Any, name: str) -> None:
    page.screenshot(path=str(ARTEFACTS / f"{name}.png"), full_page=True)


def test_inspector_and_operators_main_flows(browser: Any, served: str, fresh_store: Store, seeded: Seeded,
                                            people: People) -> None:
    base = served
    errors: list[str] = []

    # -- the inspector -----------------------------------------------------------------------------------------
    page = _sign_in(browser, base, people.inspector.name)
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    assert page.url == base + "/findings" and "insp1" in page.inner_text("header")
    _shot(page, "01-findings")
    page.goto(f"{base}/listings/{seeded.cup}")
    finding = page.locator("div.finding").first
    finding.locator("textarea[name=comment]").fill("页面生产企业与失信名单一致")
    finding.locator("button[value=confirmed]").click()
    page.wait_for_load_state()
    assert "已确认 confirmed" in page.locator("div.finding").first.inner_text()
    assert "页面生产企业与失信名单一致" in page.content()
    _shot(page, "02-listing-confirmed")
    # Dismissing the jacket's licence finding needs a reason; it is then nowhere in any notice.
    page.goto(f"{base}/listings/{seeded.down_jacket}")
    licence = page.locator("div.finding", has_text="certificate_invalid")
    licence.locator("select[name=reason]").select_option("misread")
    licence.locator("button[value=dismissed]").click()
    page.wait_for_load_state()
    assert "已排除 dismissed" in page.locator("div.finding", has_text="certificate_invalid").inner_text()

    page.goto(base + "/notices")
    _shot(page, "03-notices-pending")
    page.locator("form:has(input[value='tmall-demo']) button").click()
    page.wait_for_load_state()
    assert "/notices/" in page.url and "TD-" in page.inner_text("h1")
    _shot(page, "04-notice-issued")
    with page.expect_download() as download_info:
        page.click("text=XLSX")
    download = download_info.value
    saved = ARTEFACTS / download.suggested_filename
    download.save_as(str(saved))
    ws = load_workbook(io.BytesIO(saved.read_bytes())).active
    assert ws is not None
    cells = [str(c) for row in ws.iter_rows(values_only=True) for c in row if c is not None]
    assert "http://127.0.0.1:8800/tmall/item/7.html" in cells and "某某杯业专营店" in cells
    notice = notices.list_notices(fresh_store, platform="tmall-demo")[0]

    # -- the platform's operator -------------------------------------------------------------------------------
    op = _sign_in(browser, base, people.tmall.name)
    assert op.url == base + "/operator"
    assert notice.number in op.inner_text("main") and "儿童羽绒服" not in op.content()
    _shot(op, "05-operator-notices")
    op.click(f"text={notice.number}")
    op.wait_for_load_state()
    op.locator(f"#item-{notice.items[0]['id']} button[value=removed]").click()
    op.wait_for_load_state()
    assert "已下架 removed" in op.locator(f"#item-{notice.items[0]['id']}").inner_text()
    _shot(op, "06-operator-removed")
    # An office page is refused to an operator.
    response = op.goto(base + "/findings")
    assert response is not None and response.status == 403

    # -- another platform's operator ---------------------------------------------------------------------------
    other = _sign_in(browser, base, people.jd.name)
    response = other.goto(f"{base}/operator/notices/{notice.id}")
    assert response is not None and response.status == 404
    assert "不锈钢保温杯" not in other.content()
    _shot(other, "07-cross-platform-refused")
    response = other.goto(f"{base}/operator/notices/{notice.id}.xlsx")
    assert response is not None and response.status == 404

    assert [i["status"] for i in notices.get_notice(fresh_store, notice.id).items] == ["removed"]  # type: ignore[union-attr]
    assert not [e for e in errors if "Content Security Policy" in e]  # the pages need nothing the CSP forbids
