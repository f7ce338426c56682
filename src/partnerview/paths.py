"""Where PartnerView keeps its files: the one module that knows.

Tests and the command line point everything at another folder with
``PARTNERVIEW_DATA_DIR`` or an explicit ``data_dir``.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "PartnerView"
DATA_DIR_ENV = "PARTNERVIEW_DATA_DIR"

_PACKAGE_DIR = Path(__file__).resolve().parent


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """Return the library folder: ``override``, else ``$PARTNERVIEW_DATA_DIR``, else the
    platform's user data folder."""
    chosen = override or os.environ.get(DATA_DIR_ENV)
    if chosen:
        return Path(chosen).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def _bundled(name: str) -> Path:
    """A folder shipped in the wheel (``partnerview/<name>``), or the source checkout's
    top-level folder when running from a clone."""
    inside = _PACKAGE_DIR / name
    if inside.is_dir():
        return inside
    return _PACKAGE_DIR.parent.parent / name


def seeds_dir() -> Path:
    """The bundled demo articles."""
    return _bundled("seeds")


def resources_dir() -> Path:
    """The bundled knowledge base and other read-only resources."""
    return _bundled("resources")
