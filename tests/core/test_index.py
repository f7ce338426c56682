"""SearchQuery: an immutable value that filter edits return anew; the index's saved
facet counts."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from whoosh.codec.whoosh3 import W3Codec
from whoosh.filedb.filestore import FileStorage
from whoosh.writing import SegmentWriter

from partnerview.core import codec, index
from partnerview.core.bitsets import mask_of
from partnerview.core.curation import Correction
from partnerview.core.index import FACETS_FILE
from partnerview.core.library import Library
from partnerview.core.search import SearchQuery


def test_filter_edits_return_new_queries_and_keep_words_and_order() -> None:
    query = SearchQuery.make("kunpeng", sort="date", limit=100)
    huawei = query.with_filter("partners", "Huawei")
    both = huawei.with_filter("partners", "ECNU").with_filter("years", "2024")
    assert query.filters == ()  # unchanged
    assert both.filter_dict == {"partners": ("Huawei", "ECNU"), "years": ("2024",)}
    assert (both.text, both.sort, both.limit) == ("kunpeng", "date", 100)
    assert both.with_filter("partners", "Huawei") == both  # chosen already: the same query
    assert both.without_filter("partners", "Huawei").filter_dict == {
        "partners": ("ECNU",), "years": ("2024",)}
    assert both.without_filter("years", "2024").filter_dict == {"partners": ("Huawei", "ECNU")}
    assert both.with_values("years", ["2019", "2020"]).filter_dict["years"] == ("2019", "2020")
    assert both.with_values("years", []).filter_dict == {"partners": ("Huawei", "ECNU")}
    assert both.without_filters() == SearchQuery.make("kunpeng", sort="date", limit=100)


def test_facet_counts_saved_at_closing_are_used_only_for_the_same_index(
        library: Library, isolated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = library.search("").facets
    library.close()
    saved = isolated / "index" / FACETS_FILE
    assert saved.exists()
    built: list[int] = []  # facet bitsets made from postings
    monkeypatch.setattr(index, "mask_of", lambda *a: built.append(1) or mask_of(*a))
    with Library.open(isolated) as reopened:  # the first search reads the saved counts
        assert reopened.search("").facets == before
        assert built == []
        reopened.set_bookmark(reopened.article_ids()[0])  # a write: they are stale now
        after = reopened.search("").facets
        assert after["bookmarked"] == {"yes": 1}
    with Library.open(isolated) as again:
        assert again.search("").facets == after
    saved.write_bytes(saved.read_bytes()[:60] + b"damaged")
    with Library.open(isolated) as damaged:  # a damaged file is no more than slower
        assert damaged.search("").facets == after


def test_searches_follow_every_write_though_terms_are_cached(library: Library,
                                                             tmp_path: Path) -> None:
    """Each term's matches and scores are kept between searches: an import, a changed
    file, a note, a bookmark and a correction each show in the next search."""
    assert library.search("zanzibar").total == 0
    assert library.search("kunpeng").total > 0  # cached now
    new = tmp_path / "new.txt"
    new.write_text("Zanzibar Kunpeng centre\n\nA Kunpeng centre opened in Zanzibar.", "utf-8")
    library.add([new])  # an import
    article = library.find_article(new)
    assert [h.id for h in library.search("zanzibar").hits] == [article]
    assert article in [h.id for h in library.search("kunpeng", limit=500).hits]
    new.write_text("Pemba Kunpeng centre\n\nA Kunpeng centre opened in Pemba.", "utf-8")
    library.add([new])  # a changed file: its old words go
    assert library.search("zanzibar").total == 0
    assert library.search("pemba").total == 1
    library.annotate(article, 0, 5, note="marimba")  # a note is searched
    assert [h.id for h in library.search("marimba").hits] == [article]
    library.set_bookmark(article)
    assert library.search("pemba", filters={"bookmarked": ["yes"]}).total == 1
    library.curation.add(Correction("rename", "organization", "Huawei", "Huawei Tech"))
    assert library.search('partner:"Huawei Tech"').total == library.search(
        "", filters={"partners": ["Huawei Tech"]}).total > 0
    assert library.search("partner:Huawei").total == 0


def test_relevance_ranks_by_the_terms_and_keeps_what_a_not_leaves_out(
        library: Library, tmp_path: Path) -> None:
    folder = tmp_path / "ranked"
    folder.mkdir()
    (folder / "a.txt").write_text("Orchid Labs builds a lidar lab\n\nLidar, lidar and more "
                                  "lidar: the lab studies lidar sensors.", "utf-8")
    (folder / "b.txt").write_text("A note on sensors\n\nOne lidar was bought.", "utf-8")
    (folder / "c.txt").write_text("Sonar and lidar\n\nA sonar lab and a lidar lab.", "utf-8")
    library.add([folder])
    a, b, c = (library.find_article(folder / name) for name in ("a.txt", "b.txt", "c.txt"))
    for _ in range(3):  # ranked by Whoosh, then from the terms' scores read and kept
        assert [h.id for h in library.search("lidar").hits] == [a, c, b]
        assert [h.id for h in library.search("lidar NOT sonar").hits] == [a, b]
        assert [h.id for h in library.search("lidar OR sonar").hits][:2] == [c, a]
        assert [h.id for h in library.search('"lidar lab"').hits] == [a, c]
        assert [h.id for h in library.search("lidar", filters={"partners": []}).hits] == \
            [a, c, b]


def test_an_index_written_by_whooshs_own_codec_opens_and_grows(
        isolated: Path, seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A library indexed before the index pickled its postings its own way searches as
    before and takes new articles beside the old blocks."""
    # as the index was written before
    monkeypatch.setattr(index, "Writer", lambda ix: SegmentWriter(ix, codec=W3Codec()))
    with Library.open(isolated) as old:
        old.add([seeds])
        before = [(h.id, h.score) for h in old.search("huawei university").hits]
    monkeypatch.undo()
    new = tmp_path / "new.txt"
    new.write_text("Huawei and Pemba University\n\nHuawei opened a centre at Pemba University.",
                   "utf-8")
    with Library.open(isolated) as now:
        assert [(h.id, h.score) for h in now.search("huawei university").hits] == before
        now.add([new])
        found = now.search("huawei pemba")
        assert [h.title for h in found.hits] == ["Huawei and Pemba University"]
        codecs = {type(segment.codec()) for segment in now._keeper.index._ix._segments()}
        assert codecs == {W3Codec, codec.Codec}  # the new segment beside the old


