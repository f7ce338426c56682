"""The SQLite library: the source of truth for everything the user owns.

Articles (a copy of their text and what was extracted from it), bookmarks, tags,
annotations and the user's additions to the knowledge base live here. The database runs
in WAL mode, carries its schema version in ``PRAGMA user_version`` and is upgraded by
ordered migrations; every write happens inside :meth:`Store.transaction`.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

MIGRATIONS: list[str] = [
    # 1: the first schema.
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        path TEXT,
        content_hash TEXT NOT NULL,
        title TEXT NOT NULL,
        date TEXT,
        date_precision TEXT,
        source TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL DEFAULT 'other',
        text TEXT NOT NULL,
        meta TEXT NOT NULL DEFAULT '{}',
        extraction TEXT NOT NULL DEFAULT '{}',
        added TEXT NOT NULL,
        modified TEXT NOT NULL
    );
    CREATE UNIQUE INDEX articles_path ON articles(path);
    CREATE INDEX articles_hash ON articles(content_hash);
    CREATE TABLE bookmarks (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        created TEXT NOT NULL
    );
    CREATE TABLE article_tags (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        PRIMARY KEY (article_id, tag)
    );
    CREATE TABLE annotations (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        quote TEXT NOT NULL,
        prefix TEXT NOT NULL DEFAULT '',
        suffix TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        color TEXT NOT NULL DEFAULT 'yellow',
        tags TEXT NOT NULL DEFAULT '[]',
        created TEXT NOT NULL,
        modified TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'anchored'
    );
    CREATE INDEX annotations_article ON annotations(article_id);
    CREATE TABLE user_knowledge (
        id INTEGER PRIMARY KEY,
        entry TEXT NOT NULL
    );
    CREATE TABLE state (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
    # 2: saved searches and collections.
    """
    CREATE TABLE saved_searches (
        name TEXT PRIMARY KEY,
        query TEXT NOT NULL,
        created TEXT NOT NULL,
        opened TEXT NOT NULL,
        seen INTEGER NOT NULL DEFAULT 0  -- the last article (rowid) the user had then
    );
    CREATE TABLE collections (
        name TEXT PRIMARY KEY,
        created TEXT NOT NULL
    );
    CREATE TABLE collection_articles (
        collection TEXT NOT NULL REFERENCES collections(name)
            ON DELETE CASCADE ON UPDATE CASCADE,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        added TEXT NOT NULL,
        PRIMARY KEY (collection, article_id)
    );
    CREATE INDEX collection_articles_article ON collection_articles(article_id);
    """,
    # 3: the user's corrections of entities.
    """
    CREATE TABLE corrections (
        id INTEGER PRIMARY KEY,
        correction TEXT NOT NULL,
        created TEXT NOT NULL
    );
    """,
    # 4: reposted copies of one story.
    """
    CREATE TABLE sketches (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        value INTEGER NOT NULL
    );
    CREATE INDEX sketches_value ON sketches(value);
    CREATE INDEX sketches_article ON sketches(article_id);
    CREATE TABLE stories (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        story TEXT NOT NULL,
        manual INTEGER NOT NULL DEFAULT 0  -- the user split it off or joined it by hand
    );
    CREATE INDEX stories_story ON stories(story);
    """,
    # 5: reposts found by MinHash bands; the app signs a library's older articles in the
    # background (``Stories.sign``), their stories kept.
    """
    DROP TABLE sketches;
    CREATE TABLE signatures (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        signature BLOB NOT NULL
    );
    CREATE TABLE bands (
        band INTEGER NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        PRIMARY KEY (band, article_id)
    ) WITHOUT ROWID;
    CREATE INDEX bands_article ON bands(article_id);
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)


class StoreError(Exception):
    """The library database cannot be used or written; the message says why."""


class LibraryBusy(StoreError):
    """Another process has the library open for writing."""


class StoreDamaged(StoreError):
    """The database file is damaged: it can be moved aside and a backup restored."""


