"""The extractor on the seeds (scored) and on sentences it has never seen."""

from __future__ import annotations

import dataclasses
import json
import tomllib

import pytest

from partnerview.core.extract import Extraction, Extractor
from partnerview.core.knowledge import KnowledgeBase
from partnerview.paths import resources_dir
from tests.core.extraction_scorer import score

#: F1 the extractor reaches on each labelled set; a change that lowers one fails. The seeds
#: were the first five articles; the development set is 41 articles written for the tests;
#: the held-out sets are 10 more each, first scored before any rule was fitted to them
#: (held-out: partners 0.67, organisations 0.76, people 0.98, places 0.86, fields 0.66;
#: held-out 2: 0.59, 0.81, 0.95, 0.86, 0.77; held-out 3: 0.73, 0.88, 0.89, 0.93, 0.77;
#: held-out 4: 0.62, 0.82, 0.92, 0.84, 0.78; held-out 5, six articles written after the
#: rules the first four taught: 1.00, 0.91, 0.87, 0.93, 0.71; held-out 6, six more:
#: 0.96, 0.84, 0.91, 1.00, 0.77; held-out 7, six more: 0.87, 0.85, 0.96, 0.86, 0.78).
#: Each was fitted after its first score; only a new set, scored once, says how the rules
#: do on articles nobody has tuned them to.
FLOORS = {
    "seeds": {"partners": 1.0, "organizations": 0.95, "people": 1.0, "places": 1.0,
              "fields": 0.95},
    "devset": {"partners": 0.95, "organizations": 0.91, "people": 0.98, "places": 0.95,
               "fields": 0.95},
    "heldout": {"partners": 0.88, "organizations": 0.94, "people": 0.97, "places": 0.90,
                "fields": 0.93},
    "heldout2": {"partners": 0.93, "organizations": 0.92, "people": 0.97, "places": 0.95,
                 "fields": 0.86},
    "heldout3": {"partners": 0.97, "organizations": 0.97, "people": 0.97, "places": 0.95,
                 "fields": 0.83},
    "heldout4": {"partners": 0.97, "organizations": 0.90, "people": 0.90, "places": 0.88,
                 "fields": 0.86},
    "heldout5": {"partners": 0.95, "organizations": 0.95, "people": 0.95, "places": 0.90,
                 "fields": 0.82},
    "heldout6": {"partners": 0.95, "organizations": 0.95, "people": 0.95, "places": 0.95,
                 "fields": 0.86},
    "heldout7": {"partners": 0.95, "organizations": 0.95, "people": 0.93, "places": 0.94,
                 "fields": 0.82},
    "heldout8": {"partners": 0.97, "organizations": 0.92, "people": 0.97, "places": 0.95,
                 "fields": 0.80},
    "heldout9": {"partners": 0.90, "organizations": 0.95, "people": 0.97, "places": 0.92,
                 "fields": 0.88},
    "heldout10": {"partners": 0.97, "organizations": 0.92, "people": 0.97, "places": 0.95,
                  "fields": 0.92},
    "heldout11": {"partners": 0.97, "organizations": 0.94, "people": 0.95, "places": 0.90,
                  "fields": 0.92},
    "heldout12": {"partners": 0.97, "organizations": 0.92, "people": 0.97, "places": 0.93,
                  "fields": 0.90},
    "heldout13": {"partners": 0.97, "organizations": 0.94, "people": 0.97, "places": 0.93,
                  "fields": 0.90},
    "heldout14": {"partners": 0.95, "organizations": 0.95, "people": 0.97, "places": 0.92,
                  "fields": 0.88},
    "heldout15": {"partners": 0.97, "organizations": 0.92, "people": 0.97, "places": 0.95,
                  "fields": 0.88},
    "heldout16": {"partners": 0.95, "organizations": 0.95, "people": 0.97, "places": 0.85,
                  "fields": 0.92},
    "heldout17": {"partners": 0.95, "organizations": 0.93, "people": 0.93, "places": 0.88,
                  "fields": 0.87},
    "heldout18": {"partners": 0.92, "organizations": 0.92, "people": 0.97, "places": 0.95,
                  "fields": 0.95},
    "heldout19": {"partners": 0.95, "organizations": 0.92, "people": 0.97, "places": 0.90,
                  "fields": 0.77},
    "heldout20": {"partners": 0.92, "organizations": 0.92, "people": 0.97, "places": 0.85,
                  "fields": 0.92},
    "heldout21": {"partners": 0.95, "organizations": 0.90, "people": 0.97, "places": 0.95,
                  "fields": 0.85},
    "heldout22": {"partners": 0.97, "organizations": 0.88, "people": 0.97, "places": 0.83,
                  "fields": 0.90},
    "heldout23": {"partners": 0.97, "organizations": 0.89, "people": 0.90, "places": 0.76,
                  "fields": 0.93},
    "heldout24": {"partners": 0.97, "organizations": 0.90, "people": 0.97, "places": 0.92,
                  "fields": 0.93},
    "heldout25": {"partners": 0.95, "organizations": 0.90, "people": 0.97, "places": 0.90,
                  "fields": 0.87},
    "heldout26": {"partners": 0.97, "organizations": 0.89, "people": 0.90, "places": 0.85,
                  "fields": 0.90},
    "heldout27": {"partners": 0.95, "organizations": 0.88, "people": 0.95, "places": 0.95,
                  "fields": 0.85},
    "heldout28": {"partners": 0.97, "organizations": 0.88, "people": 0.97, "places": 0.90,
                  "fields": 0.90},
    "heldout29": {"partners": 0.97, "organizations": 0.92, "people": 0.95, "places": 0.80,
                  "fields": 0.93},
    "heldout30": {"partners": 0.97, "organizations": 0.95, "people": 0.95, "places": 0.90,
                  "fields": 0.88},
    "heldout31": {"partners": 0.97, "organizations": 0.90, "people": 0.97, "places": 0.88,
                  "fields": 0.95},
    "heldout32": {"partners": 0.95, "organizations": 0.90, "people": 0.97, "places": 0.88,
                  "fields": 0.88},
    "heldout33": {"partners": 0.97, "organizations": 0.90, "people": 0.97, "places": 0.93,
                  "fields": 0.87},
    "heldout34": {"partners": 0.97, "organizations": 0.90, "people": 0.97, "places": 0.90,
                  "fields": 0.90},
    "heldout35": {"partners": 0.97, "organizations": 0.95, "people": 0.97, "places": 0.95,
                  "fields": 0.90},
    "heldout36": {"partners": 0.97, "organizations": 0.90, "people": 0.97, "places": 0.95,
                  "fields": 0.90},
    "heldout37": {"partners": 0.97, "organizations": 0.92, "people": 0.95, "places": 0.87,
                  "fields": 0.88},
    "heldout38": {"partners": 0.97, "organizations": 0.84, "people": 0.90, "places": 0.90,
                  "fields": 0.83},
    "heldout39": {"partners": 0.97, "organizations": 0.90, "people": 0.97, "places": 0.95,
                  "fields": 0.88},
    "heldout40": {"partners": 0.97, "organizations": 0.90, "people": 0.97, "places": 0.92,
                  "fields": 0.82},
    "heldout41": {"partners": 0.97, "organizations": 0.88, "people": 0.97, "places": 0.80,
                  "fields": 0.85},
    "heldout42": {"partners": 0.95, "organizations": 0.90, "people": 0.95, "places": 0.85,
                  "fields": 0.88},
    "heldout43": {"partners": 0.97, "organizations": 0.87, "people": 0.97, "places": 0.92,
                  "fields": 0.88},
    "heldout44": {"partners": 0.97, "organizations": 0.94, "people": 0.97, "places": 0.88,
                  "fields": 0.89},
    "heldout45": {"partners": 0.82, "organizations": 0.91, "people": 0.97, "places": 0.92,
                  "fields": 0.90},
    "heldout46": {"partners": 0.97, "organizations": 0.92, "people": 0.97, "places": 0.94,
                  "fields": 0.89},
    "heldout47": {"partners": 0.97, "organizations": 0.92, "people": 0.97, "places": 0.90,
                  "fields": 0.90},
    "heldout48": {"partners": 0.97, "organizations": 0.96, "people": 0.94, "places": 0.88,
                  "fields": 0.90},
    "heldout49": {"partners": 0.97, "organizations": 0.91, "people": 0.94, "places": 0.88,
                  "fields": 0.86},
    "heldout50": {"partners": 0.95, "organizations": 0.91, "people": 0.97, "places": 0.91,
                  "fields": 0.74},
    "heldout51": {"partners": 0.97, "organizations": 0.92, "people": 0.96, "places": 0.86,
                  "fields": 0.80},
    "heldout52": {"partners": 0.94, "organizations": 0.93, "people": 0.97, "places": 0.88,
                  "fields": 0.74},
    "heldout53": {"partners": 0.97, "organizations": 0.91, "people": 0.97, "places": 0.83,
                  "fields": 0.85},
    "heldout54": {"partners": 0.86, "organizations": 0.90, "people": 0.97, "places": 0.87,
                  "fields": 0.72},
    "heldout55": {"partners": 0.97, "organizations": 0.87, "people": 0.94, "places": 0.92,
                  "fields": 0.92},
    "heldout56": {"partners": 0.94, "organizations": 0.90, "people": 0.97, "places": 0.93,
                  "fields": 0.88},
    "heldout57": {"partners": 0.94, "organizations": 0.95, "people": 0.97, "places": 0.90,
                  "fields": 0.95},
    "heldout58": {"partners": 0.97, "organizations": 0.93, "people": 0.97, "places": 0.91,
                  "fields": 0.88},
    "heldout59": {"partners": 0.94, "organizations": 0.96, "people": 0.97, "places": 0.93,
                  "fields": 0.97},
    "heldout60": {"partners": 0.91, "organizations": 0.97, "people": 0.97, "places": 0.95,
                  "fields": 0.94},
    "heldout61": {"partners": 0.97, "organizations": 0.96, "people": 0.95, "places": 0.90,
                  "fields": 0.96},
    "heldout62": {"partners": 0.83, "organizations": 0.90, "people": 0.97, "places": 0.90,
                  "fields": 0.96},
    "heldout63": {"partners": 0.97, "organizations": 0.92, "people": 0.97, "places": 0.97,
                  "fields": 0.93},
    "heldout64": {"partners": 0.97, "organizations": 0.93, "people": 0.97, "places": 0.95,
                  "fields": 0.95},
    "heldout65": {"partners": 0.97, "organizations": 0.93, "people": 0.97, "places": 0.86,
                  "fields": 0.88},
    "heldout66": {"partners": 0.94, "organizations": 0.88, "people": 0.95, "places": 0.86,
                  "fields": 0.93},
    "heldout67": {"partners": 0.97, "organizations": 0.89, "people": 0.97, "places": 0.95,
                  "fields": 0.93},
    "heldout68": {"partners": 0.97, "organizations": 0.84, "people": 0.95, "places": 0.84,
                  "fields": 0.89},
    "heldout69": {"partners": 0.94, "organizations": 0.87, "people": 0.97, "places": 0.94,
                  "fields": 0.87},
    "heldout70": {"partners": 0.91, "organizations": 0.90, "people": 0.97, "places": 0.96,
                  "fields": 0.89},
    "heldout71": {"partners": 0.97, "organizations": 0.87, "people": 0.97, "places": 0.91,
                  "fields": 0.86},
    "heldout72": {"partners": 0.97, "organizations": 0.93, "people": 0.97, "places": 0.91,
                  "fields": 0.88},
    "heldout73": {"partners": 0.91, "organizations": 0.88, "people": 0.94, "places": 0.95,
                  "fields": 0.92},
    "heldout74": {"partners": 0.91, "organizations": 0.95, "people": 0.97, "places": 0.95,
                  "fields": 0.93},
    "heldout75": {"partners": 0.89, "organizations": 0.92, "people": 0.97, "places": 0.91,
                  "fields": 0.91},
    "heldout76": {"partners": 0.92, "organizations": 0.94, "people": 0.97, "places": 0.84,
                  "fields": 0.88},
    "heldout77": {"partners": 0.97, "organizations": 0.85, "people": 0.91, "places": 0.82,
                  "fields": 0.76},
    "heldout78": {"partners": 0.97, "organizations": 0.91, "people": 0.94, "places": 0.88,
                  "fields": 0.85},
    "heldout79": {"partners": 0.89, "organizations": 0.92, "people": 0.94, "places": 0.89,
                  "fields": 0.84},
    "heldout80": {"partners": 0.97, "organizations": 0.93, "people": 0.97, "places": 0.97,
                  "fields": 0.91},
    "heldout81": {"partners": 0.95, "organizations": 0.92, "people": 0.97, "places": 0.93,
                  "fields": 0.95},
    "heldout82": {"partners": 0.88, "organizations": 0.94, "people": 0.97, "places": 0.94,
                  "fields": 0.89},
    "heldout83": {"partners": 0.97, "organizations": 0.93, "people": 0.97, "places": 0.97,
                  "fields": 0.93},
    "heldout84": {"partners": 0.97, "organizations": 0.91, "people": 0.97, "places": 0.94,
                  "fields": 0.88},
    "heldout85": {"partners": 0.93, "organizations": 0.93, "people": 0.97, "places": 0.87,
                  "fields": 0.87},
    "heldout86": {"partners": 0.97, "organizations": 0.94, "people": 0.97, "places": 0.92,
                  "fields": 0.97},
    "heldout87": {"partners": 0.97, "organizations": 0.90, "people": 0.91, "places": 0.88,
                  "fields": 0.94},
    "heldout88": {"partners": 0.97, "organizations": 0.95, "people": 0.97, "places": 0.90,
                  "fields": 0.90},
    "heldout89": {"partners": 0.97, "organizations": 0.95, "people": 0.97, "places": 0.92,
                  "fields": 0.95},
    "heldout90": {"partners": 0.97, "organizations": 0.96, "people": 0.97, "places": 0.92,
                  "fields": 0.85},
    "heldout91": {"partners": 0.97, "organizations": 0.90, "people": 0.97, "places": 0.87,
                  "fields": 0.88},
    "heldout92": {"partners": 0.97, "organizations": 0.92, "people": 0.97, "places": 0.83,
                  "fields": 0.82},
    "heldout93": {"partners": 0.97, "organizations": 0.92, "people": 0.97, "places": 0.94,
                  "fields": 0.86},
    "heldout94": {"partners": 0.97, "organizations": 0.90, "people": 0.94, "places": 0.88,
                  "fields": 0.90},
    "heldout95": {"partners": 0.97, "organizations": 0.96, "people": 0.93, "places": 0.89,
                  "fields": 0.82},
    "heldout96": {"partners": 0.94, "organizations": 0.93, "people": 0.97, "places": 0.86,
                  "fields": 0.86},
    "heldout97": {"partners": 0.97, "organizations": 0.89, "people": 0.97, "places": 0.85,
                  "fields": 0.92},
    "heldout98": {"partners": 0.97, "organizations": 0.97, "people": 0.97, "places": 0.85,
                  "fields": 0.95},
    "heldout99": {"partners": 0.97, "organizations": 0.92, "people": 0.97, "places": 0.88,
                  "fields": 0.88},
    "heldout100": {"partners": 0.97, "organizations": 0.94, "people": 0.97, "places": 0.91,
                   "fields": 0.93},
    "heldout101": {"partners": 0.97, "organizations": 0.96, "people": 0.97, "places": 0.84,
                   "fields": 0.92},
    "heldout102": {"partners": 0.93, "organizations": 0.92, "people": 0.97, "places": 0.85,
                   "fields": 0.92},
    "heldout103": {"partners": 0.97, "organizations": 0.93, "people": 0.97, "places": 0.84,
                   "fields": 0.94},
    "zh": {"partners": 0.95, "organizations": 0.95, "people": 0.95, "places": 0.95,
           "fields": 0.95},
}


@pytest.mark.parametrize("set_name", FLOORS)
def test_f1_stays_above_its_floor(set_name: str) -> None:
    figures = score(set_name)
    for type_, floor in FLOORS[set_name].items():
        assert figures[type_].f1 >= floor, (type_, figures[type_])


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(KnowledgeBase.load())


def entities(extractor: Extractor, text: str, type_: str) -> list[tuple[str, str]]:
    return [(e.text, e.canonical) for e in extractor.extract("", text).entities
            if e.type == type_]


def people(extractor: Extractor, text: str) -> dict[str, str]:
    return {p.name: p.role for p in extractor.extract("", text).people}


# ------------------------------------------------------------------ organisations


@pytest.mark.parametrize("text,name", [
    ("Officials from Kenyatta University attended.", "Kenyatta University"),
    ("The University of Ibadan hosted the event.", "University of Ibadan"),
    ("Students of Qatar Institute of Technology joined.", "Qatar Institute of Technology"),
    ("Mombasa Vocational College opened a lab.", "Mombasa Vocational College"),
    ("Students from Bandung Polytechnic visited.", "Bandung Polytechnic"),
    ("the School of Electrical Engineering welcomed them", "School of Electrical Engineering"),
    ("Universidad de Chile signed.", "Universidad de Chile"),
    ("Researchers at the Riyadh Centre for Applied AI said.", "Riyadh Centre for Applied AI"),
    ("The Oregon State Assembly approved the funds.", "Oregon State Assembly"),
])
def test_organisations_by_the_shape_of_their_names(extractor: Extractor, text: str,
                                                   name: str) -> None:
    assert name in [canonical for _, canonical in entities(extractor, text, "organization")]


@pytest.mark.parametrize("text,surface,canonical", [
    ("ZTE Corporation and Cairo University signed.", "ZTE Corporation", "ZTE"),
    ("Alibaba Cloud will train students.", "Alibaba Cloud", "Alibaba Cloud"),
    ("Tencent opened an office.", "Tencent", "Tencent"),
    ("IBM and KAUST announced a project.", "KAUST",
     "King Abdullah University of Science and Technology"),
    ("Microsoft Research Asia hosted interns.", "Microsoft Research Asia",
     "Microsoft Research Asia"),
])
def test_known_organisations_and_their_aliases(extractor: Extractor, text: str, surface: str,
                                               canonical: str) -> None:
    assert (surface, canonical) in entities(extractor, text, "organization")


def test_acronym_defined_in_the_text(extractor: Extractor) -> None:
    text = ("Guangzhou City University of Technology (GCUT) and Tencent signed an agreement. "
            "GCUT will host the lab.")
    found = entities(extractor, text, "organization")
    assert ("GCUT", "Guangzhou City University of Technology") in found


def test_acronym_from_the_initials_of_a_name_in_the_article(extractor: Extractor) -> None:
    text = ("Makerere Institute of Technology welcomed IBM. Later, MIT students from "
            "Kampala, wait, MKIT students presented. Nairobi Technical University (NTU) "
            "joined, and NTU staff spoke.")
    found = entities(extractor, text, "organization")
    assert ("NTU", "Nairobi Technical University") in found


def test_misspelling_resolves_to_the_known_name(extractor: Extractor) -> None:
    found = entities(extractor, "A delegation of Tencnet visited the campus.", "organization")
    assert ("Tencnet", "Tencent") in found


def test_ordinary_words_are_not_misspellings(extractor: Extractor) -> None:
    assert entities(extractor, "Hence the Under Secretary spoke.", "organization") == []


# ------------------------------------------------------------------ people


@pytest.mark.parametrize("text,name,role", [
    ("Amina Odhiambo, vice-chancellor of Kenyatta University, said the lab matters.",
     "Amina Odhiambo", "vice-chancellor of Kenyatta University"),
    ("Professor Maria Santos from Universidad de Chile spoke.", "Maria Santos", "Professor"),
    ("The lab will grow, said Ahmed Al Mansouri.", "Ahmed Al Mansouri", ""),
    ("Dean Li Wei opened the forum.", "Li Wei", "Dean"),
    ("Zhang Wei, director of the Alibaba Cloud Academy, attended.", "Zhang Wei",
     "director of the Alibaba Cloud Academy"),
    ("John Smith, CEO of Microsoft Africa, attended.", "John Smith", "CEO of Microsoft Africa"),
    ("Jay Gambetta, IBM Fellow and Vice President of IBM Quantum, said so.", "Jay Gambetta",
     "IBM Fellow and Vice President of IBM Quantum"),
    ("The operator's Chief Executive Officer, Chanda Ng'andu, said so.", "Chanda Ng'andu",
     "Chief Executive Officer"),
    ("The chair is named after former Orvane board member Inés Varela Soto.", "Inés Varela Soto",
     "board member"),
    ("It was opened by the state's secretary of science, technology and innovation, Paulo "
     "Amaral.", "Paulo Amaral", "secretary of science, technology and innovation"),
])
def test_people_with_their_roles(extractor: Extractor, text: str, name: str, role: str) -> None:
    found = people(extractor, text)
    assert name in found, found
    assert found[name] == role


def test_later_short_mention_resolves_to_the_full_name(extractor: Extractor) -> None:
    text = ("Nguyen Van An, president of Hanoi University of Science, met Chen Jie, head of "
            "ZTE Vietnam. President Nguyen thanked ZTE. Chen said more would follow.")
    spans = entities(extractor, text, "person")
    assert ("Nguyen", "Nguyen Van An") in spans or ("President Nguyen", "Nguyen Van An") in spans
    assert ("Chen", "Chen Jie") in spans


# ------------------------------------------------------------------ places, fields, dates


def test_places_but_not_inside_organisation_names(extractor: Extractor) -> None:
    text = "The Wuhan University of Technology team flew from Wuhan to Nairobi, Kenya."
    assert [c for _, c in entities(extractor, text, "place")] == ["Wuhan", "Nairobi", "Kenya"]


@pytest.mark.parametrize("text,field", [
    ("training in A.I. and IoT", "Artificial intelligence"),
    ("training in AI and IoT", "Internet of Things"),
    ("a course on cloud computation", "Cloud computing"),
    ("Kunpeng computing and Ascend chips", "Kunpeng"),
    ("apps on HarmonyOS", "HarmonyOS"),
    ("GaussDB and openGauss", "GaussDB"),
    ("research in cyber security", "Cybersecurity"),
    ("AI tutors in nursing courses", "Healthcare"),
])
def test_fields_and_their_synonyms(extractor: Extractor, text: str, field: str) -> None:
    assert field in [c for _, c in entities(extractor, text, "field")]


def test_ai_is_not_found_inside_words(extractor: Extractor) -> None:
    assert entities(extractor, "said the chair of the board", "field") == []


def test_dates_keep_their_precision_and_never_invent_a_year(extractor: Extractor) -> None:
    found = entities(extractor, "On March 3 they met; in May 2021 they signed.", "date")
    assert found == [("March 3", "--03-03"), ("May 2021", "2021-05")]


# ------------------------------------------------------------------ partners and kind


@pytest.mark.parametrize("title,text,partners", [
    ("Kenyatta University and Safaricom sign MoU", "The deal covers 5G.",
     ["Kenyatta University", "Safaricom"]),
    ("A new chapter", "A cooperation agreement was signed between Cairo University and IBM in "
     "Cairo. Microsoft was also mentioned.", ["Cairo University", "IBM"]),
    ("Chulalongkorn University signs with Huawei", "The School of Engineering of "
     "Chulalongkorn University will host it.", ["Chulalongkorn University", "Huawei"]),
    ("Visit", "Tencent visited Universidad de Chile for talks on cloud.",
     ["Tencent", "Universidad de Chile"]),
])
def test_partners_are_the_parties_not_every_organisation(extractor: Extractor, title: str,
                                                         text: str, partners: list[str]) -> None:
    assert extractor.extract(title, text).partners == partners


def test_a_unit_partner_is_its_parent_institution(extractor: Extractor) -> None:
    result = extractor.extract("Noah's Ark Lab and Tsinghua University launch a joint lab", "")
    assert result.partners == ["Huawei", "Tsinghua University"]


