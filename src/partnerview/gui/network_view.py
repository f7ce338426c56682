"""The partner network drawn: partners as circles (coloured by kind, sized by articles),
lines between partners that share articles; zoom with the wheel, pan by dragging, click a
partner to filter by it, click a line for the articles the two share."""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QMouseEvent,
    QPainter,
    QPen,
    QWheelEvent,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from partnerview.core.network import DEFAULT_TOP, PartnerNetwork, Position

#: Colours of partners by kind (Tailwind's blue, green and grey: readable on white).
KIND_COLORS = {"company": QColor("#2563eb"), "university": QColor("#16a34a"),
               "other": QColor("#6b7280")}
KIND_LABELS = {"company": "Companies", "university": "Universities and colleges",
               "other": "Other bodies"}
SCALE = 320.0  # scene units for the layout's [-1, 1]
LABELLED = 15  # how many of the biggest partners are named on the drawing
NAME_ROLE = 0  # QGraphicsItem.data key: the partner's name, or "a\tb" on a line


class NetworkScene(QGraphicsScene):
    """A drawing of a partner network at given positions."""

    def draw(self, network: PartnerNetwork, positions: dict[str, Position]) -> None:
        """Replace the drawing."""
        self.clear()
        if not network.nodes:
            return
        most = max(n.articles for n in network.nodes.values())
        heaviest = max(network.edges.values(), default=1)
        for (a, b), weight in sorted(network.edges.items(), key=lambda kv: kv[1]):
            (ax, ay), (bx, by) = positions[a], positions[b]
            line = QGraphicsLineItem(ax * SCALE, ay * SCALE, bx * SCALE, by * SCALE)
            shade = QColor(100, 116, 139, 70 + int(150 * weight / heaviest))
            line.setPen(QPen(shade, 1.5 + 5 * weight / heaviest))
            line.setData(NAME_ROLE, f"{a}\t{b}")
            line.setToolTip(f"{a} and {b}: {weight} article{'s' * (weight != 1)} together"
                            "\nClick for them")
            line.setZValue(0)
            self.addItem(line)
        font = QFont()
        font.setPointSize(9)
        # Names of the biggest partners are written; the others show on hover.
        named = {n.name for n in sorted(network.nodes.values(),
                                        key=lambda n: (-n.articles, n.name))[:LABELLED]}
        for node in network.nodes.values():
            x, y = positions[node.name]
            radius = 6 + 18 * math.sqrt(node.articles / most)
            circle = QGraphicsEllipseItem(QRectF(-radius, -radius, 2 * radius, 2 * radius))
            circle.setPos(x * SCALE, y * SCALE)
            circle.setBrush(QBrush(KIND_COLORS.get(node.kind, KIND_COLORS["other"])))
            circle.setPen(QPen(QColor("white"), 1.5))
            circle.setData(NAME_ROLE, node.name)
            circle.setToolTip(f"{node.name}\n{node.articles} article"
                              f"{'s' * (node.articles != 1)} · {KIND_LABELS[node.kind]}"
                              "\nClick to filter by it")
            circle.setZValue(2)
            circle.setAcceptHoverEvents(True)
            self.addItem(circle)
            if node.name not in named:
                continue
            # Names are drawn over every circle, and keep their size when the view is
            # zoomed: always readable.
            label = QGraphicsSimpleTextItem(node.name)
            label.setFont(font)
            label.setBrush(QBrush(QColor("#111827")))
            label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
            label.setPos(x * SCALE - label.boundingRect().width() / 2, y * SCALE + radius + 1)
            label.setData(NAME_ROLE, node.name)
            label.setZValue(3)
            self.addItem(label)
        self.setSceneRect(self.itemsBoundingRect().adjusted(-40, -40, 40, 40))

    def save_png(self, path: Path, scale: float = 2.0) -> None:
        """The drawing as a PNG at ``scale`` times its size, on white."""
        rect = self.sceneRect()
        image = QImage(QSize(int(rect.width() * scale), int(rect.height() * scale)),
                       QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.render(painter, QRectF(image.rect()), rect)
        painter.end()
        if not image.save(str(path), "PNG"):
            raise OSError(f"could not write {path}")

    def save_svg(self, path: Path) -> None:
        """The drawing as SVG (editable in Inkscape or Illustrator)."""
        rect = self.sceneRect()
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(QSize(int(rect.width()), int(rect.height())))
        generator.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
        generator.setTitle("PartnerView partner network")
        painter = QPainter(generator)
        self.render(painter, QRectF(0, 0, rect.width(), rect.height()), rect)
        painter.end()


class _ZoomView(QGraphicsView):
    """A view that zooms with the wheel, pans by dragging and reports clicks on items."""

    clicked = Signal(str)  # a partner's name, or "a\tb" for a line

    def __init__(self, scene: QGraphicsScene, parent: QWidget) -> None:
        super().__init__(scene, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setBackgroundBrush(QBrush(QColor("white")))
        self._pressed = QPoint()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        factor = 1.15 if event.angleDelta().y() > 0 else 1 / 1.15
        self.scale(factor, factor)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._pressed = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        point = event.position().toPoint()
        if event.button() == Qt.MouseButton.LeftButton and \
                (point - self._pressed).manhattanLength() <= 4:  # a click, not a pan
            self.click_at(point)

    def click_at(self, point: QPoint) -> None:
        """What a click at a point of the viewport chooses."""
        for item in self.items(point):
            name = item.data(NAME_ROLE)
            if name:
                self.clicked.emit(name)
                return


class NetworkView(QWidget):
    """The partner network of the current search, with its size and an Export button."""

    partner_requested = Signal(str)  # a partner was clicked: filter by it
    pair_requested = Signal(str, str)  # a line was clicked: the articles both name
    size_changed = Signal(int)  # how many partners to show
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scene = NetworkScene(self)
        self.view = _ZoomView(self.scene, self)
        self.view.setAccessibleName("Partner network")
        self.view.setAccessibleDescription("Partners of the articles found, joined when they "
                                           "share articles; click one to filter by it")
        self.size = QSpinBox(self)
        self.size.setRange(5, 500)
        self.size.setValue(DEFAULT_TOP)
        self.size.setPrefix("Top ")
        self.size.setSuffix(" partners")
        self.size.setAccessibleName("How many partners to show")
        self.export = QPushButton("Export…", self)
        self.export.setToolTip("PNG, SVG, GraphML (Gephi) or a CSV of edges (Excel)")
        self.summary = QLabel(self)
        legend = QLabel(" ".join(
            f'<span style="color:{KIND_COLORS[k].name()}">●</span> {label}'
            for k, label in KIND_LABELS.items()), self)
        top = QHBoxLayout()
        top.addWidget(self.size)
        top.addWidget(self.summary, 1)
        top.addWidget(self.export)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(legend)
        self.size.valueChanged.connect(self.size_changed)
        self.export.clicked.connect(self.export_requested)
        self.view.clicked.connect(self._on_view_clicked)

    def show_network(self, network: PartnerNetwork, positions: dict[str, Position],
                     shown_of: int) -> None:
        """Draw ``network`` (the top partners of ``shown_of``)."""
        self.scene.draw(network, positions)
        self.view.fitInView(self.scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self.summary.setText(f"{len(network.nodes)} of {shown_of} partners · "
                             f"{len(network.edges)} links · {network.articles} articles")

    def _on_view_clicked(self, name: str) -> None:
        if "\t" in name:
            self.pair_requested.emit(*name.split("\t", 1))
        else:
            self.partner_requested.emit(name)
