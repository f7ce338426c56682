"""Undoable changes to the user's own data: bookmarks, tags, annotations, saved searches
and collections.

Each command calls the library and then ``changed(article_ids)`` so the window can show
the new state; undo restores exactly what was there before.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from partnerview.core.library import Library

Changed = Callable[[list[str]], None]
HISTORY_LIMIT = 200


class UndoCommand:
    """A change that can be done, undone and done again."""

    def __init__(self, text: str) -> None:
        self.text = text

    def redo(self) -> None:
        """Do (or do again) the change."""
        raise NotImplementedError

    def undo(self) -> None:
        """Put back what was there before."""
        raise NotImplementedError


class UndoStack:
    """The history of the user's changes, changed on the edits' thread one at a time.

    Plain Python rather than QUndoStack: Qt would own (and delete) Python command objects,
    which PySide6 does not survive reliably when windows are destroyed.
    """

    def __init__(self) -> None:
        self._done: list[UndoCommand] = []
        self._undone: list[UndoCommand] = []

    def push(self, command: UndoCommand) -> None:
        """Do ``command`` and remember it."""
        command.redo()
        self._done = (self._done + [command])[-HISTORY_LIMIT:]
        self._undone.clear()

    def undo(self) -> None:
        """Undo the last change."""
        if self._done:
            command = self._done.pop()
            command.undo()
            self._undone.append(command)

    def redo(self) -> None:
        """Do again the last undone change."""
        if self._undone:
            command = self._undone.pop()
            command.redo()
            self._done.append(command)

    def undo_text(self) -> str:
        """What undo would undo, or ""."""
        return self._done[-1].text if self._done else ""

    def redo_text(self) -> str:
        """What redo would do again, or ""."""
        return self._undone[-1].text if self._undone else ""


class SetBookmarks(UndoCommand):
    """Star or unstar articles."""

    def __init__(self, library: Library, article_ids: list[str], on: bool,
                 changed: Changed) -> None:
        super().__init__(("Bookmark" if on else "Remove bookmark") +
                         (f" of {len(article_ids)} articles" if len(article_ids) > 1 else ""))
        self._library, self._ids, self._on, self._changed = library, article_ids, on, changed
        marked = set(library.bookmarks())
        self._before = {i: i in marked for i in article_ids}

    def redo(self) -> None:  # noqa: D102
        self._library.set_bookmarks(self._ids, self._on)
        self._changed(self._ids)

    def undo(self) -> None:  # noqa: D102
        for was in (True, False):
            ids = [i for i, before in self._before.items() if before is was]
            if ids:
                self._library.set_bookmarks(ids, was)
        self._changed(self._ids)


class SetTags(UndoCommand):
    """Add and remove tags on articles."""

    def __init__(self, library: Library, article_ids: list[str], add: list[str],
                 remove: list[str], changed: Changed) -> None:
        super().__init__("Change tags")
        self._library, self._ids, self._changed = library, article_ids, changed
        self._before = {i: library.article(i).tags for i in article_ids}
        self._after = {i: sorted((set(tags) | set(add)) - set(remove))
                       for i, tags in self._before.items()}

    def redo(self) -> None:  # noqa: D102
        self._library.set_many_tags(self._after)
        self._changed(self._ids)

    def undo(self) -> None:  # noqa: D102
        self._library.set_many_tags(self._before)
        self._changed(self._ids)


class AddAnnotation(UndoCommand):
    """Highlight a passage (with a note and tags)."""

    def __init__(self, library: Library, article_id: str, start: int, end: int,
                 changed: Changed, **values: Any) -> None:
        super().__init__("Highlight")
        self._library, self._changed = library, changed
        self._args = (article_id, start, end)
        self._values = values
        self.annotation: Any = None

    def redo(self) -> None:  # noqa: D102
        if self.annotation is None:
            self.annotation = self._library.annotate(*self._args, **self._values)
        else:  # redo after undo: the same annotation, same id and times
            self._library.restore_annotation(self.annotation)
        self._changed([self.annotation.article_id])

    def undo(self) -> None:  # noqa: D102
        self._library.delete_annotation(self.annotation.id)
        self._changed([self.annotation.article_id])


class EditAnnotation(UndoCommand):
    """Change an annotation's note, colour or tags."""

    def __init__(self, library: Library, annotation_id: str, changed: Changed,
                 **changes: Any) -> None:
        super().__init__("Edit annotation")
        self._library, self._changed, self._changes = library, changed, changes
        self._before = library.annotation(annotation_id)
        self._after: Any = None

    def redo(self) -> None:  # noqa: D102
        if self._after is None:
            self._after = self._library.update_annotation(self._before.id, **self._changes)
        else:
            self._library.restore_annotation(self._after)
        self._changed([self._before.article_id])

    def undo(self) -> None:  # noqa: D102
        self._library.restore_annotation(self._before)
        self._changed([self._before.article_id])


