"""What every command module shares: the handler signature, the user's-mistake error, JSON lines, date flags."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import date
from typing import Any, Protocol

from shelfwatch.settings import Settings

Handler = Callable[[argparse.Namespace, Settings], int]
"""A subcommand: parsed flags and loaded settings in, exit status out."""


class AddCommand(Protocol):
    """``add(name, handler, help_text, db=True)``: a subcommand with the shared ``--db`` flag (see ``app.build_parser``)."""

    def __call__(self, name: str, handler: Handler, help_text: str, *, db: bool = True) -> argparse.ArgumentParser: ...


class UserError(Exception):
    """A problem the user can fix (bad file, bad flag, server down): printed without a traceback."""


def print_json(obj: Any) -> None:
    print(json.dumps(obj, ensure_ascii=False, default=str))


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None
