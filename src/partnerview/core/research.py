"""The user's standing questions and hand-picked sets: saved searches (with what is new in
each since it was last opened), collections of articles, and batch searches of many terms.

Both are kept in the library's database; a collection is also a facet of the index
(``collection:NAME``), so its articles are re-indexed when it changes.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from typing import Any

from partnerview.core.search import Hit, SearchQuery, SearchResult
from partnerview.core.store import Store, StoreError, now

#: Runs a search (``Library.run_search``).
Search = Callable[[SearchQuery], SearchResult]
#: ``changing(article_ids)``: one write whose articles are re-indexed after it.
Changing = Callable[[list[str]], AbstractContextManager[Any]]


@dataclass(frozen=True)
class SavedSearch:
    """A search kept under a name: its words, filters and order."""

    name: str
    query: SearchQuery
    created: str = ""
    opened: str = ""  # when the user last opened it
    seen: int = 0  # the last article the library had then: those after it are "new"


@dataclass(frozen=True)
class SavedCount:
    """How many articles a saved search finds now, and how many came in since it was
    last opened."""

    total: int
    new: int


def _clean_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValueError("a name cannot be empty")
    return cleaned


def query_to_json(query: SearchQuery) -> str:
    """The part of a query a saved search keeps (not the page), as JSON."""
    return json.dumps({"text": query.text, "filters": {k: list(v) for k, v in query.filters},
                       "sort": query.sort}, ensure_ascii=False)


def query_from_json(text: str) -> SearchQuery:
    """A query saved by :func:`query_to_json` (a damaged one is the empty search)."""
    try:
        data = json.loads(text)
        filters = {str(k): [str(v) for v in values]
                   for k, values in dict(data.get("filters", {})).items()}
        return SearchQuery.make(str(data.get("text", "")), filters,
                                sort=str(data.get("sort", "relevance")))
    except (ValueError, TypeError, AttributeError):
        return SearchQuery()


class SavedSearches:
    """The library's saved searches."""

    def __init__(self, store: Store, search: Search) -> None:
        self._store = store
        self._search = search

    def __iter__(self) -> Iterator[SavedSearch]:
        for name, query, created, opened, seen in self._store.saved_searches():
            yield SavedSearch(name, query_from_json(query), created, opened, seen)

    def get(self, name: str) -> SavedSearch:
        """The saved search of that name (any case).

        Raises:
            KeyError: there is none.
        """
        for saved in self:
            if saved.name.casefold() == name.strip().casefold():
                return saved
        raise KeyError(f"no saved search named {name!r}")

    def save(self, name: str, query: SearchQuery) -> SavedSearch:
        """Keep ``query`` under ``name``, replacing a search of that name (which keeps its
        creation time); what the library holds now counts as seen."""
        name = _clean_name(name)
        try:
            existing = self.get(name)
            name, created = existing.name, existing.created  # its spelling is kept
        except KeyError:
            created = now()
        saved = SavedSearch(name, SearchQuery.make(query.text, query.filter_dict,
                                                   sort=query.sort), created, now(),
                            self._store.last_article())
        self.restore(saved)
        return saved

    def restore(self, saved: SavedSearch) -> None:
        """Put back a saved search exactly as it was (undo)."""
        with self._store.transaction() as db:
            self._put(db, saved)

    def _put(self, db: Any, saved: SavedSearch) -> None:
        self._store.put_saved_search(db, saved.name, query_to_json(saved.query),
                                     saved.created or now(), saved.opened or now(), saved.seen)

    def rename(self, old: str, new: str) -> SavedSearch:
        """Give a saved search another name."""
        saved = self.get(old)
        new = _clean_name(new)
        taken = [s.name for s in self if s.name.casefold() == new.casefold()]
        if taken and taken[0] != saved.name:
            raise StoreError(f"There is a saved search named “{taken[0]}” already.")
        renamed = replace(saved, name=new)
        with self._store.transaction() as db:
            self._store.delete_saved_search(db, saved.name)
            self._put(db, renamed)
        return renamed

    def delete(self, name: str) -> SavedSearch:
        """Forget a saved search; returns it, so that it can be restored."""
        saved = self.get(name)
        with self._store.transaction() as db:
            self._store.delete_saved_search(db, saved.name)
        return saved

    def mark_opened(self, name: str) -> None:
        """Note that the user opened the search now: nothing in it is new any more."""
        self.restore(replace(self.get(name), opened=now(), seen=self._store.last_article()))

    def count(self, saved: SavedSearch) -> SavedCount:
        """What the search finds now, and how much of it came in since it was opened."""
        total = self._search(replace(saved.query, limit=0)).total
        arrived = self._store.added_after(saved.seen)
        new = self._search(replace(saved.query, limit=0, among=tuple(arrived))).total \
            if arrived else 0
        return SavedCount(total, new)


