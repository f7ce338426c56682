"""The app's saved state, read defensively: a value of the wrong type, or a settings file
edited or damaged by hand, gives the default instead of an error at start."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QSettings


class Settings:
    """Typed access to a ``QSettings`` file."""

    def __init__(self, store: QSettings) -> None:
        self.store = store

    def text(self, key: str, default: str = "") -> str:
        value = self.store.value(key, default)
        return value if isinstance(value, str) else default

    def flag(self, key: str, default: bool = False) -> bool:
        """A yes/no setting (an ini file gives "true" back as text)."""
        value = self.store.value(key, default)
        return value if isinstance(value, bool) else str(value).lower() == "true"

    def number(self, key: str, default: int = 0) -> int:
        try:
            return int(self.store.value(key, default) or default)
        except (TypeError, ValueError):
            return default

    def json(self, key: str, default: Any) -> Any:
        """A JSON value of the same type as ``default``, or ``default``."""
        try:
            value = json.loads(self.text(key) or "null")
        except ValueError:
            return default
        return value if isinstance(value, type(default)) else default

    def restore(self, key: str, apply: Callable[[QByteArray], Any]) -> None:
        """Give a saved Qt state (geometry, splitter, header) to ``apply``, if there is one."""
        value = self.store.value(key)
        if isinstance(value, QByteArray):
            apply(value)

    def save(self, values: dict[str, Any]) -> None:
        """Write ``values`` (dicts and lists as JSON) and flush them to disk."""
        for key, value in values.items():
            self.store.setValue(key, json.dumps(value) if isinstance(value, (dict, list))
                                else value)
        self.store.sync()
