"""Inspectors' decisions on findings: confirm, dismiss with a reason, or ask for a test purchase (需要试买).

A decision sets the finding's review state with its reason and comment, who and when, and appends an audit entry
with the state before and after, in one transaction. Only a confirmed finding ever leaves the office.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select, update

from shelfwatch import audit
from shelfwatch.audit import Actor, now
from shelfwatch.schema import findings
from shelfwatch.store import Review, Store

DISMISS_REASONS: dict[str, str] = {
    "misread": "误识别：页面并无此声明 the page does not say this (misread)",
    "registry_outdated": "标准库有误或过期 the registry entry is wrong or outdated",
    "not_applicable": "规则不适用于该商品 the rule does not apply to this product",
    "different_entity": "同名不同主体 a different company of the same name",
    "already_handled": "已另案处理 already handled in another case",
    "other": "其他（须填写说明）other (explain in the comment)",
}
"""Why a finding was dismissed; ``other`` needs a comment saying why."""

MAX_COMMENT = 2000


class DecisionError(ValueError):
    """A decision that cannot be recorded as given (message Chinese first, then English)."""


@dataclass(frozen=True, kw_only=True)
class Decision:
    """What an inspector decided about one or more findings."""

    review: Review
    reason: str = ""
    """A ``DISMISS_REASONS`` key; required for a dismissal, empty otherwise."""
    comment: str = ""


def check(decision: Decision) -> Decision:
    """The decision, normalized, or a :class:`DecisionError` saying what is missing (pure)."""
    comment = decision.comment.strip()
    if len(comment) > MAX_COMMENT:
        raise DecisionError(f"说明过长 comment longer than {MAX_COMMENT} characters")
    if decision.review is Review.DISMISSED:
        if decision.reason not in DISMISS_REASONS:
            raise DecisionError("排除须选择原因 a dismissal needs a reason: " + ", ".join(DISMISS_REASONS))
        if decision.reason == "other" and not comment:
            raise DecisionError("原因为“其他”时须填写说明 reason 'other' needs a comment")
        return Decision(review=decision.review, reason=decision.reason, comment=comment)
    if decision.reason:
        raise DecisionError("只有排除需要原因 only a dismissal takes a reason")
    return Decision(review=decision.review, comment=comment)


def decide(store: Store, finding_ids: Iterable[int], decision: Decision, *, actor: Actor) -> int:
    """Record ``decision`` on each of the findings (all or none); returns how many exist and were recorded."""
    decision = check(decision)
    wanted = sorted(set(finding_ids))
    if not wanted:
        return 0
    at = now()
    after = {"review": str(decision.review), "reason": decision.reason, "comment": decision.comment}
    done = 0
    with store.engine.begin() as conn:
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            rows = conn.execute(
                select(findings.c.id, findings.c.listing_id, findings.c.code, findings.c.subject, findings.c.review,
                       findings.c.review_reason, findings.c.review_comment).where(findings.c.id.in_(chunk))
            ).all()
            for row in rows:
                conn.execute(
                    update(findings).where(findings.c.id == row.id).values(
                        review=str(decision.review), review_reason=decision.reason,
                        review_comment=decision.comment, reviewed_by=actor.name, reviewed_at=at)
                )
                audit.record(
                    conn, actor, "decision", "finding", row.id, listing_id=row.listing_id, at=at,
                    before={"review": row.review, "reason": row.review_reason, "comment": row.review_comment},
                    after=after | {"code": row.code, "subject": row.subject},
                )
            done += len(rows)
        _withdraw_unconfirmed(conn, wanted, decision, actor)
    return done


def _withdraw_unconfirmed(conn: object, ids: list[int], decision: Decision, actor: Actor) -> None:
    """A finding taken back (no longer confirmed) is withdrawn from any open notice item (see notices)."""
    if decision.review is Review.CONFIRMED:
        return
    from shelfwatch.notices import withdraw_items_of

    withdraw_items_of(conn, ids, actor)
