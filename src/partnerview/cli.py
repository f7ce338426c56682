"""The ``partnerview`` command: launch the app, or add, search, inspect, export and import.

Exit codes: 0 ok, 1 some input failed (the rest was done), 2 usage error.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from partnerview import __version__, paths

FILTER_OPTIONS = [("partner", "partners"), ("field", "fields"), ("person", "people"),
                  ("place", "places"), ("year", "years"), ("kind", "kinds"),
                  ("language", "languages"), ("tag", "tags"), ("collection", "collections")]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every command."""
    from partnerview.core import citations

    common = argparse.ArgumentParser(add_help=False)
    # SUPPRESS: a subcommand's default must not erase a --data-dir given before it.
    common.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                        help=f"library folder (default: ${paths.DATA_DIR_ENV} or "
                             "the platform's user data folder)")
    parser = argparse.ArgumentParser(
        prog="partnerview", parents=[common],
        description="Offline library of news about industry-university partnerships. "
                    "With no command, opens the desktop app.")
    parser.add_argument("--version", action="version", version=f"partnerview {__version__}")
    parser.add_argument("--screenshot", metavar="FILE.png",
                        help="start the window offscreen, open the first result, save a "
                             "picture to FILE.png and exit")
    parser.add_argument("--query", metavar="Q", default=None,
                        help="with --screenshot: the query to show")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    add = commands.add_parser("add", parents=[common], help="import article files or folders",
                              description="Import .txt, .md and .html articles. Exits 1 if "
                                          "any file failed; the others are still imported.")
    add.add_argument("paths", nargs="+", metavar="PATH")
    add.add_argument("--json", action="store_true", help="print the report as JSON")

    search = commands.add_parser("search", parents=[common], help="search the library",
                                 description="Search with Whoosh query syntax (AND, OR, NOT, "
                                             "\"phrases\", wildcards*, fuzzy~, "
                                             "partner:ECNU, date:[2019 TO 2020]).")
    _add_search_options(search)
    search.add_argument("--limit", type=int, default=20, metavar="N")
    search.add_argument("--json", action="store_true", help="print the result as JSON")
    search.add_argument("--save", metavar="NAME",
                        help="also keep this search under NAME (it shows in the app's side "
                             "panel)")

    net = commands.add_parser(
        "network", parents=[common], help="the partner network of a search",
        description="Partners of the articles a search finds, joined when they share "
                    "articles: GraphML (Gephi), a CSV of links (Excel), or a PNG or SVG "
                    "drawing.")
    _add_search_options(net)
    net.add_argument("--format", choices=["graphml", "csv", "png", "svg"], default="graphml")
    net.add_argument("--top", type=int, default=None, metavar="N",
                     help="only the N partners with the most articles (default: all; "
                          "40 for pictures)")
    net.add_argument("-o", "--output", metavar="FILE",
                     help="write to FILE (default: stdout; needed for png and svg)")

    inspect = commands.add_parser("inspect", parents=[common],
                                  help="metadata and entities of a file or an article id")
    inspect.add_argument("target", metavar="FILE_OR_ID")
    inspect.add_argument("--json", action="store_true", help="print as JSON")

    export = commands.add_parser(
        "export", parents=[common], help="export annotations, or the articles a search finds",
        description="annotations: --format w3c (default) or markdown. results QUERY: the "
                    "articles the search finds (every one, not a page), --format csv "
                    "(default), excel-csv, csl-json, ris, bibtex or html.")
    export.add_argument("what", choices=["annotations", "results"])
    _add_search_options(export, "with results: ")
    export.add_argument("--format", choices=["w3c", "markdown", *citations.FORMATS])
    export.add_argument("-o", "--output", metavar="FILE", help="write to FILE (default: stdout)")

    import_ = commands.add_parser("import", parents=[common], help="import annotations")
    import_.add_argument("what", choices=["annotations"])
    import_.add_argument("file", metavar="FILE")

    commands.add_parser("reextract", parents=[common],
                        help="run entity extraction again over the whole library")

    commands.add_parser("backup", parents=[common],
                        help="save a copy of the library database in its backups folder")
    restore = commands.add_parser(
        "restore", parents=[common], help="restore the library database from a backup",
        description="Replace the library database with a backup (the newest, or FILE). "
                    "The current database is moved to the library's damaged/ folder, "
                    "never deleted.")
    restore.add_argument("file", nargs="?", metavar="FILE", help="a backup file")

    knowledge = commands.add_parser("knowledge", parents=[common],
                                    help="teach the library names: partnerview knowledge add")
    knowledge_commands = knowledge.add_subparsers(dest="action", metavar="ACTION",
                                                  required=True)
    learn = knowledge_commands.add_parser(
        "add", parents=[common], help="add an entity or aliases of one",
        description="Add an organisation, field or place (or aliases of a known one). It "
                    "applies to articles extracted from now on; run `partnerview reextract` "
                    "for the ones already in the library.")
    learn.add_argument("type", choices=["organization", "field", "place"])
    learn.add_argument("name", help="canonical name")
    learn.add_argument("--alias", action="append", default=[], help="another way of writing "
                       "it (repeatable)")
    learn.add_argument("--kind", default="", help="company, university, college, government, "
                       "research, lab, programme, department; or city, province, country")
    learn.add_argument("--parent", default="", help="the organisation or place it belongs to")
    types = ["organization", "person", "place", "field"]
    merge = knowledge_commands.add_parser(
        "merge", parents=[common], help="make several names one entity",
        description="KEEP stays; every OTHER name becomes it, in every article (at once, and "
                    "after any re-extraction).")
    merge.add_argument("keep", metavar="KEEP")
    merge.add_argument("others", nargs="+", metavar="OTHER")
    rename = knowledge_commands.add_parser("rename", parents=[common],
                                           help="give an entity another canonical name")
    rename.add_argument("old", metavar="OLD")
    rename.add_argument("new", metavar="NEW")
    remove = knowledge_commands.add_parser(
        "remove", parents=[common], help="say a name is no entity, or no partner",
        description="NAME is no entity (everywhere, or only in --article ID); with "
                    "--partner, it stays an organisation but is no partner.")
    remove.add_argument("name", metavar="NAME")
    remove.add_argument("--article", default="", metavar="ID", help="only in this article")
    remove.add_argument("--partner", action="store_true", help="only no partner")
    for command in (merge, rename, remove):
        command.add_argument("--type", choices=types, help="the entity's type (needed only "
                             "when the name is of several types)")
    knowledge_commands.add_parser("list", parents=[common], help="list your corrections")
    share = knowledge_commands.add_parser("export", parents=[common],
                                          help="your corrections as a file to share")
    share.add_argument("-o", "--output", metavar="FILE", help="write to FILE (default: stdout)")
    take = knowledge_commands.add_parser("import", parents=[common],
                                         help="add the corrections of an exported file")
    take.add_argument("file", metavar="FILE")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from partnerview.gui.app import run

        return run(data_dir=getattr(args, "data_dir", None), screenshot=args.screenshot,
                   query=args.query)
    from partnerview.core.store import StoreDamaged, StoreError

    try:
        return COMMANDS[args.command](args)
    except StoreDamaged as exc:
        print(f"partnerview: {exc}\nRun `partnerview restore` to set it aside and restore "
              "the newest backup.", file=sys.stderr)
        return 1
    except StoreError as exc:
        print(f"partnerview: {exc}", file=sys.stderr)
        return 1
    except (KeyError, ValueError, OSError) as exc:
        message = exc.args[0] if isinstance(exc, KeyError) and exc.args else exc
        print(f"partnerview: {message}", file=sys.stderr)
        return 1


