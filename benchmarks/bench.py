"""PartnerView benchmark: import, search, open, cold start, memory, GUI stalls, FTS5 baseline.

    python benchmarks/bench.py --articles 10000
    python benchmarks/bench.py --articles 100000 --skip-gui
    python benchmarks/bench.py --articles 10000 --chinese 0.3 --skip-gui --skip-fts5

Prints a table and writes ``benchmarks/results/<articles>.json``. Run it after the README's
install (``pip install .``); the synthetic corpus is generated on first use into
``benchmarks/corpus/<articles>`` (deterministic, not committed).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import generate  # noqa: E402

from partnerview import Library  # noqa: E402

REPEATS = 7
#: The query mix: (name, query, the same in SQLite FTS5 syntax, FTS5 facet condition).
QUERIES = [
    ("common term", "university", "university", None),
    ("rare term", "quantum", "quantum", None),
    ("two words", "cloud computing", "cloud computing", None),
    ("phrase", '"smart campus"', '"smart campus"', None),
    ("boolean", "kunpeng OR ascend NOT harmonyos", "(kunpeng OR ascend) NOT harmonyos", None),
    ("field", "partner:Huawei", None, ("partners", "Huawei")),
    ("fuzzy", "robotcs~", "robot*", None),  # FTS5 has no fuzzy search: a prefix stands in
]
#: More queries for a mixed library: Chinese words, a part of a name, a phrase, both languages.
CHINESE_QUERIES = [
    ("Chinese word", "人工智能", None, None),
    ("part of a name", "理工", None, None),
    ("Chinese phrase", '"联合实验室"', None, None),
    ("both languages", "华为 kunpeng", None, None),
]
FILTERS = {"partners": ["Huawei"], "years": ["2019", "2020"]}
#: The mix in Recoll's query language: it has no fuzzy search (a prefix stands in) and no
#: partner field (the name as a word).
RECOLL_QUERIES = {"common term": "university", "rare term": "quantum",
                  "two words": "cloud computing", "phrase": '"smart campus"',
                  "boolean": "kunpeng OR ascend -harmonyos", "field": "Huawei",
                  "fuzzy": "robot*"}


def percentile(values: list[float], share: float) -> float:
    """The value below which ``share`` of ``values`` fall (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered) + 0.5) - 1))]


def ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


# ---------------------------------------------------------------------------- PartnerView


def bench_import(corpus: Path, data: Path) -> dict[str, Any]:
    shutil.rmtree(data, ignore_errors=True)
    with Library.open(data) as lib:
        started = time.perf_counter()
        report = lib.add([corpus])
        seconds = time.perf_counter() - started
        started = time.perf_counter()
        again = lib.add([corpus])
        noop = time.perf_counter() - started
    return {"articles": len(report.added), "failed": len(report.failed),
            "seconds": round(seconds, 1), "articles_per_second": round(len(report.added) /
                                                                     seconds, 1),
            "re_add_unchanged_seconds": round(noop, 1),
            "unchanged": len(again.unchanged),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            "peak_rss_workers_mb": round(
                resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)}


def bench_extraction(corpus: Path) -> dict[str, Any]:
    """Median extraction time of the corpus's articles of about 10 KB, of the seeds, and of
    10 KB texts made by joining the development set's articles, which are denser in names
    than the synthetic corpus is (each starts at a different article)."""
    from partnerview.core.article import ParsedArticle, load_article
    from partnerview.core.extract import Extractor
    from partnerview.core.knowledge import KnowledgeBase
    from partnerview.paths import seeds_dir

    extractor = Extractor(KnowledgeBase.load())
    sized = [p for p in sorted(corpus.rglob("*.txt")) if 9000 <= p.stat().st_size <= 11000]
    articles = [load_article(p) for p in sized[:100]]
    seeds = [load_article(p) for p in sorted(seeds_dir().glob("*.txt"))]
    devset = [load_article(p) for p in sorted((HERE.parent / "tests/core/devset").glob("*.txt"))]
    joined = "\n\n".join(a.text for a in devset) * 2
    offsets = [joined.index(a.text) for a in devset]
    dense = [ParsedArticle(title=a.title, text=joined[at:at + 10_000])
             for a, at in zip(devset, offsets, strict=True)]

    def median_ms(items: list[Any]) -> float:
        times = []
        for article in items:
            for _ in range(3):
                started = time.perf_counter()
                extractor.extract(article.title, article.text)
                times.append(time.perf_counter() - started)
        return ms(statistics.median(times))

    return {"articles_10kb": len(articles), "median_10kb_ms": median_ms(articles),
            "median_seed_ms": median_ms(seeds), "median_devset_10kb_ms": median_ms(dense)}


