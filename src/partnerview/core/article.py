"""Load an article file (.txt, .md, .html) into clean text with its title, date and source.

Everything here is pure: bytes in, a :class:`ParsedArticle` out, or an
:class:`ArticleError` that says in a user's words why the file cannot be read.
"""

from __future__ import annotations

import codecs
import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from partnerview.core.dates import find_dates

#: Files larger than this are refused: press releases are kilobytes, not megabytes.
MAX_FILE_BYTES = 20 * 1024 * 1024
#: Articles whose cleaned text is longer than this are refused (about 300 pages).
MAX_TEXT_CHARS = 1_000_000
TEXT_SUFFIXES = {".txt", ".text"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES

TITLE_MAX_CHARS = 180


class ArticleError(Exception):
    """A file that cannot be turned into an article; the message is shown to the user."""


@dataclass
class ParsedArticle:
    """The clean content of one article file."""

    title: str
    text: str
    date: str | None = None  # ISO 8601: 2025-04-27, 2019-07, 2019, or --12-23 (year unknown)
    date_precision: str | None = None  # day | month | year
    source: str = ""
    meta: dict[str, str] = field(default_factory=dict)


# ---------------------------------------------------------------------------- decoding


def decode(data: bytes) -> str:
    """Decode article bytes: BOMs, UTF-8, UTF-16 without BOM, then legacy encodings.

    Raises:
        ArticleError: the bytes are empty or are not text.
    """
    if not data.strip():
        raise ArticleError("empty file")
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return _checked_text(data.decode(encoding))
            except UnicodeDecodeError as exc:
                raise ArticleError(f"not valid {encoding.upper()} text") from exc
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return _checked_text(utf16)
    if b"\x00" in data:
        raise ArticleError("binary file, not text")
    try:
        return _checked_text(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    return _checked_text(_decode_legacy(data))


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM shows NUL in every other byte of ASCII characters."""
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / (len(sample) / 2)
    odd_nuls = sample[1::2].count(0) / (len(sample) / 2)
    encoding = None
    if odd_nuls > 0.3 and even_nuls < 0.05:
        encoding = "utf-16-le"
    elif even_nuls > 0.3 and odd_nuls < 0.05:
        encoding = "utf-16-be"
    if encoding is None:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _decode_legacy(data: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=None).best()
    guess = best.encoding if best is not None else ""
    candidates = [guess] if guess else []
    # charset-normalizer often names a close cousin of GB18030 (gb2312, gbk, big5);
    # GB18030 is a superset of the first two, so try it for any CJK guess.
    if not guess or guess in {"gb2312", "gbk", "big5", "cp950", "hz", "gb18030"}:
        candidates.insert(0, "gb18030")
    # On short Western text it wavers between Latin code pages; Windows-1252 is the one
    # such files are written in.
    elif re.match(r"(cp12[5-8]\d|cp775|cp8\d\d|latin_1|iso8859_\d+|mac_\w+)$", guess) and \
            guess not in {"cp1251", "cp1253", "cp1255", "cp1256"}:
        candidates.insert(0, "cp1252")
    for encoding in candidates:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    raise ArticleError("unknown text encoding")


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
#: Invisible characters that split words for search or reorder text on screen
#: (zero-width spaces and joiners, byte-order marks, bidirectional overrides).
_INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069]")


def _checked_text(text: str) -> str:
    """Refuse decoded 'text' that is mostly control characters or replacement marks."""
    if not text.strip():
        raise ArticleError("empty file")
    bad = len(_CONTROL.findall(text)) + text.count("\ufffd")
    if bad > max(8, len(text) // 50):
        raise ArticleError("binary file, not text")
    return _INVISIBLE.sub("", _CONTROL.sub("", text))


# ---------------------------------------------------------------------------- text cleaning

# Lines that describe the page, not the story; their values become metadata.
_META_LINES = [
    (re.compile(r"^release\s*time\s*[:：]\s*(?P<value>\d{4}-\d{1,2}-\d{1,2})", re.I), "released"),
    (re.compile(r"^(?:publish(?:ed)?|posted)\s*(?:on|time|date)?\s*[:：]\s*(?P<value>.+)$", re.I),
     "released"),
    (re.compile(r"^(?:source|url|link|original(?: link| url)?|原文链接|来源网址)\s*[:：]\s*"
                r"(?P<value>https?://\S+)\s*$", re.I), "url"),
    (re.compile(r"^source(?: of articles?)?\s*[:：]\s*(?P<value>.*?)\s*$", re.I), "source"),
    (re.compile(r"^copy\s*editor\s*[:：]\s*(?P<value>.+)$", re.I), "copy_editor"),
    (re.compile(r"^(?P<value>edited by\b.+)$", re.I), "credits"),
    (re.compile(r"^(?P<value>(?:written|proofread|reviewed|photos?) by\b.+)$", re.I), "credits"),
    (re.compile(r"^translated by\s+(?P<value>.+)$", re.I), "translator"),
    (re.compile(r"^date\s*[:：]\s*(?P<value>\d{4}-\d{1,2}-\d{1,2})\s*$", re.I), "released"),
    (re.compile(r"^browse times\s*[:：].*$", re.I), None),
    (re.compile(r"^(?:上一[条篇]|下一[条篇]|previous|next)\s*[:：].*$", re.I), None),
]
_SIGNATURE = re.compile(
    r"^[A-Z][\w&'’.\- ]{2,80}(?:University|College|Institute|Office|Academy|School|Department)$"
)


def normalise_newlines(text: str) -> str:
    """Unify line endings and remove trailing spaces on every line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n"))


def _paragraphs(lines: list[str]) -> list[str]:
    """Group lines into paragraphs; hard-wrapped lines are joined, others stay apart."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines + [""]:
        stripped = line.strip()
        if not stripped:
            if current:
                paragraphs.append(" ".join(current))
                current = []
            continue
        if current and not _is_wrapped(current[-1]):
            paragraphs.append(" ".join(current))
            current = []
        current.append(re.sub(r"[ \t\u3000]+", " ", stripped))
    return paragraphs


def _is_wrapped(line: str) -> bool:
    """A line that a text editor broke at a fixed width continues on the next line."""
    return 50 <= len(line) <= 100 and not re.search(r"[.!?:;。！？”\"]$", line)


def clean_lines(raw: str) -> tuple[list[str], dict[str, str]]:
    """Split raw text into paragraphs, taking metadata and navigation lines out."""
    meta: dict[str, str] = {}
    kept: list[str] = []
    for line in normalise_newlines(raw).split("\n"):
        stripped = line.strip()
        matched = False
        # "Release time:2025-04-27Source of articles: Browse times:" packs three fields on a
        # line, and so does "Source: School of X   Editor: Liu Yang   Date: 2025-04-18".
        for piece in re.split(r"(?<=\d)(?=Source of articles)|(?<=[:：])\s*(?=Browse times)|"
                              r"\s{2,}(?=(?:Editor|Author|Reporter|Date)\s*[:：])", stripped):
            for pattern, key in _META_LINES:
                match = pattern.match(piece.strip())
                if match:
                    matched = True
                    value = match.groupdict().get("value", "") or ""
                    if key and value.strip():
                        meta[key] = " ".join(value.split())
                    break
        kept.append("" if matched else line)
    paragraphs = _paragraphs(kept)
    if paragraphs and _SIGNATURE.match(paragraphs[-1]) and (meta or len(paragraphs) > 3):
        meta["publisher"] = paragraphs.pop()
    return paragraphs, meta


# ---------------------------------------------------------------------------- titles


def derive_title(paragraph: str) -> str:
    """A short title from a story's first sentence, for sources with no title line."""
    sentence = re.split(r"(?<=[.!?。])\s", paragraph, maxsplit=1)[0]
    # Drop the time clause a news lead starts with ("On the afternoon of October 21, ").
    sentence = re.sub(r"^(?:On|In|At)\b[^,]{0,40}\d[^,]{0,10},\s*", "", sentence)
    sentence = re.split(r"\s+(?:was|were|has been|have been) (?:held|hosted|signed)\b",
                        sentence)[0]
    sentence = re.sub(r"^the\s+", "", sentence, flags=re.I).rstrip(" .,;")
    return shorten(sentence[:1].upper() + sentence[1:])


def shorten(text: str, limit: int = TITLE_MAX_CHARS) -> str:
    """Cut ``text`` at a word boundary so that it fits ``limit`` characters."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"


def _looks_like_title(line: str) -> bool:
    return len(line) <= 200 and not re.search(r"[.。]\s+\S", line)


# ---------------------------------------------------------------------------- formats


def parse_text(raw: str) -> ParsedArticle:
    """A plain-text article: title on the first line, or derived from the first sentence."""
    paragraphs, meta = clean_lines(raw)
    if not paragraphs:
        raise ArticleError("no text in file")
    if len(paragraphs) > 1 and _looks_like_title(paragraphs[0]):
        title, body = paragraphs[0], paragraphs[1:]
    else:
        title, body = derive_title(paragraphs[0]), paragraphs
    return _finish(shorten(title, 300), body, meta)


def parse_markdown(raw: str) -> ParsedArticle:
    """A Markdown article: title from the first heading; markup reduced to text."""
    lines = normalise_newlines(raw).split("\n")
    title = ""
    out: list[str] = []
    for line in lines:
        heading = re.match(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$", line)
        if heading and not title:
            title = heading.group(1)
            continue
        if heading:
            line = heading.group(1)
        out.append(_strip_markdown(line))
    if not title:
        return parse_text("\n".join(out))
    paragraphs, meta = clean_lines("\n".join(out))
    if not paragraphs:
        raise ArticleError("no text in file")
    return _finish(_strip_markdown(title), paragraphs, meta)


def _strip_markdown(line: str) -> str:
    line = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", line)  # images: keep alt text only
    line = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", line)  # links: keep the words
    line = re.sub(r"^\s{0,3}(?:[-*+]|\d+\.)\s+", "", line)  # list markers
    line = re.sub(r"^\s{0,3}>\s?", "", line)  # quotes
    line = re.sub(r"(\*\*|__|\*|_|`)(\S(?:.*?\S)?)\1", r"\2", line)  # emphasis, code
    return line


class _HtmlText(HTMLParser):
    """Collect the readable text of an HTML page; nothing is ever fetched."""

    SKIP = {"script", "style", "noscript", "iframe", "object", "embed", "svg", "template",
            "head", "nav", "footer", "form", "button", "select"}
    BLOCK = {"p", "div", "br", "li", "tr", "section", "article", "header", "h1", "h2", "h3",
             "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol", "dd", "dt", "hr",
             "figcaption", "main", "aside"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title = ""
        self.h1 = ""
        self.meta: dict[str, str] = {}
        self._skip_depth = 0
        self._in_title = False
        self._in_h1 = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        elif tag == "meta":
            values = {k: (v or "") for k, v in attrs}
            name = (values.get("name") or values.get("property") or "").lower()
            if name in {"date", "article:published_time", "pubdate", "dc.date"}:
                self.meta["released"] = values.get("content", "")
            elif name == "og:url" and values.get("content", "").startswith("http"):
                self.meta.setdefault("url", values["content"])
        elif tag == "link":
            values = {k: (v or "") for k, v in attrs}
            if "canonical" in values.get("rel", "").lower().split() and \
                    values.get("href", "").startswith("http"):
                self.meta["url"] = values["href"]  # the canonical address wins over og:url
        elif tag in self.SKIP and tag != "head":
            self._skip_depth += 1
        elif tag == "h1" and not self.h1:
            self._in_h1 = True
        if tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in self.SKIP and tag != "head" and self._skip_depth:
            self._skip_depth -= 1
        elif tag == "h1":
            self._in_h1 = False
        if tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
            return
        if self._skip_depth:
            return
        if self._in_h1:
            self.h1 += data
        self.parts.append(data)


def parse_html(raw: str) -> ParsedArticle:
    """An HTML article reduced to text: scripts, styles and remote resources dropped."""
    parser = _HtmlText()
    try:
        parser.feed(raw)
        parser.close()
    except (AssertionError, ValueError) as exc:  # html.parser on pathological input
        raise ArticleError(f"HTML could not be read ({exc})") from exc
    text = re.sub(r"[ \t\r\f\v]+", " ", html.unescape("".join(parser.parts)))
    text = re.sub(r" *\n *", "\n", text)
    paragraphs, meta = clean_lines(text)
    meta = {**parser.meta, **meta}
    title = " ".join((parser.h1 or parser.title).split())
    if paragraphs and title and paragraphs[0].strip() == title:
        paragraphs = paragraphs[1:]
    if not paragraphs:
        raise ArticleError("no text in the HTML page")
    if not title:
        return parse_text("\n\n".join(paragraphs))
    return _finish(title, paragraphs, meta)


def _finish(title: str, body: list[str], meta: dict[str, str]) -> ParsedArticle:
    text = "\n\n".join(body)
    if len(text) > MAX_TEXT_CHARS:
        raise ArticleError(f"text is longer than {MAX_TEXT_CHARS:,} characters")
    date, precision = _publication_date(meta.get("released", ""), text)
    source = ", ".join(v for v in (meta.get("source"), meta.get("publisher")) if v)
    # A title of punctuation alone ("," in a one-character file) is no title.
    title = title.strip() if re.search(r"\w", title) else "Untitled article"
    return ParsedArticle(title=title, text=text, date=date, date_precision=precision,
                         source=source, meta=meta)


def _publication_date(released: str, text: str) -> tuple[str | None, str | None]:
    """The date a page states it was released, else the first date in the story's lead."""
    for candidate in (released, text[:600]):
        found = find_dates(candidate)
        if found:
            return found[0].iso, found[0].precision
    return None, None


def parse_bytes(data: bytes, suffix: str) -> ParsedArticle:
    """Parse article bytes by file type (``suffix`` such as ``.html``)."""
    raw = decode(data)
    if len(raw) > 2 * MAX_TEXT_CHARS:  # markup can double the text, not more
        raise ArticleError(f"text is longer than {MAX_TEXT_CHARS:,} characters")
    suffix = suffix.lower()
    if suffix in HTML_SUFFIXES or (suffix not in MARKDOWN_SUFFIXES and
                                   re.match(r"\s*<(?:!doctype html|html)", raw[:200], re.I)):
        return parse_html(raw)
    if suffix in MARKDOWN_SUFFIXES:
        return parse_markdown(raw)
    return parse_text(raw)


def load_article(path: str | Path) -> ParsedArticle:
    """Read and parse one article file.

    Raises:
        ArticleError: the file is missing, unreadable, too large, or not an article.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ArticleError(f"file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleError(exc.strerror or str(exc)) from exc
    return parse_bytes(data, path.suffix)


@dataclass
class Article:
    """An article of the library, as the app and the API show it."""

    id: str
    title: str
    text: str
    date: str | None
    date_precision: str | None
    source: str
    kind: str
    path: str | None
    entities: list[Any] = field(default_factory=list)
    partners: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    people: list[Any] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    fields: list[str] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    tags: list[str] = field(default_factory=list)
    bookmarked: bool = False

    @property
    def url(self) -> str:
        """The address the article was published at, when its file gives one."""
        return self.meta.get("url", "")

    @property
    def year(self) -> int | None:
        """The publication year when the text gives one."""
        if not self.date or self.date.startswith("--"):
            return None
        return int(self.date[:4])
