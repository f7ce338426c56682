"""Organisations by the shape of their names ("X University", "School of X", "Huawei
Kenya") and the names an article defines or implies ("(GCUT)", "WUT")."""

from __future__ import annotations

import re
from functools import lru_cache
from string import ascii_lowercase

from partnerview.core.entities import LOWER, UPPER, Entity, occurrences
from partnerview.core.knowledge import Entry, KnowledgeBase
from partnerview.core.people import (
    CHINESE_SURNAMES,
    EAST_ASIAN_NAME,
    EAST_ASIAN_SURNAMES,
    LEADING_NOISE,
    NOT_NAMES,
    OFFICE_OF,
    PINYIN,
    ROLE_START,
    ROLE_WORDS,
    role_before,
)

ORG_HEADS = {
    "University": "university", "Universidad": "university", "Universidade": "university",
    "Universiti": "university", "Universitas": "university", "Université": "university",
    "College": "college", "Polytechnic": "college", "Institute": "university",
    "Academy": "department", "School": "department", "Faculty": "department",
    "Department": "department", "Office": "department", "Laboratory": "lab", "Lab": "lab",
    "Center": "lab", "Centre": "lab", "Base": "lab", "Ministry": "government",
    "Bureau": "government", "Commission": "government", "Committee": "government",
    "Corps": "department", "Corporation": "company", "Company": "company", "Group": "company",
    "Inc": "company", "Ltd": "company", "Association": "government", "Foundation": "foundation",
    "Consortium": "programme", "Alliance": "programme", "House": "company",
    "Press": "company", "Program": "programme", "Programme": "programme",
    "Council": "government", "Agency": "government", "Authority": "government",
    "Assembly": "government",
    "Administration": "government", "Union": "government", "Organization": "government",
    "Organisation": "government", "Zone": "government", "Directorate": "department",
    "Division": "department",
    "Initiative": "programme", "Hub": "lab", "Labs": "company", "Laboratories": "lab",
    "Networks": "company", "Systems": "company", "Solutions": "company", "Holdings": "company",
    "Holding": "company", "Limited": "company", "Industries": "company", "Telecom": "company",
    "Bank": "company", "Electronics": "company", "Telekom": "company", "Hospital": "research",
    "Federation": "government", "Park": "government", "Precinct": "government",
    "Observatory": "lab", "Chamber": "government", "Secretariat": "government",
    "Embassy": "government", "Consulate": "government",
    "Technologies": "company", "PLC": "company", "LLC": "company", "GmbH": "company",
    "JSC": "company", "PJSC": "company", "OJSC": "company", "CJSC": "company", "SpA": "company",
    "Pty": "company", "Corp": "company", "Bhd": "company", "Berhad": "company", "S.A": "company",
    "Oyj": "company", "Oy": "company", "ASA": "company", "AB": "company",
    "Institut": "university",
    "Instituto": "university", "Tecnológico": "university",
    "Universität": "university", "Politécnico": "college", "Politecnico": "college",
    "École": "college", "Escuela": "college", "Facultad": "department", "Faculté": "department",
    "Centro": "lab", "Hochschule": "university", "Agencia": "government",
    "Agência": "government", "Agence": "government", "Ministerio": "government",
    "Ministério": "government", "Ministère": "government", "Secretaría": "government",
    "Fundación": "foundation", "Fundação": "foundation", "Fondation": "foundation",
    "Consejo": "government", "Conselho": "government", "Conseil": "government",
    "Autoridad": "government", "Autoridade": "government", "Autorité": "government",
    "Comisión": "government", "Comissão": "government", "Superintendencia": "government",
    "Sede": "department",  # a university's site: "Sede de Investigación Universitaria"
    "Laboratorio": "lab", "Laboratório": "lab", "Laboratoire": "lab",
    "Universitat": "university", "Università": "university", "Universiteit": "university",
    "Uniwersytet": "university", "Politechnika": "university", "Branch": "department",
    "Universitário": "university", "Universitaria": "university", "Universitario": "university",
    "Colegio": "college", "Faculdade": "college", "Faculdades": "college",
    "Fachhochschule": "university", "Polytechnique": "college", "Akademie": "college",
    # Indonesian and Malay: "Fakultas Ilmu Komputer", "Kementerian Komunikasi dan Digital"
    "Politeknik": "college", "Kolej": "college", "Akademi": "college", "Fakultas": "department",
    "Fakulti": "department", "Departemen": "department", "Sekolah": "department",
    "Pusat": "lab", "Kementerian": "government", "Badan": "government", "Lembaga": "government",
    "Akademia": "college", "Escola": "college", "Grupo": "company", "Fund": "foundation",
    "Dipartimento": "department", "Consorzio": "programme", "Scuola": "college",
    "Industri": "company", "Corporación": "company", "Corporação": "company",
    "Institution": "university", "Istituto": "university", "Fondazione": "foundation",
    "Consiglio": "government", "Agenzia": "government", "Ministero": "government",
    "Municipality": "government", "Municipalidad": "government", "Prefeitura": "government",
    "Tbk": "company",
    # Indian universities named in Sanskrit and Hindi: "Amrita Vishwa Vidyapeetham"
    "Vidyapeetham": "university", "Vidyapeeth": "university", "Vidyapith": "university",
    "Vishwavidyalaya": "university", "Mahavidyalaya": "college",
}

#: The head words as alternatives of a regular expression.
_HEADS = "|".join(ORG_HEADS)


CONNECTORS = {"of", "and", "for", "the", "&", "de", "del", "da", "do", "la", "des", "di", "in",
              "los", "las", "el", "y", "e", "du", "der", "für", "dos", "das", "en", "bin", "bint",
              "ibn", "+", "à", "ao", "aux", "et", "para", "per", "le", "della", "delle", "degli",
              "dan"}  # Indonesian and Malay "and": "Badan Riset dan Inovasi Nasional"


#: Words that end a name in a title written in title case ("X University Signs MoU With Y").
TITLE_BREAKS = set("""
Sign Signs Signed Signing Hold Holds Held Launch Launches Launched Open Opens Opened Team Teams
Join Joins Joined Partner Partnered Agree Agrees Agreed Discuss Discusses Discussed Visit Visits
Visited Unveil Unveils Unveiled Build Builds Establish Establishes Established Officially Released
Release Releases Inaugurate Inaugurates Inaugurated Deepen Deepens Explore Explores Strengthen
Strengthens Jointly Win Wins Host Hosts Hosted Mark Marks Reach Reaches Ink Inks Inked Seal Seals
Sealed Renew Renews Expand Expands Bring Brings Train Trains Create Creates Form Forms Set Sets
Enter Enters Start Starts Begin Begins With Between Amid After During Via To On At In As
Vice Deputy Acting Senior Managing Chief Executive
""".split())


