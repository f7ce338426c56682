"""SearchQuery: an immutable value that filter edits return anew; the index's saved
facet counts."""

from __future__ import annotations

from pathlib import Path

import pytest

from partnerview.core import index
from partnerview.core.bitsets import mask_of
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
    built: list[int] = []  # bitsets made from postings
    monkeypatch.setattr(index, "mask_of", lambda *a: built.append(1) or mask_of(*a))
    with Library.open(isolated) as reopened:  # the first search reads the saved counts
        assert reopened.search("").facets == before
        assert len(built) == 1  # the words' matches only
        reopened.set_bookmark(reopened.article_ids()[0])  # a write: they are stale now
        after = reopened.search("").facets
        assert after["bookmarked"] == {"yes": 1}
    with Library.open(isolated) as again:
        assert again.search("").facets == after
    saved.write_bytes(saved.read_bytes()[:60] + b"damaged")
    with Library.open(isolated) as damaged:  # a damaged file is no more than slower
        assert damaged.search("").facets == after
