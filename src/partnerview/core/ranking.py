"""Matching and ranking from per-term caches.

Each term a search names is read from the index once per commit: the bitset of the
documents that have it. A search combines the bitsets of its terms in C (AND, OR, NOT)
instead of walking their postings again. The first time plain words are ranked, Whoosh
ranks their matches; from the second (and at once for a phrase or a fuzzy term, which
Whoosh would verify or expand again), their BM25F scores are read once and kept, and the
matches are ranked by adding up their terms' cached scores, the way Whoosh scores an AND
or an OR (words searched once cost what they did; the words a user refines and pages
through cost a few milliseconds). Queries the bitsets cannot decide (a phrase needs the
words' positions) are matched by Whoosh once and kept.
"""

from __future__ import annotations

import heapq
from array import array
from collections import OrderedDict
from typing import Any

from whoosh import query

from partnerview.core.bitsets import mask_of, members, union

#: Terms whose bitsets and scores are kept; a term of 100,000 documents takes about
#: 12 KB as a bitset and 1.2 MB as scores.
CAPACITY = 64

#: A term as the index knows it: (field, text).
TermKey = tuple[str, Any]


class TermCache:
    """The bitsets and scores of the terms searched, for one searcher (one index commit)."""

    def __init__(self, searcher: Any) -> None:
        self._searcher = searcher
        self._reader = searcher.reader()
        self._size = self._reader.doc_count_all()
        self._alive: int | None = None
        self._masks: OrderedDict[TermKey, int] = OrderedDict()
        self._scores: OrderedDict[TermKey, tuple[array[int], array[float]]] = OrderedDict()
        self._ranked: set[TermKey] = set()  # ranked by Whoosh once: scored from here on
        self._expansions: dict[query.Query, list[TermKey]] = {}
        self._others: dict[query.Query, int] = {}

    def _mask(self, key: TermKey) -> int:
        """A term's documents as a bitset."""
        found = self._masks.get(key)
        if found is None:
            ids = self._reader.postings(*key).all_ids() if key in self._reader else ()
            found = self._masks[key] = mask_of(ids, self._size)
            if len(self._masks) > CAPACITY:
                self._masks.popitem(last=False)
        self._masks.move_to_end(key)
        return found

    def _term_scores(self, key: TermKey) -> tuple[array[int], array[float]]:
        """A term's documents and their BM25F scores."""
        found = self._scores.get(key)
        if found is None:
            docs, scores = array("i"), array("d")
            if key in self._reader:
                scorer = self._searcher.weighting.scorer(self._searcher, *key)
                matcher = self._reader.postings(*key)
                while matcher.is_active():
                    docs.append(matcher.id())
                    scores.append(scorer.score(matcher))
                    matcher.next()
            found = self._scores[key] = (docs, scores)
            if len(self._scores) > CAPACITY:
                self._scores.popitem(last=False)
        self._scores.move_to_end(key)
        return found

    def terms(self, leaf: query.Query) -> list[TermKey]:
        """The terms of the index a query without children stands for: a fuzzy term's
        every spelling within reach (looked for once: it reads the whole vocabulary)."""
        found = self._expansions.get(leaf)
        if found is None:
            found = self._expansions[leaf] = list(
                leaf.existing_terms(self._reader, phrases=True, expand=True))
        return found

    def alive(self) -> int:
        """Every document of the index (deleted ones aside)."""
        if self._alive is None:
            self._alive = mask_of(self._reader.all_doc_ids(), self._size)
        return self._alive

    def mask(self, q: query.Query) -> int:
        """The documents ``q`` matches, as a bitset."""
        if isinstance(q, query.Term):
            return self._mask((q.fieldname, q.text))
        if isinstance(q, query.MultiTerm):  # fuzzy, prefix, wildcard: any of its terms
            return union(self._mask(key) for key in self.terms(q))
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
        found = self._others.get(q)  # a phrase, a range: matched by Whoosh, once
        if found is None:
            found = self._others[q] = mask_of(self._searcher.docs_for_query(q), self._size)
        return found

    def best(self, q: query.Query, mask: int, wanted: int,
             narrowed: bool) -> list[tuple[int, float]]:
        """The ``wanted`` best documents of ``mask`` (``q``'s matches, ``narrowed`` by
        filters or not) as (number, score): the sum of the scores of the query's terms they
        have, the lower number first among equals."""
        terms = self._positive_terms(q)
        # Whoosh ranks plain words well the first time; a phrase or a fuzzy term it would
        # verify or expand again, so those are scored from the terms at once.
        if not terms <= self._ranked | set(self._scores) and \
                all(isinstance(leaf, query.Term) for leaf in q.leaves()):
            self._ranked |= terms
            results = self._searcher.search(q, limit=wanted,
                                            filter=members(mask) if narrowed else None)
            return [(hit.docnum, hit.score) for hit in results]
        totals = dict.fromkeys(members(mask), 0.0)
        for key in terms:
            docs, scores = self._term_scores(key)
            for docnum, score in zip(docs, scores, strict=True):
                if docnum in totals:
                    totals[docnum] += score
        return heapq.nlargest(wanted, totals.items(), key=lambda item: (item[1], -item[0]))

    def _positive_terms(self, q: query.Query) -> set[TermKey]:
        """The terms that count for a document's score: not those a NOT leaves out."""
        if isinstance(q, query.Not):
            return set()
        if isinstance(q, query.AndNot):
            return self._positive_terms(q.a)
        if q.is_leaf():
            return set(self.terms(q))
        return set().union(*(self._positive_terms(child) for child in q.children()))
