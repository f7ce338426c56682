"""Correcting what the extractor found, from the facet panel and the reader: merge, rename,
remove, change type, mark selected text; each correction undoable, re-indexed in the
background with progress, and listed in the Corrections dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMainWindow, QMenu

from partnerview.core.curation import FACET_OF, Correction, read_export
from partnerview.core.library import Library
from partnerview.core.search import SearchQuery
from partnerview.gui import commands
from partnerview.gui.dialogs.corrections import CorrectionsDialog
from partnerview.gui.errors import save_file, show_error
from partnerview.gui.marking import Marking

#: The facets whose values are entities, and each one's entity type.
TYPE_OF = {facet: type_ for type_, facet in FACET_OF.items()} | {"partners": "organization"}
LABELS = {"organization": "Organisation", "person": "Person", "place": "Place",
          "field": "Field"}


class Curation(QObject):
    """Turns the user's corrections into undoable commands run by :class:`Marking`."""

    progressed = Signal(int, int)  # articles re-indexed so far, of how many (any thread)

    def __init__(self, window: QMainWindow, library: Library, marking: Marking,
                 current_query: Callable[[], SearchQuery]) -> None:
        super().__init__(window)
        self._window, self.library, self._marking = window, library, marking
        self._current_query = current_query
        self.dialog: CorrectionsDialog | None = None
        self.progressed.connect(self._on_progressed)

    # ------------------------------------------------------------------ menus

    def add_facet_actions(self, menu: QMenu, facet: str, value: str) -> None:
        """What a facet value's context menu offers to correct."""
        type_ = TYPE_OF.get(facet)
        if type_ is None:
            return
        self._add_entity_actions(menu, type_, value, "", facet == "partners")
        checked = [v for v in self._current_query().filter_dict.get(facet, ()) if v != value]
        if checked:
            menu.addAction(f"Merge the {len(checked)} Checked Into “{_short(value)}”"
                           ).triggered.connect(lambda: self.correct(
                               [Correction("rename", type_, v, value) for v in checked],
                               f"Merge Into “{_short(value)}”"))

    def add_reader_actions(self, menu: QMenu, article_id: str, type_: str, name: str,
                           selected: str) -> None:
        """What the reader's context menu offers: corrections of the entity under the
        pointer, and marking the selected text as an entity."""
        if type_ in LABELS and name:
            is_partner = type_ == "organization" and article_id and \
                name in self.library.article(article_id).partners
            self._add_entity_actions(menu, type_, name, article_id, bool(is_partner))
        if selected and article_id and len(selected) <= 200:
            menu.addSeparator()
            for kind, label in LABELS.items():
                menu.addAction(f"Mark “{_short(selected)}” as {label}…").triggered.connect(
                    lambda _=False, k=kind: self.mark(selected, k))

    def _add_entity_actions(self, menu: QMenu, type_: str, name: str, article_id: str,
                            is_partner: bool) -> None:
        label = _short(name)
        menu.addAction(f"Rename “{label}”…").triggered.connect(
            lambda: self.rename(type_, name))
        menu.addAction("Merge Into…").triggered.connect(lambda: self.merge(type_, name))
        everywhere = "Not an Entity Anywhere" if article_id else "Not an Entity"
        menu.addAction(everywhere).triggered.connect(
            lambda: self.correct(Correction("remove", type_, name), f"Remove “{label}”"))
        if article_id:
            menu.addAction("Not an Entity in This Article").triggered.connect(
                lambda: self.correct(Correction("remove", type_, name, article=article_id),
                                     f"Remove “{label}” Here"))
        if type_ == "organization":
            if is_partner:
                menu.addAction("Not a Partner" + (" of This Article" if article_id else "")
                               ).triggered.connect(lambda: self.correct(
                                   Correction("partner", type_, name, "no", article_id),
                                   f"“{label}” Not a Partner"))
            elif article_id:
                menu.addAction("Make a Partner of This Article").triggered.connect(
                    lambda: self.correct(Correction("partner", type_, name, "yes", article_id),
                                         f"“{label}” a Partner"))
        retype = menu.addMenu("Change Type")
        for kind, kind_label in LABELS.items():
            if kind != type_:
                retype.addAction(kind_label).triggered.connect(
                    lambda _=False, k=kind: self.correct(Correction("retype", type_, name, k),
                                                         f"“{label}” a {LABELS[k]}"))

    # ------------------------------------------------------------------ corrections

    def correct(self, correction: Correction | list[Correction], text: str) -> None:
        """Make corrections in the background (undoable); the articles they touch are
        shown anew when they are saved."""
        corrections = correction if isinstance(correction, list) else [correction]
        if corrections:
            self._marking.push(commands.Correct(self.library, corrections, text,
                                                self._marking.touched, self.progressed.emit))

    def rename(self, type_: str, name: str) -> None:
        """Ask for an entity's new canonical name."""
        new, ok = QInputDialog.getText(self._window, "Rename",
                                       f"New name of the {LABELS[type_].lower()} “{name}” in "
                                       "every article:", text=name)
        if ok and new.strip() and new.strip() != name:
            self.correct(Correction("rename", type_, name, new.strip()), f"Rename “{name}”")

    def merge(self, type_: str, name: str) -> None:
        """Ask which entity ``name`` is another name of, and merge it into that one."""
        values = [v for v in self.library.facet_values(FACET_OF[type_]) if v != name]
        into, ok = QInputDialog.getItem(self._window, "Merge",
                                        f"“{name}” is another name of:", sorted(values), 0,
                                        True)
        if ok and into.strip() and into.strip() != name:
            self.correct(Correction("rename", type_, name, into.strip()),
                         f"Merge “{name}” Into “{into.strip()}”")

    def mark(self, text: str, type_: str) -> None:
        """Mark selected text as an entity everywhere it is written (with a canonical name
        and, for a person, a role)."""
        name, ok = QInputDialog.getText(self._window, f"Mark as {LABELS[type_]}",
                                        f"Name of the {LABELS[type_].lower()} “{text}”:",
                                        text=text)
        if not ok or not name.strip():
            return
        role = ""
        if type_ == "person":
            role, ok = QInputDialog.getText(self._window, "Mark as Person",
                                            f"Role of {name.strip()} (may be empty):")
            if not ok:
                return
        self.correct(Correction("add", type_, text, name.strip(), role=role.strip()),
                     f"Mark “{_short(text)}”")

    def _on_progressed(self, done: int, total: int) -> None:
        self._window.statusBar().showMessage(f"Updating articles… {done} of {total}", 3000)

    # ------------------------------------------------------------------ the dialog

    def show_corrections(self) -> None:
        """List the user's corrections: search them, remove one, import or export them."""
        self.dialog = CorrectionsDialog(self._window)
        self.dialog.remove_requested.connect(self._on_dialog_remove_requested)
        self.dialog.import_requested.connect(self.import_corrections)
        self.dialog.export_requested.connect(self.export_corrections)
        self.dialog.show()
        self.refresh_dialog()

    def refresh_dialog(self) -> None:
        """Show the corrections as they are now (after any edit)."""
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.show_corrections(self.library.curation.all())

    def _on_dialog_remove_requested(self, correction_id: int) -> None:
        found = [c for c in self.library.curation.all() if c.id == correction_id]
        if found:
            self._marking.push(commands.Uncorrect(self.library, found[0],
                                                  self._marking.touched,
                                                  self.progressed.emit))

    def export_corrections(self) -> None:
        """Save the corrections as a file a colleague can import."""
        name, _ = QFileDialog.getSaveFileName(
            self._window, "Export corrections", str(Path.home() / "corrections.json"),
            "PartnerView corrections (*.json)")
        if not name:
            return
        if not save_file(self._window, Path(name), self.library.curation.export()):
            return
        self._window.statusBar().showMessage(f"Exported the corrections to {name}", 8000)

    def import_corrections(self) -> None:
        """Add the corrections of a colleague's file (those not here yet)."""
        name, _ = QFileDialog.getOpenFileName(self._window, "Import corrections",
                                              str(Path.home()),
                                              "PartnerView corrections (*.json)")
        if not name:
            return
        try:
            corrections = read_export(Path(name).read_text("utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            show_error(self._window, "Could not import the corrections", exc,
                       "Choose a file exported by PartnerView (Corrections › Export).")
            return
        new = self.library.curation.missing(corrections)
        if new:
            self.correct(new, "Import Corrections")
        self._window.statusBar().showMessage(
            f"{len(new)} new correction{'s' * (len(new) != 1)} in {Path(name).name}", 8000)


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"
