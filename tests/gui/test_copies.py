"""Reposted copies in the window: one row a story, the copies in the reader, split by hand."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QTextBrowser

from partnerview import Library
from partnerview.gui.article_table import SNIPPET_ROLE, TITLE
from partnerview.gui.dialogs import TextDialog
from partnerview.gui.main_window import MainWindow
from partnerview.paths import seeds_dir
from tests.core.test_copies import STORY
from tests.gui.conftest import open_window, saved, search


@pytest.fixture
def reposted(qtbot: Any, window: MainWindow, tmp_path: Path) -> MainWindow:
    folder = tmp_path / "reposts"
    folder.mkdir()
    (folder / "university.txt").write_text(STORY, "utf-8")
    (folder / "news_site.txt").write_text("Home | News\n\n" + STORY + "\nShare this story.\n",
                                          "utf-8")
    (folder / "company.txt").write_text("\n\n".join(STORY.split("\n\n")[:3]), "utf-8")
    with qtbot.waitSignal(window.importing.library_changed, timeout=30000):
        window.importing.add([folder])
    return window


def test_a_story_is_one_row_with_its_copies_and_counts_once(
        qtbot: Any, reposted: MainWindow) -> None:
    window = reposted
    result = search(qtbot, window, "Savanna")
    assert result.total == 1
    assert window.table.model.index(0, TITLE).data(SNIPPET_ROLE).startswith(
        "<i>+2 copies</i>")
    assert result.facets["partners"]["Savanna Telecom"] == 1
    with qtbot.waitSignal(window.search_finished, timeout=10000) as blocker:
        window.menu.stories_action.trigger()  # count every copy
    assert blocker.args[0].total == 3
    assert blocker.args[0].facets["partners"]["Savanna Telecom"] == 3


def test_the_reader_lists_the_copies_opens_and_compares_them(
        qtbot: Any, reposted: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    window = reposted
    search(qtbot, window, "Savanna")
    window.table.select_first()
    article = window.reader.article
    copies = window.library.stories.copies(article.id)
    assert len(copies) == 2
    meta = window.reader.meta.text()
    assert "Also published:" in meta and all(f'href="copy:{c}"' in meta for c in copies)
    news = next(c for c in copies if window.library.article(c).path.endswith("news_site.txt"))
    with qtbot.waitSignal(window.article_opened, timeout=10000) as blocker:
        window.reader.meta.linkActivated.emit(f"copy:{news}")
    assert blocker.args == [news]
    shown: list[str] = []
    monkeypatch.setattr(TextDialog, "exec",
                        lambda self: shown.append(self.findChild(QTextBrowser).toPlainText()))
    window.reader.meta.linkActivated.emit(f"compare:{article.id}")
    assert shown and "Share this story." in shown[0]  # what the news site added


def test_split_a_wrong_copy_off_and_undo(qtbot: Any, reposted: MainWindow) -> None:
    window = reposted
    company = next(i for i in window.library.article_ids()
                   if window.library.article(i).path.endswith("company.txt"))
    menu = window.research.menu_for_rows([company])
    action = next(a for a in menu.actions() if a.text().startswith("&Split Off"))
    saved(qtbot, window, action.trigger)
    assert window.library.stories.copies(company) == []
    assert search(qtbot, window, "Savanna").total == 2  # two stories now
    saved(qtbot, window, window.menu.undo_action.trigger)
    assert len(window.library.stories.copies(company)) == 2


def test_a_storys_copies_are_shown_in_the_list_under_it_and_hidden_again(
        qtbot: Any, reposted: MainWindow) -> None:
    window = reposted
    search(qtbot, window, "Savanna")
    story = window.table.model.article_id(0)
    menu = window.research.menu_for_rows([story])
    next(a for a in menu.actions() if a.text() == "&Show the 2 Copies Here").trigger()
    model = window.table.model
    assert model.rowCount() == 3
    assert [model.article_id(r) for r in (1, 2)] == window.library.stories.copies(story)
    assert model.index(1, TITLE).data(SNIPPET_ROLE).startswith("<i>a copy</i>")
    menu = window.research.menu_for_rows([story])
    next(a for a in menu.actions() if a.text() == "&Hide the 2 Copies").trigger()
    assert model.rowCount() == 1


def test_opening_a_library_from_before_bands_signs_its_articles_in_the_background(
        qtbot: Any, isolated: Path, settings: Any) -> None:
    with Library.open(isolated) as library:
        library.add([seeds_dir()])
    db = sqlite3.connect(isolated / "library.sqlite3")
    with db:
        db.execute("DELETE FROM signatures")  # as a library of schema 4 has them
    db.close()
    window = open_window(qtbot, isolated, settings)
    try:
        qtbot.waitUntil(lambda: window.library.stories.unsigned() == 0, timeout=20000)
        qtbot.waitUntil(lambda: window.work.progress.isHidden(), timeout=5000)
    finally:
        window.close()
        window.library.close()
