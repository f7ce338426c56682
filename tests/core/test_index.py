"""SearchQuery: an immutable value that filter edits return anew."""

from __future__ import annotations

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
