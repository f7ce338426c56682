"""The reader: entities highlighted, clicked and followed, readable in any palette."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor, QPalette, QTextCursor

from partnerview.gui.main_window import MainWindow
from partnerview.gui.reader import ENTITY_NAME, ENTITY_TYPE
from tests.gui.conftest import formats, saved, search


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


def contrast(one: QColor, other: QColor) -> float:
    """WCAG 2 contrast ratio of two colours."""
    def luminance(color: QColor) -> float:
        def channel(value: int) -> float:
            value /= 255
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
        return (0.2126 * channel(color.red()) + 0.7152 * channel(color.green()) +
                0.0722 * channel(color.blue()))
    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def dark_palette() -> QPalette:
    """A dark desktop palette, as KDE's Breeze Dark or Windows' dark mode give."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, color in ((roles.Window, (45, 45, 45)), (roles.WindowText, (232, 232, 232)),
                        (roles.Base, (30, 30, 30)), (roles.AlternateBase, (45, 45, 45)),
                        (roles.Text, (232, 232, 232)), (roles.Button, (50, 50, 50)),
                        (roles.ButtonText, (232, 232, 232)), (roles.ToolTipBase, (60, 60, 60)),
                        (roles.ToolTipText, (232, 232, 232)), (roles.Link, (100, 160, 255)),
                        (roles.Highlight, (42, 110, 200)), (roles.HighlightedText,
                                                              (255, 255, 255)),
                        (roles.PlaceholderText, (150, 150, 150))):
        palette.setColor(role, QColor(*color))
    return palette


@pytest.mark.parametrize("dark", [False, True])
def test_highlighted_text_stays_readable_in_light_and_dark_palettes(
        qtbot: Any, window: MainWindow, dark: bool) -> None:
    if dark:
        window.setPalette(dark_palette())
    search(qtbot, window, "huawei")  # search hits are marked too
    body = window.reader.body
    saved(qtbot, window, lambda: window.marking.highlight(window.reader.article.id, 0, 40,
                                                          "yellow"))
    palette = body.palette()
    base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
    document = body.document()
    cursor = QTextCursor(document)
    checked = set()
    for position in range(1, len(document.toPlainText()) + 1):
        cursor.setPosition(position)
        fmt = cursor.charFormat()
        if fmt.background().style() == Qt.BrushStyle.NoBrush:
            continue
        tint = fmt.background().color()
        alpha = tint.alphaF()
        shown = QColor.fromRgbF(*(getattr(tint, c)() * alpha + getattr(base, c)() * (1 - alpha)
                                  for c in ("redF", "greenF", "blueF")))
        ink = fmt.foreground().color() if fmt.foreground().style() != Qt.BrushStyle.NoBrush \
            else text
        checked.add((tint.name(QColor.NameFormat.HexArgb), ink.name()))
        assert contrast(shown, ink) >= 4.5, (tint.name(QColor.NameFormat.HexArgb), ink.name())
    assert len(checked) >= 4  # entity tints, a search hit and the highlight were all seen


def test_switching_to_a_dark_palette_while_reading_redraws_the_names(window: MainWindow) -> None:
    light_ink = window.reader.palette().text().color().name()
    assert f"color:{light_ink}" in window.reader.chips.text()
    window.setPalette(dark_palette())
    dark_ink = dark_palette().text().color().name()
    assert f"color:{dark_ink}" in window.reader.chips.text() and light_ink != dark_ink
    meta = window.reader.meta
    assert meta.palette().color(meta.foregroundRole()) == \
        dark_palette().color(QPalette.ColorRole.PlaceholderText)



def test_the_articles_address_is_shown_and_opens_only_after_confirmation(
        qtbot: Any, window: MainWindow, tmp_path: Path, no_blocking_dialogs: list[Any],
        monkeypatch: pytest.MonkeyPatch) -> None:
    article = tmp_path / "page.html"
    article.write_text('<html><head><link rel="canonical" href="https://news.example.edu/1">'
                       '</head><body><h1>Orion and Vega University sign</h1><p>On 3 May 2024 '
                       'Orion and Vega University signed an agreement.</p></body></html>')
    with qtbot.waitSignal(window.importing.import_finished):
        window.importing.add([article])
    window.open_article(window.library.find_article(article))
    assert 'href="https://news.example.edu/1">news.example.edu</a>' in window.reader.meta.text()
    window.reader.meta.linkActivated.emit("https://news.example.edu/1")  # clicked
    assert no_blocking_dialogs[-1][0] == "question"
    assert "https://news.example.edu/1" in no_blocking_dialogs[-1][1]
    notes = window.library
    notes.annotate(window.reader.article.id, 0, 5)
    assert "<https://news.example.edu/1>" in notes.export_annotations("markdown")