class LocalNames:
    """Names an article introduces: definitions "(GCUT)", and organisations it names."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.entries: dict[str, Entry] = {}
        self.defined: dict[str, Entry] = {}
        self.signing_acronyms: set[str] = set()  # "NFU" in a title "NFU signs ... with ..."
        self.text = ""  # the article's body, where a name is given in full

    def add(self, name: str, kind: str, parent: str = "", entry: Entry | None = None) -> None:
        self.entries.setdefault(name, entry or Entry("organization", name, [], kind, parent))

    def define(self, alias: str, name: str) -> None:
        entry = self.kb.lookup(name)
        if entry is None:
            kind, parent = org_kind(name), ""
            owner = None if kind else self.kb.lookup(name.split(" ")[0])
            if owner and owner.type == "organization" and owner.kind == "company":
                kind, parent = "programme", owner.name  # "Samsung Innovation Campus (SIC)"
            entry = Entry(  # "X Berhad (XB)" is X
                "organization", tidy(without_legal_form(name)), [], kind, parent)
        if entry.type == "organization":
            self.entries.setdefault(entry.name, entry)
            self.defined[alias] = entry

    def variant(self, name: str) -> Entry | None:
        """ "University of Calicut" for "Calicut University", and the other way round."""
        if match := re.fullmatch(r"(?:The |the )?University of (\S.*)", name):
            other = f"{match[1]} University"
        elif match := re.fullmatch(r"(\S.*) University", name):
            other = f"University of {match[1]}"
        else:
            return None
        return self.kb.lookup(other) or self.entries.get(other)

    def party(self, name: str) -> tuple[str, Entry]:
        """What a party found in a signing is, as (the words to find, its entry): an
        organisation the article named already ("TU Munich" is the Technical University of
        Munich, "Telecom PSU Sancharnet" is Sancharnet Limited), or a new one."""
        if entry := self.abbreviated(name):
            return name, entry
        words = name.split(" ")
        for i in range(len(words)):  # "Mapúa" in a title is the text's "Mapúa University"
            tail = " ".join(words[i:])
            if i and (known := self.kb.lookup(tail)) and known.type == "place":
                continue  # "Telecel Ghana" is no "Ghana News Agency"
            for full, entry in self.entries.items():
                if i and full == tail or full.startswith(f"{tail} ") and \
                        _named_by_first_words(full, tail) and \
                        (i or entry.kind in ("university", "college")):
                    return tail, entry
        return name, Entry("organization", without_legal_form(name), kind="")

    def lookup(self, name: str) -> Entry | None:
        return self.defined.get(name)

    def abbreviated(self, name: str) -> Entry | None:
        """The article's name that ``name`` writes with an acronym first: "TU Munich" for the
        Technical University of Munich, "HCMC University of Technology" for Ho Chi Minh City
        University of Technology."""
        first, _, rest = name.partition(" ")
        if rest and first.isupper():
            return next((entry for full, entry in self.entries.items()
                         if rest in full and initials(full.replace(rest, "")) == first), None)
        return None

    def expansion(self, name: str) -> Entry | None:
        """The name in full when the article gave it: "Khalifa University" or a headline's
        "Red Sea University of Science" for "... University of Science and Technology"
        (never for a name the knowledge base knows)."""
        # "of Science" goes on "and Technology"; "Université de Montréal and X" are two.
        longer = (f"{name} of ", f"{name} and ") if " of " in name else (f"{name} of ",)
        if not any(form in self.text for form in longer):
            return None  # the quick answer, nearly always
        return next((e for n, e in self.entries.items() if n.startswith(longer)), None)

    def by_initials(self, acronym: str) -> Entry | None:
        """The article's name ``acronym`` stands for: by its initials, or else a university's
        spelled by syllables ("JLU" for Jialing University)."""
        entries = [(name, entry) for name, entry in self.entries.items() if name != acronym and
                   (entry.kind not in ("", "department") or len(acronym) >= 3)]
        return next((entry for name, entry in entries if initials(name) == acronym), None) or \
            next((entry for name, entry in entries
                  if entry.kind == "university" and _spelled_in(name, acronym)), None)


def _named_by_first_words(full: str, first: str) -> bool:
    """Whether ``first`` is what an article may call the organisation ``full`` for short:
    "Mapúa University" is "Mapúa", "Maricopa County Community College District" is
    "Maricopa"; but "VNU University of Engineering" is a unit of VNU, no VNU."""
    words = full.split(" ")
    after = full[len(first) + 1:].split(" ")[0]
    return head_word(words[-1]) in ORG_HEADS or \
        has_head(words) and head_word(after) not in ORG_HEADS


#: "(GCUT)", '(hereinafter "Huawei")': an acronym defined for the name just before it;
#: a Japanese release's "(NTT; Headquarters: Chiyoda-ku, Tokyo; President: ...)" too; one
#: digit may stand among its letters ("UM6P"); an acronym and a town, "(IIT Madras)".
_DEFINED_AS = re.compile(r"\s*[(（]\s*(?:hereinafter[^\"“”)]*)?[\"“]?"
                         r"((?:[a-z](?=[A-Z]))?[A-Z][A-Za-z&]{0,7}[0-9]?[A-Za-z&]{1,2}|"
                         r"[A-Z]{2,6} [A-Z][a-z]{2,})[\"”]?"
                         r"(?:; [^()]{1,160})?\s*[)）]")


#: Up to eleven capitalised words and connectors ending where a definition starts.
#: A word of it has a stop only inside ("U.S.", "St. X"), never at a sentence's end; a word
#: in brackets may be one ("PT Telkom Indonesia (Persero) Tbk (Telkom)").
_DEFINED_WORD = (r"(?:(?:[A-Z]\.)+|St\.|[A-Z][\w'’/-]*(?:\.\w[\w'’-]*)*|\([A-Z][a-z]+\)|"
                 r"of|and|for|the|&|in|at|"
                 r"de|del|da|do|dos|das|des|du|la|le|los|las|el|es|y|e|di|der|für)")
_DEFINED_NAME = re.compile(rf"(?<![\w'’-]){_DEFINED_WORD}(?:[ -]{_DEFINED_WORD}){{0,10}}$")


#: What is left of an office before the organisation it is of: "of State of the ".
_OFFICE_REST = re.compile(r"(?:of|for) (?:[A-Z][\w-]* )+?(?:of|for|at) (?:the )?(?=[A-Z])")


def learn_definitions(text: str, local: LocalNames) -> None:
    """ "Guangzhou City University of Technology (GCUT)" and 'hereinafter "Huawei"'."""
    for definition in _DEFINED_AS.finditer(text):
        # Search back from the bracket: trying the name's pattern at every word is slow.
        match = _DEFINED_NAME.search(text, max(0, definition.start() - 240), definition.start())
        if not match:
            continue
        # "Tribhuvan University's Institute of Engineering (IOE)": the name after its owner;
        # "the Malaysia Digital Economy Corporation's (MDEC) agenda": the owner's name
        name = re.sub(r"[’']s$", "", match.group().strip())
        owner = re.match(r"(.*)[’']s ", name)
        known = local.kb.lookup(owner[1].split()[-1]) if owner else None
        if owner and (has_head(owner[1].split()[-3:]) or known and known.type != "field" or
                      local.lookup(owner[1].split()[-1])):  # "ITB's School of X (STEI)"
            # "the UAE's X Authority", "Microsoft's Africa Research Institute (MARI)"; not
            # "King Mongkut's University"
            name = name[owner.end():]
        name = re.sub(rf"^(?:(?:{'|'.join(map(re.escape, CONNECTORS | {'at'}))}) )+", "", name)
        if _article_before_head(name.split()):
            name = name[3:]  # "La Universidad de León (ULE)"
        # "Deputy Vice-Chancellor (DVC)" is an office, and "Dean School of Computing (SOC)"
        # an office before a name; but "President University (PU)" is a name
        words = name.split()
        of = words.index("of") if "of" in words else 0
        if of > 1 and not has_head(words[:of]) and has_head(words[of + 1:]):
            # "Pr Julien Dabert of the X Laboratory (XL)": the name starts after "of"
            name = " ".join(words[of + 2 if words[of + 1] == "the" else of + 1:])
        role = re.match(rf"{ROLE_WORDS}\b ?", name)
        rest = name[role.end():].split() if role else []
        if role and not rest:
            continue
        if len(rest) > 1 and has_head(rest):
            name = " ".join(rest)
            # "Secretary of State of the Ministry of X (MX)": the rest of the office too
            office = _OFFICE_REST.match(name)
            if office and not has_head(office.group().split()) and \
                    has_head(name[office.end():].split()):
                name = name[office.end():]
        if text.endswith(", ", 0, match.start()):
            # "Federal University of Technology, Akure (FUTA)": a town after a comma is part
            # of the name the acronym stands for.
            before = _DEFINED_NAME.search(text, max(0, match.start() - 240), match.start() - 2)
            whole = f"{before.group()}, {name}" if before else ""
            if whole and has_head(whole.split()) and definition.group(1) in (
                    initials(w) for w in _name_starts(whole)):
                name = whole
        listed = _LISTED_START.search(text, max(0, match.start() - 80), match.start())
        if listed and name.split(" ")[1:2] == ["and"]:
            name = listed.group(1) + name
        alias = definition.group(1)
        words = [w for w in name.split() if w not in CONNECTORS]
        if not words or "Certified" in words:
            continue  # "Huawei Certified ICT Associate (HCIA)": a certification
        if not any(w.startswith(alias.lstrip(ascii_lowercase)[0]) for w in words):
            continue  # "Zhang Cheng (Justin)": a person's other name
        for joint in _JOINT.finditer(name):
            left, right = name[:joint.start()], name[joint.end():]
            known = local.kb.lookup(left.split()[0])
            country = local.kb.lookup(left.split()[-1]) if left.split() else None
            # "Microsoft Arabia and X University", "Beeline Kazakhstan and X University" (a
            # company's country unit); "Entel y la Universidad de X" (an article starts
            # another name)
            if has_head(right.split()) and not has_head(left.split()) and (
                    joint["article"] or known and known.type == "organization" or
                    country and country.type == "place" and country.kind == "country"):
                name = right
        if stands_for(name, alias) or local.kb.lookup(name) or \
                any(h in name.split() for h in ORG_HEADS):
            # Trim to the part of the name the acronym covers ("... between X University"),
            # unless only the whole name starts as it does ("MinTIC": the Ministry of ...)
            # or a company names its unit ("Fujitsu Small Research Lab (SRL)")
            # or a compass word starts it ("Northeast Normal Engineering University (NEU)")
            trimmed = _trim_to_initials(name, alias)
            before = name[:len(name) - len(trimmed)].strip()
            owner = local.kb.lookup(before)
            whole = not trimmed.startswith(alias[0]) and name.startswith(alias[0]) and \
                " and the " not in name or \
                trimmed != name and owner is not None and owner.kind == "company" and \
                " and " not in name or _COMPASS_WORD.fullmatch(before) is not None
            if head := _HEAD_FOR.search(before):  # nor a head word it leaves out: "the
                trimmed = name[head.start("head"):]  # Institute for AI Industry Research (AIR)"
            local.define(alias, name if whole else trimmed)
            # "the Indian Institute of Technology (IIT) Kharagpur", written "IIT Kharagpur"
            # after: the acronym's name goes on after the bracket.
            after = _WORD_AFTER.match(text, definition.end())
            if after and text.count(f"{alias} {after[1]}") and not has_head([after[1]]):
                local.define(f"{alias} {after[1]}", f"{name if whole else trimmed} {after[1]}")
    for short in _SHORT_NAME.finditer(text):  # "... de Monterrey (Tec de Monterrey)"
        match = _DEFINED_NAME.search(text, max(0, short.start() - 240), short.start())
        name = re.split(r"\b(?:and|with|between) ", match.group())[-1].removeprefix("the ") \
            if match else ""
        if has_head(name.split()) and _shortens(short[1], name):
            local.define(short[1], name)
    for definition in _DEFINED_AFTER.finditer(text):
        alias, name = definition.group(1, 2)
        if has_head(name.split()) and _DEFINED_NAME.fullmatch(name) and _spelled_in(name, alias):
            local.define(alias, name)


#: A capitalised word after an acronym's bracket: "(IIT) Kharagpur".
_WORD_AFTER = re.compile(r" ([A-Z][a-z]{2,})\b")
#: The Spanish, Portuguese and French articles after "and" that start another name: "Huawei
#: y la Facultad ...", "X et l'Université ...".
_ROMANCE_ARTICLE = r"(?:la |el |los |las |le |les |a |o |l['’])"
#: "and" between two names, in the languages of the articles, with the article after it.
_JOINT = re.compile(rf" (?:and|y|e|et) (?P<article>the |{_ROMANCE_ARTICLE})?")
#: A short name in brackets, of words and small words: "(Tec de Monterrey)".
_SHORT_NAME = re.compile(r" \(([A-Z][a-zà-ÿ]+(?: (?:[a-z]{1,3} )?[A-Z][a-zà-ÿ]+){1,3})\)")


def _shortens(short: str, name: str) -> bool:
    """Whether each capitalised word of ``short`` starts a word of ``name``: "Tec de
    Monterrey" shortens "Instituto Tecnológico y de Estudios Superiores de Monterrey"."""
    words = name.split()
    return all(any(w.startswith(s) for w in words)
               for s in short.split() if s[0].isupper() and len(s) >= 3)