def bench_search(data: Path, queries: list[tuple[str, str, Any, Any]]) -> dict[str, Any]:
    with Library.open(data) as lib:
        lib.search("")  # builds the facet bitsets, as the first search in the app does
        rows, every, every_warm = [], [], []
        index = lib._keeper.index
        for name, text, _fts, _facet in queries:
            for filtered in (False, True):
                times, warm, total = [], [], 0
                for _ in range(REPEATS):
                    # Cold: nothing of the query read before (as after a write). Warm: its
                    # terms searched twice before, with other words or filters.
                    for runs, forget_terms in ((times, True), (None, False), (warm, False)):
                        index._word_cache.clear()
                        if forget_terms:
                            index._terms = None
                        started = time.perf_counter()
                        result = lib.search(text, filters=FILTERS if filtered else None,
                                            limit=50)
                        if runs is not None:
                            runs.append(time.perf_counter() - started)
                    total = result.total
                every += times
                every_warm += warm
                rows.append({"query": name + (" + 2 facets" if filtered else ""),
                             "text": text, "total": total, "p50_ms": ms(statistics.median(times)),
                             "p95_ms": ms(percentile(times, 0.95)),
                             "warm_p50_ms": ms(statistics.median(warm)),
                             "warm_p95_ms": ms(percentile(warm, 0.95))})
        ids = lib.article_ids()
        rng = random.Random(1)
        opens = []
        for article_id in rng.sample(ids, min(300, len(ids))):
            started = time.perf_counter()
            article = lib.article(article_id)
            lib.annotations(article_id)
            opens.append(time.perf_counter() - started)
            assert article.entities is not None
        # Facet click: the same words, one more filter (the common path while browsing).
        clicks = []
        for _ in range(REPEATS):
            lib.search("cloud computing")
            started = time.perf_counter()
            lib.search("cloud computing", filters={"fields": ["Big data"]})
            clicks.append(time.perf_counter() - started)
    return {"queries": rows, "p50_ms": ms(statistics.median(every)),
            "p95_ms": ms(percentile(every, 0.95)),
            "warm_p50_ms": ms(statistics.median(every_warm)),
            "warm_p95_ms": ms(percentile(every_warm, 0.95)),
            "facet_click_p50_ms": ms(statistics.median(clicks)),
            "open_article_p50_ms": ms(statistics.median(opens)),
            "open_article_p95_ms": ms(percentile(opens, 0.95))}


# ---------------------------------------------------------------------------- FTS5


