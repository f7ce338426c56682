"""Find organisations, people, places, fields and dates in an article, and its partners.

Known names come from the knowledge base; rules find what the base does not know yet:
organisations by the shape of their names, acronyms defined or implied in the text,
people by the titles and roles around them, and dates with their precision.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field, replace
from functools import lru_cache
from typing import Any

from rapidfuzz.distance import OSA

from partnerview.core.dates import find_dates
from partnerview.core.knowledge import Entry, KnowledgeBase

ENTITY_TYPES = ("organization", "person", "place", "field", "date")
KINDS = {
    "agreement": "Agreement signing",
    "launch": "Lab or centre launch",
    "visit": "Visit or talks",
    "seminar": "Seminar or conference",
    "other": "Other",
}
#: Kinds of organisation that can be a party to a partnership (units map to their parent).
INSTITUTION_KINDS = {"company", "university", "college", "government", "research", ""}


@dataclass
class Entity:
    """A span of the article text that names something."""

    type: str
    text: str
    canonical: str
    start: int
    end: int
    role: str = ""  # people: the role the article gives them
    kind: str = ""  # organisations: company, university, ...


@dataclass
class Person:
    """A person named in an article, with the role the article states."""

    name: str
    role: str = ""


@dataclass
class Extraction:
    """Everything found in one article."""

    entities: list[Entity] = field(default_factory=list)
    partners: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    fields: list[str] = field(default_factory=list)
    kind: str = "other"
    dates: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready form, for the store."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Extraction:
        """The inverse of :meth:`to_dict`."""
        if not data:
            return cls()
        return cls(
            entities=[Entity(**e) for e in data.get("entities", [])],
            partners=list(data.get("partners", [])),
            organizations=list(data.get("organizations", [])),
            people=[Person(**p) for p in data.get("people", [])],
            places=list(data.get("places", [])),
            fields=list(data.get("fields", [])),
            kind=data.get("kind", "other"),
            dates=list(data.get("dates", [])),
        )


# ---------------------------------------------------------------------------- word lists

ORG_HEADS = {
    "University": "university", "Universidad": "university", "Universidade": "university",
    "Universiti": "university", "Universitas": "university", "Université": "university",
    "College": "college", "Polytechnic": "college", "Institute": "university",
    "Academy": "department", "School": "department", "Faculty": "department",
    "Department": "department", "Office": "department", "Laboratory": "lab", "Lab": "lab",
    "Center": "lab", "Centre": "lab", "Base": "lab", "Ministry": "government",
    "Bureau": "government", "Commission": "government", "Committee": "government",
    "Corps": "department", "Corporation": "company", "Company": "company", "Group": "company",
    "Inc": "company", "Ltd": "company", "Association": "government", "Foundation": "programme",
    "Consortium": "programme", "Alliance": "programme", "House": "company",
    "Press": "company", "Program": "programme", "Programme": "programme",
    "Council": "government", "Agency": "government", "Authority": "government",
    "Administration": "government", "Union": "government", "Organization": "government",
    "Organisation": "government", "Zone": "government", "Directorate": "department",
    "Initiative": "programme", "Hub": "lab", "Labs": "company", "Laboratories": "lab",
    "Networks": "company", "Systems": "company", "Solutions": "company", "Holdings": "company",
    "Limited": "company", "Industries": "company", "Telecom": "company", "Bank": "company",
    "Electronics": "company",
    "Technologies": "company", "PLC": "company", "LLC": "company", "GmbH": "company",
    "JSC": "company", "PJSC": "company", "OJSC": "company", "SpA": "company", "Pty": "company",
    "Corp": "company", "Bhd": "company", "Institut": "university", "Instituto": "university",
    "Universität": "university", "Politécnico": "college", "Politecnico": "college",
    "École": "college", "Escuela": "college", "Facultad": "department", "Faculté": "department",
    "Centro": "lab", "Hochschule": "university",
}
CONNECTORS = {"of", "and", "for", "the", "&", "de", "del", "da", "do", "la", "des", "di", "in",
              "los", "las", "el", "y", "e", "du", "der", "für", "dos", "das", "+"}
#: Words that end a name in a title written in title case ("X University Signs MoU With Y").
TITLE_BREAKS = set("""
Sign Signs Signed Signing Hold Holds Held Launch Launches Launched Open Opens Opened Team Teams
Join Joins Joined Partner Partnered Agree Agrees Agreed Discuss Discusses Discussed Visit Visits
Visited Unveil Unveils Unveiled Build Builds Establish Establishes Established Officially Released
Release Releases Inaugurate Inaugurates Inaugurated Deepen Deepens Explore Explores Strengthen
Strengthens Jointly Win Wins Host Hosts Hosted Mark Marks Reach Reaches Ink Inks Inked Seal Seals
Sealed Renew Renews Expand Expands Bring Brings Train Trains Create Creates Form Forms Set Sets
Enter Enters Start Starts Begin Begins With Between Amid After During Via To On At In As
Vice Deputy Acting Senior
""".split())
#: Letters for names written in Latin scripts with accents ("Tecnológica", "École", "Peña").
UPPER = "A-ZÀ-ÖØ-Þ"
LOWER = "a-zß-öø-ÿ"
LEADING_NOISE = {
    "The", "A", "An", "In", "At", "On", "By", "From", "With", "And", "Both", "Per", "Prior",
    "After", "Before", "According", "As", "During", "Through", "For", "Under", "This", "That",
    "Its", "Their", "Our", "His", "Her", "Next", "Moreover", "Meanwhile", "Currently",
    "President", "Vice", "Director", "Head", "Dean", "Chairman", "Professor", "Deputy",
    "General", "Manager", "Senior", "Chief", "Secretary", "Executive", "CEO", "Minister",
}

ROLE_WORDS = (
    r"(?:senior |executive |first |deputy |pro-|vice[- ]|assistant |associate |general |chief |"
    r"honorary |former |acting |founding |managing |rotating |co-)*"
    r"(?:president|chairman|chairwoman|chairperson|chair|director|director-general|head|dean|"
    r"professor|manager|secretary|minister|governor|mayor|ambassador|consul|principal|"
    r"rector|provost|chancellor|vice-chancellor|ceo|cto|cio|coo|cfo|founder|"
    r"academician|scientist|researcher|lecturer|engineer|officer|chief|leader|representative|"
    r"general manager|party secretary|spokesperson|partner|counsellor|counselor|"
    r"coordinator|commissioner|superintendent|executive|chief executive|managing director|md|"
    r"vice chancellor|general|lieutenant general|colonel|dr\.?|mr\.?|ms\.?|mrs\.?|prof\.?)"
)
# The look-ahead lets the engine skip spaces and digits before trying every role word.
ROLE_WORDS = f"(?=[A-Za-z])(?i:{ROLE_WORDS})"
_ROLE_START = re.compile(rf"^{ROLE_WORDS}\b")

CHINESE_SURNAMES = set("""
Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng
Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye
Cheng Wei Su Lu Ding Ren Shen Yao Jin Fu Fan Fang Shi Tan Liao Zou Xiong Qian Hao Kong Qiu
Mao Wan Gu Lai Wen Tong Niu Dai Xia Jia Ruan Zhong Shao Meng Qin Bai Cui Kang Mo Yin Yan Lei
Long Duan Hou Lv Xue Bi Chang Chai Che Dou Gong Hong Ji Ke Lan Lang Lei Lou Mei Miao Nie Ning
Ou Pang Qi Qu Sheng Shu Si Tao Wen Weng Xing Xin Yi Ying You Zhan Zhen Zhuang Zuo Geng Sang
""".split())
_PINYIN = re.compile(
    r"^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|uan|ian|"
    r"iao|uai|ai|ei|ao|ou|an|en|er|in|un|ia|ie|iu|ua|uo|ui|ue|ve|a|e|i|o|u|v)){1,3}$", re.I)
_NAME_WORD = rf"(?:[{UPPER}][{LOWER}]+(?:-[A-Za-z][{LOWER}]+)?|[{UPPER}]'[{UPPER}][{LOWER}]+)"
_PARTICLE = r"(?:[A-Z]\. |(?:van|von|de|da|del|dos|al|el|bin|binti|Al|El|Abdul|de la) )"
#: "Maria Santos", "Ana Lucía Torres", and names that start with initials, "K. Jayakumar".
_WESTERN_NAME = (rf"(?=[{UPPER}])(?:{_NAME_WORD}(?: {_PARTICLE}?{_NAME_WORD}){{1,3}}|"
                 rf"(?:[A-Z]\. ){{1,2}}{_NAME_WORD}(?: {_PARTICLE}?{_NAME_WORD}){{0,2}})")
_NOT_NAMES = {
    "University", "College", "Institute", "School", "Department", "Office", "Center", "Centre",
    "Lab", "Laboratory", "Academy", "Group", "Company", "Technologies", "Technology", "Cloud",
    "Innovation", "Industry", "Education", "Science", "Talent", "Digital", "Intelligent",
    "Engineering", "Research", "National", "International", "Global", "Smart", "Huawei",
    "Ministry", "Affairs", "Public", "Government", "Enterprise", "Summit", "Conference",
    "Forum", "Program", "Programme", "Plan", "Network", "Computing", "Data", "Development",
    "Platform", "Base", "Ecology", "Business", "Service", "Services", "Communication",
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "The", "This", "That", "Chinese", "China",
}


# ---------------------------------------------------------------------------- extractor


class Extractor:
    """Extracts entities from articles with one knowledge base."""

    def __init__(self, knowledge: KnowledgeBase) -> None:
        self.kb = knowledge
        #: One-word organisation names, the candidates for a misspelling ("Huawai").
        self._single_word_orgs = {form: entry for form, entry in knowledge.folded.items()
                                  if entry.type == "organization" and
                                  form in knowledge.single_words}

    def extract(self, title: str, text: str) -> Extraction:
        """All entities of ``text`` (offsets into it), plus partners and kind from both."""
        local = _LocalNames(self.kb)
        local.text = text
        _learn_definitions(text, local)
        local.signing_acronyms = {
            m.group(1) for m in _SIGNING_ACRONYM.finditer(title)
            if self.kb.lookup(m.group(1)) is None and m.group(1) not in _NOT_ACRONYMS}
        known = self._known(text, local)
        orgs = self._organizations(text, local, known)
        people = _people(text, taken=orgs)
        taken = orgs + people
        places = self._places(text, known, taken)
        named = _Spans(taken)
        dates = [Entity("date", d.text, d.iso, d.start, d.end, kind=d.precision)
                 for d in find_dates(text) if named.free(d.start, d.end)]
        for place in places:
            named.add(place)
        fields_ = [e for e in known if e.type == "field" and named.free(e.start, e.end)]
        for field_ in fields_:
            named.add(field_)
        fields_ += _listed_fields(text, named)
        entities = sorted(orgs + people + places + fields_ + dates, key=lambda e: e.start)
        result = Extraction(entities=entities)
        result.organizations = _unique(e.canonical for e in orgs)
        result.people = _unique_people(people)
        result.places = _unique(e.canonical for e in places)
        # A lab's name says what it works on ("Trustworthy Innovation Lab"): its fields
        # count for the article, though the name is highlighted as the organisation.
        labs = [o for o in orgs if o.kind == "lab"]
        in_labs = [e for e in known if e.type == "field" and any(
            o.start <= e.start and e.end <= o.end for o in labs)]
        title_orgs = self._organizations(title, local)
        # A field the title names is the article's too ("AI for Crop Monitoring"), unless it
        # is a word of a name there ("Hanul Electronics").
        named_in_title = _Spans(title_orgs)
        in_title = [entry.name for start, end, entry in self.kb.finditer(title)
                    if entry.type == "field" and named_in_title.free(start, end)]
        in_text = sorted(fields_ + in_labs, key=lambda e: e.start)
        result.fields = _unique([e.canonical for e in in_text] + in_title)
        result.dates = _unique(e.canonical for e in dates)
        result.partners = self._partners(title_orgs, text, orgs, local)
        result.kind = classify(title, text)
        return result

    # ------------------------------------------------------------------ organisations

    def _organizations(self, text: str, local: _LocalNames,
                       known: list[Entity] | None = None) -> list[Entity]:
        if known is None:
            known = self._known(text, local)
        others = [e for e in known if e.type != "organization"]
        known = [e for e in known if e.type == "organization"]
        known += self._misspelt(text, known, local)
        shaped = []
        candidates = _shaped_organizations(text, known)
        while candidates:
            start, end, name, kind = candidates.pop(0)
            inner = [k for k in known if start <= k.start and k.end <= end]
            if any(k.start == start and k.end == end for k in inner):
                continue
            if inner and inner[0].start > start:
                before = text[start:inner[0].start]
                cut = re.search(r"\s+(?:of|at|in)\s+(?:the\s+)?$", before)
                if cut and _has_head(before[:cut.start()].split()):
                    # "Department of ... of Huawei": the unit ends before its owner, who
                    # may head a unit of its own ("... of Huawei Shanghai Institute").
                    rest = text[inner[0].start:end]
                    if _has_head(rest.split()[1:]):
                        candidates.append((inner[0].start, end, rest, _org_kind(rest)))
                    end = start + cut.start()
                    inner = []
                else:
                    start = inner[0].start  # "Wang Yan of ECNU Publishing House"
                name = text[start:end]
                if not _has_head(name.split()) or \
                        any(k.start == start and k.end == end for k in inner):
                    continue
            parent = ""
            if inner and inner[0].start == start:
                parent = inner[0].canonical
                possessive = re.match(r"[’']s\s+", text[inner[0].end:end])
                if possessive:  # "Huawei's Noah's Ark Lab": the unit without its owner
                    start = inner[0].end + possessive.end()
                    name = text[start:end]
                    if any(k.start == start and k.end == end for k in inner) or \
                            not _has_head(name.split()):
                        continue
            plain = _LEGAL_SUFFIX.sub("", name) or name  # "Zenara Bank Plc" is Zenara Bank
            entry = self.kb.lookup(name) or self.kb.lookup(plain) or local.lookup(name) or \
                local.expansion(name) or local.variant(name)
            canonical = entry.name if entry else _tidy(plain)
            local.add(canonical, kind, parent)
            kind = entry.kind if entry else kind
            shaped.append(Entity("organization", text[start:end], canonical, start, end,
                                 kind=kind))
        # Longer shaped names win over the known names they contain ("Huawei Public
        # Utility Corps" over "Huawei"); known names win where they overlap otherwise.
        chosen = _without_overlaps(shaped + known, prefer_longer=True)
        chosen += self._parties_without_heads(text, chosen, others, local)
        named = _Spans(chosen)
        # Acronyms of organisations named in this article ("WUT" for Wuhan University of
        # Technology), and names the article defines, found again elsewhere.
        for match in re.finditer(r"(?<![\w-])[A-Z][A-Z&]{1,7}(?![\w-])", text):
            if not named.free(match.start(), match.end()):
                continue
            entry = local.lookup(match.group()) or local.by_initials(match.group())
            if entry is None and match.group() in local.signing_acronyms:
                # "NFU signs ..." with no full name anywhere: the acronym is the name.
                entry = Entry("organization", match.group(), kind="")
            if entry:
                chosen.append(Entity("organization", match.group(), entry.name, match.start(),
                                     match.end(), kind=entry.kind))
        return sorted(chosen, key=lambda e: e.start)

    def _parties_without_heads(self, text: str, chosen: list[Entity], others: list[Entity],
                               local: _LocalNames) -> list[Entity]:
        """Companies whose names say nothing of what they are ("Netvoni", "Lumenor"), found
        where a signing names its parties: "between A and B", "A signed ... with B", "A and
        B have signed", "A and <a named organisation>". Each is then found everywhere in the
        article, and in its title."""
        # A place may start a company's name ("Bayern Chemie", "Leeds Ventures"), but a
        # party that is only a place is none.
        taken = _Spans(chosen)
        places = {(e.start, e.end) for e in others}
        starts = {e.start for e in chosen}
        ends = {e.end for e in chosen}
        candidates = []
        for pattern, touching in _PARTY_SLOTS:
            # A signing names its parties near the top: slots are looked for there only.
            for match in pattern.finditer(text, 0, PARTY_REACH):
                if touching == "a" and match.end() not in starts or \
                        touching == "b" and match.start() not in ends:
                    continue
                for group in ("a", "b"):
                    if group in pattern.groupindex and match.group(group):
                        span = _party_name(text, *match.span(group), others)
                        if span and taken.free(*span) and span not in places:
                            candidates.append(span)
        names = {text[s:e] for s, e in candidates if self.kb.lookup(text[s:e]) is None}
        found = []
        for name in sorted(names, key=len, reverse=True):
            name, entry = local.party(name)
            local.defined.setdefault(name, entry)
            local.entries.setdefault(entry.name, entry)
            for unit in chosen:  # "Velocom Industry Solutions Laboratory" is Velocom's
                owned = local.entries.get(unit.canonical)
                if unit.canonical.startswith(f"{name} ") and owned and not owned.parent and \
                        owned.kind not in INSTITUTION_KINDS:
                    local.entries[unit.canonical] = replace(owned, parent=name)
            for start, end in _occurrences(text, name):
                if taken.free(start, end):
                    found.append(Entity("organization", name, entry.name, start, end,
                                        kind=entry.kind))
                    taken.add(found[-1])
        return found

    def _known(self, text: str, local: _LocalNames) -> list[Entity]:
        """Every name the knowledge base or the article's own definitions know."""
        found = []
        for start, end, entry in self.kb.finditer(text):
            found.append(Entity(entry.type, text[start:end], entry.name, start, end,
                                kind=entry.kind))
            if entry.type == "organization":
                local.add(entry.name, entry.kind, entry.parent, entry)
        # Names the article defined ("UGA"), with their full forms, and, in a title, every
        # organisation its text named: "Thalorix and Université Grenoble Alpes" is two.
        names = {**local.defined, **{e.name: e for e in local.defined.values()},
                 **(local.entries if text is not local.text else {})}
        for name, entry in names.items():
            for start, end in _occurrences(text, name, joined="_"):  # "UGA-led" is UGA
                found.append(Entity(entry.type, name, entry.name, start, end, kind=entry.kind))
        found += _company_units(text, found, local)
        return _without_overlaps(found, prefer_longer=True)

    def _misspelt(self, text: str, taken: list[Entity], local: _LocalNames) -> list[Entity]:
        """Capitalised words one or two letters away from a known name ("Huawai")."""
        names = dict(self._single_word_orgs)
        names.update({e.canonical.casefold(): local.entries[e.canonical] for e in taken
                      if " " not in e.canonical and e.canonical in local.entries})
        by_letter: dict[str, list[tuple[str, Entry]]] = {}
        for form, entry in names.items():
            by_letter.setdefault(form[0], []).append((form, entry))
        closest: dict[str, Entry | None] = {}
        found = []
        used = _Spans(taken)
        for match in re.finditer(r"\b[A-Z][a-z]{4,}\b", text):
            word = match.group().casefold()
            if word not in closest:  # each word once: a name it misspells, or None
                limit = 1 if len(word) < 9 else 2
                closest[word] = None if word in names or self.kb.lookup(match.group()) else \
                    next((entry for form, entry in by_letter.get(word[0], ())
                          if abs(len(form) - len(word)) <= limit and
                          OSA.distance(word, form, score_cutoff=limit) <= limit), None)
            entry = closest[word]
            if entry is None or not used.free(match.start(), match.end()):
                continue
            before = text[max(0, match.start() - 8):match.start()].split(" ")
            if len(before) > 1 and before[-2] in CHINESE_SURNAMES:
                continue  # the given name of "Liao Ruijin" is nobody's misspelling
            found.append(Entity("organization", match.group(), entry.name, match.start(),
                                match.end(), kind=entry.kind))
        return found

    # ------------------------------------------------------------------ places and fields

    def _places(self, text: str, known: list[Entity], taken: list[Entity]) -> list[Entity]:
        # A place is written with capitals ("Reading" the town, not "reading"), and a place
        # word inside an organisation's name is part of that name.
        named = _Spans(taken)
        # Nor is "US$" a place, nor "Indonesia" in the language "Bahasa Indonesia".
        found = [e for e in known if e.type == "place" and _capitalised(e.text) and
                 named.free(e.start, e.end) and not text.startswith("$", e.end) and
                 not text.endswith("Bahasa ", 0, e.start) and
                 not (e.text.isupper() and e.text.isalpha() and len(e.text) > 3 and
                      not e.canonical.isupper() and
                      text[max(0, e.start - 1):e.start] not in ("", "\n"))]
        for place in found:
            named.add(place)
        for match in re.finditer(r"\b([A-Z][a-z]+) (Province|City|District|County|Prefecture)\b",
                                 text):
            if named.free(match.start(), match.end()):
                found.append(Entity("place", match.group(), match.group(), match.start(),
                                    match.end()))
        return found

    # ------------------------------------------------------------------ partners

    def _partners(self, title_orgs: list[Entity], text: str, orgs: list[Entity],
                  local: _LocalNames) -> list[str]:
        """The parties to the cooperation, as opposed to organisations merely mentioned:
        the institutions of the first sentence that speaks of signing, partnering or
        founding (every one of a list), less those that only attend or witness it."""
        def lineage(name: str) -> list[Entry]:
            entry = local.entries.get(name) or self.kb.get("organization", name)
            chain: list[Entry] = []
            while entry is not None and entry not in chain:
                chain.append(entry)
                entry = local.entries.get(entry.parent) or \
                    self.kb.get("organization", entry.parent) if entry.parent else None
            return chain

        def institution(entity: Entity) -> str | None:
            # A lab, department or programme stands for the institution it belongs to.
            for entry in lineage(entity.canonical) or [Entry("organization", entity.canonical,
                                                             kind=entity.kind)]:
                if entry.kind in INSTITUTION_KINDS:
                    return entry.name
            return None

        def family(name: str) -> str:
            chain = lineage(name)
            return chain[-1].name if chain else name

        in_title = _unique(institution(e) for e in title_orgs)
        title_families = {family(n) for n in in_title}
        alone: list[str] = []  # the first cue sentence's only institution, when nothing better
        for sentence_start, sentence in _sentences(text):
            if not _PARTNER_CUE.search(sentence):
                continue
            witness = _WITNESS.search(sentence)
            names = []
            for entity in orgs:
                offset = entity.start - sentence_start
                if not 0 <= offset < len(sentence):
                    continue
                if witness and (entity.kind == "government" or
                                witness.start() < offset < _clause_end(sentence, witness)):
                    continue
                if entity.kind == "government" and re.search(r"\bat (?:the )?$",
                                                             sentence[:offset]):
                    continue  # the venue: "signed at the Ministry of Technology between ..."
                names.append(institution(entity))
            names = _unique(names)
            alone = alone or names[:1]
            if len(names) >= 2 and (not title_families or
                                    title_families & {family(n) for n in names}):
                covered = {family(n) for n in names}
                return _unique(names + [n for n in in_title if family(n) not in covered])
        if len(in_title) >= 2:
            return in_title
        if in_title:
            counts = Counter(n for n in (institution(e) for e in orgs) if n)
            others = [n for n, _ in counts.most_common() if family(n) not in title_families]
            return in_title + others[:1]
        return alone


