"""The root parser and ``main``: each command module registers its own subcommands; errors the user can fix are
printed in one line without a traceback (exit status 2)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any

from shelfwatch.cli import admin, crawling, evidence, findings, reference_data, scheduling, search, serving
from shelfwatch.cli.common import Handler, UserError
from shelfwatch.cli.evidence import EvidenceUsageError
from shelfwatch.settings import SettingError, load_settings

COMMAND_MODULES = (crawling, findings, reference_data, search, serving, evidence, scheduling, admin)
"""In the order their commands are listed by ``shelfwatch --help``."""


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="shelfwatch", description="网售产品质量监测 e-commerce product-quality monitoring")
    p.add_argument("--version", action="version", version="shelfwatch 0.1.0")
    sub = p.add_subparsers(dest="command", required=True)

    def add(name: str, handler: Handler, help_text: str, *, db: bool = True) -> argparse.ArgumentParser:
        sp = sub.add_parser(name, help=help_text, description=help_text)
        if db:
            sp.add_argument("--db", help="SQLite file or SQLAlchemy URL (default: $SHELFWATCH_DB or shelfwatch.db)")
        sp.set_defaults(handler=handler)
        return sp

    for module in COMMAND_MODULES:
        module.add_commands(sub, add)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    from matching import BlacklistFileError, RegistryFileError
    from matching.declarations import DeclarationFileError
    from matching.rulebook import RulebookFileError
    from shelfwatch.wiring import NoDatabase

    args = build_parser().parse_args(argv)
    try:
        overrides: dict[str, Any] = {"db": getattr(args, "db", None)}
        if getattr(args, "render", None):
            overrides["render_js"] = args.render
        if getattr(args, "delay", None) is not None:
            overrides["download_delay"] = args.delay
        settings = load_settings(**overrides)
        return int(args.handler(args, settings))
    except (UserError, SettingError, RegistryFileError, BlacklistFileError, RulebookFileError, DeclarationFileError,
            NoDatabase, EvidenceUsageError) as exc:
        print(f"错误 error: {exc}", file=sys.stderr)
        return 2
    except FileNotFoundError as exc:
        print(f"错误 error: no such file: {exc.filename}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `shelfwatch listings --json | head`
        return 0


if __name__ == "__main__":
    sys.exit(main())