class DeleteAnnotation(UndoCommand):
    """Remove an annotation; undo puts it back as it was."""

    def __init__(self, library: Library, annotation_id: str, changed: Changed) -> None:
        super().__init__("Delete annotation")
        self._library, self._changed = library, changed
        self._annotation = replace(library.annotation(annotation_id))

    def redo(self) -> None:  # noqa: D102
        self._library.delete_annotation(self._annotation.id)
        self._changed([self._annotation.article_id])

    def undo(self) -> None:  # noqa: D102
        self._library.restore_annotation(self._annotation)
        self._changed([self._annotation.article_id])


class SaveSearch(UndoCommand):
    """Keep a search under a name (replacing one of that name)."""

    def __init__(self, library: Library, name: str, query: Any) -> None:
        super().__init__(f"Save Search “{name}”")
        self._searches, self._name, self._query = library.saved_searches, name, query
        self._before = _saved_or_none(library, name)
        self._after: Any = None

    def redo(self) -> None:  # noqa: D102
        if self._after is None:
            self._after = self._searches.save(self._name, self._query)
        else:
            self._searches.restore(self._after)

    def undo(self) -> None:  # noqa: D102
        if self._before is None:
            self._searches.delete(self._after.name)
        else:
            self._searches.restore(self._before)


class RenameSavedSearch(UndoCommand):
    """Give a saved search another name."""

    def __init__(self, library: Library, old: str, new: str) -> None:
        super().__init__("Rename Saved Search")
        self._searches, self._old, self._new = library.saved_searches, old, new

    def redo(self) -> None:  # noqa: D102
        self._new = self._searches.rename(self._old, self._new).name

    def undo(self) -> None:  # noqa: D102
        self._searches.rename(self._new, self._old)


class DeleteSavedSearch(UndoCommand):
    """Forget a saved search; undo puts it back as it was."""

    def __init__(self, library: Library, name: str) -> None:
        super().__init__(f"Delete Saved Search “{name}”")
        self._searches, self._name = library.saved_searches, name
        self._saved: Any = None

    def redo(self) -> None:  # noqa: D102
        self._saved = self._searches.delete(self._name)

    def undo(self) -> None:  # noqa: D102
        self._searches.restore(self._saved)


def _saved_or_none(library: Library, name: str) -> Any:
    try:
        return library.saved_searches.get(name)
    except KeyError:
        return None


class Collect(UndoCommand):
    """Put articles into a collection (made when new), or take them out."""

    def __init__(self, library: Library, name: str, article_ids: list[str], on: bool,
                 changed: Changed) -> None:
        count = f"{len(article_ids)} article{'s' * (len(article_ids) != 1)}"
        super().__init__(f"Add {count} to “{name}”" if on else f"Remove {count} from “{name}”")
        self._collections, self._changed = library.collections, changed
        self._name, self._ids, self._on = name, article_ids, on
        existing = {n.casefold(): n for n in self._collections.counts()}
        self._existed = name.casefold() in existing
        members = set(self._collections.members(existing[name.casefold()])) \
            if self._existed else set()
        # Undo touches only the articles this change moved.
        self._moved = [i for i in article_ids if (i in members) != on]

    def redo(self) -> None:  # noqa: D102
        if self._on:
            self._name = self._collections.add(self._name, self._ids)
        else:
            self._collections.remove(self._name, self._ids)
        self._changed(self._ids)

    def undo(self) -> None:  # noqa: D102
        if self._on and not self._existed:
            self._collections.delete(self._name)
        elif self._on:
            self._collections.remove(self._name, self._moved)
        else:
            self._collections.add(self._name, self._moved)
        self._changed(self._ids)


