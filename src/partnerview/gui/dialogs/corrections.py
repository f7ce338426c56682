"""The Corrections dialog: every correction the user made to the entities, searchable, each
one removable, and the whole set exported for a colleague or imported from one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from partnerview.core.curation import Correction

ID_ROLE = Qt.ItemDataRole.UserRole


class CorrectionsDialog(QDialog):
    """A list of corrections, newest last, with a filter box."""

    remove_requested = Signal(int)  # a correction's id
    import_requested = Signal()
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Corrections")
        self.resize(640, 460)
        intro = QLabel("Your corrections of the organisations, people, places and fields the "
                       "articles name. They stay when entities are extracted again; removing "
                       "one puts back what was found (Edit › Undo brings it back).", self)
        intro.setWordWrap(True)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText("Filter corrections…")
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName("Filter corrections")
        self.list = QListWidget(self)
        self.list.setAccessibleName("Corrections")
        self.remove = QPushButton("&Remove", self)
        self.remove.setEnabled(False)
        importing = QPushButton("&Import…", self)
        exporting = QPushButton("&Export…", self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        row = QHBoxLayout()
        for button in (self.remove, importing, exporting):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self.filter.textChanged.connect(self._apply_filter)
        self.list.currentItemChanged.connect(
            lambda item, _previous: self.remove.setEnabled(item is not None))
        self.remove.clicked.connect(self._on_remove_clicked)
        importing.clicked.connect(self.import_requested)
        exporting.clicked.connect(self.export_requested)
        buttons.rejected.connect(self.reject)

    def show_corrections(self, corrections: list[Correction]) -> None:
        """List ``corrections`` (the filter stays)."""
        self.list.clear()
        for correction in corrections:
            item = QListWidgetItem(f"{correction.describe()}    ({correction.created[:10]})")
            item.setData(ID_ROLE, correction.id)
            self.list.addItem(item)
        if not corrections:
            empty = QListWidgetItem("No corrections yet: right-click a name in the facets or "
                                    "the article to correct it.")
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
        self._apply_filter(self.filter.text())

    def _apply_filter(self, text: str) -> None:
        wanted = text.casefold().strip()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(wanted) and wanted not in item.text().casefold())

    def _on_remove_clicked(self) -> None:
        item = self.list.currentItem()
        if item is not None and item.data(ID_ROLE):
            self.remove_requested.emit(item.data(ID_ROLE))