#: "LNUT (Liaoning University of Technology, Jinzhou)": an acronym before its name in
#: brackets, with the town after a comma.
_DEFINED_AFTER = re.compile(r"\b([A-Z]{2,8}) [(（]([A-Z][^()（）,]{3,120}?)(?:, [A-Z][\w-]+)?[)）]")


#: A head word and its connector before what an acronym spells: "Institute for".
_HEAD_FOR = re.compile(rf"(?<![^ ])(?P<head>(?:{_HEADS}) (?:for|of|on))$")


#: A compass word that may start a name: "Northeast", "Southwestern", "Eastern".
_COMPASS_WORD = re.compile(r"(?:North|South)(?:east|west)?(?:ern)?|(?:East|West)(?:ern)?")


def _spelled_in(name: str, acronym: str) -> bool:
    """Whether ``acronym`` spells ``name`` the way Chinese universities' acronyms do: each
    capitalised word gives its initial and at most two letters from inside it, in order
    ("LNUT": LiaoNing University of Technology; "SWJTU": SouthWest JiaoTong University), a
    small word one letter or none."""
    words = [w for w in re.split(r"[\s-]+", name) if w]

    def spells(i: int, rest: str) -> bool:
        if i == len(words):
            return not rest
        word = words[i]
        if not word[0].isupper():
            return spells(i + 1, rest) or bool(rest) and word[0].upper() == rest[0] and \
                spells(i + 1, rest[1:])
        if not rest or word[0] != rest[0]:
            return False
        inside = word[1:].upper()
        for extra in range(3):
            if extra and not _in_order(rest[1:1 + extra], inside):
                break
            if spells(i + 1, rest[1 + extra:]):
                return True
        return False

    return spells(0, acronym)


def _in_order(letters: str, word: str) -> bool:
    """Whether ``letters`` occur in ``word`` in that order."""
    rest = iter(word)
    return all(letter in rest for letter in letters)


def _name_starts(name: str) -> list[str]:
    """``name`` and its ends that start with a capital: where a name inside it may start."""
    words = name.split()
    return [" ".join(words[i:]) for i in range(len(words)) if words[i][0].isupper()]


def _trim_to_initials(name: str, alias: str) -> str:
    """The part of ``name`` an acronym stands for: the words its initials cover, or else the
    last of two names joined by "and" ("ZTE Corporation and Nanjing University of Posts and
    Telecommunications (NJUPT)": the acronym's own initials need not be the words')."""
    words = name.split()
    for start in range(len(words)):
        if words[start][0].isupper() and stands_for(" ".join(words[start:]), alias):
            return " ".join(words[start:])
    for joint in re.finditer(r" (?:in|at) the ", name):
        left, right = name[:joint.start()], name[joint.end():]
        if has_head(left.split()) and has_head(right.split()):
            return right  # "the X Lab in the Technological Laboratory of Uruguay (LATU)"
    for joint in re.finditer(r" and (?:the )?", name):
        left, right = name[:joint.start()], name[joint.end():]
        letters = initials(right)
        if has_head(right.split()) and (letters.startswith(alias) or len(letters) == len(
                alias) + 1 and letters[0] == alias[0] and _in_order(alias, letters)):
            # "Alibaba Cloud and Asia Pacific University of Technology (APU)", "X Vietnam
            # and Ho Chi Minh City University of Technology (HCMUT)": one word left out
            return right
        # "Telstra and the University of Wollongong (UOW)", "BYD and Shenzhen Technology
        # University (SZTU)", "Savanna Mobile PLC and the Kenya Education Network (KENET)";
        # not "Saudi Data and AI Authority (SDAIA)"
        if has_head(right.split()) and (has_head(left.split()) or joint.group().endswith(
                "the ") or left.isupper() and " " not in left) or \
                has_head(left.split()) and head_word(left.split()[-1]) in LEGAL_FORMS:
            return right
    return name


@lru_cache(maxsize=65536)
def initials(name: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w and w[0].isupper())


def stands_for(name: str, acronym: str) -> bool:
    """Whether ``acronym`` is made of the initials of ``name``: of its capitalised words
    ("WUT"), of every word ("IOE" for "Institute of Engineering"), or of its capitalised
    words with a connector's letter in small ("CoICT" for "College of Information and
    Communication Technologies"), or with its last letter in small ("DTBi" for "Dar
    Teknohama Business Incubator")."""
    if initials(name) == acronym or acronym[-1].islower() and initials(name) == acronym.upper():
        return True
    return has_head(name.split()) and (  # not "Memorandum of Understanding (MoU)"
        "".join(w[0] for w in name.split()).upper() == acronym or
        re.fullmatch(r"[A-Z]+(?:[a-z][A-Z]+)+", acronym) is not None and
        initials(name) == re.sub("[a-z]", "", acronym))


_CAP_WORD = (rf"(?:[A-Z]{{1,3}}&[A-Z]{{1,3}}\b|(?:[A-Z]\.){{2,3}}|Co\.,(?= Ltd)|"
             rf"(?:Co|Ltd|Inc|St|Sdn|Bhd|Pte|Pty|Corp)\.|[A-Z]\.|"
             rf"[{UPPER}][\w'’–-]*|[dl]['’][{UPPER}][\w-]*|[0-9]+[A-Za-z][\w-]*\+?|"
             rf"[a-z]{{1,2}}[A-Z][\w-]*)")  # "TCS iON", "iFLYTEK"


