"""Accounts, roles, login sessions and operators' API tokens.

Passwords are kept only as argon2id hashes (memory-hard, argon2-cffi's defaults: 64 MiB, 3 passes). Session cookies
and API tokens are random 256-bit values kept only as their sha256: a copy of the database hands out neither.
Every change here is written to the audit log in the same transaction (``shelfwatch.audit``).
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import IntegrityError

from shelfwatch import audit
from shelfwatch.audit import Actor, now
from shelfwatch.schema import api_tokens, sessions, users
from shelfwatch.store import Store


class Role(StrEnum):
    """What an account may do."""

    ADMIN = "admin"
    """Everything an inspector may, plus accounts and tokens."""
    INSPECTOR = "inspector"
    """Reviews findings, issues notices, reads the audit log."""
    OPERATOR = "operator"
    """A platform's staff: sees and answers only their own platform's notices."""


class AccountError(ValueError):
    """A refused account operation, with a message for the person (Chinese first, then English)."""


@dataclass(frozen=True, kw_only=True)
class User:
    """One account as the app sees it (never its password hash)."""

    id: int
    name: str
    role: Role
    platform: str
    """The one platform an operator is bound to; empty for office roles."""
    active: bool = True


@dataclass(frozen=True, kw_only=True)
class Principal:
    """Who is making a request, and how they proved it."""

    user: User
    via: str
    """``session`` (cookie, needs the CSRF token on posts) or ``token`` (operator's API token)."""
    csrf: str = ""
    session_id: int | None = None


_NAME = re.compile(r"^[A-Za-z0-9._@-]{1,64}$")
MIN_PASSWORD = 10
MAX_PASSWORD = 1024  # argon2 takes any length; a megabyte "password" is only a way to burn CPU
TOKEN_PREFIX = "sw_"

_hasher = PasswordHasher()
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))  # verified against for unknown names: same time, no hint


def digest(secret: str) -> str:
    """sha256 hex of a session or token secret (random 256-bit values need no slow hash)."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def _user(row: Any) -> User:
    return User(id=int(row.id), name=row.name, role=Role(row.role), platform=row.platform, active=bool(row.active))


def check_new_account(name: str, role: Role, platform: str, password: str) -> None:
    """Refuse an account that could not be used safely (pure: no database)."""
    if not _NAME.match(name):
        raise AccountError(f"用户名无效 invalid name {name[:70]!r}: 1-64 letters, digits or . _ @ -")
    if role is Role.OPERATOR and not platform:
        raise AccountError("平台运营账号必须绑定一个平台 an operator account needs --platform")
    if role is not Role.OPERATOR and platform:
        raise AccountError("只有平台运营账号绑定平台 only operator accounts are bound to a platform")
    if not MIN_PASSWORD <= len(password) <= MAX_PASSWORD:
        raise AccountError(f"密码长度须为 {MIN_PASSWORD}-{MAX_PASSWORD} 个字符 password must be "
                           f"{MIN_PASSWORD}-{MAX_PASSWORD} characters")


def add_user(store: Store, name: str, role: Role, password: str, *, platform: str = "", actor: Actor) -> User:
    """Create an account (audited as ``user_add``); refuses a name already taken."""
    check_new_account(name, role, platform, password)
    at = now()
    with store.engine.begin() as conn:
        try:
            res = conn.execute(
                insert(users).values(name=name, role=str(role), platform=platform,
                                     password_hash=_hasher.hash(password), active=True, created_at=at)
            )
        except IntegrityError:
            raise AccountError(f"用户名已存在 an account named {name!r} exists") from None
        uid = int(res.inserted_primary_key[0])  # type: ignore[index]  # always set on INSERT
        user = User(id=uid, name=name, role=role, platform=platform)
        audit.record(conn, actor, "user_add", "user", uid, after={"name": name, "role": str(role),
                                                                   "platform": platform, "active": True}, at=at)
    return user


def set_active(store: Store, name: str, active: bool, *, actor: Actor) -> User:
    """Disable or re-enable an account (audited); a disabled account's sessions and tokens stop working."""
    with store.engine.begin() as conn:
        row = conn.execute(select(users).where(users.c.name == name)).first()
        if row is None:
            raise AccountError(f"没有这个账号 no account named {name!r}")
        conn.execute(update(users).where(users.c.id == row.id).values(active=active))
        audit.record(conn, actor, "user_change", "user", row.id, before={"active": bool(row.active)},
                     after={"active": active})
        return User(id=int(row.id), name=row.name, role=Role(row.role), platform=row.platform, active=active)


def get_user(store: Store, name: str) -> User | None:
    with store.engine.connect() as conn:
        row = conn.execute(select(users).where(users.c.name == name)).first()
        return _user(row) if row is not None else None


def list_users(store: Store) -> list[User]:
    with store.engine.connect() as conn:
        return [_user(r) for r in conn.execute(select(users).order_by(users.c.name))]


def authenticate(store: Store, name: str, password: str) -> User | None:
    """The active account whose password this is, or None (the same argon2 work is done for unknown names)."""
    with store.engine.connect() as conn:
        row = conn.execute(select(users).where(users.c.name == name[:64])).first()
    stored = row.password_hash if row is not None else _DUMMY_HASH
    try:
        _hasher.verify(stored, password[:MAX_PASSWORD])
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return None
    if row is None or not row.active:
        return None
    if _hasher.check_needs_rehash(stored):  # argon2 parameters raised since this hash was made
        with store.engine.begin() as conn:
            conn.execute(update(users).where(users.c.id == row.id).values(password_hash=_hasher.hash(password)))
    return _user(row)


