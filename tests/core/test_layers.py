"""Dependencies point down: the packages that judge (extractors, matching, index) import only the floor (value
objects, settings, the shared code grammar), and the floor never imports the layers that sit on it (the crawl,
tasks, the web app, the demo). Read from the source with ast, so imports inside functions count too."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

FLOOR = {"shelfwatch.models", "shelfwatch.settings", "shelfwatch.standard_codes", "shelfwatch.folding"}
"""The modules of shelfwatch/ that every package may import: value objects, settings, pure text helpers."""

UPPER = ("crawlers", "tasks", "webapp", "demo")
"""Packages that sit on top: only the CLI and the jobs it runs may import them from shelfwatch/."""

TOP_OF_SHELFWATCH = ("shelfwatch/cli/", "shelfwatch/demo_run.py")
"""The parts of shelfwatch/ that are themselves on top: the command and the demo job it runs."""


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{a.name}" for a in node.names)
    return names


def _sources(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


def test_imported_modules_sees_imports_inside_functions(tmp_path: Path) -> None:
    src = tmp_path / "m.py"
    src.write_text("import os\n\ndef f():\n    from crawlers.run import run_crawl\n")
    assert {"os", "crawlers.run", "crawlers.run.run_crawl"} <= imported_modules(src)


@pytest.mark.parametrize("package", ["extractors", "matching", "index"])
def test_judging_packages_import_only_the_floor(package: str) -> None:
    others = {"extractors", "matching", "index"} - {package}
    wrong = []
    for path in _sources(package):
        for name in imported_modules(path):
            top = name.split(".")[0]
            shelfwatch_module = ".".join(name.split(".")[:2])
            if top in UPPER or top in others or (top == "shelfwatch" and shelfwatch_module not in FLOOR
                                                   and name not in FLOOR and name != "shelfwatch"):
                wrong.append(f"{path.relative_to(ROOT)} imports {name}")
    assert not wrong, "\n".join(sorted(wrong))


def test_the_floor_never_imports_the_layers_on_top() -> None:
    wrong = [f"{path.relative_to(ROOT)} imports {name}"
             for path in _sources("shelfwatch")
             if not str(path.relative_to(ROOT)).startswith(TOP_OF_SHELFWATCH)
             for name in imported_modules(path) if name.split(".")[0] in UPPER]
    assert not wrong, "\n".join(sorted(wrong))
