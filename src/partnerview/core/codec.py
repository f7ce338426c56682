"""How the index writes its postings: Whoosh's own format, pickled faster, from postings
gathered by term.

Whoosh pickles each block of up to 128 postings with pickle's protocol 2, which writes every
posting's value (a few bytes of positions) as a call to ``codecs.encode``: reading a block of
the index took about 120 µs, and writing one as long. With the newest protocol both take
about 17 µs and the block is smaller. Whoosh reads a block with ``pickle.loads``, which
takes any protocol, so an index keeps Whoosh's layout and blocks of either kind open alike.

A writer gathers a segment's postings before it writes them in the order of their terms.
Whoosh sorts every posting at the commit, in one call that holds the interpreter: about
120 ms for 1,000 articles, a stall of the window while an import commits a batch.
:class:`Writer` gathers them by term instead and sorts only the terms.
"""

from __future__ import annotations

import pickle
import zlib
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3Codec, W3PostingsWriter
from whoosh.util.numeric import length_to_byte
from whoosh.writing import PostingPool, SegmentWriter


class Codec(W3Codec):
    """Whoosh's codec (``W3Codec``) with :class:`PostingsWriter` for the postings.

    Each segment names its codec in the index's table of contents: this class must stay
    importable as ``partnerview.core.codec.Codec`` for the index to open (an index that
    does not open is rebuilt from the store).
    """

    def postings_writer(self, dbfile: Any, byteids: bool = False) -> W3PostingsWriter:
        return PostingsWriter(dbfile, blocklimit=self._blocklimit, byteids=byteids,
                              compression=self._compression, inlinelimit=self._inlinelimit)


class PostingsWriter(W3PostingsWriter):
    """Whoosh's postings writer, a block pickled with the newest protocol."""

    def _write_block(self, last: bool = False) -> None:
        # Whoosh's W3PostingsWriter._write_block, but for the protocol.
        if not self._blockcount:
            self._postfile.write(WHOOSH3_HEADER_MAGIC)
        self._terminfo.add_block(self)
        data = pickle.dumps((self._mini_ids(), self._mini_weights(), self._mini_values()),
                            pickle.HIGHEST_PROTOCOL)
        if self._compression:
            data = zlib.compress(data, self._compression)
        ids = self._ids
        info = pickle.dumps((len(ids), ids[-1], self._maxweight, self._compression,
                             length_to_byte(self._minlength), length_to_byte(self._maxlength)),
                            pickle.HIGHEST_PROTOCOL)
        length = len(info) + len(data)
        self._postfile.write_int(-length if last else length)  # the last block: negative
        self._postfile.write(info)
        self._postfile.write(data)
        self._blockcount += 1
        self._new_block()


#: Postings gathered in memory, at most, before they go to a sorted run on disk (Whoosh's
#: 128 MB pool, at its estimate of about 150 bytes a posting).
POOL_POSTINGS = 850_000


class Writer(SegmentWriter):
    """Whoosh's segment writer, its postings gathered by term (:class:`TermPool`)."""

    def __init__(self, ix: Any, **kwargs: Any) -> None:
        super().__init__(ix, codec=Codec(), **kwargs)
        self.pool = TermPool(self._tempstorage, self.newsegment)


class TermPool(PostingPool):
    """Whoosh's pool of a new segment's postings, gathered by (field, term) as they come.

    Postings come in the order of their documents (new ones, then those of each segment a
    commit merges), so each term's list is in order and only the terms need sorting; the
    postings come out in the order Whoosh's sort gives. A pool too large for memory goes to
    Whoosh's sorted runs on disk, as Whoosh's own does."""

    def __init__(self, tempstore: Any, segment: Any) -> None:
        super().__init__(tempstore, segment)
        self._terms: dict[tuple[str, bytes], list[tuple[Any, ...]]] = {}
        self._count = 0

    def add(self, item: tuple[Any, ...]) -> None:  # (field, term, docnum, weight, value)
        postings = self._terms.get(item[:2])
        if postings is None:
            self._terms[item[:2]] = [item]
        else:
            postings.append(item)
        self._count += 1
        if self._count >= POOL_POSTINGS:
            self.save()

    def _sorted(self) -> Iterator[tuple[Any, ...]]:
        terms, self._terms, self._count = self._terms, {}, 0
        # Sorted a field and a first byte at a time, and each term's postings let go once
        # written: one sort of every term, or freeing every posting at once at the end,
        # holds the interpreter for tens of milliseconds, in which the app's window cannot
        # repaint.
        heads: dict[tuple[str, bytes], list[bytes]] = defaultdict(list)
        for field, term in terms:
            heads[field, term[:1]].append(term)
        for field, head in sorted(heads):
            for term in sorted(heads[field, head]):
                yield from terms.pop((field, term))

    def save(self) -> None:
        self.current = list(self._sorted())  # Whoosh's sort of a sorted list is one pass
        super().save()

    def items(self, maxfiles: int = 128) -> Iterator[tuple[Any, ...]]:
        if not self.runs:
            return self._sorted()
        return super().items(maxfiles)

    def cleanup(self) -> None:
        self._terms, self._count = {}, 0
        super().cleanup()
