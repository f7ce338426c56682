"""Reposted articles: the same press release on the university's site, the company's and
three news sites, found as copies of one story.

Each article's text is cut into overlapping five-word shingles and summarised by a MinHash
signature of 126 values (one-permutation hashing: the shingle hashes fall into 126 bins, each
keeps its smallest, an empty bin borrows its neighbour's). Signatures are cut into 42 bands of
three values (locality-sensitive hashing); the store indexes each band's hash, so the
articles that may be copies of a new one are those sharing a band with it: one indexed query
an article, near-linear in the size of the library. Two articles sharing half of their
shingles share a band 996 times in 1,000, while a band is three values at once, so a
boilerplate phrase many articles have does not make them candidates (a band a hundred
articles share is boilerplate all the same and not looked up). The signatures guess how much
the candidates share, and those that may be copies are compared exactly: copies share half of
their shingles (edited titles, a dropped paragraph, added boilerplate) or the shorter is
mostly inside the longer (a truncated repost).
"""

from __future__ import annotations

import re
import sqlite3
import zlib
from array import array
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from operator import eq
from typing import Any

from partnerview.core.collecting import let_go
from partnerview.core.store import ArticleRecord, Store

SHINGLE_WORDS = 5
#: Bands of a signature, and the values each combines: a pair sharing a share ``s`` of
#: their shingles shares a band with chance 1 - (1 - s**3)**42 (0.996 at a half, 0.29 at a
#: fifth, 0.04 at a tenth).
BANDS, ROWS = 42, 3
BINS = BANDS * ROWS
#: Shingles shared, of all of both: copies with edits.
MIN_JACCARD = 0.5
#: Shingles of the shorter article found in the longer: a truncated copy.
MIN_CONTAINMENT = 0.8
#: Articles too short to tell a copy from a common phrase.
MIN_SHINGLES = 8
#: Candidates compared in full, at most, for one article (the closest first).
MAX_CHECKS = 20
#: Candidates whose signatures guess less in common than this are not compared in full
#: (a copy cut to its first half still shows a half).
MIN_GUESS = 0.3
#: A band this many articles share is a boilerplate passage ("About Huawei: …"), no sign of
#: a copy: it is not looked up.
COMMON = 100

_WORDS = re.compile(r"[\u3400-\u9fff]|\w+")  # a Chinese character counts as a word


def shingles(text: str) -> set[int]:
    """The hashes of every run of five words of ``text`` (case and punctuation aside)."""
    words = _WORDS.findall(text.casefold())
    return {zlib.crc32(" ".join(words[i:i + SHINGLE_WORDS]).encode("utf-8"))
            for i in range(max(0, len(words) - SHINGLE_WORDS + 1))}


def signature(hashes: set[int]) -> list[int]:
    """The article's MinHash signature: the smallest hash in each of ``BINS`` bins; an empty
    bin (a short article) takes the next filled bin's value, marked with its distance."""
    if len(hashes) < MIN_SHINGLES:
        return []  # too short to be told from a common phrase
    smallest = [-1] * BINS
    for value in hashes:
        slot, rest = value % BINS, value // BINS
        if smallest[slot] < 0 or rest < smallest[slot]:
            smallest[slot] = rest
    filled = [i for i, v in enumerate(smallest) if v >= 0]
    for i, v in enumerate(smallest):
        if v < 0:
            j = next((f for f in filled if f > i), filled[0])
            smallest[i] = (1 << 40) + (smallest[j] << 7 | (j - i) % BINS)  # none is real
    return smallest


def bands(values: list[int]) -> list[int]:
    """The hash of each band of a signature (the band's number included)."""
    return [zlib.crc32(array("Q", [band, *values[band * ROWS:(band + 1) * ROWS]]).tobytes())
            for band in range(BANDS) if values]


def packed(values: list[int]) -> bytes:
    """A signature as kept in the store: the low 16 bits of each value (b-bit MinHash; two
    different values look equal once in 65,536, too rarely to matter)."""
    return array("H", [v & 0xFFFF for v in values]).tobytes()


def resemblance(a: bytes, b: bytes) -> float:
    """The share of shingles two articles have in common, guessed from their signatures."""
    first, second = array("H", a), array("H", b)
    if not first or not second:
        return 0.0
    return sum(map(eq, first, second)) / BINS


def are_copies(a: set[int], b: set[int]) -> bool:
    """Whether two articles' shingles say one is a copy of the other."""
    if len(a) < MIN_SHINGLES or len(b) < MIN_SHINGLES:
        return False
    shared = len(a & b)
    return shared >= MIN_JACCARD * len(a | b) or shared >= MIN_CONTAINMENT * min(len(a), len(b))


