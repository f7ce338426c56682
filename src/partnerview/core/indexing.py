"""Keeping the search index in step with the store, and searching it by the names people use.

The store is the truth; the index is a cache of it. Each write to the store moves its
generation on by one and is indexed at once, so an index that is not exactly one step
behind when a write is indexed missed one (a crash) and is rebuilt from the store.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from partnerview.core.extract import Extraction
from partnerview.core.importer import Progress
from partnerview.core.index import IndexDamaged, SearchIndex
from partnerview.core.kinds import KINDS
from partnerview.core.knowledge import KnowledgeBase
from partnerview.core.language import language_of
from partnerview.core.search import SearchQuery, SearchResult
from partnerview.core.store import ArticleRecord, Store, StoreError


class IndexKeeper:
    """Updates, rebuilds and searches a library's index; ``writing`` is the library's
    one-write-at-a-time lock."""

    def __init__(self, store: Store, index: SearchIndex, knowledge: Callable[[], KnowledgeBase],
                 writing: threading.RLock, read_only: bool,
                 corrected: Callable[[ArticleRecord], Extraction]) -> None:
        self.store = store
        self._corrected = corrected  # an article's entities as the user corrected them
        self.index = index
        self._knowledge = knowledge
        self._writing = writing
        self._read_only = read_only
        self._facet_names: dict[str, dict[str, str]] = {}

    def is_current(self) -> bool:
        """Whether the index reflects the store (else it is rebuilt on first use)."""
        return self.index.is_current(self.store.generation(), self.store.article_count())

    def rebuild(self, progress: Progress | None = None) -> None:
        """Rebuild the index from the store."""
        with self._writing:
            total = self.store.article_count()
            bookmarked = self.store.bookmarked_ids()
            documents = (self._document(record, bookmarked)
                         for record in self.store.iter_articles())
            self.index.rebuild(documents, self.store.generation(), total, progress)
            self._facet_names = {}

    def ensure(self) -> None:
        """Make the index current before a read (a reader only waits for the writer's)."""
        if self.is_current():
            return
        if self._read_only:
            if not (self.index.folder / "partnerview-index.json").exists():
                raise StoreError("The search index is being built by the PartnerView that "
                                 "has this library open; try again when it is done.")
            return  # search what is there; the writer brings the index up to date
        self.rebuild()

    def update(self, article_ids: list[str], records: list[ArticleRecord] | None = None,
               fresh: frozenset[str] = frozenset(), progress: Progress | None = None) -> None:
        """Index these articles after a write (``fresh`` ones are new to the library)."""
        by_id = {r.id: r for r in records or []}
        bookmarked = self.store.bookmarked_ids()
        documents = []
        for done, article_id in enumerate(article_ids, start=1):
            record = by_id.get(article_id) or self.store.get_article(article_id)
            if record is not None:
                documents.append(self._document(record, bookmarked, new=article_id in fresh))
            if progress and done % 100 == 0:
                progress(done, len(article_ids))
        generation = self.store.generation()
        try:
            if not self.index.follows(generation - 1):
                raise IndexDamaged("the index is behind the store")
            self.index.update(documents, generation, fresh)
        except IndexDamaged:
            self._rebuild_or_explain()
        except OSError as exc:
            raise StoreError(f"Saved, but the search index could not be updated "
                             f"({exc.strerror or exc}); it is rebuilt on the next search"
                             ) from exc
        finally:
            self._facet_names = {}

    def _rebuild_or_explain(self) -> None:
        try:
            self.rebuild()
        except OSError as exc:
            raise StoreError(f"The search index could not be rebuilt "
                             f"({exc.strerror or exc})") from exc

    def search(self, request: SearchQuery) -> SearchResult:
        """Run a search, with filter values resolved to the names the index holds."""
        self.ensure()
        resolved = replace(request, filters=tuple(
            (facet, tuple(self.resolve(facet, v) for v in values))
            for facet, values in request.filters))
        try:
            result = self.index.search(resolved, self.resolve)
        except IndexDamaged:
            self.rebuild()
            result = self.index.search(resolved, self.resolve)
        result.query = request
        return result

    def facet_values(self, facet: str) -> dict[str, int]:
        """All values of a facet with their counts."""
        self.ensure()
        return self.index.facet_values(facet)

    def resolve(self, facet: str, value: str) -> str:
        """The indexed name a user means: any case, an alias or an acronym of it (for the
        ``content`` field: the canonical name of an organisation or place the knowledge
        base knows; a field's words are searched as they are written, and ``field:``
        finds it in every language)."""
        if facet == "content":
            entry = self._knowledge().lookup(value)
            return entry.name if entry and entry.type != "field" else value
        names = self._facet_names.get(facet)
        if names is None:
            names = {v.casefold(): v for v in self.index.facet_values(facet)}
            if facet == "kinds":
                names.update({key: label for key, label in KINDS.items()})
            self._facet_names[facet] = names
        if value.casefold() in names:
            return names[value.casefold()]
        knowledge = self._knowledge()
        entry = knowledge.lookup(value) or knowledge.find(value)
        return entry.name if entry is not None else value

    def _document(self, record: ArticleRecord, bookmarked: set[str],
                  new: bool = False) -> dict[str, Any]:
        """The index document of an article; a new one has no tags or notes to look up."""
        extraction = self._corrected(record)
        notes = [] if new else self.store.annotations(record.id)
        year = record.date[:4] if record.date and not record.date.startswith("--") else None
        facets = {
            "partners": extraction.partners, "organizations": extraction.organizations,
            "people": [p.name for p in extraction.people], "places": extraction.places,
            "fields": extraction.fields, "years": [year] if year else [],
            "kinds": [KINDS.get(record.kind, record.kind)],
            # Articles extracted before languages were told apart are told now.
            "languages": [extraction.language or language_of(record.title, record.text)],
            "tags": [] if new else self.store.tags_of(record.id),
            "collections": [] if new else self.store.collections_of(record.id),
            "bookmarked": ["yes"] if record.id in bookmarked else [],
            "annotated": ["yes"] if notes else [],
            # A repost of a story an earlier article began (left out when counting stories).
            "copy": ["yes"] if self.store.story_of(record.id) not in (None, record.id) else [],
        }
        note_text = "\n".join(f"{n.quote}\n{n.note}\n{' '.join(n.tags)}" for n in notes)
        named = [e for e in extraction.entities if e.type != "date"]
        names = {e.text for e in named}
        return SearchIndex.document(record.id, record.title, record.text, record.date,
                                    record.date_precision, facets, note_text, names,
                                    {e.canonical for e in named} - names, record.source,
                                    record.added)
