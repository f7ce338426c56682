"""The article list: sorting in the index from its header."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt

from partnerview.gui.main_window import MainWindow


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
