"""How the index splits text into words: Latin words are stemmed as before; runs of Chinese
characters (Han, in Japanese text too), which have no spaces, are split into words by rjieba.

Text and queries are split alike, into the shortest dictionary words that tile each word
rjieba finds ("武汉理工大学" is 武汉 理工 大学, "人工智能" is 人工 智能): so part of a long
name finds it ("武汉理工", "理工"), a word that only straddles two ("华大" in 清华大学) does
not, and a phrase needs its words in order, next to each other. A query word that splits in
several is searched as a phrase.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import rjieba
from whoosh.analysis import (
    CompositeAnalyzer,
    LowercaseFilter,
    StemFilter,
    StopFilter,
    Token,
    Tokenizer,
)
from whoosh.formats import Positions

from partnerview.core.entities import HAN_CHARS

# Han runs go to rjieba; kana and hangul, which it does not know, are words between
# spaces and punctuation like Latin ones (Korean puts spaces between its words).
_TOKENS = re.compile(rf"(?P<cjk>[{HAN_CHARS}]+)|[^\W{HAN_CHARS}_]+(?:\.?[^\W{HAN_CHARS}_]+)*")


class MixedTokenizer(Tokenizer):
    """Words of Latin and CJK text, numbered in order (see the module's docstring)."""

    def __call__(self, value: str, positions: bool = False, chars: bool = False,
                 keeporiginal: bool = False, removestops: bool = True, start_pos: int = 0,
                 start_char: int = 0, tokenize: bool = True, mode: str = "",
                 **kwargs: Any) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        token.boost, token.stopped = 1.0, False
        if not tokenize:
            token.original = token.text = value
            token.pos, token.startchar, token.endchar = start_pos, start_char, \
                start_char + len(value)
            yield token
            return
        pos = start_pos
        for match in _TOKENS.finditer(value):
            offset = start_char + match.start()
            words = _cjk_words(match.group()) if match.group("cjk") \
                else [(match.group(), 0, len(match.group()))]
            for text, start, end in words:
                token.text = text
                token.stopped = False
                if keeporiginal:
                    token.original = text
                if positions:
                    token.pos = pos
                if chars:
                    token.startchar, token.endchar = offset + start, offset + end
                yield token
                pos += 1


def _cjk_words(run: str) -> list[tuple[str, int, int]]:
    """(word, start, end) of a run of CJK characters: each word rjieba finds, tiled from the
    left by the shortest dictionary words inside it (the rest of it whole where none fits)."""
    parts: dict[int, list[int]] = {}
    for _, start, end in rjieba.tokenize(run, mode="search"):
        parts.setdefault(start, []).append(end)
    out = []
    for _word, start, end in rjieba.tokenize(run):
        at = start
        while at < end:
            fits = [e for e in parts.get(at, ()) if e <= end and (at, e) != (start, end)]
            stop = min(fits) if fits else end
            out.append((run[at:stop], at, stop))
            at = stop
    return out


def MixedAnalyzer() -> CompositeAnalyzer:  # noqa: N802 (named like Whoosh's analyzers)
    """Whoosh's StemmingAnalyzer with CJK words: lowercase, no stop words, stemmed."""
    return MixedTokenizer() | LowercaseFilter() | StopFilter() | StemFilter(cachesize=50000)


#: Stemmed words a ``MixedPositions`` remembers (Whoosh's own stem cache keeps 50,000, in a
#: slower structure).
STEMS_KEPT = 200_000


class MixedPositions(Positions):
    """Whoosh's positions format, which reads the ``MixedAnalyzer``'s words in one loop
    instead of passing a token through four generators for each word: the same postings
    (words, counts, weights, positions) in about half of the time, the larger part of what
    an import spends writing the index."""

    def __init__(self, field_boost: float = 1.0, **options: Any) -> None:
        super().__init__(field_boost, **options)
        self._stems: dict[str, str] = {}

    def __getstate__(self) -> dict[str, Any]:
        return {**self.__dict__, "_stems": {}}  # the index's schema is pickled with it

    def word_values(self, value: Any, analyzer: Any, **kwargs: Any) -> Iterator[
            tuple[str, int, float, bytes]]:
        parts = getattr(analyzer, "items", ())
        if not isinstance(value, str) or [type(p) for p in parts] != [
                MixedTokenizer, LowercaseFilter, StopFilter, StemFilter]:
            yield from super().word_values(value, analyzer, **kwargs)
            return
        _, _, stop, stemmer = parts
        stops, shortest, stems = stop.stops, stop.min, self._stems
        if len(stems) > STEMS_KEPT:
            stems.clear()
        positions: dict[str, list[int]] = {}
        pos = None  # as StopFilter renumbers: the first word kept keeps its place
        for at, word in enumerate(_words(value)):
            word = word.lower()
            if len(word) < shortest or word in stops:
                continue
            pos = at if pos is None else pos + 1
            stemmed = stems.get(word)
            if stemmed is None:
                stemmed = stems[word] = stemmer.stemfn(word)
            positions.setdefault(stemmed, []).append(pos)
        boost = self.field_boost
        for word, found in positions.items():
            yield word, len(found), len(found) * boost, self.encode(found)


def _words(value: str) -> Iterator[str]:
    """The words ``MixedTokenizer`` finds, in order."""
    for match in _TOKENS.finditer(value):
        if match.group("cjk"):
            yield from (word for word, _, _ in _cjk_words(match.group()))
        else:
            yield match.group()
