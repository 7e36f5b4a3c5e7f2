"""Instructions one warm extraction pass runs, counted by valgrind's callgrind (issue 5, point 6).

CPU seconds on a machine shared by other jobs move by 20% from run to run; an instruction count moves by well
under 1%, so a change worth a few percent can be told from noise. The count of one warm pass is the count of a
run that extracts a fixed subset of the corpus twice less that of a run that extracts it once: start-up (imports,
reading the pages) and the first pass's cold caches (lru_caches, lazily built tables) are left out. The hash seed
is fixed (PYTHONHASHSEED=0): set and dict orders, and so some counts, depend on it.

    python -m benchmarks.extraction_instructions            # both counts and their difference (a few minutes)
    python -m benchmarks.extraction_instructions --pages 50 # a smaller subset, for a quick look

The bare-parse side is counted the same way (``--baseline``), for a ratio of instructions.
"""

from __future__ import annotations

import argparse
import os
import pickle
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_SUMMARY = re.compile(r"^summary:\s*(\d+)", re.M)


def subset(count: int) -> list[tuple[bytes, str, str]]:
    """Every eighth page of benchmarks.extraction's corpus, the first ``count`` of them (fixed: same pages each run)."""
    from benchmarks.extraction import corpus

    return corpus()[::8][:count]


def _passes(pages_file: str, passes: int, baseline: bool) -> None:
    """The measured child: ``passes`` passes over the pickled pages (runs under valgrind)."""
    from benchmarks.extraction import _bare_parse
    from extractors import extract_page

    with open(pages_file, "rb") as f:
        pages = pickle.load(f)
    for _ in range(passes):
        for body, url, content_type in pages:
            if baseline:
                _bare_parse(body)
            else:
                extract_page(body, url, content_type=content_type)


def _count(pages_file: str, passes: int, baseline: bool) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "callgrind.out")
        command = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, "-m",
                   "benchmarks.extraction_instructions", "--child", pages_file, "--passes", str(passes)]
        if baseline:
            command.append("--baseline")
        env = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONPATH": str(ROOT)}
        subprocess.run(command, check=True, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        found = _SUMMARY.search(Path(out).read_text())
        if found is None:
            raise RuntimeError("callgrind wrote no summary line")
        return int(found[1])


def warm_pass(pages: int, baseline: bool = False) -> dict[str, int]:
    """Instructions of one run with one pass, one with two, and of the second (warm) pass alone."""
    with tempfile.NamedTemporaryFile(suffix=".pickle", delete=False) as f:
        pickle.dump(subset(pages), f)
    try:
        one = _count(f.name, 1, baseline)
        two = _count(f.name, 2, baseline)
    finally:
        os.unlink(f.name)
    return {"pages": pages, "one_pass": one, "two_passes": two, "warm_pass": two - one}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--baseline", action="store_true", help="count the bare lxml parse instead")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--passes", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _passes(args.child, args.passes, args.baseline)
        return
    result = warm_pass(args.pages, args.baseline)
    side = "bare lxml.html.fromstring" if args.baseline else "extract_page"
    print(f"{side}, {result['pages']} pages: one pass {result['one_pass']:,}, two passes {result['two_passes']:,}, "
          f"one warm pass {result['warm_pass']:,} instructions ({result['warm_pass'] / result['pages']:,.0f} a page)")


if __name__ == "__main__":
    main()