@pytest.mark.parametrize("title,kind", [
    ("ZTE and Cairo University sign agreement", "agreement"),
    ("Tencent and NUS launch joint AI lab", "launch"),
    ("IBM delegation visits KAUST", "visit"),
    ("Forum on AI education held in Lagos", "seminar"),
    ("Students win coding prize", "other"),
])
def test_kind_of_article(extractor: Extractor, title: str, kind: str) -> None:
    assert extractor.extract(title, "").kind == kind


def test_user_knowledge_applies(extractor: Extractor) -> None:
    kb = KnowledgeBase.load(user_entries=[{"type": "organization", "name": "Zorblax",
                                           "aliases": ["ZBX"], "kind": "company",
                                           "parent": ""}])
    found = [(e.text, e.canonical) for e in Extractor(kb).extract("", "ZBX signed.").entities]
    assert ("ZBX", "Zorblax") in found


# ------------------------------------------------------------------ real-article error classes
# Sentences written for these tests, one shape each of what went wrong on real releases.


@pytest.mark.parametrize("text,name", [
    ("Northfield University signs memorandum of understanding with Orion Networks.",
     "Northfield University"),
    ("Accra Technical University's Faculty of Applied Sciences joined the network.",
     "Faculty of Applied Sciences"),
    ("Accra Technical University's Faculty of Applied Sciences joined the network.",
     "Accra Technical University"),
    ("The Lagos Orion + Nova Research Centre opened on Monday.",
     "Lagos Orion + Nova Research Centre"),
    ("Khalifa Gulf University and Ericsson opened the 6G Research Lab on Monday.",
     "6G Research Lab"),
    ("The university's AI Industry College will offer the courses.", "AI Industry College"),
    ("The Universidad Tecnológica de los Andes opened a laboratory.",
     "Universidad Tecnológica de los Andes"),
    ("Officials of the Ministry of Science, Technology and Innovation attended.",
     "Ministry of Science, Technology and Innovation"),
    ("The Office of the Higher Education Commission sent a representative.",
     "Office of the Higher Education Commission"),
    ("Busoga University Vice Chancellor Rev. Dr. Samuel Kiwanuka spoke.", "Busoga University"),
    ("Huawei Jordan and Petra University of Technology signed a memorandum.",
     "Petra University of Technology"),
    ("ZTE signed with Hunan University of Science and Engineering, Shenzhen Polytechnic and "
     "Xi'an Eurasia University.", "Hunan University of Science and Engineering"),
])
def test_organisation_names_keep_their_boundaries(extractor: Extractor, text: str,
                                                  name: str) -> None:
    assert name in extractor.extract("", text).organizations


@pytest.mark.parametrize("text,unit", [
    ("ZTE Kenya signed a memorandum with Rift Valley Technical University.", "ZTE Kenya"),
    ("Universiti Malaya and Huawei Technologies (Malaysia) Sdn Bhd opened a lab.",
     "Huawei Malaysia"),
    ("The Universidad de Sonora signed with Huawei México on Thursday.", "Huawei Mexico"),
])
def test_a_companys_country_unit_is_an_organisation_and_the_partner(
        extractor: Extractor, text: str, unit: str) -> None:
    result = extractor.extract("", text)
    assert unit in result.organizations
    assert unit in result.partners


def test_an_acronym_only_partner_is_kept_as_it_is_written(extractor: Extractor) -> None:
    result = extractor.extract("KSU and ZTE to train 5G engineers",
                               "KSU and ZTE signed the agreement on Monday.")
    assert result.partners == ["KSU", "ZTE"]


def test_an_acronym_resolves_to_the_full_name_written_elsewhere(extractor: Extractor) -> None:
    result = extractor.extract("NFU signs cooperation agreement with Huawei",
                               "Under the agreement, Northfield University will train 300 "
                               "students a year with Huawei.")
    assert result.partners == ["Northfield University", "Huawei"]


@pytest.mark.parametrize("text,partners", [
    ("Huawei signed MoUs with three universities, namely Qassim University, Taibah "
     "University and Najran University.",
     {"Huawei", "Qassim University", "Taibah University", "Najran University"}),
    ("Huawei Thailand signed separately with Chao Phraya University and Lanna Technical "
     "College on Friday.", {"Huawei Thailand", "Chao Phraya University",
                            "Lanna Technical College"}),
    ("The Energy AI Center was jointly founded by Huawei, the Federal University of the "
     "Cerrado and Orion Networks.",
     {"Huawei", "Federal University of the Cerrado", "Orion Networks"}),
])
def test_every_listed_party_is_a_partner(extractor: Extractor, text: str,
                                         partners: set[str]) -> None:
    assert set(extractor.extract("", text).partners) == partners


@pytest.mark.parametrize("text", [
    "Jiangnan Normal University and Huawei signed an agreement, witnessed by the Wuxi "
    "Municipal Education Bureau.",
    "Jiangnan Normal University and Huawei signed an agreement in the presence of the "
    "Higher Council for Science and Technology.",
])
def test_a_body_that_only_witnesses_is_not_a_partner(extractor: Extractor, text: str) -> None:
    assert set(extractor.extract("", text).partners) == {"Jiangnan Normal University", "Huawei"}


@pytest.mark.parametrize("text,places", [
    ("NAIROBI, May 14 -- The university signed the agreement.", {"Nairobi"}),
    ("Kenyan and Ugandan students will train in Arusha.", {"Kenya", "Uganda", "Arusha"}),
    ("The programme will reach students across Southeast Asia and the Middle East.",
     {"Southeast Asia", "Middle East"}),
    ("The centre in Bogotá serves Medellín and Valparaíso too.",
     {"Bogotá", "Medellín", "Valparaíso"}),
    ("The University of Lagos Mainland hosted reading sessions.", set()),
])
def test_places_come_from_the_gazetteer_and_stay_out_of_names(
        extractor: Extractor, text: str, places: set[str]) -> None:
    assert set(extractor.extract("", text).places) == places


@pytest.mark.parametrize("text,fields", [
    ("The lab applies AI to power grids, solar power and wind energy.",
     {"Artificial intelligence", "Smart grid", "Solar energy", "Wind energy"}),
    ("Courses cover e-health, fintech and smart farming.",
     {"Digital health", "Fintech", "Smart agriculture"}),
    ("Students learn data communication, Wi-Fi and open RAN.",
     {"Networking", "Wireless communication", "Open RAN"}),
    # A narrower term is a field of its own under its parent, not folded into a wider one
    # ("manufacturing" is not "Intelligent manufacturing", "antennas" not "Wireless").
    ("The centre designs antennas, terahertz links and FPGA boards for VLSI manufacturing.",
     {"Antennas", "Terahertz communication", "FPGA", "Chip design", "Manufacturing"}),
    ("Studios teach game engine technology; the port studies intelligent shipping.",
     {"Game engines", "Maritime"}),
    ("The FabLab offers digital fabrication, web development and disaster mitigation.",
     {"3D printing", "Web development", "Emergency management"}),
    ("The chair studies financial inclusion for informal workers.", {"Financial inclusion"}),
])
def test_fields_of_applied_domains_are_found_and_normalised(
        extractor: Extractor, text: str, fields: set[str]) -> None:
    assert set(extractor.extract("", text).fields) == fields


@pytest.mark.parametrize("text,name,role", [
    ("Ana Ruiz, Chair and CEO of Orion Networks, spoke.", "Ana Ruiz",
     "Chair and CEO of Orion Networks"),
    ("It was opened by H.E. Amb. Thomas Kwesi Quartey on Monday.", "Thomas Kwesi Quartey", ""),
    ("The Minister, Dato' Seri Dr. Zambry Abdul Kadir, attended.", "Zambry Abdul Kadir", ""),
    ("Rector María José Fuentes Araya signed for the university.", "María José Fuentes Araya",
     "Rector"),
    ("By Sarah Namuli\n\nJINJA -- The hub opened.", "Sarah Namuli", ""),
    ("Lana Khalaf, Microsoft Qatar general manager, attended.", "Lana Khalaf",
     "Microsoft Qatar general manager"),
    # Indonesian "H." (Haji) is a form of address; a byline may carry the writer's title.
    ("It was signed before the Governor of Riau, H. Agus Salim.", "Agus Salim", ""),
    # Brunei's forms of address, and a father's name that carries one after "bin"/"binti".
    ("Signing for the college was its Rector Dato Seri Setia Dr Haji Rosli bin Haji Tahir.",
     "Rosli bin Haji Tahir", "Rector"),
    ("The firm was represented by its Chief Executive Officer Hajah Siti Rahmah binti Hj "
     "Omar.", "Siti Rahmah binti Hj Omar", "Chief Executive Officer"),
    ("Also present was the Dean, Pg Dr Hj Faisal Pg Hj Ismail.", "Faisal Pg Hj Ismail", ""),
    ("By Tomas Brennan, Staff Writer\n\nCORK -- The lab opened.", "Tomas Brennan", ""),
    # A person whose surname is also a town ("Valenzuela") is a person by their role.
    ("Andrés Valenzuela, Undersecretary of Science, attended.", "Andrés Valenzuela",
     "Undersecretary of Science"),
])
def test_people_with_honorifics_roles_after_commas_and_bylines(
        extractor: Extractor, text: str, name: str, role: str) -> None:
    found = people(extractor, text)
    assert name in found
    if role:
        assert found[name] == role


@pytest.mark.parametrize("text,names", [
    # The last "and" is the one between two complete names.
    ("Khalifa University of Science and Technology and Gulf Quantum Labs signed it.",
     {"Khalifa University", "Gulf Quantum Labs"}),
    ("It was signed between Orion of Sri Lanka and the Ceylon Institute of Information "
     "Technology.", {"Orion", "Ceylon Institute of Information Technology"}),
    # "-based" tells where a company is, and is no part of its name.
    ("The university signed with Pune-based Nexora Systems for IoT research.",
     {"Nexora Systems"}),
    # A name's first word before "of" stays when it is no plural, role or person.
    ("Students of RPI's Future of Computing Institute won.", {"Future of Computing Institute"}),
    ("Zhang Lin of Sichuan University spoke.", {"Sichuan University"}),
    # A company's research arm; a news agency in a dateline.
    ("ABU DHABI (WAM) -- IBM Research and Microsoft Research joined.",
     {"Emirates News Agency", "IBM Research", "Microsoft Research"}),
    # A connector is only a connector in lower case: "Da Nang", "De La Salle".
    ("Da Nang Polytechnic College opened a lab.", {"Da Nang Polytechnic College"}),
    # A name joined by a dash is one name; "About" heads a boilerplate paragraph.
    ("The TUL–Zhonglian 6G Research Centre opens.", {"TUL–Zhonglian 6G Research Centre"}),
    ("About Orion Networks\nOrion Networks makes routers.", {"Orion Networks"}),
])
def test_organisation_boundaries_on_unseen_shapes(extractor: Extractor, text: str,
                                                  names: set[str]) -> None:
    assert set(extractor.extract("", text).organizations) == names


def test_a_short_form_resolves_to_the_full_name_given_earlier(extractor: Extractor) -> None:
    text = ("Northgate University of Science and Technology signed with Orion Networks. "
            "The president of Northgate University spoke.")
    assert extractor.extract("", text).organizations == [
        "Northgate University of Science and Technology", "Orion Networks"]


def test_a_place_is_never_read_as_a_misspelt_company(extractor: Extractor) -> None:
    found = extractor.extract("", "The company's research centre in Suwon opened.")
    assert found.places == ["Suwon"] and found.organizations == []


def test_a_title_ending_in_a_role_is_not_a_person(extractor: Extractor) -> None:
    found = people(extractor, "Mrs. Funmi Adeyemi, Chief Human Resources Officer of MTN "
                              "Nigeria, said 200 students would benefit.")
    assert list(found) == ["Funmi Adeyemi"]


def test_a_ministry_hosting_a_signing_is_not_a_partner(extractor: Extractor) -> None:
    text = ("A memorandum was signed at the Ministry of Technology between Orion Networks "
            "and the Ceylon Institute of Information Technology.")
    assert extractor.extract("", text).partners == [
        "Orion Networks", "Ceylon Institute of Information Technology"]


@pytest.mark.parametrize("text,partners", [
    ("State-owned operator Netvoni yesterday opened a lab at Midlands State University.",
     ["Netvoni", "Midlands State University"]),
    ("An agreement was signed between Lumenor and the University of Calicut on Monday.",
     ["Lumenor", "University of Calicut"]),
    ("Wits University and Velocom have signed a partnership agreement.",
     ["Wits University", "Velocom"]),
    ("Telvia and the Politecnico di Torino have launched a joint lab.",
     ["Telvia", "Politecnico di Torino"]),
    ("Northgate University signed a memorandum of understanding with e-commerce company "
     "Shopora on Thursday.", ["Northgate University", "Shopora"]),
])
def test_a_company_named_without_a_head_word_is_found_where_it_signs(
        extractor: Extractor, text: str, partners: list[str]) -> None:
    assert extractor.extract("", text).partners == partners


@pytest.mark.parametrize("text", [
    "Dr. Ruwan Perera signed for Northgate University.",
    "President Wang signed the agreement with Orion Networks.",
    "Orion Networks and Selina Yuan, President of Northgate University, signed it.",
    "Northgate University and Zeng Weisheng signed the agreement.",
    "Orion Networks' country director, Ratna Kusumawati, signed it for Northgate University.",
])
def test_a_person_who_signs_is_no_company(extractor: Extractor, text: str) -> None:
    found = extractor.extract("", text)
    assert not set(found.organizations) - {"Northgate University", "Orion Networks"}


@pytest.mark.parametrize("text,partners", [
    # A sentence does not end at "Inc." or "Dr.": the signing sentence keeps both parties.
    ("Lakeshore State University and Meridian Compute Inc. announced a $25 million "
     "partnership.", ["Lakeshore State University", "Meridian Compute"]),
    # The owner named in an apposition is no party; a body the article calls a partner is.
    ("Andes Cloud, the cloud subsidiary of Cordillera Group, signed an agreement with "
     "Universidad de Temuco.", ["Andes Cloud", "Universidad de Temuco"]),
    ("Northgate University and Orion Networks signed an agreement on 6G. The Fraunhofer "
     "Institute for Microwave Systems, a third partner, will test antennas.",
     ["Northgate University", "Orion Networks", "Fraunhofer Institute for Microwave Systems"]),
    # "-based" says where a party is, not what it is called.
    ("Nile Valley University and the Gulf-based Qamar Holding have signed an agreement.",
     ["Nile Valley University", "Qamar Holding"]),
])
def test_parties_across_abbreviations_appositions_and_third_partners(
        extractor: Extractor, text: str, partners: list[str]) -> None:
    assert extractor.extract("", text).partners == partners


def test_a_company_found_where_it_signs_is_found_everywhere(extractor: Extractor) -> None:
    found = extractor.extract("Netvoni opens 5G lab", "Netvoni signed with Midlands State "
                              "University. Later, Netvoni engineers taught there.")
    assert [e.text for e in found.entities if e.canonical == "Netvoni"] == ["Netvoni"] * 2
    assert found.partners == ["Netvoni", "Midlands State University"]


@pytest.mark.parametrize("text,names", [
    # "Calicut University" and "University of Calicut" are one university.
    ("The University of Calicut signed. Calicut University students cheered.",
     ["University of Calicut"]),
    # What "of" names is no head: one department, not two names.
    ("Students of the Department of Electronics and Telecommunications won.",
     ["Department of Electronics and Telecommunications"]),
])
def test_one_organisation_under_two_shapes(extractor: Extractor, text: str,
                                           names: list[str]) -> None:
    assert extractor.extract("", text).organizations == names


def test_a_lab_named_after_a_company_belongs_to_it(extractor: Extractor) -> None:
    text = ("Wits University and Velocom have signed an agreement to establish the Velocom "
            "Industry Solutions Laboratory.")
    assert extractor.extract("", text).partners == ["Wits University", "Velocom"]


@pytest.mark.parametrize("text,places", [
    ("The lab cost US$60 000 and serves North American supply chains.", ["North America"]),
    ("Courses are taught in Bahasa Indonesia.", []),
])
def test_currency_and_language_names_are_no_places(extractor: Extractor, text: str,
                                                   places: list[str]) -> None:
    assert extractor.extract("", text).places == places


def test_names_that_start_with_initials(extractor: Extractor) -> None:
    found = people(extractor, "The MoU was signed by Dr. K. Jayakumar, Vice Chancellor of the "
                              "university, and MSU Pro-Vice Chancellor Professor Tendai Mavima.")
    assert found == {"K. Jayakumar": "Vice Chancellor of the university",
                     "Tendai Mavima": "Professor"}


@pytest.mark.parametrize("text,partners", [
    ("Genovia said on Thursday it has signed a memorandum with Northgate University.",
     ["Genovia", "Northgate University"]),
    ("The national mobile provider, Dialink, recently signed an MoU with Northgate "
     "University.", ["Dialink", "Northgate University"]),
    ("Pharmedica, the generic medicines maker, and the University of Nicosia have signed "
     "a memorandum.", ["Pharmedica", "University of Nicosia"]),
    ("German chemicals group Bayern Chemie said it has signed an agreement with POSTECH.",
     ["Bayern Chemie", "POSTECH"]),
    ("Vietnam's FPT Software and Northgate University have signed an agreement.",
     ["FPT Software", "Northgate University"]),
])
def test_parties_in_more_of_the_shapes_releases_use(extractor: Extractor, text: str,
                                                    partners: list[str]) -> None:
    assert extractor.extract("", text).partners == partners


def test_a_title_names_the_parties_the_text_gives_in_full(extractor: Extractor) -> None:
    title = "Telecom PSU Sancharnet partners with IIT Madras and Anna University"
    text = ("Sancharnet Limited has entered into a partnership with the Indian Institute of "
            "Technology Madras and Anna University.")
    assert extractor.extract(title, text).partners == [
        "Sancharnet", "Indian Institute of Technology Madras", "Anna University"]


def test_an_acronym_for_the_second_of_two_names(extractor: Extractor) -> None:
    text = ("ZTE Corporation and Nanjing University of Posts and Telecommunications (NJUPT) "
            "held a ceremony. NJUPT students attended.")
    found = extractor.extract("", text)
    assert found.organizations == ["ZTE", "Nanjing University of Posts and Telecommunications"]


def test_a_person_after_a_company_and_a_role(extractor: Extractor) -> None:
    found = people(extractor, "Dialink signed it. Dialink Chairman Nimal Wijesinghe spoke, and "
                              "Andreas Christou, the company's research director, agreed.")
    assert set(found) == {"Nimal Wijesinghe", "Andreas Christou"}


def test_a_title_splits_where_its_text_named_the_parties_apart(extractor: Extractor) -> None:
    title = "Thalorix and Université Grenoble Alpes create joint lab"
    text = ("French chip company Thalorix and Université Grenoble Alpes (UGA) have created a "
            "joint laboratory. UGA researchers will join.")
    assert extractor.extract(title, text).partners == ["Thalorix", "Université Grenoble Alpes"]


def test_a_company_is_named_without_its_legal_form(extractor: Extractor) -> None:
    title = "Zenara Bank partners three universities"
    text = ("Zenara Bank Plc has signed agreements with the University of Lagos, Covenant "
            "University and Ahmadu Bello University.")
    assert extractor.extract(title, text).partners == [
        "Zenara Bank", "University of Lagos", "Covenant University", "Ahmadu Bello University"]


def test_nordic_legal_forms_are_left_out_too(extractor: Extractor) -> None:
    text = ("Vantora Oyj and the University of Kuopio signed a research agreement. The work is "
            "co-funded by Brekka ASA and Sundel AB.")
    found = extractor.extract("", text)
    assert found.partners == ["Vantora", "University of Kuopio", "Brekka", "Sundel"]


def test_an_acronym_with_its_city_is_one_name(extractor: Extractor) -> None:
    text = ("Samsung has opened labs at IIT-Kanpur and IIT Guwahati. Teachers from UET Lahore "
            "trained in Kanpur.")
    found = extractor.extract("", text)
    assert found.organizations == ["Samsung", "IIT Kanpur", "IIT Guwahati", "UET Lahore"]
    assert found.places == ["Kanpur"]
    text = "Orvane signed an agreement with the National Institute of Engineering (NIE Mysore)."
    assert extractor.extract("", text).partners == ["Orvane", "National Institute of Engineering"]


def test_a_programme_is_named_before_the_word(extractor: Extractor) -> None:
    text = ("Students join the Orvane Skills Bridge programme and the university's Wave Six "
            "initiative, not its BSc programme.")
    assert extractor.extract("", text).organizations == ["Orvane Skills Bridge", "Wave Six"]


def test_a_news_agency_reports_and_signs_nothing(extractor: Extractor) -> None:
    text = ("Orvane and the University of Mafraq signed an agreement on Sunday, the Jordan News "
            "Agency reported.")
    found = extractor.extract("", text)
    assert found.partners == ["Orvane", "University of Mafraq"]
    assert "Jordan News Agency" in found.organizations


def test_a_name_after_an_office_for_a_place_or_a_portfolio(extractor: Extractor) -> None:
    text = ("Rector Ana Petrova and Huawei's General Manager in Serbia Zhao Min signed the "
            "agreement in Niš, with the Vice President for Public Affairs Marko Ilić.")
    found = extractor.extract("", text)
    assert [p.name for p in found.people] == ["Ana Petrova", "Zhao Min", "Marko Ilić"]
    assert found.organizations == ["Huawei"]
    assert found.places == ["Serbia", "Niš"]


def test_a_lab_at_a_school_in_a_municipality(extractor: Extractor) -> None:
    text = ("Airtel, in partnership with the Mbeya Digital Business Incubator (MDBi), has "
            "opened a lab at Uyole Primary School in Mbeya Municipality. MDBi will run it.")
    found = extractor.extract("", text)
    assert found.partners == ["Airtel", "Mbeya Digital Business Incubator", "Uyole Primary School"]
    assert ("MDBi", "Mbeya Digital Business Incubator") in entities(extractor, text,
                                                                      "organization")


def test_a_judge_addressed_as_justice_and_fields_of_a_mobile_classroom(
        extractor: Extractor) -> None:
    text = ("The truck, a shipping container with laptops, will teach online safety to close "
            "the digital divide. Justice Amos Kerenge, the board's chairman, attended.")
    found = extractor.extract("", text)
    assert [p.name for p in found.people] == ["Amos Kerenge"]
    assert found.fields == ["Cybersecurity", "Digital inclusion"]


def test_an_acronym_in_brackets_inside_a_name(extractor: Extractor) -> None:
    text = ("Orvane and the University of Evora will set up a Digital Learning Technologies "
            "(DLT) Academy at the university.")
    found = extractor.extract("", text)
    assert found.organizations == [
        "Orvane", "University of Evora", "Digital Learning Technologies (DLT) Academy"]


def test_an_exchange_after_a_parent_and_an_exam_named_by_a_company(
        extractor: Extractor) -> None:
    text = ("Amazon Web Services (AWS), an Amazon.com, Inc. company (NASDAQ: AMZN), and Rice "
            "College will prepare students for AWS Certified Cloud Practitioner and AWS "
            "Certified AI Practitioner exams.")
    assert extractor.extract("", text).organizations == [
        "Amazon Web Services", "NASDAQ", "Rice College"]


def test_an_industry_college_is_no_party_and_a_road_no_place(extractor: Extractor) -> None:
    text = ("Yuzhou Vocational College and Huawei held a signing ceremony for the \"Kunpeng "
            "Industry College\" on Leeds Road in Bavaria, before the Minister Delegate in "
            "charge of Digital Transition. It will train students in cloud computing and "
            "prepare them for jobs.")
    found = extractor.extract("", text)
    assert found.partners == ["Yuzhou Vocational College", "Huawei"]
    assert found.places == ["Bavaria"]
    assert found.fields == ["Cloud computing"]


def test_two_schools_joined_by_and(extractor: Extractor) -> None:
    text = "The college's School of Software and School of Design will take part."
    assert extractor.extract("", text).organizations == ["School of Software", "School of Design"]


