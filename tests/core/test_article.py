from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from partnerview.core.article import (
    ArticleError,
    decode,
    load_article,
    parse_bytes,
    parse_html,
    parse_text,
)
from partnerview.paths import seeds_dir

SEEDS = seeds_dir()

SEED_FACTS = {
    "000_526efaf5d5e37e66.txt": (
        "WUT and Huawei Signed a Agreement to Continue to Build the ICT Innovative Talent "
        "Center", "--12-23", "day", ""),
    "001_d40acb2358fee038.txt": (
        "Signing ceremony of Cooperation Agreement on Co-building “Intelligent Substrate” "
        "Enterprise-University Integrated Cooperative Education Base between Chongqing "
        "University and Huawei Technologies", "--10-21", "day", ""),
    "002_3025173e233142f3.txt": (
        "Huawei discusses strategic cooperation with ECNU", "--06-30", "day",
        "International Communication Office, East China Normal University"),
    "003_97c123b8a224d17c.txt": (
        "ECNU becomes a strategic partner of Huawei", "--07-03", "day",
        "East China Normal University"),
    "004_1acab49fd9df98d6.txt": (
        "Huawei and Shenyang Institute of Technology jointly create a global model of "
        "industry education integration and promote the digitalization strategy of education",
        "2025-04-27", "day", ""),
}


@pytest.mark.parametrize("name", sorted(SEED_FACTS))
def test_seed_title_date_and_source(name: str) -> None:
    title, date, precision, source = SEED_FACTS[name]
    article = load_article(SEEDS / name)
    assert article.title.rstrip("…") == title[: len(article.title.rstrip("…"))]
    assert len(article.title) <= 180
    assert (article.date, article.date_precision) == (date, precision)
    assert article.source == source


def test_derived_title_is_a_short_sentence_not_the_whole_lead() -> None:
    article = load_article(SEEDS / "001_d40acb2358fee038.txt")
    assert article.title.startswith("Signing ceremony of Cooperation Agreement")
    assert "Conference Room 213" not in article.title
    # The story has no title line, so its first sentence stays in the body.
    assert article.text.startswith("On the afternoon of October 21")


@pytest.mark.parametrize("name", sorted(SEED_FACTS))
def test_seed_body_is_clean(name: str) -> None:
    text = load_article(SEEDS / name).text
    for noise in ("Release time", "Browse times", "Copy editor", "Proofread by",
                  "Translated by", "上一条", "下一条", "Source: International"):
        assert noise not in text
    assert "\r" not in text
    assert "\n\n\n" not in text
    assert text == text.strip()


def test_metadata_lines_become_metadata() -> None:
    article = load_article(SEEDS / "004_1acab49fd9df98d6.txt")
    assert article.meta["translator"] == "Basic Courses Department"
    assert article.text.endswith("intelligent development of the education industry.")
    credits = load_article(SEEDS / "003_97c123b8a224d17c.txt").meta["credits"]
    assert credits == "Edited by Linlan Zhang Proofread by Joshua Mayfield Reviewed by Wenjun Guo"


def test_paragraphs_are_kept() -> None:
    text = load_article(SEEDS / "000_526efaf5d5e37e66.txt").text
    paragraphs = text.split("\n\n")
    assert len(paragraphs) == 6
    assert paragraphs[-1].startswith("After the ceremony, Luo Ji")


STORY = "Tsinghua University and ZTE signed an agreement on 5G research on 3 March 2021.\n"


@pytest.mark.parametrize("encoding,prefix", [
    ("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16", b""), ("utf-16-le", b""),
    ("utf-16-be", b""), ("gb18030", b""), ("cp1252", b""),
])
def test_encodings(encoding: str, prefix: bytes) -> None:
    raw = "Zhang Wei visits Zürich — 华为与清华大学签署协议\n\n" + STORY
    if encoding == "cp1252":
        raw = "Café meeting in Zürich\n\n" + STORY
    article = parse_bytes(prefix + raw.encode(encoding), ".txt")
    assert article.title == raw.split("\n")[0]
    assert article.date == "2021-03-03"


