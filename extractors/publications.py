"""A listing of a book (or another publication) names standards as its subject, not as claims of the item.

A book on the fire code (《建筑设计防火规范》GB 50016-2014 图示) cites GB 50016 as what it is about; books are
not made to product standards a regulator checks on a listing. A publication is told by its ISBN: the 13-digit
number with prefix 978 or 979 (ISO 2108), or the older 10-digit form, under an ISBN / 书号 label in its facts.
"""

from __future__ import annotations

import re

_ISBN_KEY = re.compile(r"ISBN|书号|国际标准书号", re.I)
_ISBN = re.compile(r"(?<!\d)(?:97[89][-\s]?(?:\d[-\s]?){9}\d|(?:\d[-\s]?){9}[\dXx])(?![\dXx])")


def isbn_check(digits: str) -> bool:
    """Whether ``digits`` (13 or 10 characters, no separators) is a valid ISBN by its check digit."""
    if len(digits) == 13 and digits.isdigit():
        return sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(digits)) % 10 == 0
    if len(digits) == 10 and digits[:9].isdigit() and (digits[9].isdigit() or digits[9] in "Xx"):
        total = sum(int(d) * (10 - i) for i, d in enumerate(digits[:9]))
        total += 10 if digits[9] in "Xx" else int(digits[9])
        return total % 11 == 0
    return False


def is_publication(params: dict[str, str]) -> bool:
    """Whether the item's facts give it a valid ISBN under an ISBN / 书号 label: the item is a publication."""
    for key, value in params.items():
        if _ISBN_KEY.search(key):
            for m in _ISBN.finditer(value):
                if isbn_check(re.sub(r"[-\s]", "", m[0])):
                    return True
    return False
