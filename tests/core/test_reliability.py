"""Hostile files and queries, two processes, damaged files, failed writes, no network."""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from partnerview import Library
from partnerview.core.article import (
    MAX_FILE_BYTES,
    MAX_TEXT_CHARS,
    ArticleError,
    parse_bytes,
)
from partnerview.core.backups import backups, restore, set_aside_damaged
from partnerview.core.library import LibraryBusy
from partnerview.core.store import StoreDamaged, StoreError
from tests.core.query_grammar import FILTERS, QUERIES

#: CI runs the quick profile; PARTNERVIEW_FUZZ=1 runs many more examples.
EXAMPLES = 2000 if os.environ.get("PARTNERVIEW_FUZZ") else 150


# ---------------------------------------------------------------------------- hostile files


@settings(max_examples=EXAMPLES, deadline=None)
@given(data=st.binary(max_size=4000), suffix=st.sampled_from([".txt", ".md", ".html"]))
@example(data=b",", suffix=".txt")  # found by hypothesis: a title of punctuation alone
def test_any_bytes_give_an_article_or_a_reason(data: bytes, suffix: str) -> None:
    try:
        article = parse_bytes(data, suffix)
    except ArticleError as exc:
        assert str(exc)
        return
    assert article.title and article.text


@settings(max_examples=EXAMPLES, deadline=None)
@given(text=st.text(max_size=3000), suffix=st.sampled_from([".txt", ".md", ".html"]),
       encoding=st.sampled_from(["utf-8", "utf-16", "gb18030"]))
def test_any_text_in_any_encoding(text: str, suffix: str, encoding: str) -> None:
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return
    try:
        article = parse_bytes(data, suffix)
    except ArticleError:
        return
    assert "\x00" not in article.text and "\u202e" not in article.text


@pytest.mark.parametrize("name,content,reason", [
    ("nul.txt", b"Title\n\n\x00\x00\x00 text \x00" * 50, "binary file, not text"),
    ("random.txt", os.urandom(5000), None),
    ("long line.txt", b"x" * (2 * MAX_TEXT_CHARS + 10), "longer than"),
])
def test_hostile_files_are_refused_with_a_reason(tmp_path: Path, name: str, content: bytes,
                                                 reason: str | None) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    (tmp_path / "good.txt").write_text("Good\n\nHuawei and Cairo University signed.\n")
    with Library.open(tmp_path / "lib") as lib:
        report = lib.add([path, tmp_path / "good.txt"])
    assert len(report.added) == 1
    assert [Path(p).name for p, _ in report.failed] == [name]
    if reason:
        assert reason in report.failed[0][1]


def test_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as out:
        out.truncate(MAX_FILE_BYTES + 1)  # sparse: 20 MB on paper, nothing on disk
    with Library.open(tmp_path / "lib") as lib:
        report = lib.add([huge])
    assert report.failed == [(str(huge), "file is larger than 20 MB")]


def test_html_traps(tmp_path: Path) -> None:
    page = ("<html><head><title>Safe</title></head><body>" + "<div>" * 5000 +
            "<p>Deep \u200bword\u202e and <b>unclosed<i> tags" +
            "<script>alert(1)</script><iframe src='http://x'></iframe>"
            "<img src='http://example.com/track.png'></body>")
    article = parse_bytes(page.encode(), ".html")
    assert article.title == "Safe"
    assert "alert" not in article.text and "http" not in article.text
    assert "Deep word and unclosed tags" in article.text


def test_symlink_loop_and_odd_names(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "loop").symlink_to(folder, target_is_directory=True)
    (folder / "名字 with spaces.txt").write_text("标题\n\n华为与开罗大学签署协议。\n")
    with Library.open(tmp_path / "lib") as lib:
        report = lib.add([folder])
    assert len(report.added) == 1 and report.failed == []


def test_unreadable_file_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text("Title\n\nText.\n")
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    with Library.open(tmp_path / "lib") as lib:
        report = lib.add([locked])
    assert report.failed == [(str(locked), "Permission denied")]


# ---------------------------------------------------------------------------- hostile queries


