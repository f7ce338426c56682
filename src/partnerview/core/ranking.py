"""Matching and ranking from per-term caches.

Each term a search names is read from the index once per commit: its documents (kept as a
bitset) and their BM25F scores. A search combines the bitsets of its terms in C (AND, OR,
NOT) instead of walking their postings again, and ranks its matches by adding up their
terms' scores, the way Whoosh scores an AND or an OR. A term's postings are read a block at
a time (Whoosh's own matcher decodes and scores them one by one, three to four times
slower); a phrase or a fuzzy term is scored from its terms, which Whoosh would verify or
expand again. A phrase is matched from its words' positions, read the same way; what the
bitsets cannot decide otherwise (a range, a phrase with a slop) is matched by Whoosh once
and kept.
"""

from __future__ import annotations

import heapq
import pickle
from array import array
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from itertools import accumulate, repeat
from operator import add, neg
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import OSA
from whoosh import query
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher, _lenfield
from whoosh.formats import Positions
from whoosh.scoring import BM25FScorer
from whoosh.util.numeric import byte_to_length

from partnerview.core.bitsets import mask_of, members, union

#: Terms whose bitsets and scores are kept; a term of 100,000 documents takes about
#: 12 KB as a bitset and 1.2 MB as scores.
CAPACITY = 64

#: A term as the index knows it: (field, text as bytes).
TermKey = tuple[str, bytes]

#: Whoosh's length bytes as lengths (0 for none).
_LENGTHS = [byte_to_length(byte) for byte in range(256)]


def _block_ids(matcher: W3LeafMatcher) -> tuple[int, ...]:
    """The document numbers of a matcher's current block (Whoosh's ``_read_ids`` adds up
    the gaps between them in a Python generator)."""
    if matcher._data is None:
        matcher._read_data()
    return tuple(accumulate(matcher._data[0]))


def _gaps_summed(value: bytes) -> Iterable[int]:
    """A posting's positions as Whoosh's ``Positions`` writes them (a 4-byte count, then
    the pickled list of the gaps between them), added up in C instead of a Python loop."""
    return accumulate(pickle.loads(value[4:]))


