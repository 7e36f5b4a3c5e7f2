"""Take README's web-app screenshots from the running app on a demo database (run after `shelfwatch demo`).

    python scripts/readme_screenshots.py out/demo.db docs/screenshots

Adds two accounts of its own (readme-inspector, readme-jd), confirms the riskiest jd-demo findings as the
inspector would, issues a notice and marks one item removed as the operator, photographing each page.
"""

from __future__ import annotations

import secrets
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "webapp"))
from live_server import serving  # noqa: E402

from shelfwatch.accounts import Role, add_user, get_user  # noqa: E402
from shelfwatch.audit import Actor  # noqa: E402
from shelfwatch.settings import Settings  # noqa: E402
from shelfwatch.store import Store  # noqa: E402
from webapp import create_app  # noqa: E402

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def main(db: str, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    store = Store(db)
    passwords = {}
    for name, role, platform in (("readme-inspector", Role.INSPECTOR, ""), ("readme-jd", Role.OPERATOR, "jd-demo")):
        passwords[name] = secrets.token_urlsafe(12)
        if get_user(store, name) is None:
            add_user(store, name, role, passwords[name], platform=platform, actor=Actor(name="readme"))
        else:
            raise SystemExit(f"{name} exists in {db}: use a fresh demo database")
    store.close()
    app = create_app(Settings(db=db))
    with serving(app) as base, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=ARGS)

        def sign_in(name: str) -> object:
            page = browser.new_page(viewport={"width": 1280, "height": 820}, locale="zh-CN")
            page.goto(base + "/login")
            page.fill("input[name=name]", name)
            page.fill("input[name=password]", passwords[name])
            page.click("form.login button")
            page.wait_for_load_state()
            return page

        page = sign_in("readme-inspector")
        page.goto(base + "/findings?platform=jd-demo")
        page.screenshot(path=str(out / "review-queue.png"))
        page.locator("a[href^='/listings/']").first.click()
        page.wait_for_load_state()
        for _ in range(page.locator("div.finding button[value=confirmed]").count()):
            page.locator("div.finding button[value=confirmed]").first.click()
            page.wait_for_load_state()
        page.locator("h2", has_text="问题").first.scroll_into_view_if_needed()
        page.screenshot(path=str(out / "listing-confirmed.png"))
        page.goto(base + "/notices")
        page.locator("form:has(input[value='jd-demo']) button").click()
        page.wait_for_load_state()
        page.screenshot(path=str(out / "notice.png"))
        op = sign_in("readme-jd")
        op.locator("a[href^='/operator/notices/']").first.click()
        op.wait_for_load_state()
        op.locator("button[value=removed]").first.click()
        op.wait_for_load_state()
        op.screenshot(path=str(out / "operator.png"))
        browser.close()
    app.state.search.close()
    app.state.store.close()


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]))