_UNIT_HEADS = "|".join(h for h, kind in ORG_HEADS.items() if kind in ("lab", "department"))


#: The small words inside a run of capitals: the connectors, and the German "am", but "+"
#: and "in" (a name goes on after "in" only as ``_NAME_TAIL`` says: "Excellence in X").
_RUN_CONNECTORS = "|".join(map(re.escape, sorted(CONNECTORS - {"in", "+"} | {"am"},
                                                 key=len, reverse=True)))


_CAP_SEQUENCE = re.compile(  # from a word's start ("iFlytek" holds no "Flytek"), or a wire's "--"
    rf"(?<![\w'’])(?<!(?<!-)-)(?:{_CAP_WORD}|[0-9]+)(?:(?:(?: (?:{_RUN_CONNECTORS})){{1,3}}| &| "
    # a city or an acronym in brackets inside a unit's name: "Smart Port (Ningbo)
    # Empowerment Centre", "Information and Communication Technologies (ICT) Academy"
    rf"\+| \((?:[{UPPER}][{LOWER}]+|[A-Z][A-Za-z]{{1,6}})\)"
    rf"(?= (?:[{UPPER}][\w-]* ){{0,3}}(?:{_UNIT_HEADS})\b| Limited\b| Co\.,? Ltd\b)|"
    rf",(?= (?:Inc|Ltd|LLC|Corp)\b))? "
    # a label before a colon ends a name: "Author: School of X  Photography: Y"
    rf"(?!(?!(?:{_HEADS}):)[{UPPER}][\w'’–-]*: )"
    rf"{_CAP_WORD})*")


_LISTED_START = re.compile(rf"\b[Tt]he ((?:[{UPPER}][\w-]*, )+)$")


#: Capitalised words one after another, and a month's name (no part of a name).
_CAPITALISED = rf"[{UPPER}][\w-]*(?: [{UPPER}][\w-]*)*"
_MONTHS = "(?:January|February|March|April|May|June|July|August|September|October|November|" \
    "December)"


#: What may continue a name after its "of ...": "Ministry of Science, Technology and Innovation",
#: "Commission on Higher Education".
_NAME_TAIL = re.compile(rf"(?:, [{UPPER}][\w-]*(?: [{UPPER}][\w-]*)?)+,? (?:and(?: the)?|y|e) "
                        # a list's last item holds no "and": "..., Innovation and Digital
                        # Economy and Microsoft Nigeria" ends before Microsoft
                        rf"[{UPPER}][\w-]*(?:(?: for)? [{UPPER}][\w-]*)*|"
                        rf"(?:(?:(?<=Commission)|(?<=Committee)|(?<=Laboratory)|(?<=Center)|"
                        rf"(?<=Centre)) on"
                        rf"(?! (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)|"
                        rf"(?:(?<=Excellence)|(?<=Training)) in) "  # "for Doctoral Training in X"
                        rf"[{UPPER}][\w-]*(?:(?: (?:for|and))? [{UPPER}][\w-]*)*|"
                        # "Center for Research in Computer Vision"; "Laboratory of Information
                        # Engineering in Surveying, Mapping and Remote Sensing" (a list: the
                        # "Faculty of Engineering in Akoka" is in a town)
                        rf"(?:(?<=Research)|(?<=Studies)) in (?!{_MONTHS}\b){_CAPITALISED}"
                        rf"(?: and {_CAPITALISED})?|"
                        rf"(?<=Engineering) in {_CAPITALISED}(?:, {_CAPITALISED})+,? and "
                        rf"{_CAPITALISED}")


#: An acronym as a word of a name: "NWPU" in "School of Computer Science of NWPU".
_ACRONYM_WORD = re.compile(r"[A-Z]{2,8}")


#: Words that with head words alone make no name: "Research Institute", "Joint Lab".
_GENERIC = {"Research", "Innovation", "Joint", "Training", "Development", "Technology", "New"}


#: What makes a park an organisation: "Kaohsiung Software Technology Park", not "Central Park".
_PARK_KINDS = {"Science", "Technology", "Software", "Industrial", "Tech", "Research",
               "Innovation", "Business", "High-tech", "High-Tech", "Hi-Tech", "Sci-Tech"}


#: An office named by its holder: "Governor's Office", "Vice President's Office".
_HOLDERS_OFFICE = re.compile(r"(?:\S+ )?\S+['’]s Office\b")


#: A head word before one of these is a plain word of a title ("University Education",
#: "College Students") or a building's name ("the Administration Building", "College Hall").
_AFTER_HEAD_AS_WORD = {"Education", "Students", "Student", "Graduates", "Teachers",
                       "Admissions", "Entrance", "Rankings", "Degrees", "Courses", "Building",
                       "Hall", "Auditorium"}


#: Words of what a name is about, which "and" joins inside one name: "... Science and
#: Education Innovation Center".
_SUBJECTS = {"Science", "Sciences", "Education", "Technology", "Engineering", "Innovation",
             "Research"}


#: Foundations named before the company that founded them, in French, Spanish, Portuguese,
#: Italian and Polish.
_FOUNDATIONS = {"Fondation", "Fundación", "Fundação", "Fondazione", "Fundacja"}


#: French names whose words after the head are in small letters, as French writes them:
#: "l'École nationale supérieure polytechnique de Yaoundé", "l'Institut national des postes
#: et télécommunications", "le ministère de la Transition numérique", "l'UFR de Sciences
#: appliquées". A name ends at a stop, a bracket, or a small word that starts what follows.
_FRENCH_HEADS = {**{head: ORG_HEADS[head] for head in ("École", "Institut", "Faculté",
                                                          "Laboratoire", "Agence")},
                 "Ecole": "college", "UFR": "department", "ministère": "government"}
#: Small words that start what follows a French name: prepositions, articles, verbs.
_FRENCH_STOPS = ("à au aux en pour avec sur par dans chez entre sous vers selon depuis après "
                 "avant contre qui que dont où a ont est sont sera seront va vont peut "
                 "peuvent pourra pourront doit y se ne il elle ils elles le les la un une "
                 "afin lors ainsi mais ou comme aussi également signent forment accueillent "
                 "offrent proposent permettent lancent organisent était étaient avait "
                 "avaient fut "
                 # and English, where a French name stands in an English text
                 "and the to of in at for with will would is was has have had signed said "
                 "on by from as an be been this that its their which who").split()
_FRENCH_NAME = re.compile(
    rf"\b(?P<head>{'|'.join(_FRENCH_HEADS)}) (?P<rest>(?:de |des |du |de la |d['’]|l['’])"
    rf"?[\w’'-]+(?: (?!(?:{'|'.join(_FRENCH_STOPS)}|\w{{3,}}(?:era|ira))\b|"
    rf"(?:de |du |des |d['’])(?:un|une)\b|(?:de |du |des )?(?:l['’]|la )?"
    rf"(?i:université|école|institut|faculté|centre)\b|et (?:l['’]|la |le |les |un |une |à |"
    rf"au |aux |en |[{UPPER}]))(?:et )?(?:de |des |du |de la |d['’]|l['’])?[\w’'-]+)*)")
#: A word of a French name's own in small letters (not "de", "des", "du", "et").
_LOWER_WORD = re.compile(r"(?:^| |['’])(?!(?:de|des|du|la|et)\b)[a-zà-ÿ]")


def french_names(text: str) -> list[tuple[int, int, str, str]]:
    """French names whose words after the head are in small letters (start, end, name,
    kind); those written in capitals are found with the others."""
    return [(m.start(), m.end(), m.group(), _FRENCH_HEADS[m["head"]])
            for m in _FRENCH_NAME.finditer(text) if _LOWER_WORD.search(m["rest"])]