def _library(args: argparse.Namespace, reading: bool = False) -> Any:
    """The library; a command that only reads works beside a running app, read-only."""
    from partnerview import Library
    from partnerview.core.library import LibraryBusy

    try:
        return Library.open(getattr(args, "data_dir", None))
    except LibraryBusy:
        if not reading:
            raise
        print("partnerview: the library is open in the app; reading it as it was last saved",
              file=sys.stderr)
        return Library.open(getattr(args, "data_dir", None), read_only=True)


def cmd_add(args: argparse.Namespace) -> int:
    """Import files; list failures by name with their reason."""
    with _library(args) as lib:
        show = sys.stderr.isatty() and not args.json

        def progress(done: int, total: int) -> None:
            if show:
                print(f"\rImporting {done}/{total}", end="", file=sys.stderr, flush=True)

        report = lib.add(args.paths, progress=progress)
        if show:
            print(file=sys.stderr)
    if args.json:
        print(json.dumps({"added": report.added, "updated": report.updated,
                          "unchanged": report.unchanged,
                          "failed": [{"path": p, "reason": r} for p, r in report.failed]},
                         indent=2))
    else:
        print(report.summary())
        for path, reason in report.failed:
            print(f"  failed: {path}: {reason}", file=sys.stderr)
    return 1 if report.failed else 0


