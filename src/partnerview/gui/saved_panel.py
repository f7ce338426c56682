"""The side panel of the user's standing questions: saved searches with their live counts
and what is new in each, and collections, onto which articles are dragged from the list."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partnerview.gui.article_table import ARTICLE_IDS_MIME

SEARCHES, COLLECTIONS = "searches", "collections"
KIND_ROLE = Qt.ItemDataRole.UserRole  # "searches" or "collections", on every row
NAME_ROLE = Qt.ItemDataRole.UserRole + 1  # the saved search's or collection's name


def _dropped_ids(data: QMimeData) -> list[str]:
    try:
        ids = json.loads(bytes(data.data(ARTICLE_IDS_MIME).data()).decode("utf-8"))
    except ValueError:
        return []
    return [i for i in ids if isinstance(i, str)] if isinstance(ids, list) else []


class _Tree(QTreeWidget):
    """A tree that takes articles dropped on a collection."""

    articles_dropped = Signal(str, list)  # collection, article ids

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setDropIndicatorShown(True)

    def _collection_at(self, position: QPoint) -> str | None:
        item = self.itemAt(position)
        if item is None or item.data(0, KIND_ROLE) != COLLECTIONS:
            return None
        return item.data(0, NAME_ROLE)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasFormat(ARTICLE_IDS_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        name = self._collection_at(event.position().toPoint())
        if event.mimeData().hasFormat(ARTICLE_IDS_MIME) and name:
            self.setCurrentItem(self.itemAt(event.position().toPoint()))
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        name = self._collection_at(event.position().toPoint())
        ids = _dropped_ids(event.mimeData())
        if name and ids:
            event.acceptProposedAction()
            self.articles_dropped.emit(name, ids)
        else:
            event.ignore()


class SavedPanel(QWidget):
    """Saved searches and collections, each with its count; a click opens one."""

    search_requested = Signal(str)  # open the saved search of that name
    collection_requested = Signal(str)  # show that collection's articles
    update_search_requested = Signal(str)  # save the current search under that name
    rename_search_requested = Signal(str)
    delete_search_requested = Signal(str)
    rename_collection_requested = Signal(str)
    delete_collection_requested = Signal(str)
    export_collection_requested = Signal(str)
    articles_dropped = Signal(str, list)  # collection, article ids

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = _Tree(self)
        self.tree.setObjectName("savedTree")
        self.tree.setAccessibleName("Saved searches and collections")
        self.tree.setAccessibleDescription(
            "Enter opens a saved search or a collection; the context menu renames or deletes "
            "it; articles dragged from the list onto a collection are put in it")
        self.tree.setColumnCount(2)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        bold = QFont()
        bold.setBold(True)
        self._groups = {}
        for kind, label in ((SEARCHES, "Saved searches"), (COLLECTIONS, "Collections")):
            group = QTreeWidgetItem(self.tree, [label, ""])
            group.setFont(0, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setData(0, KIND_ROLE, kind)
            group.setExpanded(True)
            self._groups[kind] = group
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        self.tree.itemActivated.connect(self._on_tree_item_activated)
        self.tree.itemClicked.connect(self._on_tree_item_activated)
        self.tree.customContextMenuRequested.connect(self._on_tree_menu_requested)
        self.tree.articles_dropped.connect(self.articles_dropped)
        self.show_searches([])
        self.show_collections({})

    def show_searches(self, rows: list[tuple[str, int, int]]) -> None:
        """(name, articles, new since last opened) of every saved search."""
        self._fill(SEARCHES, [(name, f"{total}" + (f"  ·  {new} new" if new else ""),
                               f"{total} articles, {new} new since you last opened it")
                              for name, total, new in rows],
                   "Save a search with Ctrl+S")

    def show_collections(self, counts: dict[str, int]) -> None:
        """Every collection with its number of articles."""
        self._fill(COLLECTIONS, [(name, str(count), f"{count} articles")
                                 for name, count in counts.items()],
                   "Right-click articles › Add to Collection")

    def names(self, kind: str) -> list[str]:
        """The names listed under ``kind`` (``"searches"`` or ``"collections"``)."""
        group = self._groups[kind]
        return [group.child(i).data(0, NAME_ROLE) for i in range(group.childCount())
                if group.child(i).data(0, NAME_ROLE)]

    def item(self, kind: str, name: str) -> QTreeWidgetItem | None:
        """The row of a saved search or collection."""
        group = self._groups[kind]
        return next((group.child(i) for i in range(group.childCount())
                     if group.child(i).data(0, NAME_ROLE) == name), None)

    def _fill(self, kind: str, rows: list[tuple[str, str, str]], hint: str) -> None:
        group = self._groups[kind]
        group.takeChildren()
        for name, count, tip in rows:
            item = QTreeWidgetItem(group, [name, count])
            item.setData(0, KIND_ROLE, kind)
            item.setData(0, NAME_ROLE, name)
            item.setToolTip(0, f"{name}: {tip}")
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if kind == COLLECTIONS:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsDropEnabled)
        if not rows:
            empty = QTreeWidgetItem(group, [hint, ""])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            font = empty.font(0)
            font.setItalic(True)
            empty.setFont(0, font)

    def _on_tree_item_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        name = item.data(0, NAME_ROLE)
        if name:
            signal = self.search_requested if item.data(0, KIND_ROLE) == SEARCHES \
                else self.collection_requested
            signal.emit(name)

    def _on_tree_menu_requested(self, position: QPoint) -> None:
        item = self.tree.itemAt(position)
        name = item.data(0, NAME_ROLE) if item else None
        if not name:
            return
        menu = self.menu(item.data(0, KIND_ROLE), name)
        menu.exec(self.tree.viewport().mapToGlobal(position))

    def menu(self, kind: str, name: str) -> QMenu:
        """The context menu of a saved search or collection."""
        menu = QMenu(self)
        actions: list[tuple[str, Any]]
        if kind == SEARCHES:
            actions = [("&Open", self.search_requested),
                       ("&Replace with the Current Search", self.update_search_requested),
                       ("&Rename…", self.rename_search_requested),
                       ("&Delete", self.delete_search_requested)]
        else:
            actions = [("&Show Articles", self.collection_requested),
                       ("&Export…", self.export_collection_requested),
                       ("&Rename…", self.rename_collection_requested),
                       ("&Delete Collection", self.delete_collection_requested)]
        for text, signal in actions:
            menu.addAction(text).triggered.connect(lambda _=False, s=signal: s.emit(name))
        return menu