#: How far into an article the parties of a signing are looked for (characters).
PARTY_REACH = 3000
_PARTY = rf"[{UPPER}][\w&'’-]*(?: (?:of |de |di |da |do )?[{UPPER}][\w&'’-]*){{0,4}}"
_SIGNS = (r"(?:signed|signs|sign|inked|inks|sealed|seals|entered into|enters into|partnered|"
          r"partners|teamed up|teams up|ties up|tied up|joined hands|launched|launches|"
          r"opened|opens|set up|sets up|established|establishes|agreed|agree|agrees|"
          r"have started|has started|invest|invests|invested|commits|committed|"
          r"announced (?:an? |the )?(?:agreement|partnership|alliance|collaboration))\b")
#: Where a signing names its parties, and which side must touch a named organisation
#: ("a": the party comes right before one, "b": right after one; None: no such need).
_PARTY_SLOTS = [
    (re.compile(rf"\bbetween (?:the )?(?P<a>{_PARTY}) and (?:the )?(?P<b>{_PARTY})"), None),
    # "Netvoni yesterday opened", "Genovia said on Thursday it has signed", and between
    # commas, "The mobile provider, Dialink, recently signed".
    (re.compile(rf"(?P<a>{_PARTY})(?: \([A-Z]{{2,8}}\))?,?"
                rf"(?: said(?: on)?(?: \w+day)?(?: that)? it)? (?:(?:has|have|had|will|would|"
                rf"on \w+day|yesterday|today|recently|officially|also|jointly) )*{_SIGNS}"),
     None),
    (re.compile(rf"\b(?:signed|inked|sealed|agreement|partnership|memorandum of understanding|"
                rf"MoU|teamed up|partnered|joined hands|tied up)\b[^.;]{{0,60}}?\bwith (?:the )?"
                rf"(?:(?:[\w-]+ ){{0,3}}?[a-z][\w-]* )?(?P<b>{_PARTY})"), None),
    # "Pharmedica, the generic medicines maker, and the University of Nicosia"
    (re.compile(rf"(?P<a>{_PARTY})(?:, (?:the|a|an) [^,.;]{{3,60}},)? (?:and|&) (?:the )?"
                rf"(?=[{UPPER}])"), "a"),
    (re.compile(rf"(?<=[\w)]) (?:and|&|with) (?:the )?(?P<b>{_PARTY})(?=[ ,.;])"), "b"),
]
_AFTER_HONORIFIC = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Eng|Engr|Amb|Rev)\.?|Madam|Sheikh|"
                              r"Sir|Dame) $")