class Collections:
    """The library's collections: hand-picked sets of articles, an article in several."""

    def __init__(self, store: Store, changing: Changing,
                 require: Callable[[str], None]) -> None:
        self._store = store
        self._changing = changing
        self._require = require

    def counts(self) -> dict[str, int]:
        """Every collection, empty ones too, with its number of articles."""
        return self._store.collection_counts()

    def members(self, name: str) -> list[str]:
        """Ids of the collection's articles, in the order they were put in."""
        return self._store.collection_members(self._existing(name))

    def of(self, article_id: str) -> list[str]:
        """The collections an article is in."""
        return self._store.collections_of(article_id)

    def add(self, name: str, article_ids: Iterable[str] = ()) -> str:
        """Put articles into a collection, making it when it is new; returns its name as
        kept (an existing collection's spelling wins over the case typed)."""
        ids = list(dict.fromkeys(article_ids))
        for article_id in ids:
            self._require(article_id)
        name = self._spelling(_clean_name(name))
        with self._changing(ids) as db:
            self._store.add_collection(db, name)
            self._store.collect(db, name, ids, True)
        return name

    def remove(self, name: str, article_ids: Iterable[str]) -> None:
        """Take articles out of a collection (they stay in the library)."""
        name, ids = self._existing(name), list(dict.fromkeys(article_ids))
        with self._changing(ids) as db:
            self._store.collect(db, name, ids, False)

    def rename(self, old: str, new: str) -> str:
        """Give a collection another name; its articles follow."""
        old, new = self._existing(old), _clean_name(new)
        if new.casefold() != old.casefold() and new.casefold() in \
                {n.casefold() for n in self.counts()}:
            raise StoreError(f"There is a collection named “{new}” already.")
        with self._changing(self._store.collection_members(old)) as db:
            self._store.rename_collection(db, old, new)
        return new

    def delete(self, name: str) -> list[str]:
        """Remove a collection (not its articles); returns the ids it held, for undo."""
        name = self._existing(name)
        ids = self._store.collection_members(name)
        with self._changing(ids) as db:
            self._store.delete_collection(db, name)
        return ids

    def _spelling(self, name: str) -> str:
        return next((n for n in self.counts() if n.casefold() == name.casefold()), name)

    def _existing(self, name: str) -> str:
        spelt = self._spelling(name.strip())
        if spelt not in self.counts():
            raise KeyError(f"no collection named {name!r}")
        return spelt


@dataclass(frozen=True)
class BatchRow:
    """One term of a batch search: how many articles it finds and the best of them."""

    term: str
    total: int
    top: list[Hit]


def batch_search(search: Search, terms: Iterable[str], base: SearchQuery | None = None,
                 top: int = 3,
                 progress: Callable[[int, int], bool | None] | None = None) -> list[BatchRow]:
    """Search each term (one a line, blank lines and repeats skipped) within ``base``'s
    filters; ``progress(done, total)`` may return False to stop (``InterruptedError``)."""
    wanted = list(dict.fromkeys(t.strip() for t in terms if t.strip()))
    base = base or SearchQuery()
    rows = []
    for done, term in enumerate(wanted, start=1):
        result = search(replace(base, text=term, limit=top, offset=0))
        rows.append(BatchRow(term, result.total, result.hits))
        if progress and progress(done, len(wanted)) is False:
            raise InterruptedError("batch search cancelled")
    return rows


def batch_csv(rows: Iterable[BatchRow]) -> str:
    """A batch search as a CSV table: term, hits, and the titles of the best articles."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["Term", "Articles", "Top articles"])
    for row in rows:
        writer.writerow([row.term, row.total, " | ".join(h.title for h in row.top)])
    return out.getvalue()