def group(db: sqlite3.Connection, store: Store, records: Iterable[ArticleRecord]) -> list[str]:
    """Inside a transaction: sign new or changed articles and put each in its story (a
    story is named by its first article). Returns the ids of other articles whose story
    changed (two stories one new article joins become one)."""
    moved: list[str] = []
    # the shingles of candidates read, and of these records (a repost's candidates are
    # often the records before it)
    compared: dict[str, set[int]] = {}
    for record in records:
        hashes = compared[record.id] = shingles(record.text)
        values = signature(hashes)
        keys, mine = bands(values), packed(values)
        neighbours = store.band_neighbours(keys, record.id, COMMON, MAX_CHECKS)
        story_of = store.stories_of(neighbours)
        signatures = store.signatures_of(neighbours)
        stories: set[str] = set()
        for candidate in neighbours:  # the closest first; one copy of a story is enough
            story = story_of.get(candidate, candidate)
            if story in stories or resemblance(mine, signatures.get(candidate, b"")) < MIN_GUESS:
                continue  # the signatures say no: the texts need not be read
            if candidate not in compared:
                compared[candidate] = shingles(store.text_of(candidate))
            if are_copies(hashes, compared[candidate]):
                stories.add(story)
        store.put_signature(db, record.id, mine, keys)
        if store.story_manual(record.id):
            continue  # the user put it where it is
        story = store.first_of(stories | {record.id})
        store.set_story(db, record.id, story)
        for other in stories - {story}:
            for member in store.story_members(other):
                if not store.story_manual(member):
                    store.set_story(db, member, story)
                    moved.append(member)
    let_go(compared)
    return moved


#: An article's place: (story, put there by hand).
Place = tuple[str, bool]


class Stories:
    """Reposts grouped into stories; the user splits a wrong copy off or joins two stories,
    and that stays (kept in the library, never undone by detection)."""

    def __init__(self, store: Store, changing: Callable[[list[str]], Any],
                 writing: AbstractContextManager[Any]) -> None:
        self._store = store
        self._changing = changing
        self._writing = writing

    def unsigned(self) -> int:
        """How many articles have no signature yet (a library from before repost detection
        by bands): new copies of them are found once they are signed."""
        return self._store.unsigned_count()

    def sign(self, progress: Callable[[int, int], Any] | None = None) -> int:
        """Sign the articles that have no signature, a thousand to a write (their stories
        stay as they are); returns how many were signed."""
        ids = self._store.unsigned_ids() if self.unsigned() else []
        for start in range(0, len(ids), 1000):
            with self._writing, self._store.transaction() as db:
                for article_id in ids[start:start + 1000]:
                    record = self._store.get_article(article_id)
                    values = signature(shingles(record.text)) if record else []
                    self._store.put_signature(db, article_id, packed(values), bands(values))
            done = min(start + 1000, len(ids))
            if progress and progress(done, len(ids)) is False:
                return done
        return len(ids)

    def copies(self, article_id: str) -> list[str]:
        """The other articles of an article's story, first first."""
        return self._store.copies_of([article_id])[article_id]

    def places(self, article_ids: Iterable[str]) -> dict[str, Place]:
        """Where articles are now, to put them back (undo)."""
        return {i: (self._store.story_of(i) or i, self._store.story_manual(i))
                for i in article_ids}

    def split(self, article_id: str) -> list[str]:
        """Take an article out of its story (it is no copy); returns the articles moved."""
        story = self._store.story_of(article_id) or article_id
        members = self._store.story_members(story)
        moved = {article_id: (article_id, True)}
        rest = [m for m in members if m != article_id]
        if story == article_id and rest:  # the story goes on from its next article
            moved.update({m: (rest[0], self._store.story_manual(m)) for m in rest})
        return self.restore(moved)

    def join(self, article_ids: Iterable[str]) -> list[str]:
        """Make the stories of these articles one; returns the articles moved."""
        stories = {self._store.story_of(i) or i for i in article_ids}
        first = self._store.first_of(stories)
        members = {m for s in stories for m in self._store.story_members(s) or [s]}
        return self.restore({m: (first, True) for m in members})

    def restore(self, places: dict[str, Place]) -> list[str]:
        """Put articles where ``places`` says, in one write; returns their ids."""
        ids = list(places)
        with self._changing(ids) as db:
            for article_id, (story, manual) in places.items():
                self._store.set_story(db, article_id, story, manual)
        return ids


def differences(first: str, second: str, first_label: str, second_label: str) -> str:
    """Two copies side by side (HTML), only where they differ, with a few lines around."""
    import difflib

    table = difflib.HtmlDiff(wrapcolumn=60).make_table(
        first.splitlines(), second.splitlines(), first_label, second_label, context=True,
        numlines=1)
    if "No Differences Found" in table:
        return "<p>The two copies have the same text.</p>"
    return ("<style>.diff_add{background:#bbf7d0}.diff_chg{background:#fef08a}"
            ".diff_sub{background:#fecaca}td{font-size:small}</style>" + table)
