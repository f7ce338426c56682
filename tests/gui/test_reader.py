"""The reader: entities highlighted, clicked and followed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextCursor

from partnerview.gui.main_window import MainWindow
from partnerview.gui.reader import ENTITY_NAME, ENTITY_TYPE
from tests.gui.conftest import formats, search


def test_reader_highlights_entities_by_type(qtbot: Any, window: MainWindow) -> None:
    search(qtbot, window, "Huawai")
    assert window.reader.article.title.startswith("WUT and Huawei")
    entities = formats(window, ENTITY_TYPE)
    names = {(text, kind) for text, kind in entities}
    assert ("Wang Fazhou", "person") in names
    assert ("WUT", "organization") in names
    assert ("Hubei", "place") in names
    assert ("cloud computing", "field") in names
    assert ("December 23", "date") in names
    assert ("Huawai", "Huawei") in formats(window, ENTITY_NAME)
    # Hiding a type removes its highlights.
    window.reader.type_toggles["person"].setChecked(False)
    assert ("Wang Fazhou", "person") not in set(formats(window, ENTITY_TYPE))


def test_clicking_an_entity_filters_by_it(qtbot: Any, window: MainWindow) -> None:
    search(qtbot, window, "Huawai")
    body = window.reader.body
    at = window.reader.article.text.index("Wang Fazhou") + 2
    cursor = QTextCursor(body.document())
    cursor.setPosition(at)
    point = body.cursorRect(cursor).center()
    with qtbot.waitSignal(window.search_finished) as blocker:
        qtbot.mouseClick(body.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args[0].query.filter_dict == {"people": ("Wang Fazhou",)}


def test_links_open_only_after_confirmation(qtbot: Any, window: MainWindow, tmp_path: Path,
                                            no_blocking_dialogs: list[Any],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QMessageBox

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(
        lambda url: opened.append(url.toString()) or True))
    article = tmp_path / "linked.txt"
    article.write_text("Linked story\n\nDetails at https://example.edu/news/1. More text.\n")
    with qtbot.waitSignal(window.importing.import_finished):
        window.importing.add([article])
    article_id = window.library.find_article(article)
    window.open_article(article_id)
    from PySide6.QtGui import QTextFormat

    href = int(QTextFormat.Property.AnchorHref.value)
    assert formats(window, href) == [("https://example.edu/news/1",
                                      "https://example.edu/news/1")]
    window.reader.body.anchorClicked.emit(QUrl("https://example.edu/news/1"))
    assert no_blocking_dialogs[-1][0] == "question"
    assert "https://example.edu/news/1" in no_blocking_dialogs[-1][1]
    assert opened == []  # the recorded dialog answers Ok, not Yes: nothing opens
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    window.reader.body.anchorClicked.emit(QUrl("https://example.edu/news/1"))
    assert opened == ["https://example.edu/news/1"]