def _add_search_options(parser: argparse.ArgumentParser, note: str = "") -> None:
    """The words, filters, order and saved search a command finds its articles by."""
    parser.add_argument("query", nargs="?", default="", metavar="QUERY",
                        help=f"{note}the search (default: every article)")
    for option, facet in FILTER_OPTIONS:
        parser.add_argument(f"--{option}", action="append", default=[], dest=facet,
                            metavar="X", help=f"{note}only articles with this {option} "
                                              "(repeatable)")
    parser.add_argument("--bookmarked", action="store_true",
                        help=f"{note}only bookmarked articles")
    parser.add_argument("--sort", choices=["relevance", "date", "title"], default="relevance")
    parser.add_argument("--saved", metavar="NAME", help=f"{note}the search saved under NAME "
                        "(words and filters given here narrow it)")


def _request(args: argparse.Namespace, lib: Any) -> Any:
    """The search the options ask for: words, filters and order, within a saved search's
    when ``--saved`` names one.

    Raises:
        KeyError: no search is saved under that name.
    """
    from partnerview.core.search import SearchQuery

    filters = {facet: list(getattr(args, facet)) for _, facet in FILTER_OPTIONS}
    if args.bookmarked:
        filters["bookmarked"] = ["yes"]
    text, sort = args.query, args.sort
    if args.saved:
        saved = lib.saved_searches.get(args.saved).query
        text = " ".join(t for t in (saved.text, text) if t)
        for facet, values in saved.filters:
            filters[facet] = [*values, *filters.get(facet, [])]
        sort = saved.sort if sort == "relevance" else sort
    return SearchQuery.make(text, filters, sort=sort)


def cmd_search(args: argparse.Namespace) -> int:
    """Search and print a table, or JSON."""
    from dataclasses import replace

    with _library(args, reading=not args.save) as lib:
        try:
            request = _request(args, lib)
        except KeyError:
            names = ", ".join(s.name for s in lib.saved_searches) or "none yet"
            print(f"partnerview: no search is saved as {args.saved!r} (saved: {names})",
                  file=sys.stderr)
            return 2
        result = lib.run_search(replace(request, limit=max(0, args.limit)))
        if args.save:
            lib.saved_searches.save(args.save, request)
            print(f"Saved as “{args.save}”", file=sys.stderr)
    if args.json:
        print(json.dumps({
            "query": request.text, "total": result.total,
            "hits": [{"id": h.id, "title": h.title, "date": h.date, "score": h.score,
                      "snippet": h.snippet, "copies": h.copies} for h in result.hits],
            "facets": result.facets, "suggestion": result.suggestion,
            "message": result.message,
        }, ensure_ascii=False, indent=2))
        return 0
    if result.message:
        print(f"Note: {result.message}")
    print(f"{result.total} article{'s' if result.total != 1 else ''}"
          f"{f' for {request.text!r}' if request.text else ''} ({result.seconds:.2f} s)")
    for number, hit in enumerate(result.hits, start=1):
        print(f"{number:3}. {hit.date or 'no date':<11} {hit.title}  [{hit.id}]")
        print(f"     {_plain_snippet(hit.snippet)}")
    if result.suggestion:
        print(f"Did you mean: {result.suggestion}")
    return 0


def _plain_snippet(snippet: str) -> str:
    bold = sys.stdout.isatty()
    text = re.sub(r"<b[^>]*>(.*?)</b>", r"\033[1m\1\033[0m" if bold else r"[\1]", snippet)
    return " ".join(html.unescape(text).split())