def test_a_company_unit_for_two_countries_joined_by_an_ampersand(extractor: Extractor) -> None:
    found = extractor.extract("", "Ana Ruiz, Chief Executive of Siemens UK & Ireland, spoke.")
    assert found.organizations == ["Siemens UK & Ireland"]
    assert found.places == []


def test_a_city_by_another_spelling_of_its_name(extractor: Extractor) -> None:
    found = extractor.extract("", "The network will reach Hawassa, Karshi and Goettingen.")
    assert found.places == ["Awasa", "Qarshi", "Göttingen"]


def test_a_centre_for_training_in_a_subject_and_an_observatory(extractor: Extractor) -> None:
    text = ("Orvane funds our Centre for Doctoral Training in Quantum Materials, and the Cerro "
            "Alto Observatory will join.")
    assert extractor.extract("", text).organizations == [
        "Centre for Doctoral Training in Quantum Materials", "Cerro Alto Observatory"]


def test_parties_that_announce_before_an_earlier_partnership(extractor: Extractor) -> None:
    text = ("Bajío Institute of Technology and Microsoft announced on Tuesday a new AI centre. "
            "The institute previously opened a lab with Cisco.")
    assert extractor.extract("", text).partners == ["Bajío Institute of Technology", "Microsoft"]


def test_a_name_with_a_word_that_starts_in_small_letters(extractor: Extractor) -> None:
    text = ("TCS eLab, the research unit of Tata Consultancy Services, has signed an MoU with "
            "Anna University to open a TCS eLab Skills Hub. The iFLYTEK AI Industry College "
            "will host it.")
    found = extractor.extract("", text)
    assert found.partners == ["TCS eLab", "Anna University"]
    assert found.organizations == ["TCS eLab", "Tata Consultancy Services", "Anna University",
                                   "TCS eLab Skills Hub", "iFLYTEK AI Industry College"]


def test_a_city_in_a_legal_name_an_italian_form_and_a_language(extractor: Extractor) -> None:
    text = ("Tianhe University (THU) and Baidu Online Network Technology (Beijing) Co., Ltd. "
            "signed an agreement. Vodafone Italia S.p.A. will teach the courses in English and "
            "French.")
    found = extractor.extract("", text)
    assert found.organizations == ["Tianhe University", "Baidu", "Vodafone Italy"]
    assert found.places == []
    assert found.fields == []


def test_italian_names(extractor: Extractor) -> None:
    text = ("The Dipartimento di Informatica e Sistemistica (DIS) will run the lab with the "
            "Consorzio Interuniversitario per le Reti (CIR) and the Fondazione Ricerca Sud.")
    assert extractor.extract("", text).organizations == [
        "Dipartimento di Informatica e Sistemistica", "Consorzio Interuniversitario per le Reti",
        "Fondazione Ricerca Sud"]


def test_funding_is_a_partnership_too(extractor: Extractor) -> None:
    text = ("Cloud provider Nimbus Cloud said Wednesday it will invest $25 million in "
            "education at Howard University and Spelman College.")
    assert extractor.extract("", text).partners == [
        "Nimbus Cloud", "Howard University", "Spelman College"]


def test_a_company_after_a_description_with_capitals(extractor: Extractor) -> None:
    text = "Curtin University has teamed up with Western Australian start-up OreSight to grow."
    assert extractor.extract("", text).partners == ["Curtin University", "OreSight"]


def test_an_acronym_in_capitals_is_a_place_only_in_a_dateline(extractor: Extractor) -> None:
    assert extractor.extract("", "NAIROBI -- Researchers of the TIMA laboratory met.").places \
        == ["Nairobi"]


def test_no_name_of_the_taxonomy_means_two_fields() -> None:
    import tomllib
    from collections import defaultdict

    from partnerview.paths import resources_dir

    meanings: dict[str, set[str]] = defaultdict(set)
    for field in tomllib.loads((resources_dir() / "fields.toml").read_text("utf-8"))["field"]:
        for name in (field["name"], *field.get("aliases", ())):
            meanings[name if len(name) <= 3 or name.isupper() else name.casefold()].add(
                field["name"])
    assert {name: fields for name, fields in meanings.items() if len(fields) > 1} == {}


@pytest.mark.parametrize("text,fields", [
    ("The academy will train students in ethical hacking, cloud security and data analytics.",
     ["Ethical hacking", "Cloud security", "Data analytics"]),
    ("It pays for six doctoral students working on rural connectivity and spectrum sharing.",
     ["Broadband", "Spectrum sharing"]),
    # Lists of other things are no fields.
    ("The number of AI courses in universities continues to grow.", ["Artificial intelligence"]),
    ("Cooperation in the areas of innovative talents cultivation and core technologies.", []),
])
def test_fields_a_partnership_lists_are_found_beyond_the_taxonomy(
        extractor: Extractor, text: str, fields: list[str]) -> None:
    assert extractor.extract("", text).fields == fields


def test_an_articles_own_acronym_wins_over_the_knowledge_bases(extractor: Extractor) -> None:
    text = ("Warsaw University of Technology (WUT) and PixelForge opened a lab. WUT students "
            "will use it.")
    assert extractor.extract("", text).organizations == [
        "Warsaw University of Technology", "PixelForge"]


def test_a_company_before_a_description_and_a_verb(extractor: Extractor) -> None:
    text = ("Nile Datacom, one of Egypt's largest data centre operators, signed a protocol "
            "with Alexandria University.")
    assert extractor.extract("", text).partners == ["Nile Datacom", "Alexandria University"]


def test_names_and_names_of_labs_in_more_scripts_and_shapes(extractor: Extractor) -> None:
    found = extractor.extract("", "PixelForge co-founder Marta Zielińska said it works. ZTE "
                                  "opened the 5G+ Industrial Internet Joint Laboratory.")
    assert [p.name for p in found.people] == ["Marta Zielińska"]
    assert "5G+ Industrial Internet Joint Laboratory" in found.organizations


def test_a_role_inside_a_run_of_capitals_ends_the_company(extractor: Extractor) -> None:
    found = extractor.extract("", "Equinox Bank Kenya Managing Director Grace Wambui said "
                                  "young innovators would shape banking.")
    assert [p.name for p in found.people] == ["Grace Wambui"]
    assert all("Managing" not in name for name in found.organizations)


def test_a_company_the_article_names_alone_is_split_from_a_university(
        extractor: Extractor) -> None:
    text = ("The Georgia Institute of Technology and Helix Compute, a maker of AI chips, "
            "announced a collaboration. Helix Compute vice president Lisa Chen spoke.")
    assert extractor.extract("", text).partners == [
        "Georgia Institute of Technology", "Helix Compute"]


def test_a_unit_written_after_its_university_belongs_to_it(extractor: Extractor) -> None:
    found = extractor.extract("", "Zhejiang University College of Agriculture and "
                                  "Biotechnology provided the data.")
    assert found.organizations == ["Zhejiang University", "College of Agriculture and "
                                                          "Biotechnology"]


def test_a_dateline_names_a_town_the_gazetteer_lacks(extractor: Extractor) -> None:
    found = extractor.extract("", "Kampung Baru, Malaysia, 14 March 2026 – A lab opened.\n\n"
                                  "Officials visited Northfield, Malaysia as well.")
    assert found.places == ["Kampung Baru", "Malaysia"]
    shouted = extractor.extract("", "TEMBUSU, Malaysia — A lab opened.")
    assert shouted.places == ["Tembusu", "Malaysia"]
    # Not a dateline: the place after the comma is unknown, or the name is a person's.
    assert extractor.extract("", "Orion, Nova and Vega signed.").places == []


def test_a_chinese_name_in_three_parts_before_a_comma(extractor: Extractor) -> None:
    found = extractor.extract("", "The ceremony was attended by Assoc. Prof. Dr. Tan Wee "
                                  "Keong, Dean of the Faculty of Computing. Wang Fazhou "
                                  "Chairs the board; Zhang Chi said it was a start.")
    assert [p.name for p in found.people] == ["Tan Wee Keong", "Wang Fazhou", "Zhang Chi"]


def test_a_headline_that_shortens_a_name_means_the_name_in_full(
        extractor: Extractor) -> None:
    found = extractor.extract(
        "Red Sea University of Science and Nimbus Cloud to build language models",
        "Red Sea University of Science and Technology (RSUST) and Nimbus Cloud have agreed "
        "to build a research platform, under an agreement signed on Sunday.")
    assert found.partners == ["Red Sea University of Science and Technology", "Nimbus Cloud"]


def test_fields_of_telecoms_and_quantum_work(extractor: Extractor) -> None:
    found = extractor.extract("", "The programme covers core networks and optical "
                                  "transmission; the hub works on quantum chemistry, quantum "
                                  "software and cloud gaming for agribusiness.")
    assert found.fields == ["Core networks", "Optical communication", "Quantum chemistry",
                            "Quantum software", "Cloud gaming", "Agriculture"]



def test_an_office_title_names_no_field(extractor: Extractor) -> None:
    found = extractor.extract("", "The Minister of Communications, Innovation and Digital "
                                  "Economy and the Ministry for IT and Telecommunication "
                                  "attended. The lab works on the digital economy.")
    assert found.fields == ["Digital economy"]


def test_malaysian_titles_and_names(extractor: Extractor) -> None:
    found = extractor.extract("", "The MoU was signed by UTM Vice-Chancellor Prof Datuk Ts Dr "
                                  "Mohd Shafry Mohd Rahim and TM Group Chief Executive Officer "
                                  "Amar Huzaimi Md Deris. Orion MD Kevin Otieno spoke.")
    assert [(p.name, p.role) for p in found.people] == [
        ("Mohd Shafry Mohd Rahim", "UTM Vice-Chancellor"),
        ("Amar Huzaimi Md Deris", "Group Chief Executive Officer"),
        ("Kevin Otieno", "MD")]



# ------------------------------------------------------------------ tenth held-out set


def test_colleges_listed_as_founding_members_are_all_partners(extractor: Extractor) -> None:
    found = extractor.extract(
        "Three colleges join Lumen Systems' robotics centre",
        "Lumen Systems today announced a robotics centre for students. The founding members "
        "are Kettle Hill College, Norvale A&M University and the University of Saltmarsh. "
        "Rivermouth University, Lakeland College and Dunhill University ran the pilot last "
        "year.")
    assert found.partners == ["Lumen Systems", "Kettle Hill College", "Norvale A&M University",
                              "University of Saltmarsh"]
    assert "Norvale A&M University" in found.organizations  # "&" inside a name


def test_a_company_unit_for_two_countries_and_its_international_arm(
        extractor: Extractor) -> None:
    found = extractor.extract("", "Microsoft Australia and New Zealand signed with the "
                                  "university. Jean Roy, president of Microsoft International, "
                                  "spoke. Huawei Kenya and Strathmore University signed too.")
    assert found.organizations == ["Microsoft Australia and New Zealand",
                                   "Microsoft International", "Huawei Kenya",
                                   "Strathmore University"]
    assert "New Zealand" not in found.places  # a word of the unit's name


def test_noise_before_and_after_a_name_is_no_part_of_it(extractor: Extractor) -> None:
    found = extractor.extract("", "Staff of the Office of Academic Affairs and Huawei "
                                  "Technologies Co. Ltd of China attended. Mrs. Ada Eze, "
                                  "Enterprise Solutions Manager at Huawei, spoke.")
    assert found.organizations == ["Office of Academic Affairs", "Huawei"]
    assert found.places == ["China"]


def test_a_newspaper_and_a_national_news_agency_are_organisations(
        extractor: Extractor) -> None:
    found = extractor.extract("", "The academy opens next year, the newspaper Diário de "
                                  "Moçambique reports. The lab has 40 servers, Agerpres "
                                  "informs.")
    assert found.organizations == ["Diário de Moçambique", "Agerpres"]


def test_a_state_after_its_name_and_a_wire_datelines_us_state(extractor: Extractor) -> None:
    found = extractor.extract("", "NSUKKA, Enugu State — The university signed.")
    assert found.places == ["Nsukka", "Enugu State"]
    wire = extractor.extract("", "ARMONK, N.Y., Sept. 21, 2026 /PRNewswire/ -- IBM announced.")
    assert wire.places == ["Armonk", "New York"]
    # "State" after a word that is no place makes no place.
    assert extractor.extract("", "The Federal State funds it.").places == []


def test_narrower_fields_of_ai_quantum_science_and_health(extractor: Extractor) -> None:
    found = extractor.extract("", "Research covers generative AI, quantum information "
                                  "science, environmental science, biochemistry and health.")
    assert found.fields == ["Generative AI", "Quantum information science",
                            "Environmental science", "Biochemistry", "Healthcare"]


# ------------------------------------------------------------------ eleventh held-out set


def test_a_partnership_sentence_with_partnered_and_an_owner_in_dashes(
        extractor: Extractor) -> None:
    found = extractor.extract(
        "Alibaba to train students in Pakistan",
        "ISLAMABAD: Alibaba Cloud, the cloud computing arm of the Alibaba Group, has partnered "
        "with the Higher Education Commission (HEC) of Pakistan. Vantex, a solutions provider "
        "under Meridian Industries, joined forces with Lowbridge University.")
    assert found.partners == ["Alibaba Cloud", "Higher Education Commission"]


def test_a_japanese_legal_form_and_a_commission_named_by_a_list(extractor: Extractor) -> None:
    found = extractor.extract("", "Huawei Technologies Japan K.K. signed with SIT. The "
                                  "Communications, Space and Technology Commission (CST) will "
                                  "accredit the courses; CST said so.")
    assert found.organizations == ["Huawei Japan", "SIT",  # a country unit, as "Huawei Kenya"
                                   "Communications, Space and Technology Commission"]


def test_a_known_place_is_no_person_and_a_sales_region_no_place(extractor: Extractor) -> None:
    found = extractor.extract("", "It costs millions of Hong Kong dollars, said Leo Fang, "
                                  "General Manager of the North Asia Region at Alibaba Cloud. "
                                  "Santa Catarina Industry Federation (FIESC) attended.")
    assert [p.name for p in found.people] == ["Leo Fang"]
    assert found.places == ["Hong Kong", "North Asia"]
    assert "Santa Catarina Industry Federation" in found.organizations


def test_fields_of_agents_process_automation_and_efficiency(extractor: Extractor) -> None:
    found = extractor.extract("", "The lab works on AI agents, hyper-automation and "
                                  "energy-efficient transceivers.")
    assert found.fields == ["AI agents", "Process automation", "Energy efficiency"]


# ------------------------------------------------------------------ twelfth held-out set


def test_a_name_after_an_office_named_by_a_list(extractor: Extractor) -> None:
    found = extractor.extract("", "Attending were Deputy Minister of Education and Training "
                                  "Hoang Minh Son and, with him, Minister of Science and ICT "
                                  "Yoo Sang-im. It was signed by Dr. Omar Al Rashdi, "
                                  "President of Dunes University, and Lina Al Habsi, Chief "
                                  "Executive Officer of Orion Quantum.")
    assert [(p.name, p.role) for p in found.people][:2] == [
        ("Hoang Minh Son", "Deputy Minister of Education and Training"),
        ("Yoo Sang-im", "Minister of Science and ICT")]
    assert "Lina Al Habsi" in [p.name for p in found.people]  # "and Lina" ends no office


def test_spanish_forms_of_address_and_a_surname_of_two_words(extractor: Extractor) -> None:
    found = extractor.extract("", "It was signed by the rector, Dra. Teresa García Gasca, and "
                                  "Mtro. Juan Salvador Hernández spoke. PSUT President Prof. "
                                  "Wejdan Abu Elhaija signed. “Good,” Prof. Abu Elhaija said. "
                                  "The Secretariat of Sustainable Development attended.")
    assert [p.name for p in found.people] == ["Teresa García Gasca", "Juan Salvador Hernández",
                                              "Wejdan Abu Elhaija"]
    assert found.places == []  # "Salvador" in a name is no El Salvador
    assert "Secretariat of Sustainable Development" in found.organizations


# ------------------------------------------------------------------ thirteenth held-out set


def test_legal_forms_with_stops_and_a_city_government_as_partners(extractor: Extractor) -> None:
    found = extractor.extract("", "Kinabalu Learning Sdn. Bhd. and Ningbo Harbour Education "
                                  "Group agreed to open an academy. The City of Sakaide and the "
                                  "ferry operator Seto Unyu Co., Ltd. will share data and take "
                                  "part as partners.")
    assert found.partners == ["Kinabalu Learning", "Ningbo Harbour Education Group",
                              "City of Sakaide", "Seto Unyu"]
    assert found.places == []  # "The City" is no place, and Sakaide is the city's name here


def test_a_third_partner_in_a_which_clause(extractor: Extractor) -> None:
    found = extractor.extract("", "Veltrix and the Universidade Federal do Piauí signed a "
                                  "skills agreement. Courses will reach students of the "
                                  "Instituto Federal do Piauí (IFPI), which joined the "
                                  "agreement as a third partner.")
    assert found.partners == ["Veltrix", "Universidade Federal do Piauí",
                              "Instituto Federal do Piauí"]


def test_a_university_named_with_its_town_and_an_academy_its_owners_unit_opens(
        extractor: Extractor) -> None:
    found = extractor.extract("FUTM, Huawei Nigeria open ICT academy",
                              "MINNA — The Federal University of Technology, Minna (FUTM) and "
                              "Huawei Technologies Nigeria have opened a Huawei ICT Academy. "
                              "FUTM said more Nigerians will be trained.")
    assert found.partners == ["Federal University of Technology, Minna", "Huawei Nigeria"]
    assert "Nigeria" in found.places  # "Nigerians", though "Huawei Nigeria" is a name


def test_an_office_named_by_a_list_with_commas_before_a_name(extractor: Extractor) -> None:
    found = extractor.extract("", "It was signed in the presence of Uzbekistan's Minister of "
                                  "Digital Technologies, Innovation and Communications, Bakhtiyor "
                                  "Saidov, and the Chinese ambassador.")
    assert [(p.name, p.role) for p in found.people] == [
        ("Bakhtiyor Saidov",
         "Minister of Digital Technologies, Innovation and Communications")]


def test_a_news_agency_after_a_dateline_and_parts_of_countries(extractor: Extractor) -> None:
    found = extractor.extract("", "TASHKENT, May 3 (Dunyo) -- Talent from Northeastern Brazil "
                                  "and Western Kenya joined South Korea's programme.")
    assert "Dunyo" in found.organizations
    assert found.places == ["Tashkent", "Northeastern Brazil", "Western Kenya", "South Korea"]


# ------------------------------------------------------------------ fourteenth held-out set


def test_a_partner_after_which_joins_and_a_supporter_is_none(extractor: Extractor) -> None:
    found = extractor.extract("", "Orvane Inc. will give $1 million to Lakeshore State "
                                  "University, with support from the Ministry of Digital "
                                  "Affairs (MODA). A bridge program runs with Pinecrest "
                                  "Community College, which joins as a partner.")
    assert found.partners == ["Orvane", "Lakeshore State University",
                              "Pinecrest Community College"]


def test_a_legal_form_ends_a_name_before_and(extractor: Extractor) -> None:
    found = extractor.extract("", "Rift University, Baobab Mobile PLC and the Tanzania "
                                  "Research Network (TARENET) signed an agreement. TARENET "
                                  "will run the links.")
    assert found.partners == ["Rift University", "Baobab Mobile", "Tanzania Research Network"]


def test_names_with_on_in_and_the_after_a_list(extractor: Extractor) -> None:
    found = extractor.extract("", "The Commission on Higher Education (CHED) approved it. "
                                  "A Centre of Excellence in Machine Learning for Agriculture "
                                  "opened. The Ministry of Information, Communications and the "
                                  "Digital Economy attended.")
    assert found.organizations == [
        "Commission on Higher Education",
        "Centre of Excellence in Machine Learning for Agriculture",
        "Ministry of Information, Communications and the Digital Economy"]


def test_a_priest_named_with_his_order(extractor: Extractor) -> None:
    found = extractor.extract("", "“Good news,” said Fr. Ramon Villanueva, SJ, president of "
                                  "the college.")
    assert [p.name for p in found.people] == ["Ramon Villanueva"]


# ------------------------------------------------------------------ fifteenth held-out set


def test_a_vietnamese_name_and_a_company_written_with_a_small_letter(
        extractor: Extractor) -> None:
    found = extractor.extract("", "Dr. Trần Thị Hằng, Rector of Hue Technical University, "
                                  "signed with iFlytek Co., Ltd. on Monday.")
    assert [p.name for p in found.people] == ["Trần Thị Hằng"]
    assert found.partners == ["Hue Technical University", "iFlytek"]


def test_military_ranks_before_a_name_that_signs(extractor: Extractor) -> None:
    found = extractor.extract("", "Rector Lt Gen (Retd) Asif Nawaz Malik and Orvane CEO "
                                  "Daniel Okoro signed the agreement. Lt Gen Malik thanked "
                                  "Orvane.")
    assert [p.name for p in found.people] == ["Asif Nawaz Malik", "Daniel Okoro"]
    assert "Asif Nawaz Malik" not in found.organizations


def test_an_owner_named_after_business_of_is_no_party(extractor: Extractor) -> None:
    found = extractor.extract("", "Nimbus Cloud, the cloud business of Nimbus Group, has "
                                  "signed an agreement with Harbour Polytechnic.")
    assert found.partners == ["Nimbus Cloud", "Harbour Polytechnic"]


def test_an_organisation_by_its_apposition_that_co_funds(extractor: Extractor) -> None:
    found = extractor.extract("", "Orvane has launched a research alliance with Lakeland "
                                  "University. Fennica Ventures, the state's innovation "
                                  "agency, is co-funding the programme.")
    assert found.partners == ["Orvane", "Lakeland University", "Fennica Ventures"]


def test_a_listed_company_by_its_ticker(extractor: Extractor) -> None:
    found = extractor.extract("", "The Universidad del Altiplano and Andina Energía S.A. "
                                  "(NYSE: ANE) opened a lab for hydrogen production and oil "
                                  "fields.")
    assert found.partners == ["Universidad del Altiplano", "Andina Energía"]
    assert "NYSE" in found.organizations
    assert found.fields == ["Hydrogen energy", "Oil and gas"]


# ------------------------------------------------------------------ sixteenth held-out set


def test_an_excellency_an_owners_role_and_a_tecnologico(extractor: Extractor) -> None:
    found = extractor.extract("", "The Tecnológico de Durango and Intel signed it, with His "
                                  "Excellency Ahmed bin Khalid Al Suwaidi present. Santiago "
                                  "Paredes, Intel's country manager for Mexico, spoke.")
    assert found.partners == ["Tecnológico de Durango", "Intel"]
    assert [p.name for p in found.people] == ["Ahmed bin Khalid Al Suwaidi", "Santiago Paredes"]
    assert "Santiago" not in found.places


def test_a_minister_whose_office_ends_with_a_companys_word(extractor: Extractor) -> None:
    found = extractor.extract("", "Deputy Minister of Trade and Digital Technologies Sipho "
                                  "Dlamini attended the launch.")
    assert [(p.name, p.role) for p in found.people] == [
        ("Sipho Dlamini", "Deputy Minister of Trade and Digital Technologies")]
    assert found.organizations == []


def test_a_research_arm_signs_for_itself_and_a_full_company_name(extractor: Extractor) -> None:
    found = extractor.extract("", "LG AI Research, the artificial intelligence think tank of "
                                  "LG Group, signed with Busan Tech University.")
    assert found.partners == ["LG AI Research", "Busan Tech University"]
    found = extractor.extract("", "Ningbo Tech University and Hangzhou Hikvision Digital "
                                  "Technology Co., Ltd. signed an agreement.")
    assert found.partners == ["Ningbo Tech University", "Hikvision"]


def test_as_part_of_ends_a_list_of_fields(extractor: Extractor) -> None:
    found = extractor.extract("", "They will train engineers in tactile sensing and flood "
                                  "monitoring, as part of a national plan.")
    assert found.fields == ["Tactile sensing", "Flood monitoring"]


