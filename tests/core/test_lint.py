"""The codebase passes its own linter and type checker (settings in pyproject.toml), as part of `make test`."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _tool(name: str) -> str:
    path = shutil.which(name, path=str(Path(sys.executable).parent))
    if path is None:
        pytest.fail(f"{name} is not installed in the environment: run `make install`")
    return path


def test_ruff_passes() -> None:
    res = subprocess.run([_tool("ruff"), "check", "--no-cache", str(ROOT)], capture_output=True, text=True, check=False)
    assert res.returncode == 0, res.stdout[-4000:]


def test_mypy_passes(tmp_path: Path) -> None:
    res = subprocess.run([_tool("mypy"), "--cache-dir", str(tmp_path)], cwd=ROOT, capture_output=True, text=True,
                         check=False)
    assert res.returncode == 0, res.stdout[-4000:]