class RenameCollection(UndoCommand):
    """Give a collection another name."""

    def __init__(self, library: Library, old: str, new: str, changed: Changed) -> None:
        super().__init__("Rename Collection")
        self._collections, self._changed = library.collections, changed
        self._old, self._new = old, new

    def redo(self) -> None:  # noqa: D102
        self._new = self._collections.rename(self._old, self._new)
        self._changed(self._collections.members(self._new))

    def undo(self) -> None:  # noqa: D102
        self._old = self._collections.rename(self._new, self._old)
        self._changed(self._collections.members(self._old))


class DeleteCollection(UndoCommand):
    """Remove a collection, not its articles; undo makes it again with the same articles."""

    def __init__(self, library: Library, name: str, changed: Changed) -> None:
        super().__init__(f"Delete Collection “{name}”")
        self._collections, self._changed, self._name = library.collections, changed, name
        self._ids: list[str] = []

    def redo(self) -> None:  # noqa: D102
        self._ids = self._collections.delete(self._name)
        self._changed(self._ids)

    def undo(self) -> None:  # noqa: D102
        self._collections.add(self._name, self._ids)
        self._changed(self._ids)


class Correct(UndoCommand):
    """Corrections of what the extractor found (a merge is several renames); undo removes
    them again. ``progress(done, total)`` hears of the articles re-indexed."""

    def __init__(self, library: Library, corrections: list[Any], text: str,
                 changed: Changed, progress: Any = None) -> None:
        super().__init__(text)
        self._curation, self._corrections = library.curation, corrections
        self._changed, self._progress = changed, progress
        self._made: list[Any] = []

    def redo(self) -> None:  # noqa: D102
        self._made, ids = self._curation.add(*self._corrections, progress=self._progress)
        self._changed(ids)

    def undo(self) -> None:  # noqa: D102
        self._changed(self._curation.delete(*(c.id for c in self._made),
                                            progress=self._progress))


class Uncorrect(UndoCommand):
    """Remove one of the user's corrections (from the Corrections dialog)."""

    def __init__(self, library: Library, correction: Any, changed: Changed,
                 progress: Any = None) -> None:
        super().__init__("Remove Correction")
        self._curation, self._correction = library.curation, correction
        self._changed, self._progress = changed, progress

    def redo(self) -> None:  # noqa: D102
        self._changed(self._curation.delete(self._correction.id, progress=self._progress))

    def undo(self) -> None:  # noqa: D102
        made, ids = self._curation.add(self._correction, progress=self._progress)
        self._correction = made[0]
        self._changed(ids)


class SetStories(UndoCommand):
    """Split an article off its story, or join the stories of several into one."""

    def __init__(self, library: Library, article_ids: list[str], join: bool,
                 changed: Changed) -> None:
        super().__init__("Join into One Story" if join else "Split Off from Its Story")
        self._stories, self._ids, self._join, self._changed = (library.stories, article_ids,
                                                               join, changed)
        touched = {c for i in article_ids for c in library.stories.copies(i)} | set(article_ids)
        self._before = library.stories.places(sorted(touched))

    def redo(self) -> None:  # noqa: D102
        self._changed(self._stories.join(self._ids) if self._join
                      else self._stories.split(self._ids[0]))

    def undo(self) -> None:  # noqa: D102
        self._changed(self._stories.restore(self._before))