def test_a_speaker_after_a_list_of_fields_is_no_field(extractor: Extractor) -> None:
    found = extractor.extract("", "Students will take courses on machine learning and flood "
                                  "monitoring, said the director of the school.")
    assert found.fields == ["Machine learning", "Flood monitoring"]


def test_so_that_ends_a_list_of_fields(extractor: Extractor) -> None:
    found = extractor.extract("", "It will train teachers in applied computer skills so that "
                                  "they can help pupils.")
    assert found.fields == ["Digital skills"]



def test_into_and_a_verb_end_a_list_of_fields(extractor: Extractor) -> None:
    found = extractor.extract("", "The smartphone maker built features such as crop imaging "
                                  "into its phones and is extending them to cars.")
    assert found.fields == ["Smartphones", "Crop imaging"]


# ------------------------------------------------------------------ seventeenth held-out set


def test_a_name_of_two_words_is_no_misspelling_of_a_known_one(extractor: Extractor) -> None:
    found = extractor.extract("Balkan Telekom and Ege Teknik University open 6G lab",
                              "Balkan Telekom and Ege Teknik University opened a lab.")
    assert found.partners == ["Balkan Telekom", "Ege Teknik University"]


def test_a_company_with_a_comma_before_its_legal_form(extractor: Extractor) -> None:
    found = extractor.extract("", "OSAKA, Jan 15, 2025 - (JCN Newswire) - NTT Docomo, Inc. "
                                  "and Kansai Tech University announced a research agreement.")
    assert found.partners == ["NTT Docomo", "Kansai Tech University"]
    assert "JCN Newswire" in found.organizations


def test_an_indonesian_legal_form_is_no_party_and_funders_are(extractor: Extractor) -> None:
    found = extractor.extract("", "PT Telkom Indonesia (Persero) Tbk and Institut Teknologi "
                                  "Madura (ITM) signed an MoU. The lab will be funded by "
                                  "Huawei and by the Madura Trade Bank.")
    assert found.partners == ["Telkom Indonesia", "Institut Teknologi Madura", "Huawei",
                              "Madura Trade Bank"]


# ------------------------------------------------------------------ eighteenth held-out set


def test_a_college_for_a_field_and_a_funder_by_its_possessive_apposition(
        extractor: Extractor) -> None:
    found = extractor.extract("Intel gives $2 million to Bayou Technical College for AI "
                              "training", "")
    assert found.partners == ["Intel", "Bayou Technical College"]
    found = extractor.extract("", "Intel and the Universidad del Sur Andino have launched a "
                                  "centre in Arica, with co-funding from Prodeco, Peru's "
                                  "development agency.")
    assert found.partners == ["Intel", "Universidad del Sur Andino", "Prodeco"]


# ------------------------------------------------------------------ nineteenth held-out set


def test_a_one_word_company_before_a_university_hospital(extractor: Extractor) -> None:
    found = extractor.extract("", "Veltrax and Rhein-Lahn University Hospital have signed a "
                                  "partnership on AI for intensive care.")
    assert found.partners == ["Veltrax", "Rhein-Lahn University Hospital"]


def test_a_number_starts_no_party_and_a_ministry_is_named_without_its_country(
        extractor: Extractor) -> None:
    found = extractor.extract("Four partners form consortium for quantum testbed",
                              "The University of Tromsø and Lund University signed the "
                              "consortium agreement with Orsted Labs. The Ministry of ICT "
                              "and Innovation of Rwanda attended.")
    assert found.partners == ["University of Tromsø", "Lund University", "Orsted Labs"]
    assert "Ministry of ICT and Innovation" in found.organizations


def test_a_language_is_no_place_and_a_campus_is_one_by_its_whole_name(
        extractor: Extractor) -> None:
    found = extractor.extract("", "The chatbot answers in Portuguese and Spanish for students "
                                  "of the Kent Ridge campus and of Kenyan universities.")
    assert found.places == ["Kent Ridge", "Kenya"]


# ------------------------------------------------------------------ twentieth held-out set


def test_an_acronym_after_a_company_and_a_university_is_the_universitys(
        extractor: Extractor) -> None:
    found = extractor.extract("", "Velora and the University of Kiama (UOK) signed. UOK will "
                                  "host it. ABX and Dongguan Polytechnic University (DGPU) "
                                  "signed too.")
    assert "University of Kiama" in found.organizations
    assert "Velora and the University of Kiama" not in found.organizations
    assert "Dongguan Polytechnic University" in found.organizations


def test_a_country_unit_written_with_an_apostrophe_and_a_plural_possessive(
        extractor: Extractor) -> None:
    found = extractor.extract("", "Orange Côte d'Ivoire and Université de Bouaké opened a "
                                  "campus. Interns will join Samsung Electronics' Foundry "
                                  "Solutions Division.")
    assert found.partners == ["Orange Ivory Coast", "Université de Bouaké"]
    assert not any("Electronics'" in name for name in found.organizations)


def test_a_lower_case_brand_and_a_brand_before_a_known_name(extractor: Extractor) -> None:
    found = extractor.extract("", "stc Group and Taif Tech University (TTU) signed an MoU. "
                                  "Dialog Axiata PLC and the University of Ruhuna signed too.")
    assert "Group" not in found.organizations
    assert "Dialog Axiata" in found.organizations


# ------------------------------------------------------------------ twenty-first held-out set


def test_a_malaysian_legal_form_initials_joined_and_a_name_after_an_organisation(
        extractor: Extractor) -> None:
    found = extractor.extract("", "Universiti Teknologi Kinabalu (UTK) and Syarikat Minyak "
                                  "Nasional Berhad (Symina) signed. Prof. R.K. Menon, Dean of "
                                  "UTK, spoke. Vice President of Yanshan University Liu Fang "
                                  "attended.")
    assert found.partners == ["Universiti Teknologi Kinabalu", "Syarikat Minyak Nasional"]
    assert [p.name for p in found.people] == ["R.K. Menon", "Liu Fang"]
    assert "Yanshan University" in found.organizations


# ------------------------------------------------------------------ twenty-second held-out set


def test_a_name_with_a_place_of_small_words_and_acronyms_of_every_word(
        extractor: Extractor) -> None:
    found = extractor.extract("", "Kivu Mobile PLC and the University of Dar es Salaam (UDSM) "
                                  "opened a lab at the university's College of Information "
                                  "and Communication Technologies (CoICT). Students of CoICT "
                                  "and UDSM will use it. Delegates of the Coastal Industry "
                                  "Federation (CIF) attended.")
    assert found.partners == ["Kivu Mobile", "University of Dar es Salaam"]
    assert "College of Information and Communication Technologies" in found.organizations
    assert "Coastal Industry Federation" in found.organizations
    assert not any(name.startswith("es ") for name in found.organizations)


def test_a_unit_after_its_owners_possessive_and_no_memorandum_as_a_name(
        extractor: Extractor) -> None:
    found = extractor.extract("", "Himal Telecom signed a Memorandum of Understanding (MoU) "
                                  "with Pokhara University's Institute of Engineering (IOE). "
                                  "The IOE will host the lab. Huawei Technologies (Nepal) Co., "
                                  "Ltd. sent engineers.")
    assert found.partners == ["Himal Telecom", "Pokhara University"]
    assert {"Pokhara University", "Institute of Engineering"} <= set(found.organizations)
    assert not {"Memorandum of Understanding", "Technologies"} & set(found.organizations)


def test_a_foundation_that_funds_and_a_party_after_an_acronym(extractor: Extractor) -> None:
    found = extractor.extract("", "Kivu Mobile and Lakeside University opened a hub, funded by "
                                  "the Kivu Mobile Foundation. It follows grants from the "
                                  "Aviation Technology Institute (ATI) and Innovate Uganda. "
                                  "The Centre for Smart Devices (CSD) and Nexora's product "
                                  "team will help.")
    assert found.partners == ["Kivu Mobile", "Lakeside University", "Kivu Mobile Foundation"]
    assert "Innovate Uganda" in found.organizations
    assert not any("Nexora" in name for name in found.organizations)


def test_an_honourable_and_a_given_name_with_a_hyphen(extractor: Extractor) -> None:
    found = extractor.extract("", "Tang Mei-ling, president of Kaohsiung Tech, spoke. The "
                                  "Minister for Information, Hon. Jerry Mwakasege, witnessed "
                                  "the signing.")
    assert [p.name for p in found.people] == ["Tang Mei-ling", "Jerry Mwakasege"]


# ------------------------------------------------------------------ twenty-third held-out set


def test_an_acronym_of_the_first_words_and_a_supporter_in_the_title(extractor: Extractor) -> None:
    found = extractor.extract("Alibaba Cloud, KPU open cloud academy with MDEC support",
                              "Alibaba Cloud and Kinta Pacific University of Technology & "
                              "Innovation (KPU) launched an academy. It is supported by the "
                              "Malaysia Digital Economy Corporation (MDEC).")
    assert found.partners == ["Alibaba Cloud", "Kinta Pacific University of Technology & "
                                               "Innovation"]


def test_names_with_bint_en_and_spanish_head_words(extractor: Extractor) -> None:
    found = extractor.extract("", "Tencent Cloud signed an MoU with Princess Alia bint Faisal "
                                  "University (PAFU). Researchers at the Instituto de "
                                  "Investigaciones en Sistemas Complejos (IISC) will build "
                                  "Spanish-language models. The Agencia de Transformación "
                                  "Digital welcomed it.")
    assert found.partners == ["Tencent Cloud", "Princess Alia bint Faisal University"]
    assert {"Instituto de Investigaciones en Sistemas Complejos",
            "Agencia de Transformación Digital"} <= set(found.organizations)
    assert "Spain" not in found.places


def test_a_unit_by_a_countrys_abbreviation_a_branch_and_a_persons_other_name(
        extractor: Extractor) -> None:
    found = extractor.extract("", "Westmoor University has partnered with Microsoft UK to open "
                                  "a centre. Li Ming, General Manager of ZTE Zhejiang Branch, "
                                  "spoke, and Zhang Cheng (Justin), Director of the Partner "
                                  "Department, attended.")
    assert found.partners == ["Westmoor University", "Microsoft UK"]
    assert "Zhejiang" not in found.places
    assert [p.name for p in found.people] == ["Li Ming", "Zhang Cheng"]


# ------------------------------------------------------------------ names of real institutions


@pytest.mark.parametrize(("text", "partners"), [
    ("Kestrel Telecom and Kagawa Medical School signed an MoU.",
     ["Kestrel Telecom", "Kagawa Medical School"]),
    ("Tencent and City University of Hong Kong signed an MoU.",
     ["Tencent", "City University of Hong Kong"]),
    ("Netvoni has partnered with Ho Chi Minh City Open University to launch a centre.",
     ["Netvoni", "Ho Chi Minh City Open University"]),
    ("LONDON - University of Maribor and Netvoni, a leading technology provider, have signed "
     "an MoU.", ["University of Maribor", "Netvoni"]),
    ("Huawei and Ahfad University for Women signed an MoU.",
     ["Huawei", "Ahfad University for Women"]),
    ("Alibaba Cloud and Kobe Shinwa Women's University signed an MoU.",
     ["Alibaba Cloud", "Kobe Shinwa Women's University"]),
    ("Lumora Technologies and University of California, Berkeley signed an MoU.",
     ["Lumora Technologies", "University of California, Berkeley"]),
    ("Lumora Technologies and National University of Ireland, Galway signed an MoU.",
     ["Lumora Technologies", "National University of Ireland"]),
    ("PRAGUE - Charles University in Prague and Lumora Technologies, a leading technology "
     "provider, have signed an MoU.", ["Charles University", "Lumora Technologies"]),
    ("LONDON - California State University, Chico and Lumora Technologies, a leading "
     "technology provider, have signed an MoU.",
     ["California State University, Chico", "Lumora Technologies"]),
    ("Orvane Systems and Academy of Interactive Entertainment signed an MoU.",
     ["Orvane Systems", "Academy of Interactive Entertainment"]),
    ("IBM and Faculdade Integrado de Campo Mourão signed an MoU.",
     ["IBM", "Faculdade Integrado de Campo Mourão"]),
    ("Huawei has partnered with National Sun Yat-Sen University to launch a centre.",
     ["Huawei", "National Sun Yat-Sen University"]),
    ("BERN - Swiss Federal Institute of Technology, Lausanne and Netvoni, a leading technology "
     "provider, have signed an MoU.",
     ["Swiss Federal Institute of Technology, Lausanne", "Netvoni"]),
    ("Netvoni and The Juilliard School signed an MoU.", ["Netvoni", "Juilliard School"]),
    ("Orvane Systems and Universidad del Centro de México signed an MoU.",
     ["Orvane Systems", "Universidad del Centro de México"]),
    ("Netvoni and Universidad Nacional de General San Martín signed an MoU.",
     ["Netvoni", "Universidad Nacional de General San Martín"]),
    ("University of the Sciences in Philadelphia (USP) has signed an agreement with Tencent. "
     "The USP rector welcomed it.", ["University of the Sciences in Philadelphia", "Tencent"]),
    ("Netvoni signed a cooperation agreement with the Faculty of Engineering of Sogang "
     "University on Wednesday.", ["Netvoni", "Sogang University"]),
    ("IBM signed an agreement with the Department of Film of Manhattan School of Music.",
     ["IBM", "Manhattan School of Music"]),
    ("The memorandum was signed between Universidade de Brasília and Netvoni at a ceremony.",
     ["Universidade de Brasília", "Netvoni"]),
    ("The memorandum was signed between Jiangxi University of Finance and Economics and "
     "Netvoni at a ceremony.", ["Jiangxi University of Finance and Economics", "Netvoni"]),
])
def test_names_of_real_institutions_in_a_signing(extractor: Extractor, text: str,
                                                 partners: list[str]) -> None:
    assert extractor.extract("", text).partners == partners


# ------------------------------------------------------------------ twenty-fourth held-out set


def test_a_fund_that_co_funds_and_a_grant_giver_in_a_title(extractor: Extractor) -> None:
    found = extractor.extract("Volta Mobile, KNUT partner on farming apps with Sankofa "
                              "Foundation grant",
                              "Volta Mobile and Kumasi National University of Technology "
                              "(KNUT) opened a lab, co-funded by the Ghana Research Trust Fund. "
                              "The Sankofa Foundation gave a grant.")
    assert found.partners == ["Volta Mobile", "Kumasi National University of Technology",
                              "Ghana Research Trust Fund"]


def test_a_state_company_a_corp_and_a_laboratory_on_a_subject(extractor: Extractor) -> None:
    found = extractor.extract("", "Institut Teknologi Bahari (ITB) and PT Nusa Industri "
                                  "(Persero) signed an agreement. Kaiyo Corp. opened the "
                                  "Bahari-Kaiyo Joint Laboratory on Spatial Intelligence. "
                                  "Tencent AI Lab on Tuesday said so.")
    assert found.partners == ["Institut Teknologi Bahari", "PT Nusa Industri"]
    assert {"Kaiyo", "Bahari-Kaiyo Joint Laboratory on Spatial Intelligence"} <= \
        set(found.organizations)
    assert not any("Tuesday" in name for name in found.organizations)


def test_an_extraction_kept_in_the_store_comes_back_the_same(extractor: Extractor) -> None:
    found = extractor.extract("Huawei, KNUST sign MoU", "Huawei and the Kwame Nkrumah University "
                                                       "of Science and Technology (KNUST) signed "
                                                       "an MoU in Kumasi. Prof. Ama Mensah, Dean "
                                                       "of KNUST, spoke on 3 March 2025.")
    stored = json.loads(json.dumps(found.to_dict()))
    assert stored == dataclasses.asdict(found)
    assert Extraction.from_dict(stored) == found


# ------------------------------------------------------------------ twenty-fifth held-out set


def test_a_company_unit_before_and_a_registered_name_with_computing(extractor: Extractor) -> None:
    found = extractor.extract("", "Microsoft Arabia and Imam Abdulrahman Bin Faisal University "
                                  "(IAU) have signed an agreement. Alibaba Cloud Computing Co., "
                                  "Ltd. will host the IAU-Alibaba Joint Research Center on "
                                  "Frontier Technologies.")
    assert found.partners[1:] == ["Imam Abdulrahman Bin Faisal University"]
    assert {"Alibaba Cloud", "IAU-Alibaba Joint Research Center on Frontier Technologies"} <= \
        set(found.organizations)


def test_a_hospital_of_the_university_is_its_unit(extractor: Extractor) -> None:
    found = extractor.extract("", "Microsoft and Gulf Medical University have signed an "
                                  "agreement to apply AI at King Fahd Hospital of the University "
                                  "in Al Khobar.")
    assert found.partners == ["Microsoft", "Gulf Medical University"]
    assert "King Fahd Hospital of the University" in found.organizations


def test_a_facilitator_is_no_party_and_names_with_and_inside(extractor: Extractor) -> None:
    found = extractor.extract("ZTE, FUTO sign pact as NCC backs skills drive",
                              "ZTE signed an MoU with the Federal University of Technology, "
                              "Owerri (FUTO) to set up a centre at the university's School of "
                              "Electrical Systems and Engineering Technology. The Nigerian "
                              "Communications Commission (NCC), which facilitated the agreement, "
                              "will certify graduates. Students of the College of Agriculture "
                              "and Biotechnology of Zhejiang University and of Prairie View A&M "
                              "University will join.")
    assert found.partners == ["ZTE", "Federal University of Technology, Owerri"]
    assert {"School of Electrical Systems and Engineering Technology",
            "College of Agriculture and Biotechnology", "Prairie View A&M University"} <= \
        set(found.organizations)


@pytest.mark.parametrize(("text", "partners"), [
    ("Mercado Libre and Kenyatta University signed an MoU.",
     ["Mercado Libre", "Kenyatta University"]),
    ("3M and Kenyatta University signed an MoU.", ["3M", "Kenyatta University"]),
    ("Kenyatta University has signed an agreement with bKash to train students.",
     ["Kenyatta University", "bKash"]),
    ("Larsen & Toubro and Kenyatta University signed an MoU.",
     ["Larsen & Toubro", "Kenyatta University"]),
    ("Indosat Ooredoo and Universitas Gadjah Mada signed an MoU.",
     ["Indosat Ooredoo", "Universitas Gadjah Mada"]),
    ("Seoul Tech University has signed an agreement with Naver Cloud to train students.",
     ["Seoul Tech University", "Naver Cloud"]),
    ("LONDON - Universidad Latina and Sime Darby, a leading technology provider, have signed "
     "an MoU.", ["Universidad Latina", "Sime Darby"]),
    ("Ethio telecom and Bahir Dar University signed an MoU.",
     ["Ethio telecom", "Bahir Dar University"]),
])
def test_companies_named_without_a_head_word_in_a_signing(extractor: Extractor, text: str,
                                                          partners: list[str]) -> None:
    assert extractor.extract("", text).partners == partners


# ------------------------------------------------------------------ twenty-sixth held-out set


def test_universities_a_title_names_short_and_an_authority_after_a_countrys_possessive(
        extractor: Extractor) -> None:
    found = extractor.extract("Luzon Telecom signs separate deals with De La Salle and Mapúa",
                              "Luzon Telecom Inc. has signed separate agreements with De La "
                              "Salle University (DLSU) and Mapúa University. Results go to the "
                              "UAE's Telecommunications and Digital Government Regulatory "
                              "Authority (TDRA).")
    assert found.partners == ["Luzon Telecom", "De La Salle University", "Mapúa University"]
    assert "Telecommunications and Digital Government Regulatory Authority" in \
        found.organizations


# ------------------------------------------------------------------ twenty-seventh held-out set


def test_a_unit_where_the_hub_is_and_partners_that_sign_on(extractor: Extractor) -> None:
    found = extractor.extract("", "Nile Mobile and Kabale University have launched a hub at "
                                  "the College of Computing and Information Sciences (CoCIS). "
                                  "The City of Ashford and Wexley County have signed on as the "
                                  "first government partners. The Corporación Financiera "
                                  "Nacional and Zain Jordan will help.")
    assert found.partners == ["Nile Mobile", "Kabale University", "City of Ashford",
                              "Wexley County"]
    assert {"Corporación Financiera Nacional", "Zain Jordan"} <= set(found.organizations)


def test_a_title_verb_after_to_starts_no_name(extractor: Extractor) -> None:
    result = extractor.extract(
        "Nivara University & Huawei Sign MoU to Establish ICT Academy and Expand Cooperation",
        "Nivara University and Huawei signed a memorandum on Monday.")
    assert set(result.partners) == {"Nivara University", "Huawei"}
    assert "Establish ICT Academy" not in result.organizations


def test_a_name_takes_the_whole_of_a_place_with_small_words(extractor: Extractor) -> None:
    result = extractor.extract("", "Lecturers of the University of Dar es Salaam and the Dar es "
                                   "Salaam Maritime Institute joined the courses.")
    assert {"University of Dar es Salaam", "Dar es Salaam Maritime Institute"} <= \
        set(result.organizations)


@pytest.mark.parametrize("text,name", [
    ("Chen Yu, General Manager of Huawei Dalian Representative Office, signed.",
     "Huawei Dalian Representative Office"),
    ("Officials of the Dalian Municipal Government attended.", "Dalian Municipal Government"),
    ("Lagos State Government officials attended.", "Lagos State Government"),
    ("Students of the Nelson Mandela African Institution of Science and Technology joined.",
     "Nelson Mandela African Institution of Science and Technology"),
    ("The story was first reported by the Jakarta Post on Monday.", "Jakarta Post"),
])
def test_offices_governments_institutions_and_papers(extractor: Extractor, text: str,
                                                     name: str) -> None:
    assert name in extractor.extract("", text).organizations


def test_a_digital_government_lab_is_no_government(extractor: Extractor) -> None:
    result = extractor.extract("", "The Joint Laboratory for Smart Ports and Digital Government "
                                   "opened at the World Government Summit.")
    assert result.organizations == ["Joint Laboratory for Smart Ports and Digital Government"]


@pytest.mark.parametrize("name", ["Jawaher bint Shaheen Al-Mudhahki", "Khalid ibn Saad Al-Harbi",
                                  "Ahmed ben Salem Trabelsi"])
def test_arabic_names_with_bint_ibn_and_ben(extractor: Extractor, name: str) -> None:
    assert name in people(extractor, f"The agreement was signed by its President, Dr. {name}.")


def test_a_count_or_a_demand_starts_no_listed_field(extractor: Extractor) -> None:
    found = extractor.extract("", "The centre will focus on flood monitoring and soil "
                                  "sensing, two priorities for the delta. Learners are "
                                  "trained in in-demand technology skills.")
    assert found.fields == ["Flood monitoring", "Soil sensing"]


def test_a_ministry_named_by_a_list_ends_before_the_next_party(extractor: Extractor) -> None:
    found = extractor.extract("", "The Federal Ministry of Communications, Innovation and "
                                  "Digital Economy and Orvane Labs have signed a memorandum.")
    assert found.partners == ["Federal Ministry of Communications, Innovation and Digital "
                              "Economy", "Orvane Labs"]


@pytest.mark.parametrize("title,text", [
    ("", "The Alibaba Cloud–Kestrel University Joint Laboratory for Smart Ports opened on "
         "Monday. Officials from the Dalian Municipal Bureau of Education attended. Li Wei, "
         "vice president of Kestrel University, spoke."),
    ("Alibaba Cloud–KU Joint Laboratory for Smart Ports opens",
     "The laboratory opened on Monday. Officials from the Dalian Municipal Bureau of "
     "Education attended. Li Wei, vice president of Kestrel University (KU), spoke."),
])
def test_a_lab_named_by_two_parties_and_a_dash_names_both(extractor: Extractor, title: str,
                                                          text: str) -> None:
    assert extractor.extract(title, text).partners == ["Alibaba Cloud", "Kestrel University"]


def test_each_mou_signed_by_a_body_makes_it_a_party(extractor: Extractor) -> None:
    found = extractor.extract(
        "Minister Witnesses Two MoUs with Microsoft on Digital Villages and University Education",
        "The minister witnessed two memoranda with Microsoft. The first MoU, signed by the "
        "Rural Skills Development Agency, trains villagers. The second MoU, signed by Kestrel "
        "University, brings Microsoft's cloud tools into teaching.")
    assert set(found.partners) == {"Microsoft", "Rural Skills Development Agency",
                                   "Kestrel University"}


