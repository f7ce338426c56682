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
from partnerview.core.store import Annotation, ArticleRecord, Store, StoreError

#: Articles whose documents are made together, what the store holds of them besides their
#: records read in one query a kind (see ``Store._for_ids``).
DOCUMENTS = 200


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
            documents = (document for records in self.store.article_batches(DOCUMENTS)
                         for document in self._documents(records, bookmarked))
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
        for first in range(0, len(article_ids), DOCUMENTS):
            ids = article_ids[first:first + DOCUMENTS]
            stored = self.store.get_articles([i for i in ids if i not in by_id])
            found = [r for r in (by_id.get(i) or stored.get(i) for i in ids) if r is not None]
            documents += self._documents(found, bookmarked, fresh)
            if progress:
                progress(first + len(ids), len(article_ids))
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

    def _documents(self, records: list[ArticleRecord], bookmarked: set[str],
                   fresh: frozenset[str] = frozenset()) -> list[dict[str, Any]]:
        """The index documents of articles, what the store holds of them besides their
        records read for all at once (``fresh`` ones are new: no notes, tags or
        collections)."""
        ids = [r.id for r in records]
        known = [i for i in ids if i not in fresh]
        stories = self.store.stories_of(ids)
        notes, tags = self.store.annotations_by_article(known), self.store.tags_by_article(known)
        collections = self.store.collections_by_article(known)
        return [self._document(r, r.id in bookmarked, stories.get(r.id), notes.get(r.id, []),
                               tags.get(r.id, []), collections.get(r.id, []))
                for r in records]

    def _document(self, record: ArticleRecord, bookmarked: bool, story: str | None,
                  notes: list[Annotation], tags: list[str], collections: list[str]
                  ) -> dict[str, Any]:
        """The index document of an article."""
        extraction = self._corrected(record)
        year = record.date[:4] if record.date and not record.date.startswith("--") else None
        facets = {
            "partners": extraction.partners, "organizations": extraction.organizations,
            "people": [p.name for p in extraction.people], "places": extraction.places,
            "fields": extraction.fields, "years": [year] if year else [],
            "kinds": [KINDS.get(record.kind, record.kind)],
            # Articles extracted before languages were told apart are told now.
            "languages": [extraction.language or language_of(record.title, record.text)],
            "tags": tags, "collections": collections,
            "bookmarked": ["yes"] if bookmarked else [],
            "annotated": ["yes"] if notes else [],
            # A repost of a story an earlier article began (left out when counting stories).
            "copy": ["yes"] if story not in (None, record.id) else [],
        }
        note_text = "\n".join(f"{n.quote}\n{n.note}\n{' '.join(n.tags)}" for n in notes)
        named = [e for e in extraction.entities if e.type != "date"]
        names = {e.text for e in named}
        return SearchIndex.document(record.id, record.title, record.text, record.date,
                                    record.date_precision, facets, note_text, names,
                                    {e.canonical for e in named} - names, record.source,
                                    record.added)