_NOT_PARTIES = {"It", "They", "We", "He", "She", "Both", "Officials", "Students", "Monday",
                "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "The",
                "This", "That", "Chinese", "China", "January", "February", "March", "April",
                "May", "June", "July", "August", "September", "October", "November",
                "December"}


def _party_name(text: str, start: int, end: int, others: list[Entity]) -> tuple[int, int] | None:
    """The span of a party's name in a slot, without leading noise and a trailing "of
    <place>" ("Lankan Cloudworks of Sri Lanka"); None for a person ("Dr. Ruwan Perera",
    "President Wang", "Zhou") or a word that names no one."""
    words = text[start:end].split(" ")
    while words and words[0] in LEADING_NOISE and not _ROLE_START.match(words[0]):
        start += len(words.pop(0)) + 1
    owners = [i for i, w in enumerate(words[:-1]) if re.search(r"[’']s$", w)]
    if owners:  # "Vietnam's FPT Software": the name starts after the owner
        start += len(" ".join(words[:owners[-1] + 1])) + 1
        words = words[owners[-1] + 1:]
    if not words or words[0] in _HONORIFIC_WORDS or _ROLE_START.match(words[0]) or \
            _role_before(text, start, 40) or \
            _AFTER_HONORIFIC.search(text, max(0, start - 12), start) or \
            len(words) == 1 and words[0] in CHINESE_SURNAMES:
        return None
    places = {e.start for e in others if e.type == "place"}
    for i, word in enumerate(words[1:], 1):
        if word == "of" and start + len(" ".join(words[:i + 1])) + 1 in places:
            words = words[:i]
            break
    name = " ".join(words)
    if _ROLE_AFTER_NAME.match(text, start + len(name)) or len(words) == 2 and \
            words[0] in CHINESE_SURNAMES and _PINYIN.match(words[1]):
        return None  # "Selina Yuan, President of ...", "Zeng Weisheng"
    if len(name) < 3 or words[0] in _NOT_PARTIES or name.upper() in _NOT_ACRONYMS:
        return None
    return start, start + len(name)


