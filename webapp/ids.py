"""Record ids in paths: 1 to 18 digits, so an id too large for SQLite's 64-bit integers is a 404, never a 500.

Routes write ``{listing_id:id}``; a path whose id does not fit matches no route, which is Starlette's own 404.
"""

from __future__ import annotations

from starlette.convertors import Convertor, register_url_convertor


class IdConvertor(Convertor[int]):
    regex = "[1-9][0-9]{0,17}|0"

    def convert(self, value: str) -> int:
        return int(value)

    def to_string(self, value: int) -> str:
        if not 0 <= value < 10**18:
            raise ValueError("id out of range")
        return str(value)


def register() -> None:
    """Make ``:id`` known to the router (idempotent)."""
    register_url_convertor("id", IdConvertor())


register()  # at import: routes compile their paths when their module is imported, after webapp.app imports this
