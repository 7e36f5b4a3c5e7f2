"""Certificate and licence numbers for the demo: valid ones, and deliberately broken ones.

Layouts follow shared/domain.md §3. Check characters are computed with python-stdnum's own algorithms
(the same ones a verifier would use), so a "valid" number here really passes and a corrupted one really fails.
"""

from __future__ import annotations

import random

from stdnum.cn import uscc as _uscc
from stdnum.iso7064 import mod_11_10

# GB 11714 organisation code alphabet and weights (the 9 characters inside a USCC end with this check).
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
_ORG_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # USCC alphabet: no I, O, S, V, Z


def _org_value(ch: str) -> int:
    return int(ch) if ch.isdigit() else ord(ch) - ord("A") + 10


def _org_code(rng: random.Random) -> str:
    """A 9-character organisation code: 8 characters and the GB 11714 check character."""
    if rng.random() < 0.6:
        # Codes issued since 2015 start with MA.
        body = "MA" + "".join(rng.choice(_ORG_CHARS) for _ in range(6))
    else:
        body = "".join(rng.choice("0123456789") for _ in range(8))
    rem = 11 - sum(_org_value(c) * w for c, w in zip(body, _ORG_WEIGHTS)) % 11
    check = {10: "X", 11: "0"}.get(rem, str(rem))
    return body + check


def make_uscc(region_code: str, rng: random.Random) -> str:
    """A valid 18-character unified social credit code of a company registered in ``region_code``."""
    first17 = "91" + region_code + _org_code(rng)
    return first17 + _uscc.calc_check_digit(first17)


def corrupt_uscc(code: str, rng: random.Random) -> str:
    """The same code with a wrong check character."""
    good = code[-1]
    return code[:-1] + rng.choice([c for c in _ORG_CHARS if c != good])


def make_sc(food_category: str, region_code: str, rng: random.Random) -> str:
    """A valid food production licence ``SC`` + 14 digits (ISO 7064 MOD 11,10 check digit)."""
    body = food_category + region_code + f"{rng.randrange(1, 3000):04d}"
    return "SC" + body + mod_11_10.calc_check_digit(body)


def corrupt_sc(number: str, rng: random.Random) -> str:
    """The same SC number with a wrong check digit."""
    good = number[-1]
    return number[:-1] + rng.choice([d for d in "0123456789" if d != good])


def make_ccc(year: int, product_code: str, rng: random.Random) -> str:
    """A well-formed 16-digit CCC certificate number (year + CQC body 01 + product category + sequence)."""
    return f"{year:04d}01{product_code}{rng.randrange(1, 999999):06d}"


def broken_ccc(product_code: str, rng: random.Random, as_of_year: int) -> str:
    """A CCC number that cannot be real: a year before CCC existed or in the future, or 15 digits."""
    kind = rng.choice(("old", "future", "short"))
    if kind == "old":
        return make_ccc(rng.choice((1987, 1996, 1999)), product_code, rng)
    if kind == "future":
        return make_ccc(as_of_year + rng.choice((5, 12, 15)), product_code, rng)
    return make_ccc(rng.randrange(2018, as_of_year + 1), product_code, rng)[:15]


# Province short forms used in cosmetics filing numbers.
_COSMETICS_PROVINCE = {"广东": "粤", "上海": "沪", "浙江": "浙", "江苏": "苏", "福建": "闽"}


def make_cosmetics(province_short: str, special: bool, year: int, rng: random.Random) -> str:
    """A cosmetics registration (国妆特字G…) or ordinary filing (粤G妆网备字…) number."""
    if special:
        return f"国妆特字G{year}{rng.randrange(1, 9999):04d}"
    abbr = _COSMETICS_PROVINCE.get(province_short, "粤")
    return f"{abbr}G妆网备字{year}{rng.randrange(1, 999999):06d}"


def make_phone(rng: random.Random) -> str:
    """A service hotline (400-xxx-xxxx): a number that is no licence."""
    return f"400-{rng.randrange(600, 999)}-{rng.randrange(1000, 9999)}"


def make_order16(rng: random.Random, year: int) -> str:
    """A 16-digit order number starting with a year: looks like a CCC number, is not one."""
    return f"{year}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}{rng.randrange(10**7, 10**8)}"


def make_activity(rng: random.Random, year: int) -> str:
    """A promotion id such as 20251111A03."""
    return f"{year}{rng.choice(('0618', '1111', '1212'))}A{rng.randrange(1, 99):02d}"