#: An acronym that signs in a title: "NFU signs ...", "... with NFU", "NFU and Huawei".
_SIGNING_ACRONYM = re.compile(r"(?:\b(?:with|and|&)\s+|^)([A-Z][A-Z&]{1,6})\b"
                              r"(?=\s+(?:and|&|sign\w*|"
                              r"partner\w*|team\w*|join\w*|launch\w*|open\w*|ink\w*|agree\w*)\b|"
                              r",|\s*$)", re.I)
#: Capitals that are never an organisation's name.
_NOT_ACRONYMS = {"CEO", "MOU", "MOA", "CTO", "CIO", "CFO", "VP", "USD", "PM", "AM", "TV", "PHD",
                 "MBA", "HR", "IT", "R&D", "NEW", "THE", "AND"}

#: Where an organisation only attends, witnesses or supports a signing.
_WITNESS = re.compile(r"\b(?:witness(?:ed|es|ing)?|in the presence of|attended|attending|"
                      r"presence of|supported|backed|chief guest|officiated|sent a representative"
                      r"|welcomed|under the (?:guidance|auspices) of)\b", re.I)


def _clause_end(sentence: str, cue: re.Match[str]) -> int:
    """Where the clause a witness cue opens ends: the next comma after a name, or the end."""
    comma = re.search(r",\s+(?!(?:[A-Z][\w-]*|and|of)\b[^,]*\b(?:Ministry|Minister|Council|"
                      r"Bureau|Commission|Committee|Department)\b)", sentence[cue.end():])
    return cue.end() + comma.start() if comma else len(sentence)


_PARTNER_CUE = re.compile(
    r"\b(?:between|signed|signing|sign|agreement|memorandum|MoU|partner(?:ship)?s?|"
    r"cooperat\w*|co-operat\w*|collaborat\w*|jointly|together with|visited|visit|talks|"
    r"met with|teamed up|join(?:ed|s)? hands|joint venture|co-?found\w*|set up|launch\w*|"
    r"open(?:ed|s)?|establish\w*|invest(?:s|ed|ing|ment)?|commit(?:s|ted)?|fund(?:s|ed|ing)?|"
    r"donat\w*|sponsor\w*)\b", re.I)


