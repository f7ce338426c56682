"""A small bar chart of the current result by year; click or drag to filter by years."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

MAX_BAR_WIDTH = 48


class Timeline(QWidget):
    """Articles per year of the current result, drawn with QPainter."""

    years_requested = Signal(list)  # the years the user clicked or dragged across

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setMinimumHeight(64)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self.setToolTip("Articles per year. Click a bar, or drag across bars, to filter.")
        self._counts: dict[int, int] = {}
        self._selected: set[int] = set()
        self._drag_from: int | None = None
        self._drag_to: int | None = None
        self._undated = 0

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(400, 72)

    def set_counts(self, years: dict[str, int], selected: tuple[str, ...], undated: int
                   ) -> None:
        """Show the result's counts per year; ``undated`` have no known year."""
        self._counts = {int(y): c for y, c in years.items() if y.isdigit()}
        self._selected = {int(y) for y in selected if y.isdigit()}
        self._undated = undated
        self.update()

    def years(self) -> list[int]:
        """Every year on the axis, gaps included."""
        if not self._counts:
            return []
        return list(range(min(self._counts), max(self._counts) + 1))

    def _bar_at(self, x: float) -> int | None:
        years = self.years()
        if not years:
            return None
        left, width = self._layout(len(years))
        return years[max(0, min(len(years) - 1, int((x - left) / width)))]

    def _layout(self, bars: int) -> tuple[float, float]:
        """(left edge, width) of the bars: centred, none wider than MAX_BAR_WIDTH, left of
        the count of undated articles so that no label covers another."""
        room = self.width() - self._undated_label_width()
        width = min(MAX_BAR_WIDTH, room / bars)
        return (room - width * bars) / 2, width

    def _undated_label(self) -> str:
        return f"+ {_articles(self._undated)} without a year" if self._undated else ""

    def _undated_label_width(self) -> int:
        label = self._undated_label()
        return self.fontMetrics().horizontalAdvance(label) + 12 if label else 0

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        years = self.years()
        label_height = self.fontMetrics().height() + 2
        if not years:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             "No dated articles in this result" if not self._undated else
                             f"{_articles(self._undated)} without a known year")
            return
        highest = max(self._counts.values())
        left, width = self._layout(len(years))
        chart = self.height() - label_height - 14
        dragged = self._dragged()
        accent = palette.color(QPalette.ColorRole.Highlight)
        muted = QColor(accent)
        muted.setAlpha(110)
        step = max(1, int(len(years) / max(1, self.width() / 44)))
        for i, year in enumerate(years):
            count = self._counts.get(year, 0)
            height = chart * count / highest if highest else 0
            bar = QRectF(left + i * width + 2, 12 + chart - height, max(2.0, width - 4), height)
            chosen = year in self._selected or year in dragged
            painter.fillRect(bar, accent if chosen or not self._selected else muted)
            painter.setPen(text)
            if count and width >= 18:
                painter.drawText(QRectF(left + i * width, bar.top() - 13, width, 12),
                                 Qt.AlignmentFlag.AlignCenter, str(count))
            if i % step == 0:
                painter.drawText(QRectF(left + i * width - 10, self.height() - label_height,
                                        width + 20, label_height),
                                 Qt.AlignmentFlag.AlignCenter, str(year))
        if self._undated:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect().adjusted(0, 0, -4, 0),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             self._undated_label())

    def _dragged(self) -> set[int]:
        if self._drag_from is None or self._drag_to is None:
            return set()
        low, high = sorted((self._drag_from, self._drag_to))
        return set(range(low, high + 1))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._drag_from = self._drag_to = self._bar_at(event.position().x())
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._drag_from is not None:
            self._drag_to = self._bar_at(event.position().x())
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        chosen = sorted(y for y in self._dragged() if self._counts.get(y))
        self._drag_from = self._drag_to = None
        self.update()
        if chosen:
            self.years_requested.emit(chosen)


def _articles(count: int) -> str:
    return f"{count} article" + ("" if count == 1 else "s")
