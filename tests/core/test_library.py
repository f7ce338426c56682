from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from partnerview import Library

KUNPENG_SEEDS = {"001_d40acb2358fee038.txt", "002_3025173e233142f3.txt"}


def ids_of(lib: Library, names: set[str], seeds: Path) -> set[str]:
    return {lib.find_article(seeds / name) for name in names}


def test_kunpeng_finds_exactly_the_seeds_that_mention_it(library: Library, seeds: Path) -> None:
    mentioning = {p.name for p in seeds.iterdir() if "kunpeng" in p.read_text().lower()}
    assert mentioning == KUNPENG_SEEDS
    result = library.search("kunpeng")
    assert {h.id for h in result.hits} == ids_of(library, KUNPENG_SEEDS, seeds)
    assert result.total == 2
    assert all('<b class="match' in h.snippet and "Kunpeng" in h.snippet for h in result.hits)


def test_facet_counts_for_a_query(library: Library) -> None:
    result = library.search("kunpeng")
    assert result.facets["partners"] == {"Huawei": 2, "Chongqing University": 1,
                                         "East China Normal University": 1}
    assert result.facets["fields"]["Kunpeng"] == 2


def test_filters_or_within_a_facet_and_across_facets(library: Library) -> None:
    either = library.search(filters={"partners": ["Chongqing University",
                                                  "Wuhan University of Technology"]})
    assert either.total == 2
    both = library.search(filters={"partners": ["Huawei"], "fields": ["Kunpeng"]})
    assert both.total == 2
    narrowed = library.search(filters={"partners": ["Chongqing University"],
                                       "fields": ["Kunpeng"]})
    assert narrowed.total == 1


def test_facet_counts_are_disjunctive(library: Library) -> None:
    """A checked partner still shows the other partners' counts, as a click would give."""
    result = library.search(filters={"partners": ["Chongqing University"]})
    assert result.total == 1
    assert result.facets["partners"]["East China Normal University"] == 2
    assert result.facets["fields"] == {k: 1 for k in result.facets["fields"]}


@pytest.mark.parametrize("query,count", [
    ("partner:ECNU", 2), ("partner:WUT", 1), ("partner:\"Wuhan University of Technology\"", 1),
    ("partner:ecnu AND field:kunpeng", 1), ("kind:agreement", 3), ("year:2025", 1),
    ("date:[2019 TO 2025]", 1), ("\"smart campus\"", 2), ("huawei NOT ecnu", 3),
    ("kunpen~", 2), ("univ*", 5), ("title:huawei", 4), ("place:Liaoning", 1),
])
def test_query_language(library: Library, query: str, count: int) -> None:
    result = library.search(query)
    assert result.total == count, (query, [h.title for h in result.hits])
    assert result.message is None


@pytest.mark.parametrize("query", ['"unclosed', "AND OR", "field:", "foo:bar", "((", "~~~",
                                   "*?*", "partner:", "date:[ TO", "\x00", "a" * 5000])
def test_malformed_queries_never_raise(library: Library, query: str) -> None:
    result = library.search(query)
    assert result.total >= 0
    assert isinstance(result.hits, list)


def test_malformed_queries_say_what_was_not_understood(library: Library) -> None:
    assert "quotation mark" in library.search('"unclosed').message
    assert "needs a value" in library.search("field:").message
    assert "Unknown field 'foo'" in library.search("foo:kunpeng").message
    assert library.search("foo:kunpeng").total == 2


def test_did_you_mean(library: Library) -> None:
    result = library.search("kunpng")
    assert result.total == 0
    assert result.suggestion == "kunpeng"
    assert library.search("kunpeng").suggestion is None


@pytest.mark.parametrize("sort,first", [
    ("date", "Huawei and Shenyang Institute"), ("title", "ECNU becomes a strategic partner"),
])
def test_sort(library: Library, sort: str, first: str) -> None:
    assert library.search(sort=sort).hits[0].title.startswith(first)


def test_paging(library: Library) -> None:
    everything = [h.id for h in library.search(sort="title").hits]
    page = [h.id for h in library.search(sort="title", limit=2, offset=2).hits]
    assert page == everything[2:4]


def test_adding_again_is_a_no_op_and_changes_update(library: Library, seeds: Path) -> None:
    again = library.add([seeds])
    assert (len(again.added), len(again.updated), len(again.unchanged)) == (0, 0, 5)
    edited = seeds / "002_3025173e233142f3.txt"
    edited.write_text(edited.read_text() + "\nA new paragraph about quantumwidgets.\n")
    report = library.add([edited])
    assert report.updated == [library.find_article(edited)]
    assert library.search("quantumwidgets").total == 1
    assert len(library) == 5


def test_article_keeps_its_text_when_the_source_is_deleted(library: Library, seeds: Path) -> None:
    article_id = library.find_article(seeds / "003_97c123b8a224d17c.txt")
    shutil.rmtree(seeds)
    assert "Noah's Ark Lab" in library.article(article_id).text


