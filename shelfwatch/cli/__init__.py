"""The ``shelfwatch`` command: one subcommand per job, each a thin shell over the packages below it.

One module per kind of work, each with its handlers (``cmd_*``) and an ``add_commands(sub, add)`` that registers
them: crawling (crawl, crawls, extract, listings, history), findings (findings, report), reference_data (registry,
blacklist, rulebook and declarations imports, rejudge), search (search, reindex), serving (serve, demo,
demo-server), evidence (evidence, capture), scheduling (worker, beat, runs, watch), admin (users, tokens, notices,
audit). ``app`` builds the root parser and runs a command; ``common`` holds what they share.
"""

from shelfwatch.cli.app import build_parser, main

__all__ = ["build_parser", "main"]
