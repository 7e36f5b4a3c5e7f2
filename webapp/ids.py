"""Record ids in paths: up to 2**31 - 1, so an id too large for the database's integers is a 404, never a 500.

PostgreSQL's ``integer`` columns (the store's ids) stop at 2**31 - 1; SQLite's at 2**63 - 1. The smaller bound holds
on both.

Routes write ``{listing_id:id}``; a path whose id does not fit matches no route, which is Starlette's own 404.
"""

from __future__ import annotations

from starlette.convertors import Convertor, register_url_convertor

MAX_ID = 2**31 - 1


def _up_to(limit: str) -> str:
    """A regular expression for the decimal numbers 0..limit without leading zeros (only a non-match is a 404:
    Starlette lets an error raised by ``convert`` through as a 500)."""
    n = len(limit)
    parts = [f"[1-9][0-9]{{0,{n - 2}}}", "0"] if n > 1 else []
    for i, digit in enumerate(limit):  # same length, equal up to position i, smaller there, anything after
        low = 1 if i == 0 and n > 1 else 0
        if int(digit) > low:
            parts.append(f"{limit[:i]}[{low}-{int(digit) - 1}][0-9]{{{n - i - 1}}}")
    parts.append(limit)
    return "|".join(parts)


class IdConvertor(Convertor[int]):
    regex = _up_to(str(MAX_ID))

    def convert(self, value: str) -> int:
        return int(value)

    def to_string(self, value: int) -> str:
        if not 0 <= value <= MAX_ID:
            raise ValueError("id out of range")
        return str(value)


def register() -> None:
    """Make ``:id`` known to the router (idempotent)."""
    register_url_convertor("id", IdConvertor())


register()  # at import: routes compile their paths when their module is imported, after webapp.app imports this
