"""Ids in paths: exactly 0..2**31 - 1 match (PostgreSQL's integer), so a larger one is a 404, never a 500."""

from __future__ import annotations

import random
import re

import pytest

from webapp.ids import MAX_ID, IdConvertor, _up_to

ID = re.compile(f"^(?:{IdConvertor.regex})$")


@pytest.mark.parametrize(
    ("text", "matches"),
    [("0", True), ("7", True), ("999999999", True), ("1000000000", True), ("2147483647", True),
     ("2147483648", False), ("2147483650", False), ("9999999999", False), (str(2**63), False),
     ("01", False), ("-1", False), ("1e3", False), ("", False), ("abc", False)],
)
def test_the_id_pattern(text: str, matches: bool) -> None:
    assert bool(ID.match(text)) is matches


def test_the_id_pattern_agrees_with_the_bound_on_random_numbers() -> None:
    rng = random.Random(20261201)
    for n in [rng.randint(0, 2**34) for _ in range(20_000)] + [MAX_ID - 1, MAX_ID, MAX_ID + 1]:
        assert bool(ID.match(str(n))) is (n <= MAX_ID), n


@pytest.mark.parametrize("limit", [5, 9, 10, 100, 1999, 2000, 3050])
def test_up_to_is_exact_for_small_limits(limit: int) -> None:
    pattern = re.compile(f"^(?:{_up_to(str(limit))})$")
    assert [i for i in range(limit * 3 + 20) if pattern.match(str(i))] == list(range(limit + 1))