@pytest.mark.parametrize("in_memory", [True, False])
def test_postings_gathered_by_term_are_those_whooshs_sort_writes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, in_memory: bool) -> None:
    """The index's writer writes the postings and stored fields Whoosh's own writes, for new
    articles, beside a deletion, through merges and through runs on disk."""
    if not in_memory:
        monkeypatch.setattr(codec, "POOL_POSTINGS", 40)
    words = "cloud lab ai kunpeng campus talent 5g data smart harmonyos the and of".split()
    documents = [index.SearchIndex.document(
        f"a{i}", f"Title {words[i % 7]} {i}", " ".join(words[(i * j) % len(words)]
                                                       for j in range(i % 9 + 3)),
        f"2024-0{i % 9 + 1}-01", "day", {"partners": [f"Partner {i % 4}"], "fields": words[:i % 3]},
        names=[f"Name {i}"]) for i in range(30)]

    def written(folder: Path, writer: Callable[[Any], SegmentWriter]) -> list[Any]:
        folder.mkdir()
        ix = FileStorage(str(folder)).create_index(index._schema())
        for batch, gone, merge in ((documents[:12], "", True), (documents[12:24], "a0", True),
                                   (documents[24:], "a12", False)):
            w = writer(ix)
            w.delete_by_term("id", gone)
            for document in batch:
                w.add_document(**document)
            w.commit(optimize=not merge)
        with ix.reader() as reader:
            postings = [(field, term, [(m.id(), m.weight(), m.value()) for m in
                                       _postings(reader.postings(field, term))])
                        for field, term in reader.all_terms()]
            return [postings, list(reader.iter_docs())]

    assert written(tmp_path / "ours", codec.Writer) == \
        written(tmp_path / "whooshs", lambda ix: SegmentWriter(ix, codec=codec.Codec()))


def _postings(matcher: Any) -> Iterator[Any]:
    while matcher.is_active():
        yield matcher
        matcher.next()
