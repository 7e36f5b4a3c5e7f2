"""The evidence commands: ``shelfwatch evidence URL | export URL --out DIR | prune`` and ``shelfwatch capture URL``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from shelfwatch.cli.common import AddCommand
from shelfwatch.settings import Settings


class EvidenceUsageError(ValueError):
    """A mistake on the evidence command line (shown like the CLI's other user errors)."""


class EvidenceIntegrityError(EvidenceUsageError):
    """Stored evidence whose bytes no longer match their hash: it is reported, never exported."""


def _store(s: Settings) -> Any:
    from shelfwatch.wiring import open_store

    return open_store(s, must_exist=True)


def _listing_url(store: Any, url: str) -> tuple[str, int]:
    """The stored listing a URL names (as typed, or in its canonical form); its URL and id."""
    from crawlers.links import canonical_url

    for candidate in dict.fromkeys((url, canonical_url(url))):
        ids = store.listing_ids([candidate])
        if ids:
            return candidate, ids[candidate]
    raise EvidenceUsageError(f"no stored listing has the URL {url}: crawl it first (shelfwatch crawl URL)")


def cmd_capture(args: argparse.Namespace, s: Settings) -> int:
    from crawlers.capture import run_capture

    store = _store(s)
    try:
        url, listing_id = _listing_url(store, args.url)
    finally:
        store.close()
    try:
        kept = run_capture(url, listing_id, s)
    except RuntimeError as exc:
        raise EvidenceUsageError(f"capture failed: {exc}") from None
    kept = {"url": url, "listing_id": listing_id, **kept}
    if args.json:
        print(json.dumps(kept, ensure_ascii=False, default=str))
    else:
        print(f"已取证 captured {url} (status {kept['status']}) at {kept['fetched_at']} UTC\n"
              f"  DOM        {kept['dom_bytes']} bytes  sha256 {kept['dom_sha256']}\n"
              f"  screenshot {kept['screenshot_bytes']} bytes  sha256 {kept['screenshot_sha256']}")
    return 0


def _print_newest(s: Settings, url: str) -> int:
    versions = _store(s).page_evidence(url)
    if not versions:
        raise EvidenceUsageError(f"no page evidence stored for {url}")
    v = versions[0]
    print(f"# {v['url']} fetched {v['fetched_at']} status {v['status']} sha256 {v['sha256']} "
          f"rendered={v['rendered']} ({len(versions)} version(s) kept)", file=sys.stderr)
    sys.stdout.buffer.write(v["body"])
    return 0


def export_case(store: Any, url: str, out: Path) -> list[tuple[str, str]]:
    """Write every kept artefact of a listing into ``out`` with a ``SHA256SUMS`` file (``sha256sum -c`` checks it)
    and ``manifest.json`` (URLs, fetch times, statuses, headers, and which page version each screenshot shows);
    the (file name, sha256) pairs written. File names are the ones takedown notices cite.

    Each artefact's bytes are hashed again before they are written: a stored row whose bytes no longer match the
    hash kept with it is refused, since a case file must never list a hash its file does not have."""
    from shelfwatch.evidence import page_file_name, screenshot_file_name, screenshots_of, sha256

    versions = store.page_evidence(url)
    if not versions:
        raise EvidenceUsageError(f"no page evidence stored for {url}")
    artefacts: list[tuple[str, bytes, str]] = []
    manifest: dict[str, Any] = {"listing_url": url, "pages": [], "screenshots": []}
    page_files: dict[int, str] = {}
    for v in versions:
        name = page_file_name(v["id"], rendered=v["rendered"])
        page_files[v["id"]] = name
        artefacts.append((name, v["body"], v["sha256"]))
        manifest["pages"].append({
            "file": name, "sha256": v["sha256"], "url": v["url"], "final_url": v.get("final_url") or v["url"],
            "fetched_at": v["fetched_at"], "status": v["status"], "rendered": v["rendered"],
            "source": v.get("source", "crawl"), "request_headers": json.loads(v.get("request_headers") or "{}"),
            "response_headers": json.loads(v.get("response_headers") or "{}"),
        })
    for shot in screenshots_of(store, url):
        name = screenshot_file_name(shot["id"])
        artefacts.append((name, shot["body"], shot["sha256"]))
        manifest["screenshots"].append({
            "file": name, "sha256": shot["sha256"], "taken_at": shot["taken_at"], "size": shot["size"],
            "media_type": "image/png", "page_file": page_files.get(shot["page_id"], ""),
            "page_sha256": shot["page_sha256"], "final_url": shot["final_url"],
        })
    for name, body, digest in artefacts:
        if sha256(body) != digest:
            raise EvidenceIntegrityError(f"stored {name} does not match the sha256 kept with it ({digest}): "
                                         "nothing exported")
    out.mkdir(parents=True, exist_ok=True)
    for name, body, _ in artefacts:
        (out / name).write_bytes(body)
    (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2, default=str), "utf-8")
    sums = [(name, digest) for name, _, digest in artefacts]
    (out / "SHA256SUMS").write_text("".join(f"{digest}  {name}\n" for name, digest in sums), "utf-8")
    return sums


def cmd_evidence(args: argparse.Namespace, s: Settings) -> int:
    words: list[str] = args.words
    if words[0] == "prune":
        from shelfwatch.evidence import prune

        if len(words) != 1:
            raise EvidenceUsageError("usage: shelfwatch evidence prune [--days N]")
        days = s.evidence_days if args.days is None else args.days
        if days <= 0:
            raise EvidenceUsageError(f"--days / SHELFWATCH_EVIDENCE_DAYS must be positive, not {days}")
        store = _store(s)
        try:
            result = prune(store, days=days)
        finally:
            store.close()
        print(json.dumps({"cutoff": result.cutoff, "pages_deleted": result.pages_deleted,
                          "screenshots_deleted": result.screenshots_deleted,
                          "protected_listings": result.protected_listings}, default=str))
        return 0
    if words[0] == "export":
        if len(words) != 2 or not args.out:
            raise EvidenceUsageError("usage: shelfwatch evidence export URL --out DIR")
        store = _store(s)
        try:
            url, _ = _listing_url(store, words[1])
            sums = export_case(store, url, Path(args.out))
        finally:
            store.close()
        print(f"已导出 exported {len(sums)} files to {args.out} (SHA256SUMS, manifest.json)")
        return 0
    if len(words) != 1:
        raise EvidenceUsageError("usage: shelfwatch evidence URL | export URL --out DIR | prune [--days N]")
    return _print_newest(s, words[0])


def add_commands(sub: Any, add: AddCommand) -> None:
    sp = add("evidence", cmd_evidence, "the evidence behind a listing: `evidence URL` prints its newest stored page; "
             "`evidence export URL --out DIR` writes every page version, screenshot, headers and SHA256SUMS; "
             "`evidence prune` applies the retention ($SHELFWATCH_EVIDENCE_DAYS)")
    sp.add_argument("words", nargs="+", metavar="URL | export URL | prune")
    sp.add_argument("--out", help="folder for `evidence export`")
    sp.add_argument("--days", type=int, help="for `evidence prune`: keep this many days (default: "
                    "$SHELFWATCH_EVIDENCE_DAYS)")
    sp = add("capture", cmd_capture, "render a stored listing in Chromium now; keep its DOM and a full-page "
             "screenshot as evidence, with their sha256")
    sp.add_argument("url")
    sp.add_argument("--json", action="store_true", help="print what was kept as one JSON object")
