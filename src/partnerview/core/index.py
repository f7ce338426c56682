"""The Whoosh full-text index: a cache of the store that can always be rebuilt.

The index folder carries a stamp (schema version and the store generation it reflects).
When the stamp differs, or the folder is missing or damaged, :class:`SearchIndex` says so
and the library rebuilds it from the store.
"""

from __future__ import annotations

import json
import marshal
import pickle
import shutil
import struct
import threading
import time
import zlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from whoosh import fields, index, query
from whoosh.analysis import StandardAnalyzer
from whoosh.filedb.filestore import FileStorage

from partnerview.core.analysis import MixedAnalyzer, MixedPositions
from partnerview.core.bitsets import mask_of, members, union
from partnerview.core.codec import Writer
from partnerview.core.dates import sort_key
from partnerview.core.files import write_atomically
from partnerview.core.parsing import FACETS, parse, plain_words, term_text
from partnerview.core.ranking import TermCache
from partnerview.core.search import (
    Hit,
    SearchQuery,
    SearchResult,
    hit_pattern,
    query_words,
    snippet,
)

#: Bump when the schema or what is indexed changes: existing indexes are then rebuilt.
SCHEMA_VERSION = 6
STAMP_FILE = "partnerview-index.json"
#: The facets' bitsets as they were when the library was last closed: the first search after
#: opening it reads them instead of every facet's postings.
FACETS_FILE = "partnerview-facets.bin"

#: Orders of the result list, and the index field and direction each sorts by.
ORDERS = {"date": ("date_sort", True), "oldest": ("date_sort", False),
          "title": ("title_sort", False), "title_desc": ("title_sort", True)}
SORTS = ("relevance", *ORDERS)
MAX_QUERY_CHARS = 1000
WORD_CACHE_SIZE = 16


def _text(analyzer: Any, **options: Any) -> fields.TEXT:
    """A text field with positions, written the fast way (see ``MixedPositions``)."""
    field = fields.TEXT(analyzer=analyzer, multitoken_query="phrase", **options)
    field.format = MixedPositions()
    return field


def _schema() -> fields.Schema:
    text = MixedAnalyzer()  # stemmed Latin words, segmented Chinese
    facet = {"stored": True, "commas": True, "lowercase": False, "scorable": False}
    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        # Plain words search one field: title (twice, to weigh it), body and notes. One
        # field instead of three makes Whoosh's matchers several times cheaper.
        content=_text(text),
        title=_text(text, stored=True),
        body=fields.STORED(),
        # "Did you mean" draws on titles and entity names, unstemmed: spelling data for the
        # whole body would double the cost of indexing it.
        spell=fields.TEXT(analyzer=StandardAnalyzer(stoplist=None), spelling=True),
        notes=_text(text),
        date=fields.ID(stored=True),
        date_precision=fields.STORED(),
        source=fields.STORED(),
        added=fields.STORED(),
        date_sort=fields.ID(sortable=True),
        title_sort=fields.ID(sortable=True),
        **{name: fields.KEYWORD(**facet) for name in FACETS},
    )


#: What Whoosh raises when its files are truncated or overwritten.
_DAMAGE = (OSError, EOFError, struct.error, zlib.error, pickle.UnpicklingError)


class IndexDamaged(Exception):
    """The index folder cannot be read; it will be rebuilt from the store."""


def split_values(stored: str | None) -> list[str]:
    """The values of a stored comma-separated facet field."""
    return [v for v in (stored or "").split(",") if v]