#: What SQLite's primary result codes mean for a user.
_REASONS = {
    sqlite3.SQLITE_FULL: "the disk is full",
    sqlite3.SQLITE_READONLY: "the library folder is read-only",
    sqlite3.SQLITE_PERM: "the library folder may not be written",
    sqlite3.SQLITE_BUSY: "the library is busy in another program; try again",
    sqlite3.SQLITE_LOCKED: "the library is busy in another program; try again",
    sqlite3.SQLITE_CORRUPT: "the library file is damaged",
    sqlite3.SQLITE_NOTADB: "the library file is damaged",
    sqlite3.SQLITE_IOERR: "the disk could not be read or written",
    sqlite3.SQLITE_CANTOPEN: "the library file cannot be opened",
}


def explain(exc: sqlite3.Error) -> str:
    """Why an operation on the database failed, in the user's words: by SQLite's error code
    (its primary code, the low byte), else by the message."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in _REASONS:
        return _REASONS[code & 0xFF]
    text = str(exc).lower()
    for words, reason in (("full", sqlite3.SQLITE_FULL), ("read-only", sqlite3.SQLITE_READONLY),
                          ("readonly", sqlite3.SQLITE_READONLY), ("locked", sqlite3.SQLITE_BUSY),
                          ("busy", sqlite3.SQLITE_BUSY)):
        if words in text:
            return _REASONS[reason]
    return str(exc)


def now() -> str:
    """The current time as an ISO 8601 UTC timestamp."""
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


@dataclass
class ArticleRecord:
    """One article as the store keeps it."""

    id: str
    path: str | None
    content_hash: str
    title: str
    text: str
    date: str | None = None
    date_precision: str | None = None
    source: str = ""
    kind: str = "other"
    meta: dict[str, Any] = field(default_factory=dict)
    extraction: dict[str, Any] = field(default_factory=dict)
    added: str = ""
    modified: str = ""


@dataclass
class Annotation:
    """One annotation as the store keeps it."""

    id: str
    article_id: str
    start: int
    end: int
    quote: str
    prefix: str = ""
    suffix: str = ""
    note: str = ""
    color: str = "yellow"
    tags: tuple[str, ...] = ()
    created: str = ""
    modified: str = ""
    status: str = "anchored"


_ARTICLE_COLUMNS = ("id, path, content_hash, title, text, date, date_precision, source, kind, "
                    "meta, extraction, added, modified")
_ANNOTATION_COLUMNS = ("id, article_id, start, end, quote, prefix, suffix, note, color, tags, "
                       "created, modified, status")


class Store:
    """A connection to one library database, safe to share between threads."""

    def __init__(self, path: Path, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        self._lock = threading.RLock()
        try:
            if read_only:
                self._db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True,
                                           isolation_level=None, check_same_thread=False,
                                           timeout=10)
                self._db.execute("PRAGMA user_version").fetchone()
            else:
                self._db = sqlite3.connect(path, isolation_level=None,
                                           check_same_thread=False, timeout=10)
                self._db.execute("PRAGMA foreign_keys = ON")
                self._db.execute("PRAGMA journal_mode = WAL")
                # WAL with NORMAL: a killed process loses nothing that was committed.
                self._db.execute("PRAGMA synchronous = NORMAL")
                self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreDamaged(f"{path.name} is damaged or not a PartnerView library "
                               f"({exc})") from exc

    def _migrate(self) -> None:
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(f"{self.path.name} was written by a newer PartnerView "
                             f"(schema {version}, this one knows {SCHEMA_VERSION})")
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            with self.transaction() as db:
                for statement in script.split(";"):
                    if statement.strip():
                        db.execute(statement)
                db.execute(f"PRAGMA user_version = {number}")

    def close(self) -> None:
        """Close the database (a checkpoint folds the WAL back into the file)."""
        with self._lock:
            self._db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Run the block's writes as one transaction: all of them land or none do."""
        if self.read_only:
            raise StoreError("this library is open read-only: another PartnerView holds it")
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                raise StoreError(f"Could not save to the library: {explain(exc)}") from exc
            try:
                yield self._db
                self._db.execute("COMMIT")
            except sqlite3.OperationalError as exc:
                self._rollback()
                raise StoreError(f"Could not save to the library: {explain(exc)}") from exc
            except BaseException:
                self._rollback()
                raise

    def _rollback(self) -> None:
        if self._db.in_transaction:
            self._db.execute("ROLLBACK")

    def backup_to(self, target: Path) -> None:
        """Copy the database, consistent even while it is in use (SQLite's online backup)."""
        destination = sqlite3.connect(target)
        try:
            with self._lock:
                self._db.backup(destination)
        finally:
            destination.close()

    def _query(self, sql: str, args: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        with self._lock:
            try:
                return self._db.execute(sql, args).fetchall()
            except sqlite3.DatabaseError as exc:
                raise StoreError(f"Could not read the library: {explain(exc)}") from exc

    # ------------------------------------------------------------------ state

    def generation(self) -> int:
        """A counter bumped by every change the search index reflects."""
        rows = self._query("SELECT value FROM state WHERE key = 'generation'")
        return int(rows[0][0]) if rows else 0

    def bump_generation(self, db: sqlite3.Connection) -> None:
        """Inside a transaction: mark that the index needs to follow a change."""
        db.execute("INSERT INTO state(key, value) VALUES ('generation', '1') "
                   "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1")

    # ------------------------------------------------------------------ articles

    def article_ids(self) -> list[str]:
        """Every article id, in the order articles were added."""
        return [row[0] for row in self._query("SELECT id FROM articles ORDER BY rowid")]

    def newest(self, limit: int) -> list[tuple[Any, ...]]:
        """The newest articles by date (undated last), with what a list shows of them:
        id, title, date, date_precision, kind, source, added, partners and fields (JSON),
        and the first characters of the text."""
        return self._query(
            "SELECT id, title, date, date_precision, kind, source, added, "
            "json_extract(extraction, '$.partners') AS partners, "
            "json_extract(extraction, '$.fields') AS fields, substr(text, 1, 300) AS lead "
            "FROM articles ORDER BY CASE WHEN date IS NULL OR date LIKE '--%' THEN '' "
            "ELSE date END DESC, rowid DESC LIMIT ?", (limit,))

    def article_count(self) -> int:
        """How many articles the library holds."""
        return self._query("SELECT count(*) FROM articles")[0][0]

    def find_by_path(self, path: str) -> tuple[str, str] | None:
        """(id, content hash) of the article imported from ``path``."""
        rows = self._query("SELECT id, content_hash FROM articles WHERE path = ?", (path,))
        return (rows[0][0], rows[0][1]) if rows else None

    def find_by_hash(self, content_hash: str) -> str | None:
        """The id of an article with exactly this content."""
        rows = self._query("SELECT id FROM articles WHERE content_hash = ? LIMIT 1",
                           (content_hash,))
        return rows[0][0] if rows else None

    def put_article(self, db: sqlite3.Connection, record: ArticleRecord) -> None:
        """Inside a transaction: insert or replace an article, keeping its added time."""
        db.execute(
            f"INSERT INTO articles({_ARTICLE_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) "
            "ON CONFLICT(id) DO UPDATE SET path=excluded.path, "
            "content_hash=excluded.content_hash, title=excluded.title, text=excluded.text, "
            "date=excluded.date, date_precision=excluded.date_precision, "
            "source=excluded.source, kind=excluded.kind, meta=excluded.meta, "
            "extraction=excluded.extraction, modified=excluded.modified",
            (record.id, record.path, record.content_hash, record.title, record.text,
             record.date, record.date_precision, record.source, record.kind,
             json.dumps(record.meta, ensure_ascii=False),
             json.dumps(record.extraction, ensure_ascii=False),
             record.added or now(), record.modified or now()),
        )

    def get_article(self, article_id: str) -> ArticleRecord | None:
        """The stored article, or None."""
        rows = self._query(f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id = ?",
                           (article_id,))
        return _article(rows[0]) if rows else None

    def get_articles(self, article_ids: list[str]) -> dict[str, ArticleRecord]:
        """The stored articles of these ids, by id."""
        records = map(_article, self._for_ids(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id IN ({{}})", article_ids))
        return {record.id: record for record in records}

    def text_of(self, article_id: str) -> str:
        """The text of a stored article ("" if there is none)."""
        rows = self._query("SELECT text FROM articles WHERE id = ?", (article_id,))
        return rows[0][0] if rows else ""

    def iter_articles(self, batch: int = 500) -> Iterator[ArticleRecord]:
        """Every article, read in batches so that memory stays flat."""
        for records in self.article_batches(batch):
            yield from records

    def article_batches(self, batch: int) -> Iterator[list[ArticleRecord]]:
        """Every article, ``batch`` at a time."""
        last = -1
        while True:
            rows = self._query(f"SELECT rowid, {_ARTICLE_COLUMNS} FROM articles "
                               "WHERE rowid > ? ORDER BY rowid LIMIT ?", (last, batch))
            if not rows:
                return
            yield [_article(row[1:]) for row in rows]
            last = rows[-1][0]

    # ------------------------------------------------------------------ bookmarks and tags

    def bookmarked_ids(self) -> set[str]:
        """The ids of bookmarked articles."""
        return {row[0] for row in self._query("SELECT article_id FROM bookmarks")}

    def set_bookmark(self, db: sqlite3.Connection, article_id: str, on: bool) -> None:
        """Inside a transaction: star or unstar an article."""
        if on:
            db.execute("INSERT OR IGNORE INTO bookmarks(article_id, created) VALUES (?, ?)",
                       (article_id, now()))
        else:
            db.execute("DELETE FROM bookmarks WHERE article_id = ?", (article_id,))

    def tags_of(self, article_id: str) -> list[str]:
        """The article's tags in alphabetical order."""
        return [row[0] for row in self._query(
            "SELECT tag FROM article_tags WHERE article_id = ? ORDER BY tag", (article_id,))]

    def tags_by_article(self, article_ids: list[str]) -> dict[str, list[str]]:
        """The tags of each of these articles that has any, in alphabetical order."""
        return _grouped(self._for_ids("SELECT article_id, tag FROM article_tags WHERE "
                                      "article_id IN ({}) ORDER BY tag", article_ids))

    def tag_counts(self) -> dict[str, int]:
        """Every tag with the number of articles carrying it, alphabetically."""
        return dict(self._query("SELECT tag, count(*) FROM article_tags GROUP BY tag "
                                "ORDER BY tag"))

    def tagged(self, tag: str) -> list[str]:
        """Ids of the articles carrying ``tag``."""
        return [row[0] for row in self._query(
            "SELECT article_id FROM article_tags WHERE tag = ? ORDER BY article_id", (tag,))]

    def set_tags(self, db: sqlite3.Connection, article_id: str, tags: list[str]) -> None:
        """Inside a transaction: replace the article's tags."""
        db.execute("DELETE FROM article_tags WHERE article_id = ?", (article_id,))
        db.executemany("INSERT OR IGNORE INTO article_tags(article_id, tag) VALUES (?, ?)",
                       [(article_id, tag) for tag in tags])

    # ------------------------------------------------------------------ annotations

    def annotations(self, article_id: str | None = None) -> list[Annotation]:
        """Annotations of one article (in text order) or of the whole library."""
        if article_id is None:
            rows = self._query(f"SELECT {_ANNOTATION_COLUMNS} FROM annotations "
                               "ORDER BY article_id, start, created")
        else:
            rows = self._query(f"SELECT {_ANNOTATION_COLUMNS} FROM annotations "
                               "WHERE article_id = ? ORDER BY start, created", (article_id,))
        return [_annotation(row) for row in rows]

    def annotations_by_article(self, article_ids: list[str]) -> dict[str, list[Annotation]]:
        """The annotations of each of these articles that has any, in text order."""
        notes = map(_annotation, self._for_ids(
            f"SELECT {_ANNOTATION_COLUMNS} FROM annotations WHERE article_id IN ({{}}) "
            "ORDER BY start, created", article_ids))
        return _grouped((note.article_id, note) for note in notes)

    def annotation_counts(self) -> dict[str, int]:
        """Number of annotations per article id."""
        return dict(self._query("SELECT article_id, count(*) FROM annotations "
                                "GROUP BY article_id"))

    def get_annotation(self, annotation_id: str) -> Annotation | None:
        """One annotation, or None."""
        rows = self._query(f"SELECT {_ANNOTATION_COLUMNS} FROM annotations WHERE id = ?",
                           (annotation_id,))
        return _annotation(rows[0]) if rows else None

    def put_annotation(self, db: sqlite3.Connection, a: Annotation) -> None:
        """Inside a transaction: insert or replace an annotation."""
        db.execute(
            f"INSERT OR REPLACE INTO annotations({_ANNOTATION_COLUMNS}) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (a.id, a.article_id, a.start, a.end, a.quote, a.prefix, a.suffix, a.note, a.color,
             json.dumps(list(a.tags), ensure_ascii=False), a.created, a.modified, a.status),
        )

    def delete_annotation(self, db: sqlite3.Connection, annotation_id: str) -> None:
        """Inside a transaction: remove one annotation."""
        db.execute("DELETE FROM annotations WHERE id = ?", (annotation_id,))

    def last_article(self) -> int:
        """The number of the article added last (articles are numbered as they come)."""
        return self._query("SELECT coalesce(max(rowid), 0) FROM articles")[0][0]

    def added_after(self, number: int) -> list[str]:
        """Ids of the articles that came into the library after article ``number``."""
        return [row[0] for row in self._query("SELECT id FROM articles WHERE rowid > ?",
                                              (number,))]

    # ------------------------------------------------------------------ saved searches

    def saved_searches(self) -> list[tuple[str, str, str, str, int]]:
        """(name, query as JSON, created, last opened, last article seen) of every saved
        search, by name."""
        return [tuple(row) for row in self._query(
            "SELECT name, query, created, opened, seen FROM saved_searches "
            "ORDER BY name COLLATE NOCASE")]

    def put_saved_search(self, db: sqlite3.Connection, name: str, query: str, created: str,
                         opened: str, seen: int) -> None:
        """Inside a transaction: save a search under ``name`` (replacing one of that name)."""
        db.execute("INSERT OR REPLACE INTO saved_searches(name, query, created, opened, seen) "
                   "VALUES (?, ?, ?, ?, ?)", (name, query, created, opened, seen))

    def delete_saved_search(self, db: sqlite3.Connection, name: str) -> None:
        """Inside a transaction: forget a saved search."""
        db.execute("DELETE FROM saved_searches WHERE name = ?", (name,))

    # ------------------------------------------------------------------ collections

    def collection_counts(self) -> dict[str, int]:
        """Every collection, empty ones too, with its number of articles, by name."""
        return dict(self._query(
            "SELECT c.name, count(a.article_id) FROM collections c LEFT JOIN "
            "collection_articles a ON a.collection = c.name GROUP BY c.name "
            "ORDER BY c.name COLLATE NOCASE"))

    def collection_members(self, name: str) -> list[str]:
        """Ids of a collection's articles, in the order they were put in it."""
        return [row[0] for row in self._query(
            "SELECT article_id FROM collection_articles WHERE collection = ? "
            "ORDER BY added, rowid", (name,))]

    def collections_of(self, article_id: str) -> list[str]:
        """The collections an article is in, by name."""
        return [row[0] for row in self._query(
            "SELECT collection FROM collection_articles WHERE article_id = ? "
            "ORDER BY collection", (article_id,))]

    def collections_by_article(self, article_ids: list[str]) -> dict[str, list[str]]:
        """The collections each of these articles is in (those in any), by name."""
        return _grouped(self._for_ids("SELECT article_id, collection FROM collection_articles "
                                      "WHERE article_id IN ({}) ORDER BY collection",
                                      article_ids))

    def add_collection(self, db: sqlite3.Connection, name: str) -> None:
        """Inside a transaction: make a collection (nothing when it exists)."""
        db.execute("INSERT OR IGNORE INTO collections(name, created) VALUES (?, ?)",
                   (name, now()))

    def rename_collection(self, db: sqlite3.Connection, old: str, new: str) -> None:
        """Inside a transaction: give a collection another name (its articles follow)."""
        db.execute("UPDATE collections SET name = ? WHERE name = ?", (new, old))

    def delete_collection(self, db: sqlite3.Connection, name: str) -> None:
        """Inside a transaction: remove a collection (its articles stay in the library)."""
        db.execute("DELETE FROM collections WHERE name = ?", (name,))

    def collect(self, db: sqlite3.Connection, name: str, article_ids: list[str],
                on: bool) -> None:
        """Inside a transaction: put articles into a collection, or take them out."""
        if on:
            db.executemany("INSERT OR IGNORE INTO collection_articles(collection, article_id, "
                           "added) VALUES (?, ?, ?)", [(name, i, now()) for i in article_ids])
        else:
            db.executemany("DELETE FROM collection_articles WHERE collection = ? AND "
                           "article_id = ?", [(name, i) for i in article_ids])

    # ------------------------------------------------------------------ copies

    def band_neighbours(self, bands: list[int], article_id: str, common: int,
                        most: int) -> list[str]:
        """Up to ``most`` other articles sharing a band with ``bands``, those sharing most
        first; a band more than ``common`` articles have (a boilerplate passage) says
        nothing and is left out."""
        if not bands:
            return []
        # Each band's articles are counted only up to ``common`` + 1: a boilerplate
        # passage's thousands are not walked.
        rows = ",".join("(?)" for _ in bands)
        rare = [b for b, n in self._query(
            f"WITH asked(b) AS (VALUES {rows}) SELECT b, (SELECT count(*) FROM "
            f"(SELECT 1 FROM bands WHERE band = asked.b LIMIT ?)) FROM asked",
            (*bands, common + 1)) if 0 < n <= common]
        if not rare:
            return []
        marks = ",".join("?" * len(rare))
        return [row[0] for row in self._query(
            f"SELECT article_id FROM bands WHERE band IN ({marks}) AND article_id != ? "
            "GROUP BY article_id ORDER BY count(*) DESC LIMIT ?", (*rare, article_id, most))]

    def unsigned_count(self) -> int:
        """How many articles have no MinHash signature (counted on two small indexes: the
        app asks at every opening)."""
        rows = self._query("SELECT (SELECT count(*) FROM articles) - "
                           "(SELECT count(*) FROM signatures)")
        return max(0, rows[0][0])

    def unsigned_ids(self) -> list[str]:
        """Articles without a MinHash signature, first first."""
        return [row[0] for row in self._query(
            "SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM signatures) "
            "ORDER BY rowid")]

    def signatures_of(self, article_ids: list[str]) -> dict[str, bytes]:
        """The MinHash signature of each of these articles."""
        return self._by_article("signatures", "signature", article_ids)

    def stories_of(self, article_ids: list[str]) -> dict[str, str]:
        """The story of each of these articles that has one."""
        return self._by_article("stories", "story", article_ids)

    def _by_article(self, table: str, column: str, article_ids: list[str]) -> dict[str, Any]:
        """``column`` of ``table`` for each of these articles that has a row there."""
        return dict(self._for_ids(f"SELECT article_id, {column} FROM {table} WHERE article_id "
                                  "IN ({})", article_ids))

    def _for_ids(self, sql: str, article_ids: list[str]) -> list[sqlite3.Row]:
        """The rows of ``sql`` with these ids in place of its ``{}``, 500 ids a query.

        Work on many articles reads them this way, not a query an article: a thread that
        lets go of the interpreter for a few microseconds a query gets it back before the
        window's thread wakes, which then waits for the whole loop."""
        rows: list[sqlite3.Row] = []
        for first in range(0, len(article_ids), 500):
            chunk = article_ids[first:first + 500]
            rows += self._query(sql.format(",".join("?" * len(chunk))), tuple(chunk))
        return rows

    def put_signature(self, db: sqlite3.Connection, article_id: str, signature: bytes,
                      bands: list[int]) -> None:
        """Inside a transaction: an article's signature and bands, replacing the old."""
        db.execute("DELETE FROM bands WHERE article_id = ?", (article_id,))
        db.execute("INSERT OR REPLACE INTO signatures(article_id, signature) VALUES (?, ?)",
                   (article_id, signature))
        db.executemany("INSERT OR IGNORE INTO bands(band, article_id) VALUES (?, ?)",
                       [(b, article_id) for b in bands])

    def story_of(self, article_id: str) -> str | None:
        """The story (its first article's id) an article belongs to."""
        rows = self._query("SELECT story FROM stories WHERE article_id = ?", (article_id,))
        return rows[0][0] if rows else None

    def story_manual(self, article_id: str) -> bool:
        """Whether the user put the article in its story by hand."""
        rows = self._query("SELECT manual FROM stories WHERE article_id = ?", (article_id,))
        return bool(rows and rows[0][0])

    def story_members(self, story: str) -> list[str]:
        """The articles of a story, first first."""
        return [row[0] for row in self._query(
            "SELECT s.article_id FROM stories s JOIN articles a ON a.id = s.article_id "
            "WHERE s.story = ? ORDER BY a.rowid", (story,))]

    def first_of(self, article_ids: Iterable[str]) -> str:
        """Of these articles, the one that came into the library first."""
        ids = list(article_ids)
        marks = ",".join("?" * len(ids))
        rows = self._query(f"SELECT id FROM articles WHERE id IN ({marks}) ORDER BY rowid "
                           "LIMIT 1", tuple(ids))
        return rows[0][0] if rows else ids[0]

    def set_story(self, db: sqlite3.Connection, article_id: str, story: str,
                  manual: bool = False) -> None:
        """Inside a transaction: put an article in a story."""
        db.execute("INSERT INTO stories(article_id, story, manual) VALUES (?, ?, ?) "
                   "ON CONFLICT(article_id) DO UPDATE SET story = excluded.story, "
                   "manual = excluded.manual", (article_id, story, int(manual)))

    def copies_of(self, article_ids: list[str]) -> dict[str, list[str]]:
        """For each article, the other articles of its story (first first)."""
        found: dict[str, list[str]] = {i: [] for i in article_ids}
        for start in range(0, len(article_ids), 500):  # SQLite's limit on parameters
            chunk = article_ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for article_id, other in self._query(
                    f"SELECT s.article_id, t.article_id FROM stories s JOIN stories t "
                    f"ON t.story = s.story AND t.article_id != s.article_id "
                    f"JOIN articles a ON a.id = t.article_id "
                    f"WHERE s.article_id IN ({marks}) ORDER BY a.rowid", tuple(chunk)):
                found[article_id].append(other)
        return found

    # ------------------------------------------------------------------ corrections

    def corrections(self) -> list[tuple[int, str, str]]:
        """(id, correction as JSON, created) of every correction, oldest first."""
        return [tuple(row) for row in self._query(
            "SELECT id, correction, created FROM corrections ORDER BY id")]

    def add_correction(self, db: sqlite3.Connection, correction: dict[str, str]) -> int:
        """Inside a transaction: keep a correction; returns its id."""
        cursor = db.execute("INSERT INTO corrections(correction, created) VALUES (?, ?)",
                            (json.dumps(correction, ensure_ascii=False), now()))
        return int(cursor.lastrowid or 0)

    def delete_correction(self, db: sqlite3.Connection, correction_id: int) -> None:
        """Inside a transaction: forget a correction."""
        db.execute("DELETE FROM corrections WHERE id = ?", (correction_id,))

    def ids_naming(self, name: str) -> list[str]:
        """Ids of the articles whose extracted entities name ``name``."""
        return [row[0] for row in self._query(
            "SELECT id FROM articles WHERE instr(extraction, ?) > 0",
            (json.dumps(name, ensure_ascii=False),))]

    def ids_with_text(self, text: str) -> list[str]:
        """Ids of the articles whose text has ``text`` (as written)."""
        return [row[0] for row in self._query(
            "SELECT id FROM articles WHERE instr(text, ?) > 0", (text,))]

    # ------------------------------------------------------------------ user knowledge

    def user_knowledge(self) -> list[dict[str, Any]]:
        """The user's own knowledge-base entries, oldest first."""
        return [json.loads(row[0]) for row in
                self._query("SELECT entry FROM user_knowledge ORDER BY id")]

    def add_user_knowledge(self, db: sqlite3.Connection, entry: dict[str, Any]) -> None:
        """Inside a transaction: keep one user knowledge-base entry."""
        db.execute("INSERT INTO user_knowledge(entry) VALUES (?)",
                   (json.dumps(entry, ensure_ascii=False),))


def _article(row: tuple[Any, ...]) -> ArticleRecord:
    (id_, path, content_hash, title, text, date, precision, source, kind, meta, extraction,
     added, modified) = row
    return ArticleRecord(id=id_, path=path, content_hash=content_hash, title=title, text=text,
                         date=date, date_precision=precision, source=source, kind=kind,
                         meta=json.loads(meta), extraction=json.loads(extraction),
                         added=added, modified=modified)


def _grouped(pairs: Iterable[tuple[str, Any]]) -> dict[str, list[Any]]:
    """(article id, value) pairs as each article's values, in their order."""
    grouped: dict[str, list[Any]] = {}
    for article_id, value in pairs:
        grouped.setdefault(article_id, []).append(value)
    return grouped


def _annotation(row: tuple[Any, ...]) -> Annotation:
    values = list(row)
    values[9] = tuple(json.loads(values[9]))
    return Annotation(*values)
