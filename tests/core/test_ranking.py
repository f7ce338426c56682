"""The per-term caches match and rank as Whoosh does: the same documents with the same
scores, over segments read a block at a time, segments with deleted documents, terms whose
postings run over many blocks, and segments written by Whoosh's codec or the library's;
phrases from the words' positions and fuzzy terms from the vocabulary match what Whoosh's
own matchers match."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from whoosh import index as whoosh_index
from whoosh.qparser import FuzzyTermPlugin, QueryParser

from partnerview.core.bitsets import members
from partnerview.core.codec import Codec
from partnerview.core.index import _schema
from partnerview.core.ranking import TermCache

WORDS = "lidar sonar radar sensor lab campus cloud robot café cafe".split()


def _text(number: int) -> str:
    """A document of a few of ``WORDS``, repeated by its number, at varying lengths."""
    chosen = [w for i, w in enumerate(WORDS) if number % (i + 2) == 0]
    return " ".join(chosen * (1 + number % 4) + ["filler"] * (number % 37))


@pytest.fixture(scope="module")
def ix(tmp_path_factory: pytest.TempPathFactory) -> Any:
    ix = whoosh_index.create_in(tmp_path_factory.mktemp("index"), _schema())
    # three segments, each with postings of several blocks: the first as Whoosh writes it
    # (a library indexed before), the others as the library writes them now
    for first, codec in ((0, None), (700, Codec()), (1400, Codec())):
        with ix.writer(codec=codec) as writer:
            writer.mergetype = lambda _writer, segments: segments  # keep them apart
            for number in range(first, first + 700):
                writer.add_document(id=str(number), content=_text(number),
                                    title=WORDS[number % len(WORDS)])
    with ix.writer() as writer:  # deletions in one segment: read a posting at a time
        writer.mergetype = lambda _writer, segments: segments
        for number in range(720, 800):
            writer.delete_by_term("id", str(number))
    return ix


def test_scores_read_by_blocks_are_whooshs_scores(ix: Any) -> None:
    parser = QueryParser("content", ix.schema)
    with ix.searcher() as searcher:
        assert len(searcher.reader().leaf_readers()) == 3
        cache = TermCache(searcher, {})
        for text in ("lidar", "lidar sonar", "lidar OR sonar OR title:cloud",
                     "robot sensor lab", "campus AND (radar OR cloud)"):
            q = parser.parse(text)
            mask = cache.mask(q)
            expected = searcher.search(q, limit=None)
            assert members(mask) == {hit.docnum for hit in expected}, text
            # The same sums, added up in another order for an OR.
            assert cache.best(q, mask, 25) == [(hit.docnum, pytest.approx(hit.score))
                                              for hit in expected[:25]], text


def test_phrases_match_what_whoosh_matches(ix: Any) -> None:
    parser = QueryParser("content", ix.schema)
    with ix.searcher() as searcher:
        cache = TermCache(searcher, {})
        for text in ('"lidar sonar"', '"lab lidar"', '"campus campus"', '"lidar sonar radar"',
                     '"lidar filler"', 'filler "lab lidar"', '"lidar unheard"'):
            q = parser.parse(text)
            expected = set(searcher.docs_for_query(q))
            assert bool(expected) == ("unheard" not in text), text
            assert members(cache.mask(q)) == expected, text


def test_fuzzy_terms_reach_the_words_within_their_edits(ix: Any) -> None:
    parser = QueryParser("content", ix.schema)
    parser.add_plugin(FuzzyTermPlugin())
    words: dict[tuple[str, str], frozenset[str]] = {}
    with ix.searcher() as searcher:
        cache = TermCache(searcher, words)
        # Two letters swapped are one edit (Whoosh's own automaton counts two).
        for text, reached in [("lidra~", "lidar"), ("sensors~", "sensor"), ("rodar~", "radar"),
                              ("radar~2", "lidar radar"), ("cafè~", "cafe café"),
                              ("cliud~1/2", "cloud"), ("cliud~1/3", "")]:
            q = parser.parse(text)
            assert sorted(word.decode() for _field, word in cache.terms(q)) == \
                reached.split(), text
            expected = set(searcher.docs_for_query(parser.parse(" OR ".join(reached.split()))))
            assert members(cache.mask(q)) == expected, text
    assert {field for _segment, field in words} == {"content"}  # kept for the next commit


def test_an_empty_index_matches_nothing(tmp_path: Path) -> None:
    ix = whoosh_index.create_in(tmp_path, _schema())
    parser = QueryParser("content", ix.schema)
    parser.add_plugin(FuzzyTermPlugin())
    with ix.searcher() as searcher:
        cache = TermCache(searcher, {})
        for text in ("lidar", '"lidar sonar"', "lidra~", "lidar OR sonar"):
            assert cache.mask(parser.parse(text)) == 0, text
