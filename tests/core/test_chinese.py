"""Chinese and mixed-language articles: words, search, facets and entities."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from whoosh import fields

from partnerview import Library
from partnerview.core import language
from partnerview.core.analysis import MixedAnalyzer
from partnerview.core.extract import Extractor
from partnerview.core.index import _schema
from partnerview.core.knowledge import KnowledgeBase
from partnerview.core.language import language_of
from partnerview.core.search import hit_pattern, snippet
from partnerview.paths import seeds_dir

ZH = Path(__file__).parent / "zh"


def words(text: str, mode: str = "index") -> list[str]:
    return [t.text for t in MixedAnalyzer()(text, mode=mode)]


def test_chinese_is_split_into_the_shortest_dictionary_words_alike_in_text_and_query() -> None:
    assert words("武汉理工大学与华为签署协议") == ["武汉", "理工", "大学", "华为", "签署", "协议"]
    assert words("武汉理工", mode="query") == ["武汉", "理工"]
    assert words("清华大学") == ["清华", "大学"]  # not 华大, which only straddles the two
    assert words("Clouds of 5G-Advanced 鲲鹏") == ["cloud", "5g", "advanc", "鲲鹏"]
    # Korean (words between spaces) and kana stay words, as rjieba knows neither.
    assert words("서울대학교와 화웨이가 협약을") == ["서울대학교와", "화웨이가", "협약을"]
    assert words("東京大学とソフトバンク") == ["東京", "大学", "とソフトバンク"]


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    """The five English seeds and ten Chinese articles."""
    folder = tmp_path_factory.mktemp("mixed")
    shutil.copytree(seeds_dir(), folder / "seeds")
    for article in ZH.glob("*.txt"):
        shutil.copy(article, folder / article.name)
    library = Library.open(tmp_path_factory.mktemp("library"))
    library.add([folder])
    yield library
    library.close()


def titles(library: Library, query: str) -> set[str]:
    return {hit.title for hit in library.search(query, limit=100).hits}


def test_chinese_words_phrases_and_parts_of_names_find_articles(mixed: Library) -> None:
    wut = "武汉理工大学与华为签署鲲鹏产业学院合作协议"
    assert wut in titles(mixed, "武汉理工大学")
    assert wut in titles(mixed, "武汉理工")  # part of the name
    assert wut in titles(mixed, '"武汉理工大学与华为"')
    assert wut not in titles(mixed, '"华为与武汉理工大学"')  # a phrase keeps its order
    assert titles(mixed, "华大") == set()  # 清华大学 is 清华 + 大学
    assert {"西安电子科技大学与中兴通讯签署5G联合创新中心协议"} == titles(mixed, "中兴 5G")


def test_one_partner_finds_its_articles_in_both_languages(mixed: Library) -> None:
    by_facet = mixed.search("", filters={"partners": ["Huawei"]}, limit=100)
    chinese = {h.title for h in by_facet.hits if any("\u4e00" <= c <= "\u9fff" for c in h.title)}
    assert len(chinese) == 3 and by_facet.total == 8  # 3 Chinese, 5 English seeds
    assert mixed.search("partner:华为").total == 8
    assert titles(mixed, "华为") == titles(mixed, "huawei")  # by name, in either language
    assert mixed.facet_values("partners")["Wuhan University of Technology"] == 2


def test_language_is_a_facet(mixed: Library) -> None:
    assert mixed.facet_values("languages") == {"Chinese": 10, "English": 5}
    assert mixed.search("language:chinese").total == 10
    assert mixed.search("kunpeng", filters={"languages": ["English"]}).total == 2


def test_chinese_hits_are_marked_in_snippets() -> None:
    marker = hit_pattern(["华为", "cloud"])
    text = "2024年3月15日，武汉理工大学与华为技术有限公司签约。" * 8 + " Cloud services."
    assert '<b class="match">华为</b>' in snippet(text, marker)
    end = snippet("A" * 300 + "在华为", hit_pattern(["华为"]))
    assert end.endswith('<b class="match">华为</b>')


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(KnowledgeBase.load())


def test_chinese_people_organisations_and_places(extractor: Extractor) -> None:
    found = extractor.extract(
        "", "复旦大学副校长张人禾、华为湖北代表处总经理李刚出席。双方在5G、物联网领域合作，"
            "共建浙江大学—阿里云智能计算联合实验室。校长会见来宾。")
    assert [(p.name, p.role) for p in found.people] == [
        ("张人禾", "复旦大学副校长"), ("李刚", "华为湖北代表处总经理")]
    assert "华为湖北代表处" in found.organizations
    assert "浙江大学—阿里云智能计算联合实验室" in found.organizations
    assert {"5G", "Internet of Things"} <= set(found.fields)  # a Latin name next to Chinese
    assert found.places == []  # 来宾 are guests here, not the city of Laibin
    assert found.language == "Chinese"


def test_english_with_typographic_quotes_and_accents_and_other_latin_languages() -> None:
    assert language_of("Huawei and Universidad Politécnica sign MoU",
                       "MADRID – Huawei and the Universidad Politécnica de Madrid have signed an "
                       "agreement for the training of engineers, the university’s rector said "
                       "on Monday with “great pride”.") == "English"
    assert language_of("Huawei y la Universidad Politécnica firman un acuerdo",
                       "MADRID – Huawei y la Universidad Politécnica de Madrid han firmado un "
                       "acuerdo para la formación de ingenieros en inteligencia artificial, "
                       "según informó el rector.") == "Spanish"
    assert language_of("华为与清华大学签署合作协议",
                       "华为与清华大学在北京签署了人才培养合作协议。") == "Chinese"


def test_a_lead_dense_in_names_is_english_without_langdetect(
        monkeypatch: pytest.MonkeyPatch) -> None:
    def no_detector() -> None:
        raise AssertionError("langdetect was asked")

    monkeypatch.setattr(language, "_detectors", no_detector)
    assert language_of("Orinoco Polytechnic and Kestrel Systems deepen cooperation on 5G",
                       "On March 3, 2024, Orinoco Polytechnic (OP) and Kestrel Systems signed a "
                       "cooperation agreement on 5G in Valencia. The cooperation between "
                       "Orinoco Polytechnic and Kestrel Systems covers 5G and cloud "
                       "computing.") == "English"


@pytest.mark.parametrize(("title", "text", "expected"), [
    ("Huawei et l'Université de Lomé signent un accord",
     "LOMÉ – Huawei et l'Université de Lomé ont signé mardi un accord sur la formation. On "
     "y enseignera le cloud et la 5G, a déclaré le président de l'université.", "French"),
    ("Huawei en de Universiteit Twente tekenen overeenkomst",
     "ENSCHEDE – Huawei en de Universiteit Twente hebben in Enschede een overeenkomst "
     "getekend. Het doel is om studenten op te leiden in kunstmatige intelligentie.", "Dutch"),
    ("Huawei e il Politecnico di Torino firmano un accordo",
     "TORINO – Huawei e il Politecnico di Torino hanno firmato un accordo di collaborazione "
     "in Piemonte per la formazione di ingegneri in intelligenza artificiale.", "Italian"),
    ("Huawei dan Universitas Gadjah Mada teken nota kesepahaman",
     "YOGYAKARTA – Huawei dan Universitas Gadjah Mada menandatangani nota kesepahaman di "
     "Yogyakarta untuk pelatihan mahasiswa di bidang kecerdasan buatan.", "Indonesian"),
])
def test_other_latin_languages_are_not_taken_for_english(title: str, text: str,
                                                          expected: str) -> None:
    assert language_of(title, text) == expected


def _whooshs_and_ours() -> tuple[fields.TEXT, fields.TEXT]:
    """Whoosh's own text field, and the index's (whose format is ``MixedPositions``)."""
    return fields.TEXT(analyzer=MixedAnalyzer()), _schema()["content"]


@pytest.mark.parametrize("text", [
    "The university and THE Lab of 5.5G: a b c, x.y.z and U.S. runs, ran, running.",
    "the of and",  # stop words only
    "",
    "武汉理工大学与华为签署人工智能合作协议, the Kunpeng 鲲鹏 and 昇腾 Ascend labs",
    "Ünïcödé über e-commerce HarmonyOS's 3.14159 Kunpeng kunpeng KUNPENG",
])
def test_the_index_writes_the_postings_whoosh_would_write(text: str) -> None:
    whooshs, ours = _whooshs_and_ours()
    assert sorted(ours.index(text)) == sorted(whooshs.index(text))


def test_the_index_writes_the_same_postings_for_every_labelled_article() -> None:
    whooshs, ours = _whooshs_and_ours()
    articles = sorted(Path(__file__).parent.glob("*/*.txt"))
    assert len(articles) > 500
    for article in articles:
        text = article.read_text(encoding="utf-8")
        assert sorted(ours.index(text)) == sorted(whooshs.index(text)), article.name


def test_chinese_names_hold_their_place_and_subject_words(extractor: Extractor) -> None:
    found = extractor.extract(
        "", "西安交通大学与电子科技大学签约。会议由计算机科学与技术学院、信息与通信工程学院和教务处"
            "承办，“智能基座”产教融合协同育人基地同时揭牌。双方还在哈尔滨工业大学（深圳）共建"
            "电子科技大学—中兴通讯6G联合创新实验室。")
    assert {"西安交通大学", "电子科技大学", "计算机科学与技术学院", "信息与通信工程学院", "教务处",
            "“智能基座”产教融合协同育人基地", "哈尔滨工业大学（深圳）",
            "电子科技大学—中兴通讯6G联合创新实验室"} <= set(found.organizations)
    assert "Xi’an" not in found.places and "Shenzhen" not in found.places


def test_chinese_names_end_at_roles_and_start_after_foreign_countries(extractor: Extractor
                                                                      ) -> None:
    found = extractor.extract(
        "", "中兴通讯副总裁兼无线研究院院长高峻、泰国朱拉隆功大学校长威拉猜·坎塔出席。"
            "双方将探讨共建联合实验室，推动学校一流大学建设。")
    assert found.organizations == ["ZTE", "无线研究院", "朱拉隆功大学"]
    assert [(p.name, p.role) for p in found.people] == [
        ("高峻", "无线研究院院长"), ("威拉猜·坎塔", "朱拉隆功大学校长")]


def test_chinese_people_after_roles_written_in_one_word_with_a_name_or_in_two(
        extractor: Extractor) -> None:
    found = extractor.extract(
        "", "中国海洋大学校长宋春华与华为泰国公司首席执行官刘晓东说，哈工大（深圳）—腾讯智能计算"
            "联合研究中心将由中国移动通信集团支持。")
    assert [p.name for p in found.people] == ["宋春华", "刘晓东"]
    assert "中国海洋大学" in found.organizations
    assert "哈工大（深圳）—腾讯智能计算联合研究中心" in found.organizations
    assert "China Mobile" in found.organizations and "中国移动通信集团" not in found.organizations
    assert "华为泰国公司" in found.organizations  # a country's unit, not the company itself


def test_chinese_governments_sign_and_the_title_names_parties(extractor: Extractor) -> None:
    found = extractor.extract(
        "深圳职业技术大学与联想、华为分别签约",
        "青岛市人民政府、青岛西海岸新区管委会有关负责人出席。学校分别与联想集团、华为技术有限公司"
        "签署合作协议，在高性能计算、毫米波和通感一体化等方向合作。")
    assert {"青岛市人民政府", "青岛西海岸新区管委会"} <= set(found.organizations)
    assert found.partners == ["Lenovo", "Huawei", "深圳职业技术大学"]
    assert found.fields == ["High-performance computing", "Millimetre wave",
                            "Integrated sensing and communication"]


def test_traditional_characters_are_read_and_named_as_written(extractor: Extractor) -> None:
    found = extractor.extract(
        "香港理工大學與華為簽署合作協議",
        "香港理工大學副校長（研究及創新）黃嘉欣、華為常務董事林志遠及華為計算產品線總裁鄭國強"
        "在香港出席儀式。雙方將在鯤鵬、昇騰及人工智能領域合作。")
    assert found.partners == ["香港理工大學", "Huawei"]
    assert [(p.name, p.role) for p in found.people] == [
        ("黃嘉欣", "香港理工大學副校長（研究及創新）"), ("林志遠", "華為常務董事"),
        ("鄭國強", "華為計算產品線總裁")]
    assert "華為計算產品線" in found.organizations
    assert found.places == ["Hong Kong"]
    assert found.fields == ["Kunpeng", "Ascend", "Artificial intelligence"]
    assert [e.text for e in found.entities if e.type == "person"] == ["黃嘉欣", "林志遠", "鄭國強"]


def test_the_worlds_capitals_and_big_cities_by_their_chinese_names(extractor: Extractor
                                                                   ) -> None:
    found = extractor.extract("", "华为与朱拉隆功大学在曼谷签署协议，"
                                  "并在内罗毕和墨西哥城设立中心。")
    assert found.places == ["Bangkok", "Nairobi", "Mexico City"]


def test_chinese_roles_across_words_subjects_joined_by_and_and_branches(extractor: Extractor
                                                                         ) -> None:
    found = extractor.extract(
        "", "中兴通讯执行副总裁兼首席技术官王喜林、国家科学及技术委员会副主任委员王雅琪出席。"
            "清华大学计算机科学与技术系、电子工程系和深度学习技术及应用国家工程研究中心参加，"
            "中国电信北京分公司负责人高飞致辞。双方将支持通信与信息工程学院，促进国际关系。")
    assert [p.name for p in found.people] == ["王喜林", "王雅琪", "高飞"]
    assert {"国家科学及技术委员会", "清华大学计算机科学与技术系", "电子工程系",
            "深度学习技术及应用国家工程研究中心", "中国电信北京分公司", "通信与信息工程学院"} <= \
        set(found.organizations)
    assert not any("关系" in name for name in found.organizations)


def test_chinese_names_after_and_written_as_one_word_and_taiwans_cities(extractor: Extractor
                                                                        ) -> None:
    found = extractor.extract(
        "", "臺大電機資訊學院將與鴻海研究院合作，並在臺北與新竹投入電動車與智慧製造研發。"
            "雙方共建「天翼雲—北郵雲計算聯合實驗室」。")
    assert {"臺大電機資訊學院", "鴻海研究院", "天翼雲—北郵雲計算聯合實驗室"} <= \
        set(found.organizations)
    assert found.places == ["Taipei", "Hsinchu"]
    assert found.fields == ["Electric vehicles", "Intelligent manufacturing", "Cloud computing"]


def test_chinese_units_joining_names_a_5g_plus_centre_and_a_district_head(
        extractor: Extractor) -> None:
    found = extractor.extract(
        "南方大学、星河科技与东湖区三方共建智能制造研究院",
        "近日，南方大学、星河科技有限公司与东湖区人民政府签署三方协议，共建“5G+智能制造联合创新中心”。"
        "东湖区区长许文杰出席。南方大学材料科学与工程学院、海洋与地球学院和信息学院参与建设，"
        "重点开展数字孪生、医疗影像和类脑计算研究。")
    assert "5G+智能制造联合创新中心" in found.organizations
    assert {"南方大学材料科学与工程学院", "海洋与地球学院"} <= set(found.organizations)
    assert "智能制造研究院" not in found.partners
    assert [p.name for p in found.people] == ["许文杰"]
    assert {"Digital twin", "Medical imaging", "Neuromorphic computing"} <= set(found.fields)


def test_a_reporter_and_a_correspondent_in_a_byline(extractor: Extractor) -> None:
    found = extractor.extract(
        "", "本报讯（记者 郑雨桐 通讯员 韩立）5月8日，星河科技与南方大学签署合作协议。"
            "记者从学校获悉，双方将共建实验室。")
    assert [(p.name, p.role) for p in found.people] == [("郑雨桐", "记者"), ("韩立", "通讯员")]


def test_chinese_names_end_at_verbs_and_generic_bases_name_no_one(extractor: Extractor) -> None:
    found = extractor.extract(
        "", "学校将把昇腾课程纳入计算机科学与技术学院，依托学院软件与大数据学院共建实训基地，"
            "并依托数据中心集群建设平台。中兴通讯西安研究所所长李强共同为实验室揭牌。"
            "双方将在毫米波通信、智慧农业和智慧旅游等方向开展研究。")
    assert found.organizations == ["计算机科学与技术学院", "软件与大数据学院", "ZTE",
                                   "中兴通讯西安研究所"]
    assert [p.name for p in found.people] == ["李强"]
    assert found.fields == ["Ascend", "Data centres", "Millimetre wave", "Smart agriculture",
                            "Smart tourism"]