def bench_fts5(data: Path, folder: Path) -> dict[str, Any]:
    """The same corpus and query mix on SQLite FTS5: top 50 with snippets and facets."""
    db_path = folder / "fts5.sqlite3"
    db_path.unlink(missing_ok=True)
    db = sqlite3.connect(db_path)
    db.execute("CREATE VIRTUAL TABLE fts USING fts5(title, body, tokenize='porter unicode61')")
    db.execute("CREATE TABLE facets(doc INTEGER, facet TEXT, value TEXT)")
    source = sqlite3.connect(data / "library.sqlite3")
    started = time.perf_counter()
    with db:
        for rowid, title, text, extraction, date in source.execute(
                "SELECT rowid, title, text, extraction, date FROM articles"):
            db.execute("INSERT INTO fts(rowid, title, body) VALUES (?, ?, ?)",
                       (rowid, title, text))
            found = json.loads(extraction)
            values = [("partners", v) for v in found["partners"]]
            values += [("fields", v) for v in found["fields"]]
            values += [("people", p["name"]) for p in found["people"]]
            values += [("places", v) for v in found["places"]]
            values += [("organizations", v) for v in found["organizations"]]
            if date and not date.startswith("--"):
                values.append(("years", date[:4]))
            db.executemany("INSERT INTO facets VALUES (?, ?, ?)",
                           [(rowid, f, v) for f, v in values])
        db.execute("CREATE INDEX facets_doc ON facets(doc)")
        db.execute("CREATE INDEX facets_value ON facets(facet, value)")
    build = time.perf_counter() - started

    def run(match: str | None, facet: tuple[str, str] | None, filtered: bool) -> int:
        # The matching rows: the FTS5 match, intersected with each facet filter.
        parts, args = [], []
        parts.append("SELECT rowid FROM fts WHERE fts MATCH ?" if match else
                     "SELECT rowid FROM fts")
        args += [match] if match else []
        wanted = dict(FILTERS) if filtered else {}
        if facet:
            wanted.setdefault(facet[0], [facet[1]])
        for name, values in wanted.items():
            marks = ",".join("?" * len(values))
            parts.append(f"SELECT doc FROM facets WHERE facet = ? AND value IN ({marks})")
            args += [name, *values]
        db.execute("DROP TABLE IF EXISTS temp.hits")
        db.execute("CREATE TEMP TABLE hits(doc INTEGER PRIMARY KEY)")
        db.execute("INSERT INTO temp.hits " + " INTERSECT ".join(parts), args)
        total = db.execute("SELECT count(*) FROM temp.hits").fetchone()[0]
        if match:  # top 50 by BM25 with snippets
            # "rowid IN hits" only when facets narrowed the match: FTS5 is ten times slower
            # with it, and without filters the match is the hit list.
            narrowed = " AND rowid IN temp.hits" if len(parts) > 1 else ""
            db.execute("SELECT rowid, title, snippet(fts, 1, '<b>', '</b>', '…', 30) FROM fts "
                       f"WHERE fts MATCH ?{narrowed} ORDER BY rank LIMIT 50",
                       (match,)).fetchall()
        else:
            db.execute("SELECT rowid, title, substr(body, 1, 200) FROM fts WHERE rowid IN "
                       "(SELECT doc FROM temp.hits LIMIT 50)").fetchall()
        # CROSS JOIN keeps SQLite from scanning every facet row (three times faster).
        db.execute("SELECT facet, value, count(*) FROM temp.hits CROSS JOIN facets "
                   "ON facets.doc = hits.doc GROUP BY facet, value").fetchall()
        return total

    rows, every = [], []
    for name, _text, match, facet in QUERIES:
        for filtered in (False, True):
            times, total = [], 0
            for _ in range(REPEATS):
                started = time.perf_counter()
                total = run(match, facet, filtered)
                times.append(time.perf_counter() - started)
            every += times
            rows.append({"query": name + (" + 2 facets" if filtered else ""), "total": total,
                         "p50_ms": ms(statistics.median(times)),
                         "p95_ms": ms(percentile(times, 0.95))})
    db.close()
    return {"build_seconds": round(build, 1), "queries": rows,
            "p50_ms": ms(statistics.median(every)), "p95_ms": ms(percentile(every, 0.95))}


# ---------------------------------------------------------------------------- Recoll


def bench_recoll(corpus: Path, folder: Path) -> dict[str, Any] | None:
    """Recoll (Xapian) on the same files, when it is installed: the index built by
    ``recollindex``, each query of the mix timed as a whole ``recollq`` process listing
    the top 50 (start-up included: what a user of Recoll's command line waits for)."""
    if not (shutil.which("recollindex") and shutil.which("recollq")):
        return None
    config = folder / "recoll"
    config.mkdir(parents=True, exist_ok=True)
    (config / "recoll.conf").write_text(f"topdirs = {corpus}\nloglevel = 1\n", "utf-8")
    started = time.perf_counter()
    subprocess.run(["recollindex", "-c", str(config), "-z"], check=True, capture_output=True)
    build = time.perf_counter() - started
    rows, every = [], []
    for name, *_ in QUERIES:
        times, total = [], 0
        for _ in range(REPEATS):
            started = time.perf_counter()
            out = subprocess.run(["recollq", "-c", str(config), "-n", "50",
                                  RECOLL_QUERIES[name]], capture_output=True, text=True)
            times.append(time.perf_counter() - started)
            found = re.search(r"(\d+) results", out.stdout + out.stderr)
            total = int(found.group(1)) if found else 0
        every += times
        rows.append({"query": name, "query_text": RECOLL_QUERIES[name], "total": total,
                     "p50_ms": ms(statistics.median(times)),
                     "p95_ms": ms(percentile(times, 0.95))})
    return {"build_seconds": round(build, 1), "queries": rows,
            "p50_ms": ms(statistics.median(every)), "p95_ms": ms(percentile(every, 0.95))}


# ---------------------------------------------------------------------------- GUI

