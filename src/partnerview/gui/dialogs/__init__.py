"""Dialogs of the desktop app. Each returns what the user chose; none touches the library."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partnerview import __version__
from partnerview.core.library import COLORS


class ImportReportDialog(QDialog):
    """Lists the files an import could not read, each with the reason."""

    def __init__(self, summary: str, failed: list[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import finished with problems")
        self.resize(720, 360)
        text = QLabel(f"{summary}.\nThese files were not imported; the others were:", self)
        self.table = QTreeWidget(self)
        self.table.setHeaderLabels(["File", "Reason", "Folder"])
        self.table.setRootIsDecorated(False)
        for path, reason in failed:
            folder, _, name = path.replace("\\", "/").rpartition("/")
            item = QTreeWidgetItem([name, reason, folder])
            item.setToolTip(0, path)
            self.table.addTopLevelItem(item)
        self.table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.table)
        layout.addWidget(buttons)


class NoteDialog(QDialog):
    """Edit an annotation's note (plain text or Markdown), colour and tags."""

    def __init__(self, quote: str, note: str = "", color: str = "yellow",
                 tags: tuple[str, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Annotation")
        self.resize(480, 320)
        shown = quote if len(quote) < 300 else quote[:297] + "…"
        excerpt = QLabel(f"“{shown}”", self)
        excerpt.setWordWrap(True)
        excerpt.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QPlainTextEdit(note, self)
        self.note.setPlaceholderText("Your note (Markdown allowed; Ctrl+Enter saves)")
        self.note.setTabChangesFocus(True)  # Tab goes on to the colour, not into the note
        self.note.setAccessibleName("Note")
        self.color = QComboBox(self)
        for name in COLORS:
            self.color.addItem(name.capitalize(), name)
        self.color.setCurrentIndex(max(0, self.color.findData(color)))
        self.tags = QLineEdit(", ".join(tags), self)
        self.tags.setPlaceholderText("comma-separated, e.g. budget, to cite")
        form = QFormLayout()
        form.addRow("Colour", self.color)
        form.addRow("Tags", self.tags)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                                   QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        self.color.setAccessibleName("Colour")
        self.tags.setAccessibleName("Tags")
        layout = QVBoxLayout(self)
        layout.addWidget(excerpt)
        layout.addWidget(self.note, 1)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.note.setFocus()

    def values(self) -> tuple[str, str, tuple[str, ...]]:
        """(note, colour, tags) as entered."""
        tags = tuple(t.strip() for t in self.tags.text().split(",") if t.strip())
        return self.note.toPlainText().strip(), self.color.currentData(), tags


class TextDialog(QDialog):
    """A page of help text."""

    def __init__(self, title: str, html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(620, 520)
        browser = QTextBrowser(self)
        browser.setOpenLinks(False)
        browser.setHtml(html)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(browser)
        layout.addWidget(buttons)


QUERY_SYNTAX_HTML = """
<h3>Searching</h3>
<p>Type words to find articles containing all of them, in any form
(<i>cloud</i> finds <i>clouds</i>). The list updates as you type.</p>
<table cellpadding="4">
<tr><td><code>kunpeng OR ascend</code></td><td>either word</td></tr>
<tr><td><code>huawei NOT ecnu</code></td><td>the first without the second</td></tr>
<tr><td><code>"smart campus"</code></td><td>the exact phrase</td></tr>
<tr><td><code>univ*</code></td><td>words starting with <i>univ</i></td></tr>
<tr><td><code>kunpen~</code></td><td>words one letter away</td></tr>
<tr><td><code>partner:ECNU</code></td><td>a partner (also field:, person:, place:, org:,
year:, kind:, language:, tag:, collection:) by name, acronym or alias</td></tr>
<tr><td><code>note:budget</code></td><td>articles whose annotations mention a word</td></tr>
<tr><td><code>date:[2019 TO 2020]</code></td><td>a date range</td></tr>
<tr><td><code>title:huawei</code></td><td>a word in the title</td></tr>
<tr><td><code>华为 鲲鹏</code></td><td>Chinese words (<code>武汉理工</code> finds 武汉理工大学);
<code>华为</code> and <code>huawei</code> find the same articles</td></tr>
<tr><td><code>language:chinese</code></td><td>articles in one language</td></tr>
</table>
<p>Check values in the panel on the left to filter: values of one group are combined
with OR, groups with AND. Click a highlighted name in an article to filter by it.</p>
"""


#: Keys that belong to a panel rather than to an action of the menus.
PANEL_SHORTCUTS = [("Up / Down", "Previous / next article"), ("Esc", "Clear the search"),
                   ("F3", "Find the next match in the article")]


def shortcuts_html(rows: list[tuple[str, str]]) -> str:
    """A table of keyboard shortcuts."""
    body = "".join(f"<tr><td><b>{keys}</b></td><td>{what}</td></tr>" for keys, what in rows)
    return f"<h3>Keyboard shortcuts</h3><table cellpadding='4'>{body}</table>"


def show_query_syntax(parent: QWidget) -> None:
    """Help › Query Syntax."""
    TextDialog("Query syntax", QUERY_SYNTAX_HTML, parent).exec()


def show_shortcuts(parent: QWidget, menu_rows: list[tuple[str, str]]) -> None:
    """Help › Keyboard Shortcuts: the menus' shortcuts, then the panels' keys."""
    TextDialog("Keyboard shortcuts", shortcuts_html(menu_rows + PANEL_SHORTCUTS), parent).exec()


def show_about(parent: QWidget, library_folder: Path) -> None:
    """Help › About, with the folder the library lives in."""
    QMessageBox.about(
        parent, "About PartnerView",
        f"<h3>PartnerView {__version__}</h3><p>An offline library of news about "
        "industry–university partnerships.</p><p>Library folder:<br>"
        f"<code>{html.escape(str(library_folder))}</code></p>")


class AllAnnotationsDialog(QDialog):
    """Every annotation in the library, searchable by quote, note, tag and title."""

    def __init__(self, rows: list[tuple[str, str, str, str]],
                 parent: QWidget | None = None) -> None:
        """``rows``: (annotation id, article id, article title, text shown)."""
        super().__init__(parent)
        self.setWindowTitle("All annotations")
        self.resize(760, 520)
        self.chosen: tuple[str, str] | None = None  # (article id, annotation id)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText("Search quotes, notes, tags and titles")
        self.filter.setClearButtonEnabled(True)
        self.table = QTreeWidget(self)
        self.table.setHeaderLabels(["Article", "Annotation"])
        self.table.setRootIsDecorated(False)
        self.table.setWordWrap(True)
        for annotation_id, article_id, title, shown in rows:
            item = QTreeWidgetItem([title, shown])
            item.setData(0, Qt.ItemDataRole.UserRole, (article_id, annotation_id))
            item.setToolTip(1, shown)
            self.table.addTopLevelItem(item)
        self.table.header().resizeSection(0, 260)
        self.count = QLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open |
                                   QDialogButtonBox.StandardButton.Close, self)
        buttons.accepted.connect(self._open_current)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self.apply_filter)
        self.table.itemActivated.connect(lambda *_: self._open_current())
        self.apply_filter("")

    def apply_filter(self, text: str) -> None:
        """Show only rows containing every word of ``text``."""
        words = text.casefold().split()
        shown = 0
        for row in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(row)
            haystack = f"{item.text(0)} {item.text(1)}".casefold()
            hidden = not all(w in haystack for w in words)
            item.setHidden(hidden)
            shown += not hidden
        total = self.table.topLevelItemCount()
        self.count.setText(f"{shown} of {total} annotations")

    def _open_current(self) -> None:
        item = self.table.currentItem()
        if item is not None and not item.isHidden():
            self.chosen = item.data(0, Qt.ItemDataRole.UserRole)
            self.accept()


class FacetValuesDialog(QDialog):
    """Every value of a facet with its count: sortable by either column, filterable,
    checkable; :meth:`chosen` is what is checked when the dialog is accepted."""

    def __init__(self, label: str, counts: dict[str, int], chosen: set[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{label}: all {len(counts)}")
        self.resize(460, 560)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(f"Filter {label.lower()}…")
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(f"Filter {label.lower()}")
        self.values = QTreeWidget(self)
        self.values.setAccessibleName(f"All {label.lower()}")
        self.values.setColumnCount(2)
        self.values.setHeaderLabels([label, "Articles"])
        self.values.setRootIsDecorated(False)
        self.values.setUniformRowHeights(True)
        for value, count in counts.items():
            item = _CountItem([value, str(count)])
            item.setData(1, Qt.ItemDataRole.UserRole, count)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setCheckState(0, Qt.CheckState.Checked if value in chosen
                               else Qt.CheckState.Unchecked)
            self.values.addTopLevelItem(item)
        self.values.setSortingEnabled(True)
        self.values.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.values.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.values.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.values.header().setStretchLastSection(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Filter")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.values)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._on_filter_text_changed)

    def chosen(self) -> set[str]:
        """The values checked."""
        items = (self.values.topLevelItem(i) for i in range(self.values.topLevelItemCount()))
        return {item.text(0) for item in items if item.checkState(0) == Qt.CheckState.Checked}

    def _on_filter_text_changed(self, text: str) -> None:
        wanted = text.casefold().strip()
        for i in range(self.values.topLevelItemCount()):
            item = self.values.topLevelItem(i)
            item.setHidden(bool(wanted) and wanted not in item.text(0).casefold())


class _CountItem(QTreeWidgetItem):
    """A row that sorts by its count as a number, and by name in any case."""

    def __lt__(self, other: QTreeWidgetItem) -> bool:
        column = self.treeWidget().sortColumn() if self.treeWidget() else 0
        if column == 1:
            return self.data(1, Qt.ItemDataRole.UserRole) < other.data(1, Qt.ItemDataRole.UserRole)
        return self.text(0).casefold() < other.text(0).casefold()

