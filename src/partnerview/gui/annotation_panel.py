"""The annotations of the open article: click one to go to it, edit or delete it."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from partnerview.gui.reader import ANNOTATION_COLORS

ID_ROLE = Qt.ItemDataRole.UserRole
ORPHANED_ROLE = Qt.ItemDataRole.UserRole + 1


def summary(annotation: Any, quote_chars: int | None = None) -> list[str]:
    """Lines describing an annotation: its state, quote, note and tags."""
    quote = " ".join(annotation.quote.split())
    if quote_chars and len(quote) > quote_chars:
        quote = quote[:quote_chars - 3] + "…"
    lines = [f"“{quote}”"]
    if annotation.status == "orphaned":
        lines.insert(0, "⚠ Orphaned: this passage is no longer in the article")
    if annotation.note:
        lines.append(annotation.note)
    if annotation.tags:
        lines.append("Tags: " + ", ".join(annotation.tags))
    return lines


class AnnotationPanel(QWidget):
    """A list of annotations with edit and delete buttons."""

    go_to_requested = Signal(str)  # annotation id
    edit_requested = Signal(str)
    delete_requested = Signal(str)
    reattach_requested = Signal(str)  # an orphaned annotation, to the reader's selection

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel("Annotations", self)
        self.heading.setObjectName("annotationHeading")
        self.list = QListWidget(self)
        self.list.setObjectName("annotationList")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setAccessibleName("Annotations of this article")
        self.reattach = QPushButton("Re-attach to Selection", self)
        self.reattach.setToolTip("Place this orphaned annotation on the text selected in the "
                                 "article")
        self.edit = QPushButton("Edit…", self)
        self.edit.setAccessibleName("Edit annotation")
        self.delete = QPushButton("Delete", self)
        self.delete.setAccessibleName("Delete annotation")
        buttons = QHBoxLayout()
        buttons.addWidget(self.reattach)
        buttons.addStretch(1)
        buttons.addWidget(self.edit)
        buttons.addWidget(self.delete)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._update_buttons()
        self.list.currentItemChanged.connect(self._on_list_current_changed)
        self.list.itemActivated.connect(lambda item: self.edit_requested.emit(item.data(ID_ROLE)))
        self.edit.clicked.connect(lambda: self._emit_current(self.edit_requested))
        self.delete.clicked.connect(lambda: self._emit_current(self.delete_requested))
        self.reattach.clicked.connect(lambda: self._emit_current(self.reattach_requested))
        QShortcut(QKeySequence.StandardKey.Delete, self.list,
                  lambda: self._emit_current(self.delete_requested),
                  context=Qt.ShortcutContext.WidgetShortcut)

    def show_annotations(self, annotations: list[Any]) -> None:
        """List ``annotations`` (of one article), keeping the current one if it stays."""
        current = self.current_id()
        self.list.blockSignals(True)
        self.list.clear()
        for annotation in annotations:
            item = QListWidgetItem("\n".join(summary(annotation, quote_chars=160)))
            item.setData(ID_ROLE, annotation.id)
            item.setData(ORPHANED_ROLE, annotation.status == "orphaned")
            color = QColor(ANNOTATION_COLORS.get(annotation.color, ANNOTATION_COLORS["yellow"]))
            color.setAlpha(70)
            item.setBackground(color)
            item.setToolTip(html.escape(annotation.note or annotation.quote))
            self.list.addItem(item)
            if annotation.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        count = len(annotations)
        self.heading.setText(f"Annotations ({count})" if count else
                             "Annotations — select text and press Ctrl+H to highlight")
        self._update_buttons()

    def current_id(self) -> str | None:
        """The id of the selected annotation."""
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item else None

    def _emit_current(self, signal: Any) -> None:
        current = self.current_id()
        if current:
            signal.emit(current)

    def _on_list_current_changed(self, current: QListWidgetItem | None, _previous: Any) -> None:
        self._update_buttons()
        if current is not None:
            self.go_to_requested.emit(current.data(ID_ROLE))

    def _update_buttons(self) -> None:
        item = self.list.currentItem()
        self.edit.setEnabled(item is not None)
        self.delete.setEnabled(item is not None)
        self.reattach.setVisible(item is not None and bool(item.data(ORPHANED_ROLE)))
