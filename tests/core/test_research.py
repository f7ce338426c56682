"""Saved searches, collections and batch searches, as the API and the command line give them."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest

from partnerview.cli import main
from partnerview.core.library import Library
from partnerview.core.search import SearchQuery
from partnerview.core.store import MIGRATIONS, StoreError

NEW_ARTICLE = """Kunpeng lab opens at Lakeside University

Lakeside University and Huawei opened a Kunpeng computing lab on 3 May 2026.
"""


def add_article(library: Library, folder: Path, name: str = "lakeside.txt",
                text: str = NEW_ARTICLE) -> str:
    path = folder / name
    path.write_text(text, "utf-8")
    library.add([path])
    return library.find_article(path)


def test_a_saved_search_counts_what_came_in_since_it_was_opened(
        library: Library, tmp_path: Path) -> None:
    query = SearchQuery.make("kunpeng", {"partners": ["Huawei"]}, sort="date")
    saved = library.saved_searches.save("Kunpeng labs", query)
    before = library.saved_searches.count(saved)
    assert before.total == library.run_search(query).total and before.new == 0

    add_article(library, tmp_path)
    after = library.saved_searches.count(library.saved_searches.get("kunpeng LABS"))
    assert (after.total, after.new) == (before.total + 1, 1)

    library.saved_searches.mark_opened("Kunpeng labs")
    assert library.saved_searches.count(library.saved_searches.get("Kunpeng labs")).new == 0
    kept = library.saved_searches.get("Kunpeng labs").query
    assert (kept.text, kept.filter_dict, kept.sort) == ("kunpeng", {"partners": ("Huawei",)},
                                                        "date")


def test_saved_searches_are_renamed_deleted_restored_and_kept_across_restarts(
        library: Library) -> None:
    library.saved_searches.save("Cloud", SearchQuery.make("cloud"))
    library.saved_searches.save("Talent", SearchQuery.make("talent"))
    with pytest.raises(StoreError, match="named “Talent” already"):
        library.saved_searches.rename("Cloud", "talent")
    library.saved_searches.rename("Cloud", "Cloud computing")
    gone = library.saved_searches.delete("Talent")
    assert [s.name for s in library.saved_searches] == ["Cloud computing"]
    library.saved_searches.restore(gone)
    folder = library.folder
    library.close()
    with Library.open(folder) as reopened:
        assert [(s.name, s.query.text) for s in reopened.saved_searches] == [
            ("Cloud computing", "cloud"), ("Talent", "talent")]
        with pytest.raises(ValueError):
            reopened.saved_searches.save("   ", SearchQuery())


def test_a_collection_is_a_facet_and_a_query_field(library: Library) -> None:
    ids = library.article_ids()
    name = library.collections.add("Report 2026", ids[:2])
    assert library.collections.add("report 2026", ids[2:3]) == "Report 2026"  # one spelling
    assert library.collections.counts() == {"Report 2026": 3}
    assert library.collections.members("Report 2026") == ids[:3]
    assert library.collections.of(ids[0]) == [name]

    by_facet = library.search("", filters={"collections": ["Report 2026"]})
    assert by_facet.total == 3
    assert library.search("collection:\"Report 2026\"").total == 3
    assert library.search("").facets["collections"] == {"Report 2026": 3}

    library.collections.remove("Report 2026", ids[:1])
    library.collections.rename("Report 2026", "Final report")
    assert library.search("", filters={"collections": ["Final report"]}).total == 2
    assert library.search("", filters={"collections": ["Report 2026"]}).total == 0

    assert library.collections.delete("Final report") == ids[1:3]
    assert library.collections.counts() == {}
    assert library.search("").facets["collections"] == {}
    assert len(library) == 5  # the articles stay


def test_collections_survive_an_index_rebuild_and_a_restart(library: Library) -> None:
    ids = library.article_ids()
    library.collections.add("Kenya", ids[:2])
    library.rebuild_index()
    assert library.search("collection:Kenya").total == 2
    folder = library.folder
    library.close()
    with Library.open(folder) as reopened:
        assert reopened.collections.counts() == {"Kenya": 2}
        assert reopened.search("", filters={"collections": ["kenya"]}).total == 2


def test_an_unknown_collection_or_article_is_refused(library: Library) -> None:
    with pytest.raises(KeyError):
        library.collections.add("X", ["no-such-article"])
    with pytest.raises(KeyError):
        library.collections.remove("Nothing", library.article_ids())
    assert library.collections.counts() == {}


def test_a_library_of_the_first_schema_is_upgraded(tmp_path: Path) -> None:
    folder = tmp_path / "old"
    folder.mkdir()
    db = sqlite3.connect(folder / "library.sqlite3")
    db.executescript(MIGRATIONS[0])
    db.execute("PRAGMA user_version = 1")
    db.close()
    with Library.open(folder) as lib:
        lib.saved_searches.save("Anything", SearchQuery())
        assert lib.collections.counts() == {}
        assert [s.name for s in lib.saved_searches] == ["Anything"]


def test_batch_search_counts_each_term_and_exports_csv(library: Library) -> None:
    rows = library.batch_search(["Kunpeng", "", "Chongqing University", "Kunpeng",
                                 "zzzz-nothing"], top=2)
    assert [r.term for r in rows] == ["Kunpeng", "Chongqing University", "zzzz-nothing"]
    assert rows[0].total == library.search("Kunpeng").total and len(rows[0].top) == 2
    assert rows[2].total == 0 and rows[2].top == []
    within = library.batch_search(["Kunpeng"], SearchQuery.make(
        "", {"partners": ["Chongqing University"]}))
    assert within[0].total < rows[0].total

    from partnerview.core.research import batch_csv

    table = list(csv.DictReader(io.StringIO(batch_csv(rows))))
    assert [(r["Term"], r["Articles"]) for r in table] == [
        (r.term, str(r.total)) for r in rows]
    assert rows[0].top[0].title in table[0]["Top articles"]


def test_batch_search_can_be_cancelled(library: Library) -> None:
    with pytest.raises(InterruptedError):
        library.batch_search(["a", "b", "c"], progress=lambda done, total: done < 2)


def test_cli_saves_runs_and_exports_a_saved_search(
        library: Library, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = str(library.folder)
    library.close()
    assert main(["--data-dir", folder, "search", "kunpeng", "--save", "Kunpeng"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", folder, "search", "--saved", "kunpeng", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found["query"] == "kunpeng" and found["total"] >= 1

    assert main(["--data-dir", folder, "search", "--saved", "Nope"]) == 2
    assert "no search is saved as 'Nope' (saved: Kunpeng)" in capsys.readouterr().err

    target = tmp_path / "kunpeng.ris"
    assert main(["--data-dir", folder, "export", "results", "--saved", "Kunpeng",
                 "--format", "ris", "-o", str(target)]) == 0
    assert target.read_text("utf-8").count("TY  - NEWS") == found["total"]


def test_cli_filters_by_collection(library: Library,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    library.collections.add("Picked", library.article_ids()[:2])
    folder = str(library.folder)
    library.close()
    assert main(["--data-dir", folder, "search", "--collection", "Picked", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == 2


def test_words_of_a_fielded_phrase_are_not_marked_in_the_text() -> None:
    from partnerview.core.search import query_words

    assert query_words('collection:"Africa report" cloud "smart campus" tag:x') == [
        "cloud", "smart campus"]
