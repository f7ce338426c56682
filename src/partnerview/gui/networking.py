"""The partner network panel's work: built and laid out off the GUI thread for every search
while it is shown (the latest search wins), kept in place between searches, exported."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMainWindow

from partnerview.core import network
from partnerview.core.files import write_atomically
from partnerview.core.library import Library
from partnerview.core.search import SearchQuery
from partnerview.gui.errors import show_error
from partnerview.gui.network_view import NetworkView
from partnerview.gui.tasks import TaskRunner

#: The export formats of the panel and the command line, by file ending.
EXPORTS = {"PNG picture (*.png)": ".png", "SVG drawing (*.svg)": ".svg",
           "GraphML for Gephi (*.graphml)": ".graphml", "CSV of links (*.csv)": ".csv"}


class Networking(QObject):
    """Keeps the partner network view in step with the window's search."""

    drawn = Signal()  # the view shows the network of the latest search

    def __init__(self, window: QMainWindow, library: Library, view: NetworkView,
                 dock: QDockWidget) -> None:
        super().__init__(window)
        self._window, self.library, self.view, self._dock = window, library, view, dock
        self._runner = TaskRunner(1, self)
        self._wanted = 0
        self._query: SearchQuery | None = None
        self._positions: dict[str, network.Position] = {}
        self._shown: network.PartnerNetwork | None = None
        view.size_changed.connect(lambda _: self.show_for(self._query))
        view.export_requested.connect(self.export)
        dock.visibilityChanged.connect(lambda on: on and self.show_for(self._query))

    def show_for(self, query: SearchQuery | None) -> None:
        """Draw the network of the articles ``query`` finds (when the panel is shown)."""
        self._query = query
        if query is None or not self._dock.isVisible():
            return
        self._wanted += 1
        wanted, count, previous = self._wanted, self.view.size.value(), dict(self._positions)

        def build() -> tuple[network.PartnerNetwork, int, dict[str, network.Position]]:
            whole = self.library.partner_network(query)
            shown = whole.top(count)
            return shown, len(whole.nodes), network.layout(shown, previous)

        def draw(built: tuple[network.PartnerNetwork, int, dict[str, Any]]) -> None:
            if wanted != self._wanted:
                return  # a later search is being drawn
            shown, total, positions = built
            self._shown, self._positions = shown, {**self._positions, **positions}
            self.view.show_network(shown, positions, total)
            self.drawn.emit()

        self._runner.run(build, draw, lambda exc: show_error(
            self._window, "Could not draw the partner network", exc, in_status_bar=True))

    def wait(self) -> None:
        """Block until the drawing in the background ends (the window is closing)."""
        self._runner.wait()

    def export(self) -> None:
        """Save the network shown as a picture, GraphML or a CSV of links."""
        if self._shown is None:
            return
        name, chosen = QFileDialog.getSaveFileName(
            self._window, "Export the partner network",
            str(Path.home() / "partner-network.png"), ";;".join(EXPORTS))
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in EXPORTS.values():
            path = path.with_suffix(EXPORTS.get(chosen, ".png"))
        try:
            save(self._shown, self.view, path)
        except OSError as exc:
            show_error(self._window, "Export failed", exc)
            return
        self._window.statusBar().showMessage(f"Exported the partner network to {path}", 8000)


def save(shown: network.PartnerNetwork, view: NetworkView, path: Path) -> None:
    """Write the network shown in ``view`` to ``path``, in the format its ending names."""
    suffix = path.suffix.lower()
    if suffix == ".png":
        view.scene.save_png(path)
    elif suffix == ".svg":
        view.scene.save_svg(path)
    else:
        write_atomically(path, network.to_graphml(shown) if suffix == ".graphml"
                         else network.to_csv(shown))