GUI_PROBE = r"""
import json, os, resource, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QElapsedTimer, QSettings, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
app = QApplication([])
from partnerview import Library
from partnerview.gui.main_window import MainWindow
data, settings_dir, started, extra = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4]
window = MainWindow(Library.open(data),
                    QSettings(settings_dir + "/settings.ini", QSettings.Format.IniFormat))
figures, gaps, clock, ticker = {}, [], QElapsedTimer(), QTimer()
ticker.setInterval(5)
ticker.timeout.connect(lambda: gaps.append(clock.restart()))
QUERY = "cloud computing"

def measure():
    gaps.clear()
    clock.start()
    ticker.start()

def record(name):
    ticker.stop()
    figures[name + "_max_gap_ms"] = max(gaps, default=0)
    figures[name + "_p99_gap_ms"] = sorted(gaps)[int(len(gaps) * 0.99)] if gaps else 0

def on_result(result):
    if "cold_start_s" not in figures:
        window.repaint()  # painted, with the first result in the list
        figures["cold_start_s"] = round(time.time() - started, 2)
        figures["first_search_ms"] = round(result.seconds * 1000)  # as the status bar says
        window.search_bar.edit.clear()
        measure()
        for i, char in enumerate(QUERY):  # a person typing, 90 ms a key
            QTimer.singleShot(90 * i, lambda c=char: QTest.keyClicks(window.search_bar.edit, c))
    elif result.query.text == QUERY and "typing_max_gap_ms" not in figures:
        # Once the last result is painted (its painting is typing's), the import starts.
        QTimer.singleShot(500, start_import)

def start_import():
    record("typing")
    measure()
    window.importing.add([extra])

def on_import(report):
    record("import")
    figures["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    print(json.dumps(figures), flush=True)
    window.close()
    app.quit()

window.search_finished.connect(on_result)
window.importing.import_finished.connect(on_import)
window.show()
window.start()
app.exec()
"""


def bench_gui(data: Path, extra: Path, scratch: Path) -> dict[str, Any]:
    """Cold start to a painted window with results, then event-loop gaps while typing a
    query and while importing ``extra`` (measured in a fresh process)."""
    settings = scratch / "settings"
    settings.mkdir(parents=True, exist_ok=True)
    started = time.time()
    out = subprocess.run([sys.executable, "-c", GUI_PROBE, str(data), str(settings),
                          str(started), str(extra)], capture_output=True, text=True,
                         timeout=1800)
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if out.returncode != 0 or not lines:
        return {"error": (out.stderr or out.stdout)[-2000:]}
    return json.loads(lines[-1])


# ---------------------------------------------------------------------------- main


def commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=HERE,
                              capture_output=True, text=True).stdout.strip()
    except OSError:
        return "unknown"


