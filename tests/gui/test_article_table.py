"""The article list: titles that can be read, columns to choose, sorting in the index."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt

from partnerview.gui.article_table import MIN_TITLE_WIDTH, PARTNERS, SOURCE, TITLE
from partnerview.gui.main_window import MainWindow
from tests.gui.conftest import open_window


def test_header_clicks_sort_the_whole_result_in_the_index(qtbot: Any, window: MainWindow) -> None:
    from partnerview.gui.article_table import DATE, PARTNERS

    header = window.table.view.horizontalHeader()

    def click(column: int) -> Any:
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        with qtbot.waitSignal(window.search_finished, timeout=10000) as blocker:
            qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                             pos=QPoint(x, header.height() // 2))
        return blocker.args[0]

    newest = click(DATE)
    assert newest.query.sort == "date"
    assert window.search_bar.sort.currentData() == "date"
    assert header.sortIndicatorSection() == DATE
    dates = [hit.date for hit in newest.hits if hit.date and not hit.date.startswith("--")]
    assert dates == sorted(dates, reverse=True)
    oldest = click(DATE)
    assert oldest.query.sort == "oldest"
    assert [h.id for h in oldest.hits if h.date and not h.date.startswith("--")] == \
        [h.id for h in newest.hits if h.date and not h.date.startswith("--")][::-1]
    # The index cannot sort by partners: a click there changes nothing.
    x = header.sectionViewportPosition(PARTNERS) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))
    assert window.query.sort == "oldest" and header.sortIndicatorSection() == DATE


@pytest.mark.parametrize("size", [(1600, 1000), (1280, 800)])
def test_the_title_takes_the_free_width(qtbot: Any, window: MainWindow,
                                                      size: tuple[int, int]) -> None:
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0])
    header = window.table.view.horizontalHeader()
    widths = {c: header.sectionSize(c) for c in range(header.count())
              if not header.isSectionHidden(c)}
    assert widths[TITLE] == max(widths.values())
    assert widths[TITLE] >= 0.5 * window.table.view.viewport().width()
    assert widths[TITLE] >= (330 if size[0] == 1600 else 260)
    # The whole title and where it came from in the tooltip.
    index = window.table.model.index(0, TITLE)
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    hit = window.result.hits[0]
    assert hit.title in tip.replace("&quot;", '"') and hit.source in tip


def test_columns_shown_and_the_compact_list_are_remembered(
        qtbot: Any, window: MainWindow, settings: Any, isolated: Path) -> None:
    header = window.table.view.horizontalHeader()
    assert header.isSectionHidden(SOURCE) and not header.isSectionHidden(PARTNERS)
    menu = window.table.column_menu()
    next(a for a in menu.actions() if a.text() == "Source").trigger()
    assert not header.isSectionHidden(SOURCE)
    assert window.table.model.index(0, SOURCE).data() == window.result.hits[0].source
    tall = window.table.view.rowHeight(0)
    window.menu.compact_action.trigger()
    assert window.table.view.rowHeight(0) < tall / 2
    window.close()
    window.library.close()
    again = open_window(qtbot, isolated, settings)
    try:
        assert not again.table.view.horizontalHeader().isSectionHidden(SOURCE)
        assert again.menu.compact_action.isChecked()
        assert again.table.view.rowHeight(0) < tall / 2
    finally:
        again.close()
        again.library.close()


def test_a_row_draws_whole_lines_only(qtbot: Any) -> None:
    from PySide6.QtGui import QTextDocument

    from partnerview.gui.article_table import _whole_lines

    document = QTextDocument()
    document.setTextWidth(200)
    document.setHtml("<b>A title long enough to wrap</b><br>" + "words of a snippet " * 20)
    block = document.begin()
    top = document.documentLayout().blockBoundingRect(block).top()
    bottoms = [top + block.layout().lineAt(i).rect().bottom()
               for i in range(block.layout().lineCount())]
    height = int((bottoms[2] + bottoms[3]) / 2)  # three lines and half of the fourth
    # The clip ends where the third line does: the fourth is not drawn cut in half.
    assert _whole_lines(document, height) == int(bottoms[2]) + 1
    assert _whole_lines(document, 10_000) == 10_000  # everything fits


@pytest.mark.parametrize("size", [(1600, 1000), (1280, 800)])
def test_every_title_is_drawn_whole_in_a_row_as_tall_as_it_needs(
        qtbot: Any, window: MainWindow, size: tuple[int, int]) -> None:
    from partnerview.gui.article_table import row_height

    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0])
    view, delegate, model = window.table.view, window.table.delegate, window.table.model
    width = view.columnWidth(TITLE) - 8
    lines = []
    for row in range(model.rowCount()):
        title = model.index(row, TITLE).data()
        assert delegate.shown_title(title, view.font(), width) == title
        lines.append(delegate.title_lines(title, view.font(), width))
        qtbot.waitUntil(lambda r=row, n=lines[-1]: view.rowHeight(r) >=
                        row_height(view.fontMetrics(), n))
    assert max(lines) >= 3 and min(lines) <= 2  # rows differ: long titles get more lines


def test_the_title_takes_the_room_left_and_scrolls_sideways_in_a_narrow_window(
        qtbot: Any, window: MainWindow) -> None:
    view = window.table.view
    header = view.horizontalHeader()

    def filled() -> bool:  # the columns end where the list does
        return header.length() == view.viewport().width()

    window.resize(1400, 860)
    qtbot.waitUntil(filled)
    wide = view.columnWidth(TITLE)
    next(a for a in window.table.column_menu().actions() if a.text() == "Source").trigger()
    qtbot.waitUntil(lambda: filled() and view.columnWidth(TITLE) < wide)
    window.resize(900, 700)
    qtbot.waitUntil(lambda: view.columnWidth(TITLE) == MIN_TITLE_WIDTH)
    assert view.horizontalScrollBar().maximum() > 0  # the other columns are a scroll away
