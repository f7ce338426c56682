"""Writes from two threads (an import and the user's edits) never leave the index behind."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from partnerview import Library


def test_a_bookmark_between_an_imports_save_and_its_indexing_rebuilds_nothing(
        library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    for i in range(3):
        (folder / f"{i}.txt").write_text(f"Article {i}\n\nOrion Networks signed. Word{i}.\n")
    rebuilds: list[int] = []
    keeper = library._keeper
    real_rebuild = keeper.rebuild
    monkeypatch.setattr(keeper, "rebuild",
                        lambda *a, **k: rebuilds.append(1) or real_rebuild(*a, **k))
    seed = library.article_ids()[0]
    index = keeper.index
    real_update = index.update
    edit = threading.Thread(target=library.set_bookmark, args=(seed, True))

    def update_after_an_edit(*args: object, **kwargs: object) -> None:
        # The import has saved its batch and is about to index it: the user bookmarks now.
        if threading.current_thread() is not edit and not edit.is_alive() and \
                edit.ident is None:
            edit.start()
            edit.join(timeout=2)  # with one write at a time, it waits for this one
        real_update(*args, **kwargs)

    monkeypatch.setattr(index, "update", update_after_an_edit)
    report = library.add([folder])
    edit.join()
    assert len(report.added) == 3
    assert rebuilds == []
    assert library.bookmarks() == [seed]
    assert library.search("word2").total == 1 and library.search("bookmarked:yes").total == 1


def test_bookmarks_and_tags_of_many_articles_are_one_write(
        library: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    commits: list[int] = []
    real_update = library._keeper.index.update
    monkeypatch.setattr(library._keeper.index, "update",
                        lambda documents, *a, **k: commits.append(len(documents)) or
                        real_update(documents, *a, **k))
    ids = library.article_ids()
    library.set_bookmarks(ids, True)
    library.set_many_tags({i: ["to read", "5g"] for i in ids[:3]})
    assert commits == [5, 3]
    assert library.search("bookmarked:yes").total == 5
    assert library.tags() == {"5g": 3, "to read": 3}