IP_FACTOR = 4
"""An address may fail this many times more than one name: offices sit behind one NAT or proxy, and one person's
typos must not lock out the whole office, while a guesser spraying many names from one address is still stopped."""


def login_refused(store: Store, name: str, ip: str, *, max_failures: int, minutes: int) -> bool:
    """Whether sign-in is refused unchecked: too many recent failures for this name, or from this address."""
    since = now() - timedelta(minutes=minutes)
    if audit.count_since(store, "login_failed", since=since, actor=name) >= max_failures:
        return True
    return bool(ip) and audit.count_since(store, "login_failed", since=since, ip=ip) >= max_failures * IP_FACTOR


# -- sessions ----------------------------------------------------------------------------------------------------
def start_session(store: Store, user: User, *, hours: int) -> tuple[str, str]:
    """A new login session: returns (cookie value, CSRF token). Only the cookie's sha256 is stored."""
    secret = secrets.token_urlsafe(32)
    csrf = secrets.token_urlsafe(32)
    at = now()
    with store.engine.begin() as conn:
        conn.execute(insert(sessions).values(user_id=user.id, token_hash=digest(secret), csrf=csrf, created_at=at,
                                             expires_at=at + timedelta(hours=hours)))
    return secret, csrf


def session_principal(store: Store, secret: str) -> Principal | None:
    """The signed-in user of a session cookie, if the session is live and the account active."""
    at = now()
    q = (
        select(sessions.c.id.label("session_id"), sessions.c.csrf, users)
        .join(users, users.c.id == sessions.c.user_id)
        .where(sessions.c.token_hash == digest(secret), sessions.c.ended_at.is_(None), sessions.c.expires_at > at,
               users.c.active.is_(True))
    )
    with store.engine.connect() as conn:
        row = conn.execute(q).first()
    if row is None:
        return None
    return Principal(user=_user(row), via="session", csrf=row.csrf, session_id=int(row.session_id))


def end_session(store: Store, session_id: int) -> None:
    with store.engine.begin() as conn:
        conn.execute(update(sessions).where(sessions.c.id == session_id).values(ended_at=now()))


# -- API tokens --------------------------------------------------------------------------------------------------
@dataclass(frozen=True, kw_only=True)
class TokenInfo:
    """One API token as listed (never the token itself)."""

    id: int
    user: str
    prefix: str
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None


def create_token(store: Store, name: str, *, actor: Actor) -> tuple[int, str]:
    """A new API token for operator ``name``: returns (id, token). The token is shown once, stored as its sha256."""
    user = get_user(store, name)
    if user is None:
        raise AccountError(f"没有这个账号 no account named {name!r}")
    if user.role is not Role.OPERATOR:
        raise AccountError("API 令牌只发给平台运营账号 API tokens are for operator accounts only")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    at = now()
    with store.engine.begin() as conn:
        res = conn.execute(insert(api_tokens).values(user_id=user.id, token_hash=digest(token),
                                                     prefix=token[:10], created_at=at))
        tid = int(res.inserted_primary_key[0])  # type: ignore[index]  # always set on INSERT
        audit.record(conn, actor, "token_create", "token", tid,
                     after={"user": name, "platform": user.platform, "prefix": token[:10]}, at=at)
    return tid, token


def revoke_token(store: Store, token_id: int, *, actor: Actor) -> TokenInfo:
    """Revoke a token by id (audited); revoking twice is refused so the log shows one revocation."""
    with store.engine.begin() as conn:
        row = conn.execute(
            select(api_tokens, users.c.name).join(users, users.c.id == api_tokens.c.user_id)
            .where(api_tokens.c.id == token_id)
        ).first()
        if row is None:
            raise AccountError(f"没有这个令牌 no token with id {token_id}")
        if row.revoked_at is not None:
            raise AccountError(f"令牌已吊销 token {token_id} was revoked at {row.revoked_at:%Y-%m-%d %H:%M} UTC")
        at = now()
        conn.execute(update(api_tokens).where(api_tokens.c.id == token_id).values(revoked_at=at))
        audit.record(conn, actor, "token_revoke", "token", token_id, before={"revoked": False},
                     after={"revoked": True, "user": row.name, "prefix": row.prefix}, at=at)
    return TokenInfo(id=token_id, user=row.name, prefix=row.prefix, created_at=row.created_at,
                     last_used_at=row.last_used_at, revoked_at=at)


def list_tokens(store: Store) -> list[TokenInfo]:
    q = select(api_tokens, users.c.name).join(users, users.c.id == api_tokens.c.user_id).order_by(api_tokens.c.id)
    with store.engine.connect() as conn:
        return [TokenInfo(id=r.id, user=r.name, prefix=r.prefix, created_at=r.created_at,
                          last_used_at=r.last_used_at, revoked_at=r.revoked_at) for r in conn.execute(q)]


def token_principal(store: Store, token: str) -> Principal | None:
    """The operator an API token belongs to, if the token is live and the account active."""
    if not token.startswith(TOKEN_PREFIX) or len(token) > 200:
        return None
    q = (
        select(api_tokens.c.id.label("token_id"), users)
        .join(users, users.c.id == api_tokens.c.user_id)
        .where(api_tokens.c.token_hash == digest(token), api_tokens.c.revoked_at.is_(None),
               users.c.active.is_(True))
    )
    with store.engine.begin() as conn:
        row = conn.execute(q).first()
        if row is None:
            return None
        conn.execute(update(api_tokens).where(api_tokens.c.id == row.token_id).values(last_used_at=now()))
    return Principal(user=_user(row), via="token")


def count_users(store: Store) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(users)).scalar() or 0)
