"""PartnerView: an offline library of news about industry-university partnerships."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Library", "__version__"]

if TYPE_CHECKING:
    from partnerview.core.library import Library


def __getattr__(name: str) -> Any:
    # Imported on first use so that `partnerview --help` does not load Whoosh.
    if name == "Library":
        from partnerview.core.library import Library

        return Library
    raise AttributeError(name)