def classify(title: str, text: str) -> str:
    """The kind of article: agreement, launch, visit, seminar or other."""
    rules = [
        ("agreement", r"\b(?:sign(?:ed|s|ing)?|agreement|memorandum|MoU|MOU|contract)\b"),
        ("launch", r"\b(?:launch(?:ed|es)?|unveil(?:ed|s)?|inaugurat\w+|open(?:ed|s)|"
                   r"establish(?:ed|es)?|set up)\b.{0,80}\b(?:lab|laboratory|cent(?:er|re)|"
                   r"base|academy|institute|college)\b"),
        ("visit", r"\b(?:visit(?:ed|s)?|talks|discuss(?:es|ed)?|met with|meeting|delegation)\b"),
        ("seminar", r"\b(?:seminar|conference|forum|summit|symposium|workshop)\b"),
    ]
    for part in (title, text[:700]):
        # The cue that comes first decides: "held a seminar ... At the meeting" is a seminar.
        firsts = [(match.start(), kind) for kind, pattern in rules
                  if (match := re.search(pattern, part, re.I))]
        if firsts:
            return min(firsts)[1]
    return "other"


# ---------------------------------------------------------------------------- local names


class _LocalNames:
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
        entry = self.kb.lookup(name) or Entry("organization", _tidy(name), [],
                                              _org_kind(name), "")
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
        words = name.split(" ")
        if len(words) > 1 and words[0].isupper():  # an acronym and a place
            rest = " ".join(words[1:])
            for full, entry in self.entries.items():
                if rest in full and _initials(full.replace(rest, "")) == words[0]:
                    return name, entry
        for i in range(1, len(words)):
            tail = " ".join(words[i:])
            for full, entry in self.entries.items():
                if full == tail or full.startswith(f"{tail} ") and \
                        _head(full.split(" ")[-1]) in ORG_HEADS:
                    return tail, entry
        return name, Entry("organization", name, kind="")

    def lookup(self, name: str) -> Entry | None:
        return self.defined.get(name)

    def expansion(self, name: str) -> Entry | None:
        """The name in full when the article gave it: "Khalifa University" for "Khalifa
        University of Science and Technology" (never for a name the knowledge base knows)."""
        if f"{name} of " not in self.text:
            return None  # the quick answer, nearly always
        return next((e for n, e in self.entries.items() if n.startswith(f"{name} of ")), None)

    def by_initials(self, acronym: str) -> Entry | None:
        for name, entry in self.entries.items():
            if entry.kind in ("", "department") and len(acronym) < 3:
                continue
            if _initials(name) == acronym:
                return entry
        return None


#: "(GCUT)", '(hereinafter "Huawei")': an acronym defined for the name just before it.
_DEFINED_AS = re.compile(r"\s*[(（]\s*(?:hereinafter[^\"“”)]*)?[\"“]?([A-Z][A-Za-z&]{1,9})[\"”]?"
                         r"\s*[)）]")
#: Up to eleven capitalised words and connectors ending where a definition starts.
_DEFINED_NAME = re.compile(r"(?:[A-Z][\w'’.-]*|of|and|for|the|&)(?:[ -](?:[A-Z][\w'’.-]*|"
                           r"of|and|for|the|&)){0,10}$")


def _learn_definitions(text: str, local: _LocalNames) -> None:
    """ "Guangzhou City University of Technology (GCUT)" and 'hereinafter "Huawei"'."""
    for definition in _DEFINED_AS.finditer(text):
        # Search back from the bracket: trying the name's pattern at every word is slow.
        match = _DEFINED_NAME.search(text, max(0, definition.start() - 240), definition.start())
        if not match:
            continue
        name = re.sub(r"^(?:(?:of|and|for|the|&) )+", "", match.group().strip())
        alias = definition.group(1)
        words = [w for w in name.split() if w not in CONNECTORS]
        if not words:
            continue
        if _initials(name) == alias or local.kb.lookup(name) or \
                any(h in name.split() for h in ORG_HEADS):
            # Trim to the part of the name the acronym covers ("... between X University").
            local.define(alias, _trim_to_initials(name, alias))


def _trim_to_initials(name: str, alias: str) -> str:
    """The part of ``name`` an acronym stands for: the words its initials cover, or else the
    last of two names joined by "and" ("ZTE Corporation and Nanjing University of Posts and
    Telecommunications (NJUPT)": the acronym's own initials need not be the words')."""
    words = name.split()
    for start in range(len(words)):
        if words[start][0].isupper() and _initials(" ".join(words[start:])) == alias:
            return " ".join(words[start:])
    for joint in re.finditer(r" and (?:the )?", name):
        left, right = name[:joint.start()], name[joint.end():]
        if _has_head(left.split()) and _has_head(right.split()):
            return right
    return name


@lru_cache(maxsize=65536)
def _initials(name: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w and w[0].isupper())


# ---------------------------------------------------------------------------- shapes

_CAP_WORD = (rf"(?:Co\.|Ltd\.|Inc\.|St\.|[A-Z]\.|[{UPPER}][\w'’-]*|[dl]['’][{UPPER}][\w-]*|"
             rf"[0-9]+[A-Za-z][\w-]*)")
_CAP_SEQUENCE = re.compile(
    rf"(?:{_CAP_WORD}|[0-9]+)(?:(?:(?: (?:of|and|for|the|&|de|del|da|do|la|des|di|los|las|el|y|"
    rf"du|der|für|dos|das)){{1,2}}| &| \+)? {_CAP_WORD})*")
#: What may continue a name after its "of ...": "Ministry of Science, Technology and Innovation",
#: "Commission on Higher Education".
_NAME_TAIL = re.compile(rf"(?:(?:, [{UPPER}][\w-]*(?: [{UPPER}][\w-]*)?)+,? and|"
                        rf"(?:(?<=Commission)|(?<=Committee)) on) "
                        rf"[{UPPER}][\w-]*(?: [{UPPER}][\w-]*)*")


def _shaped_organizations(text: str, known: list[Entity]) -> list[tuple[int, int, str, str]]:
    """Organisations found by the shape of their names: "X University", "School of X"."""
    found = []
    for start, part in _split_pairs(text, known):
        words = part.split(" ")
        while words and (words[0] in LEADING_NOISE or words[0] in CONNECTORS or
                         words[0].endswith(("-based", "-headquartered")) or
                         _ROLE_START.match(words[0])):
            start += len(words[0]) + 1
            words = words[1:]
        while words and (words[-1].lower() in CONNECTORS or words[-1] in {"Co.", "Co"}):
            words = words[:-1]
        heads = [i for i, w in enumerate(words) if _head(w) in ORG_HEADS]
        if not heads or len(words) < 2:
            continue
        if heads == [0] and ORG_HEADS[_head(words[0])] == "company" and words[1] != "of":
            continue  # a company's name ends with its head: "Telecom PSU Sancharnet" is none
        before_of = words[:words.index("of")] if "of" in words[:heads[0]] else []
        if before_of and not (len(before_of) == 1 and _is_name_word(before_of[0])):
            # "Students of Qatar Institute of Technology", "Zhang Lin of Sichuan University":
            # the name starts after "of" ("Future of Computing Institute" keeps its word).
            drop = len(before_of) + 1
            start += len(" ".join(words[:drop])) + 1
            words = words[drop:]
            heads = [i - drop for i in heads]
            if len(words) < 2:
                continue
        if ORG_HEADS[_head(words[heads[-1]])] in ("company", "university") and \
                words[heads[-1] + 1:heads[-1] + 2] == ["for"]:
            words = words[:heads[-1] + 1]  # "Nexora Systems for IoT", "X University for 5G"
        # "X University Huawei Industry College": a known name after the head starts anew.
        for i in range(heads[-1] + 1, len(words)):
            at = start + len(" ".join(words[:i])) + 1
            if words[i - 1].lower() not in CONNECTORS and \
                    any(k.type == "organization" and k.start == at for k in known):
                words = words[:i]
                break
        name = " ".join(words).rstrip(".,")
        end = start + len(name)
        if " of " in name or name.split(" ")[-1] in {"Commission", "Committee"}:
            tail = _NAME_TAIL.match(text, end)
            if tail and not any(_head(w) in ORG_HEADS or w in TITLE_BREAKS or _ROLE_START.match(w)
                                for w in tail.group().replace(",", "").split()):
                end = tail.end()
                name = text[start:end]
        head = _main_head(words)
        found.append((start, end, name, _org_kind(name, head)))
    return found