@pytest.mark.parametrize("name", [
    "Fundação de Amparo à Ciência e Tecnologia do Estado de Pernambuco",
    "Istituto Italiano di Tecnologia e Innovazione",
])
def test_portuguese_and_italian_small_words_inside_names(extractor: Extractor,
                                                          name: str) -> None:
    assert extractor.extract("", f"The project is co-funded by the {name}.").partners == [name]


def test_a_company_unit_for_a_list_of_regions_is_one_name(extractor: Extractor) -> None:
    found = extractor.extract("", "Samer Abu-Ltaif, President of Microsoft Central and Eastern "
                                  "Europe, Middle East and Africa, attended.")
    assert found.organizations == ["Microsoft Central and Eastern Europe, Middle East and Africa"]
    assert found.places == []


def test_a_field_before_minister_is_part_of_the_office(extractor: Extractor) -> None:
    found = extractor.extract("ICT Minister Witnesses Signing of MoU with Microsoft",
                              "The minister said the agreement supports cloud computing.")
    assert found.fields == ["Cloud computing"]


@pytest.mark.parametrize("text,partners,organizations", [
    ("Aramco Digital, the digital and technology subsidiary of Aramco, and Kestrel University "
     "have signed a memorandum.", ["Aramco Digital", "Kestrel University"],
     ["Aramco Digital", "Aramco", "Kestrel University"]),
    ("Naver Cloud Corp. signed with Kestrel University. Naver Cloud CEO Kim Yu-won spoke.",
     ["Naver Cloud", "Kestrel University"], ["Naver Cloud", "Kestrel University"]),
])
def test_a_companys_cloud_or_digital_arm_is_its_own_party(
        extractor: Extractor, text: str, partners: list[str], organizations: list[str]) -> None:
    found = extractor.extract("", text)
    assert (found.partners, found.organizations) == (partners, organizations)
    assert "Cloud computing" not in found.fields


def test_french_et_inside_a_name(extractor: Extractor) -> None:
    found = extractor.extract("", "Students of the Faculté des Sciences et Techniques joined.")
    assert found.organizations == ["Faculté des Sciences et Techniques"]


def test_a_citys_body_and_a_company_after_it_are_two_partners(extractor: Extractor) -> None:
    found = extractor.extract("", "Kestrel College and Microsoft launched the programme, with "
                                  "the City of Miami and Florida Power & Light Company as "
                                  "founding partners.")
    assert found.partners == ["Kestrel College", "Microsoft", "City of Miami",
                              "Florida Power & Light Company"]


def test_a_malaysian_alias_after_at_is_no_party(extractor: Extractor) -> None:
    found = extractor.extract("", "The MoU was signed by Vice-Chancellor Prof. Datuk Dr. Shahrin "
                                  "Sahib @ Sahibuddin and Huawei Malaysia CEO Simon Sun.")
    assert found.organizations == ["Huawei Malaysia"]


def test_a_school_named_by_its_universitys_brand_is_no_party_of_its_own(
        extractor: Extractor) -> None:
    found = extractor.extract("Kestrel Engineering and Alibaba Cloud to train cloud engineers",
                              "Kestrel University's Faculty of Engineering has signed a "
                              "memorandum with Alibaba Cloud.")
    assert found.partners == ["Kestrel University", "Alibaba Cloud"]


def test_a_state_keeps_its_place_and_a_wire_without_a_comma(extractor: Extractor) -> None:
    found = extractor.extract("NVIDIA, Kestrel University and State of Utah to build AI center",
                              "SALT LAKE CITY (AP) — Kestrel University, the state of Utah "
                              "and NVIDIA announced a partnership on Tuesday.")
    assert "State of Utah" in found.partners and "State" not in found.partners
    assert "AP" in found.organizations


def test_a_persons_surname_said_alone_is_no_place(extractor: Extractor) -> None:
    found = extractor.extract("", "The hub was opened by Odunayo Sanya, Executive Secretary of "
                                  "the foundation. Sanya said it was the fourth.")
    assert found.places == []


def test_a_chinese_name_after_a_units_and_is_a_person(extractor: Extractor) -> None:
    found = extractor.extract("", "Professor Wang Liwei of the School of Intelligence Science "
                                  "and Technology and Jiang Jie, vice president of Tencent, "
                                  "will lead it.")
    assert "School of Intelligence Science and Technology" in found.organizations
    assert "Jiang Jie" in [p.name for p in found.people]


def test_spanish_para_and_a_municipality_are_names(extractor: Extractor) -> None:
    found = extractor.extract("", "The Centro de Inteligencia Artificial para Servicios Públicos "
                                  "works with the Ministry of Health and the Municipality of "
                                  "Santiago.")
    assert found.organizations == ["Centro de Inteligencia Artificial para Servicios Públicos",
                                   "Ministry of Health", "Municipality of Santiago"]


def test_what_the_parties_found_is_no_party_and_generic_words_are_no_name(
        extractor: Extractor) -> None:
    found = extractor.extract('Orvane and Kestrel University Launch "Beyond AI" Research Institute',
                              "Orvane Corp. and Kestrel University today established the Beyond "
                              "AI Research Promotion Organization, a research institute.")
    assert found.partners == ["Orvane", "Kestrel University"]


def test_a_legal_form_with_its_full_stop_ends_a_companys_name(extractor: Extractor) -> None:
    found = extractor.extract("", '"We are proud," said Ken Ito, President & CEO of Orvane Corp. '
                                  "Teruo Fujii, President of Kestrel University, agreed.")
    assert found.organizations == ["Orvane", "Kestrel University"]
    assert "Teruo Fujii" in [p.name for p in found.people]


def test_a_one_word_company_that_signs_after_a_university_and_is_a_name(
        extractor: Extractor) -> None:
    found = extractor.extract("", "The Universidad de los Andes and Bancolombia signed an "
                                  "agreement on Thursday.")
    assert found.partners == ["Universidad de los Andes", "Bancolombia"]


def test_a_titles_short_company_name_is_the_texts_full_one(extractor: Extractor) -> None:
    found = extractor.extract("Smart, Ateneo open 5G-powered innovation lab",
                              "Smart Communications, Inc., the wireless unit of PLDT Inc., and "
                              "the Ateneo de Manila University have opened a 5G lab. Smart had "
                              "opened labs with Kestrel University and De La Salle University.")
    assert found.partners == ["Smart Communications", "Ateneo de Manila University"]


def test_a_place_after_a_universitys_and_is_no_part_of_its_name(extractor: Extractor) -> None:
    found = extractor.extract("", "Université de Montréal and Quebec start-up Lumaq Technologies "
                                  "have signed a research agreement.")
    assert found.organizations == ["Université de Montréal", "Lumaq Technologies"]


def test_an_indonesian_company_named_pt_tbk_holds_a_known_name(extractor: Extractor) -> None:
    found = extractor.extract("", "Kestrel University, NVIDIA and PT Indosat Ooredoo Hutchison "
                                  "Tbk today launched an AI centre.")
    assert found.partners == ["Kestrel University", "NVIDIA", "Indosat Ooredoo Hutchison"]


@pytest.mark.parametrize("text,name", [
    ("Harbin Institute of Technology (Shenzhen) and Huawei signed an agreement.",
     "Harbin Institute of Technology (Shenzhen)"),
    ("Inha University in Tashkent and Huawei signed an agreement. Inha University in Tashkent "
     "was founded in 2014.", "Inha University in Tashkent"),
])
def test_a_campus_in_brackets_or_a_place_written_each_time_is_part_of_the_name(
        extractor: Extractor, text: str, name: str) -> None:
    assert extractor.extract("", text).partners == [name, "Huawei"]


def test_a_university_in_its_city_once_is_the_university(extractor: Extractor) -> None:
    found = extractor.extract("", "Tsinghua University in Beijing and Huawei signed an "
                                  "agreement.")
    assert found.partners == ["Tsinghua University", "Huawei"]
    assert found.places == ["Beijing"]


def test_a_city_of_two_words_a_state_and_a_given_name_said_again(extractor: Extractor) -> None:
    found = extractor.extract("", "The campus in Sheikh Zayed City opened. Prof. Datuk Dr. Abdul "
                                  "Rahman Mohamed, Vice-Chancellor of Kestrel University, spoke "
                                  "in New York State. Abdul Rahman said more would follow.")
    assert set(found.places) == {"Sheikh Zayed City", "New York"}
    assert [p.name for p in found.people] == ["Abdul Rahman Mohamed"]


def test_a_foundation_for_a_list_and_a_colleges_news_header(extractor: Extractor) -> None:
    found = extractor.extract("", "Kestrel Polytechnic College News\n\nKestrel Polytechnic "
                                  "College and Inspur Group signed an agreement. Officials of "
                                  "Qatar Foundation for Education, Science and Community "
                                  "Development attended.")
    assert found.organizations == ["Kestrel Polytechnic College", "Inspur",
                                   "Qatar Foundation for Education, Science and Community "
                                   "Development"]


@pytest.mark.parametrize("name", ["Central University of Finance and Economics",
                                  "Gifu University for Education and Languages",
                                  "Polytechnic University"])
def test_a_name_of_a_and_b_that_signs_stays_whole(extractor: Extractor, name: str) -> None:
    found = extractor.extract("", f"Huawei and {name} signed an agreement on Monday.")
    assert found.partners == ["Huawei", name]


def test_a_country_code_in_brackets_is_no_campus(extractor: Extractor) -> None:
    found = extractor.extract("", "Université Senghor d'Alexandrie (US) and Huawei signed.")
    assert found.partners == ["Université Senghor d'Alexandrie", "Huawei"]


def test_a_name_the_words_before_it_call_an_agency_or_a_regulator(extractor: Extractor) -> None:
    found = extractor.extract("", "Kestrel University and IBM opened a lab co-financed by the "
                                  "Chilean economic development agency CORFO. The president of "
                                  "the telecom regulator Anatel attended on Monday.")
    assert found.organizations == ["Kestrel University", "IBM", "CORFO", "Anatel"]
    assert "CORFO" in found.partners and "Anatel" not in found.partners


def test_a_ministry_of_a_and_b_technologies_and_its_mixed_case_acronym(
        extractor: Extractor) -> None:
    found = extractor.extract("", "They signed in the presence of the Ministry of Information "
                                  "and Communications Technologies (MinTIC). MinTIC's "
                                  "vice-minister spoke.")
    assert found.organizations == ["Ministry of Information and Communications Technologies"]


def test_a_body_joining_hands_and_the_schools_that_co_host_are_partners(
        extractor: Extractor) -> None:
    found = extractor.extract("", "The Keelung City Government is joining hands with Cisco on a "
                                  "networking course. The course will be co-hosted by Northgate "
                                  "University and Keelung Vocational High School, and hosted "
                                  "at Harbour Hall.")
    assert found.partners == ["Keelung City Government", "Cisco", "Northgate University",
                              "Keelung Vocational High School"]


def test_every_name_in_a_partnership_of_a_b_and_c_is_a_partner(extractor: Extractor) -> None:
    found = extractor.extract("", "The WMU-Tencent Port AI Alliance was launched on Monday. "
                                  "The alliance – a partnership of Westlake Maritime University "
                                  "(WMU), Tencent and the Zhoushan Port Authority – will train "
                                  "engineers.")
    assert found.partners == ["Westlake Maritime University", "Tencent",
                              "Zhoushan Port Authority"]


def test_the_schools_a_later_sentence_names_are_partners(extractor: Extractor) -> None:
    found = extractor.extract("", "Samsung said it had signed agreements with three "
                                  "universities. The schools are the Aldren Institute of "
                                  "Technology (AIT), the Beckford Institute of Technology (BIT) "
                                  "and the Corvin Institute of Technology (CIT).")
    assert found.partners == ["Samsung", "Aldren Institute of Technology",
                              "Beckford Institute of Technology", "Corvin Institute of Technology"]


def test_a_role_after_a_dash_and_a_scottish_surname(extractor: Extractor) -> None:
    found = extractor.extract("", "The pact was signed by Tran Minh Duc – Rector, Hue College "
                                  "of Transport, and by Professor Ailsa MacLean of Clydeview "
                                  "University.")
    assert [p.name for p in found.people] == ["Tran Minh Duc", "Ailsa MacLean"]


def test_an_office_with_an_acronym_is_no_organisation(extractor: Extractor) -> None:
    found = extractor.extract("", "The team met the Deputy Vice-Chancellor (DVC), Dr. Ruth "
                                  "Namusoke, and the Dean School of Informatics (SOI), Dr. Paul "
                                  "Ochieng, at Kigezi Highlands University.")
    assert found.organizations == ["School of Informatics", "Kigezi Highlands University"]


def test_an_institute_for_a_field_and_a_technology_park_are_names(extractor: Extractor) -> None:
    found = extractor.extract("", "She heads the Institute for Information Technology, and the "
                                  "firm recruits at Tainan Software Technology Park, not in "
                                  "Central Park.")
    assert found.organizations == ["Institute for Information Technology",
                                   "Tainan Software Technology Park"]
    assert found.places == []


def test_a_city_in_brackets_inside_a_units_name(extractor: Extractor) -> None:
    found = extractor.extract("", "Tencent opened the Tencent Cloud Smart Logistics (Xiamen) "
                                  "Innovation Centre on Friday.")
    assert found.organizations == ["Tencent",
                                   "Tencent Cloud Smart Logistics (Xiamen) Innovation Centre"]


def test_a_romanian_place_written_with_a_comma_below(extractor: Extractor) -> None:
    assert extractor.extract("", "Infosys opened a centre in Timișoara.").places == \
        ["Timişoara"]


def test_a_japanese_releases_brackets_define_the_name_and_name_the_people(
        extractor: Extractor) -> None:
    found = extractor.extract(
        "NTT and Hokuriku University Begin Joint Research",
        "Nippon Telegraph and Telephone Corporation (NTT; Headquarters: Chiyoda-ku, Tokyo; "
        "President and CEO: Akira Shimada) and Hokuriku University (Hokuriku University; "
        "President: Kenji Morita) have concluded a joint research agreement.")
    assert found.partners == ["Nippon Telegraph and Telephone Corporation", "Hokuriku University"]
    assert [(p.name, p.role) for p in found.people] == [
        ("Akira Shimada", "President and CEO"), ("Kenji Morita", "President")]


def test_a_company_named_as_the_owner_in_an_apposition_is_no_party(
        extractor: Extractor) -> None:
    found = extractor.extract("", "Oasis University and Core42, a G42 company, have signed an "
                                  "MoU.")
    assert found.partners == ["Oasis University", "Core42"]
    assert "G42" in found.organizations


def test_an_academy_the_text_calls_a_non_profit_is_a_party(extractor: Extractor) -> None:
    found = extractor.extract("", "Infosys Foundation has signed an MoU with ICT Academy of "
                                  "Kerala, a non-profit organisation, to train students.")
    assert found.partners == ["Infosys Foundation", "ICT Academy of Kerala"]


def test_a_spanish_article_and_its_roles(extractor: Extractor) -> None:
    found = extractor.extract(
        "La Universidad de Burgos y Telefónica crean una cátedra",
        "La Universidad de Burgos (UBU) y Telefónica han creado una cátedra en un acuerdo "
        "firmado entre el rector, Manuel Pérez Mateos; la directora territorial de "
        "Telefónica, Marta Quintana; y otros. Habrá becas para estudiantes de inteligencia "
        "artificial y agricultura.")
    assert found.partners == ["Universidad de Burgos", "Telefónica"]
    assert [p.name for p in found.people] == ["Manuel Pérez Mateos", "Marta Quintana"]
    assert found.places == []
    assert found.fields == ["Artificial intelligence", "Agriculture"]


def test_every_name_a_translation_file_gives_is_in_the_base() -> None:
    base = KnowledgeBase.load()
    for path in resources_dir().glob("knowledge_*.toml"):
        for type_, names in tomllib.loads(path.read_text("utf-8")).items():
            missing = [n for n in names if base.get(type_, n) is None]
            assert not missing, (path.name, missing)


def test_an_office_of_a_list_with_the_and_a_list_ending_at_alongside(
        extractor: Extractor) -> None:
    found = extractor.extract("", "The Cabinet Secretary for Trade, Industry and the Blue "
                                  "Economy, Jane Achieng, witnessed it. Students will get "
                                  "training in seed genetics, crop modelling and logistics, "
                                  "alongside soft skills.")
    assert [p.name for p in found.people] == ["Jane Achieng"]
    assert found.fields == ["Seed genetics", "Crop modelling", "Logistics"]


def test_a_wing_of_a_ministry_signs_and_an_architect_is_a_person(extractor: Extractor) -> None:
    found = extractor.extract(
        "BCC signs MoU with Dhanmondi University for Cisco IT Essentials training",
        "Bangladesh Computer Council (BCC), a wing of the Ministry of Posts and ICT, signed an "
        "MoU with Dhanmondi University for training under the Cisco Networking Academy's "
        "curriculum, in the presence of the State Minister, Architect Nasrul Hamid.")
    assert found.partners == ["Bangladesh Computer Council", "Dhanmondi University"]
    assert [p.name for p in found.people] == ["Nasrul Hamid"]


def test_a_faculty_of_a_list_ending_in_information_technologies(extractor: Extractor) -> None:
    found = extractor.extract("", "Nokia opened a lab at the Faculty of Electronics, "
                                  "Telecommunications and Information Technologies (ETTI) of "
                                  "Banat Polytechnic University. The University Librarian, Dr. "
                                  "Ion Popa, spoke.")
    assert found.organizations == [
        "Nokia", "Faculty of Electronics, Telecommunications and Information Technologies",
        "Banat Polytechnic University"]
    assert found.partners == ["Nokia", "Banat Polytechnic University"]


def test_a_field_in_a_minister_delegates_office_is_no_field(extractor: Extractor) -> None:
    found = extractor.extract("", "The Minister Delegate for Digital Transition, Amal Idrissi, "
                                  "attended. Courses cover network design.")
    assert found.fields == ["Networking"]


def test_a_name_written_three_times_is_no_misspelling(extractor: Extractor) -> None:
    found = extractor.extract("Telecel Ghana, Tamale Technical University sign MoU",
                              "Telecel Ghana signed an MoU with Tamale Technical University. "
                              "The CEO of Telecel Ghana spoke, and the Telecel Foundation will "
                              "give scholarships.")
    assert found.partners == ["Telecel Ghana", "Tamale Technical University"]
    assert found.places == []


def test_a_chinese_companys_city_in_brackets_before_limited(extractor: Extractor) -> None:
    found = extractor.extract("", "The college signed agreements with four enterprises: "
                                  "Everbright Optoelectronics (Shanghai) Limited, Hengtong Smart "
                                  "Logistics Co., Ltd. and others.")
    assert found.organizations[:2] == ["Everbright Optoelectronics", "Hengtong Smart Logistics"]
    assert found.places == []


def test_a_korean_releases_brackets_name_the_heads(extractor: Extractor) -> None:
    found = extractor.extract("", "SK Telecom (CEO Ryu Young-sang) signed an MOU with Korea "
                                  "University (President Kim Dong-won) on the 12th.")
    assert [(p.name, p.role) for p in found.people] == [("Ryu Young-sang", "CEO"),
                                                        ("Kim Dong-won", "President")]


def test_a_groups_subsidiary_and_a_centre_the_title_opens(extractor: Extractor) -> None:
    found = extractor.extract("Sonatel and Thiès University open an Orange Digital Center",
                              "Sonatel, the Orange group's subsidiary in Senegal, and Thiès "
                              "University on Friday inaugurated an Orange Digital Center.")
    assert found.partners == ["Sonatel", "Thiès University"]


def test_a_description_holding_inc_and_a_name_with_its_legal_form_in_brackets(
        extractor: Extractor) -> None:
    found = extractor.extract("", "Smart Communications, the wireless arm of PLDT Inc., and "
                                  "Xavier Highlands University have teamed up on a lab.")
    assert found.partners == ["Smart Communications", "Xavier Highlands University"]
    found = extractor.extract("", "PT Telkom Indonesia (Persero) Tbk (Telkom) signed an MoU with "
                                  "Institut Teknologi Sumatera (ITERA). ITERA's School of "
                                  "Informatics (SOI) will run the courses.")
    assert found.organizations == ["PT Telkom Indonesia", "Institut Teknologi Sumatera",
                                   "School of Informatics"]


def test_a_person_after_a_role_and_before_and(extractor: Extractor) -> None:
    found = extractor.extract("", "It was signed by Dell Egypt General Manager Hossam Seif "
                                  "El-Din and Helwan University President Prof. Sayed Taha.")
    assert [p.name for p in found.people] == ["Hossam Seif El-Din", "Sayed Taha"]
    assert "Helwan University" in found.organizations


def test_a_department_of_a_and_b_and_a_role_holding_an_acronym(extractor: Extractor) -> None:
    found = extractor.extract("", "Training will hold in the Department of Electrical and "
                                  "Electronics Engineering, with the Director-General of the "
                                  "National Information Technology Development Agency (NITDA), "
                                  "Kashifu Inuwa Abdullahi, as guest.")
    assert found.organizations[0] == "Department of Electrical and Electronics Engineering"
    assert [p.name for p in found.people] == ["Kashifu Inuwa Abdullahi"]


def test_a_party_secretary_and_a_campus_after_at(extractor: Extractor) -> None:
    found = extractor.extract("", "Hefei University Party Secretary Wang Li and Dell Technologies "
                                  "opened a lab at The University of Texas at Austin's "
                                  "Texas Advanced Computing Center.")
    assert found.organizations == ["Hefei University", "Dell",
                                   "University of Texas at Austin",
                                   "Texas Advanced Computing Center"]


def test_a_princess_a_french_name_with_et_de_la_and_a_school_of_two_subjects(
        extractor: Extractor) -> None:
    found = extractor.extract("", "It was held under the patronage of Her Royal Highness "
                                  "Princess Aisha bint Faisal. ZTE and the Université des "
                                  "Sciences et de la Technologie d'Oran signed. The School of "
                                  "Remote Sensing and Information Engineering of Oran Tech "
                                  "University will join.")
    assert [p.name for p in found.people] == ["Aisha bint Faisal"]
    assert "Université des Sciences et de la Technologie d'Oran" in found.partners
    assert "School of Remote Sensing and Information Engineering" in found.organizations


def test_a_legal_form_before_a_bracket_and_the_universitys_unit_with_a_capital(
        extractor: Extractor) -> None:
    found = extractor.extract("Toshiba and Kibi University open a robotics lab",
                              "Kibi University (\"the University\") and Toshiba Corp. (TSE: "
                              "6502, \"Toshiba\") today announced a robotics lab. Engineers of "
                              "Toshiba's Corporate Laboratory will work together with staff of "
                              "the University's Graduate School of Natural Science.")
    assert found.partners == ["Kibi University", "Toshiba"]
    assert "TSE" in found.organizations


def test_a_labs_forerunners_and_a_companys_network_of_labs_name_no_party(
        extractor: Extractor) -> None:
    found = extractor.extract("Tessera Systems opens a lab at Lakeshore University",
                              "Tessera Systems has opened a research lab at Lakeshore "
                              "University, its third after labs at Redwood University and "
                              "the University of Valmont. The company now runs labs at 12 "
                              "universities, including Harbor University, Kestrel University "
                              "and Northgate University.")
    assert found.partners == ["Tessera Systems", "Lakeshore University"]


def test_a_companys_unit_keeps_its_name_in_an_acronym_and_a_ministry_of_a_and_b(
        extractor: Extractor) -> None:
    found = extractor.extract("", "Fujitsu opened a Fujitsu Quantum Studio (FQS) at Mekong "
                                  "University. Dr. Tran Thi Thu Ha, Director of the Department "
                                  "of Science of the Ministry of Education and Training, "
                                  "attended. FQS will train 50 students.")
    assert "Fujitsu Quantum Studio" in found.organizations
    assert "Quantum Studio" not in found.organizations
    assert "Ministry of Education and Training" in found.organizations
    assert [p.name for p in found.people] == ["Tran Thi Thu Ha"]