class SearchIndex:
    """The search index of one library folder.

    All methods are thread-safe; searches and writes are serialised by one lock.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._lock = threading.RLock()
        self._ix: index.Index | None = None
        self._searcher: Any = None
        self._facet_cache: dict[str, dict[str, int]] = {}
        self._facets_saved = False  # the facet cache is the one in FACETS_FILE
        self._terms: TermCache | None = None  # the searched terms' bitsets and scores
        self._segment_words: dict[tuple[str, str], frozenset[str]] = {}
        self._word_cache: dict[str, tuple[query.Query, str | None, int]] = {}
        self.schema = _schema()

    # ------------------------------------------------------------------ lifecycle

    def stamp(self) -> dict[str, Any] | None:
        """The stamp written after the last complete write, or None."""
        try:
            return json.loads((self.folder / STAMP_FILE).read_text("utf-8"))
        except (OSError, ValueError):
            return None

    def follows(self, generation: int) -> bool:
        """Whether the last complete write reflected the store at ``generation``."""
        stamp = self.stamp()
        return bool(stamp) and stamp.get("schema") == SCHEMA_VERSION and \
            stamp.get("generation") == generation

    def is_current(self, generation: int, article_count: int) -> bool:
        """Whether the index can be used as it is for a store at ``generation``."""
        if not self.follows(generation):
            return False
        try:
            with self._lock:
                self._open()
                return self._searcher.doc_count() == article_count
        except IndexDamaged:
            return False

    def _open(self) -> None:
        if self._ix is not None:
            return
        try:
            # this code's schema, the same fields as the one the index keeps (an index
            # written before MixedPositions has Whoosh's own format, slower to write)
            self._ix = self._storage().open_index(schema=self.schema)
            self._searcher = self._ix.searcher()
            self._searcher.doc_count()
        except Exception as exc:  # Whoosh raises many kinds on a damaged folder
            self._ix = self._searcher = None
            raise IndexDamaged(str(exc)) from exc

    def _storage(self) -> FileStorage:
        """The index folder, its files read through the operating system's cache: Whoosh
        copies each file of a memory-mapped segment into a buffer of its own, 590 MB at
        100,000 articles for no gain in speed (benchmarks/README.md)."""
        return FileStorage(str(self.folder), supports_mmap=False)

    def close(self) -> None:
        """Release the index files (keeping the facets' bitsets for the next opening)."""
        with self._lock:
            if self._searcher is not None:
                self._save_facets()
                self._searcher.close()
            if self._ix is not None:
                self._ix.close()
            self._ix = self._searcher = self._terms = None
            self._segment_words = {}
            self._facet_cache, self._word_cache = {}, {}
            self._facets_saved = False

    def rebuild(self, documents: Iterable[dict[str, Any]], generation: int, total: int,
                progress: Callable[[int, int], Any] | None = None) -> None:
        """Replace the index with one made from ``documents`` (all articles of the store)."""
        with self._lock:
            self.close()
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder.mkdir(parents=True, exist_ok=True)
            self._ix = self._storage().create_index(self.schema)
            writer = Writer(self._ix)
            try:
                for done, document in enumerate(documents, start=1):
                    writer.add_document(**document)
                    if progress and (done % 200 == 0 or done == total):
                        progress(done, total)
            except BaseException:
                writer.cancel()
                raise
            writer.commit()
            self._after_write(generation)

    def update(self, documents: list[dict[str, Any]], generation: int,
               fresh: frozenset[str] = frozenset()) -> None:
        """Add or replace ``documents`` in one commit; ids in ``fresh`` are known to be new
        (adding them skips the look-up for an old copy)."""
        with self._lock:
            self._open()
            writer = Writer(self._ix)
            try:
                for document in documents:
                    if document["id"] in fresh:
                        writer.add_document(**document)
                    else:
                        writer.update_document(**document)
            except BaseException:
                writer.cancel()
                raise
            writer.commit()
            self._after_write(generation)

    def _after_write(self, generation: int) -> None:
        if self._searcher is not None:
            self._searcher.close()
        self._searcher = self._ix.searcher()
        self._terms = None
        self._facet_cache, self._word_cache = {}, {}
        self._facets_saved = False
        write_atomically(self.folder / STAMP_FILE,
                         json.dumps({"schema": SCHEMA_VERSION, "generation": generation}))

    # ------------------------------------------------------------------ documents

    @staticmethod
    def document(article_id: str, title: str, text: str, date: str | None,
                 date_precision: str | None, facets: dict[str, Iterable[str]],
                 notes: str = "", names: Iterable[str] = (),
                 canonical_names: Iterable[str] = (), source: str = "",
                 added: str = "") -> dict[str, Any]:
        """The index document of one article; ``names`` feed "did you mean", and
        ``canonical_names`` of names written otherwise in it are searchable as well."""
        doc: dict[str, Any] = {
            "id": article_id, "title": title, "body": text, "notes": notes,
            # Names as the knowledge base writes them, too: "Huawei" finds "华为".
            "content": "\n".join((title, title, text, notes, *canonical_names)),
            "spell": " ".join([title, *names]),
            "date": date or "", "date_precision": date_precision,
            "date_sort": sort_key(date), "title_sort": title.casefold()[:200],
            "source": source, "added": added,
        }
        for name in FACETS:
            values = dict.fromkeys(v.replace(",", " ").strip() for v in facets.get(name, ()))
            doc[name] = ",".join(v for v in values if v)
        return doc

    # ------------------------------------------------------------------ reading

    def facet_values(self, facet: str) -> dict[str, int]:
        """Every value of a facet in the whole library with its article count."""
        with self._lock:
            self._open()
            reader = self._searcher.reader()
            return {term_text(term): reader.doc_frequency(facet, term)
                    for term in reader.lexicon(facet)}

    def search(self, request: SearchQuery,
               resolve: Callable[[str, str], str] | None = None) -> SearchResult:
        """Run a search: one page of hits, the total, disjunctive facet counts, hints.

        Never raises on what the user typed: a query that cannot be parsed is searched
        as plain words and ``message`` says so.

        Raises:
            IndexDamaged: the index files cannot be read (the caller rebuilds and retries).
        """
        started = time.perf_counter()
        with self._lock:
            self._open()
            try:
                result = self._search(request, resolve)
            except _DAMAGE as exc:
                raise IndexDamaged(str(exc)) from exc
        result.seconds = time.perf_counter() - started
        return result

    def _search(self, request: SearchQuery,
                resolve: Callable[[str, str], str] | None) -> SearchResult:
        searcher = self._searcher
        text = request.text.strip()[:MAX_QUERY_CHARS]
        # The words' matches are kept for the next searches with the same words: checking a
        # facet or fetching the next page then costs no second pass over the postings.
        cached = self._word_cache.get(text)
        if cached is None:
            words, message = parse(self.schema, text, resolve)
            # Facets work on bitsets (a Python int per value, one bit per document): AND
            # and bit_count run in C, so counting every value of every facet stays cheap.
            try:
                matches = self._term_cache().mask(words)
            except _DAMAGE:
                raise
            except Exception:  # a query Whoosh parsed but cannot run: search the words
                message = "Part of the query was not understood: searched the words."
                words = plain_words(self.schema, text)
                matches = self._term_cache().mask(words)
            cached = (words, message, matches)
            if len(self._word_cache) >= WORD_CACHE_SIZE:
                self._word_cache.pop(next(iter(self._word_cache)))
            self._word_cache[text] = cached
        words, message, word_mask = cached
        if request.among is not None:  # the search is over these articles only
            word_mask &= mask_of((n for n in (searcher.document_number(id=i)
                                              for i in request.among) if n is not None),
                                 searcher.reader().doc_count_all())
        chosen = {name: union(self._masks(name).get(v, 0) for v in values)
                  for name, values in request.filters}

        left_out = union(self._masks(name).get(v, 0) for name, values in request.exclude
                         for v in values)

        def combined(skip: str | None = None) -> int:
            mask = word_mask & ~left_out
            for name, facet_mask in chosen.items():
                if name != skip:
                    mask &= facet_mask
            return mask

        everything = combined()
        total = everything.bit_count()
        facets = {name: self._count(name, combined(name) if name in chosen else everything)
                  for name in FACETS}
        hits = self._page(words, everything, request, text, everything != word_mask)
        suggestion = self._suggest(text, words, total) if text else None
        return SearchResult(request, total, hits, facets, suggestion, message)

    def _facets_key(self) -> bytes:
        """What the saved bitsets must have been made from: this index, at this commit."""
        return json.dumps({"schema": SCHEMA_VERSION, "commit": self._ix.latest_generation(),
                           "documents": self._searcher.doc_count_all()}).encode() + b"\n"

    def _load_facets(self) -> None:
        """The bitsets saved at the last closing, when they are of the index as it is."""
        try:
            with open(self.folder / FACETS_FILE, "rb") as saved:
                if saved.readline() != self._facets_key():
                    return
                loaded = marshal.loads(zlib.decompress(saved.read()))
        except (OSError, ValueError, EOFError, TypeError, zlib.error):
            return  # none, or damaged: built again from the postings
        if isinstance(loaded, dict) and set(loaded) == set(FACETS):
            self._facet_cache, self._facets_saved = loaded, True

    def _save_facets(self) -> None:
        if self._facets_saved or set(self._facet_cache) != set(FACETS):
            return
        try:
            write_atomically(self.folder / FACETS_FILE, self._facets_key() + zlib.compress(
                marshal.dumps(self._facet_cache), 1))
        except OSError:
            pass  # only the next opening's first search is slower
        self._facets_saved = True

    def _masks(self, facet: str) -> dict[str, int]:
        """For every value of ``facet``, the bitset of the documents that have it."""
        if not self._facet_cache:
            self._load_facets()
        masks = self._facet_cache.get(facet)
        if masks is None:
            reader = self._searcher.reader()
            size = reader.doc_count_all()
            masks = self._facet_cache[facet] = {
                term_text(term): mask_of(reader.postings(facet, term).all_ids(), size)
                for term in reader.lexicon(facet)}
        return masks

    def _count(self, facet: str, target: int) -> dict[str, int]:
        """Articles per value of ``facet`` among the documents in the bitset ``target``."""
        counts = {}
        if target:
            for value, mask in self._masks(facet).items():
                count = (mask & target).bit_count()
                if count:
                    counts[value] = count
        return dict(sorted(counts.items(), key=lambda kv: -kv[1]))

    def _term_cache(self) -> TermCache:
        if self._terms is None:
            self._terms = TermCache(self._searcher, self._segment_words)
        return self._terms

    def _page(self, words: query.Query, matches: int, request: SearchQuery, text: str,
              narrowed: bool) -> list[Hit]:
        """One page of the documents in the bitset ``matches`` (the words' matches, or
        fewer when ``narrowed`` by filters), in the order asked for."""
        searcher = self._searcher
        wanted = request.offset + request.limit
        if wanted <= request.offset or not matches:
            return []
        sort = request.sort if request.sort in SORTS else "relevance"
        if sort == "relevance" and isinstance(words, query.Every):
            sort = "date"
        if sort == "relevance":
            page = self._term_cache().best(words, matches, wanted)[request.offset:]
        else:
            key, reverse = ORDERS[sort]
            # Every article, unfiltered (the default view) sorts without listing 100,000
            # document numbers first.
            every = isinstance(words, query.Every) and not narrowed
            results = searcher.search(query.Every(), limit=wanted,
                                      filter=None if every else members(matches),
                                      sortedby=key, reverse=reverse)
            page = [(hit.docnum, 0.0) for hit in results[request.offset:wanted]]
        marker = hit_pattern(query_words(text))
        hits = []
        for docnum, score in page:
            stored = searcher.stored_fields(docnum)
            hits.append(Hit(
                id=stored["id"], title=stored["title"], date=stored.get("date") or None,
                date_precision=stored.get("date_precision"),
                score=round(score, 4),
                snippet=snippet(stored.get("body", ""), marker),
                partners=split_values(stored.get("partners")),
                fields=split_values(stored.get("fields")),
                places=split_values(stored.get("places")),
                people=split_values(stored.get("people")),
                kind=stored.get("kinds", ""), source=stored.get("source", ""),
                added=stored.get("added", ""),
            ))
        return hits

    def _suggest(self, text: str, words: query.Query, total: int) -> str | None:
        """A corrected query when it finds more than the one typed (nothing or little)."""
        if total >= 3:
            return None
        try:
            spell = self._searcher.corrector("spell")
            correctors = {name: spell for name in ("content", "title", "notes", "spell")}
            corrected = self._searcher.correct_query(words, text, correctors=correctors,
                                                     prefix=1, maxdist=2)
        except Exception:  # spelling is a nicety: never let it break a search
            return None
        if corrected.query == words or corrected.string.strip().lower() == text.lower():
            return None
        better = sum(1 for _ in self._searcher.docs_for_query(corrected.query))
        return corrected.string if better > total else None