def test_failures_are_reported_by_name_and_the_rest_imported(tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "gb.txt").write_bytes("华为与重庆大学签署协议\n\n双方将在鲲鹏领域合作。\n"
                                     .encode("gb18030"))
    (folder / "good.txt").write_text("Good title\n\nKenya and Huawei signed a deal.\n")
    with Library.open(tmp_path / "lib") as lib:
        report = lib.add([folder])
        assert len(report.added) == 2
        failed = {Path(p).name: reason for p, reason in report.failed}
        assert failed == {"binary.txt": "binary file, not text", "empty.txt": "empty file"}
        titles = {lib.article(i).title for i in report.added}
        assert titles == {"华为与重庆大学签署协议", "Good title"}


def test_index_is_rebuilt_when_deleted(library: Library, isolated: Path) -> None:
    expected = {h.id for h in library.search("kunpeng").hits}
    library.close()
    shutil.rmtree(isolated / "index")
    with Library.open(isolated) as reopened:
        assert {h.id for h in reopened.search("kunpeng").hits} == expected


def test_index_is_rebuilt_when_a_segment_is_garbage(library: Library, isolated: Path) -> None:
    expected = {h.id for h in library.search("kunpeng").hits}
    library.close()
    for file in (isolated / "index").iterdir():
        if file.suffix in (".seg", ".trm", ".pst", ".toc"):
            file.write_bytes(b"\x00garbage" * 100)
    with Library.open(isolated) as reopened:
        assert {h.id for h in reopened.search("kunpeng").hits} == expected


def test_index_from_another_schema_version_is_rebuilt(library: Library, isolated: Path) -> None:
    library.close()
    stamp = isolated / "index" / "partnerview-index.json"
    stamp.write_text('{"schema": -1, "generation": 0}')
    with Library.open(isolated) as reopened:
        assert not reopened.index_is_current()
        assert reopened.search("kunpeng").total == 2
        assert reopened.index_is_current()


def test_database_is_wal_with_a_schema_version(library: Library, isolated: Path) -> None:
    import sqlite3

    db = sqlite3.connect(isolated / "library.sqlite3")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA user_version").fetchone()[0] >= 1
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_unknown_filter_is_a_clear_error(library: Library) -> None:
    with pytest.raises(ValueError, match="unknown filter 'colour'"):
        library.search(filters={"colour": ["red"]})


def test_core_does_not_import_qt() -> None:
    import subprocess
    import sys

    code = ("import sys\nclass Block:\n    def find_spec(self, name, *a):\n"
            "        if name.startswith('PySide6'): raise ImportError('blocked')\n"
            "sys.meta_path.insert(0, Block())\n"
            "import partnerview.core.library, partnerview.cli\nprint('ok')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip() == "ok", out.stderr


def test_bookmarked_filter_both_ways(library: Library) -> None:
    marked = library.article_ids()[0]
    library.set_bookmark(marked, True)
    assert [h.id for h in library.search(bookmarked=True).hits] == [marked]
    others = library.search(bookmarked=False)
    assert others.total == 4 and marked not in {h.id for h in others.hits}


def test_tag_counts_and_tagged(library: Library) -> None:
    ids = library.article_ids()
    library.set_tags(ids[0], ["report", "cite"])
    library.set_tags(ids[1], ["report"])
    assert library.tags() == {"cite": 1, "report": 2}
    assert library.tagged("report") == sorted(ids[:2])
    assert library.search("tag:report").total == 2


def test_a_rebuilt_index_finds_what_the_user_added_to_articles(library: Library) -> None:
    first, second = library.article_ids()[:2]
    library.set_bookmark(first)
    library.set_tags(second, ["shortlist", "follow up"])
    library.collections.add("Kenya", [first, second])
    library.annotate(second, 0, 10, note="zebrafish protocol")
    facets = ("bookmarked", "tags", "collections", "annotated")
    before = {facet: library.search("").facets[facet] for facet in facets}
    library.rebuild_index()
    assert {facet: library.search("").facets[facet] for facet in facets} == before == {
        "bookmarked": {"yes": 1}, "tags": {"follow up": 1, "shortlist": 1},
        "collections": {"Kenya": 2}, "annotated": {"yes": 1}}
    assert [hit.id for hit in library.search("zebrafish").hits] == [second]


def test_articles_and_their_marks_are_read_for_many_ids_at_once(library: Library) -> None:
    ids = library.article_ids()
    library.set_tags(ids[0], ["shortlist", "follow up"])
    library.collections.add("Kenya", ids[:2])
    note = library.annotate(ids[1], 0, 10, note="zebrafish protocol")
    many = [f"missing{i}" for i in range(1200)] + ids  # more ids than one query takes
    store = library._store
    assert set(store.get_articles(many)) == set(ids)
    assert store.tags_by_article(many) == {ids[0]: ["follow up", "shortlist"]}
    assert store.collections_by_article(many) == {ids[0]: ["Kenya"], ids[1]: ["Kenya"]}
    assert [n.id for n in store.annotations_by_article(many)[ids[1]]] == [note.id]
