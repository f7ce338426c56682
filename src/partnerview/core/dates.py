"""Dates as articles write them, with their precision; a year is never invented.

A date without a year ("On the morning of December 23") is kept in the ISO 8601
truncated form ``--12-23`` so that every reader of it knows the year is unknown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}


@dataclass(frozen=True)
class DateMention:
    """A date found in text: where it is, what it says, and how precisely."""

    start: int
    end: int
    text: str
    iso: str  # 2025-04-27 | 2019-07 | 2019 | --12-23 | --07
    precision: str  # day | month | year

    @property
    def year(self) -> int | None:
        """The year when the text gives one."""
        return None if self.iso.startswith("--") else int(self.iso[:4])


_MONTH = (r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
          r"Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"

_PATTERNS = [
    re.compile(rf"\b{_YEAR}[-/.](?P<mnum>[01]?\d)[-/.](?P<day>[0-3]?\d)\b"),
    re.compile(rf"{_YEAR}\s*年\s*(?P<mnum>[01]?\d)\s*月(?:\s*(?P<day>[0-3]?\d)\s*日)?"),
    # "12月23日" without a year (not after a digit: "2023年12月" is taken above).
    re.compile(r"(?<![\d年])(?P<mnum>[01]?\d)\s*月\s*(?P<day>[0-3]?\d)\s*[日号]"),
    re.compile(rf"\b{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?\b"),
    re.compile(rf"\b{_DAY}\s+{_MONTH}(?:,?\s+{_YEAR})?\b"),
    re.compile(rf"\b{_MONTH},?\s+{_YEAR}\b"),
    # A bare year only after a word that introduces one, so "500 students" or "340" never is.
    # (The look-ahead first: most positions fail it at once, before the seven look-behinds.)
    re.compile(rf"(?=(?:19|20)\d\d\b)(?:(?<=\b[Ii]n )|(?<=\b[Ss]ince )|(?<=\b[Bb]y )|"
               rf"(?<=\bof )|(?<=\buntil )|(?<=\bduring )|(?<=\b[Yy]ear )){_YEAR}\b"),
]


def find_dates(text: str) -> list[DateMention]:
    """Every date mention in ``text``, in order, without overlaps."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < e and s < end for s, e in taken):
                continue
            mention = _mention(match)
            if mention:
                found.append(mention)
                taken.append((start, end))
    return sorted(found, key=lambda m: m.start)


def _mention(match: re.Match[str]) -> DateMention | None:
    parts = match.groupdict()
    year = parts.get("year")
    if parts.get("mnum"):
        month = int(parts["mnum"])
    elif parts.get("month"):
        month = MONTHS[parts["month"].lower().rstrip(".")]
    else:
        month = None
    day = int(parts["day"]) if parts.get("day") else None
    if month is not None and not 1 <= month <= 12 or day is not None and not 1 <= day <= 31:
        return None
    if month is None:
        iso, precision = year, "year"
    elif day is None:
        iso, precision = f"{year or '-'}-{month:02d}", "month"
    else:
        iso, precision = f"{year or '-'}-{month:02d}-{day:02d}", "day"
    return DateMention(match.start(), match.end(), match.group(0), iso, precision)


def describe(iso: str | None, precision: str | None) -> str:
    """A date for people: "23 December 2024", "December (year unknown)", "2019"."""
    if not iso:
        return "no date"
    names = [name.capitalize() for name, number in MONTHS.items() if len(name) > 3 or
             name == "may"]
    month_names = {MONTHS[n.lower()]: n for n in names}
    if iso.startswith("--"):
        pieces = iso[2:].split("-")
        month = month_names[int(pieces[0])]
        text = f"{int(pieces[1])} {month}" if len(pieces) > 1 else month
        return f"{text} (year unknown)"
    pieces = iso.split("-")
    if len(pieces) == 1:
        return pieces[0]
    month = month_names[int(pieces[1])]
    if len(pieces) == 2:
        return f"{month} {pieces[0]}"
    return f"{int(pieces[2])} {month} {pieces[0]}"


def sort_key(iso: str | None) -> str:
    """A string that sorts dates in time order; year-unknown and undated sort first."""
    if not iso:
        return ""
    return iso.replace("--", "0000-", 1) if iso.startswith("--") else iso
