"""Bytes to text the way browsers decide (WHATWG encoding sniffing), but without their blind spots.

Order: byte-order mark; a trustworthy charset in the Content-Type header; the page's own ``<meta charset>`` /
``http-equiv`` declaration; detection over the bytes. Two things browsers and frameworks get wrong for Chinese
shops are handled on purpose:

- A header charset from the ISO-8859-1 / windows-1252 / ASCII family is not trusted: misconfigured servers send it
  by default, and every byte string "decodes" under it, so trusting it turns GBK into mojibake. It is used only
  when nothing else decides. (Scrapy's ``response.encoding`` falls back to cp1252 the same way: callers pass the
  body and the header, never that guess.)
- A declared charset is trusted only when the bytes decode under it without error; a page that says UTF-8 but is
  GBK (a common copy-paste of templates) goes to detection.

GBK and GB2312 are read as GB18030, their superset, because shops use characters only GB18030 names.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

import charset_normalizer

_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030", "cp936": "gb18030",
            "big5-hkscs": "big5hkscs", "x-big5": "big5"}
_UNTRUSTED = frozenset({"latin_1", "iso8859-1", "cp1252", "ascii"})  # codecs.lookup() names
_META = re.compile(rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]{1,40})""", re.I)
_HEADER = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]{1,40})""", re.I)
_PRESCAN = 4096  # browsers look at the first 1024 bytes; shops put long <head>s before the <meta>
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_DETECT_LIMIT = 200_000  # bytes handed to the statistical detector: enough to decide, bounded in time


class Source(StrEnum):
    """What decided a page's encoding."""

    TEXT = "text"
    """The caller passed text, not bytes."""
    BOM = "bom"
    OVERRIDE = "override"
    """The caller named the encoding (``shelfwatch extract --encoding``)."""
    HEADER = "header"
    META = "meta"
    DETECTED = "detected"
    FALLBACK = "fallback"
    """Nothing decided; UTF-8 (or the untrusted header's charset) with replacement characters."""


@dataclass(frozen=True, kw_only=True)
class Decoded:
    """A page's text and how its encoding was decided."""

    text: str
    encoding: str
    """Python codec name used."""
    source: Source
    utf8: bytes | None = None
    """The body itself when it is valid UTF-8 (no BOM): the parser reads these bytes faster than the text."""


@lru_cache(maxsize=256)
def codec_name(label: str | None) -> str | None:
    """Python codec for an encoding label from a header or a page, None when unknown."""
    if not label:
        return None
    name = _ALIASES.get(label.strip().lower(), label.strip().lower())
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


@lru_cache(maxsize=256)  # a crawl sees a handful of distinct Content-Type values
def header_charset(content_type: str | None) -> str | None:
    """The charset label of a Content-Type header value (``text/html; charset=GBK`` -> ``GBK``)."""
    m = _HEADER.search(content_type or "")
    return m[1] if m else None


def _strict(body: bytes, codec: str) -> str | None:
    try:
        return body.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _gb2312_share(text: str) -> float:
    """Share of the CJK characters in ``text`` that GB2312 (the common simplified set) has."""
    cjk = [ch for ch in text[:20_000] if "\u4e00" <= ch <= "\u9fff"]
    if not cjk:
        return 1.0
    common = 0
    for ch in cjk:
        try:
            ch.encode("gb2312")
            common += 1
        except UnicodeEncodeError:
            pass
    return common / len(cjk)


def _detect(body: bytes) -> tuple[str, str] | None:
    text = _strict(body, "utf-8")
    if text is not None:
        return text, "utf-8"
    gb = _strict(body, "gb18030")
    # Big5 bytes also decode as GB18030, into rare characters: simplified GBK text is almost all GB2312.
    if gb is not None and _gb2312_share(gb) >= 0.9:
        return gb, "gb18030"
    big5 = _strict(body, "big5")
    if big5 is not None:
        return big5, "big5"
    best = charset_normalizer.from_bytes(body[:_DETECT_LIMIT]).best()
    if best is not None and best.encoding:
        codec = codec_name(best.encoding) or "utf-8"
        return body.decode(codec, errors="replace"), codec
    if gb is not None:
        return gb, "gb18030"
    return None


def decide(body: bytes | str, content_type: str | None = None, *, override: str | None = None) -> Decoded:
    """Decode a page: BOM, ``override``, trustworthy header charset, ``<meta>``, detection."""
    if isinstance(body, str):
        return Decoded(text=body, encoding="", source=Source.TEXT)
    for bom, codec in _BOMS:
        if body.startswith(bom):
            return Decoded(text=body[len(bom) :].decode(codec, errors="replace"), encoding=codec, source=Source.BOM)
    forced = codec_name(override)
    if forced:
        return Decoded(text=body.decode(forced, errors="replace"), encoding=forced, source=Source.OVERRIDE)
    header = codec_name(header_charset(content_type))
    if header and header not in _UNTRUSTED and (text := _strict(body, header)) is not None:
        return Decoded(text=text, encoding=header, source=Source.HEADER, utf8=body if header == "utf-8" else None)
    declared = _META.search(body[:_PRESCAN])
    meta = codec_name(declared[1].decode("ascii")) if declared else None
    if meta and meta not in {"utf-16-le", "utf-16-be", "utf-16"} and (text := _strict(body, meta)) is not None:
        # A <meta> saying latin-1 over bytes that are valid UTF-8 is a template default, not a choice.
        if not (meta in _UNTRUSTED and _strict(body, "utf-8") is not None):
            return Decoded(text=text, encoding=meta, source=Source.META, utf8=body if meta == "utf-8" else None)
    if body.isascii():
        return Decoded(text=body.decode("ascii"), encoding="ascii", source=Source.DETECTED, utf8=body)
    detected = _detect(body)
    if detected is not None:
        utf8 = body if detected[1] == "utf-8" else None
        return Decoded(text=detected[0], encoding=detected[1], source=Source.DETECTED, utf8=utf8)
    codec = header or meta or "utf-8"
    return Decoded(text=body.decode(codec, errors="replace"), encoding=codec, source=Source.FALLBACK)
