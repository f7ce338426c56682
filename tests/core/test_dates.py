from __future__ import annotations

import pytest

from partnerview.core.dates import describe, find_dates, sort_key


@pytest.mark.parametrize("text,iso,precision", [
    ("On April 25, 2025, Huawei", "2025-04-25", "day"),
    ("Release time:2025-04-27", "2025-04-27", "day"),
    ("On the morning of December 23, the", "--12-23", "day"),
    ("3 July, ECNU signed", "--07-03", "day"),
    ("In July 2019, ECNU", "2019-07", "month"),
    ("founded in 2008 by", "2008", "year"),
    ("于2024年3月5日签署", "2024-03-05", "day"),
    ("6月30日，华为公司副总裁", "--06-30", "day"),
    ("于12月23号上午", "--12-23", "day"),
    ("on Sept. 9th 2022 the", "2022-09-09", "day"),
])
def test_dates_with_precision(text: str, iso: str, precision: str) -> None:
    [found] = find_dates(text)
    assert (found.iso, found.precision) == (iso, precision)


def test_numbers_are_not_years() -> None:
    assert find_dates("over 500 guests and 2025 students") == []


def test_describe_says_when_the_year_is_unknown() -> None:
    assert describe("--12-23", "day") == "23 December (year unknown)"
    assert describe("2019-07", "month") == "July 2019"
    assert describe(None, None) == "no date"


def test_year_unknown_sorts_before_known_dates() -> None:
    assert sort_key("--12-23") < sort_key("2001-01-01")