@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(max_size=300))
def test_any_query_gives_a_result(library: Library, query: str) -> None:
    result = library.search(query)
    assert result.total >= 0 and len(result.hits) <= result.total


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(alphabet=st.characters(blacklist_categories=["Cs"],
                                            blacklist_characters="\x00"), max_size=80))
def test_any_query_through_the_command_line(library: Library, isolated: Path,
                                            query: str) -> None:
    library.close()
    out = subprocess.run([sys.executable, "-m", "partnerview", "search", "--", query],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr


@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=QUERIES, filters=FILTERS)
@example(query="NOT NOT x", filters=None)  # once an IndexError inside Whoosh's parser
@example(query="cloud~99", filters=None)
@example(query="date:[2019 TO", filters={"partners": ["Huawei"]})
def test_any_query_of_the_query_language_gives_a_result(library: Library, query: str,
                                                        filters: dict | None) -> None:
    result = library.search(query, filters)
    assert result.total >= 0 and len(result.hits) <= result.total


def test_a_query_that_cannot_be_parsed_searches_its_words(library: Library) -> None:
    result = library.search("NOT NOT kunpeng")
    assert result.total == 2
    assert result.message == "Part of the query was not understood: searched the words."


def test_very_long_query_is_capped(library: Library) -> None:
    assert library.search("kunpeng " * 5000).total == 2


# ---------------------------------------------------------------------------- two processes


def test_second_writer_is_told_clearly(library: Library, isolated: Path) -> None:
    with pytest.raises(LibraryBusy, match="open in another PartnerView"):
        Library.open(isolated)
    with Library.open(isolated, read_only=True) as reader:
        assert reader.search("kunpeng").total == 2  # readers work alongside
        with pytest.raises(StoreError, match="read-only"):
            reader.set_bookmark(reader.article_ids()[0], True)


def test_no_stale_lock_after_a_crash(library: Library, isolated: Path) -> None:
    library.close()
    child = subprocess.run([sys.executable, "-c", "import os, sys\n"
                            "from partnerview import Library\n"
                            "Library.open(sys.argv[1])\nos._exit(9)", str(isolated)])
    assert child.returncode == 9
    with Library.open(isolated) as again:  # the dead process's lock went with it
        assert len(again) == 5


