"""Text quote and position selectors, and re-anchoring when an article's text changes.

The approach of the web annotators (Hypothesis, Recogito): keep an annotation's
position (start, end) and its quote with some context. When the text changes, try the
position, then the exact quote (nearest the old position, context deciding between
copies), then a fuzzy match of quote and context within a bounded error. An annotation
that cannot be placed with confidence is orphaned, never moved to a wrong passage.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

CONTEXT_CHARS = 32
#: A fuzzy match must keep at least this share of the quote and its context.
MIN_FUZZY_SIMILARITY = 0.85


@dataclass(frozen=True)
class Selector:
    """Where an annotation sits: position plus the quote and its context."""

    start: int
    end: int
    quote: str
    prefix: str
    suffix: str


@dataclass(frozen=True)
class Anchor:
    """The result of re-anchoring: a new position, or None when orphaned."""

    start: int | None
    end: int | None
    method: str  # position | quote | fuzzy | orphaned

    @property
    def found(self) -> bool:
        """Whether the annotation has a place in the new text."""
        return self.start is not None


def describe(text: str, start: int, end: int) -> Selector:
    """The selector of ``text[start:end]``."""
    if not 0 <= start < end <= len(text):
        raise ValueError(f"selection {start}-{end} is outside the article (0-{len(text)})")
    return Selector(start, end, text[start:end], text[max(0, start - CONTEXT_CHARS):start],
                    text[end:end + CONTEXT_CHARS])


def anchor(text: str, selector: Selector) -> Anchor:
    """Find ``selector`` in ``text`` (the article's new text)."""
    quote = selector.quote
    if not quote:
        return Anchor(None, None, "orphaned")
    if text[selector.start:selector.end] == quote and _context_fits(text, selector,
                                                                  selector.start):
        return Anchor(selector.start, selector.end, "position")
    exact = _occurrences(text, quote)
    if exact:
        best = max(exact, key=lambda at: (_context_score(text, selector, at),
                                          -abs(at - selector.start)))
        scores = sorted((_context_score(text, selector, at) for at in exact), reverse=True)
        # Two copies with equally good context: only the old position can decide.
        if len(scores) == 1 or scores[0] > scores[1] or _nearest_is_clear(exact, selector):
            return Anchor(best, best + len(quote), "quote")
        # Equal copies that neither context nor position can tell apart: a guess could
        # put the note on the wrong passage, so the user decides.
        return Anchor(None, None, "orphaned")
    return _fuzzy(text, selector)


def _occurrences(text: str, quote: str) -> list[int]:
    found, at = [], text.find(quote)
    while at != -1:
        found.append(at)
        at = text.find(quote, at + 1)
    return found


def _context_fits(text: str, selector: Selector, at: int) -> bool:
    return _context_score(text, selector, at) >= 0.5 or not (selector.prefix or selector.suffix)


def _context_score(text: str, selector: Selector, at: int) -> float:
    """Share of the stored prefix and suffix found around ``at`` (0 to 1)."""
    end = at + len(selector.quote)
    before = text[max(0, at - len(selector.prefix)):at]
    after = text[end:end + len(selector.suffix)]
    total = len(selector.prefix) + len(selector.suffix)
    if not total:
        return 1.0
    same = _common_suffix(before, selector.prefix) + _common_prefix(after, selector.suffix)
    return same / total


def _nearest_is_clear(exact: list[int], selector: Selector) -> bool:
    distances = sorted(abs(at - selector.start) for at in exact)
    return distances[0] * 4 < distances[1]


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])


def _fuzzy(text: str, selector: Selector) -> Anchor:
    """Best approximate match of context+quote, searched near the old position first."""
    needle = selector.prefix + selector.quote + selector.suffix
    quote_len = len(selector.quote)
    window = max(2000, 4 * len(needle))
    regions = [(max(0, selector.start - window), selector.end + window), (0, len(text))]
    for lo, hi in regions:
        haystack = text[lo:hi]
        matcher = difflib.SequenceMatcher(None, haystack, needle, autojunk=False)
        blocks = [b for b in matcher.get_matching_blocks() if b.size]
        if not blocks:
            continue
        # Map the needle's quote boundaries through the matching blocks.
        start = _map(blocks, len(selector.prefix), lo)
        end = _map(blocks, len(selector.prefix) + quote_len, lo)
        if start is None or end is None or end <= start:
            continue
        candidate = text[start:end]
        similarity = difflib.SequenceMatcher(None, candidate, selector.quote,
                                             autojunk=False).ratio()
        if similarity >= MIN_FUZZY_SIMILARITY and abs(len(candidate) - quote_len) <= \
                max(3, quote_len // 5):
            return Anchor(start, end, "fuzzy")
        if hi - lo >= len(text):
            break
    return Anchor(None, None, "orphaned")


def _map(blocks: list[difflib.Match], needle_at: int, offset: int) -> int | None:
    """The haystack offset that corresponds to ``needle_at`` in the needle."""
    for block in blocks:
        if block.b <= needle_at <= block.b + block.size:
            return offset + block.a + (needle_at - block.b)
    # Between blocks: take the start of the next block.
    following = [b for b in blocks if b.b > needle_at]
    if following:
        return offset + following[0].a
    return None