def main() -> None:
    """Run the benchmark and print its table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--corpus", type=Path, help="folder of articles (default: generate)")
    parser.add_argument("--skip-gui", action="store_true", help="no cold start or stall test")
    parser.add_argument("--skip-fts5", action="store_true",
                        help="no FTS5 baseline (it takes minutes at 100,000 articles)")
    parser.add_argument("--chinese", type=float, default=0.0, metavar="SHARE",
                        help="a mixed library: this share of the articles in Chinese")
    args = parser.parse_args()

    name = f"{args.articles}-zh{round(args.chinese * 100)}" if args.chinese else \
        str(args.articles)
    corpus = args.corpus or HERE / "corpus" / name
    if not corpus.is_dir():
        print(f"Generating {args.articles} articles into {corpus} …", flush=True)
        generate(args.articles, corpus, chinese=args.chinese)
    scratch = Path(tempfile.mkdtemp(prefix="partnerview-bench-"))
    data = scratch / "library"
    results: dict[str, Any] = {
        "date": time.strftime("%Y-%m-%d"), "commit": commit(), "articles": args.articles,
        "chinese_share": args.chinese,
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python "
                   f"{platform.python_version()}, {platform.system()}",
    }
    print("Extraction …", flush=True)
    results["extraction"] = bench_extraction(corpus)
    print("Importing …", flush=True)
    results["import"] = bench_import(corpus, data)
    print("Searching …", flush=True)
    results["search"] = bench_search(data, QUERIES + CHINESE_QUERIES * (args.chinese > 0))
    if not args.skip_fts5:
        print("SQLite FTS5 baseline …", flush=True)
        results["fts5"] = bench_fts5(data, scratch)
        results["search_vs_fts5_p95"] = round(results["search"]["p95_ms"] /
                                              max(0.1, results["fts5"]["p95_ms"]), 2)
    print("Recoll, if installed …", flush=True)
    recoll = bench_recoll(corpus, scratch)
    if recoll:
        results["recoll"] = recoll
    if not args.skip_gui:
        print("Desktop app …", flush=True)
        extra = scratch / "extra"
        generate(500, extra, seed=7)
        results["gui"] = bench_gui(data, extra, scratch)
    shutil.rmtree(scratch, ignore_errors=True)
    report(results)
    out = HERE / "results" / f"{name}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n")
    print(f"\nWritten to {out.relative_to(HERE.parent)}")


def report(r: dict[str, Any]) -> None:
    """The table."""
    i, s = r["import"], r["search"]
    f = r.get("fts5") or {"queries": [{"p50_ms": "-", "p95_ms": "-"}] * len(s["queries"]),
                          "p50_ms": "-", "p95_ms": "-", "build_seconds": "-"}
    print(f"\nPartnerView benchmark — {r['articles']} articles — {r['date']} — {r['machine']}"
          f" — commit {r['commit']}\n")
    print(f"Import: {i['articles']} articles in {i['seconds']} s = {i['articles_per_second']}"
          f" articles/s (adding them again: {i['re_add_unchanged_seconds']} s); peak RSS "
          f"{i['peak_rss_mb']} MB (+ workers {i['peak_rss_workers_mb']} MB)")
    e = r["extraction"]
    print(f"Extraction: median {e['median_10kb_ms']} ms for a 10 KB article "
          f"({e['articles_10kb']} articles), {e['median_seed_ms']} ms for the seeds, "
          f"{e['median_devset_10kb_ms']} ms for 10 KB of the development set's articles")
    print(f"\n{'query':<28}{'hits':>8}{'p50 ms':>9}{'p95 ms':>9}{'warm p50':>9}{'warm p95':>9}"
          f"  |{'FTS5 p50':>10}{'FTS5 p95':>10}")
    for mine, theirs in zip(s["queries"], f["queries"], strict=True):
        print(f"{mine['query']:<28}{mine['total']:>8}{mine['p50_ms']:>9}{mine['p95_ms']:>9}"
              f"{mine['warm_p50_ms']:>9}{mine['warm_p95_ms']:>9}  |"
              f"{theirs['p50_ms']:>10}{theirs['p95_ms']:>10}")
    print(f"{'all queries':<28}{'':>8}{s['p50_ms']:>9}{s['p95_ms']:>9}{s['warm_p50_ms']:>9}"
          f"{s['warm_p95_ms']:>9}  |{f['p50_ms']:>10}{f['p95_ms']:>10}")
    if "fts5" in r:
        print(f"\nSearch p95 / FTS5 p95: {r['search_vs_fts5_p95']}x (FTS5 index built in "
              f"{f['build_seconds']} s)")
    if "recoll" in r:
        rc = r["recoll"]
        print(f"\nRecoll (index built in {rc['build_seconds']} s; a whole recollq process a "
              f"query):\n{'query':<28}{'hits':>8}{'p50 ms':>9}{'p95 ms':>9}"
              f"{'PartnerView p50 / Recoll p50':>32}")
        mine = {q["query"]: q for q in s["queries"]}
        for row in rc["queries"]:
            ratio = mine[row["query"]]["p50_ms"] / max(0.1, row["p50_ms"])
            print(f"{row['query']:<28}{row['total']:>8}{row['p50_ms']:>9}{row['p95_ms']:>9}"
                  f"{ratio:>31.2f}x")
    print(f"Facet click (same words, one more filter) p50: {s['facet_click_p50_ms']} ms")
    print(f"Open an article: p50 {s['open_article_p50_ms']} ms, p95 {s['open_article_p95_ms']}"
          " ms")
    if "gui" in r:
        g = r["gui"]
        if "error" in g:
            print("Desktop app: failed:", g["error"])
        else:
            print(f"Desktop app: cold start {g['cold_start_s']} s to a painted window with "
                  f"results (its search {g['first_search_ms']} ms); peak RSS {g['peak_rss_mb']} MB")
            print(f"Event loop while typing: max gap {g['typing_max_gap_ms']} ms, p99 "
                  f"{g['typing_p99_gap_ms']} ms; during a 500-article import: max gap "
                  f"{g['import_max_gap_ms']} ms, p99 {g['import_p99_gap_ms']} ms")


if __name__ == "__main__":
    main()