def shaped_organizations(text: str, known: list[Entity], not_names: frozenset[str] = frozenset(),
                         places: frozenset[str] = frozenset()) -> list[tuple[int, int, str, str]]:
    """Organisations found by the shape of their names: "X University", "School of X";
    ``not_names`` are words the article uses as something else (a field, a place), ``places``
    the places among them."""
    found = []
    for start, part in _split_pairs(text, known, not_names, places):
        words = part.split(" ")
        while words and (
                # a title's words, but not an office named by its holder: "(Vice)
                # President's Office"
                (words[0] in LEADING_NOISE or ROLE_START.match(words[0])) and not
                _HOLDERS_OFFICE.match(" ".join(words[:3])) or
                words[0] in CONNECTORS or _article_before_head(words) or
                words[0].endswith(PLACE_ADJECTIVES) or
                words[0].endswith("ing") and words[1:2] == ["the"] or  # "Engaging the X"
                words[0].endswith("maker") and len(words) > 2 or  # a trade: "Chipmaker X"
                head_word(words[0]) in LEADING_FORMS):  # "iFlytek Co., Ltd.": a legal form
            start += len(words[0]) + 1
            words = words[1:]
        # "Président de l'Université de X": a name after a French elision, where no head
        # comes before it
        elided = next((i for i, w in enumerate(words) if _ELISION.match(w)), None)
        if elided is not None and not has_head(words[:elided]):
            start += sum(len(w) + 1 for w in words[:elided]) + 2
            words = [_ELISION.sub("", words[elided]), *words[elided + 1:]]
        while words and (words[-1].lower() in CONNECTORS or words[-1] in {"Co.", "Co"} or
                         words[-1] in {"News", "Newsroom"} and len(words) > 2 and
                         head_word(words[-2]) in ORG_HEADS):  # "X College News", a site's
            words = words[:-1]
        heads = [i for i, w in enumerate(words) if head_word(w) in ORG_HEADS and
                 " ".join(words[i + 1:i + 2]) not in _AFTER_HEAD_AS_WORD and
                 (head_word(w) != "Park" or i and words[i - 1] in _PARK_KINDS)]
        if not heads or len(words) < 2 or _GENERIC.intersection(words) and all(
                head_word(w) in ORG_HEADS or w in _GENERIC for w in words) and \
                not re.search(r"(?:\bits|\btheir|['’]s) $", text[max(0, start - 7):start]):
            continue  # "Research Institute" is no one's name, but "its Innovation Hub" is
        if heads == [0] and ORG_HEADS[head_word(words[0])] == "company" and words[1] not in _OF:
            continue  # a company's name ends with its head: "Telecom PSU Sancharnet" is none
        before_of = words[:words.index("of")] if "of" in words[:heads[0]] else []
        if before_of and not (len(before_of) == 1 and _is_name_word(before_of[0]) and
                              words[2:3] != ["the"] and head_word(words[2]) not in ORG_HEADS):
            # "Students of Qatar Institute of Technology", "Zhang Lin of Sichuan University",
            # "Staff of the Office of X", "Research of Université X": the name starts after
            # "of" ("Future of Computing Institute" keeps its word).
            drop = len(before_of) + 1
            start += len(" ".join(words[:drop])) + 1
            words = words[drop:]
            heads = [i - drop for i in heads]
            if len(words) < 2:
                continue
        if heads[-1] and \
                ORG_HEADS[head_word(words[heads[-1]])] in ("company", "university", "college") and \
                words[heads[-1] + 1:heads[-1] + 2] == ["for"] and (
                    ORG_HEADS[head_word(words[heads[-1]])] == "company" or
                    any(" ".join(words[heads[-1] + 2:i]) in not_names
                        for i in range(heads[-1] + 3, len(words) + 1)) or
                    any(k.type == "organization" and  # "X University for Cisco IT training"
                        k.start == start + len(" ".join(words[:heads[-1] + 2])) + 1
                        for k in known)):
            # "Nexora Systems for IoT", "X College for AI"; not "Ahfad University for Women",
            # nor "Institute for Information Technology", whose name starts with its head
            words = words[:heads[-1] + 1]
        # "X University Huawei Industry College": a known name after the head starts anew;
        # not a foundation's name ("Fondation Orange", "Fundación Telefónica").
        for i in range(heads[-1] + 1, len(words)):
            at = start + len(" ".join(words[:i])) + 1
            if words[i - 1].lower() not in CONNECTORS and \
                    not (i == 1 and words[0] in _FOUNDATIONS) and \
                    any(k.type == "organization" and k.start == at for k in known):
                words = words[:i]
                break
        chinese = next((i for i in range(heads[-1] + 1, len(words) - 1)
                        if (words[i] in CHINESE_SURNAMES and PINYIN.match(words[i + 1]) or
                            # "... People's Committee Ho Ky Minh": a Vietnamese name ends it
                            words[i] in EAST_ASIAN_SURNAMES and
                            re.fullmatch(EAST_ASIAN_NAME, " ".join(words[i:]))) and
                        # "City University of Hong Kong"; but "... Technology and Jiang Jie"
                        (words[i - 1] not in CONNECTORS or
                         words[i - 1] == "and" and i + 2 == len(words)) and
                        f"{words[i]} {words[i + 1]}" not in not_names), None)
        if chinese is not None:  # "Beiyang University Zhang Wei": a person after it
            words = words[:chinese - (words[chinese - 1] == "and")]
        # "the Rector of the X University of Armenia Lusine Ghazaryan": after an office, a
        # person's name after the place that ends the name
        at_place = next((i for i in range(len(words) - 3, 0, -1)
                         if words[i] in places and words[i - 1] == "of"), None)
        if at_place is not None and 2 <= len(words) - at_place - 1 <= 3 and \
                not has_head(words[at_place + 1:]) and \
                all(w[0].isupper() and _is_name_word(w) for w in words[at_place + 1:]) and \
                OFFICE_OF.search(text, max(0, start - 40), start):
            words = words[:at_place + 1]
        ended = next((i for i, w in enumerate(words[:-1]) if w.endswith(".") and
                      w[:-1] in ENDING_FORMS and words[i + 1].rstrip(".,") not in ENDING_FORMS),
                     None)
        if ended is not None:
            words = words[:ended + 1]  # "SoftBank Corp. Teruo Fujii": a person after it
        legal = [i for i, w in enumerate(words) if w.rstrip(".,") in {"Ltd", "Inc", "Limited"}]
        if legal and words[legal[-1] + 1:legal[-1] + 2] == ["of"]:
            words = words[:legal[-1] + 1]  # "X Co. Ltd of China": the country is no part
        ofs = [i for i, w in enumerate(words) if w == "of"]
        if len(ofs) >= 2 and ORG_HEADS.get(head_word(words[0])) == "government" and \
                len(words) - ofs[-1] - 1 <= 2 and not has_head(words[ofs[-1] + 1:]) and \
                words[ofs[-1] - 1] not in {"Republic", "Kingdom"}:
            # "Ministry of ICT and Innovation of Rwanda": nor here; but the formal "... of
            # the Republic of Kazakhstan" is the name
            words = words[:ofs[-1]]
        elif len(ofs) >= 2 and ofs[-1] == len(words) - 2 and _ACRONYM_WORD.fullmatch(words[-1]):
            words = words[:ofs[-1]]  # "School of Computer Science of NWPU": its owner's
        name = " ".join(words).rstrip(".,")
        end = start + len(name)
        # "The Communications, Space and Technology Commission": a list of words before
        # the name's "and", after "the", is part of the name.
        listed = _LISTED_START.search(text, max(0, start - 80), start)
        if listed and name.split(" ")[1:2] == ["and"]:
            start = listed.start(1)
            name = text[start:end]
        if re.search(" (?:of|for|de|del) ", name) or name.split(" ")[-1] in {
                "Commission", "Committee", "Laboratory", "Center", "Centre"}:
            tail = _NAME_TAIL.match(text, end)
            tail_words = tail.group().replace(",", "").split() if tail else []
            # A head in the tail starts another name, but "Information Technologies" is a
            # subject: "Faculty of Electronics, Telecommunications and Information Technologies"
            if tail and not any(head_word(w) in ORG_HEADS and tail.group().startswith(",") and
                                not (w == "Technologies" and tail_words[i - 1] in NOT_NAMES) or
                                w in TITLE_BREAKS or ROLE_START.match(w)
                                for i, w in enumerate(tail_words)) and \
                    not any(end < k.start < tail.end() for k in known) and \
                    not places.intersection(tail_words):  # ", Lausanne and ZTE"
                end = tail.end()
                name = text[start:end]
        if ORG_HEADS[head_word(words[heads[-1]])] == "company" and \
                re.match(rf" (?=[A-Z]){ROLE_WORDS} (?:at|of|for) ", text[end:end + 40]):
            continue  # a job's title: "Enterprise Solutions Manager at Huawei"
        head = _main_head(words)
        found.append((start, end, name, org_kind(name, head)))
    return found


