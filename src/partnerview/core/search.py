"""What a search passes around: the request, its hits and result; the words to mark."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from partnerview.core.entities import has_cjk

SNIPPET_CHARS = 220


@dataclass(frozen=True)
class SearchQuery:
    """What the user asked for: words, facet filters and an order, passed around whole."""

    text: str = ""
    filters: tuple[tuple[str, tuple[str, ...]], ...] = ()
    sort: str = "relevance"
    limit: int = 50
    offset: int = 0
    exclude: tuple[tuple[str, tuple[str, ...]], ...] = ()  # facet values to leave out
    among: tuple[str, ...] | None = None  # only these articles (by id), when given

    @classmethod
    def make(cls, text: str = "", filters: dict[str, Iterable[str]] | None = None,
             **kwargs: Any) -> SearchQuery:
        """Build a query from a plain dict of filters (empty selections are dropped)."""
        chosen = tuple(sorted((facet, tuple(dict.fromkeys(values)))
                              for facet, values in (filters or {}).items() if values))
        return cls(text=text, filters=chosen, **kwargs)

    @property
    def filter_dict(self) -> dict[str, tuple[str, ...]]:
        """The filters as a dict of facet to chosen values."""
        return dict(self.filters)

    def with_filter(self, facet: str, value: str) -> SearchQuery:
        """This query with ``value`` chosen in ``facet`` too (a first page)."""
        chosen = self.filter_dict
        return self._with_filters({**chosen, facet: (*chosen.get(facet, ()), value)})

    def without_filter(self, facet: str, value: str) -> SearchQuery:
        """This query without ``value`` in ``facet``."""
        return self._with_filters({name: tuple(v for v in values if v != value or
                                               name != facet)
                                   for name, values in self.filters})

    def with_values(self, facet: str, values: Iterable[str]) -> SearchQuery:
        """This query with exactly ``values`` chosen in ``facet`` (none: the facet is free)."""
        return self._with_filters({**self.filter_dict, facet: tuple(values)})

    def without_filters(self) -> SearchQuery:
        """This query with no facet chosen."""
        return self._with_filters({})

    def _with_filters(self, filters: dict[str, Iterable[str]]) -> SearchQuery:
        return SearchQuery.make(self.text, filters, sort=self.sort, limit=self.limit,
                                exclude=self.exclude)


@dataclass
class Hit:
    """One article in a result list, with what the list shows of it."""

    id: str
    title: str
    date: str | None
    date_precision: str | None
    score: float
    snippet: str
    partners: list[str] = field(default_factory=list)
    fields: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    kind: str = ""
    source: str = ""  # where the article came from: a site or the file's name
    added: str = ""  # when it came into the library (ISO 8601)
    copies: list[str] = field(default_factory=list)  # other copies of the same story


@dataclass
class SearchResult:
    """A page of hits with the total, the facet counts and hints for the user."""

    query: SearchQuery
    total: int
    hits: list[Hit]
    facets: dict[str, dict[str, int]]
    suggestion: str | None = None
    message: str | None = None  # what in the query was not understood, in the user's words
    seconds: float = 0.0


def query_words(text: str) -> list[str]:
    """The plain words and phrases of a query, to mark them in snippets and the reader."""
    found = []
    text = re.sub(r'\b\w+:(?:"[^"]*"?|\S+)', " ", text)  # a field's value marks no word
    for phrase, word in re.findall(r'(?<![:\w])"([^"]+)"|(?<![:\w])([^\s:"()]+)(?=\s|$)',
                                   text):
        term = re.sub(r"~\d*$", "", (phrase or word).strip("*?^"))
        if term and term.upper() not in ("AND", "OR", "NOT", "TO") and len(term) > 1:
            found.append(term)
    return found


def hit_pattern(words: list[str]) -> re.Pattern[str] | None:
    """A regular expression for the words and their longer forms (cloud: clouds); Chinese
    words anywhere, as Chinese is written without spaces."""
    if not words:
        return None
    ordered = sorted(set(words), key=len, reverse=True)
    latin = "|".join(re.escape(w) for w in ordered if not has_cjk(w))
    cjk = "|".join(re.escape(w) for w in ordered if has_cjk(w))
    alternatives = [rf"\b(?:{latin})\w*"] if latin else []
    alternatives += [f"(?:{cjk})"] if cjk else []
    return re.compile("|".join(alternatives), re.IGNORECASE)


def snippet(body: str, marker: re.Pattern[str] | None) -> str:
    """About SNIPPET_CHARS of ``body`` around the first hit, hits in <b class="match">."""
    first = marker.search(body) if marker else None
    if first is None:
        head = body[:SNIPPET_CHARS]
        return html.escape(head.rsplit(" ", 1)[0] + " …" if len(body) > SNIPPET_CHARS
                           else head)
    start = max(0, first.start() - 70)
    if start and 0 <= body.find(" ", start, first.start()):  # Chinese has no spaces
        start = body.find(" ", start, first.start()) + 1
    end = min(len(body), start + SNIPPET_CHARS)
    if end < len(body):
        end = body.rfind(" ", start, end) if body.rfind(" ", start, end) > first.end() else end
    window = body[start:end]
    out, last = [], 0
    for match in marker.finditer(window):
        out.append(html.escape(window[last:match.start()]))
        out.append(f'<b class="match">{html.escape(match.group())}</b>')
        last = match.end()
    out.append(html.escape(window[last:]))
    return ("… " if start else "") + "".join(out) + (" …" if end < len(body) else "")
