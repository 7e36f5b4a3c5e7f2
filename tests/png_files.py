"""Real PNG files for evidence tests, written by hand (no imaging library is installed): signature, IHDR, one
zlib-compressed IDAT of 8-bit RGB rows, IEND, each chunk with its CRC, as the PNG specification (RFC 2083) lays out.
Any decoder opens them; a test that stores one as a screenshot stores what Chromium would, only smaller."""

from __future__ import annotations

import struct
import zlib

SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png(width: int, height: int, rgb: tuple[int, int, int] = (200, 30, 30)) -> bytes:
    """A ``width`` x ``height`` PNG of one colour with a darker diagonal (so two sizes never share bytes)."""
    rows = bytearray()
    for y in range(height):
        rows.append(0)  # filter type "None" for this scanline
        for x in range(width):
            rows.extend((0, 0, 0) if x == y else rgb)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit truecolour, no interlace
    return SIGNATURE + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(bytes(rows))) + _chunk(b"IEND", b"")


def size_of(data: bytes) -> tuple[int, int]:
    """(width, height) from a PNG's IHDR; fails on anything that is not a PNG."""
    assert data[:8] == SIGNATURE and data[12:16] == b"IHDR", data[:16]
    width, height = struct.unpack(">II", data[16:24])
    return int(width), int(height)
