"""Library: the one facade over the store, the index, the extractor and the exports.

The GUI and the command line call this class and nothing below it.
"""

from __future__ import annotations

import json
import os
import threading
import uuid
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from partnerview import paths
from partnerview.core import (
    anchoring,
    backups,
    citations,
    copies,
    curation,
    export,
    importer,
    network,
    research,
)
from partnerview.core.article import Article
from partnerview.core.backups import DATABASE, WRITE_LOCK
from partnerview.core.collecting import young_collections_only
from partnerview.core.entities import has_cjk
from partnerview.core.extract import Extraction, Extractor
from partnerview.core.files import LockHeld, ProcessLock
from partnerview.core.importer import ImportReport, Progress
from partnerview.core.index import FACETS, SearchIndex
from partnerview.core.indexing import IndexKeeper
from partnerview.core.kinds import KINDS
from partnerview.core.knowledge import KnowledgeBase
from partnerview.core.org_names import org_kind
from partnerview.core.search import Hit, SearchQuery, SearchResult, snippet
from partnerview.core.store import (
    Annotation,
    ArticleRecord,
    LibraryBusy,
    Store,
    StoreError,
    now,
)

COLORS = ("yellow", "green", "blue", "pink", "purple")


class Library:
    """A PartnerView library: articles, their index, and the user's marks on them."""

    def __init__(self, folder: Path, read_only: bool = False) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self.read_only = read_only
        self._writer_lock = ProcessLock(folder / WRITE_LOCK)
        if not read_only:
            try:
                self._writer_lock.acquire()
            except LockHeld:
                raise LibraryBusy(
                    f"The library in {folder} is open in another PartnerView "
                    f"(process {_lock_owner(folder)}). Close that one first; commands that "
                    "only read, such as search, work alongside it.") from None
        try:
            self._store = Store(folder / DATABASE, read_only=read_only)
        except StoreError:
            self._writer_lock.release()
            raise
        self._importing = threading.RLock()  # one import or re-extraction at a time
        #: One write at a time, from its transaction to its index commit: a write that
        #: came between another's save and its indexing would find the index a step behind.
        self._writing = threading.RLock()
        self._extractor: Extractor | None = None
        self._keeper = IndexKeeper(self._store, SearchIndex(folder / "index"),
                                   lambda: self.knowledge, self._writing, read_only,
                                   self._corrected)
        #: Searches kept under a name (``lib.saved_searches.save(name, query)``).
        self.saved_searches = research.SavedSearches(self._store, self.run_search)
        #: Hand-picked sets of articles (``lib.collections.add(name, ids)``).
        self.collections = research.Collections(self._store, self._changing, self._require)
        #: Reposted copies grouped into stories (``lib.stories.copies(article_id)``).
        self.stories = copies.Stories(self._store, self._changing, self._writing)
        #: The user's corrections of entities (``lib.curation.add(Correction(...))``).
        self.curation = curation.Curation(
            self._store, lambda ids, progress: self._changing(ids, progress=progress),
            lambda facet, value: self.result_ids(SearchQuery.make("", {facet: [value]})))

    @classmethod
    def open(cls, data_dir: str | os.PathLike[str] | None = None,
             read_only: bool = False) -> Library:
        """Open (creating on first use) the library in ``data_dir`` or the default folder.

        Raises:
            LibraryBusy: another process has the library open for writing.
            StoreDamaged: the database is damaged (see :func:`backups.set_aside_damaged`).
        """
        return cls(paths.data_dir(data_dir), read_only=read_only)

    def close(self) -> None:
        """Close the index and the database, and let other processes write."""
        self._keeper.index.close()
        self._store.close()
        self._writer_lock.release()

    # ------------------------------------------------------------------ backups

    def backup(self) -> Path:
        """Save a copy of the database in ``backups/``, keeping the last few."""
        return backups.write_backup(self._store, self.folder)

    def backup_if_due(self) -> Path | None:
        """Back up when the newest backup is older than a day (and there is something)."""
        if self.read_only or len(self) == 0 or not backups.due(self.folder):
            return None
        return self.backup()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __len__(self) -> int:
        return self._store.article_count()

    # ------------------------------------------------------------------ knowledge

    @property
    def knowledge(self) -> KnowledgeBase:
        """The knowledge base: bundled entries plus the user's own."""
        return self.extractor.kb

    @property
    def extractor(self) -> Extractor:
        """The extractor, built on first use (loading the base takes a moment)."""
        if self._extractor is None:
            with young_collections_only():
                self._extractor = Extractor(KnowledgeBase.load(
                    user_entries=self._store.user_knowledge()))
        return self._extractor

    def add_knowledge(self, type_: str, name: str, aliases: Iterable[str] = (), kind: str = "",
                      parent: str = "") -> None:
        """Teach the library a new entity or new aliases; applies on the next extraction."""
        if type_ not in ("organization", "field", "place"):
            raise ValueError(f"type must be organization, field or place, not {type_!r}")
        entry = {"type": type_, "name": name.strip(), "aliases": [a.strip() for a in aliases],
                 "kind": kind, "parent": parent}
        with self._store.transaction() as db:
            self._store.add_user_knowledge(db, entry)
        self._extractor = None

    def reextract(self, progress: Progress | None = None) -> int:
        """Run extraction again over every article (after knowledge changes)."""
        with self._importing, young_collections_only():
            records = list(self._store.iter_articles())
            for done, record in enumerate(records, start=1):
                extraction = self.extractor.extract(record.title, record.text)
                record.kind = extraction.kind
                record.extraction = extraction.to_dict()
                if progress and progress(done, len(records)) is False:
                    break
            self._write(records, [])
            return len(records)

    # ------------------------------------------------------------------ import

    def add(self, paths_: Iterable[str | os.PathLike[str]],
            progress: Progress | None = None) -> ImportReport:
        """Import files and folders; see :func:`importer.import_files`."""
        with self._importing, young_collections_only():
            self.stories.sign()  # older articles, so that copies of them are found
            return importer.import_files(paths_, self._store, self.extractor, self._write,
                                         progress)

    def _write(self, records: list[ArticleRecord], changed_text: dict[str, str],
               fresh: frozenset[str] = frozenset()) -> None:
        """Store records (re-anchoring annotations whose text changed, grouping reposts
        into stories), then index them; ``fresh`` ids are new to the library."""
        if not records:
            return
        ids = [r.id for r in records]
        with self._changing(ids, records, fresh) as db:
            for record in records:
                self._store.put_article(db, record)
                if record.id in changed_text:
                    self._reanchor(db, record.id, changed_text[record.id])
            # Reposts: a story two joined moves its articles, indexed with these.
            ids += [i for i in copies.group(db, self._store, records) if i not in ids]

    @contextmanager
    def _changing(self, article_ids: list[str], records: list[ArticleRecord] | None = None,
                  fresh: frozenset[str] = frozenset(),
                  progress: Progress | None = None) -> Iterator[Any]:
        """One write: a transaction that moves the generation on, then these articles
        indexed; other writes (an import's, the user's) wait for both."""
        with self._writing:
            with self._store.transaction() as db:
                yield db
                self._store.bump_generation(db)
            self._keeper.update(article_ids, records, fresh, progress)

    def _reanchor(self, db: Any, article_id: str, text: str) -> None:
        for note in self._store.annotations(article_id):
            self._store.put_annotation(db, _reanchored(note, text, anchoring.Selector(
                note.start, note.end, note.quote, note.prefix, note.suffix)))

    # ------------------------------------------------------------------ index

    def index_is_current(self) -> bool:
        """Whether the search index reflects the store (else it is rebuilt on first use)."""
        return self._keeper.is_current()

    def rebuild_index(self, progress: Progress | None = None) -> None:
        """Rebuild the search index from the store."""
        self._keeper.rebuild(progress)

    # ------------------------------------------------------------------ search

    def search(self, query: str = "", filters: dict[str, Iterable[str]] | None = None,
               bookmarked: bool | None = None, sort: str = "relevance", limit: int = 50,
               offset: int = 0) -> SearchResult:
        """Search the library; see DESIGN.md for the filters and the result."""
        chosen = {k: list(v) for k, v in (filters or {}).items()}
        unknown = set(chosen) - set(FACETS)
        if unknown:
            raise ValueError(f"unknown filter {sorted(unknown)[0]!r}; filters: "
                             f"{', '.join(FACETS)}")
        if bookmarked:
            chosen["bookmarked"] = ["yes"]
        request = SearchQuery.make(query, chosen, sort=sort, limit=max(0, limit),
                                   offset=max(0, offset),
                                   exclude=(("bookmarked", ("yes",)),) if bookmarked is False
                                   else ())
        return self.run_search(request)

    def run_search(self, request: SearchQuery) -> SearchResult:
        """Run a prepared :class:`SearchQuery` (the GUI passes these around whole); each
        hit knows the other copies of its story."""
        result = self._keeper.search(request)
        others = self._store.copies_of([h.id for h in result.hits])
        for hit in result.hits:
            hit.copies = others.get(hit.id, [])
        return result

    def facet_values(self, facet: str) -> dict[str, int]:
        """All values of a facet across the library with their counts (for completion)."""
        return self._keeper.facet_values(facet)

    def newest(self, limit: int = 50) -> list[Hit]:
        """The newest articles by date, read from the store alone: what the list shows
        while the search index is still being opened."""
        hits = []
        for (article_id, title, date, precision, kind, source, added, partners, fields,
             lead) in self._store.newest(limit):
            names = self.curation.apply(Extraction(
                partners=json.loads(partners or "[]"), fields=json.loads(fields or "[]")),
                "", article_id)
            hits.append(Hit(id=article_id, title=title, date=date, date_precision=precision,
                            score=0.0, snippet=snippet(lead, None), partners=names.partners,
                            fields=names.fields, kind=KINDS.get(kind, kind),
                            source=source, added=added))
        return hits

    def result_ids(self, request: SearchQuery) -> list[str]:
        """The ids of every article a search finds, in its order (not one page)."""
        total = self.run_search(replace(request, limit=0, offset=0)).total
        return [h.id for h in self.run_search(replace(request, limit=total, offset=0)).hits]

    def partner_network(self, request: SearchQuery) -> network.PartnerNetwork:
        """Who works with whom in the articles a search finds: every partner, and the
        number of articles each pair shares."""
        total = self.run_search(replace(request, limit=0, offset=0)).total
        hits = self.run_search(replace(request, limit=total, offset=0)).hits
        return network.build((h.partners for h in hits), self._partner_kind)

    def _partner_kind(self, name: str) -> str:
        """ "company", "university" or "other", as the network colours partners."""
        entry = self.knowledge.get("organization", name)
        kind = entry.kind if entry else org_kind(name)
        return {"university": "university", "college": "university",
                "company": "company"}.get(kind, "other")

    def batch_search(self, terms: Iterable[str], request: SearchQuery | None = None,
                     top: int = 3, progress: Progress | None = None
                     ) -> list[research.BatchRow]:
        """Each term's number of articles and best ``top`` articles, within ``request``'s
        filters: a list of universities, say, against the library."""
        return research.batch_search(self.run_search, terms, request, top, progress)

    def export_articles(self, article_ids: Iterable[str], format: str = "csv",  # noqa: A002
                        progress: Progress | None = None) -> str:
        """Articles as a table, citations or a report: one of ``citations.FORMATS`` (csv,
        excel-csv, csl-json, ris, bibtex, html). ``progress(done, total)`` may return False
        to stop; then ``InterruptedError`` is raised."""
        ids = list(article_ids)
        notes: dict[str, list[Annotation]] = {}
        for annotation in self.annotations():
            notes.setdefault(annotation.article_id, []).append(annotation)
        articles = []
        for done, article_id in enumerate(ids, start=1):
            articles.append(self.article(article_id))
            if progress and progress(done, len(ids)) is False:
                raise InterruptedError("export cancelled")
        return citations.export_articles(articles, notes, format)

    def chinese_names(self, name: str) -> list[str]:
        """The Chinese names the knowledge base gives an entity ("华为" for "Huawei")."""
        entry = self.knowledge.lookup(name)
        return [a for a in entry.aliases if has_cjk(a)] if entry and entry.name == name else []

    # ------------------------------------------------------------------ articles

    def article_ids(self) -> list[str]:
        """Every article id, oldest first."""
        return self._store.article_ids()

    def article(self, article_id: str) -> Article:
        """One article with its entities, tags and bookmark.

        Raises:
            KeyError: no article has this id.
        """
        record = self._store.get_article(article_id)
        if record is None:
            raise KeyError(f"no article with id {article_id!r}")
        extraction = self._corrected(record)
        return Article(
            id=record.id, title=record.title, text=record.text, date=record.date,
            date_precision=record.date_precision, source=record.source, kind=record.kind,
            path=record.path, entities=extraction.entities, partners=extraction.partners,
            organizations=extraction.organizations, people=extraction.people,
            places=extraction.places, fields=extraction.fields, meta=record.meta,
            tags=self._store.tags_of(record.id),
            bookmarked=record.id in self._store.bookmarked_ids())

    def _corrected(self, record: ArticleRecord) -> Extraction:
        """An article's entities as the user corrected them."""
        return self.curation.apply(Extraction.from_dict(record.extraction), record.text,
                                   record.id)

    def extract(self, title: str, text: str) -> Extraction:
        """The entities of a text not in the library, with the user's corrections."""
        return self.curation.apply(self.extractor.extract(title, text), text)

    def find_article(self, path: str | os.PathLike[str]) -> str | None:
        """The id of the article imported from ``path``."""
        found = self._store.find_by_path(str(Path(path).resolve()))
        return found[0] if found else None

    # ------------------------------------------------------------------ bookmarks and tags

    def set_bookmark(self, article_id: str, on: bool = True) -> None:
        """Star or unstar an article."""
        self.set_bookmarks([article_id], on)

    def set_bookmarks(self, article_ids: Iterable[str], on: bool = True) -> None:
        """Star or unstar articles: one transaction and one index commit for all of them."""
        ids = list(article_ids)
        for article_id in ids:
            self._require(article_id)
        with self._changing(ids) as db:
            for article_id in ids:
                self._store.set_bookmark(db, article_id, on)

    def bookmarks(self) -> list[str]:
        """Ids of the bookmarked articles."""
        return sorted(self._store.bookmarked_ids())

    def set_tags(self, article_id: str, tags: Iterable[str]) -> None:
        """Replace an article's tags."""
        self.set_many_tags({article_id: tags})

    def set_many_tags(self, tags: Mapping[str, Iterable[str]]) -> None:
        """Replace the tags of several articles: one transaction and one index commit."""
        for article_id in tags:
            self._require(article_id)
        with self._changing(list(tags)) as db:
            for article_id, these in tags.items():
                self._store.set_tags(db, article_id, _clean_tags(these))

    def tags(self) -> dict[str, int]:
        """Every tag with the number of articles carrying it."""
        return self._store.tag_counts()

    def tagged(self, tag: str) -> list[str]:
        """Ids of the articles carrying ``tag``."""
        return self._store.tagged(tag)

    def _require(self, article_id: str) -> None:
        if self._store.get_article(article_id) is None:
            raise KeyError(f"no article with id {article_id!r}")

    # ------------------------------------------------------------------ annotations

    def annotate(self, article_id: str, start: int, end: int, note: str = "",
                 color: str = "yellow", tags: Iterable[str] = ()) -> Annotation:
        """Highlight ``text[start:end]`` of an article, with an optional note and tags."""
        record = self._store.get_article(article_id)
        if record is None:
            raise KeyError(f"no article with id {article_id!r}")
        selector = anchoring.describe(record.text, start, end)
        stamp = now()
        annotation = Annotation(
            id=uuid.uuid4().hex, article_id=article_id, start=start, end=end,
            quote=selector.quote, prefix=selector.prefix, suffix=selector.suffix, note=note,
            color=color if color in COLORS else "yellow", tags=tuple(_clean_tags(tags)),
            created=stamp, modified=stamp)
        self._save_annotation(annotation)
        return annotation

    def annotations(self, article_id: str | None = None) -> list[Annotation]:
        """Annotations of one article in text order, or of the whole library."""
        return self._store.annotations(article_id)

    def annotation(self, annotation_id: str) -> Annotation:
        """One annotation.

        Raises:
            KeyError: no annotation has this id.
        """
        found = self._store.get_annotation(annotation_id)
        if found is None:
            raise KeyError(f"no annotation with id {annotation_id!r}")
        return found

    def update_annotation(self, annotation_id: str, **changes: Any) -> Annotation:
        """Change an annotation's note, colour, tags, or (re-attach) its start and end."""
        current = self.annotation(annotation_id)
        allowed = {"note", "color", "tags", "start", "end"}
        if set(changes) - allowed:
            raise ValueError(f"cannot change {sorted(set(changes) - allowed)}")
        if "tags" in changes:
            changes["tags"] = tuple(_clean_tags(changes["tags"]))
        updated = replace(current, **changes, modified=now())
        if "start" in changes or "end" in changes:
            text = self._store.get_article(current.article_id).text
            selector = anchoring.describe(text, updated.start, updated.end)
            updated = replace(updated, quote=selector.quote, prefix=selector.prefix,
                              suffix=selector.suffix, status="anchored")
        self._save_annotation(updated)
        return updated

    def restore_annotation(self, annotation: Annotation) -> None:
        """Put back an annotation exactly as it was (undo of a delete or an edit)."""
        self._save_annotation(annotation)

    def delete_annotation(self, annotation_id: str) -> None:
        """Remove an annotation."""
        current = self.annotation(annotation_id)
        with self._changing([current.article_id]) as db:
            self._store.delete_annotation(db, annotation_id)

    def _save_annotation(self, annotation: Annotation) -> None:
        with self._changing([annotation.article_id]) as db:
            self._store.put_annotation(db, annotation)

    def annotation_counts(self) -> dict[str, int]:
        """Number of annotations per article id."""
        return self._store.annotation_counts()

    def export_annotations(self, format: str = "w3c") -> str:  # noqa: A002 (public API)
        """All annotations as W3C Web Annotation JSON-LD or as a Markdown report."""
        articles = {i: self.article(i) for i in {a.article_id for a in self.annotations()}}
        if format == "w3c":
            return export.to_w3c(self.annotations(), articles)
        if format == "markdown":
            return export.to_markdown(self.annotations(), articles)
        raise ValueError(f"unknown format {format!r}: use w3c or markdown")

    def import_annotations(self, text: str) -> int:
        """Import W3C Web Annotation JSON; returns how many annotations were added.

        Annotations are matched to articles by their source id (a hash of the article's
        file, the same in every library) and re-anchored; ones already here are skipped.
        """
        items = export.from_w3c(text)
        added = 0
        touched: list[str] = []  # filled in the transaction, indexed after it
        with self._changing(touched) as db:
            for item in items:
                # Ids are content hashes, so the same file has the same id in any library.
                record = self._store.get_article(item.article_id)
                if record is None or self._store.get_annotation(item.annotation.id):
                    continue
                annotation = replace(item.annotation, article_id=record.id)
                self._store.put_annotation(db, _reanchored(annotation, record.text,
                                                           item.selector))
                touched.append(record.id)
                added += 1
        return added



def _lock_owner(folder: Path) -> str:
    try:
        return (folder / WRITE_LOCK).read_text().strip() or "unknown"
    except OSError:
        return "unknown"


def _reanchored(annotation: Annotation, text: str, selector: anchoring.Selector
                ) -> Annotation:
    """The annotation moved to where ``selector`` is found in ``text``, or orphaned."""
    found = anchoring.anchor(text, selector)
    if not found.found:
        return replace(annotation, status="orphaned")
    where = anchoring.describe(text, found.start, found.end)
    return replace(annotation, start=found.start, end=found.end, quote=where.quote,
                   prefix=where.prefix, suffix=where.suffix, status="anchored")


def _clean_tags(tags: Iterable[str]) -> list[str]:
    return sorted({" ".join(t.replace(",", " ").split()) for t in tags} - {""})


