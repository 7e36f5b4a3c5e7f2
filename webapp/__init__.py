"""The inspectors' web app over the crawler's store: findings to review, evidence, takedown lists, search."""

from __future__ import annotations

from webapp.app import create_app

__all__ = ["create_app"]
