"""Reposted articles: the same press release on the university's site, the company's and
three news sites, found as copies of one story.

Each article's text is cut into overlapping five-word shingles; the 32 smallest of their
hashes (a bottom-k sketch) are kept in the store with an index, so the articles that may be
copies of a new one are those sharing four or more of its sketch values (values a hundred
articles share are boilerplate and not looked up): one indexed query an article,
near-linear in the size of the library. The closest candidates' sketches then guess how
much they share, and those that may be copies are compared exactly: copies share half of
their shingles (edited titles, a dropped paragraph, added boilerplate) or the shorter is
mostly inside the longer (a truncated repost).
"""

from __future__ import annotations

import heapq
import re
import sqlite3
import zlib
from collections.abc import Callable, Iterable
from typing import Any

from partnerview.core.store import ArticleRecord, Store

SHINGLE_WORDS = 5
SKETCH_SIZE = 32
#: Sketch values two articles must share to be compared at all.
MIN_SHARED = 4
#: Shingles shared, of all of both: copies with edits.
MIN_JACCARD = 0.5
#: Shingles of the shorter article found in the longer: a truncated copy.
MIN_CONTAINMENT = 0.8
#: Articles too short to tell a copy from a common phrase.
MIN_SHINGLES = 8
#: Candidates compared in full, at most, for one article (the closest first).
MAX_CHECKS = 20
#: Candidates whose sketches guess less in common than this are not compared in full
#: (a copy cut to its first half still shows a half).
MIN_GUESS = 0.3
#: A sketch value this many articles share is a boilerplate phrase ("About Huawei: …"),
#: no sign of a copy: it is not looked up.
COMMON = 100

_WORDS = re.compile(r"[\u3400-\u9fff]|\w+")  # a Chinese character counts as a word


def shingles(text: str) -> set[int]:
    """The hashes of every run of five words of ``text`` (case and punctuation aside)."""
    words = _WORDS.findall(text.casefold())
    return {zlib.crc32(" ".join(words[i:i + SHINGLE_WORDS]).encode("utf-8"))
            for i in range(max(0, len(words) - SHINGLE_WORDS + 1))}


def sketch(hashes: set[int]) -> list[int]:
    """The article's bottom-k sketch: its smallest shingle hashes."""
    return heapq.nsmallest(SKETCH_SIZE, hashes)


def resemblance(a: list[int], b: list[int]) -> float:
    """The share of shingles two articles have in common, guessed from their sketches."""
    both = set(a) & set(b)
    smallest = heapq.nsmallest(SKETCH_SIZE, set(a) | set(b))
    return sum(1 for v in smallest if v in both) / len(smallest) if smallest else 0.0


def are_copies(a: set[int], b: set[int]) -> bool:
    """Whether two articles' shingles say one is a copy of the other."""
    if len(a) < MIN_SHINGLES or len(b) < MIN_SHINGLES:
        return False
    shared = len(a & b)
    return shared >= MIN_JACCARD * len(a | b) or shared >= MIN_CONTAINMENT * min(len(a), len(b))


def group(db: sqlite3.Connection, store: Store, records: Iterable[ArticleRecord]) -> list[str]:
    """Inside a transaction: sketch new or changed articles and put each in its story (a
    story is named by its first article). Returns the ids of other articles whose story
    changed (two stories one new article joins become one)."""
    moved: list[str] = []
    for record in records:
        hashes = shingles(record.text)
        values = sketch(hashes)
        neighbours = store.sketch_neighbours(values, MIN_SHARED, record.id, COMMON, MAX_CHECKS)
        story_of = store.stories_of(neighbours)
        sketches = store.sketches_of(neighbours)
        stories: set[str] = set()
        for candidate in neighbours:  # the closest first; one copy of a story is enough
            story = story_of.get(candidate, candidate)
            if story in stories or resemblance(values, sketches.get(candidate, [])) < MIN_GUESS:
                continue  # the sketches say no: the texts need not be read
            if are_copies(hashes, shingles(store.get_article(candidate).text)):
                stories.add(story)
        store.put_sketch(db, record.id, values)
        if store.story_manual(record.id):
            continue  # the user put it where it is
        story = store.first_of(stories | {record.id})
        store.set_story(db, record.id, story)
        for other in stories - {story}:
            for member in store.story_members(other):
                if not store.story_manual(member):
                    store.set_story(db, member, story)
                    moved.append(member)
    return moved


#: An article's place: (story, put there by hand).
Place = tuple[str, bool]


class Stories:
    """Reposts grouped into stories; the user splits a wrong copy off or joins two stories,
    and that stays (kept in the library, never undone by detection)."""

    def __init__(self, store: Store, changing: Callable[[list[str]], Any]) -> None:
        self._store = store
        self._changing = changing

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
