"""Reading posted forms (urlencoded; python-multipart is not a dependency) with a size limit."""

from __future__ import annotations

from urllib.parse import parse_qs

from starlette.requests import Request

from webapp.errors import BadRequest

MAX_FORM_BYTES = 16 * 1024  # a bulk decision with a few hundred ids; anything larger is not one of our forms


async def read_form(request: Request) -> dict[str, list[str]]:
    """Every value of every field of an urlencoded form."""
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_FORM_BYTES:
            raise BadRequest(413, "表单过大。 Form too large.")
    if not body:  # an empty post is an empty form: the caller then says which field is missing
        return {}
    if request.headers.get("content-type", "").split(";")[0].strip() != "application/x-www-form-urlencoded":
        raise BadRequest(400, "请以表单提交。 Expected an application/x-www-form-urlencoded form.")
    return parse_qs(body.decode("utf-8", errors="replace"), keep_blank_values=True)


def first(form: dict[str, list[str]], name: str) -> str:
    """The first value of a field, or ""."""
    values = form.get(name)
    return values[0] if values else ""
