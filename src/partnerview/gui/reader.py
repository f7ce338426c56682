"""The reader: an article's title, metadata and text with entities and hits highlighted."""

from __future__ import annotations

import html
import re
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeySequence,
    QPalette,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from partnerview.core.article import Article
from partnerview.core.dates import describe
from partnerview.core.kinds import KINDS
from partnerview.core.search import hit_pattern
from partnerview.gui.article_browser import (
    ANNOTATION_ID,
    ENTITY_NAME,
    ENTITY_ROLE,
    ENTITY_TYPE,
    SEARCH_HIT,
    ArticleBrowser,
)

ENTITY_TYPES = ("organization", "person", "place", "field", "date")
#: Web addresses written in an article's text.
URL = re.compile(r"\bhttps?://[^\s<>\"'“”)\]]+[^\s<>\"'“”)\].,;:!?]")
ENTITY_LABELS = {"organization": "Organisations", "person": "People", "place": "Places",
                 "field": "Fields", "date": "Dates"}
#: Translucent tints: they read on light and dark backgrounds alike.
ENTITY_COLORS = {"organization": QColor(59, 130, 246, 60), "person": QColor(236, 72, 153, 55),
                 "place": QColor(34, 197, 94, 60), "field": QColor(168, 85, 247, 55),
                 "date": QColor(245, 158, 11, 70)}
ENTITY_UNDERLINES = {"organization": QColor(37, 99, 235), "person": QColor(219, 39, 119),
                     "place": QColor(22, 163, 74), "field": QColor(147, 51, 234),
                     "date": QColor(217, 119, 6)}
HIT_COLOR = QColor(255, 214, 10)
#: Highlighter colours, opaque and with black text on them: readable on light and dark
#: palettes alike (a see-through tint over a dark page left white text at 2.5:1).
ANNOTATION_COLORS = {"yellow": QColor(254, 240, 138), "green": QColor(187, 247, 208),
                     "blue": QColor(191, 219, 254), "pink": QColor(251, 207, 232),
                     "purple": QColor(221, 214, 254)}
BASE_POINT_SIZE = 12