def _is_name_word(word: str) -> bool:
    """A word that can start a name before its "of": not a plural, role or noise word."""
    return not word.endswith("s") and word not in LEADING_NOISE and not ROLE_START.match(word)


def _split_pairs(text: str, known: list[Entity], not_names: frozenset[str] = frozenset(),
                 places: frozenset[str] = frozenset()) -> list[tuple[int, str]]:
    """Capitalised runs of words, split where a title's verb or preposition ends a name
    ("X University Signs MoU With Y"), after a possessive ("X University's Faculty of Y",
    "Ethiopia's X University") and where "and" joins two complete names ("Chongqing
    University and Huawei Technologies")."""
    parts = []
    inside = bytearray(len(text) + 1)  # 1 inside a known name, past its first character
    for k in known:
        inside[k.start + 1:k.end] = b"\x01" * (k.end - k.start - 1)
    for match in _CAP_SEQUENCE.finditer(text):
        if " " not in match.group() or not has_head(match.group().split(" ")):
            continue  # no part of it could be an organisation's name
        pieces = [(match.start(), match.group())]
        for breaker in re.finditer(r"(?:^| )(\S+?)(?= |$)", match.group()):
            word = breaker.group(1)
            at = match.start() + breaker.start(1)
            inside_known = inside[at]
            # "Governor's Office of Economic Development": an office named by its holder
            if _HOLDERS_OFFICE.match(match.group(), breaker.start(1)):
                continue
            if (word in TITLE_BREAKS or ROLE_START.match(word) and word[0].isupper() or
                    word == "Party" and  # "Anhui University Party Secretary Cao Zhixiang"
                    match.group().startswith(" Secretary", breaker.end(1))) and \
                    (breaker.start(1) > 0 or text.endswith(" to ", 0, at)) and \
                    not inside_known and \
                    not match.group().endswith(_OF_BEFORE, 0, breaker.start(1)) and \
                    not _INSTITUTION_NEXT.match(match.group(), breaker.end(1)):
                pieces.append((at, None))
            elif (possessive := re.search(r"[’']s$|(?<=s)[’']$", word)) and \
                    not inside[at + possessive.start()] and not (  # "X's", "Samsung Electronics'"
                        # but "St. Paul's College", "Kobe Shinwa Women's University"
                        head_word(word) not in ORG_HEADS and
                        re.match(r" (?:University|College)\b", match.group()[breaker.end(1):]) or
                        word[:-2] in {"People", "Women", "Children"}):  # "People's Government"
                pieces.append((at + len(word), word[:possessive.start()]))
        for start, chunk in _cut(match.start(), match.group(), pieces):
            # From the right: "X University of Science and Technology and Y Labs" splits at
            # the last "and", whose two sides are both complete names.
            names = []
            # not "A&M", nor "Instituto Tecnológico y de Estudios Superiores"
            # (the Spanish, French or Portuguese "and" drops its article: "Huawei y la
            # Facultad ...", "X et l'Université ..."; so does a venue's Spanish "en la": "Centro
            # de X en la Sede de Investigación Universitaria")
            for joint in reversed(list(re.finditer(
                    rf" (?:and|&) | (?:y|et|e|dan) {_ROMANCE_ARTICLE}?"
                    rf"(?=[{UPPER}])| en (?:la|el) (?=[{UPPER}])", chunk))):
                left, right = chunk[:joint.start()], chunk[joint.end():]
                left_end, right_start = start + joint.start(), start + joint.end()
                if inside[left_end] or not joint.group().startswith((" and", " &")) and \
                        not _head_before_of(right) and \
                        not any(k.start == right_start and k.type == "organization"
                                for k in known):
                    continue  # "Secretaría de Gobierno y Transformación Digital"
                last, first = left.split(" ")[-1], right.split(" ")[0]
                if joint.group() == " & " and last in not_names and first in not_names or \
                        last in _SUBJECTS and first in _SUBJECTS:
                    continue  # "Kunpeng & Ascend Science and Education ... Center"
                complete, subject = _two_names(text, start, chunk, joint, not_names, places,
                                               last=not names)
                # A head word ends the left name, unless it is what "of" names: "Department
                # of Electronics and Telecommunications" is one name, and so are "School of
                # Electrical Systems and Engineering Technology" and "Joint Lab for Optical
                # Networks and Photonic Computing".
                ends_in_head = left.split(" ")[-1] in ORG_HEADS and \
                    " of " not in left and " for " not in left
                # "General Manager Hossam Seif El-Din and Ain Shams University": a person
                given = left.split(" ")
                person = 2 <= len(given) <= 4 and all(w[0].isupper() for w in given) and \
                    not has_head(given) and not NOT_NAMES.intersection(given) and \
                    has_head(right.split(" ")) and role_before(text, start, 40) is not None
                # a known name either side, unless the right side is one more subject of
                # the left's "of": "Ministry of Education and Training"
                more_of = " of " in left and len(right.split(" ")) <= 2 and \
                    not has_head(right.split(" "))
                # "Thapar Institute of Engineering and Technology and KIIT ...": an acronym
                # (no field's) starts another name
                acronym = len(first) >= 2 and first.isupper() and first not in not_names and \
                    has_head(left.split(" "))
                if complete or person or acronym or ends_in_head and not subject or any(
                        k.type == "organization" and (k.end == left_end and not more_of or
                                                      k.start == right_start)
                        for k in known):
                    names.append((right_start, right))
                    chunk = left
            parts.append((start, chunk))
            parts.extend(reversed(names))
    return parts


#: A place's government named after it: "Dalian Municipal Government", "Hangzhou Municipal
#: People's Government", "Lagos State Government".
PLACE_GOVERNMENT = re.compile(rf"(?<![\w'’-])[{UPPER}][\w'’-]*(?: [{UPPER}][\w'’-]*)? "
                              rf"(?:Municipal |Provincial |State |City |County |Regional )"
                              rf"(?:People's |People’s )?Government\b")


