"""Queries built from the whole query language, for property-based tests: operators alone,
repeated, nested and unbalanced; fields with empty or odd values; ranges missing an end;
wildcards everywhere; fuzzy terms with large distances; CJK, RTL, emoji and control
characters; with and without facet filters."""

from __future__ import annotations

from hypothesis import strategies as st

WORDS = st.sampled_from(["huawei", "cloud", "university", "Kunpeng", "AI", "5G", "x", "talent",
                         "smart", "campus", "NOT", "and", "or", "to"])
OPERATORS = st.sampled_from(["AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "(", ")", '"', "*", "?",
                             "~", "^", "[", "]", "{", "}", "TO", ":", "-", "+", "\\", "/",
                             "''", "<", ">", "=", "AND NOT", "NOT NOT", "OR OR"])
FIELDS = st.sampled_from(["partner", "field", "person", "place", "org", "year", "kind", "tag",
                          "note", "title", "date", "content", "Partner", "foo", "_", "a_b",
                          "partner:partner", ""])
VALUES = st.one_of(
    st.sampled_from(["", "Huawei", '"', '"smart campus', '"Wuhan University"', "[2019 TO",
                     "[TO 2020]", "[2019 TO 2020}", "{ TO }", ">", ">=2020", "<=", "*", "a*b?",
                     "(", ")", "-1", "99999999999999999999", "2019-13-45", "ECNU"]),
    st.text(max_size=5))
EXOTIC = st.sampled_from(["华为", "鲲鹏 人工智能", "武汉理工大学", "جامعة القاهرة", "שלום", "😀🎓",
                          "\x00", "\x1b[31m", "\u202e", "\ufeff", "\t\n", "Ünïcödé", "ǅ", "ﬁ",
                          "\u0301", "𝔘𝔫𝔦"])
ATOMS = st.one_of(
    WORDS, OPERATORS, EXOTIC,
    st.builds("{}:{}".format, FIELDS, VALUES),
    st.builds("{}~{}".format, WORDS, st.integers(-3, 99)),
    st.builds("{}^{}".format, WORDS, st.sampled_from(["2", "0", "-1", "1e309", "x"])),
    st.text(alphabet="ab*?~", min_size=1, max_size=6),
    st.text(max_size=4),
)
QUERIES = st.recursive(
    ATOMS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=6).map(" ".join),
        st.lists(inner, max_size=4).map(lambda parts: "(" + " ".join(parts) + ")"),
        inner.map(lambda part: "NOT " + part),
        inner.map(lambda part: '"' + part + '"'),
    ),
    max_leaves=14,
)
FILTERS = st.sampled_from([None, {"partners": ["Huawei"]},
                           {"fields": ["Cloud computing"], "years": ["2023"]},
                           {"partners": ["no such partner"]}, {"tags": [""]},
                           {"bookmarked": ["yes"]}])
