"""The per-term caches rank as Whoosh does: the same documents with the same scores, over
segments read a block at a time, segments with deleted documents, and documents whose
postings run over many blocks."""

from __future__ import annotations

from pathlib import Path

import pytest
from whoosh import index as whoosh_index
from whoosh.qparser import QueryParser

from partnerview.core.bitsets import members
from partnerview.core.index import _schema
from partnerview.core.ranking import TermCache

WORDS = "lidar sonar radar sensor lab campus cloud robot".split()


def _text(number: int) -> str:
    """A document of a few of ``WORDS``, repeated by its number, at varying lengths."""
    chosen = [w for i, w in enumerate(WORDS) if number % (i + 2) == 0]
    return " ".join(chosen * (1 + number % 4) + ["filler"] * (number % 37))


def test_scores_read_by_blocks_are_whooshs_scores(tmp_path: Path) -> None:
    ix = whoosh_index.create_in(tmp_path, _schema())
    for first in (0, 700, 1400):  # three segments, each with postings of several blocks
        with ix.writer() as writer:
            writer.mergetype = lambda _writer, segments: segments  # keep them apart
            for number in range(first, first + 700):
                writer.add_document(id=str(number), content=_text(number),
                                    title=WORDS[number % len(WORDS)])
    with ix.writer() as writer:  # deletions in one segment: read a posting at a time
        writer.mergetype = lambda _writer, segments: segments
        for number in range(720, 800):
            writer.delete_by_term("id", str(number))
    parser = QueryParser("content", ix.schema)
    with ix.searcher() as searcher:
        assert len(searcher.reader().leaf_readers()) == 3
        cache = TermCache(searcher)
        for text in ("lidar", "lidar sonar", "lidar OR sonar OR title:cloud",
                     "robot sensor lab", "campus AND (radar OR cloud)"):
            q = parser.parse(text)
            mask = cache.mask(q)
            expected = searcher.search(q, limit=None)
            assert members(mask) == {hit.docnum for hit in expected}, text
            # The same sums, added up in another order for an OR.
            assert cache.best(q, mask, 25) == [(hit.docnum, pytest.approx(hit.score))
                                              for hit in expected[:25]], text