def _is_name_word(word: str) -> bool:
    """A word that can start a name before its "of": not a plural, role or noise word."""
    return not word.endswith("s") and word not in LEADING_NOISE and not _ROLE_START.match(word)


def _split_pairs(text: str, known: list[Entity]) -> list[tuple[int, str]]:
    """Capitalised runs of words, split where a title's verb or preposition ends a name
    ("X University Signs MoU With Y"), after a possessive ("X University's Faculty of Y",
    "Ethiopia's X University") and where "and" joins two complete names ("Chongqing
    University and Huawei Technologies")."""
    parts = []
    inside = bytearray(len(text) + 1)  # 1 inside a known name, past its first character
    for k in known:
        inside[k.start + 1:k.end] = b"\x01" * (k.end - k.start - 1)
    for match in _CAP_SEQUENCE.finditer(text):
        if " " not in match.group() or not _has_head(match.group().split(" ")):
            continue  # no part of it could be an organisation's name
        pieces = [(match.start(), match.group())]
        for breaker in re.finditer(r"(?:^| )(\S+?)(?= |$)", match.group()):
            word = breaker.group(1)
            at = match.start() + breaker.start(1)
            inside_known = inside[at]
            if (word in TITLE_BREAKS or _ROLE_START.match(word) and word[0].isupper()) and \
                    breaker.start(1) > 0 and not inside_known:
                pieces.append((at, None))
            elif re.search(r"[’']s$", word) and not inside_known and \
                    not inside[at + len(word) - 2]:
                pieces.append((at + len(word), word[:-2]))
        for start, chunk in _cut(match.start(), match.group(), pieces):
            # From the right: "X University of Science and Technology and Y Labs" splits at
            # the last "and", whose two sides are both complete names.
            names = []
            for joint in reversed(list(re.finditer(r" (?:and|&) | ?& ?", chunk))):
                left, right = chunk[:joint.start()], chunk[joint.end():]
                left_end, right_start = start + joint.start(), start + joint.end()
                if inside[left_end]:
                    continue
                complete = _has_head(right.split(" ")) and (
                    _has_head(left.split(" ")) or right.startswith("the ") or
                    re.match(r"[A-Z]{2,}\b", left) is not None)  # "IIT Madras and ..."
                # A head word ends the left name, unless it is what "of" names: "Department
                # of Electronics and Telecommunications" is one name.
                ends_in_head = left.split(" ")[-1] in ORG_HEADS and left.split(" ")[-2:-1] != ["of"]
                if complete or ends_in_head or any(
                        k.type == "organization" and (k.end == left_end or k.start == right_start)
                        for k in known):
                    names.append((right_start, right))
                    chunk = left
            parts.append((start, chunk))
            parts.extend(reversed(names))
    return parts


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
        else:
            pieces.append((begin, run[begin - start:offset - start - 2]))
            begin = offset + 1
    pieces.append((begin, run[begin - start:]))
    return [(b, p) for b, p in pieces if p.strip()]


@lru_cache(maxsize=65536)
def _head(word: str) -> str:
    """A word without trailing punctuation or possessive: "University’s" -> "University"."""
    return re.sub(r"(?:[’']s)?[.,;:]*$", "", word)


def _main_head(words: list[str]) -> str:
    """The head word that says what a name is: the last one before "of" ("Velocom Industry
    Solutions Laboratory" is a lab, "Department of Electronics" a department)."""
    before_of = words[:words.index("of")] if "of" in words else words
    heads = [_head(w) for w in before_of if _head(w) in ORG_HEADS] or \
        [_head(w) for w in words if _head(w) in ORG_HEADS]
    return heads[-1] if heads else ""


def _has_head(words: list[str]) -> bool:
    """Whether one of ``words`` is an organisation's head word ("University", "Lab")."""
    return any(_head(w) in ORG_HEADS for w in words)


def _org_kind(name: str, head: str | None = None) -> str:
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


def _company_units(text: str, known: list[Entity], local: _LocalNames) -> list[Entity]:
    """A company's unit for a country or region, "Huawei Kenya", "Huawei Technologies
    (Malaysia) Sdn Bhd", or its research arm, "IBM Research": an organisation of its own,
    with the company as its parent."""
    units = []
    places = {e.start: e for e in known if e.type == "place" and
              e.kind in ("country", "region", "continent") and _capitalised(e.text)}
    for company in known:
        if company.type != "organization" or company.kind != "company":
            continue
        if text.startswith(" Research", company.end) and \
                not re.match(r"[\w-]", text[company.end + 9:company.end + 10]):
            name = f"{company.canonical} Research"
            local.add(name, "lab", company.canonical)
            units.append(Entity("organization", text[company.start:company.end + 9], name,
                                company.start, company.end + 9, kind="lab"))
            continue
        gap = re.match(r" \(?", text[company.end:company.end + 2])
        place = places.get(company.end + len(gap.group())) if gap else None
        if place is None:
            continue
        end = place.end + (text[place.end:place.end + 1] == ")" and gap.group() == " (")
        suffix = re.match(r",? (?:Sdn Bhd|Co\.,? Ltd\.?|Company Limited|Limited|Ltd\.?|"
                          r"S\.A\.|Inc\.)", text[end:end + 20])
        end += suffix.end() if suffix else 0
        name = f"{company.canonical} {place.canonical}"
        local.add(name, "company", company.canonical)
        units.append(Entity("organization", text[company.start:end], name, company.start, end,
                            kind="company"))
    return units


#: Where an article lists what a partnership works on: "train students in ethical hacking,
#: cloud security and data analytics", "in the fields of space information and ...".
_FIELD_LIST = re.compile(
    r"\b(?:in the (?:fields?|areas?|domains?) of|(?:research|courses?|training|education|"
    r"programmes?|programs?|projects?|cooperation|collaboration|expertise|skills|talents?|"
    r"work(?:s|ing)?|experts?|applications?) (?:in|on)|train(?:s|ed|ing)? [^.;:]{0,50}? in|"
    r"focus(?:es|ed|ing)? on|such as) (?P<list>[^.;:()]{3,160})")
_LIST_END = re.compile(r"\s(?:to|for|with|at|by|from|over|under|while|which|that|who|will|"
                       r"would|as well as|among|across|every|each|in|on|of)\s")
_FIELD_WORD = re.compile(r"(?:[a-z][a-z-]+|[A-Z0-9][A-Za-z0-9+-]*)$")
_NOT_FIELD_START = {"the", "a", "an", "its", "their", "our", "his", "her", "this", "these",
                    "those", "all", "more", "other", "new", "various", "several", "many",
                    "some", "both", "each", "every", "such", "local", "young", "future", "by",
                    "in", "on", "of", "at", "with", "for", "to", "from", "innovative",
                    "in-depth", "real", "core", "key", "relevant", "related", "latest",
                    "cutting-edge", "frontier", "emerging", "practical", "joint",
                    "universities", "schools", "colleges", "companies", "enterprises",
                    "campuses"}
#: Last words of a listed item that name no field: "talents cultivation", "core technologies".
_NOT_FIELD_END = {"talents", "cultivation", "training", "discussions", "data", "one",
                  "technologies", "technology", "research", "students", "people", "projects",
                  "programmes", "programs", "courses", "activities", "exchanges", "cooperation",
                  "development", "areas", "fields", "industry", "industries", "sectors",
                  "solutions", "services", "products", "year", "years", "based",
                  "construction", "talent", "system", "systems", "platform", "platforms"}
