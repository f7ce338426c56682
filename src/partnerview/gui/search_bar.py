"""The search bar: query box with completion, sort order, filter chips and hints."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QEvent, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

DEBOUNCE_MS = 250
HISTORY_SIZE = 30
FACET_LABELS = {"partners": "Partner", "fields": "Field", "people": "Person",
                "places": "Place", "organizations": "Organisation", "years": "Year",
                "kinds": "Kind", "languages": "Language", "tags": "Tag",
                "bookmarked": "Bookmarked", "annotated": "Annotated"}
SORTS = [("relevance", "Relevance"), ("date", "Newest first"), ("oldest", "Oldest first"),
         ("title", "Title A–Z"), ("title_desc", "Title Z–A")]
#: The facets offered by completion, and how a suggestion names them.
COMPLETED_FACETS = ("partners", "fields", "people", "places")


class SearchBar(QWidget):
    """Emits ``query_requested`` as the user types (debounced) and on Enter."""

    query_requested = Signal(str)
    list_focus_requested = Signal()  # Down in the box: go to the article list
    sort_requested = Signal(str)
    filter_add_requested = Signal(str, str)  # facet, value (from completion)
    filter_remove_requested = Signal(str, str)
    clear_filters_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("searchBox")
        self.edit.setPlaceholderText("Search articles: kunpeng, \"smart campus\", "
                                     "partner:ECNU …   (Ctrl+F)")
        self.edit.setClearButtonEnabled(True)
        self.edit.setMinimumHeight(30)
        self.edit.setAccessibleName("Search articles")
        self.edit.setAccessibleDescription("Words, phrases in quotes and filters such as "
                                           "partner:ECNU; the list follows as you type")
        self.sort = QComboBox(self)
        self.sort.setToolTip("Order of the article list")
        self.sort.setAccessibleName("Order of the article list")
        for key, label in SORTS:
            self.sort.addItem(label, key)
        self.chips = QWidget(self)
        self.chips_layout = QHBoxLayout(self.chips)
        self.chips_layout.setContentsMargins(0, 0, 0, 0)
        self.chips_layout.setSpacing(4)
        self.hint = QLabel(self)
        self.hint.setObjectName("searchHint")
        self.hint.setTextFormat(Qt.TextFormat.RichText)
        self.hint.setWordWrap(True)
        self.hint.hide()
        self._history: list[str] = []
        self._completions: dict[str, tuple[str, str]] = {}
        self.completer = QCompleter(self)
        self.completer.setModel(QStringListModel(self))
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.setWidget(self.edit)
        self.completer.setMaxVisibleItems(12)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)

        row = QHBoxLayout()
        row.addWidget(self.edit, 1)
        row.addWidget(self.sort)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 2)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.chips)
        layout.addWidget(self.hint)
        self.chips.hide()

        self.edit.installEventFilter(self)
        self.edit.textEdited.connect(self._on_edit_text_edited)
        self.edit.returnPressed.connect(self._on_edit_return_pressed)
        self.edit.textChanged.connect(self._on_edit_text_changed)
        self._timer.timeout.connect(self._emit_query)
        self.sort.currentIndexChanged.connect(self._on_sort_changed)
        self.completer.activated.connect(self._on_completer_activated)
        self.hint.linkActivated.connect(self._on_hint_link_activated)

    # ------------------------------------------------------------------ state

    @property
    def text(self) -> str:
        """The query as typed."""
        return self.edit.text()

    def set_text(self, text: str) -> None:
        """Replace the query without starting a search."""
        self.edit.setText(text)

    def set_sort(self, key: str) -> None:
        """Show the sort order ``key`` without starting a search."""
        index = self.sort.findData(key)
        if index >= 0:
            self.sort.blockSignals(True)
            self.sort.setCurrentIndex(index)
            self.sort.blockSignals(False)

    def set_completions(self, facet_values: dict[str, list[str]],
                        other_names: dict[str, list[str]] | None = None) -> None:
        """Names the box completes: partners, fields, people, places (also by their names in
        ``other_names``: "华为" for Huawei), and past queries."""
        self._completions = {}
        for facet in COMPLETED_FACETS:
            for value in facet_values.get(facet, []):
                kind = FACET_LABELS[facet].lower()
                self._completions[f"{value}  —  {kind}"] = (facet, value)
                for name in (other_names or {}).get(value, []):
                    self._completions[f"{name}  —  {kind}: {value}"] = (facet, value)
        self._refresh_completions()

    def remember(self, query: str) -> None:
        """Keep a query in the history offered by completion."""
        query = query.strip()
        if not query:
            return
        self._history = [query] + [q for q in self._history if q != query][:HISTORY_SIZE - 1]
        self._refresh_completions()

    @property
    def history(self) -> list[str]:
        """Past queries, newest first."""
        return list(self._history)

    def set_history(self, history: list[str]) -> None:
        """Restore past queries."""
        self._history = [q for q in history if q][:HISTORY_SIZE]
        self._refresh_completions()

    def _refresh_completions(self) -> None:
        entries = [f"{q}  —  recent search" for q in self._history] + list(self._completions)
        self.completer.model().setStringList(entries)

    def show_filters(self, filters: dict[str, tuple[str, ...]]) -> None:
        """One removable chip per active facet filter."""
        while self.chips_layout.count():
            item = self.chips_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for facet, values in filters.items():
            for value in values:
                label = FACET_LABELS.get(facet, facet)
                shown = label if facet in ("bookmarked", "annotated") else f"{label}: {value}"
                chip = QToolButton(self.chips)
                chip.setObjectName("filterChip")
                chip.setText(f"{shown}  ✕")
                chip.setToolTip(f"Remove the filter {shown}")
                chip.setAutoRaise(False)
                chip.clicked.connect(
                    lambda _=False, f=facet, v=value: self.filter_remove_requested.emit(f, v))
                self.chips_layout.addWidget(chip)
        if any(filters.values()):
            clear = QToolButton(self.chips)
            clear.setText("Clear all")
            clear.setAutoRaise(True)
            clear.clicked.connect(self.clear_filters_requested)
            self.chips_layout.addWidget(clear)
        self.chips_layout.addStretch(1)
        self.chips.setVisible(any(filters.values()))

    def show_hint(self, message: str | None, suggestion: str | None) -> None:
        """A note on the query, and "did you mean" as a link."""
        parts = []
        if message:
            parts.append(html.escape(message))
        if suggestion:
            parts.append(f'Did you mean <a href="suggest:{html.escape(suggestion, True)}">'
                         f"<b>{html.escape(suggestion)}</b></a>?")
        self.hint.setText("  ".join(parts))
        self.hint.setVisible(bool(parts))

    # ------------------------------------------------------------------ slots

    def focus(self) -> None:
        """Put the cursor in the box with the query selected."""
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def clear(self) -> None:
        """Empty the box and search again at once."""
        self.edit.clear()
        self._emit_query()

    def _on_edit_text_edited(self, text: str) -> None:
        self._timer.start()
        word = text.split(" ")[-1] if text else ""
        if len(word) >= 2:
            self.completer.setCompletionPrefix(word)
            if self.completer.completionCount():
                self.completer.complete()
                return
        self.completer.popup().hide()

    def _on_edit_text_changed(self, text: str) -> None:
        if not text:  # the clear button
            self._timer.start()

    def _on_edit_return_pressed(self) -> None:
        if self.completer.popup().isVisible():
            return
        self._emit_query()

    def _emit_query(self) -> None:
        self._timer.stop()
        self.query_requested.emit(self.edit.text())

    def _on_sort_changed(self, _index: int) -> None:
        self.sort_requested.emit(self.sort.currentData())

    def _on_completer_activated(self, chosen: Any) -> None:
        text = chosen if isinstance(chosen, str) else chosen.data()
        words = self.edit.text().split(" ")[:-1]
        if text in self._completions:
            facet, value = self._completions[text]
            self.edit.setText(" ".join(words))
            self.filter_add_requested.emit(facet, value)
            self._emit_query()
        elif text.endswith("  —  recent search"):
            self.edit.setText(text.removesuffix("  —  recent search"))
            self._emit_query()

    def _on_hint_link_activated(self, link: str) -> None:
        if link.startswith("suggest:"):
            self.edit.setText(html.unescape(link.removeprefix("suggest:")))
            self._emit_query()

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape:
                if self.completer.popup().isVisible():
                    self.completer.popup().hide()  # the first Esc closes the suggestions
                else:
                    self.clear()
                return True
            if self.completer.popup().isVisible():
                return super().eventFilter(watched, event)
            if event.key() == Qt.Key.Key_Down:
                self.list_focus_requested.emit()
                return True
        return super().eventFilter(watched, event)