#: A place's own body, named by what it is of: "City of Miami", "County of Kilifi".
PLACE_BODY = re.compile(r"(?:City|County|Municipality|Town|Province|State|Government) of "
                         r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?")


def _two_names(text: str, start: int, chunk: str, joint: re.Match[str],
               not_names: frozenset[str], places: frozenset[str], last: bool) -> tuple[bool, bool]:
    """Whether the words either side of an "and" in ``chunk`` (at ``start``) are two complete
    names, and whether the right side is a subject that goes on with the left name's "of"
    ("College of Agriculture and Biotechnology of X"). ``last``: the chunk's last "and"."""
    left, right = chunk[:joint.start()], chunk[joint.end():]
    left_words, right_words = left.split(" "), right.split(" ")
    # "of Remote Sensing and Information Engineering of X": a subject of two words too, when
    # what follows has no head of its own (not "... and International Office"), as in
    # "Department of Electrical and Electronics Engineering"; but no subject is a unit
    # ("School of Software and School of Design" are two); so with "for" and "in": "Chair
    # in Artificial Intelligence and Sustainable Networks"
    subject = (re.search(r" (?:of|for|in) [A-Z][\w-]*$", left) is not None or
               re.search(r" (?:of|for|in) [A-Z][\w-]* [A-Z][\w-]*$", left) is not None and
               not _head_before_of(right)) and (
        right_words[0] in not_names - places or right_words[0] in NOT_NAMES or
        right in not_names - places) and \
        ORG_HEADS.get(right_words[0]) not in ("department", "lab", "college", "university")
    if subject:
        return False, True
    after_of = text.endswith(("of ", "the "), 0, start)
    if has_head(left_words) and re.fullmatch(r"[A-Z]{2,6}", right) and \
            re.match(r" [–-] [A-Z]", text[start + len(chunk):]):
        return True, False  # "X University of Technology and VSB – Technical University of Y"
    if right in places and has_head(left_words) or \
            PLACE_GOVERNMENT.fullmatch(right.removeprefix("the ")) and has_head(left_words):
        # "Université de Montréal and Quebec start-up Lumaq", "X Department of Science and
        # Technology and the Ningde Municipal People's Government"
        return True, False
    if has_head(right_words):
        if has_head(left_words) or right.startswith("the ") or \
                re.match(r"[A-Z]{2,}\b", left) or \
                PLACE_BODY.fullmatch(left):  # "IIT Madras and ...", "the City of Miami and ..."
            return True, False
        # "Philips and X University Hospital": a one-word name, not a field's ("Kunpeng and
        # Ascend ... Base") nor a subject's ("Agriculture and Forestry University")
        if len(left_words) == 1 and left not in not_names and left not in NOT_NAMES and \
                not after_of and not text.endswith(("'s ", "’s "), 0, start):
            return True, False  # (but "NTU's Computer and Information Networking Center")
        # "Mistral AI and Université Paris-Saclay": a university's name starts anew
        if ORG_HEADS.get(right_words[0]) == "university" and len(right_words) > 1 and \
                not after_of and " of " not in left:
            return True, False
        # "Schneider Electric Vietnam and X University": a company's unit named by its place
        if 2 <= len(left_words) <= 3 and left_words[-1] in places and not after_of and \
                left_words[0] not in not_names and not CONNECTORS.intersection(left_words):
            return True, False
        # "Mercado Libre and X University", "Larsen & Toubro and ...": two words of no
        # subject or place
        pair = left.replace(" & ", " ").split(" ")
        if len(pair) == 2 and not after_of and \
                not any(w in not_names or w in NOT_NAMES or w in CONNECTORS for w in pair):
            return True, False
        # "American University in Bulgaria and Lumora Technologies": the place ends the name
        if len(left_words) == 1 and left in not_names and text.endswith((" in ", ", "), 0, start):
            return True, False
        # "Kivu Mobile and Lakeside University" where "Kivu Mobile" is named alone too; not
        # "Computer Science and Software Engineering School"
        if joint.group() == " and " and left not in not_names and \
                not NOT_NAMES.intersection(left_words) and _named_alone(text, left, start):
            return True, False
    if not has_head(left_words):
        return False, False
    # "the Department of Communications and Digital Technologies and the MICT SETA"
    if right_words[0] == "the" and all(w.isupper() and len(w) > 1 for w in right_words[1:]):
        return True, False
    if _named_alone(text, right):  # "Georgia Institute of Technology and Helix Compute"
        return True, False
    # "X University and Netvoni, a leading technology provider,", "between X University and
    # Netvoni": a company's name of one or two words
    return len(right_words) <= 2 and \
        not any(w in not_names or w in NOT_NAMES for w in right_words) and (
            _COMPANY_APPOSITION.match(text, start + len(chunk)) is not None or
            last and (text.endswith(("between ", "between the "), 0, start) or
                      # not "X University of Finance and Economics signed"
                      _SIGNING_NEXT.match(text, start + len(chunk)) is not None and
                      not re.search(r" (?:of|for|For) (?:[A-Z][\w-]* ?){1,2}$", left))), False


#: "of" in other languages than English.
_FOREIGN_OF = ("de", "del", "di", "du", "des", "da", "do", "dos", "das", "für")
#: A name's word after these is no title's verb or role: "Universidad de General San Martín".
_OF_BEFORE = tuple(f" {w} " for w in _FOREIGN_OF)


#: A school's head word next: "Open" in "Ho Chi Minh City Open University" ends no name.
_INSTITUTION_NEXT = re.compile(r" (?:University|College|Institute|School|Academy|Polytechnic|"
                               r"Office)\b")


#: A signing right after two names: "X University and Bancolombia signed ...".
_SIGNING_NEXT = re.compile(r" (?:have |has |jointly |today |(?:on|this) \w+day )*"
                           r"(?:signed|inked|sealed|agreed|partnered|teamed up|launched)\b")


#: A company described after its name: "..., a leading technology provider,".
_COMPANY_APPOSITION = re.compile(r", (?:a|an|the|one of)(?: [\w-]+){0,4} (?:company|provider|"
                                 r"maker|firm|operator|group|giant|vendor|manufacturer|start-up|"
                                 r"startup|supplier|carrier)s?\b")


def _named_alone(text: str, words: str, besides: int = -1) -> bool:
    """Whether the article also writes ``words`` (one to three capitalised words) as a name
    of its own, not after "of" or "and": "Georgia Institute of Technology and Helix Compute"
    is two names when "Helix Compute vice president ..." comes later (the occurrence at
    ``besides`` not counted)."""
    if not 1 <= words.count(" ") + 1 <= 3 or not all(w[:1].isupper() for w in words.split()):
        return False
    return sum(not text.endswith(("of ", "and ", "& "), 0, start) and start != besides
               for start, _ in occurrences(text, words)) >= (2 if " " not in words else 1)


def _cut(start: int, run: str, marks: list[tuple[int, str | None]]) -> list[tuple[int, str]]:
    """Split ``run`` (at ``start`` in the text) at the marks: (offset, None) drops the word
    there; (offset, word) ends a part just after a possessive, whose "'s" is dropped."""
    pieces = []
    begin = start
    for offset, possessive in sorted(marks[1:]):
        if possessive is None:
            pieces.append((begin, run[begin - start:offset - start].rstrip()))
            word_end = run.find(" ", offset - start)
            begin = start + (len(run) if word_end == -1 else word_end + 1)
        else:  # "'s" or, after a plural, "'"
            drop = 2 if run[offset - start - 2:offset - start] in ("'s", "’s") else 1
            pieces.append((begin, run[begin - start:offset - start - drop]))
            begin = offset + 1
    pieces.append((begin, run[begin - start:]))
    return [(b, p) for b, p in pieces if p.strip()]


@lru_cache(maxsize=65536)
def head_word(word: str) -> str:
    """A word without trailing punctuation or possessive, nor a French elision before it:
    "University’s" -> "University", "l'Université" -> "Université"."""
    return _TRAILING.sub("", _ELISION.sub("", word))


#: A French elision before a capital: the "l'" of "l'Université", the "d'" of "d'Orange".
_ELISION = re.compile(r"^[dlDL]['’](?=[A-Z])")
#: Trailing punctuation or a possessive.
_TRAILING = re.compile(r"(?:[’']s)?[.,;:]*$")


#: "of" in the languages of names: what separates a name's head from what it is of.
_OF = {"of", *_FOREIGN_OF}


def _main_head(words: list[str]) -> str:
    """The head word that says what a name is: the last one before "of" ("Velocom Industry
    Solutions Laboratory" is a lab, "Department of Electronics" a department)."""
    of = next((i for i, w in enumerate(words) if w in _OF), None)  # "of", "de", "für"
    before_of = words[:of] if of is not None else words
    heads = [head_word(w) for w in before_of if head_word(w) in ORG_HEADS] or \
        [head_word(w) for w in words if head_word(w) in ORG_HEADS]
    return heads[-1] if heads else ""


def has_head(words: list[str]) -> bool:
    """Whether one of ``words`` is an organisation's head word ("University", "Lab")."""
    return any(head_word(w) in ORG_HEADS for w in words)


def _head_before_of(name: str) -> bool:
    """Whether a name has a head word before its "of": "Information Engineering of X
    University" has none."""
    return has_head(name.split(" of ")[0].split(" "))


def _article_before_head(words: list[str]) -> bool:
    """Whether a Spanish article starts a name before its head word: "La Universidad de
    León"; not "La Trobe University"."""
    return words[:1] in (["La"], ["El"]) and has_head(words[1:2])


def org_kind(name: str, head: str | None = None) -> str:
    if re.search(r" of the (?:University|College|Institute)$", name):
        return "department"  # "King Fahd Hospital of the University": a unit of its owner
    if re.search(r" (?:News|Press) Agency$", name):
        return "media"  # "Jordan News Agency" reports; it signs nothing
    if re.search(r" Industr(?:y|ial) College$", name):
        return "programme"  # a college a company and a school run together, no party
    joined = re.match(rf"(.+?)[–-](?=[{UPPER}])(.+)$", name)
    if joined and has_head(joined[1].split()) and has_head(joined[2].split()):
        return org_kind(joined[2])  # "X University of Technology-Huawei ... Center": a lab
    words = name.split()
    head = head or _main_head(words)
    if head == "Institute":
        # A school by what comes before or after it ("Rensselaer Polytechnic Institute",
        # "Institute of Information Technology"); otherwise a research unit.
        schools = [ORG_HEADS[w] for w in words if ORG_HEADS.get(w) in ("university", "college")]
        if schools:
            return schools[0]
        if not re.search(r"Institute of (?:[A-Z][\w-]* (?:and )?)*(?:Technology|Sciences?)\b",
                         name):
            return "lab"
    return ORG_HEADS.get(head, "")


#: Words before a region that make one name of two: "Central and Eastern Europe".
_REGION_PREFIX = re.compile(r"(?:Central|Eastern|Western|Northern|Southern) and ")


#: Words between a company's name and its country in a legal name.
_WORDS_BEFORE_PLACE = re.compile(rf"(?: [{UPPER}][\w&-]*){{1,3}} \(?")


def company_units(text: str, known: list[Entity], local: LocalNames) -> list[Entity]:
    """A company's unit for a country or region, "Huawei Kenya", "Huawei Technologies
    (Malaysia) Sdn Bhd", "Deloitte Touche Tohmatsu India LLP", or its research or
    international arm, "IBM Research", "Microsoft International": an organisation of its
    own, with the company as its parent."""
    units = []
    # not a demonym ("the Huawei European Innovation Day") but in brackets ("Huawei
    # Technologies (Lao) Sole Co., Ltd.")
    places = {e.start: e for e in known if e.type == "place" and
              e.kind in ("country", "region", "continent") and capitalised(e.text) and
              (e.text not in local.kb.demonyms or text[e.start - 1:e.end + 1] == f"({e.text})")}
    for company in known:
        if company.type != "organization" or company.kind != "company" and not (
                company.kind in ("university", "research") and company.text.isupper()):
            continue  # a company, or an institute known by its acronym: "AIMS Rwanda"
        # "IBM Research", "LG AI Research", "Naver Cloud Corp.", "Aramco Digital", "Naver
        # Cloud CEO"; not "Huawei Digital Power"
        arm = re.match(r" ((?:[A-Z]{2,4} )?Research|International|Cloud|Digital)\b(?!-|['’](?!s\b))"
                       r"(?: ([A-Z]\w*))?", text[company.end:])
        # ... and its arm for a region: "IBM Research Africa"
        regional = arm is not None and arm[2] is not None and \
            company.end + arm.start(2) in places
        if arm and arm[2] and arm[2] not in ENDING_FORMS and \
                not ROLE_START.match(arm[2]) and not regional:
            arm = None
        if arm:
            kind = "research" if arm[1].endswith("Research") else "company"  # it signs itself
            # as written where an acronym stands for the company: "TCS Research"
            group = 2 if regional else 1
            name = f"{company.text if company.text.isupper() else company.canonical} " \
                f"{text[company.end + arm.start(1):company.end + arm.end(group)]}"
            local.add(name, kind, company.canonical)
            end = company.end + arm.end(group)
            units.append(Entity("organization", text[company.start:end], name, company.start,
                                end, kind=kind))
            continue
        gap = re.match(r" (?:d[eou] )?\(?", text[company.end:company.end + 5])  # "IBM de México"
        begin = company.end + len(gap.group()) if gap else -1
        prefix = _REGION_PREFIX.match(text, begin)
        place = places.get(prefix.end() if prefix else begin)
        if place is None and gap:  # words between, in a legal name only (see below)
            place = next((p for at, p in places.items() if 0 < at - company.end < 60), None)
            gap = place and _WORDS_BEFORE_PLACE.fullmatch(text, company.end, place.start)
        if place is None or not gap:
            continue
        end = place.end + (text[place.end:place.end + 1] == ")" and gap.group().endswith("("))
        # "Microsoft UK" as written; "Huawei Brasil" is Huawei Brazil
        canonical = place.text if place.text.isupper() else place.canonical
        # "Microsoft Australia and New Zealand", "Microsoft Central and Eastern Europe, Middle
        # East and Africa", "Siemens UK & Ireland": one unit for them all (not "Huawei
        # Myanmar and Myanmar's Rectors' Committee").
        while (joint := re.match(r",? and |, | & ", text[end:end + 6])) and \
                (after := places.get(end + joint.end())) and \
                not re.match(rf" [{UPPER}]|['’]s\b", text[after.end:after.end + 3]):
            end = after.end
        if end > place.end + 1 or prefix:
            canonical = text[begin:end]
        suffix = re.match(r",? (?:Corporation |Sole )?(?:Sdn Bhd|Co\.,? Ltd\.?|Company Limited|"
                          r"Limited|Ltd\.?|LLP|Private Limited|Pvt\.? Ltd\.?|S\.A\.|S\.p\.A\.|"
                          r"Inc\.)",
                          text[end:end + 32])  # "ZTE (Malaysia) Corporation Sdn Bhd"
        if not suffix and gap.group().strip(" (") not in ("", "de", "do", "du"):
            continue  # words between the company and the place: a legal name's only
        end += suffix.end() if suffix else 0
        owner = company.canonical if company.kind == "company" else company.text  # "AIMS"
        name = f"{owner} {canonical}"
        local.add(name, company.kind, company.canonical)
        units.append(Entity("organization", text[company.start:end], name, company.start, end,
                            kind=company.kind))
    return units


#: Endings that make a place a word before a name: "Gulf-based X", "Phoenix-area startups".
PLACE_ADJECTIVES = ("-based", "-headquartered", "-area")


#: Arabic articles inside a name: "Dar es Salaam", "Ras al Khaimah".
INNER_ARTICLES = {"es", "al", "as", "ad", "ar", "ul"}


def capitalised(name: str) -> bool:
    """Whether a name is written as one: capitals, small connectors only inside ("Castilla
    y León", "Dar es Salaam"; not the Spanish word "para")."""
    words = name.split()
    return bool(words) and not words[0][0].islower() and all(
        w[0].isupper() or w.lower() in CONNECTORS or re.match(r"[dl]['’][A-Z]", w) or
        w in INNER_ARTICLES and 0 < i < len(words) - 1
        for i, w in enumerate(words))


#: Words of a legal form, which end a company's name.
LEGAL_FORMS = {"Ltd", "Limited", "Inc", "PLC", "Plc", "LLC", "GmbH", "Bhd", "Berhad", "AG",
               "JSC", "PJSC", "OJSC", "CJSC", "SpA", "Corp", "S.A", "Tbk",
               "Oyj", "Oy", "ASA", "AB"}
#: Legal forms and their first words, which end a name ("SoftBank Corp.", "X Co., Ltd.").
ENDING_FORMS = LEGAL_FORMS | {"Co"}
#: What may come before a company's name and is no part of it ("PT Indosat ... Tbk"), or
#: start a legal form after it (Lao "Sole Co., Ltd.").
LEADING_FORMS = ENDING_FORMS | {"Sdn", "Pte", "Pty", "PT", "Sole"}


#: A company's legal form, left out of its name: "Kanzaki Electric Co., Ltd.", "X Plc".
LEGAL_SUFFIX = re.compile(r"(?: \([A-Z][a-z]+\))?"  # "X (Shanghai) Limited" is X
                          r",? (?:(?:Sole )?(?:Co\.,? ?Ltd\.?|Company Limited)|Ltd\.?|Limited|Plc|"
                          r"PLC|plc|Corp\.?|Inc\.?|LLC|GmbH|S\.A\.?|Sdn\.? Bhd\.?|Berhad|Bhd\.?|AG|"
                          r"C?JSC|PJSC|OJSC|SpA|S\.p\.A\.|N\.V\.|B\.V\.|Pty\.? Ltd\.?|K\.K\.?|"
                          r"G\.K\.?|Tbk\.?|Oyj|Oy|ASA|AB|A/S|Private Limited|Pvt\.? Ltd\.?|Co\.?)$")


#: Words that alone name no company: "Systems Limited" keeps its legal form.
_GENERIC_COMPANY_WORDS = {"Systems", "Solutions", "Technologies", "Networks", "Services",
                          "Holdings", "Industries", "Communications", "Electronics", "Software",
                          "Consulting", "Ventures", "Digital", "Group"}


def without_legal_form(name: str) -> str:
    """A company's name without its legal form: "Zenara Bank Plc" is Zenara Bank, but
    "Systems Limited" stays as it is."""
    plain = LEGAL_SUFFIX.sub("", name)
    return name if not plain or plain in _GENERIC_COMPANY_WORDS else plain


def tidy(name: str) -> str:
    """A name as the facets show it: without a leading "the", nor its university's acronym
    in brackets inside it ("National University of Singapore (NUS) School of Computing",
    but "Information and Communication Technologies (ICT) Academy")."""
    name = " ".join(name.replace("’", "'").split())
    owner = re.search(r" \([A-Z][A-Z&]{1,7}\)(?= )", name)
    if owner and has_head(name[:owner.start()].split()) and \
            org_kind(name[:owner.start()]) in ("university", "college"):
        name = name[:owner.start()] + name[owner.end():]
    return re.sub(r"^(?:the|The)\s+", "", name)
