"""The timeline: years clicked and dragged."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt


def test_timeline_click_and_drag_filter_by_years(qtbot: Any) -> None:
    from partnerview.gui.timeline import Timeline

    timeline = Timeline()
    qtbot.addWidget(timeline)
    timeline.resize(400, 80)
    timeline.set_counts({"2019": 3, "2021": 1, "2025": 2}, (), undated=4)
    assert timeline.years() == list(range(2019, 2026))
    left, width = timeline._layout(7)
    at = lambda year: QPoint(int(left + (year - 2019 + 0.5) * width), 40)  # noqa: E731
    with qtbot.waitSignal(timeline.years_requested) as clicked:
        qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=at(2021))
    assert clicked.args == [[2021]]
    with qtbot.waitSignal(timeline.years_requested) as dragged:
        qtbot.mousePress(timeline, Qt.MouseButton.LeftButton, pos=at(2019))
        qtbot.mouseMove(timeline, at(2025))
        qtbot.mouseRelease(timeline, Qt.MouseButton.LeftButton, pos=at(2025))
    assert dragged.args == [[2019, 2021, 2025]]  # years without articles are left out
