"""Chinese in the window: typed through an input method, found, highlighted, faceted."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from partnerview.gui.main_window import MainWindow
from partnerview.gui.reader import SEARCH_HIT
from tests.gui.conftest import formats, rows

ZH = Path(__file__).parents[1] / "core" / "zh"


def compose(window: MainWindow, preedit: str, commit: str = "") -> None:
    """What an input method sends: text being composed, then the text chosen."""
    event = QInputMethodEvent(preedit, [])
    if commit:
        event.setCommitString(commit)
    QApplication.sendEvent(window.search_bar.edit, event)


def test_chinese_typed_through_an_input_method_searches_once_committed(
        qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    folder = tmp_path / "zh"
    shutil.copytree(ZH, folder, ignore=shutil.ignore_patterns("*.json", "*.md"))
    with qtbot.waitSignal(window.importing.import_finished, timeout=30000):
        window.importing.add([folder])
    qtbot.waitSignal(window.search_finished, timeout=10000).wait()
    window.search_bar.edit.setFocus()
    searches: list[Any] = []
    window.search_finished.connect(searches.append)
    compose(window, "huawei")  # pinyin being composed: nothing is searched
    qtbot.wait(700)
    assert searches == [] and window.query.text == ""
    with qtbot.waitSignal(window.search_finished, timeout=10000) as blocker:
        compose(window, "", commit="华为")
    while blocker.args[0].query.text != "华为":
        with qtbot.waitSignal(window.search_finished, timeout=10000) as blocker:
            pass
    assert blocker.args[0].total == 8  # three Chinese articles and the five English seeds
    assert "华为副总裁一行来访华东师范大学" in rows(window)
    with qtbot.waitSignal(window.article_opened, timeout=5000):
        window.table.select(next(h.id for h in blocker.args[0].hits if "华为副总裁" in h.title))
    assert {text for text, _ in formats(window, SEARCH_HIT)} == {"华为"}  # marked in the reader
    languages = blocker.args[0].facets["languages"]
    assert languages == {"Chinese": 3, "English": 5}


def test_completion_offers_chinese_names_of_partners(qtbot: Any, window: MainWindow,
                                                      tmp_path: Path) -> None:
    completions = window.search_bar.completer.model()
    label = "华为  —  partner: Huawei"
    qtbot.waitUntil(lambda: label in completions.stringList(), timeout=10000)
    window.search_bar.edit.setFocus()
    compose(window, "", commit="华为")  # typed through an input method
    popup = window.search_bar.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=5000)
    assert popup.model().index(0, 0).data() == label
    with qtbot.waitSignal(window.search_finished, timeout=10000) as blocker:
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)
    while blocker.args[0].query.filter_dict != {"partners": ("Huawei",)}:
        with qtbot.waitSignal(window.search_finished, timeout=10000) as blocker:
            pass
    assert blocker.args[0].total == 5 and window.search_bar.edit.text() == ""