def test_cli_reads_beside_the_running_app(library: Library,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    from partnerview.cli import main

    assert main(["search", "kunpeng"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("2 articles") and "read" in err
    assert main(["add", "nothing.txt"]) == 1
    assert "open in another PartnerView" in capsys.readouterr().err


# ---------------------------------------------------------------------------- damaged files


def test_garbage_database_is_detected_kept_and_a_backup_restored(library: Library,
                                                                  isolated: Path) -> None:
    marked = library.article_ids()[0]
    library.set_bookmark(marked, True)
    library.backup()
    library.close()
    database = isolated / "library.sqlite3"
    (isolated / "library.sqlite3-wal").unlink(missing_ok=True)
    database.write_bytes(b"this is not sqlite" * 1000)
    with pytest.raises(StoreDamaged):
        Library.open(isolated)
    moved = set_aside_damaged(isolated)
    assert moved.read_bytes().startswith(b"this is not sqlite")  # kept aside, not deleted
    restore(isolated, backups(isolated)[0])
    with Library.open(isolated) as restored:
        assert restored.bookmarks() == [marked]
        assert restored.search("kunpeng").total == 2  # index rebuilt from the store


def test_truncated_database_is_detected(library: Library, isolated: Path) -> None:
    library.close()
    database = isolated / "library.sqlite3"
    database.write_bytes(database.read_bytes()[:1000])
    with pytest.raises(StoreDamaged):
        with Library.open(isolated) as lib:
            lib.search("kunpeng")


def test_backups_keep_the_last_five(library: Library, isolated: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import partnerview.core.backups as module

    stamps = iter(f"2026010{i}-000000" for i in range(1, 9))
    monkeypatch.setattr(module.time, "strftime", lambda _fmt: next(stamps))
    for _ in range(7):
        library.backup()
    assert [p.name for p in backups(isolated)] == [
        f"library-2026010{i}-000000.sqlite3" for i in (7, 6, 5, 4, 3)]
    check = sqlite3.connect(backups(isolated)[0])
    assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_cli_backup_and_restore(library: Library, capsys: pytest.CaptureFixture[str]) -> None:
    from partnerview.cli import main

    library.close()
    assert main(["backup"]) == 0
    assert main(["restore"]) == 0
    assert "Restored" in capsys.readouterr().out
    assert main(["search", "kunpeng", "--json"]) == 0


# ---------------------------------------------------------------------------- failed writes


class FailingConnection:
    """A database connection whose writes fail as a full or read-only disk makes them."""

    def __init__(self, real: sqlite3.Connection, error: str, when: str) -> None:
        self.real, self.error, self.when = real, error, when

    def execute(self, sql: str, *args: object) -> sqlite3.Cursor:
        if sql.startswith(self.when):
            raise sqlite3.OperationalError(self.error)
        return self.real.execute(sql, *args)

    def __getattr__(self, name: str) -> object:
        return getattr(self.real, name)


def test_full_disk_leaves_everything_as_it_was(library: Library,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    article = library.article_ids()[0]
    library.annotate(article, 0, 5, note="kept")
    store = library._store
    monkeypatch.setattr(store, "_db", FailingConnection(
        store._db, "database or disk is full", "INSERT OR REPLACE INTO annotations"))
    with pytest.raises(StoreError, match="the disk is full"):
        library.annotate(article, 10, 20, note="lost")
    monkeypatch.undo()
    assert [a.note for a in library.annotations()] == ["kept"]
    assert library.search("note:kept").total == 1


def test_read_only_folder_gives_a_clear_message(library: Library,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    store = library._store
    monkeypatch.setattr(store, "_db", FailingConnection(
        store._db, "attempt to write a readonly database", "BEGIN"))
    with pytest.raises(StoreError, match="the library folder is read-only"):
        library.set_bookmark(library.article_ids()[0], True)
    monkeypatch.undo()
    assert library.bookmarks() == []


def test_killed_index_rebuild_is_repaired(library: Library, isolated: Path) -> None:
    import shutil
    import signal

    library.close()
    shutil.rmtree(isolated / "index")
    script = ("import sys\nfrom partnerview import Library\nlib = Library.open(sys.argv[1])\n"
              "lib.rebuild_index(progress=lambda d, t: print(d, flush=True))\n"
              "import time; time.sleep(60)")
    child = subprocess.Popen([sys.executable, "-c", script, str(isolated)],
                             stdout=subprocess.PIPE, text=True)
    child.stdout.readline()
    child.send_signal(signal.SIGKILL)
    child.wait()
    with Library.open(isolated) as again:
        assert again.search("kunpeng").total == 2


# ---------------------------------------------------------------------------- offline


def test_a_whole_session_never_touches_the_network(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise OSError("network access is not allowed in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    page = tmp_path / "page.html"
    page.write_text("<html><head><link rel=stylesheet href='https://cdn.example.com/x.css'>"
                    "<title>Tencent and NUS</title></head><body><h1>Tencent and NUS sign</h1>"
                    "<p>Tencent and NUS signed an AI agreement. <a href='https://nus.edu.sg'>"
                    "More</a><img src='https://example.com/a.png'></p></body></html>")
    with Library.open(tmp_path / "lib") as lib:
        report = lib.add([page])
        [article_id] = report.added
        assert lib.search("tencent").total == 1
        article = lib.article(article_id)
        lib.annotate(article_id, 0, 7, note="offline")
        lib.export_annotations("w3c")
        lib.export_annotations("markdown")
    assert "https" not in article.text
    assert attempts == []


def test_full_disk_while_indexing_keeps_the_saved_change(library: Library,
                                                         monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    import errno

    from partnerview.core.index import SearchIndex

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(SearchIndex, "update", full)
    marked = library.article_ids()[0]
    with pytest.raises(StoreError, match="No space left on device"):
        library.set_bookmark(marked, True)
    monkeypatch.undo()
    assert library.bookmarks() == [marked]  # the change itself was saved
    assert library.search(bookmarked=True).total == 1  # and the index catches up
