"""The tmall-demo item page really renders its facts in Chromium (skipped where no browser is installed)."""

from __future__ import annotations

import shutil

import pytest

from demo import DemoServer, Marketplace

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.mark.browser
def test_tmall_item_renders_parameters_in_chromium(server: DemoServer, market: Marketplace) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    if not shutil.which(CHROMIUM):
        pytest.skip("no chromium binary")
    item = next(i for i in market.items if i.platform == "tmall-demo")
    truth = market.truth_by_url()[item.path]
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS)
        try:
            page = browser.new_page()
            page.goto(server.base_url + item.path)
            page.wait_for_selector("body[data-loaded='1']", timeout=15000)
            items = page.locator("#J_AttrUL li").all_inner_texts()
            desc = page.inner_text("#J_DescContent")
        finally:
            browser.close()
    assert items and all(":\u00a0" in li for li in items)
    rendered = "\n".join(items) + desc
    assert truth["brand"] in rendered
    assert all(c["number"] in rendered.replace(" ", "") for c in truth["certificates"])
