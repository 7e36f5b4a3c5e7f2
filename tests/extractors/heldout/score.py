"""F1 of standards and certificates on the held-out pages (``python -m tests.extractors.heldout.score``)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from extractors import extract_page
from shelfwatch.models import ClaimKind

PAGES = Path(__file__).resolve().parent / "pages"


def score(pages: Path = PAGES, verbose: bool = False) -> dict[str, dict[str, float]]:
    counts = {kind: {"tp": 0, "fp": 0, "fn": 0} for kind in ("standard", "certificate")}
    for path in sorted(pages.glob("*.html")):
        truth = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        claims = extract_page(path.read_bytes(), f"http://127.0.0.1/{path.stem}.html").claims
        got = {
            "standard": {c.value for c in claims if c.kind is ClaimKind.STANDARD},
            "certificate": {(str(c.cert_type), c.value) for c in claims if c.kind is ClaimKind.CERTIFICATE},
        }
        want = {"standard": set(truth["standards"]), "certificate": {tuple(c) for c in truth["certificates"]}}
        for kind in counts:
            tp, fp, fn = got[kind] & want[kind], got[kind] - want[kind], want[kind] - got[kind]
            counts[kind]["tp"] += len(tp)
            counts[kind]["fp"] += len(fp)
            counts[kind]["fn"] += len(fn)
            if verbose and (fp or fn):
                print(f"{path.stem} {kind}: false {sorted(fp)} missed {sorted(fn)}")
    out = {}
    for kind, c in counts.items():
        precision = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
        recall = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out[kind] = {"precision": precision, "recall": recall, "f1": f1, **c}
    return out


if __name__ == "__main__":
    folders = [PAGES.parent / a for a in sys.argv[1:] if not a.startswith("-")] or [PAGES]
    for folder in folders:
        print(folder.name)
        result = score(folder, verbose="-v" in sys.argv)
        for kind, r in result.items():
            print(f"  {kind:12s} P={r['precision']:.3f} R={r['recall']:.3f} F1={r['f1']:.3f} "
                  f"(tp {r['tp']}, fp {r['fp']}, fn {r['fn']})")
