"""The facet panel: partners, fields, people, places, years, kinds and tags with counts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QPushButton,
    QStyle,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from partnerview.core.org_names import org_kind
from partnerview.gui.dialogs import FacetValuesDialog

Index = QModelIndex | QPersistentModelIndex
GROUPS = [("partners", "Partners"), ("fields", "Fields"), ("people", "People"),
          ("places", "Places"), ("organizations", "Organisations"), ("years", "Years"),
          ("kinds", "Kind"), ("languages", "Language"), ("tags", "Tags"),
          ("collections", "Collections"),
          ("bookmarked", "Bookmarked"), ("annotated", "Annotations")]
SINGLE_VALUE_LABELS = {"bookmarked": "Bookmarked articles", "annotated": "With annotations"}
FACET_ROLE = Qt.ItemDataRole.UserRole
SHOW_ALL_ROLE = Qt.ItemDataRole.UserRole + 1  # true on a group's "Show all N…" row
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2  # a value row's value, as the index holds it
TOP_VALUES = 25
SHOW_ALL = "\0show all"  # the value of the last row of a long list
#: Kinds of organisation that belong to an institution (hidden on request).
UNIT_KINDS = ("department", "lab", "programme")


def _font(bold: bool = False, italic: bool = False) -> QFont:
    font = QFont()
    font.setBold(bold)
    font.setItalic(italic)
    return font


class FacetModel(QAbstractItemModel):
    """A two-level tree: facet groups, then their values with counts, checkable."""

    filter_toggled = Signal(str, str, bool)  # facet, value, checked

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: list[tuple[str, str]] = []
        self._values: list[list[tuple[str, int]]] = []
        self._hidden: list[int] = []  # per group, values not shown (beyond the top ones)
        self._counts: dict[str, dict[str, int]] = {}
        self._selected: dict[str, set[str]] = {}
        self._filter = ""
        self._hide_units = False

    def set_counts(self, facets: dict[str, dict[str, int]],
                   selected: dict[str, tuple[str, ...]]) -> None:
        """Show the counts of a search; chosen values stay listed even at zero."""
        self._counts = facets
        self._selected = {facet: set(values) for facet, values in selected.items()}
        self._rebuild()

    def set_hide_units(self, on: bool) -> None:
        """Leave departments, offices, schools, labs and programmes out of Organisations:
        the institutions they belong to stay."""
        self._hide_units = on
        self._rebuild()

    @property
    def hides_units(self) -> bool:
        """Whether units are left out of Organisations."""
        return self._hide_units

    def set_filter(self, text: str) -> None:
        """Show only values containing ``text`` (all of them, not just the top ones)."""
        self._filter = text.casefold().strip()
        self._rebuild()

    def _rebuild(self) -> None:
        self.beginResetModel()
        self._groups, self._values, self._hidden = [], [], []
        for facet, label in GROUPS:
            counts = dict(self._counts.get(facet, {}))
            for value in self._selected.get(facet, ()):
                counts.setdefault(value, 0)
            if self._filter:
                counts = {v: c for v, c in counts.items() if self._filter in v.casefold()}
            if self._hide_units and facet == "organizations":
                counts = {v: c for v, c in counts.items()
                          if org_kind(v) not in UNIT_KINDS or v in self._selected.get(facet, ())}
            if not counts:
                continue
            if facet == "years":
                ordered = sorted(counts.items(), key=lambda kv: kv[0], reverse=True)
            else:
                ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].casefold()))
            # Chosen values first, then the top ones; "Show all N…" and the filter box
            # reach the rest. Thousands of rows would make every search repaint slowly.
            chosen = self._selected.get(facet, set())
            shown = [kv for kv in ordered if kv[0] in chosen] + \
                [kv for kv in ordered if kv[0] not in chosen][:TOP_VALUES]
            self._groups.append((facet, label))
            hidden = len(ordered) - len(shown)
            self._values.append(shown + [(SHOW_ALL, len(ordered))] * bool(hidden))
            self._hidden.append(hidden)
        self.endResetModel()

    def selected(self) -> dict[str, tuple[str, ...]]:
        """The chosen values per facet."""
        return {facet: tuple(sorted(values)) for facet, values in self._selected.items()
                if values}

    # ------------------------------------------------------------------ Qt model

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._values[parent.row()])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 2

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return ("Filter by", "Articles")[section] if section in (0, 1) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() != 0 and index.column() == 0 and \
                not index.data(SHOW_ALL_ROLE):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            facet, label = self._groups[index.row()]
            chosen = len(self._selected.get(facet, ()))
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                text = f"{label}  ·  {chosen} chosen" if chosen else label
                hidden = self._hidden[index.row()]
                shown = len(self._values[index.row()]) - 1
                return f"{text}  ({shown} of {shown + hidden})" if hidden else text
            if role == Qt.ItemDataRole.ToolTipRole and self._hidden[index.row()]:
                return "“Show all” at the end of the list, or the filter box, finds the others"
            if role == Qt.ItemDataRole.FontRole:
                return _font(bold=True)
            if role == FACET_ROLE:
                return facet
            return None
        group = index.internalId() - 1
        facet = self._groups[group][0]
        value, count = self._values[group][index.row()]
        if value == SHOW_ALL:
            return self._show_all_data(index, role, count)
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 1:
                return str(count)
            return SINGLE_VALUE_LABELS.get(facet, value)
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            return Qt.CheckState.Checked if value in self._selected.get(facet, ()) \
                else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{value}: {count} article{'s' if count != 1 else ''}"
        if role == FACET_ROLE:
            return facet
        if role == VALUE_ROLE:
            return value
        return None

    def _show_all_data(self, index: Index, role: int, count: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
            return f"Show all {count}…"
        if role == Qt.ItemDataRole.ToolTipRole:
            return "Every value, sortable by count or name"
        if role == Qt.ItemDataRole.FontRole:
            return _font(italic=True)
        if role == SHOW_ALL_ROLE:
            return True
        if role == FACET_ROLE:
            return self._groups[index.internalId() - 1][0]
        return None

    def all_values(self, facet: str) -> dict[str, int]:
        """Every value of a facet in the latest search, with its count."""
        return dict(self._counts.get(facet, {}))

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or \
                index.internalId() == 0 or index.data(SHOW_ALL_ROLE):
            return False
        facet = self._groups[index.internalId() - 1][0]
        name = self._values[index.internalId() - 1][index.row()][0]
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        chosen = self._selected.setdefault(facet, set())
        if checked:
            chosen.add(name)
        else:
            chosen.discard(name)
        self.dataChanged.emit(index, index, [role])
        self.filter_toggled.emit(facet, name, checked)
        return True


class FacetPanel(QWidget):
    """The facet tree with a filter box and a button that clears every filter."""

    clear_requested = Signal()
    filter_toggled = Signal(str, str, bool)  # facet, value, chosen (a value was clicked)
    #: A value's context menu is about to open: others add their actions (menu, facet, value).
    menu_about_to_show = Signal(QMenu, str, str)
    hide_units_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = FacetModel(self)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText("Filter partners, fields, people…")
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName("Filter facet values")
        self.clear = QPushButton("Clear filters", self)
        self.clear.setToolTip("Remove every facet filter")
        self.tree = QTreeView(self)
        self.tree.setObjectName("facetTree")
        self.tree.setAccessibleName("Facets")
        self.tree.setAccessibleDescription("Partners, fields, people, places, years and more "
                                           "with their article counts; Space checks a value "
                                           "to filter by it")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._collapsed: set[str] = set()
        self._toggled_by_view = False  # during a click: the check box took it
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.clear)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tree)
        self.filter.textChanged.connect(self._on_filter_text_changed)
        self.clear.clicked.connect(self.clear_requested)
        self.tree.collapsed.connect(self._on_tree_collapsed)
        self.tree.expanded.connect(self._on_tree_expanded)
        self.tree.pressed.connect(self._on_tree_pressed)
        self.tree.clicked.connect(self._on_tree_clicked)
        self.tree.activated.connect(self._on_tree_activated)
        self.model.modelReset.connect(self._restore_expansion)
        self.model.filter_toggled.connect(self.filter_toggled)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._on_tree_menu_requested)
        self.model.filter_toggled.connect(self._on_model_filter_toggled)

    def show_counts(self, facets: dict[str, dict[str, int]],
                    selected: dict[str, tuple[str, ...]]) -> None:
        """Show the counts of the latest search."""
        self.model.set_counts(facets, selected)
        self.clear.setEnabled(any(selected.values()))

    def show_all(self, facet: str) -> None:
        """Every value of a facet in a dialog; the values checked there become filters."""
        chosen = set(self.model.selected().get(facet, ()))
        label = dict(GROUPS)[facet]
        dialog = FacetValuesDialog(label, self.model.all_values(facet), chosen, self)
        if dialog.exec():
            for value in sorted(dialog.chosen() ^ chosen):
                self.filter_toggled.emit(facet, value, value in dialog.chosen())

    def menu(self, index: QModelIndex) -> QMenu:
        """The context menu of a row: what others add for a value, and the units switch."""
        menu = QMenu(self)
        facet, value = index.data(FACET_ROLE), index.data(VALUE_ROLE)
        if value and facet not in SINGLE_VALUE_LABELS:
            self.menu_about_to_show.emit(menu, facet, value)
            menu.addSeparator()
        hide = menu.addAction("&Hide Departments, Labs and Programmes")
        hide.setCheckable(True)
        hide.setChecked(self.model.hides_units)
        hide.setStatusTip("Organisations lists only institutions and companies")
        hide.toggled.connect(self.set_hide_units)
        return menu

    def set_hide_units(self, on: bool) -> None:
        """Leave units out of the Organisations facet (remembered by the window)."""
        self.model.set_hide_units(on)
        self.hide_units_toggled.emit(on)

    def hides_units(self) -> bool:
        """Whether units are left out of Organisations."""
        return self.model.hides_units

    def _on_tree_menu_requested(self, position: Any) -> None:
        index = self.tree.indexAt(position)
        if index.isValid():
            self.menu(index.siblingAtColumn(0)).exec(self.tree.viewport().mapToGlobal(position))

    def _on_tree_activated(self, index: QModelIndex) -> None:
        if index.data(SHOW_ALL_ROLE):  # Enter on "Show all N…"
            self.show_all(index.data(FACET_ROLE))

    def _restore_expansion(self) -> None:
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            self.tree.setExpanded(index, index.data(FACET_ROLE) not in self._collapsed)

    def _on_filter_text_changed(self, text: str) -> None:
        self.model.set_filter(text)
        if text:
            self.tree.expandAll()

    def _on_tree_collapsed(self, index: QModelIndex) -> None:
        self._collapsed.add(index.data(FACET_ROLE))

    def _on_tree_expanded(self, index: QModelIndex) -> None:
        self._collapsed.discard(index.data(FACET_ROLE))

    def _on_tree_pressed(self, _index: QModelIndex) -> None:
        self._toggled_by_view = False

    def _on_model_filter_toggled(self) -> None:
        self._toggled_by_view = True

    def _on_tree_clicked(self, index: QModelIndex) -> None:
        # A click anywhere on a value row toggles it, not only on the small check box
        # (a click on the box itself was toggled by the view already).
        if index.data(SHOW_ALL_ROLE):
            if not self.style().styleHint(QStyle.StyleHint.SH_ItemView_ActivateItemOnSingleClick):
                self.show_all(index.data(FACET_ROLE))  # else "activated" opens it
            return
        if self._toggled_by_view or not index.parent().isValid():
            return
        check = self.model.index(index.row(), 0, index.parent())
        state = Qt.CheckState(check.data(Qt.ItemDataRole.CheckStateRole))
        new = Qt.CheckState.Unchecked if state == Qt.CheckState.Checked \
            else Qt.CheckState.Checked
        self.model.setData(check, new.value, Qt.ItemDataRole.CheckStateRole)
