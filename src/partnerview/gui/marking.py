"""The user's marks on articles (bookmarks, tags, highlights and notes), as undoable
changes saved off the GUI thread, with the dialogs that ask for them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMainWindow, QMessageBox

from partnerview.core.library import Library
from partnerview.gui import commands
from partnerview.gui.annotation_panel import summary
from partnerview.gui.article_table import ArticleTable
from partnerview.gui.dialogs import AllAnnotationsDialog, NoteDialog
from partnerview.gui.errors import save_file, show_error
from partnerview.gui.reader import Reader
from partnerview.gui.tasks import TaskRunner


class Marking(QObject):
    """Turns the user's requests into commands on the undo stack and runs them one after
    another in the background; ``changes_saved`` tells which articles a change touched."""

    changes_saved = Signal(list)  # ids of the articles a saved (or undone) change touched
    go_to_requested = Signal(str, str)  # article id, annotation id (from All Annotations)
    undo_changed = Signal(str, str)  # what Undo and Redo would do now ("" for nothing)
    edited = Signal()  # an edit (or its undo) ended, saved or not

    def __init__(self, window: QMainWindow, library: Library, table: ArticleTable,
                 reader: Reader) -> None:
        super().__init__(window)
        self._window = window
        self.library = library
        self._table = table
        self._reader = reader
        self.undo_stack = commands.UndoStack()
        # Off the GUI thread, one after another: a save may wait for an import's batch.
        self.edits = TaskRunner(1, self)
        self._saved_ids: list[str] = []  # the articles the running edit touched

    def wait(self) -> None:
        """Block until every change asked for is saved (the app is closing)."""
        self.edits.wait()

    def undo(self) -> None:
        """Undo the last change."""
        self._edit(self.undo_stack.undo)

    def redo(self) -> None:
        """Do the last undone change again."""
        self._edit(self.undo_stack.redo)

    def push(self, command: commands.UndoCommand) -> None:
        """Do ``command`` in the background and put it on the undo stack."""
        self._edit(lambda: self.undo_stack.push(command))

    def touched(self, article_ids: list[str]) -> None:
        """What a command calls with the articles it changed (on the edits' thread)."""
        self._saved_ids += article_ids  # on the edits' thread, during one edit

    def _edit(self, change: Callable[[], None]) -> None:
        # Off the GUI thread, one after another (a save may wait for an import's batch);
        # back on it, Undo and Redo are named first, then the change is announced.
        def run() -> list[str]:
            self._saved_ids = []
            change()
            return self._saved_ids

        self.edits.run(run, self._on_edit_done, self._on_edit_failed)

    def _on_edit_done(self, article_ids: list[str]) -> None:
        self.undo_changed.emit(self.undo_stack.undo_text(), self.undo_stack.redo_text())
        self.edited.emit()
        if article_ids:
            self.changes_saved.emit(list(dict.fromkeys(article_ids)))

    def _on_edit_failed(self, exc: Exception) -> None:
        self.undo_changed.emit(self.undo_stack.undo_text(), self.undo_stack.redo_text())
        self.edited.emit()
        show_error(self._window, "Could not save", exc, "Nothing was changed.")

    # ------------------------------------------------------------------ bookmarks and tags

    def toggle_bookmarks(self) -> None:
        """Star the selected articles, or unstar them when all are starred."""
        current = self._reader.current_article()
        ids = self._table.selected_ids() or ([current.id] if current else [])
        if ids:
            marked = set(self.library.bookmarks())
            self.set_bookmarks(ids, not all(i in marked for i in ids))

    def set_bookmarks(self, article_ids: list[str], on: bool) -> None:
        """Star or unstar articles."""
        self.push(commands.SetBookmarks(self.library, article_ids, on,
                                         self.touched))

    def edit_tags(self) -> None:
        """Ask for the tags of the selected articles."""
        ids = self._table.selected_ids()
        if not ids:
            return
        current = sorted({t for i in ids for t in self.library.article(i).tags})
        text, ok = QInputDialog.getText(
            self._window, "Tags", f"Tags of {len(ids)} article{'s' if len(ids) > 1 else ''} "
            "(comma-separated; remove one by deleting it):", text=", ".join(current))
        if ok:
            wanted = {t.strip() for t in text.split(",") if t.strip()}
            self.push(commands.SetTags(self.library, ids, sorted(wanted),
                                        sorted(set(current) - wanted), self.touched))

    def manage_tags(self) -> None:
        """Rename a tag on every article, or delete it."""
        tags = list(self.library.tags())
        if not tags:
            QMessageBox.information(self._window, "Tags",
                                    "No article has a tag yet (Edit › Tags…).")
            return
        title = "Rename or delete a tag"
        tag, ok = QInputDialog.getItem(self._window, title, "Tag:", tags, 0, False)
        if not ok:
            return
        new, ok = QInputDialog.getText(self._window, title,
                                       f"New name for “{tag}” (empty deletes it):", text=tag)
        if ok and new.strip() != tag:
            self.push(commands.SetTags(self.library, self.library.tagged(tag),
                                        [new.strip()] if new.strip() else [], [tag],
                                        self.touched))

    # ------------------------------------------------------------------ annotations

    def highlight(self, article_id: str, start: int, end: int, color: str) -> None:
        """Highlight a passage."""
        self.push(commands.AddAnnotation(self.library, article_id, start, end,
                                          self.touched, color=color))

    def add_note(self, article_id: str, start: int, end: int) -> None:
        """Ask for a note on a passage, then highlight it with the note."""
        dialog = NoteDialog(self.library.article(article_id).text[start:end],
                            parent=self._window)
        if dialog.exec():
            note, color, tags = dialog.values()
            self.push(commands.AddAnnotation(self.library, article_id, start, end,
                                              self.touched, note=note,
                                              color=color, tags=tags))

    def edit_annotation(self, annotation_id: str) -> None:
        """Ask for an annotation's new note, colour and tags."""
        annotation = self.library.annotation(annotation_id)
        dialog = NoteDialog(annotation.quote, annotation.note, annotation.color,
                            annotation.tags, parent=self._window)
        if dialog.exec():
            note, color, tags = dialog.values()
            self.push(commands.EditAnnotation(self.library, annotation_id,
                                               self.touched, note=note,
                                               color=color, tags=tags))

    def delete_annotation(self, annotation_id: str) -> None:
        """Delete an annotation (undoable)."""
        self.push(commands.DeleteAnnotation(self.library, annotation_id,
                                             self.touched))

    def reattach_annotation(self, annotation_id: str) -> None:
        """Move an annotation to the passage selected in the reader."""
        selected = self._reader.selection()
        if selected is None:
            QMessageBox.information(self._window, "Re-attach annotation",
                                    "Select the passage in the article first, then click "
                                    "Re-attach to Selection.")
            return
        self.push(commands.EditAnnotation(self.library, annotation_id,
                                           self.touched, start=selected[0],
                                           end=selected[1]))

    def show_all_annotations(self) -> None:
        """List every annotation of the library; the one chosen is shown."""
        rows = []
        titles: dict[str, str] = {}
        for annotation in self.library.annotations():
            if annotation.article_id not in titles:
                titles[annotation.article_id] = self.library.article(annotation.article_id).title
            rows.append((annotation.id, annotation.article_id, titles[annotation.article_id],
                         "  ·  ".join(summary(annotation))))
        dialog = AllAnnotationsDialog(rows, self._window)
        if dialog.exec() and dialog.chosen:
            article_id, annotation_id = dialog.chosen
            self.go_to_requested.emit(article_id, annotation_id)

    def export_annotations(self) -> None:
        """Save every annotation as W3C Web Annotation JSON-LD or a Markdown report."""
        name, chosen = QFileDialog.getSaveFileName(
            self._window, "Export annotations", str(Path.home() / "annotations.jsonld"),
            "W3C Web Annotation (*.jsonld *.json);;Markdown report (*.md)")
        if not name:
            return
        markdown = name.endswith(".md") or "Markdown" in chosen
        text = self.library.export_annotations("markdown" if markdown else "w3c")
        if not save_file(self._window, Path(name), text):
            return
        self._window.statusBar().showMessage(f"Exported annotations to {name}", 8000)