def test_line_endings_are_normalised() -> None:
    article = parse_bytes(b"Title\r\n\r\nFirst paragraph.\r\rSecond paragraph.\r\n", ".txt")
    assert article.text == "First paragraph.\n\nSecond paragraph."


def test_html_is_reduced_to_text_without_scripts_or_remote_content() -> None:
    page = b"""<!doctype html><html><head><title>Site | News</title>
    <meta name="date" content="2023-05-06"><style>p{color:red}</style>
    <script>alert('x')</script></head><body><nav>Home | About</nav>
    <h1>Alibaba Cloud and Cairo University open an AI lab</h1>
    <p>Alibaba Cloud &amp; Cairo University opened a lab.<img src="http://example.com/x.png"></p>
    <iframe src="http://example.com"></iframe><p>Second paragraph.</p></body></html>"""
    article = parse_bytes(page, ".html")
    assert article.title == "Alibaba Cloud and Cairo University open an AI lab"
    assert article.text == "Alibaba Cloud & Cairo University opened a lab.\n\nSecond paragraph."
    assert (article.date, article.date_precision) == ("2023-05-06", "day")


def test_markdown_heading_is_the_title() -> None:
    article = parse_bytes(b"# Tencent and NUS launch a lab\n\nThey *signed* a [deal](x).\n",
                          ".md")
    assert article.title == "Tencent and NUS launch a lab"
    assert article.text == "They signed a deal."


@pytest.mark.parametrize("data,reason", [
    (b"", "empty file"), (b"   \n\n", "empty file"),
    (bytes(range(256)) * 20, "binary file, not text"),
])
def test_unreadable_bytes_say_why(data: bytes, reason: str) -> None:
    with pytest.raises(ArticleError, match=reason):
        decode(data)


def test_missing_file_says_why(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="No such file"):
        load_article(tmp_path / "gone.txt")


def test_month_and_year_precision() -> None:
    article = parse_bytes(b"Title line\n\nIn July 2019, ECNU and Huawei signed.\n", ".txt")
    assert (article.date, article.date_precision) == ("2019-07", "month")


def test_the_address_an_article_was_published_at_is_kept() -> None:
    page = parse_html('<html><head><title>T</title>'
                      '<meta property="og:url" content="https://mirror.example.org/copy">'
                      '<link rel="canonical" href="https://news.example.edu/2024/signing">'
                      '</head><body><h1>Orion and Vega University sign</h1>'
                      '<p>On 3 May 2024 the two signed an agreement.</p></body></html>')
    assert page.meta["url"] == "https://news.example.edu/2024/signing"  # canonical wins
    only_og = parse_html('<html><head><meta property="og:url" content="https://a.example/x">'
                         '</head><body><h1>A title</h1><p>Some text here.</p></body></html>')
    assert only_og.meta["url"] == "https://a.example/x"
    for line in ("Source: https://news.example.edu/a/2", "原文链接：https://news.example.edu/a/2",
                 "Original link: https://news.example.edu/a/2"):
        text = parse_text(f"Orion signs\n\n{line}\n\nOn 3 May 2024 the two signed.\n")
        assert text.meta["url"] == "https://news.example.edu/a/2"
        assert "news.example.edu" not in text.text and text.source == ""
    named = parse_text("Orion signs\n\nSource: Xinhua\n\nOn 3 May 2024 the two signed.\n")
    assert named.source == "Xinhua" and "url" not in named.meta


def test_a_line_of_page_fields_gives_the_source_and_the_date(tmp_path: Path) -> None:
    page = tmp_path / "news.txt"
    page.write_text("Our University and Orbitel Open a Lab\n\n"
                    "Source: School of Computing   Editor: Liu Yang   Date: 2025-04-18\n\n"
                    "On April 16, the lab was opened.\n", encoding="utf-8")
    article = load_article(page)
    assert article.text == "On April 16, the lab was opened."
    assert article.meta["source"] == "School of Computing"
    assert (article.date, article.date_precision) == ("2025-04-18", "day")