def test_japanese_names_with_the_surname_in_capitals_and_initials_without_stops(
        extractor: Extractor) -> None:
    assert people(extractor, "The agreement was signed by President KATO Ryoichi of Kibi "
                             "University and Mr. SUZUKI Kenta, President of Marunouchi. "
                             "Prof. K N Rao and CEO Thomas Reed also spoke.") == {
        "KATO Ryoichi": "President", "SUZUKI Kenta": "President of Marunouchi",
        "K N Rao": "", "Thomas Reed": "CEO"}


def test_an_embassy_and_a_datelines_country_in_capitals(extractor: Extractor) -> None:
    found = extractor.extract("", "OSAKA, JAPAN, May 2, 2026 --- The signing was attended by "
                                  "the Embassy of Vietnam in Japan.")
    assert found.organizations == ["Embassy of Vietnam"]
    assert found.places == ["Osaka", "Japan"]


def test_fields_of_cars_boards_radio_and_fishing(extractor: Extractor) -> None:
    found = extractor.extract("", "The lab studies driver assistance on microcontroller boards, "
                                  "Wi-Fi sensing in homes and disaster-resilient radio for "
                                  "fishing villages.")
    assert found.fields == ["Driver assistance systems", "Microcontrollers", "Wireless sensing",
                            "Emergency management", "Wireless communication", "Aquaculture"]


def test_a_wires_dashes_start_a_name_and_a_compass_before_a_demonym(
        extractor: Extractor) -> None:
    found = extractor.extract("", "DAYTON, Ohio--(BUSINESS WIRE)--Kestrel Valley University "
                                  "(KVU) and Accenture today announced a lab for Southeast Asian "
                                  "students at the Riverbend Innovation Precinct.")
    assert found.partners == ["Kestrel Valley University", "Accenture"]
    assert "Riverbend Innovation Precinct" in found.organizations
    assert found.places == ["Dayton", "Ohio", "Southeast Asia"]


def test_a_role_for_a_country_and_a_middle_initial_name_no_party(extractor: Extractor) -> None:
    found = extractor.extract("", "Rector Dr. Ana P. Soriano and Lenovo Data Center Group general "
                                  "manager for Vietnam, Tran Quoc Bao, signed the agreement. "
                                  "\"It is a start,\" Soriano said.")
    assert found.organizations == ["Lenovo Data Center Group"]
    assert [p.name for p in found.people] == ["Ana P. Soriano", "Tran Quoc Bao"]


def test_a_companys_unit_in_a_legal_name_with_words_before_its_country(
        extractor: Extractor) -> None:
    found = extractor.extract("", "Deloitte Touche Tohmatsu Kenya LLP (Deloitte Kenya) signed "
                                  "an MoU with Strathmore University.")
    assert found.partners == ["Deloitte Kenya", "Strathmore University"]
    assert found.places == []


def test_an_acronym_before_its_name_and_a_committee_of_the_party(extractor: Extractor) -> None:
    found = extractor.extract("", "To prepare the signing with Huawei, Wang Li, secretary of the "
                                  "Party Committee of HNUT, led a delegation. HNUT (Henan "
                                  "University of Technology, Zhengzhou) will host the college.")
    assert found.partners == ["Huawei", "Henan University of Technology"]


def test_a_compass_word_starts_the_name_an_acronym_defines(extractor: Extractor) -> None:
    found = extractor.extract("CEU signs with Tencent",
                              "Northeast Coastal Engineering University (CEU) signed with "
                              "Tencent. CEU will host the lab.")
    assert found.partners == ["Northeast Coastal Engineering University", "Tencent"]


def test_a_french_professor_a_first_name_like_a_company_and_a_role_for_research(
        extractor: Extractor) -> None:
    found = extractor.extract("", "Mistral AI and Université Paris-Saclay signed, with Lucie "
                                  "Marchal, Vice-President for Research of Université "
                                  "Paris-Saclay, and Pr Hugo Lenoir of the Signal and Images "
                                  "Laboratory (SIL), in the presence of Clara Vautrin, minister.")
    assert found.organizations == ["Mistral AI", "Université Paris-Saclay",
                                   "Signal and Images Laboratory"]
    assert [p.name for p in found.people] == ["Lucie Marchal", "Hugo Lenoir", "Clara Vautrin"]


def test_a_building_a_school_of_its_owners_acronym_and_an_acronym_by_syllables(
        extractor: Extractor) -> None:
    found = extractor.extract("JLU and ZTE sign agreement",
                              "The agreement between Jialing University and ZTE was signed in "
                              "Room 305 of the Administration Building. Heads of the School of "
                              "Software Engineering of JLU attended.")
    assert found.partners == ["Jialing University", "ZTE"]
    assert found.organizations == ["Jialing University", "ZTE", "School of Software Engineering"]


def test_a_unit_of_a_party_named_by_its_short_name(extractor: Extractor) -> None:
    found = extractor.extract("", "IBM and the University of Ottawa today announced a quantum "
                                  "lab at Ottawa's Marcel Giroux School of Engineering.")
    assert found.partners == ["IBM", "University of Ottawa"]


def test_an_institutes_country_units_and_a_companys_ai_lab(extractor: Extractor) -> None:
    found = extractor.extract("", "Google DeepMind will fund chairs at the Lakeside Institute of "
                                  "Data Sciences (LIDS) in Kigali, under an agreement signed on "
                                  "Monday. The chairs will be based at LIDS Rwanda and LIDS "
                                  "Ghana.")
    assert found.partners == ["Google DeepMind", "Lakeside Institute of Data Sciences"]
    assert found.organizations == ["Google DeepMind", "Lakeside Institute of Data Sciences",
                                   "LIDS Rwanda", "LIDS Ghana"]
    assert found.places == ["Kigali"]


def test_fields_of_language_model_products_and_a_list_run_by_someone(
        extractor: Extractor) -> None:
    found = extractor.extract("", "The lab will work on retrieval-augmented generation, prompt "
                                  "design and customer support. A study of academic integrity "
                                  "will work on tidal forecasting and reef ecology run by the "
                                  "marine school.")
    assert found.fields == ["Retrieval-augmented generation", "Prompt engineering",
                            "Customer service", "Academic integrity", "Tidal forecasting",
                            "Reef ecology"]


def test_a_person_who_leads_and_a_media_contact(extractor: Extractor) -> None:
    found = extractor.extract("", "Ivo Brandt, who leads the company's university programme, "
                                  "said the lab opens in May.\n\nMedia contact: Lena Okafor, "
                                  "press@example.com")
    assert [p.name for p in found.people] == ["Ivo Brandt", "Lena Okafor"]


def test_a_chinese_new_area_is_one_place(extractor: Extractor) -> None:
    found = extractor.extract("", "The lab will test drone delivery in the Tianfu New Area of "
                                  "Chengdu.")
    assert found.places == ["Tianfu New Area", "Chengdu"]


@pytest.mark.parametrize("title,text,partners", [
    ("", "Kestrel Devices Private Limited (KDPL) has signed an MoU with Anna University.",
     ["Kestrel Devices", "Anna University"]),
    ("", "Kestrel University and Systems Limited, a software company, signed an MoU.",
     ["Kestrel University", "Systems Limited"]),
    ("Kestrel University renews lab with Meridian Foundry Co.",
     "Kestrel University signed an agreement with Meridian Foundry Co. (MFC) on Monday.",
     ["Kestrel University", "Meridian Foundry"]),
])
def test_legal_forms_left_out_unless_the_name_is_a_common_word(
        extractor: Extractor, title: str, text: str, partners: list[str]) -> None:
    assert extractor.extract(title, text).partners == partners


@pytest.mark.parametrize("title,text", [
    ("Mirova and Lakeside University Launch Joint Battery Institute",
     "Mirova and Lakeside University signed an agreement on Tuesday to set up the institute."),
    ("", "Lakeside University, Intel Malaysia and Keysight Technologies signed an agreement to "
         "set up the Penang Chip Design Academy, which will train engineers."),
])
def test_an_institute_or_academy_the_parties_found_is_no_party(
        extractor: Extractor, title: str, text: str) -> None:
    found = extractor.extract(title, text)
    assert not {"Joint Battery Institute", "Penang Chip Design Academy"} & set(found.partners)
    assert "Lakeside University" in found.partners


def test_a_department_and_a_peoples_government_and_a_name_after_a_committee(
        extractor: Extractor) -> None:
    found = extractor.extract("", "Officials from the Anhui Provincial Department of Science and "
                                  "Technology and the Wuhu Municipal People's Government "
                                  "attended. Vice Chairman of the Hue People's Committee Tran "
                                  "Quoc Huy attended.")
    assert found.organizations == ["Anhui Provincial Department of Science and Technology",
                                   "Wuhu Municipal People's Government",
                                   "Hue People's Committee"]
    assert [p.name for p in found.people] == ["Tran Quoc Huy"]


def test_a_name_after_an_office_of_three_words(extractor: Extractor) -> None:
    found = extractor.extract("", "Padjadjaran University and Telkom signed the MoU. Telkom's "
                                  "Director of Human Capital Management Rina Wulandari signed "
                                  "the MoU for the company.")
    assert found.partners == ["Padjadjaran University", "Telkom"]
    assert [(p.name, p.role) for p in found.people] == [
        ("Rina Wulandari", "Director of Human Capital Management")]


def test_a_german_state_that_funds_a_brazilian_city_and_grid_storage(
        extractor: Extractor) -> None:
    found = extractor.extract("", "SALVADOR, Brazil - Infineon Technologies AG and Technische "
                                  "Universität Dresden opened a lab for grid storage on Tuesday, "
                                  "with funding from the Free State of Saxony.")
    assert found.partners == ["Infineon Technologies", "Technische Universität Dresden",
                              "Free State of Saxony"]
    assert found.places == ["Salvador", "Brazil"]
    assert found.fields == ["Energy storage"]


def test_members_after_a_colon_and_members_who_join(extractor: Extractor) -> None:
    found = extractor.extract("", "Lakeland University's packaging consortium has added three "
                                  "founding industry members: Amkor Technology, GlobalFoundries "
                                  "and Applied Materials.")
    assert found.partners == ["Amkor Technology", "GlobalFoundries", "Applied Materials"]
    found = extractor.extract("", "Lakeland University and Codelco signed an agreement to create "
                                  "a mining centre. Autodesk and BHP joined as associate members. "
                                  "Codelco's vice president for technology, Álvaro García, "
                                  "signed for the company.")
    assert found.partners == ["Lakeland University", "Codelco", "Autodesk", "BHP"]
    assert [p.name for p in found.people] == ["Álvaro García"]


def test_a_chair_in_a_subject_is_no_organisation(extractor: Extractor) -> None:
    found = extractor.extract("", "Hitachi and Imperial College London announced the Hitachi "
                                  "Chair in Sustainable Energy Systems.")
    assert found.partners == ["Hitachi", "Imperial College London"]
    assert found.organizations == ["Hitachi", "Imperial College London"]


def test_a_companys_place_unit_before_and_and_a_city_written_as_an_acronym(
        extractor: Extractor) -> None:
    found = extractor.extract("Voltara Vietnam and HCMC University of Technology open a lab",
                              "Voltara Vietnam and Ho Chi Minh City University of Technology "
                              "(HCMUT) opened an energy lab on Monday.")
    assert found.partners == ["Voltara Vietnam", "Ho Chi Minh City University of Technology"]
    found = extractor.extract("", "Kestrel Kenya and Lakeside University signed an MoU.")
    assert found.partners == ["Kestrel Kenya", "Lakeside University"]


def test_hewlett_packard_enterprise_is_not_hp(extractor: Extractor) -> None:
    found = extractor.extract("", "Sagebrush University signed an agreement with NVIDIA and "
                                  "Hewlett Packard Enterprise (HPE). HPE will train the staff.")
    assert found.partners == ["Sagebrush University", "NVIDIA", "Hewlett Packard Enterprise"]


def test_a_mongolian_initial_a_surname_in_capitals_after_and_a_name_after_a_country(
        extractor: Extractor) -> None:
    found = extractor.extract("", "Rector D.Enkhbayar and CEO Ch.Bat-Erdene signed it. Rector "
                                  "Prof. Dr. Kemal ÖZTÜRK said the lab would open. Chinese "
                                  "Ambassador to Angola Zhang Bin was present. Dr.Smith came.")
    assert [p.name for p in found.people] == ["D.Enkhbayar", "Ch.Bat-Erdene", "Kemal ÖZTÜRK",
                                              "Zhang Bin"]


def test_a_division_is_a_unit_and_a_name_of_five_words(extractor: Extractor) -> None:
    found = extractor.extract("", "Kaveri Motors' Electric Drive Division and Lakeside "
                                  "University opened a lab. Vice-Chancellor Prof Dr Abul Kalam "
                                  "Mohammad Rafiqul Islam said it would open in May.")
    assert "Electric Drive Division" in found.organizations
    assert [p.name for p in found.people] == ["Abul Kalam Mohammad Rafiqul Islam"]


def test_a_companys_joint_center_with_a_university_names_a_party(extractor: Extractor) -> None:
    found = extractor.extract("", "Intel named Cleveland its second AI city. The Intel Joint "
                                  "Center with Cuyahoga State University for Advanced "
                                  "Manufacturing will study robotics.")
    assert found.partners == ["Intel", "Cuyahoga State University"]


def test_an_office_named_by_its_holder_a_spanish_list_and_an_acronym_after_and_the(
        extractor: Extractor) -> None:
    found = extractor.extract("", "The Nevada Governor's Office of Economic Development and "
                                  "the Vice President's Office gave funds. Officials of the "
                                  "Secretaría de Educación Superior, Ciencia, Tecnología e "
                                  "Innovación attended, as did the Department of Communications "
                                  "and Digital Technologies and the MICT SETA.")
    assert found.organizations == [
        "Nevada Governor's Office of Economic Development", "Vice President's Office",
        "Secretaría de Educación Superior, Ciencia, Tecnología e Innovación",
        "Department of Communications and Digital Technologies", "MICT SETA"]


def test_fields_of_energy_management_optics_and_a_list_after_trained_in(
        extractor: Extractor) -> None:
    found = extractor.extract("", "The lab teaches energy management on a microgrid for "
                                  "net-zero campuses, and fibre optic networks. Graduates trained "
                                  "in both mining and ICT are in high demand. The lab will study "
                                  "ageing buildings.")
    assert found.fields == ["Energy management", "Smart grid", "Carbon neutrality",
                            "Optical communication", "Mining", "ICT"]


def test_each_signing_of_an_exchange_of_several_memoranda(extractor: Extractor) -> None:
    text = ("Companies and universities exchanged three memoranda of understanding on Monday. "
            "Lakeside University signed with Alibaba Cloud to train students, while Harbour "
            "University and Tencent Cloud agreed to set up a joint lab. The third MoU was "
            "between Kestrel Networks and Ridgeview College.")
    found = extractor.extract("", text)
    assert found.partners == ["Lakeside University", "Alibaba Cloud", "Harbour University",
                              "Tencent Cloud", "Kestrel Networks", "Ridgeview College"]
    # no word of several signings: the parties of the first sentence that names two
    found = extractor.extract("", text.replace("exchanged three memoranda of understanding",
                                               "met"))
    assert found.partners == ["Lakeside University", "Alibaba Cloud", "Harbour University",
                              "Tencent Cloud"]


def test_a_companys_unit_named_with_de_or_do(extractor: Extractor) -> None:
    found = extractor.extract("", "IBM de México and Lakeside University signed an agreement. "
                                  "Huawei do Brasil will train the teachers.")
    assert found.partners == ["IBM Mexico", "Lakeside University"]
    assert found.organizations == ["IBM Mexico", "Lakeside University", "Huawei Brazil"]


def test_fields_of_beyond_5g_process_control_and_petrochemicals(extractor: Extractor) -> None:
    found = extractor.extract("", "The lab will research Beyond 5G radios, distributed "
                                  "control systems for the petrochemical and power industries, "
                                  "and a meteorological big data platform.")
    assert found.fields == ["6G", "Distributed control systems", "Oil and gas", "Energy",
                            "Weather forecasting", "Big data"]


def test_the_owner_of_a_local_arm_after_a_countrys_possessive_is_no_party(
        extractor: Extractor) -> None:
    found = extractor.extract("", "Lakeside University signed an agreement with Yokogawa Egypt, "
                                  "the local arm of Japan's Yokogawa Electric Corporation.")
    assert found.partners == ["Lakeside University", "Yokogawa Egypt"]


def test_people_listed_after_a_role_in_the_plural(extractor: Extractor) -> None:
    found = extractor.extract("", "IBM and three universities signed the agreements. They were "
                                  "signed by the rectors Ana Ruiz Mora (UANL), Luis Vega Soto "
                                  "(UdeG) and Eva Gil Santos (BUAP).")
    assert [(p.name, p.role) for p in found.people] == [
        ("Ana Ruiz Mora", "rector"), ("Luis Vega Soto", "rector"), ("Eva Gil Santos", "rector")]
    assert found.organizations == ["IBM"]


def test_a_priests_title_and_fields_of_ai_chips_cloud_architecture_and_sensing_networks(
        extractor: Extractor) -> None:
    found = extractor.extract("", "The rector, Father Luis Fernando Múnera, said the lab will "
                                  "study AI semiconductors, cloud architecture and "
                                  "network-as-a-sensor radios.")
    assert [p.name for p in found.people] == ["Luis Fernando Múnera"]
    assert found.fields == ["AI accelerators", "Cloud computing",
                            "Integrated sensing and communication"]


def test_transsions_brands_and_a_standards_body(extractor: Extractor) -> None:
    found = extractor.extract("", "Transsion Holdings, the maker of TECNO, itel and Infinix "
                                  "phones, joined 3GPP.")
    assert found.organizations == ["Transsion", "TECNO", "itel", "Infinix", "3GPP"]


def test_names_after_an_office_for_cooperation_a_two_letter_initial_and_a_degree(
        extractor: Extractor) -> None:
    found = extractor.extract("", "Vice-Rector for International Cooperation Timur Aliev met "
                                  "the guests. Rector of KNTU Sh. Omarova said the lab would "
                                  "open, and Deputy Minister of Digital Development and "
                                  "Transport Farid Guliyev attended. The lab was opened by "
                                  "Vesna Jovanović, dipl. ing., Head of Orbita Serbia.")
    assert [p.name for p in found.people] == ["Timur Aliev", "Sh. Omarova", "Farid Guliyev",
                                              "Vesna Jovanović"]


def test_a_ministry_of_the_republic_of_a_country_is_named_whole(extractor: Extractor) -> None:
    found = extractor.extract("", "The Ministry of Higher Education of the Republic of "
                                  "Tajikistan welcomed the lab.")
    assert found.organizations == ["Ministry of Higher Education of the Republic of Tajikistan"]
    assert found.places == []


def test_a_field_written_with_a_space_for_a_hyphen_and_regions_of_the_caucasus(
        extractor: Extractor) -> None:
    found = extractor.extract("", "Fifth generation networks will reach schools in the South "
                                  "Caucasus, Central Europe and the Caucasus, AZERTAC reports. "
                                  "Nokia Solutions and Networks Georgia will build them.")
    assert found.fields == ["5G"]
    assert found.places == ["South Caucasus", "Central Europe", "Caucasus"]
    assert found.organizations == ["AZERTAC", "Nokia Georgia"]


def test_names_after_an_organisation_an_office_is_of_in_capitals_and_ethiopian_titles(
        extractor: Extractor) -> None:
    found = extractor.extract("", "The minister met with CEO of Huawei Egypt Tom Reyes in Cairo. "
                                  "It was signed by Dr KHALID NASSER ALOTAIBI, the dean, and "
                                  "by Ethio telecom CEO W/ro Hiwot Tadesse. Ato Bereket Haile, "
                                  "Director of the institute, said it would open.\n"
                                  "Media contact: Mary Njeri, Orbita East Africa, "
                                  "mary@example.com")
    assert [p.name for p in found.people] == ["Tom Reyes", "KHALID NASSER ALOTAIBI",
                                              "Hiwot Tadesse", "Bereket Haile", "Mary Njeri"]


def test_a_ministry_that_tells_of_a_signing_and_an_acronym_with_a_digit(
        extractor: Extractor) -> None:
    found = extractor.extract("", "Lakeside University and Orbita Algeria signed an agreement "
                                  "on Monday, the Ministry of Higher Education said in a "
                                  "statement. Atlas Polytechnic University (AP3U) will host "
                                  "it; AP3U's School of Computing will teach the courses.")
    assert found.partners == ["Lakeside University", "Orbita Algeria"]
    assert "School of Computing" in found.organizations


def test_fields_of_5g_core_networks_and_smart_universities_and_huaweis_companies_abroad(
        extractor: Extractor) -> None:
    found = extractor.extract("", "Huawei Tech Investment Saudi Arabia will help build smart "
                                  "universities and test 5G core networks through IBM "
                                  "SkillsBuild courses.")
    assert found.fields == ["Smart campus", "Core networks"]
    assert found.organizations == ["Huawei Saudi Arabia", "IBM SkillsBuild"]


def test_a_brother_a_president_in_brackets_and_a_professor_after_an_office_of_a_university(
        extractor: Extractor) -> None:
    found = extractor.extract("", "Lakeside University (President: Kenta Mori) signed it. It "
                                  "was formalized by President Br. Mateo Cruz FSC and Rector "
                                  "of Hillcrest University Professor Dian Pratama said so.")
    assert [p.name for p in found.people] == ["Kenta Mori", "Mateo Cruz", "Dian Pratama"]


def test_an_offices_rest_before_a_defined_ministry_and_a_malaysian_corporations_unit(
        extractor: Extractor) -> None:
    found = extractor.extract("", "Engaging the Ministry of Digital Affairs (Komdigi), ZTE "
                                  "(Malaysia) Corporation Sdn Bhd signed an agreement with "
                                  "Lakeside University, witnessed by the Secretary of State of "
                                  "the Ministry of Posts (MOP).")
    assert found.partners == ["ZTE Malaysia", "Lakeside University"]
    assert found.organizations == ["Ministry of Digital Affairs", "ZTE Malaysia",
                                   "Lakeside University", "Ministry of Posts"]


def test_a_lab_at_a_unit_of_a_party_and_at_a_school_of_its_own(extractor: Extractor) -> None:
    found = extractor.extract("", "ZTE, Kestrel Telecom and Addis Ababa University signed "
                                  "an agreement to set up a lab at the Addis Ababa Institute "
                                  "of Technology.")
    assert found.partners == ["ZTE", "Kestrel Telecom", "Addis Ababa University"]
    found = extractor.extract("", "Kestrel Telecom and Orbita Labs opened a lab at Mbezi "
                                  "Primary School.")
    assert found.partners == ["Kestrel Telecom", "Orbita Labs", "Mbezi Primary School"]


def test_indonesian_provinces_a_persons_name_that_starts_with_a_city_and_listed_acronyms(
        extractor: Extractor) -> None:
    found = extractor.extract("", "Bandung, W Java (ANTARA) - Leon Wibowo – Country Manager. "
                                  "Students in East Java and North Sumatra will join. Leon "
                                  "Wibowo said universities such as ITB, UNDIP and UGM "
                                  "attended, the Nikkei and the USDA reported.")
    assert found.places == ["Bandung", "West Java", "East Java", "North Sumatra"]
    assert found.organizations == ["Antara", "ITB", "UNDIP", "UGM", "Nikkei",
                                   "U.S. Department of Agriculture"]


def test_a_byline_with_the_paper_after_a_bar_and_an_acronym_that_leaves_out_the_head(
        extractor: Extractor) -> None:
    found = extractor.extract("", "By Li Na | Lakeside Daily | Updated: 2025-03-14\n\nThe "
                                  "Institute for Quantum Materials Research (QMR) will join. "
                                  "QMR said so.")
    assert [p.name for p in found.people] == ["Li Na"]
    assert found.organizations == ["Lakeside Daily", "Institute for Quantum Materials Research"]


