"""The one exception routes raise for bad input; the app's handler turns it into the Chinese error page."""

from __future__ import annotations

from starlette.exceptions import HTTPException


class BadRequest(HTTPException):
    """Refused input, with a message meant for the person who sent it (Chinese first, then English)."""

    def __init__(self, status_code: int, message: str) -> None:
        super().__init__(status_code=status_code, detail=message)


def not_found(what: str) -> HTTPException:
    return HTTPException(status_code=404, detail=f"{what}不存在。 No such {_EN.get(what, 'record')}.")


_EN = {"商品": "listing", "问题": "finding", "平台": "platform", "页面证据": "page evidence", "通知": "notice",
       "通知条目": "notice item", "截图": "screenshot"}
