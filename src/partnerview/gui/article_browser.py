"""The article's text: entities named on hover and filtered by on click."""

from __future__ import annotations

import html

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QMouseEvent,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QMenu, QTextBrowser, QToolTip, QWidget

#: Properties stored on highlighted characters, so tests and tooltips can read them.
ENTITY_TYPE = QTextFormat.Property.UserProperty + 1
ENTITY_NAME = QTextFormat.Property.UserProperty + 2
ENTITY_ROLE = QTextFormat.Property.UserProperty + 3
SEARCH_HIT = QTextFormat.Property.UserProperty + 4
ANNOTATION_ID = QTextFormat.Property.UserProperty + 5


class ArticleBrowser(QTextBrowser):
    """A text view that shows entity details on hover.

    The article is shown as plain text, so there are no images or style sheets to load;
    QTextBrowser has no network access of its own and links are not followed.
    """

    entity_clicked = Signal(str, str)  # type, canonical name
    #: The context menu is about to open: others add their actions (menu, the entity's type
    #: and name under the pointer or "", the selected text or "").
    menu_about_to_show = Signal(QMenu, str, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setMouseTracking(True)
        # A caret and Shift+arrows select text, so passages are highlighted without a mouse.
        self.setTextInteractionFlags(self.textInteractionFlags() |
                                     Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setAccessibleName("Article text")
        self.setAccessibleDescription("Organisations, people, places, fields and dates are "
                                      "highlighted; select a passage to annotate it")
        self._press: QPoint | None = None

    def format_at(self, position: QPoint) -> QTextCharFormat:
        """The character format under a point of the viewport."""
        cursor = self.cursorForPosition(position)
        if cursor.atBlockEnd() and not cursor.atBlockStart():
            return cursor.charFormat()
        cursor.movePosition(QTextCursor.MoveOperation.NextCharacter,
                            QTextCursor.MoveMode.KeepAnchor)
        return cursor.charFormat()

    def menu_at(self, position: QPoint) -> QMenu:
        """The context menu at a point of the viewport: Copy and Select All, and what
        others add for the entity there or the selected text."""
        menu = self.createStandardContextMenu(position)
        fmt = self.format_at(position)
        selected = self.textCursor().selectedText().replace("\u2029", " ").strip()
        kind, name = fmt.property(ENTITY_TYPE) or "", fmt.property(ENTITY_NAME) or ""
        if kind or selected:
            menu.addSeparator()
            self.menu_about_to_show.emit(menu, kind, name, selected)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        self.menu_at(event.pos()).exec(event.globalPos())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        fmt = self.format_at(event.position().toPoint())
        kind = fmt.property(ENTITY_TYPE)
        if kind:
            role = fmt.property(ENTITY_ROLE)
            text = f"<b>{html.escape(fmt.property(ENTITY_NAME))}</b><br>{kind}"
            if role:
                text += f" · {html.escape(role)}"
            text += "<br><i>Click to filter by it</i>"
            QToolTip.showText(event.globalPosition().toPoint(), text, self.viewport())
            self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            QToolTip.hideText()
            self.viewport().setCursor(Qt.CursorShape.IBeamCursor)
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        point = event.position().toPoint()
        if self._press is None or (point - self._press).manhattanLength() > 3 or \
                self.textCursor().hasSelection():
            return
        fmt = self.format_at(point)
        if fmt.property(ENTITY_TYPE):
            self.entity_clicked.emit(fmt.property(ENTITY_TYPE), fmt.property(ENTITY_NAME))
