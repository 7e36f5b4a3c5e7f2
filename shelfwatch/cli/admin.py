"""Web-app administration: accounts (``users``), operators' API tokens (``tokens``), takedown notices and the audit log."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from shelfwatch.cli.common import AddCommand, Handler, UserError
from shelfwatch.settings import Settings


def _cli_actor() -> Any:
    import getpass

    from shelfwatch.audit import Actor

    return Actor(name=f"cli:{getpass.getuser()}"[:64])


def _read_password() -> str:
    """The new password: prompted without echo on a terminal, else the first line of stdin (for scripts)."""
    import getpass

    if sys.stdin.isatty():
        first, again = getpass.getpass("密码 password: "), getpass.getpass("再输一次 again: ")
        if first != again:
            raise UserError("两次输入的密码不一致 the two passwords differ")
        return first
    return sys.stdin.readline().rstrip("\r\n")


def cmd_users_add(args: argparse.Namespace, s: Settings) -> int:
    from shelfwatch.accounts import AccountError, Role, add_user
    from shelfwatch.wiring import open_store

    store = open_store(s)
    try:
        user = add_user(store, args.name, Role(args.role), _read_password(), platform=args.platform or "",
                        actor=_cli_actor())
    except AccountError as exc:
        raise UserError(str(exc)) from None
    print(f"已创建账号 account created: {user.name} ({user.role}{', ' + user.platform if user.platform else ''})")
    return 0


def cmd_users_list(args: argparse.Namespace, s: Settings) -> int:
    from shelfwatch.accounts import list_users
    from shelfwatch.wiring import open_store

    for u in list_users(open_store(s, must_exist=True)):
        print(f"{u.name}\t{u.role}\t{u.platform or '-'}\t{'active' if u.active else 'disabled'}")
    return 0


def cmd_tokens_create(args: argparse.Namespace, s: Settings) -> int:
    from shelfwatch.accounts import AccountError, create_token
    from shelfwatch.wiring import open_store

    try:
        tid, token = create_token(open_store(s, must_exist=True), args.name, actor=_cli_actor())
    except AccountError as exc:
        raise UserError(str(exc)) from None
    print(f"令牌 {tid} 已创建，只显示这一次 token {tid} created; it is shown this once:", file=sys.stderr)
    print(token)
    return 0


def cmd_tokens_revoke(args: argparse.Namespace, s: Settings) -> int:
    from shelfwatch.accounts import AccountError, revoke_token
    from shelfwatch.wiring import open_store

    try:
        info = revoke_token(open_store(s, must_exist=True), args.id, actor=_cli_actor())
    except AccountError as exc:
        raise UserError(str(exc)) from None
    print(f"已吊销令牌 token revoked: {info.id} ({info.user}, {info.prefix}…)")
    return 0


def cmd_tokens_list(args: argparse.Namespace, s: Settings) -> int:
    from shelfwatch.accounts import list_tokens
    from shelfwatch.wiring import open_store

    for t in list_tokens(open_store(s, must_exist=True)):
        state = f"revoked {t.revoked_at:%Y-%m-%d %H:%M}" if t.revoked_at else "live"
        print(f"{t.id}\t{t.user}\t{t.prefix}…\t{t.created_at:%Y-%m-%d %H:%M}\t{state}")
    return 0


def cmd_audit_export(args: argparse.Namespace, s: Settings) -> int:
    from shelfwatch import audit
    from shelfwatch.wiring import open_store

    store = open_store(s, must_exist=True)
    audit.append(store, _cli_actor(), "export", "audit_log", "all")
    data = audit.to_csv(audit.iter_all(store))
    if args.out:
        Path(args.out).write_bytes(data)
        print(f"审计日志 audit log: {args.out}", file=sys.stderr)
    else:
        sys.stdout.buffer.write(data)
    return 0


def cmd_notices_relisted(args: argparse.Namespace, s: Settings) -> int:
    from shelfwatch.notices import reconcile_with_crawls
    from shelfwatch.wiring import open_store

    done = reconcile_with_crawls(open_store(s, must_exist=True), actor=_cli_actor())
    gone, reopened = done["verified_gone"], done["relisted"]
    print(f"复抓确认已下架的通知条目 notice items verified removed by a re-crawl: {len(gone)} {gone or ''}".rstrip())
    print(f"重新上架而重开的通知条目 notice items reopened as relisted: {len(reopened)} {reopened or ''}".rstrip())
    return 0


def add_commands(sub: Any, add: AddCommand) -> None:
    """`users`, `tokens` and `audit` subcommands (kept together, apart from the crawl commands)."""

    def group(name: str, help_text: str) -> Any:
        return sub.add_parser(name, help=help_text, description=help_text).add_subparsers(dest="action", required=True)

    def leaf(parent: Any, name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        sp: argparse.ArgumentParser = parent.add_parser(name, help=help_text, description=help_text)
        sp.add_argument("--db", help="SQLite file or SQLAlchemy URL (default: $SHELFWATCH_DB or shelfwatch.db)")
        sp.set_defaults(handler=handler)
        return sp

    users = group("users", "web-app accounts: admin, inspector, operator (bound to one platform)")
    sp = leaf(users, "add", cmd_users_add, "add an account; the password is read from stdin (prompted on a terminal)")
    sp.add_argument("name")
    sp.add_argument("--role", required=True, choices=["inspector", "operator", "admin"])
    sp.add_argument("--platform", help="the platform an operator account is bound to (operators only)")
    leaf(users, "list", cmd_users_list, "list accounts")

    tokens = group("tokens", "platform operators' API tokens (stored hashed, shown once)")
    sp = leaf(tokens, "create", cmd_tokens_create, "create an API token for an operator account; prints it once")
    sp.add_argument("name", help="the operator account")
    sp = leaf(tokens, "revoke", cmd_tokens_revoke, "revoke an API token by its id")
    sp.add_argument("id", type=int)
    leaf(tokens, "list", cmd_tokens_list, "list tokens (ids, owners, prefixes; never the tokens)")

    notices = group("notices", "takedown notices")
    leaf(notices, "relisted", cmd_notices_relisted,
         "verify removals that a crawl found gone, reopen items whose listing came back (every crawl and the notices page do it too)")

    aud = group("audit", "the append-only audit log")
    sp = leaf(aud, "export", cmd_audit_export, "write the whole audit log as CSV (the export is logged too)")
    sp.add_argument("--out", help="file to write (default: stdout)")