#: First words of a clause, not of a field: "..., and train 1,000 students".
_CLAUSE_START = {"train", "provide", "providing", "build", "building", "develop", "promote",
                 "carry", "set", "offer", "support", "help", "create", "establish", "also",
                 "jointly", "further", "will", "to"}


def _listed_fields(text: str, named: _Spans) -> list[Entity]:
    """Fields of two to four words in a list of what a partnership works on, which the
    taxonomy does not know ("tactile sensing", "flood monitoring")."""
    found = []
    for match in _FIELD_LIST.finditer(text):
        listed = match.group("list")
        end = _LIST_END.search(listed)
        if end:
            listed = listed[:end.start()]
        elif len(listed) == 160:  # cut short: its last item may be half a word
            listed = listed[:listed.rfind(",")]
        offset = match.start("list")
        # "and" and "or" separate items like commas (replaced keeping every offset).
        listed = re.sub(r" (?:and|or) ", lambda joint: "," + " " * (len(joint.group()) - 1),
                        listed)
        for item in re.finditer(r"[^,]+", listed):
            words = item.group().split()
            if not 2 <= len(words) <= 4 or words[0].lower() in _NOT_FIELD_START or \
                    words[-1] in _NOT_FIELD_END or words[0] in _CLAUSE_START or \
                    any(w[0].isdigit() and not w[-1].isalpha() for w in words) or \
                    not all(_FIELD_WORD.match(w) for w in words) or \
                    not any(w.islower() for w in words):
                continue
            start = offset + item.start() + (len(item.group()) - len(item.group().lstrip()))
            phrase = " ".join(words)
            if text[start:start + len(phrase)] != phrase or \
                    not named.free(start, start + len(phrase)):
                continue
            found.append(Entity("field", phrase, phrase[0].upper() + phrase[1:], start,
                                start + len(phrase)))
    return found


def _occurrences(text: str, name: str, joined: str = "_-") -> Iterator[tuple[int, int]]:
    """Where ``name`` stands in ``text`` as whole words, not joined to letters, digits or
    ``joined`` on either side (a compiled pattern per name would cost more than this)."""
    start = text.find(name)
    while start != -1:
        end = start + len(name)
        before, after = text[start - 1:start], text[end:end + 1]
        if not (before and (before.isalnum() or before in "_-")) and \
                not (after and (after.isalnum() or after in joined)):
            yield start, end
        start = text.find(name, start + 1)


def _capitalised(name: str) -> bool:
    return all(w[0].isupper() or w.lower() in CONNECTORS for w in name.split())


#: A company's legal form, left out of its name: "Kanzaki Electric Co., Ltd.", "X Plc".
_LEGAL_SUFFIX = re.compile(r",? (?:Co\.,? ?Ltd\.?|Company Limited|Ltd\.?|Limited|Plc|PLC|plc|"
                           r"Inc\.?|LLC|GmbH|S\.A\.|Sdn\.? Bhd\.?|Berhad|Bhd\.?|AG|JSC|PJSC|OJSC|"
                           r"SpA|S\.p\.A\.|N\.V\.|B\.V\.|Pty\.? Ltd\.?)$")


def _tidy(name: str) -> str:
    return re.sub(r"^(?:the|The)\s+", "", " ".join(name.replace("’", "'").split()))


# ---------------------------------------------------------------------------- people

_NAME_TOKEN = re.compile(r"\b[A-Z][a-z]+(?:-[a-z]+)?\b")


def _people(text: str, taken: list[Entity]) -> list[Entity]:
    """People by the titles and roles around their names; later short mentions resolved."""
    found: list[Entity] = []
    known: dict[str, str] = {}  # full name -> role
    by_part: dict[str, list[Entity]] = {}  # first or last name -> mentions, in order found
    used = bytearray(len(text))  # 1 where a name or an organisation already is
    for entity in taken:
        used[entity.start:entity.end] = b"\x01" * (entity.end - entity.start)

    def add(start: int, end: int, name: str, role: str) -> None:
        if used.find(1, start, end) != -1:
            return
        used[start:end] = b"\x01" * (end - start)
        role = _clean_role(role)
        if role and not known.get(name):
            known[name] = role
        else:
            known.setdefault(name, role)
        found.append(Entity("person", text[start:end], name, start, end, role=role))
        for part in {name.split()[0], name.split()[-1]}:
            by_part.setdefault(part, []).append(found[-1])

    # Chinese names: surname + pinyin given name ("Wang Fazhou", "Zhang Chi").
    for match in re.finditer(r"\b([A-Z][a-z]{0,5}) ([A-Z][a-z]{1,11}(?:['’][a-z]+)?)\b", text):
        surname, given = match.groups()
        if surname in CHINESE_SURNAMES and given not in _NOT_NAMES and \
                all(_PINYIN.match(part) for part in re.split("['’]", given)):
            add(match.start(), match.end(), match.group(), _role_around(text, match))
    # Other names with a role before or after them, or a speech verb.
    for pattern in _PERSON_PATTERNS:
        for match in pattern.finditer(text):
            name = match.group("name")
            words = name.split()
            start = match.start("name")
            while pattern is _NAME_ONLY and len(words) > 2 and (
                    _ROLE_START.match(words[0]) or words[0] in _HONORIFIC_WORDS or
                    words[0].split("-")[-1] in LEADING_NOISE):  # "Pro-Vice Chancellor ..."
                start += len(words.pop(0)) + 1  # "Professor Maria Santos"
                name = " ".join(words)
            if pattern is _NAME_ONLY:  # "Dialink Chairman Nimal Wijesinghe"
                roles = [i for i, w in enumerate(words[:-2]) if _ROLE_START.match(w)]
                if roles:
                    start += len(" ".join(words[:roles[-1] + 1])) + 1
                    words = words[roles[-1] + 1:]
                    name = " ".join(words)
            if pattern is _NAME_ONLY and sum(w[0].isupper() for w in words) > 4:
                continue  # "Antonio José de Almeida Meirelles" is four names and a particle
            if any(w in _NOT_NAMES or w in _HONORIFIC_WORDS for w in words) or \
                    _ROLE_START.match(words[0]) or _ROLE_START.match(words[-1]):
                continue  # "Chief Human Resources Officer" is a title, not a name
            if pattern is _NAME_ONLY:  # a role must come right before: "Professor Maria Santos"
                role_match = _role_before(text, start, 60)
                if not role_match:
                    continue
                role = role_match.group("role")
            elif pattern is _NAME_AFTER_ROLE:  # "the dean of X, Ana Torres, attended"
                role_match = _ROLE_THEN.search(text, max(0, match.start() - 160), match.start())
                if not role_match:
                    continue
                role = role_match.group("role")
            else:
                role = match.groupdict().get("role") or _role_around(text, match, "name")
            add(start, start + len(name), name, role)
    # Short mentions: "President Wang", "Wang expressed", "Zhang said".
    short_names = {n.split()[0] for n in known} | {n.split()[-1] for n in known}
    for match in _CAPITALISED.finditer(text):
        surname = match.group()
        if surname not in short_names:
            continue
        start, end = match.span()
        title_match = _role_before(text, start, 40)
        title = title_match.group("role") if title_match else ""
        full = _resolve_short(by_part.get(surname, []), title, start, known)
        if full:
            add(title_match.start("role") if title_match else start, end, full,
                known.get(full, ""))
    return sorted(found, key=lambda e: e.start)


