"""Every test runs against its own library and settings in a temporary folder."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import settings

from partnerview import paths

# Tests never open windows on the user's screen; CI has no screen at all.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# CI explores the same examples on every run, so that a red build is the change's doing;
# local runs keep exploring new ones (PARTNERVIEW_FUZZ=1 for many more).
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

SEEDS = paths.seeds_dir()
SEED_000 = "000_526efaf5d5e37e66.txt"


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the library and the app settings at a fresh temporary folder."""
    data = tmp_path / "data"
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(data))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    return data


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    """A writable copy of the bundled seed articles."""
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    for file in target.iterdir():
        file.chmod(0o644)
    return target


@pytest.fixture
def library(isolated: Path, seeds: Path):
    """A library holding the five seeds."""
    from partnerview import Library

    lib = Library.open(isolated)
    report = lib.add([seeds])
    assert len(report.added) == 5, report
    yield lib
    lib.close()