class Reader(QWidget):
    """Shows one article; emits what the user asks of it."""

    entity_filter_requested = Signal(str, str)  # entity type, canonical name
    link_requested = Signal(str)  # an address in the article the user clicked
    bookmark_requested = Signal(str, bool)  # article id, on
    annotate_requested = Signal(str, int, int, str)  # article id, start, end, colour
    note_requested = Signal(str, int, int)  # article id, start, end
    type_visibility_changed = Signal(str, bool)  # entity type, highlighted (legend clicked)
    copy_requested = Signal(str)  # open another copy of the story (its id)
    compare_requested = Signal(str, str)  # this article's id, the other copy's id
    #: The text's context menu is about to open (menu, article id, entity type and name
    #: under the pointer or "", selected text or ""): others add their actions.
    menu_about_to_show = Signal(QMenu, str, str, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.article: Article | None = None
        self._offset = 0  # where the article text starts in the document
        self._hits: list[str] = []
        self._zoom = 0
        self._visible_types = set(ENTITY_TYPES)
        self._painted: list[Any] = []  # the annotations drawn on the current article

        self.title = QLabel(self)
        self.title.setObjectName("readerTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setPointSize(font.pointSize() + 5)
        font.setBold(True)
        self.title.setFont(font)
        self.meta = QLabel(self)
        self.meta.setObjectName("readerMeta")
        self.meta.setWordWrap(True)
        self.meta.setTextFormat(Qt.TextFormat.RichText)
        # A palette role, not a colour written in the text: it follows a change to dark mode.
        self.meta.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.chips = QLabel(self)
        self.chips.setObjectName("readerChips")
        self.chips.setWordWrap(True)
        self.chips.setTextFormat(Qt.TextFormat.RichText)
        self.star = QToolButton(self)
        self.star.setCheckable(True)
        self.star.setText("☆ Bookmark")
        self.star.setToolTip("Bookmark this article (Ctrl+D)")
        self.star.setAccessibleName("Bookmark")
        self.highlight = QToolButton(self)
        self.highlight.setText("Highlight")
        self.highlight.setToolTip("Highlight the selected text (Ctrl+H)")
        self.note = QToolButton(self)
        self.note.setText("Note…")
        self.note.setToolTip("Highlight the selected text and write a note (Ctrl+Shift+H)")
        self.find = QLineEdit(self)
        self.find.setPlaceholderText("Find in article (Ctrl+Shift+F)")
        self.find.setClearButtonEnabled(True)
        self.find.setMaximumWidth(240)
        self.find.setAccessibleName("Find in article")
        self.legend = QWidget(self)
        legend_layout = QHBoxLayout(self.legend)
        legend_layout.setContentsMargins(0, 0, 0, 0)
        self.type_toggles: dict[str, QCheckBox] = {}
        for kind in ENTITY_TYPES:
            box = QCheckBox(ENTITY_LABELS[kind], self.legend)
            box.setChecked(True)
            color = ENTITY_UNDERLINES[kind]
            tint = ENTITY_COLORS[kind]
            box.setStyleSheet(
                f"QCheckBox {{ background: rgba({tint.red()},{tint.green()},{tint.blue()},"
                f"{tint.alpha()}); border-bottom: 2px solid {color.name()}; "
                "padding: 1px 4px; border-radius: 3px; }")
            box.setToolTip(f"Highlight {ENTITY_LABELS[kind].lower()}")
            box.toggled.connect(lambda on, k=kind: self._on_type_toggled(k, on))
            self.type_toggles[kind] = box
            legend_layout.addWidget(box)
        legend_layout.addStretch(1)
        self.body = ArticleBrowser(self)
        self.body.setObjectName("readerBody")
        self.placeholder = QLabel("Select an article to read it here.", self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setObjectName("readerPlaceholder")

        tools = QHBoxLayout()
        tools.addWidget(self.star)
        tools.addWidget(self.highlight)
        tools.addWidget(self.note)
        tools.addStretch(1)
        tools.addWidget(self.find)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addWidget(self.chips)
        layout.addLayout(tools)
        layout.addWidget(self.legend)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.placeholder, 1)
        self._show_content(False)

        self.star.toggled.connect(self._on_star_toggled)
        self.highlight.clicked.connect(lambda: self.highlight_selection("yellow"))
        self.note.clicked.connect(self.note_selection)
        self.find.returnPressed.connect(self.find_next)
        self.body.entity_clicked.connect(self.entity_filter_requested)
        self.body.menu_about_to_show.connect(
            lambda menu, kind, name, selected: self.menu_about_to_show.emit(
                menu, self.article.id if self.article else "", kind, name, selected))
        self.body.anchorClicked.connect(lambda url: self.link_requested.emit(url.toString()))
        self.chips.linkActivated.connect(self._on_chip_link_activated)
        self.meta.linkActivated.connect(self._on_meta_link_activated)
        QShortcut(QKeySequence("F3"), self, self.find_next,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # ------------------------------------------------------------------ showing

    def _show_content(self, on: bool) -> None:
        for widget in (self.title, self.meta, self.chips, self.star, self.highlight, self.note,
                       self.find, self.legend, self.body):
            widget.setVisible(on)
        self.placeholder.setVisible(not on)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        # The chips' links are written in the palette's text colour: write them again when
        # the system switches between light and dark.
        if event.type() == QEvent.Type.PaletteChange and self.article is not None:
            self.chips.setText(_chips(self.article, self.palette().text().color()))
        super().changeEvent(event)

    def current_article(self) -> Article | None:
        """The article shown, if any."""
        return self.article

    def clear(self, message: str = "Select an article to read it here.") -> None:
        """Show no article."""
        self.article = None
        self.body.clear()
        self.placeholder.setText(message)
        self._show_content(False)

    def show_article(self, article: Article, hits: list[str] | None = None,
                     annotations: list[Any] = (), copies: list[tuple[str, str]] = ()
                     ) -> None:
        """Show ``article``; ``hits`` are the query's words, marked and scrolled to;
        ``copies`` (id, where and when) are the other copies of its story."""
        same = self.article is not None and self.article.id == article.id
        scroll = self.body.verticalScrollBar().value() if same else 0
        self.article = article
        self._hits = [h for h in (hits or []) if h]
        self._show_content(True)
        self.title.setText(article.title)
        parts = [html.escape(describe(article.date, article.date_precision)),
                 html.escape(KINDS.get(article.kind, article.kind))]
        if article.source:
            parts.append(html.escape(article.source))
        if article.url:  # a link the reader opens only once the user confirms it
            parts.append(f'<a href="{html.escape(article.url)}">'
                         f'{html.escape(urlsplit(article.url).netloc or article.url)}</a>')
        if article.tags:
            parts.append("Tags: " + html.escape(", ".join(article.tags)))
        if copies:
            parts.append("Also published: " + ", ".join(
                f'<a href="copy:{i}">{html.escape(label)}</a> '
                f'(<a href="compare:{i}">compare</a>)' for i, label in copies))
        self.meta.setText("  ·  ".join(parts))
        self.chips.setText(_chips(article, self.palette().text().color()))
        self.chips.setVisible(bool(article.partners or article.fields))
        self.star.blockSignals(True)
        self.star.setChecked(article.bookmarked)
        self.star.setText("★ Bookmarked" if article.bookmarked else "☆ Bookmark")
        self.star.blockSignals(False)
        self._render(annotations)
        if same:
            self.body.verticalScrollBar().setValue(scroll)
        else:
            self._scroll_to_first_hit()

    def _on_meta_link_activated(self, link: str) -> None:
        kind, _, target = link.partition(":")
        if kind == "copy":
            self.copy_requested.emit(target)
        elif kind == "compare" and self.article is not None:
            self.compare_requested.emit(self.article.id, target)
        else:
            self.link_requested.emit(link)  # the article's address: opened once confirmed

    def _render(self, annotations: list[Any]) -> None:
        self._painted = list(annotations)
        document = QTextDocument(self.body)
        document.setDefaultFont(self._font())
        document.setDocumentMargin(14)
        document.setDefaultStyleSheet("p { line-height: 140%; }")
        text = self.article.text if self.article else ""
        document.setPlainText(text)
        # Paragraph spacing for readability; positions stay those of the plain text.
        block = document.begin()
        while block.isValid():
            cursor = QTextCursor(block)
            fmt = block.blockFormat()
            fmt.setBottomMargin(6)
            fmt.setLineHeight(135, 1)  # ProportionalHeight
            cursor.setBlockFormat(fmt)
            block = block.next()
        self._offset = 0
        for entity in self.article.entities if self.article else []:
            if entity.type in self._visible_types:
                self._apply(document, entity.start, entity.end, _entity_format(entity))
        for annotation in annotations:
            if annotation.status == "anchored":
                fmt = QTextCharFormat()
                fmt.setBackground(ANNOTATION_COLORS.get(annotation.color,
                                                        ANNOTATION_COLORS["yellow"]))
                fmt.setForeground(QColor("black"))
                fmt.setProperty(ANNOTATION_ID, annotation.id)
                if annotation.note:
                    fmt.setToolTip(annotation.note)
                self._apply(document, annotation.start, annotation.end, fmt)
        for match in URL.finditer(text):
            fmt = QTextCharFormat()
            fmt.setAnchor(True)
            fmt.setAnchorHref(match.group())
            fmt.setFontUnderline(True)
            fmt.setForeground(self.palette().link())
            fmt.setToolTip(f"{match.group()}\nClick to open it in your web browser")
            self._apply(document, match.start(), match.end(), fmt)
        for start, end in _hit_spans(text, self._hits):
            fmt = QTextCharFormat()
            fmt.setBackground(HIT_COLOR)
            fmt.setForeground(QColor("black"))
            fmt.setFontWeight(QFont.Weight.Bold)
            fmt.setProperty(SEARCH_HIT, True)
            self._apply(document, start, end, fmt)
        self.body.setDocument(document)

    def _apply(self, document: QTextDocument, start: int, end: int,
               fmt: QTextCharFormat) -> None:
        cursor = QTextCursor(document)
        cursor.setPosition(self._offset + start)
        cursor.setPosition(self._offset + end, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)

    def _scroll_to_first_hit(self) -> None:
        spans = _hit_spans(self.article.text if self.article else "", self._hits)
        cursor = QTextCursor(self.body.document())
        if spans:
            cursor.setPosition(self._offset + spans[0][0])
        self.body.setTextCursor(cursor)
        self.body.ensureCursorVisible()
        if not spans:
            self.body.verticalScrollBar().setValue(0)

    def scroll_to(self, start: int, end: int) -> None:
        """Select and show ``text[start:end]`` (an annotation, for instance)."""
        cursor = QTextCursor(self.body.document())
        cursor.setPosition(self._offset + start)
        cursor.setPosition(self._offset + end, QTextCursor.MoveMode.KeepAnchor)
        self.body.setTextCursor(cursor)
        self.body.ensureCursorVisible()

    def selection(self) -> tuple[int, int] | None:
        """The selected range of the article text, or None."""
        cursor = self.body.textCursor()
        if not cursor.hasSelection() or self.article is None:
            return None
        start = max(0, cursor.selectionStart() - self._offset)
        end = min(len(self.article.text), cursor.selectionEnd() - self._offset)
        return (start, end) if end > start else None

    # ------------------------------------------------------------------ controls

    def set_type_visible(self, kind: str, on: bool) -> None:
        """Show or hide the highlights of one entity type."""
        if on:
            self._visible_types.add(kind)
        else:
            self._visible_types.discard(kind)
        if self.type_toggles[kind].isChecked() != on:
            self.type_toggles[kind].setChecked(on)
        if self.article is not None:
            self.refresh()

    def _on_type_toggled(self, kind: str, on: bool) -> None:
        self.set_type_visible(kind, on)
        self.type_visibility_changed.emit(kind, on)

    def refresh(self, annotations: list[Any] | None = None) -> None:
        """Render the current article again (after zoom, toggles or annotation changes)."""
        if self.article is not None:
            scroll = self.body.verticalScrollBar().value()
            self._render(self._painted if annotations is None else annotations)
            self.body.verticalScrollBar().setValue(scroll)

    def zoom(self, steps: int) -> None:
        """Make the text larger (positive) or smaller (negative); 0 resets."""
        self._zoom = 0 if steps == 0 else max(-4, min(12, self._zoom + steps))
        self.body.document().setDefaultFont(self._font())

    @property
    def zoom_level(self) -> int:
        """Steps above or below the normal text size."""
        return self._zoom

    def _font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSize(BASE_POINT_SIZE + self._zoom)
        return font

    def find_next(self) -> None:
        """Find the next occurrence of the find box's text, wrapping around."""
        needle = self.find.text()
        if not needle:
            return
        if not self.body.find(needle):
            cursor = self.body.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.Start)
            self.body.setTextCursor(cursor)
            self.body.find(needle)

    def focus_find(self) -> None:
        """Put the cursor in the find box."""
        self.find.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find.selectAll()

    def _on_star_toggled(self, on: bool) -> None:
        if self.article is not None:
            self.bookmark_requested.emit(self.article.id, on)

    def highlight_selection(self, color: str = "yellow") -> None:
        """Ask for the selected text to be highlighted."""
        selected = self.selection()
        if self.article is not None and selected:
            self.annotate_requested.emit(self.article.id, selected[0], selected[1], color)

    def note_selection(self) -> None:
        """Ask for the selected text to be highlighted with a note."""
        selected = self.selection()
        if self.article is not None and selected:
            self.note_requested.emit(self.article.id, selected[0], selected[1])

    def _on_chip_link_activated(self, link: str) -> None:
        kind, _, name = link.partition(":")
        self.entity_filter_requested.emit(kind, QUrl.fromPercentEncoding(name.encode()))


def _entity_format(entity: Any) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(ENTITY_COLORS[entity.type])
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    fmt.setUnderlineColor(ENTITY_UNDERLINES[entity.type])
    fmt.setProperty(ENTITY_TYPE, entity.type)
    fmt.setProperty(ENTITY_NAME, entity.canonical)
    if getattr(entity, "role", ""):
        fmt.setProperty(ENTITY_ROLE, entity.role)
    return fmt


def _chips(article: Article, text_color: QColor) -> str:
    """The partners and fields as tinted links, written in ``text_color``."""
    def chip(kind: str, name: str, color: QColor) -> str:
        link = f"{kind}:{QUrl.toPercentEncoding(name).data().decode()}"
        return (f'<a href="{link}" style="text-decoration:none; color:{text_color.name()}">'
                f'<span style="background-color:rgba({color.red()},{color.green()},'
                f'{color.blue()},{color.alpha()})">&nbsp;{html.escape(name)}&nbsp;</span></a>')

    partners = " ".join(chip("partner", p, ENTITY_COLORS["organization"])
                        for p in article.partners)
    fields = " ".join(chip("field", f, ENTITY_COLORS["field"]) for f in article.fields)
    rows = []
    if partners:
        rows.append(f"<b>Partners</b>&nbsp; {partners}")
    if fields:
        rows.append(f"<b>Fields</b>&nbsp; {fields}")
    return "<br>".join(rows)


def _hit_spans(text: str, words: list[str]) -> list[tuple[int, int]]:
    """Where the query's words (and their longer forms: cloud -> clouds) occur."""
    marker = hit_pattern(words)
    return [m.span() for m in marker.finditer(text)] if marker and text else []
