"""Write standard codes the way shops do: spacing, dashes, full width, class suffixes, several per field.

Rates are rough impressions from real listings (shared/domain.md §1); they only need to make the
extractor's job realistic, not to be statistics.
"""

from __future__ import annotations

import random

from demo.reference import split_code

# (style, weight): how one code is typed.
_STYLES: tuple[tuple[str, int], ...] = (
    ("plain", 55), ("nospace", 15), ("emdash", 12), ("fullwidth", 8), ("fullhyphen", 5),
)
# Separators between several codes in one field.
SEPARATORS: tuple[str, ...] = ("、", "，", "/", " ", "；")


def _fullwidth(text: str) -> str:
    """ASCII letters, digits and slash to their full-width forms (NFKC maps them back)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def pick_style(rng: random.Random) -> str:
    """A typing style, weighted."""
    styles, weights = zip(*_STYLES)
    return rng.choices(styles, weights)[0]


def render_code(code: str, style: str, suffix: str = "") -> str:
    """``GB/T 14272-2021`` typed in ``style``, then an optional class/grade suffix (`` B类``)."""
    base, year = split_code(code)
    prefix, _, number = base.rpartition(" ")
    if style == "nospace":
        text = prefix + number + (f"-{year}" if year else "")
    elif style == "emdash":
        text = f"{prefix} {number}" + (f"—{year}" if year else "")
    elif style == "fullwidth":
        text = _fullwidth(f"{prefix}{number}") + (f"—{_fullwidth(year)}" if year else "")
    elif style == "fullhyphen":
        text = f"{prefix} {number}" + (f"－{year}" if year else "")
    else:
        text = f"{prefix} {number}" + (f"-{year}" if year else "")
    return text + suffix


def render_field(codes: list[str], rng: random.Random, suffixes: dict[str, tuple[str, ...]]) -> str:
    """Several codes in one parameter value, each typed its own way, joined by one separator."""
    sep = rng.choice(SEPARATORS)
    if sep.strip() == "/" and any(c.startswith(("Q/", "T/")) for c in codes):
        # "…/Q/ZPPY 0028S-2022/…" cannot be read back even by a person: shops listing an enterprise or group
        # standard separate with a comma or a space instead.
        sep = rng.choice([s for s in SEPARATORS if s.strip() != "/"])
    parts = []
    for code in codes:
        base = split_code(code)[0]
        # Suffixes belong to a standard number whatever version the shop claims (GB 18401-2003 B类 too).
        options = next((v for k, v in suffixes.items() if split_code(k)[0] == base), ())
        suffix = rng.choice(options) if options and rng.random() < 0.35 else ""
        parts.append(render_code(code, pick_style(rng), suffix))
    return sep.join(parts)