#: A name with up to two titles written in front of it ("Vice President Maria Santos").
_CAPITALISED = re.compile(rf"\b[{UPPER}][{LOWER}]+\b")
_NAME_ONLY = re.compile(rf"\b(?P<name>{_NAME_WORD}(?: {_PARTICLE}?{_NAME_WORD}){{1,5}})\b")
#: A role written just before a name ("Vice President ", "ECNU president ").
_ROLE_BEFORE = re.compile(rf"\b(?P<role>{ROLE_WORDS}) $")
#: A role and what follows it up to a comma: "the secretary of economy of Baja California".
_ROLE_THEN = re.compile(rf"\b(?P<role>{ROLE_WORDS}\b[^,;.()]{{0,80}})$")
#: A name after a comma, to be taken when a role comes before it (see ``_ROLE_THEN``).
_NAME_AFTER_ROLE = re.compile(rf", (?P<name>{_WESTERN_NAME})"
                              rf"(?=,| said| was| attended| signed| noted|\.)")
#: Forms of address before a name, of many countries: "H.E. Amb.", "Eng.", "Tan Sri",
#: "Dato' Seri Dr.", "Assoc. Prof. Ir. Dr", "Rev.", "Sheikh".
_HONORIFIC = (r"(?:(?:H\.E\.|Amb\.|Eng\.|Engr\.|Ir\.|Dr\.?|Prof\.?|Assoc\.|Associate|Mr\.?|"
              r"Mrs\.?|Ms\.?|Madam|Rev\.|Sheikh|Sir|Dame|Tan Sri|Puan Sri|Datuk Seri|Dato['’] Seri|"
              r"Datuk|Dato['’]|Datin|Tun|Haji|Hajjah) )+")
_HONORIFIC_WORDS = {"Datuk", "Dato", "Datin", "Dr", "Prof", "Mr", "Mrs", "Ms", "Sri", "Seri",
                    "Tun", "Haji", "Eng", "Engr", "Rev", "Sheikh", "Amb", "Assoc", "Madam"}
#: ", the company's research director": whose the role is, before it.
_OWNER = r"(?:(?:the|its|their) (?:(?:company|university|group|firm|bank|school)['’]s )?)?"


class _NameBefore:
    """A name followed by ``suffix``, found like ``re.compile(name + suffix).finditer`` but
    from each suffix backwards: trying a name at every word of the text is slow."""

    def __init__(self, suffix: str) -> None:
        self.suffix = re.compile(suffix)
        self.whole = re.compile(rf"\b(?P<name>{_WESTERN_NAME}){suffix}")

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        done = 0
        for tail in self.suffix.finditer(text):
            if tail.start() < done:
                continue
            match = self.whole.search(text, max(done, tail.start() - 80), tail.end())
            if match:
                done = match.end()
                yield match


_PERSON_PATTERNS: list[re.Pattern[str] | _NameBefore] = [
    re.compile(rf"(?<![\w.]){_HONORIFIC}(?P<name>{_WESTERN_NAME})\b"),
    re.compile(rf"(?m)^(?:By|Written by|Reported by) (?P<name>{_WESTERN_NAME})\s*$"),
    _NameBefore(rf", {_OWNER}(?P<role>(?:[a-z]+ )?{ROLE_WORDS}\b[^,;.]*)"),
    # "Lana Khalaf, Microsoft Qatar general manager"; "Ali Tas, Turkcell's CTO"
    _NameBefore(rf", (?P<role>(?:[A-Z][\w'’-]* ){{1,4}}{ROLE_WORDS}\b[^,;.]*)"),
    _NAME_AFTER_ROLE,  # "the secretary of economy of Baja California, Ana Lucía Torres,"
    _NAME_ONLY,
    re.compile(rf"\b(?:said|says|according to|noted|added|explained) (?P<name>{_WESTERN_NAME})\b"),
    _NameBefore(r" (?:said|says|noted|added|explained|stated)\b"),
]


def _role_before(text: str, start: int, reach: int) -> re.Match[str] | None:
    """The role written just before ``start`` ("Vice President "), within ``reach``."""
    before = text[max(0, start - reach):start]
    # Cheap test first: the word just before must itself be a role word.
    if not before.endswith(" ") or not before.split() or \
            not _ROLE_START.match(before.split()[-1]):
        return None
    return _ROLE_BEFORE.search(text, max(0, start - reach), start)


def _resolve_short(mentions: list[Entity], title: str, position: int,
                   known: dict[str, str]) -> str | None:
    """The person a short mention ("President Wang") at ``position`` most likely means."""
    candidates = [e for e in mentions if e.start < position]
    if not candidates:
        return None
    if title:
        title_word = title.split()[-1].lower()
        fitting = [e for e in candidates if title_word in known.get(e.canonical, "").lower()]
        if fitting:
            candidates = fitting
    return candidates[-1].canonical


def _role_around(text: str, match: re.Match[str], group: int | str = 0) -> str:
    """The role written next to a name: ", vice president of WUT" or "President ..."."""
    start, end = match.span(group)
    after = _ROLE_AFTER_NAME.match(text, end, end + 200)
    if after:
        return after.group("role")
    before = _ROLE_BEFORE_NAME.search(text, max(0, start - 120), start)
    if before:
        return before.group("role")
    return ""


_ROLE_AFTER_NAME = re.compile(rf",\s*(?:the\s+)?(?P<role>{ROLE_WORDS}\b[^,;.]*)")
_ROLE_BEFORE_NAME = re.compile(rf"(?P<role>(?:[A-Z][A-Za-z]+ )?{ROLE_WORDS}"
                               rf"(?: (?:of|at) [^,;.]{{1,80}})?)[,]? $")


def _clean_role(role: str) -> str:
    role = re.split(r"\s+(?:were|was|attended|participated|said|mentioned|pointed|delivered|"
                    r"visited|made|gave|presided|and (?=[A-Z][a-z]+ [A-Z][a-z]+,)|who|has|had|"
                    r"stressed|highlighted|reviewed|noted)\b", role)[0]
    return " ".join(role.split()).strip(" ,.;:")


def _unique_people(people: list[Entity]) -> list[Person]:
    roles: dict[str, str] = {}
    for entity in people:
        if entity.role and (not roles.get(entity.canonical) or
                            len(entity.role) > len(roles[entity.canonical])):
            roles[entity.canonical] = entity.role
        roles.setdefault(entity.canonical, "")
    return [Person(name, role) for name, role in roles.items()]


# ---------------------------------------------------------------------------- helpers


def _sentences(text: str) -> list[tuple[int, str]]:
    out = []
    for match in re.finditer(r"[^.!?。\n]+(?:[.!?。]+|$)", text):
        out.append((match.start(), match.group()))
    return out


def _without_overlaps(entities: list[Entity], prefer_longer: bool) -> list[Entity]:
    ordered = sorted(entities, key=lambda e: (-(e.end - e.start), e.start)) if prefer_longer \
        else entities
    kept: list[Entity] = []
    used = _Spans([])
    for entity in ordered:
        if used.free(entity.start, entity.end):
            kept.append(entity)
            used.add(entity)
    return sorted(kept, key=lambda e: e.start)


class _Spans:
    """Which characters some entities cover: overlap tests in C, not in a Python loop."""

    def __init__(self, entities: list[Entity]) -> None:
        self.covered = bytearray(max((e.end for e in entities), default=0))
        for entity in entities:
            self.add(entity)

    def add(self, entity: Entity) -> None:
        if entity.end > len(self.covered):
            self.covered.extend(bytes(entity.end - len(self.covered)))
        self.covered[entity.start:entity.end] = b"\x01" * (entity.end - entity.start)

    def free(self, start: int, end: int) -> bool:
        return self.covered.find(1, start, end) == -1


def _unique(values: Any) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))