def test_demonyms_of_provinces_and_regions_and_a_countrys_maori_name(
        extractor: Extractor) -> None:
    found = extractor.extract("", "Scottish and Welsh universities will join Bavarian and "
                                  "Siberian partners across Eurasia, from Aotearoa.")
    assert found.places == ["Scotland", "Wales", "Bavaria", "Siberia", "Eurasia", "New Zealand"]


def test_a_knight_called_by_first_name_and_a_photo_credit(extractor: Extractor) -> None:
    found = extractor.extract("", "It was signed by Professor Sir Alan Munro, Principal of "
                                  "Kelvin University. \"We are glad,\" said Sir Alan.\n"
                                  "Lise Moreau, vice-president, research, at the signing. "
                                  "(Photo: Marc Gagnon)")
    assert [p.name for p in found.people] == ["Alan Munro", "Lise Moreau", "Marc Gagnon"]


def test_a_title_names_a_university_of_by_its_place_and_a_lower_case_acronym(
        extractor: Extractor) -> None:
    found = extractor.extract("Huawei and Strathkelvin open joint lab",
                              "Huawei has announced a partnership with the University of "
                              "Strathkelvin.")
    assert found.partners == ["Huawei", "University of Strathkelvin"]
    found = extractor.extract("uOttawa and Huawei Canada sign research agreement",
                              "The University of Ottawa (uOttawa) and Huawei Canada have "
                              "signed a research agreement.")
    assert found.partners == ["University of Ottawa", "Huawei Canada"]


def test_a_lab_for_subjects_that_end_like_company_names(extractor: Extractor) -> None:
    found = extractor.extract("", "Huawei will fund a Joint Lab for Optical Networks and "
                                  "Photonic Computing at Kelvin University.")
    assert found.organizations == ["Huawei", "Joint Lab for Optical Networks and Photonic "
                                   "Computing", "Kelvin University"]


def test_a_demonym_makes_no_companys_unit_nor_a_programmes_name(extractor: Extractor) -> None:
    found = extractor.extract("", "It was announced at the Huawei European Innovation Day, "
                                  "for the Bavarian AI initiative and the Apprenticeship "
                                  "Maryland program.")
    assert found.organizations == ["Huawei", "Apprenticeship Maryland"]
    assert found.places == ["Europe", "Bavaria"]


def test_fields_of_theory_verification_and_engineering_and_ibms_quantum_network(
        extractor: Extractor) -> None:
    found = extractor.extract("", "The centre works on coding theory, formal verification, "
                                  "quantum simulation, water quality and earthquake "
                                  "engineering, and joins the IBM Quantum Network.")
    assert found.fields == ["Information theory", "Formal verification", "Quantum simulation",
                            "Water resources", "Earthquake engineering"]
    assert found.organizations == ["IBM Quantum Network"]


def test_a_bylines_staff_correspondent_and_a_country_after_a_units_and(
        extractor: Extractor) -> None:
    found = extractor.extract("", "Staff Correspondent, Dhaka\n\nHuawei Myanmar and Myanmar's "
                                  "Rectors' Committee signed a memorandum in Yangon.")
    assert found.places == ["Dhaka", "Myanmar", "Yangon"]
    assert found.organizations == ["Huawei Myanmar", "Rectors' Committee"]


def test_four_initials_a_mongolian_name_after_an_office_and_a_manager_for_two_countries(
        extractor: Extractor) -> None:
    found = extractor.extract("", "It was signed by Senior Prof. K.K.C.K. Perera and Minister "
                                  "of Digital Development and Communications Ts.Baatarkhuu. "
                                  "Microsoft's Country Manager for Nepal and Bhutan, Ankit "
                                  "Sharma, signed the letter.")
    assert [p.name for p in found.people] == ["K.K.C.K. Perera", "Ts.Baatarkhuu",
                                              "Ankit Sharma"]
    assert found.organizations == ["Microsoft"]


def test_a_programme_named_in_quotes_and_what_the_pacific_set_names(
        extractor: Extractor) -> None:
    found = extractor.extract("", "It is part of the \"Digital Nation\" programme and of "
                                  "TECH4ALL, for Pacific Islanders in Port Vila, on Nepali "
                                  "language processing and landslide prediction.")
    assert found.organizations == ["Digital Nation", "TECH4ALL"]
    assert found.places == ["Pacific Islands", "Port-Vila", "Nepal"]
    assert found.fields == ["Natural language processing", "Emergency management"]


def test_memorandums_signed_with_a_list_after_a_caption_that_names_one(
        extractor: Extractor) -> None:
    found = extractor.extract("", "Representatives of Huawei and Kestrel University sign an "
                                  "MoU in Riyadh. (Photo: Ma Rui)\n\nRIYADH, March 5 -- Huawei "
                                  "signed talent development memorandums of understanding with "
                                  "Amber University, Harbour University and Kestrel University."
                                  " Eric Zhou, chairman of Huawei Tech. Investment Saudi Arabia "
                                  "Co., Ltd, spoke.")
    assert found.partners == ["Huawei", "Kestrel University", "Amber University",
                              "Harbour University"]
    assert "Huawei Saudi Arabia" in found.organizations


def test_a_chair_in_a_field_that_ends_like_a_company_and_a_spanish_school_of_a_party(
        extractor: Extractor) -> None:
    found = extractor.extract("", "Huawei España and the Universidad Politécnica de Madrid (UPM) "
                                  "have created the UPM-Huawei Chair in Artificial Intelligence "
                                  "and Sustainable Networks, which will fund research at the "
                                  "Escuela Técnica Superior de Ingenieros de Telecomunicación. "
                                  "ICT Cabinet Secretary William Kabogo attended.")
    assert found.partners == ["Huawei Spain", "Universidad Politécnica de Madrid"]
    assert "Sustainability" not in found.organizations
    assert found.fields == ["Artificial intelligence", "Sustainability"]


def test_an_acronym_and_a_town_defined_an_owners_definition_and_a_short_state(
        extractor: Extractor) -> None:
    found = extractor.extract("", "The Indian Institute of Technology Madras (IIT Madras) and "
                                  "Microsoft signed it. Prof. V. Kamakoti, Director, IIT Madras, "
                                  "spoke, with the Lakeside Digital Economy Corporation's (LDEC) "
                                  "support, for schools in Oyo State.")
    assert [p.name for p in found.people] == ["V. Kamakoti"]
    assert found.organizations == ["Indian Institute of Technology Madras", "Microsoft",
                                   "Lakeside Digital Economy Corporation"]
    assert found.places == ["Oyo State"]


def test_a_spanish_dateline_a_bureau_byline_and_demonyms_of_botswana_and_the_dominican_republic(
        extractor: Extractor) -> None:
    found = extractor.extract("", "SANTO DOMINGO.- The Instituto Tecnológico de Santo Domingo "
                                  "(INTEC) and Huawei signed it for Dominican students.")
    assert found.partners == ["Instituto Tecnológico de Santo Domingo", "Huawei"]
    assert found.places == ["Santo Domingo", "Dominican Republic"]
    found = extractor.extract("", "Harare Bureau\n\nThe University of Zimbabwe and Huawei "
                                  "trained 300 Batswana students.")
    assert found.organizations == ["University of Zimbabwe", "Huawei"]
    assert found.places == ["Harare", "Botswana"]


def test_names_joined_by_and_the_a_lab_in_the_next_and_an_owner_named_in_the_title(
        extractor: Extractor) -> None:
    found = extractor.extract("", "It was signed at the home of TU Delft and the Netherlands "
                                  "Organisation for Applied Scientific Research (TNO). Teams use "
                                  "the Orion AI Co-Innovation Lab in the Technological "
                                  "Laboratory of Uruguay (LATU).")
    assert found.organizations == ["TU Delft", "Netherlands Organisation for Applied Scientific "
                                   "Research", "Orion AI Co-Innovation Lab",
                                   "Technological Laboratory of Uruguay"]
    found = extractor.extract("Kestrel University and Alibaba's Cainiao launch a chair",
                              "Kestrel University (KU) and Cainiao Smart Logistics Network, the "
                              "logistics arm of Alibaba Group, have launched a research chair.")
    assert found.partners == ["Kestrel University", "Cainiao Smart Logistics Network"]


def test_the_netherlands_the_philippines_and_a_demonym_before_a_ministry(
        extractor: Extractor) -> None:
    found = extractor.extract("", "Students from the Philippines went to the Netherlands. The "
                                  "Kenyan Ministry of Trade and Industry supports them.")
    assert found.places == ["Philippines", "Netherlands", "Kenya"]
    assert found.organizations == ["Ministry of Trade and Industry"]


def test_dutch_particles_a_credit_before_a_slash_a_pic_line_and_a_councillor(
        extractor: Extractor) -> None:
    found = extractor.extract("", "Tim van der Berg, Rector Magnificus of Kestrel University, "
                                  "spoke. The region was represented by its councillor for "
                                  "education, Marco Bellini. It was witnessed by the president "
                                  "of the Harbour Institute of Telecommunications (Hitel), "
                                  "Guido Gómez Mazara.\n\n(Photo: Sanne Kuipers / Kestrel "
                                  "University)\n\nPIC: Tebogo Sethebe")
    assert [p.name for p in found.people] == ["Tim van der Berg", "Marco Bellini",
                                              "Guido Gómez Mazara", "Sanne Kuipers",
                                              "Tebogo Sethebe"]


def test_a_small_town_is_a_place_where_the_article_names_its_country(
        extractor: Extractor) -> None:
    found = extractor.extract("", "PALAPYE: Kestrel University in Botswana will run trials in "
                                  "Maun and in rural districts such as Gokwe and Chipinge in "
                                  "Zimbabwe.")
    assert found.places == ["Palapye", "Botswana", "Maun", "Gokwe", "Chipinge", "Zimbabwe"]
    # not where its country goes unnamed, nor without a word that makes it a place
    found = extractor.extract("", "Kestrel University in Kenya will run trials in Maun. "
                                  "Redmond said the trials in Kenya start soon.")
    assert found.places == ["Kenya"]


def test_european_regions_by_their_english_names_and_the_americas(
        extractor: Extractor) -> None:
    found = extractor.extract("", "Upper Austria, Wallonia and North Rhine-Westphalia want "
                                  "chip plants; the supply chain moves to the Americas.")
    assert found.places == ["Upper Austria", "Wallonia", "North Rhine-Westphalia", "Americas"]


def test_a_town_or_the_end_of_a_place_before_and_the_next_university_is_no_party(
        extractor: Extractor) -> None:
    found = extractor.extract("", "The centre will serve the Université Amadou Mahtar Mbow in "
                                  "Diamniadio and the Université de Thiès in Senegal, and the "
                                  "Instituto Ámbar (INAM) in Santiago de los Caballeros and the "
                                  "Universidad Autónoma de Santo Domingo (UASD).")
    assert found.organizations == ["Université Amadou Mahtar Mbow", "Université de Thiès",
                                   "Instituto Ámbar", "Universidad Autónoma de Santo Domingo"]
    assert found.places == ["Diamniadio", "Senegal", "Santiago de los Caballeros"]


def test_universities_that_came_before_are_no_parties_and_an_acronym_before_a_dash(
        extractor: Extractor) -> None:
    found = extractor.extract("", "Kestrel University opened a lab with Huawei on Tuesday, "
                                  "becoming the third university to do so after Harbour "
                                  "University of Technology and VSB – Technical University of "
                                  "Ostrava.")
    assert found.partners == ["Kestrel University", "Huawei"]
    assert "Harbour University of Technology" in found.organizations


def test_optical_switching_and_design_automation(extractor: Extractor) -> None:
    found = extractor.extract("", "The lab works on optical switching and the design "
                                  "automation of quantum circuits.")
    assert found.fields == ["Optical communication", "Electronic design automation"]


def test_demonyms_of_countries_of_several_words_a_unit_after_a_possessive_and_a_list_end(
        extractor: Extractor) -> None:
    found = extractor.extract("", "Some 1,200 Papua New Guineans and Costa Rican students "
                                  "trained at NTU's Computer and Information Networking Center.")
    assert found.places == ["Papua New Guinea", "Costa Rica"]
    assert found.organizations == ["Computer and Information Networking Center"]
    found = extractor.extract("", "It will expand research in quantum engineering and to "
                                  "build apps.")
    assert found.fields == ["Quantum engineering"]


def test_a_council_paying_for_it_is_a_partner_and_japans_regions(extractor: Extractor) -> None:
    found = extractor.extract("", "Kestrel University and Orvane Labs signed it in the Tohoku "
                                  "region. The Harbour Science Council is paying for half of "
                                  "the system.")
    assert found.partners == ["Kestrel University", "Orvane Labs", "Harbour Science Council"]
    assert found.places == ["Tohoku"]


def test_a_state_or_country_government_named_by_its_place(extractor: Extractor) -> None:
    found = extractor.extract("", "Kestrel University and Orvane Labs signed it. The New South "
                                  "Wales Government will contribute A$10 million. Zhu Jie, "
                                  "General Manager of Huawei Liaoning Government and Enterprise, "
                                  "spoke.")
    assert found.partners == ["Kestrel University", "Orvane Labs", "New South Wales Government"]
    assert "Liaoning Government" not in found.organizations


def test_quantum_engineering_and_digital_trade(extractor: Extractor) -> None:
    found = extractor.extract("", "The lab adds a master's track in quantum engineering and a "
                                  "course on digital trade.")
    assert found.fields == ["Quantum engineering", "E-commerce"]


def test_a_label_before_a_colon_ends_a_name(extractor: Extractor) -> None:
    found = extractor.extract("", "Release date: 2025-05-02 Author: School of Electrical "
                                  "Engineering Photography: Zhou Lan\n\nThe university signed "
                                  "an agreement with Orbitel. Westbrook University: a new lab.")
    assert found.organizations == ["School of Electrical Engineering", "Orbitel",
                                   "Westbrook University"]


def test_a_staff_byline_between_bars_names_no_one(extractor: Extractor) -> None:
    found = extractor.extract("", "By Staff Writer | Quito | 3 March 2025\n\nAndes Digital and "
                                  "the University of Quito opened a lab.")
    assert found.people == [] and found.places == ["Quito"]
    found = extractor.extract("", "By Rosa Quispe | Quito | 3 March 2025\n\nAndes Digital and "
                                  "the University of Quito opened a lab.")
    assert [p.name for p in found.people] == ["Rosa Quispe"]


def test_a_place_the_title_names(extractor: Extractor) -> None:
    found = extractor.extract("Norvane Cloud opens Latin America's first cloud skills centre",
                              "Norvane Cloud and the University of Valparaíso opened a centre.")
    assert found.places == ["Latin America"]


def test_a_campus_town_as_written_and_an_agency_in_a_dateline(extractor: Extractor) -> None:
    found = extractor.extract("", "Muscat, Jan 14 (ONA) --- Viet Nam National University, Ha Noi "
                                  "(VNU) signed an agreement with Orbitel.")
    assert found.organizations == ["Oman News Agency", "Viet Nam National University, Ha Noi",
                                   "Orbitel"]


def test_a_place_with_an_arabic_article_and_a_verb_that_starts_no_field(
        extractor: Extractor) -> None:
    found = extractor.extract("", "Orbitel will train lecturers at the University of Dar es "
                                  "Salaam and open a lab in Dar es Salaam. Students will work on "
                                  "5G networks and take part in courses.")
    assert found.places == ["Dar es Salaam"]
    assert "University of Dar es Salaam" in found.organizations
    assert found.fields == ["5G"]


def test_red_hat_is_ibms(extractor: Extractor) -> None:
    found = extractor.extract("", "Students will build applications on Red Hat OpenShift.")
    assert found.organizations == ["Red Hat"]


def test_a_place_before_area_is_a_place(extractor: Extractor) -> None:
    found = extractor.extract("", "They will host a challenge with the Arizona Commerce "
                                  "Authority and Phoenix-area startups.")
    assert found.organizations == ["Arizona Commerce Authority"]
    assert found.places == ["Phoenix"]


def test_a_body_that_funds_the_work_in_part_is_a_partner(extractor: Extractor) -> None:
    found = extractor.extract("", "Nile Valley University and Orbitel signed an agreement. The "
                                  "lab is funded in part by the Delta Science Foundation.")
    assert found.partners == ["Nile Valley University", "Orbitel", "Delta Science Foundation"]


def test_a_definition_after_a_known_companys_possessive(extractor: Extractor) -> None:
    found = extractor.extract("", "Kilima University has partnered with Microsoft's Africa "
                                  "Research Institute (MARI) to build tools. MARI will publish "
                                  "them, with a focus on low-cost tools for clinics.")
    assert found.organizations == ["Kilima University", "Microsoft", "Africa Research Institute"]
    assert found.fields == []


# ---------------------------------------------------------------- seventy-sixth held-out set


@pytest.mark.parametrize("title,text,partners", [
    # Spanish and Portuguese signings; a faculty "de la" / "da" its university signs for it.
    ("", "Orbitel y la Facultad de Ingeniería de la Universidad Nacional de Cuyo firmaron un "
         "convenio el martes, en presencia del Ministerio de Educación.",
     ["Orbitel", "Universidad Nacional de Cuyo"]),
    ("", "A Huawei e a Faculdade de Engenharia da Universidade Federal do Ceará assinaram um "
         "acordo de cooperação.", ["Huawei", "Universidade Federal do Ceará"]),
])
def test_signings_in_spanish_and_portuguese(extractor: Extractor, title: str, text: str,
                                            partners: list[str]) -> None:
    assert extractor.extract(title, text).partners == partners


def test_a_faculty_of_a_spanish_university_is_a_unit_of_it(extractor: Extractor) -> None:
    found = extractor.extract("", "Huawei y la Facultad Politécnica de la Universidad Nacional "
                                  "de Asunción firmaron un convenio.")
    assert found.organizations == ["Huawei", "Facultad Politécnica",
                                   "Universidad Nacional de Asunción"]


def test_a_hall_is_a_venue_and_student_placements_are_no_field(extractor: Extractor) -> None:
    found = extractor.extract("", "Orbitel and Kilima University signed the deal at College "
                                  "Hall. They will work on curriculum co-development, student "
                                  "placements and data warehousing.")
    assert found.organizations == ["Orbitel", "Kilima University"]
    assert found.fields == ["Data warehousing"]


def test_a_town_after_spanish_en(extractor: Extractor) -> None:
    found = extractor.extract("", "Paraguay tiene talento. La universidad tiene sede en "
                                  "Encarnación.")
    assert found.places == ["Paraguay", "Encarnación"]


def test_programmes_by_their_spanish_names(extractor: Extractor) -> None:
    found = extractor.extract("", "Huawei abrirá una Academia ICT de Huawei y llevará a diez "
                                  "alumnos al programa Semillas para el Futuro.")
    assert found.organizations == ["Huawei", "Huawei ICT Academy", "Seeds for the Future"]


def test_a_french_signing_an_elided_university_and_a_foundation_before_its_company(
        extractor: Extractor) -> None:
    found = extractor.extract("", "Le Président de l'Université de Mahajanga et Orange "
                                  "Madagascar ont signé un accord de partenariat. Le programme "
                                  "est financé par la Fondation Orange et la GIZ.")
    assert found.organizations == ["Université de Mahajanga", "Orange Madagascar",
                                   "Fondation Orange", "GIZ"]
    assert found.partners == ["Université de Mahajanga", "Orange Madagascar",
                              "Fondation Orange", "GIZ"]


def test_palestine_by_its_demonym_and_a_capital_named_like_a_person(
        extractor: Extractor) -> None:
    found = extractor.extract("", "Sofia, May 4 (BTA) - The centre will train young "
                                  "Palestinians and Bulgarian engineers.")
    assert found.places == ["Sofia", "Palestine", "Bulgaria"]
    found = extractor.extract("", "Rector Sofia Marin said the Bulgarian lab would open.")
    assert found.places == ["Bulgaria"]


def test_a_closed_joint_stock_company_and_a_name_after_an_office_of_a_university(
        extractor: Extractor) -> None:
    found = extractor.extract("", "It was signed between Aravan Design CJSC and the Northern "
                                  "University of Armenia. It was signed by the Rector of the "
                                  "Northern University of Armenia Anahit Petrosyan.")
    assert found.organizations == ["Aravan Design", "Northern University of Armenia"]
    assert [p.name for p in found.people] == ["Anahit Petrosyan"]


def test_a_university_named_after_someone_an_agency_with_a_hyphen_and_demonyms(
        extractor: Extractor) -> None:
    found = extractor.extract("", "DUSHANBE, May 2 (Asia-Plus) -- Tcell and the Khujand "
                                  "Mining University named after academician B.K. Rahimov "
                                  "(KMU) have signed an agreement. Somali and Central American "
                                  "students, in Centroamérica, met the Autoridad Nacional para "
                                  "la Innovación Gubernamental.")
    assert found.partners == ["Tcell", "Khujand Mining University"]
    assert found.places == ["Dushanbe", "Somalia", "Central America"]
    assert "Autoridad Nacional para la Innovación Gubernamental" in found.organizations
    found = extractor.extract("", "The centre will work on Somali-language speech and text "
                                  "processing.")
    assert found.fields == ["Text processing"]


# ---------------------------------------------------------------- seventy-eighth held-out set


def test_a_joint_institute_named_by_a_company_and_a_place_and_a_title_of_fields(
        extractor: Extractor) -> None:
    found = extractor.extract("Orbitel and Kilima University Expand Quantum Institute with "
                              "Photonics and Hybrid Cloud Research",
                              "Orbitel and Kilima University today announced an expansion of "
                              "the Orbitel-Kilima Quantum Institute.")
    assert found.partners == ["Orbitel", "Kilima University"]


def test_certifications_and_a_daily_paper_are_no_organisations(extractor: Extractor) -> None:
    found = extractor.extract("", "By Daily Monitor Reporter\n\nKAMPALA. Huawei will offer the "
                                  "Huawei Certified ICT Associate (HCIA) and Professional "
                                  "(HCIP) certifications.")
    assert found.organizations == ["Daily Monitor", "Huawei"]


def test_a_centre_named_by_a_university_and_products_and_a_region_with_hong_kong(
        extractor: Extractor) -> None:
    found = extractor.extract("", "The Kilima University of Technology-Huawei Kunpeng & Ascend "
                                  "Science and Education Innovation Center was opened.")
    assert found.organizations == ["Kilima University of Technology-Huawei Kunpeng & Ascend "
                                   "Science and Education Innovation Center"]
    assert found.partners == ["Kilima University of Technology", "Huawei"]
    found = extractor.extract("", "Graduates will work in the Guangdong-Hong Kong-Macao Greater "
                                  "Bay Area, said Party Secretary Huang Wenbin.")
    assert [p.name for p in found.people] == ["Huang Wenbin"]


# ----------------------------------------------------------------- seventy-ninth held-out set


def test_a_companys_programme_defined_by_its_acronym_stands_for_the_company(
        extractor: Extractor) -> None:
    found = extractor.extract("", "Samsung and Kilima University launched the Samsung "
                                  "Innovation Campus (SIC). SIC will train 500 students.")
    assert found.partners == ["Samsung", "Kilima University"]
    assert "Samsung Innovation Campus" in found.organizations


@pytest.mark.parametrize("text,names", [
    ("Segundo Lucas Ferraz, diretor-geral da Orbitel no Brasil, a empresa vai crescer.",
     ["Lucas Ferraz"]),
    ("It was opened by Federal Minister for IT and Telecommunication Shaza Fatima Khawaja, "
     "along with the rector.", ["Shaza Fatima Khawaja"]),
    ("The MoU was signed by Rector Prof. Dr. Suharnomo, S.E., M.Si. and Andy Prasetyo, "
     "Country Manager of Orbitel.", ["Suharnomo", "Andy Prasetyo"]),
])
def test_people_after_according_to_an_office_of_two_subjects_and_one_name_with_degrees(
        extractor: Extractor, text: str, names: list[str]) -> None:
    assert list(people(extractor, text)) == names


