"""The article list: a table model over the hits of the current search."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QEvent,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextDocument,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partnerview.core.dates import describe
from partnerview.core.search import Hit

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("★", "Title", "Date", "Partners", "Fields", "Places", "People", "Kind", "Source",
           "Added", "Notes")
STAR, TITLE, DATE, PARTNERS, FIELDS, PLACES, PEOPLE, KIND, SOURCE, ADDED, NOTES = \
    range(len(COLUMNS))
TIPS = ("Bookmarked", "Title and matching text", "Publication date",
        "Parties to the partnership", "Technology fields", "Places named", "People named",
        "Kind of article", "Where the article came from", "When it was added to the library",
        "Number of annotations")
#: Columns shown until the user chooses others (header's context menu), and their widths:
#: the title takes the rest, and fields are in the reader and the facets.
SHOWN = {STAR: 26, TITLE: 0, DATE: 86, PARTNERS: 120, NOTES: 40}
HIDDEN_WIDTH = 120
#: The title column takes the room the others leave, never less than this: in a narrow
#: window the list scrolls sideways rather than wrap titles a few letters a line.
MIN_TITLE_WIDTH = 220
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 2
#: The index's orders a header click switches between: first click, second click.
HEADER_SORTS = {TITLE: ("title", "title_desc"), DATE: ("date", "oldest")}


#: How dragged articles travel (onto a collection): their ids as a JSON list.
ARTICLE_IDS_MIME = "application/x-partnerview-article-ids"


def article_ids_mime(article_ids: list[str]) -> QMimeData:
    """Dragged articles, as a drop target reads them."""
    data = QMimeData()
    data.setData(ARTICLE_IDS_MIME, json.dumps(article_ids).encode("utf-8"))
    return data


class ArticleTableModel(QAbstractTableModel):
    """Rows are the hits of a search, in the order the search gave them.

    Only one page of hits is held; when the view scrolls to the end, ``more_requested``
    asks the window for the next page (fetched in the background).
    """

    more_requested = Signal(int)  # offset of the next page

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._hits: list[Hit] = []
        self._total = 0
        self._bookmarks: set[str] = set()
        self._notes: dict[str, int] = {}
        self._fetching = False
        self._copy_of: dict[str, str] = {}

    # ------------------------------------------------------------------ content

    def set_hits(self, hits: list[Hit], total: int) -> None:
        """Show a new result (the first page of it)."""
        self.beginResetModel()
        self._hits = list(hits)
        self._total = total
        self._fetching = False
        self._copy_of: dict[str, str] = {}  # rows a story shows of its copies: their story
        self.endResetModel()

    def append_hits(self, hits: list[Hit]) -> None:
        """Add the next page."""
        self._fetching = False
        known = {h.id for h in self._hits if h.id not in self._copy_of}
        fresh = [h for h in hits if h.id not in known]
        if not fresh:
            self._total = len(self._hits)
            return
        first = len(self._hits)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        self._hits += fresh
        self.endInsertRows()

    def show_copies(self, article_id: str, copies: list[Hit]) -> None:
        """Show a story's copies in rows under it, or take them away again."""
        row = self.row_of(article_id)
        if row is None:
            return
        shown = [i for i, h in enumerate(self._hits) if self._copy_of.get(h.id) == article_id]
        if shown:
            self.beginRemoveRows(QModelIndex(), shown[0], shown[-1])
            del self._hits[shown[0]:shown[-1] + 1]
            self.endRemoveRows()
            return
        fresh = [h for h in copies if self.row_of(h.id) is None]
        if fresh:
            self.beginInsertRows(QModelIndex(), row + 1, row + len(fresh))
            self._hits[row + 1:row + 1] = fresh
            self._copy_of.update({h.id: article_id for h in fresh})
            self.endInsertRows()

    def is_copy_row(self, article_id: str) -> bool:
        """Whether the row shows a copy under its story."""
        return article_id in self._copy_of

    def copies_shown(self, article_id: str) -> bool:
        """Whether a story's copies are shown under it."""
        return article_id in self._copy_of.values()

    def set_marks(self, bookmarks: set[str], notes: dict[str, int]) -> None:
        """Update the bookmark and note-count columns."""
        self._bookmarks, self._notes = set(bookmarks), dict(notes)
        if self._hits:
            self.dataChanged.emit(self.index(0, STAR), self.index(len(self._hits) - 1, NOTES))

    def article_id(self, row: int) -> str | None:
        """The id of the article in ``row``."""
        return self._hits[row].id if 0 <= row < len(self._hits) else None

    def row_of(self, article_id: str) -> int | None:
        """The row showing ``article_id``."""
        return next((i for i, h in enumerate(self._hits) if h.id == article_id), None)

    # ------------------------------------------------------------------ Qt model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._hits)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else flags

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [ARTICLE_IDS_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # noqa: N802
        rows = sorted({i.row() for i in indexes})
        return article_ids_mime([self._hits[r].id for r in rows if r < len(self._hits)])

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and not self._fetching and \
            len(self._hits) - len(self._copy_of) < self._total

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        if self.canFetchMore(parent):
            self._fetching = True
            self.more_requested.emit(len(self._hits) - len(self._copy_of))

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return COLUMNS[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return TIPS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return hit.id
        if role == SNIPPET_ROLE:
            if hit.id in self._copy_of:
                return f"<i>a copy</i> · {hit.snippet}"
            if hit.copies:  # the story's other copies, shown in the reader
                count = len(hit.copies)
                return f"<i>+{count} cop{'ies' if count > 1 else 'y'}</i> · {hit.snippet}"
            return hit.snippet
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(hit, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == TITLE:
                about = " · ".join(html.escape(part) for part in (
                    describe(hit.date, hit.date_precision) if hit.date else "", hit.kind,
                    hit.source) if part)
                return f"<b>{html.escape(hit.title)}</b><br><i>{about}</i><br>{hit.snippet}"
            if column in NAME_COLUMNS:  # every name, not the first few
                return ", ".join(NAME_COLUMNS[column](hit))
            if column not in (STAR, NOTES):
                return self._display(hit, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (STAR, NOTES):
            return Qt.AlignmentFlag.AlignCenter
        return None

    def _display(self, hit: Hit, column: int) -> str:
        if column == STAR:
            return "★" if hit.id in self._bookmarks else ""
        if column == TITLE:
            return hit.title
        if column == DATE:
            return short_date(hit.date)
        if column in NAME_COLUMNS:
            return _first_names(NAME_COLUMNS[column](hit))
        if column in (KIND, SOURCE):
            return hit.kind if column == KIND else hit.source
        if column == ADDED:
            return hit.added[:10]
        count = self._notes.get(hit.id, 0)
        return str(count) if count else ""


#: How many names a cell of the list shows (a row stays as tall as its title needs).
CELL_NAMES = 3
#: The columns of names, and the names of a hit each shows.
NAME_COLUMNS: dict[int, Callable[[Hit], list[str]]] = {
    PARTNERS: lambda h: h.partners, FIELDS: lambda h: h.fields, PLACES: lambda h: h.places,
    PEOPLE: lambda h: h.people}


def _first_names(names: list[str]) -> str:
    """ "IBM, Pinecrest College, Lowell University +7": the first few, and how many more."""
    shown = ", ".join(names[:CELL_NAMES])
    return f"{shown} +{len(names) - CELL_NAMES}" if len(names) > CELL_NAMES else shown


def short_date(iso: str | None) -> str:
    """A compact date for the list: 2025-04-27, 2019-07, or "23 Dec (year?)"."""
    if not iso:
        return ""
    if iso.startswith("--"):
        return describe(iso, None).replace(" (year unknown)", ", year ?")
    return iso


class SnippetDelegate(QStyledItemDelegate):
    """Draws the whole title in bold (a row is as tall as its title needs) with three lines
    of matching text below it, or, in the compact list, the title alone on one line."""

    SNIPPET_LINES = 3
    MAX_TITLE_LINES = 6  # beyond this a title is cut, whole in its tooltip

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        self.compact = False
        self._line_counts: dict[tuple[str, int, str], int] = {}

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        style = options.widget.style() if options.widget else None
        text_color = options.palette.color(
            QPalette.ColorRole.HighlightedText if options.state & QStyle.StateFlag.State_Selected
            else QPalette.ColorRole.Text)
        options.text = ""
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, options, painter,
                              options.widget)
        document = self._document(index, options, text_color.name())
        painter.save()
        rect: QRect = options.rect.adjusted(4, 2, -4, -2)
        painter.translate(rect.topLeft())
        painter.setClipRect(0, 0, rect.width(), _whole_lines(document, rect.height()))
        context = QAbstractTextDocumentLayout.PaintContext()
        document.documentLayout().draw(painter, context)
        painter.restore()

    def title_lines(self, title: str, font: QFont, width: int) -> int:
        """How many lines ``title`` takes in bold at ``width`` (at most MAX_TITLE_LINES)."""
        return min(self.MAX_TITLE_LINES, self._lines(title, font, width))

    def shown_title(self, title: str, font: QFont, width: int) -> str:
        """The title as drawn: whole, or cut where the lines a row may have run out."""
        if self.compact:
            return QFontMetrics(_bold(font)).elidedText(title, Qt.TextElideMode.ElideRight,
                                                        max(50, width))
        words = title.split(" ")
        while len(words) > 1 and self._lines(" ".join(words) + "…" * (words != title.split(" ")),
                                             font, width) > self.MAX_TITLE_LINES:
            words.pop()
        return title if len(words) == len(title.split(" ")) else " ".join(words) + "…"

    def _lines(self, title: str, font: QFont, width: int) -> int:
        """Lines of a bold title laid out as :meth:`paint` lays it out (remembered)."""
        key = (title, width, font.key())
        if key not in self._line_counts:
            if len(self._line_counts) > 5000:
                self._line_counts.clear()
            # The lines of the bold title in the document paint draws (its margin is 1,
            # HTML's spaces run together), laid out alone: a quarter of the time.
            layout = QTextLayout(_SPACES.sub(" ", title).strip(), _bold(font))
            layout.setTextOption(_WRAP)
            layout.beginLayout()
            lines = 0
            while (line := layout.createLine()).isValid():
                line.setLineWidth(max(50, width) - 2)
                lines += 1
            layout.endLayout()
            self._line_counts[key] = max(1, lines)
        return self._line_counts[key]

    def _document(self, index: Index, option: QStyleOptionViewItem, color: str
                  ) -> QTextDocument:
        width = option.rect.width() - 8
        title = html.escape(self.shown_title(index.data(Qt.ItemDataRole.DisplayRole) or "",
                                             option.font, width))
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(1)
        document.setTextWidth(max(50, option.rect.width() - 8))
        if self.compact:
            document.setHtml(f'<div style="color:{color}"><b>{title}</b></div>')
            return document
        snippet = index.data(SNIPPET_ROLE) or ""
        snippet = re.sub(r'<b class="match[^"]*">', '<b style="background-color:#ffe58a;'
                         'color:#000">', snippet)
        document.setHtml(f'<div style="color:{color}"><b>{title}</b><br>'
                         f'<span style="font-size:small">{snippet}</span></div>')
        return document

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        width = self.view.columnWidth(TITLE) - 8
        return QSize(width, self.height_for(index.data(Qt.ItemDataRole.DisplayRole) or "",
                                            option.font, width))

    def height_for(self, title: str, font: QFont, width: int) -> int:
        """The height of a row showing ``title`` in a title column ``width`` wide."""
        if self.compact:
            return row_height(QFontMetrics(font), 1, compact=True)
        return row_height(QFontMetrics(font), self.title_lines(title, font, width))


_SPACES = re.compile(r"[ \t\n\r\f]+")  # the spaces HTML runs together
_WRAP = QTextOption()
_WRAP.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)  # as a document wraps


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


def _whole_lines(document: QTextDocument, height: int) -> int:
    """How much of ``height`` the document's lines fill without cutting one in half."""
    bottom = 0.0
    block = document.begin()
    while block.isValid():
        top = document.documentLayout().blockBoundingRect(block).top()
        layout = block.layout()
        for i in range(layout.lineCount()):
            line_bottom = top + layout.lineAt(i).rect().bottom()
            if line_bottom > height:
                return int(bottom) + 1
            bottom = line_bottom
        block = block.next()
    return height


def row_height(metrics: QFontMetrics, title_lines: int, compact: bool = False) -> int:
    """The height of a row: its title's lines, and three of matching text below them
    unless the list is compact."""
    snippet = 0 if compact else SnippetDelegate.SNIPPET_LINES
    return metrics.lineSpacing() * (title_lines + snippet) + 8


class ArticleTable(QWidget):
    """The list of articles with an empty-state message over it."""

    article_selected = Signal(str)  # the article the user moved to
    sort_requested = Signal(str)  # an order of the index (a header was clicked)
    more_requested = Signal(int)  # offset of the next page (the list was scrolled down)
    menu_requested = Signal(list, QPoint)  # the selected ids, where the menu goes (global)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ArticleTableModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("articleTable")
        self.view.setAccessibleName("Articles")
        self.view.setAccessibleDescription("The articles found; Up and Down open them")
        self.view.setModel(self.model)  # rows in the index's order: the index sorts
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setDragEnabled(True)  # onto a collection in the side panel
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        # The index sorts (the list holds only the pages fetched so far): a click on the
        # Title or Date header asks for that order, and the indicator shows the one in use.
        self._sort = "relevance"
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.verticalHeader().hide()
        self.delegate = SnippetDelegate(self.view)
        self.view.setItemDelegateForColumn(TITLE, self.delegate)
        # Each row as tall as its title needs, so that every title is read whole: set from
        # the titles alone (fitting rows to their contents asked every cell of every row,
        # 40 ms a search).
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.view.horizontalHeader()
        self.view.viewport().installEventFilter(self)  # its width: the title's room
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        for column in range(len(COLUMNS)):
            if column != TITLE:
                header.resizeSection(column, SHOWN.get(column, HIDDEN_WIDTH))
            header.setSectionHidden(column, column not in SHOWN)
        self.empty = QLabel(self)
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addWidget(self.empty)
        self.empty.hide()
        self.view.selectionModel().currentRowChanged.connect(self._on_view_current_changed)
        header.customContextMenuRequested.connect(self._on_header_menu_requested)
        self.view.customContextMenuRequested.connect(self._on_view_menu_requested)
        header.sectionClicked.connect(self._on_header_clicked)
        header.sectionResized.connect(self._on_header_section_resized)
        self.model.more_requested.connect(self.more_requested)
        self.model.modelReset.connect(self.fit_rows)
        self.model.rowsInserted.connect(lambda _parent, first, _last: self.fit_rows(first))

    def show_sort(self, sort: str) -> None:
        """Show which order the list is in: an arrow on the Title or Date header."""
        self._sort = sort
        header = self.view.horizontalHeader()
        for column, (first, second) in HEADER_SORTS.items():
            if sort in (first, second):
                descending = sort in ("date", "title_desc")
                header.setSortIndicator(column, Qt.SortOrder.DescendingOrder if descending
                                        else Qt.SortOrder.AscendingOrder)
                return
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # relevance: no arrow

    def eventFilter(self, watched: Any, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and watched is self.view.viewport():
            self._fit_title()
        return False

    def _fit_title(self) -> None:
        """Give the title column the room the other columns leave (at least its minimum)."""
        header = self.view.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(header.count())
                     if c != TITLE and not header.isSectionHidden(c))
        width = max(MIN_TITLE_WIDTH, self.view.viewport().width() - others)
        if header.sectionSize(TITLE) != width:
            header.resizeSection(TITLE, width)

    def _on_header_section_resized(self, column: int, _old: int, new: int) -> None:
        if column == TITLE:  # titles wrap anew: rows take their new heights
            self.fit_rows(title_width=new)  # (the view may still answer the old width)
        else:  # a column shown, hidden or widened: the title takes what is left
            self._fit_title()

    def fit_rows(self, first: int = 0, title_width: int | None = None) -> None:
        """Make rows from ``first`` on as tall as their titles need."""
        header, font = self.view.verticalHeader(), self.view.font()
        width = (title_width or self.view.columnWidth(TITLE)) - 8
        for row in range(first, self.model.rowCount()):
            title = self.model.index(row, TITLE).data() or ""
            header.resizeSection(row, self.delegate.height_for(title, font, width))

    def _on_header_clicked(self, column: int) -> None:
        if column not in HEADER_SORTS:
            self.show_sort(self._sort)  # the header moved its arrow: put it back
            return  # partners, fields and notes: the index cannot sort by them
        first, second = HEADER_SORTS[column]
        self.sort_requested.emit(second if self._sort == first else first)

    def show_result(self, hits: list[Hit], total: int, empty_message: str) -> None:
        """Show the hits of a new search, or ``empty_message`` when there are none."""
        self.model.set_hits(hits, total)
        self.view.setVisible(bool(hits))
        self.empty.setVisible(not hits)
        self.empty.setText(empty_message)

    def set_compact(self, on: bool) -> None:
        """One line a row with the title alone, or the whole title and the matching text."""
        self.delegate.compact = on
        self.fit_rows()
        self.view.viewport().update()

    def append_hits(self, hits: list[Hit]) -> None:
        """Add the next page of the current search."""
        self.model.append_hits(hits)

    def set_marks(self, bookmarks: set[str], notes: dict[str, int]) -> None:
        """Show which articles are starred and how many notes each has."""
        self.model.set_marks(bookmarks, notes)

    def focus_list(self) -> None:
        """Put the keyboard in the list, on the current article or the first."""
        self.view.setFocus()
        if not self.current_id():
            self.select_first()

    def header_state(self) -> QByteArray:
        """The columns' widths, order and visibility, to restore next time."""
        return self.view.horizontalHeader().saveState()

    def restore_header_state(self, state: QByteArray) -> bool:
        """Put back the columns as :meth:`header_state` saved them."""
        header = self.view.horizontalHeader()
        restored = header.restoreState(state)
        # (a state saved by an older version has the title stretched, with no minimum)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Interactive)
        self._fit_title()
        return restored

    def current_id(self) -> str | None:
        """The id of the article the cursor is on."""
        index = self.view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def selected_ids(self) -> list[str]:
        """Ids of every selected article (the current one if none is selected)."""
        rows = self.view.selectionModel().selectedRows()
        ids = [index.data(ID_ROLE) for index in rows]
        current = self.current_id()
        return ids or ([current] if current else [])

    def select(self, article_id: str) -> bool:
        """Move the cursor to ``article_id`` if it is in the list."""
        row = self.model.row_of(article_id)
        if row is None:
            return False
        index = self.model.index(row, TITLE)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def select_first(self) -> None:
        """Move the cursor to the first row."""
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, TITLE))

    def _on_view_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.article_selected.emit(current.data(ID_ROLE))

    def column_menu(self) -> QMenu:
        """The header's context menu: a tick for each column but the title."""
        menu = QMenu(self)
        header = self.view.horizontalHeader()
        for column, name in enumerate(COLUMNS):
            if column == TITLE:
                continue
            action = menu.addAction(name if column != STAR else "Bookmark (★)")
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setStatusTip(TIPS[column])
            action.toggled.connect(lambda on, c=column: header.setSectionHidden(c, not on))
        return menu

    def _on_header_menu_requested(self, position: Any) -> None:
        self.column_menu().exec(self.view.horizontalHeader().mapToGlobal(position))

    def _on_view_menu_requested(self, position: QPoint) -> None:
        if self.view.indexAt(position).isValid():
            self.menu_requested.emit(self.selected_ids(),
                                     self.view.viewport().mapToGlobal(position))
