"""The main window's actions, menus and shortcuts (as novelWriter's ``GuiMainMenu``).

Each action emits a ``…_requested`` signal; the window decides what it does. Checkable
actions (panels, highlighted entity types) say what they show through ``panel_toggled`` and
``entity_type_toggled``, and can be set without the window reaching into them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from partnerview.gui.reader import ENTITY_LABELS, ENTITY_TYPES

PANELS = ("saved", "facets", "timeline", "annotations")


class MainMenu(QObject):
    """The File, Edit, View and Help menus of one window, and every shortcut."""

    add_files_requested = Signal()
    add_folder_requested = Signal()
    export_requested = Signal()
    export_results_requested = Signal()
    save_search_requested = Signal()
    batch_search_requested = Signal()
    quit_requested = Signal()
    undo_requested = Signal()
    redo_requested = Signal()
    find_requested = Signal()
    find_in_article_requested = Signal()
    clear_filters_requested = Signal()
    bookmark_requested = Signal()
    highlight_requested = Signal()
    note_requested = Signal()
    tags_requested = Signal()
    manage_tags_requested = Signal()
    corrections_requested = Signal()
    all_annotations_requested = Signal()
    reextract_requested = Signal()
    zoom_requested = Signal(int)  # +1 in, -1 out, 0 actual size
    syntax_requested = Signal()
    shortcuts_requested = Signal()
    about_requested = Signal()
    panel_toggled = Signal(str, bool)  # one of PANELS, shown or not
    entity_type_toggled = Signal(str, bool)  # one of ENTITY_TYPES, highlighted or not
    compact_toggled = Signal(bool)  # the article list: one line a row, or with snippets
    network_toggled = Signal(bool)  # the partner network panel shown or not
    stories_toggled = Signal(bool)  # count each reposted story once (copies left out)
    pane_requested = Signal(int)  # +1 the next pane, -1 the previous one (F6, Shift+F6)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        a = self._action
        self.add_files_action = a("&Add Files…", "Ctrl+O", self.add_files_requested)
        self.add_folder_action = a("Add &Folder…", "Ctrl+Shift+O", self.add_folder_requested)
        self.export_action = a("&Export Annotations…", "Ctrl+E", self.export_requested)
        self.export_results_action = a("Export &Results…", "Ctrl+Shift+E",
                                       self.export_results_requested)
        self.export_results_action.setStatusTip(
            "Every article the search finds as a table (CSV), citations (RIS, BibTeX, "
            "CSL-JSON) or an HTML report")
        self.save_search_action = a("&Save Search…", "Ctrl+S", self.save_search_requested)
        self.save_search_action.setStatusTip("Keep the words and filters under a name in the "
                                             "side panel, with what is new in it")
        self.batch_search_action = a("&Batch Search…", "Ctrl+B", self.batch_search_requested)
        self.batch_search_action.setStatusTip("Count the articles of each term of a list")
        self.quit_action = a("&Quit", QKeySequence.StandardKey.Quit, self.quit_requested)
        self.undo_action = a("&Undo", "Ctrl+Z", self.undo_requested)
        self.redo_action = a("&Redo", ["Ctrl+Shift+Z", "Ctrl+Y"], self.redo_requested)
        self.find_action = a("&Search", ["Ctrl+F", "/"], self.find_requested)
        self.find_in_article_action = a("Find in &Article", "Ctrl+Shift+F",
                                        self.find_in_article_requested)
        self.clear_filters_action = a("&Clear Filters", "Ctrl+Shift+L",
                                      self.clear_filters_requested)
        self.bookmark_action = a("&Bookmark", "Ctrl+D", self.bookmark_requested)
        self.highlight_action = a("&Highlight Selection", "Ctrl+H", self.highlight_requested)
        self.note_action = a("Highlight with &Note…", "Ctrl+Shift+H", self.note_requested)
        self.tags_action = a("&Tags…", "Ctrl+T", self.tags_requested)
        self.manage_tags_action = a("Rename or Delete a Tag…", None, self.manage_tags_requested)
        self.corrections_action = a("C&orrections…", "Ctrl+Shift+K",
                                    self.corrections_requested)
        self.corrections_action.setStatusTip("Your corrections of organisations, people, "
                                             "places and fields: remove, import, export")
        self.all_annotations_action = a("All A&nnotations…", "Ctrl+Shift+A",
                                        self.all_annotations_requested)
        self.reextract_action = a("&Re-extract Entities", None, self.reextract_requested)
        self.reextract_action.setStatusTip("Find organisations, people, places and fields again "
                                           "in every article, with the current knowledge")
        self.panel_actions = {
            name: a(label, key, None, checkable=True)
            for name, label, key in (("saved", "&Saved Searches and Collections", "Ctrl+5"),
                                     ("facets", "&Facets", "Ctrl+1"),
                                     ("timeline", "&Timeline", "Ctrl+2"),
                                     ("annotations", "&Annotations", "Ctrl+3"))}
        for name, action in self.panel_actions.items():
            action.toggled.connect(lambda on, n=name: self.panel_toggled.emit(n, on))
        self.compact_action = a("&Compact List", "Ctrl+4", None, checkable=True)
        self.compact_action.setChecked(False)
        self.compact_action.setStatusTip("One line an article, without the matching text")
        self.compact_action.toggled.connect(self.compact_toggled)
        self.network_action = a("Partner &Network", "Ctrl+6", None, checkable=True)
        self.network_action.setChecked(False)
        self.network_action.setStatusTip("Who works with whom in the articles found")
        self.network_action.toggled.connect(self.network_toggled)
        self.stories_action = a("Count Each &Story Once", "Ctrl+7", None, checkable=True)
        self.stories_action.setStatusTip("Reposts of an article are one row, and count once "
                                         "in the facets and the timeline")
        self.stories_action.toggled.connect(self.stories_toggled)
        self.zoom_actions = [a(label, key, None) for label, key in (
            ("Zoom &In", ["Ctrl+=", "Ctrl++"]), ("Zoom &Out", "Ctrl+-"),
            ("&Actual Size", "Ctrl+0"))]
        for action, step in zip(self.zoom_actions, (1, -1, 0), strict=True):
            action.triggered.connect(lambda _=False, s=step: self.zoom_requested.emit(s))
        self.entity_actions = {kind: a(ENTITY_LABELS[kind], None, None, checkable=True)
                               for kind in ENTITY_TYPES}
        for kind, action in self.entity_actions.items():
            action.toggled.connect(lambda on, k=kind: self.entity_type_toggled.emit(k, on))
        self.pane_actions = [a(label, key, None) for label, key in (
            ("&Next Pane", "F6"), ("&Previous Pane", "Shift+F6"))]
        for action, step in zip(self.pane_actions, (1, -1), strict=True):
            action.triggered.connect(lambda _=False, s=step: self.pane_requested.emit(s))
        self.syntax_action = a("&Query Syntax", "F1", self.syntax_requested)
        self.shortcuts_action = a("&Keyboard Shortcuts", None, self.shortcuts_requested)
        self.about_action = a("&About PartnerView", None, self.about_requested)
        self._build_menus()

    def _action(self, text: str, shortcut: Any, signal: Any,
                checkable: bool = False) -> QAction:
        action = QAction(text, self._window)
        if shortcut:
            shortcuts = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        if checkable:
            action.setCheckable(True)
            action.setChecked(True)
        if signal is not None:
            action.triggered.connect(lambda _=False: signal.emit())
        self._window.addAction(action)  # shortcuts work even when the menu bar is hidden
        return action

    def _build_menus(self) -> None:
        bar = self._window.menuBar()
        layout = {
            "&File": [self.add_files_action, self.add_folder_action, None, self.export_action,
                      self.export_results_action, None, self.quit_action],
            "&Edit": [self.undo_action, self.redo_action, None, self.find_action,
                      self.find_in_article_action, self.clear_filters_action,
                      self.save_search_action, self.batch_search_action, None,
                      self.bookmark_action, self.highlight_action, self.note_action,
                      self.tags_action, self.manage_tags_action, None,
                      self.corrections_action],
            "&View": [*self.panel_actions.values(), self.compact_action, self.network_action,
                      self.stories_action, None,
                      self.all_annotations_action,
                      self.reextract_action, "&Highlight", None, *self.zoom_actions, None,
                      *self.pane_actions],
            "&Help": [self.syntax_action, self.shortcuts_action, self.about_action],
        }
        for title, items in layout.items():
            menu = bar.addMenu(title)
            for item in items:
                if item is None:
                    menu.addSeparator()
                elif isinstance(item, str):  # the submenu of highlighted entity types
                    submenu = menu.addMenu(item)
                    for action in self.entity_actions.values():
                        submenu.addAction(action)
                else:
                    menu.addAction(item)

    def show_undo(self, undo_text: str, redo_text: str) -> None:
        """Name what Undo and Redo would do ("Undo Bookmark"), or disable them."""
        for action, verb, what in ((self.undo_action, "Undo", undo_text),
                                   (self.redo_action, "Redo", redo_text)):
            action.setText(f"&{verb} {what}" if what else f"&{verb}")
            action.setEnabled(bool(what))

    def panels_shown(self) -> dict[str, bool]:
        """Which panels are shown, by name."""
        return {name: action.isChecked() for name, action in self.panel_actions.items()}

    def show_panels(self, shown: dict[str, bool]) -> None:
        """Show or hide panels by name (ones not named are shown)."""
        for name, action in self.panel_actions.items():
            action.setChecked(shown.get(name, True))

    def compact(self) -> bool:
        """Whether View › Compact List is ticked."""
        return self.compact_action.isChecked()

    def set_compact(self, on: bool) -> None:
        """Tick or untick View › Compact List."""
        self.compact_action.setChecked(on)

    def hidden_types(self) -> list[str]:
        """The entity types whose highlighting is off."""
        return [kind for kind, action in self.entity_actions.items() if not action.isChecked()]

    def show_type_visible(self, kind: str, on: bool) -> None:
        """Tick or untick an entity type in View › Highlight (unknown types are ignored)."""
        if kind in self.entity_actions:
            self.entity_actions[kind].setChecked(on)

    def shortcuts(self) -> list[tuple[str, str]]:
        """(keys, what they do) for every action that has a shortcut."""
        rows = []
        for action in self._window.actions():
            keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText)
                             for s in action.shortcuts())
            if keys:
                rows.append((keys, action.text().replace("&", "").rstrip("…")))
        return rows