def test_a_second_similar_signing_and_a_spanish_centre_at_a_universitys_site(
        extractor: Extractor) -> None:
    found = extractor.extract("", "Orbitel and Kilima University signed an MoU. The same day, "
                                  "Orbitel signed a similar agreement with Lakeside College.")
    assert found.partners == ["Orbitel", "Kilima University", "Lakeside College"]
    found = extractor.extract("", "Orbitel and Kilima University signed an MoU. Orbitel signed "
                                  "a similar agreement with Lakeside College last year.")
    assert found.partners == ["Orbitel", "Kilima University"]
    found = extractor.extract("", "La Universidad de Caldas y Huawei firmaron un convenio para "
                                  "crear un Centro de Innovación en Inteligencia Artificial y "
                                  "Computación en la Nube en la Sede de Investigación "
                                  "Universitaria (SIU).")
    assert found.partners == ["Universidad de Caldas", "Huawei"]
    assert "Centro de Innovación en Inteligencia Artificial y Computación en la Nube" in \
        found.organizations


def test_an_acronym_in_brackets_inside_a_name_and_indian_forms_of_address(
        extractor: Extractor) -> None:
    found = extractor.extract(
        "Orbitel signs MoU with IIT Ranchipur",
        "Orbitel on Tuesday signed an MoU with the Indian Institute of Technology (IIT) "
        "Ranchipur. It was signed by Shri Vikram Nair, Head, Orbitel Research, and Smt. Kavita "
        "Rao, Registrar, IIT Ranchipur, in the presence of the West Bengal government.")
    assert found.partners == ["Orbitel", "Indian Institute of Technology Ranchipur"]
    assert [p.name for p in found.people] == ["Vikram Nair", "Kavita Rao"]
    assert ("Indian Institute of Technology (IIT) Ranchipur",
            "Indian Institute of Technology Ranchipur") in [
        (e.text, e.canonical) for e in found.entities]
    assert "West Bengal government" in found.organizations and found.places == ["West Bengal"]
    assert "Korean government" not in extractor.extract(
        "", "The Korean government funds the lab.").organizations


def test_a_wire_releases_source_line_and_a_college_district_by_its_first_word(
        extractor: Extractor) -> None:
    found = extractor.extract(
        "Orbitel and Saguaro launch a cloud pathway",
        "Orbitel and the Saguaro County Community College District today announced a cloud "
        "computing pathway. \"We are proud to work with Saguaro,\" Orbitel said.\n\n"
        "SOURCE Saguaro County Community College District")
    assert found.organizations == ["Orbitel", "Saguaro County Community College District"]
    assert found.partners == ["Orbitel", "Saguaro County Community College District"]


def test_a_companys_research_arm_by_its_acronym_and_a_news_agency_of_uzbekistan(
        extractor: Extractor) -> None:
    found = extractor.extract(
        "", "Tashkent, 14 March (UzA). Tata Consultancy Services (TCS) and the university will "
            "work with TCS Research on liquid cooling for data centres.")
    assert "UzA" in found.organizations and "TCS Research" in found.organizations
    assert "Liquid cooling" in found.fields


def test_a_short_name_in_brackets_and_places_of_us_datelines(extractor: Extractor) -> None:
    found = extractor.extract(
        "", "REDMOND, Wash. — Orbitel and the Instituto Tecnológico y de Estudios Superiores de "
            "Occidente (Tec de Occidente) signed an agreement. The vice-rector of Tec de "
            "Occidente, Dr. Ana Ruiz, said the Washington, D.C. office and a campus in the "
            "Klang Valley would work on spintronics, quantum materials and Qwen models.")
    assert found.partners == [
        "Orbitel", "Instituto Tecnológico y de Estudios Superiores de Occidente"]
    assert [p.name for p in found.people] == ["Ana Ruiz"]
    assert found.places == ["Redmond", "Washington", "Washington, D.C.", "Klang Valley"]
    assert found.fields == ["Spintronics", "Quantum materials", "Large models"]


def test_a_country_manager_a_bracketed_form_of_address_and_a_companys_region(
        extractor: Extractor) -> None:
    found = extractor.extract(
        "", "Microsoft Kenya Country Manager Amina Otieno and Prof. (Mrs.) Adwoa Mensah signed "
            "the MoU. Tencent Cloud International's general manager Helen Zhao and the General "
            "Manager of the Zhejiang Region of Alibaba Cloud attended.")
    assert found.organizations == ["Microsoft Kenya", "Tencent Cloud International",
                                   "Alibaba Cloud"]
    assert [p.name for p in found.people] == ["Amina Otieno", "Adwoa Mensah", "Helen Zhao"]
    assert found.places == ["Zhejiang"]


def test_a_companys_name_in_a_labs_name_and_a_programme_in_the_plural_name_no_field(
        extractor: Extractor) -> None:
    found = extractor.extract(
        "", "They will build a ZJUT-Alibaba Cloud Industrial Large Model Joint Laboratory and "
            "open Huawei ICT Academies.")
    assert found.fields == ["Large models"]


def test_a_definition_after_two_names_joined_in_spanish_and_a_university_owned_by_a_foundation(
        extractor: Extractor) -> None:
    found = extractor.extract(
        "", "La empresa Orbitel y la Universidad de Santiago de Chile (Usach) firmaron un "
            "convenio sobre centros de datos.")
    assert found.partners == ["Orbitel", "Universidad de Santiago de Chile"]
    assert found.fields == ["Data centres"]
    found = extractor.extract(
        "", "Qatar Foundation's Hamad Bin Khalifa University (HBKU) and Microsoft Qatar have "
            "signed a memorandum of understanding.")
    assert found.partners == ["Hamad Bin Khalifa University", "Microsoft Qatar"]


def test_a_filipino_maria_an_office_of_two_subjects_and_a_unit_by_its_owners_initials(
        extractor: Extractor) -> None:
    found = extractor.extract(
        "", "In the presence of ICT and Digital Economy Cabinet Secretary William Kiprono, Smart "
            "and the University of the Philippines Diliman opened a lab at the UP College of "
            "Engineering. Chancellor Dr. Ma. Cristina Reyes-Santos spoke of precision farming.")
    assert found.partners == ["Smart", "University of the Philippines Diliman"]
    assert [p.name for p in found.people] == ["William Kiprono", "Ma. Cristina Reyes-Santos"]
    assert found.fields == ["Precision agriculture"]


def test_a_witness_in_a_title_a_ministry_in_small_letters_and_a_list_of_indian_universities(
        extractor: Extractor) -> None:
    found = extractor.extract(
        "Kilima University, Orbitel sign MoU; Huawei executives witness signing",
        "Kilima University and Orbitel signed an MoU, witnessed by Huawei.")
    assert found.partners == ["Kilima University", "Orbitel"]
    found = extractor.extract(
        "Rwanda's ICT ministry and Orbitel sign pact",
        "Orbitel signed MoUs with four universities, namely Anna University, Amrita Vishwa "
        "Vidyapeetham, Thapar Institute of Engineering and Technology and KIIT University.")
    assert found.partners == ["Orbitel", "Anna University", "Amrita Vishwa Vidyapeetham",
                              "Thapar Institute of Engineering and Technology", "KIIT University"]
    assert found.fields == []


def test_a_list_in_bullets_two_unknown_parties_and_who_funds_a_centre_named_in_passing(
        extractor: Extractor) -> None:
    found = extractor.extract(
        "Microsoft brings AI skills to three universities",
        "Microsoft today announced that three universities will join its AI Skills Initiative.\n"
        "The participating universities are:\n• Kilima University\n• Lakeside College\n"
        "• Maseno University\nThe Commission for University Education welcomed it.")
    assert found.partners == ["Microsoft", "Kilima University", "Lakeside College",
                              "Maseno University"]
    found = extractor.extract(
        "", "Telstra and UNSW Sydney have signed a research agreement. The work will be led "
            "by the Center for Quantum Networks, a research center funded by the National "
            "Science Foundation.")
    assert found.partners == ["Telstra", "UNSW Sydney"]


def test_offices_and_their_portfolios_name_no_organisation_nor_field(extractor: Extractor
                                                                     ) -> None:
    found = extractor.extract(
        "", "Kate Morrison, Telstra's Group Executive for Global Networks and Technology, and "
            "Gauteng's MEC for Economic Development attended. Takeshi Ono, Corporate SEVP and "
            "CTO of NEC, spoke on face recognition. The lab will focus on training specialists "
            "in Bahraini universities.")
    assert "Global Networks" not in found.organizations
    assert found.fields == ["Biometrics"]
    assert [p.name for p in found.people] == ["Kate Morrison", "Takeshi Ono"]
    assert found.places == ["Gauteng", "Bahrain"]


def test_a_byline_of_two_names_a_junior_and_upper_egypt(extractor: Extractor) -> None:
    found = extractor.extract(
        "", "By Adaeze Nwosu and Tunde Bakare\n\nThe Executive Secretary of MTN Foundation, Mr. "
            "Emmanuel Olumide Ajayi Jr., said students from Upper Egypt would join, and LG Chem "
            "would provide data.")
    assert [p.name for p in found.people] == ["Adaeze Nwosu", "Tunde Bakare",
                                              "Emmanuel Olumide Ajayi Jr."]
    assert found.places == ["Upper Egypt"]
    assert "LG Chem" in found.organizations


def test_a_state_ends_no_name_and_a_given_name_before_a_chinese_one(extractor: Extractor
                                                                      ) -> None:
    found = extractor.extract(
        "", "The Commissioner for Science, Ondo State, Mrs. Bisi Aluko, spoke. The company was "
            "represented by its general manager, Kevin Tan Wei Ming, and by Vice President "
            "Liang Hao.")
    assert [p.name for p in found.people] == ["Bisi Aluko", "Kevin Tan Wei Ming", "Liang Hao"]
    assert found.places == ["Ondo State"]


def test_a_unit_before_and_of_its_owner_and_names_going_on_after_research_in(
        extractor: Extractor) -> None:
    found = extractor.extract(
        "", "Staff of the School of Marine Science and Engineering and of Orion Networks' "
            "Ocean Lab attended, with the Center for Research in Marine Robotics and the Key "
            "Laboratory of Ocean Engineering in Sensing, Mapping and Navigation.")
    assert found.organizations[:1] == ["School of Marine Science and Engineering"]
    assert {"Center for Research in Marine Robotics",
            "Key Laboratory of Ocean Engineering in Sensing, Mapping and Navigation"} <= \
        set(found.organizations)


def test_a_korean_city_without_its_suffix_and_the_knowledge_economy(extractor: Extractor
                                                                     ) -> None:
    found = extractor.extract("", "The plant in Hwaseong supports a knowledge-based economy.")
    assert found.places == ["Hwaseong"]
    assert found.fields == ["Knowledge economy"]


def test_military_ranks_before_names(extractor: Extractor) -> None:
    found = extractor.extract(
        "", "Vice Chancellor Air Vice Marshal (R) Imran Sadiq signed for the university, "
            "witnessed by Acting Sub Lt. Somchai Wongdee, Advisor to the Minister, and Group "
            "Captain Bilal Ahmed.")
    assert [p.name for p in found.people] == ["Imran Sadiq", "Somchai Wongdee", "Bilal Ahmed"]
    assert found.organizations == []


def test_a_province_in_small_letters_a_hyphenated_county_and_a_regional_research_arm(
        extractor: Extractor) -> None:
    found = extractor.extract(
        "", "IBM Research Africa will work with farmers in Hebei province and with clinics in "
            "Miami-Dade County, and with the Kenyatta University (KU) School of Medicine.")
    assert found.places == ["Hebei", "Miami-Dade County"]
    assert found.fields == []
    assert found.organizations == ["IBM Research Africa", "Kenyatta University School of Medicine"]


def test_a_country_unit_and_a_university_defined_by_one_acronym_and_quantum_sensors(
        extractor: Extractor) -> None:
    found = extractor.extract(
        "", "Kestrel Kazakhstan and Steppe IT University (SITU) have launched an academy for "
            "quantum sensors.")
    assert found.partners == ["Kestrel Kazakhstan", "Steppe IT University"]
    assert found.fields == ["Quantum sensing"]


def test_a_portfolio_word_before_a_ministers_name_and_a_senior_professor_said(
        extractor: Extractor) -> None:
    found = extractor.extract(
        "", "Vice Chancellor Senior Professor Kasun Jayalath signed in the presence of Deputy "
            "Minister of Digital Economy Nimali Fonseka Ranasinghe. Senior Professor "
            "Jayalath said the centre would help.")
    assert [p.name for p in found.people] == ["Kasun Jayalath", "Nimali Fonseka Ranasinghe"]


def test_an_agency_after_a_dateline_in_small_letters_and_a_chipmaker_before_its_name(
        extractor: Extractor) -> None:
    found = extractor.extract(
        "", "Zarqa, Sept. 9 (Petra) -- Chipmaker Intel and Zarqa University signed an "
            "agreement.")
    assert found.organizations == ["Petra", "Intel", "Zarqa University"]
    assert found.partners == ["Intel", "Zarqa University"]


def test_a_trade_before_a_longer_name_and_a_research_body_signing_separately(
        extractor: Extractor) -> None:
    found = extractor.extract(
        "", "PUNE: Chipmaker Corvex Technologies on Monday signed an agreement with Deccan "
            "Technological University. The company also signed a separate agreement with the "
            "Centre for Radio Engineering (CRE), a government research body, to support "
            "start-ups.")
    assert found.organizations[:2] == ["Corvex Technologies", "Deccan Technological University"]
    assert found.partners == ["Corvex Technologies", "Deccan Technological University",
                              "Centre for Radio Engineering"]


def test_fields_of_factories_networks_and_offices_in_english_and_chinese(
        extractor: Extractor) -> None:
    found = extractor.extract(
        "", "Students will use product lifecycle management tools, study network sensing and "
            "run a cloud ERP.")
    assert found.fields == ["Product lifecycle management", "Integrated sensing and "
                            "communication", "Enterprise resource planning"]
    found = extractor.extract("", "双方将在智慧交通和计算机领域开展合作。")
    assert sorted(found.fields) == ["Computer science", "Smart transportation"]


def test_a_minister_of_state_for_a_list_of_portfolios(extractor: Extractor) -> None:
    found = extractor.extract(
        "", "The pact was signed in the presence of Union Minister of State for Electronics and "
            "Information Technology Harish Venkatesan.")
    assert [(p.name, p.role) for p in found.people] == [
        ("Harish Venkatesan", "Minister of State for Electronics and Information Technology")]


def test_a_french_article_its_roles_and_fields(extractor: Extractor) -> None:
    found = extractor.extract(
        "", "DAKAR – La directrice générale de la Sonatel, Awa Ndoye Faye, et le recteur de "
            "l'Université de Thiès, le professeur Idrissa Sow, ont signé une convention. Le "
            "centre formera des étudiants à l'intelligence artificielle, à la cybersécurité et "
            "à l'internet des objets, au service de la transition énergétique.")
    assert [p.name for p in found.people] == ["Awa Ndoye Faye", "Idrissa Sow"]
    assert found.partners == ["Sonatel", "Université de Thiès"]
    assert found.fields == ["Artificial intelligence", "Cybersecurity", "Internet of Things",
                            "Energy transition"]


def test_where_a_chair_sits_is_no_party_and_portuguese_roles_and_fields(
        extractor: Extractor) -> None:
    found = extractor.extract(
        "", "Telefónica y la Universidad de Oviedo firmaron un convenio para crear una cátedra "
            "de ciberseguridad, con sede en la Escuela Politécnica de Ingeniería de Gijón (EPI). "
            "O acordo foi assinado pela reitora da UFPE, professora Marta Siqueira, para "
            "projetos de saúde digital.")
    assert found.partners == ["Telefónica", "Universidad de Oviedo"]
    assert "Marta Siqueira" in [p.name for p in found.people]
    assert "Digital health" in found.fields


def test_french_names_in_small_letters_and_a_ministry_that_supports(
        extractor: Extractor) -> None:
    found = extractor.extract(
        "", "L'Institut national des télécommunications et l'École supérieure polytechnique "
            "de Kindia ont signé une convention, avec l'appui du ministère de la Transition "
            "numérique. Le laboratoire sera installé à l'École des sciences de l'ingénieur de "
            "l'université. The École Nationale d'Informatique will host the training.")
    assert found.partners == ["Institut national des télécommunications",
                              "École supérieure polytechnique de Kindia"]
    assert found.organizations == [
        "Institut national des télécommunications", "École supérieure polytechnique de Kindia",
        "ministère de la Transition numérique", "École des sciences de l'ingénieur",
        "École Nationale d'Informatique"]


def test_indonesian_and_malay_roles_and_fields_and_a_unit_where_a_centre_sits(
        extractor: Extractor) -> None:
    found = extractor.extract(
        "", "Kesepakatan ditandatangani Direktur Digital Business Telkom Indonesia, Sari "
            "Wulandari, dan Rektor Universitas Airlangga, Budi Hartono, untuk riset kecerdasan "
            "buatan, keamanan siber dan kota cerdas. Pengurus Besar Microsoft Malaysia, Nora "
            "Ismail, berkata kursus sains data bermula tahun depan.")
    assert [p.name for p in found.people] == ["Sari Wulandari", "Budi Hartono", "Nora Ismail"]
    assert found.fields == ["Artificial intelligence", "Cybersecurity", "Smart city",
                            "Data science"]
    found = extractor.extract(
        "", "A Huawei e a Universidade Federal do Ceará (UFC) assinaram um acordo para criar um "
            "centro de pesquisa na Escola de Engenharia da UFC.")
    assert found.partners == ["Huawei", "Universidade Federal do Ceará"]


def test_indonesian_names_with_dan_a_signing_a_venue_and_a_witness(
        extractor: Extractor) -> None:
    found = extractor.extract(
        "", "Kesepakatan ditandatangani di Kementerian Komunikasi dan Digital oleh Politeknik "
            "Negeri Medan dan Telkom Indonesia, disaksikan Badan Riset dan Inovasi Nasional "
            "(BRIN). Fakulti Sains Komputer dan Matematik akan menawarkan kursus baharu.")
    assert found.partners == ["Politeknik Negeri Medan", "Telkom Indonesia"]
    assert {"Kementerian Komunikasi dan Digital", "Badan Riset dan Inovasi Nasional",
            "Fakulti Sains Komputer dan Matematik"} <= set(found.organizations)


def test_a_clause_after_research_on_is_no_list_of_fields_and_photonics_fields(
        extractor: Extractor) -> None:
    found = extractor.extract(
        "", "Joint research on campus lets our researchers and students learn from each other. "
            "The partners will work on all-photonics networks, quantum cryptography and "
            "materials informatics.")
    assert found.fields == ["Optical communication", "Quantum communication",
                            "Materials informatics"]


def test_a_centre_named_after_both_partners_with_an_en_dash(extractor: Extractor) -> None:
    found = extractor.extract(
        "", "Google and Fairmont State University opened the Fairmont State University–Google "
            "Center for Cloud Skills on Monday.")
    assert found.organizations == ["Google", "Fairmont State University",
                                   "Fairmont State University–Google Center for Cloud Skills"]
    assert found.partners == ["Google", "Fairmont State University"]


def test_a_clause_with_an_article_in_a_list_is_no_field(
        extractor: Extractor) -> None:
    found = extractor.extract(
        "", "The university will send lecturers to the training campus in Shenzhen, south "
            "China, and open the centre to students from two provinces.")
    assert found.fields == []


def test_a_minister_of_two_portfolios_beside_a_party_is_a_person(extractor: Extractor) -> None:
    found = extractor.extract(
        "", "The National University of Laos (NUOL) opened the centre. Minister of Technology "
            "and Communications Khamsing Phommachack and NUOL staff attended.")
    assert found.organizations == ["National University of Laos"]
    assert [p.name for p in found.people] == ["Khamsing Phommachack"]


def test_a_lao_sole_company_is_the_company_s_unit(extractor: Extractor) -> None:
    found = extractor.extract(
        "", "Huawei Technologies (Lao) Sole Co., Ltd. and the National University of Laos "
            "opened an ICT centre.")
    assert found.partners == ["Huawei Laos", "National University of Laos"]
    assert found.organizations == ["Huawei Laos", "National University of Laos"]


def test_a_university_city_is_a_place(extractor: Extractor) -> None:
    found = extractor.extract(
        "", "The MoU was signed at Sabah Al-Salem University City by Zain and Kuwait "
            "University. Ajman University has a lab in Sharjah University City.")
    assert found.organizations == ["Zain", "Kuwait University", "Ajman University"]
    assert found.places == ["Sabah Al-Salem University City", "Sharjah University City"]


@pytest.mark.parametrize("dateline, agency", [
    ("YEREVAN, MARCH 4, ARMENPRESS.", "Armenpress"), ("ASTANA. KAZINFORM -", "Kazinform"),
    ("BAKU, 12 May, AZERTAC.", "AZERTAC")])
def test_a_news_agency_in_capitals_after_a_dateline(extractor: Extractor, dateline: str,
                                                    agency: str) -> None:
    found = extractor.extract("", f"{dateline} Ucom and the university signed a memorandum.")
    assert agency in found.organizations
    assert agency not in found.partners


def test_a_party_the_title_names_is_an_organisation(extractor: Extractor) -> None:
    found = extractor.extract(
        "Polytechnic, Synopsys Armenia and Ucom join forces on chip design",
        "The National Polytechnic University of Armenia, Synopsys Armenia and telecom "
        "operator Ucom signed a memorandum on Tuesday.")
    assert "Synopsys Armenia" in found.partners
    assert set(found.partners) <= set(found.organizations)


def test_electronic_design_automation_and_orange_fab(extractor: Extractor) -> None:
    found = extractor.extract(
        "", "Synopsys will provide electronic design automation software for the chip design "
            "course. Graduates can join Orange Fab Côte d'Ivoire, the start-up accelerator.")
    assert found.fields[:2] == ["Electronic design automation", "Chip design"]
    assert "Orange Fab" in found.organizations


def test_a_demonym_before_translation_is_a_language_and_network_optimisation(
        extractor: Extractor) -> None:
    found = extractor.extract("", "The lab will work on AI-based network optimisation and "
                                  "AI-assisted Spanish translation for Mexican students.")
    assert found.places == ["Mexico"]
    assert "Network optimisation" in found.fields


def test_maldivian_male_and_fields_of_islands_coasts_and_parks(extractor: Extractor) -> None:
    found = extractor.extract(
        "", "MALÉ, 12 March – Maldivian students will study submarine cable systems. The "
            "university's satellite campus will work on wildlife conservation, landslide "
            "warning systems and hurricane preparedness.")
    assert found.places == ["Male", "Maldives"]
    assert found.fields == ["Submarine cables", "Wildlife conservation", "Early warning",
                            "Emergency management"]


def test_a_town_after_a_possessive_where_its_country_is_named(extractor: Extractor) -> None:
    found = extractor.extract("", "Namibian students will also use the university's Katima "
                                  "Mulilo campus.")
    assert found.places == ["Namibia", "Katima Mulilo"]


def test_a_campus_by_its_name_is_a_place(extractor: Extractor) -> None:
    found = extractor.extract(
        "", "The lab opens on the university's Legon campus and later at its Innovation "
            "campus and the Samsung Innovation Campus.")
    assert found.places == ["Legon"]


def test_a_role_of_a_portfolio_before_a_name_an_agency_before_a_stop_and_floods(
        extractor: Extractor) -> None:
    found = extractor.extract(
        "", "Lima, Mar. 5 (ANDINA). The rector and Telefónica del Perú's director of corporate "
            "affairs, Lucía Benavides, signed an agreement on flood monitoring.")
    assert [p.name for p in found.people] == ["Lucía Benavides"]
    assert "Lucía Benavides" not in found.organizations
    assert "Andina" in found.organizations
    assert found.fields == ["Flood monitoring"]