def cmd_network(args: argparse.Namespace) -> int:
    """The partner network of a search, for other tools or as a picture."""
    from partnerview.core import network

    picture = args.format in ("png", "svg")
    if picture and not args.output:
        print("partnerview: a png or svg network needs -o FILE", file=sys.stderr)
        return 2
    with _library(args, reading=True) as lib:
        try:
            request = _request(args, lib)
        except KeyError:
            print(f"partnerview: no search is saved as {args.saved!r}", file=sys.stderr)
            return 2
        whole = lib.partner_network(request)
    top = args.top if args.top is not None else (network.DEFAULT_TOP if picture else None)
    shown = whole.top(top) if top is not None else whole
    if not picture:
        text = network.to_graphml(shown) if args.format == "graphml" \
            else network.to_csv(shown)
        return _write_or_print(args.output, text)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window is opened
    from PySide6.QtWidgets import QApplication

    from partnerview.gui.network_view import NetworkScene

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 (Qt needs it)
    scene = NetworkScene()
    scene.draw(shown, network.layout(shown))
    path = Path(args.output)
    (scene.save_png if args.format == "png" else scene.save_svg)(path)
    print(f"Wrote {path} ({len(shown.nodes)} of {len(whole.nodes)} partners)")
    return 0


def cmd_inspect(args: argparse.Namespace) -> int:
    """Metadata and entities of a file (without importing it) or of an article id."""
    with _library(args, reading=True) as lib:
        path = Path(args.target)
        if path.is_file():
            from partnerview.core.article import ArticleError, load_article

            try:
                parsed = load_article(path)
            except ArticleError as exc:
                print(f"partnerview: {path}: {exc}", file=sys.stderr)
                return 1
            found = lib.extract(parsed.title, parsed.text)
            info = {"title": parsed.title, "date": parsed.date,
                    "date_precision": parsed.date_precision,
                    "source": parsed.source or path.name, "url": parsed.meta.get("url", ""),
                    "kind": found.kind,
                    "partners": found.partners, "organizations": found.organizations,
                    "people": found.people, "places": found.places, "fields": found.fields,
                    "entities": found.entities}
        else:
            article = lib.article(args.target)
            info = {"title": article.title, "date": article.date,
                    "date_precision": article.date_precision, "source": article.source,
                    "url": article.url,
                    "kind": article.kind, "partners": article.partners,
                    "organizations": article.organizations, "people": article.people,
                    "places": article.places, "fields": article.fields,
                    "entities": article.entities}
    info["people"] = [{"name": p.name, "role": p.role} for p in info["people"]]
    info["entities"] = [{"type": e.type, "text": e.text, "canonical": e.canonical,
                         "start": e.start, "end": e.end} for e in info["entities"]]
    if args.json:
        print(json.dumps(info, ensure_ascii=False, indent=2))
        return 0
    from partnerview.core.dates import describe

    print(info["title"])
    print(f"  date:     {describe(info['date'], info['date_precision'])}")
    print(f"  source:   {info['source']}")
    print(f"  kind:     {info['kind']}")
    for key in ("partners", "organizations", "places", "fields"):
        print(f"  {key + ':':<15} {', '.join(info[key]) or '-'}")
    print("  people:")
    for person in info["people"]:
        print(f"    {person['name']}" + (f" ({person['role']})" if person["role"] else ""))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Export all annotations, or the articles a search finds."""
    from partnerview.core import citations

    kinds = {"annotations": ("w3c", "markdown"), "results": tuple(citations.FORMATS)}
    format_ = args.format or kinds[args.what][0]
    if format_ not in kinds[args.what]:
        print(f"partnerview: {args.what} export as {', '.join(kinds[args.what])}, not "
              f"{format_}", file=sys.stderr)
        return 2
    with _library(args, reading=True) as lib:
        if args.what == "annotations":
            text = lib.export_annotations(format_)
        else:
            try:
                request = _request(args, lib)
            except KeyError:
                print(f"partnerview: no search is saved as {args.saved!r}", file=sys.stderr)
                return 2
            text = lib.export_articles(lib.result_ids(request), format_)
    return _write_or_print(args.output, text)


def cmd_import(args: argparse.Namespace) -> int:
    """Import W3C annotations."""
    text = Path(args.file).read_text("utf-8")
    with _library(args) as lib:
        added = lib.import_annotations(text)
    print(f"{added} annotation{'s' if added != 1 else ''} imported")
    return 0


def cmd_reextract(args: argparse.Namespace) -> int:
    """Run extraction again over every article."""
    with _library(args) as lib:
        count = lib.reextract()
    print(f"Extracted entities again for {count} articles")
    return 0


def cmd_knowledge(args: argparse.Namespace) -> int:
    """Add knowledge, or make, list and share corrections of entities."""
    from partnerview.core.curation import FACET_OF, Correction

    if args.action == "add":
        with _library(args) as lib:
            lib.add_knowledge(args.type, args.name, args.alias, args.kind, args.parent)
        print(f"Added {args.type} {args.name!r}. Run `partnerview reextract` to apply it to "
              "the articles already in the library.")
        return 0
    with _library(args, reading=args.action in ("list", "export")) as lib:
        if args.action in ("list", "export"):
            if args.action == "list":
                for c in lib.curation:
                    print(f"{c.id:4}  {c.created[:10]}  {c.describe()}")
                return 0
            return _write_or_print(args.output, lib.curation.export())
        if args.action == "import":
            try:
                count = lib.curation.import_(Path(args.file).read_text("utf-8"))
            except (OSError, UnicodeDecodeError, ValueError) as exc:
                print(f"partnerview: {args.file}: {exc}", file=sys.stderr)
                return 1
            print(f"Added {count} correction{'s' * (count != 1)}")
            return 0
        name = {"merge": getattr(args, "keep", ""), "rename": getattr(args, "old", ""),
                "remove": getattr(args, "name", "")}[args.action]
        names = [*getattr(args, "others", []), name]
        type_ = args.type or _entity_type(lib, names, FACET_OF)
        if type_ is None:
            print(f"partnerview: say which type {name!r} is with --type (it is none, or "
                  "several, of organization, person, place, field)", file=sys.stderr)
            return 2
        if args.action == "merge":
            made, ids = lib.curation.merge(type_, args.others, args.keep)
        elif args.action == "rename":
            made, ids = lib.curation.add(Correction("rename", type_, args.old, args.new))
        else:
            made, ids = lib.curation.add(Correction(
                "partner" if args.partner else "remove", type_, args.name,
                "no" if args.partner else "", article=args.article))
    for correction in made:
        print(correction.describe())
    print(f"{len(ids)} article{'s' * (len(ids) != 1)} updated")
    return 0


def _entity_type(lib: Any, names: list[str], facets: dict[str, str]) -> str | None:
    """The one type whose facet has any of ``names``, or None."""
    found = [t for t, facet in facets.items()
             if set(names) & set(lib.facet_values(facet))]
    return found[0] if len(found) == 1 else None


def _write_or_print(output: str | None, text: str) -> int:
    if output:
        from partnerview.core.files import write_atomically

        write_atomically(Path(output), text)
        print(f"Wrote {output}")
    else:
        print(text)
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    """Back up the database now."""
    with _library(args) as lib:
        target = lib.backup()
    print(f"Saved {target}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Restore the newest backup, or the one named."""
    from partnerview.core.backups import backups, restore

    folder = paths.data_dir(getattr(args, "data_dir", None))
    chosen = Path(args.file) if args.file else next(iter(backups(folder)), None)
    if chosen is None or not chosen.is_file():
        print(f"partnerview: no backup found in {folder / 'backups'}", file=sys.stderr)
        return 1
    restore(folder, chosen)
    print(f"Restored {chosen.name}; the search index is rebuilt on next use")
    return 0


COMMANDS = {"add": cmd_add, "search": cmd_search, "inspect": cmd_inspect,
            "export": cmd_export, "import": cmd_import, "reextract": cmd_reextract,
            "knowledge": cmd_knowledge, "network": cmd_network, "backup": cmd_backup,
            "restore": cmd_restore}
