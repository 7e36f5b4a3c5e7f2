"""A seeded demo marketplace (three platforms over local HTTP) that shelfwatch crawls in `make demo` and tests."""

from __future__ import annotations

from demo.generator import generate_marketplace
from demo.marketplace import Marketplace
from demo.server import DemoServer

__all__ = ["DemoServer", "Marketplace", "generate_marketplace"]
