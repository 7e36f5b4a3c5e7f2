"""Standard codes as the matcher needs them: one canonical spelling, split into number and year.

The grammar lives in the floor module ``shelfwatch.standard_codes``, shared with the extractors, so claims and
registry rows are spelled by one set of rules and matching imports nothing from ``extractors``.
"""

from __future__ import annotations

from shelfwatch.standard_codes import CodeParts, normalize_code, parse_code

__all__ = ["CodeParts", "normalize_code", "parse_code"]