class TermCache:
    """The bitsets and scores of the terms searched, for one searcher (one index commit).

    ``words`` keeps each segment's words by field from one commit to the next: segments
    do not change once written, so a fuzzy term after an import reads only the new one's.
    """

    def __init__(self, searcher: Any, words: dict[tuple[str, str], frozenset[str]]
                 ) -> None:
        self._searcher = searcher
        self._reader = searcher.reader()
        self._segments = {segment.segment_id(): reader  # (an empty index has none)
                          for reader, _offset in self._reader.leaf_readers()
                          if (segment := reader.segment()) is not None}
        for key in [key for key in words if key[0] not in self._segments]:
            del words[key]  # merged away
        self._segment_words = words
        self._schema = searcher.schema
        self._size = self._reader.doc_count_all()
        self._alive: int | None = None
        self._masks: OrderedDict[TermKey, int] = OrderedDict()
        self._scores: OrderedDict[TermKey, tuple[array[int], array[float]]] = OrderedDict()
        self._field_lengths: dict[tuple[int, str], bytes] = {}
        self._expansions: dict[query.Query, list[TermKey]] = {}
        self._others: dict[query.Query, int] = {}

    def _mask(self, key: TermKey) -> int:
        """A term's documents as a bitset."""
        found = self._masks.get(key)
        if found is None:
            found = self._masks[key] = mask_of(self._term_scores(key)[0], self._size)
            if len(self._masks) > CAPACITY:
                self._masks.popitem(last=False)
        self._masks.move_to_end(key)
        return found

    def _term_scores(self, key: TermKey) -> tuple[array[int], array[float]]:
        """A term's documents and their BM25F scores."""
        found = self._scores.get(key)
        if found is None:
            found = self._scores[key] = self._read(key)
            if len(self._scores) > CAPACITY:
                self._scores.popitem(last=False)
        self._scores.move_to_end(key)
        return found

    def _read(self, key: TermKey) -> tuple[array[int], array[float]]:
        """A term's postings, segment by segment: a block of document numbers and weights
        at a time where the segment is in Whoosh's own format and has no deletions, one
        posting at a time through Whoosh's matcher otherwise."""
        docs, scores = array("i"), array("d")
        for searcher, offset in self._searcher.leaf_searchers():
            reader = searcher.reader()
            if key not in reader:
                continue
            # The segment's own searcher: document lengths by its numbers, statistics
            # (idf, average length) of the whole index, as Whoosh scores.
            scorer = self._searcher.weighting.scorer(searcher, *key)
            matcher = reader.postings(*key)
            if type(matcher) is W3LeafMatcher and isinstance(scorer, BM25FScorer):
                lengths = self._lengths(reader, offset, key[0])
                # Whoosh's bm25(), its length part worked out once for each length byte.
                idf, b, k1, boost = scorer.idf, scorer.B, scorer.K1, scorer.K1 + 1
                norms = [k1 * ((1 - b) + b * length / scorer.avgfl) for length in _LENGTHS]
                while matcher.is_active():
                    ids = _block_ids(matcher)
                    matcher._read_weights()
                    docs.extend([docnum + offset for docnum in ids])
                    scores.extend([idf * ((weight * boost) / (weight + norms[lengths[docnum]]))
                                   for docnum, weight in zip(ids, matcher._weights, strict=True)])
                    matcher._next_block()
            else:
                while matcher.is_active():
                    docs.append(matcher.id() + offset)
                    scores.append(scorer.score(matcher))
                    matcher.next()
        return docs, scores

    def _lengths(self, reader: Any, offset: int, field: str) -> bytes:
        """The length byte of ``field`` in each document of a segment."""
        key = (offset, field)
        found = self._field_lengths.get(key)
        if found is None:
            column = reader._perdoc._cached_reader(_lenfield(field), LENGTHS_COLUMN)
            raw = column._dbfile.get(column._basepos, column._count) if column else b""
            found = self._field_lengths[key] = bytes(raw).ljust(reader.doc_count_all(), b"\0")
        return found

    def terms(self, leaf: query.Query) -> list[TermKey]:
        """The terms of the index a query without children stands for (none if the index
        has none of its words): a fuzzy term's every spelling within reach (looked for once:
        it reads the whole vocabulary)."""
        found = self._expansions.get(leaf)
        if found is None:
            if isinstance(leaf, query.FuzzyTerm) and leaf.fieldname in self._schema:
                found = self._spellings(leaf)
            else:
                found = list(leaf.existing_terms(self._reader, phrases=True, expand=True))
            self._expansions[leaf] = found
        return found

    def _spellings(self, q: query.FuzzyTerm) -> list[TermKey]:
        """The words of the index within a fuzzy term's reach, as Whoosh finds them (its
        distance counts two letters swapped as one edit), compared in C."""
        field = self._schema[q.fieldname]
        words: set[str] = set()
        for segment, reader in self._segments.items():
            key = (segment, q.fieldname)
            if key not in self._segment_words:
                self._segment_words[key] = frozenset(
                    field.from_bytes(word) for word in reader.lexicon(q.fieldname))
            words |= self._segment_words[key]
        prefix = q.text[:q.prefixlength]
        near = process.extract(q.text, [w for w in words if w.startswith(prefix)],
                               scorer=OSA.distance, score_cutoff=q.maxdist, limit=None)
        return [(q.fieldname, field.to_bytes(word)) for word, _distance, _at in near]

    def alive(self) -> int:
        """Every document of the index (deleted ones aside)."""
        if self._alive is None:
            self._alive = (1 << self._size) - 1
            if self._reader.has_deletions():
                self._alive = mask_of(self._reader.all_doc_ids(), self._size)
        return self._alive

    def mask(self, q: query.Query) -> int:
        """The documents ``q`` matches, as a bitset."""
        if isinstance(q, query.Term | query.MultiTerm):  # a word; any spelling of a fuzzy,
            return union(self._mask(key) for key in self.terms(q))  # prefix, wildcard term
        if isinstance(q, query.Every):
            return self.alive()
        if q is query.NullQuery:
            return 0
        if isinstance(q, query.Not):
            return self.alive() & ~self.mask(q.query)
        if isinstance(q, query.AndNot):
            return self.mask(q.a) & ~self.mask(q.b)
        if isinstance(q, query.AndMaybe):
            return self.mask(q.a)
        if isinstance(q, query.And):
            mask = self.alive()
            for child in q.children():
                mask &= self.mask(child)
            return mask
        if isinstance(q, query.Or) and not q.minmatch and \
                not any(isinstance(c, query.Not) for c in q.children()):
            return union(self.mask(child) for child in q.children())
        if isinstance(q, query.Phrase) and q.slop == 1 and q.fieldname in self._schema and \
                self._schema[q.fieldname].format.supports("positions"):
            return self._phrase(q)
        found = self._others.get(q)  # a range, a phrase with slop: matched by Whoosh, once
        if found is None:
            found = self._others[q] = mask_of(self._searcher.docs_for_query(q), self._size)
        return found

    def _phrase(self, q: query.Phrase) -> int:
        """The documents where the phrase's words stand one after another."""
        found = self._others.get(q)
        if found is None:
            field = self._schema[q.fieldname]
            keys = [(q.fieldname, field.to_bytes(word)) for word in q.words]
            candidates = self.alive()
            for key in keys:
                candidates &= self._mask(key)
            wanted = members(candidates)
            # For each candidate, the positions where the phrase could start.
            starts: dict[int, set[int]] = {}
            for shift, key in enumerate(keys):
                for docnum, positions in self._positions(key, wanted):
                    if shift == 0:
                        starts[docnum] = set(positions)
                    else:
                        starts[docnum].intersection_update(map((-shift).__add__, positions))
            found = self._others[q] = mask_of(
                (docnum for docnum, left in starts.items() if left), self._size)
        return found

    def _positions(self, key: TermKey, wanted: set[int]
                   ) -> Iterator[tuple[int, Iterable[int]]]:
        """The positions of a term in each document of ``wanted`` that has it."""
        written = self._schema[key[0]].format
        decode = _gaps_summed if type(written).decode_positions is Positions.decode_positions \
            else written.decode_positions
        for searcher, offset in self._searcher.leaf_searchers():
            reader = searcher.reader()
            if key not in reader:
                continue
            matcher = reader.postings(*key)
            if type(matcher) is W3LeafMatcher:
                while matcher.is_active():
                    matcher._read_values()
                    for docnum, value in zip(_block_ids(matcher), matcher._values, strict=True):
                        if docnum + offset in wanted:
                            yield docnum + offset, decode(value)
                    matcher._next_block()
            else:
                while matcher.is_active():
                    if matcher.id() + offset in wanted:
                        yield matcher.id() + offset, matcher.value_as("positions")
                    matcher.next()

    def best(self, q: query.Query, mask: int, wanted: int) -> list[tuple[int, float]]:
        """The ``wanted`` best documents of ``mask`` (``q``'s matches, or fewer) as (number,
        score): the sum of the scores of the query's terms they have, the lower number
        first among equals."""
        docs = list(members(mask))
        totals: Iterable[float] = repeat(0.0, len(docs))
        for key in self._positive_terms(q):  # summed in C, a term at a time
            scores = dict(zip(*self._term_scores(key), strict=True))
            totals = list(map(add, totals, map(scores.get, docs, repeat(0.0))))
        return [(-negative, score) for score, negative in
                heapq.nlargest(wanted, zip(totals, map(neg, docs), strict=True))]

    def _positive_terms(self, q: query.Query) -> set[TermKey]:
        """The terms that count for a document's score: not those a NOT leaves out."""
        if isinstance(q, query.Not):
            return set()
        if isinstance(q, query.AndNot):
            return self._positive_terms(q.a)
        if q.is_leaf():
            return set(self.terms(q))
        return set().union(*(self._positive_terms(child) for child in q.children()))
