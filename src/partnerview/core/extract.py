"""Find organisations, people, places, fields and dates in an article, and its partners.

Known names come from the knowledge base; rules find what the base does not know yet:
organisations by the shape of their names (``org_names``), the parties a signing names
(``parties``), people by the titles and roles around them (``people``), dates with their
precision (``dates``), and fields an article lists beyond the taxonomy (``field_lists``).
This module puts them together and decides which organisations are the partners.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

from rapidfuzz.distance import OSA

from partnerview.core import chinese
from partnerview.core.dates import find_dates
from partnerview.core.entities import (
    LOWER,
    UPPER,
    Entity,
    Person,
    Spans,
    has_cjk,
    occurrences,
    sentences,
    unique,
    without_overlaps,
)
from partnerview.core.field_lists import listed_fields
from partnerview.core.kinds import classify
from partnerview.core.knowledge import Entry, KnowledgeBase, fold
from partnerview.core.language import language_of
from partnerview.core.org_names import (
    INNER_ARTICLES,
    LEGAL_SUFFIX,
    ORG_HEADS,
    PLACE_GOVERNMENT,
    TITLE_BREAKS,
    LocalNames,
    capitalised,
    company_units,
    french_names,
    has_head,
    head_word,
    initials,
    learn_definitions,
    org_kind,
    shaped_organizations,
    tidy,
    without_legal_form,
)
from partnerview.core.parties import (
    NOT_ACRONYMS,
    PARTY_REACH,
    PARTY_SLOTS,
    SIGNING_ACRONYM,
    party_name,
)
from partnerview.core.people import (
    CHINESE_SURNAMES,
    LEADING_NOISE,
    NOT_NAMES,
    ROLE_START,
    STAFF_BYLINE,
    find_people,
    unique_people,
)

#: How far into an article its dateline is looked for (characters).
DATELINE_REACH = 400
#: A dateline's town: "LAGOS, March 3", "Cyberjaya, Malaysia" (not a byline's "Staff
#: Correspondent, Dhaka").
_DATELINE = re.compile(rf"(?m)^{STAFF_BYLINE}"
                       r"(?P<town>[A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+)?), (?=[A-Z])")


#: A newspaper or broadcaster named after what it is: "the newspaper Diário de Moçambique".
_NEWS_OUTLET = re.compile(
    rf"\b(?:newspaper|daily|weekly|news agency|news site|news portal|broadcaster|magazine)"
    rf" (?P<name>[{UPPER}][\w'’-]*(?: (?:de |do |da |del |la |el |of |the )?[{UPPER}][\w'’-]*)*)")


#: A newspaper by its last word: "China Daily", "the Jakarta Post", "Global Times" (the
#: word looked for first: the whole pattern is tried at every capital).
_PAPER_WORDS = "(?:Daily|Times|Post|Herald|Tribune|Gazette|Chronicle)"
_PAPER_WORD = re.compile(rf" {_PAPER_WORDS}\b|\bDaily [{UPPER}]")
_PAPER_NAME = re.compile(rf"(?<![\w'’-])(?!By )(?P<name>(?:[{UPPER}][\w'’-]* ){{1,2}}"
                         rf"{_PAPER_WORDS}|Daily [{UPPER}][{LOWER}]+)\b")  # "Daily Monitor"


#: A town's, county's or German state's government: "the City of Kitakyushu", "the County
#: Government of Kilifi", "the Free State of Saxony".
_LOCAL_GOVERNMENT = re.compile(rf"(?<=[Tt]he )(?:City|Municipality|Town|County|Free State|"
                               rf"Metropolitan Municipality|"
                               rf"(?:City |County |Municipal )?Government) of "
                               rf"[{UPPER}][\w'’-]*(?: [{UPPER}][\w'’-]*)?")

#: What a university's school is named for when it goes by its university's first word.
_SCHOOL_SUBJECTS = {"Engineering", "Medicine", "Business", "Law", "Computing", "Informatics",
                    "Architecture", "Agriculture", "Education", "Pharmacy", "Nursing", "Science"}


#: A campus or a place after a university's name: " (Shenzhen)", " in Tashkent".
_CAMPUS = re.compile(rf" (?:\(([{UPPER}][{LOWER}][\w'’ -]{{0,29}})\)|in ([{UPPER}][\w'’-]*"
                     rf"(?: [{UPPER}][\w'’-]*)?))")


#: A capitalised word just before another, no article or preposition: both are one name.
_NAME_WORD_BEFORE = re.compile(rf"(?<![\w'’-])(?!(?:The|A|An|In|On|At|By|For|With|From|And|"
                               rf"But|Or|As|To|Of|After|When|While)\b)[{UPPER}][\w'’-]+ $")


#: A word after a name that the name may be the first of: a surname, say.
_NAME_WORD_AFTER = re.compile(rf" ([{UPPER}][{LOWER}]+)\b")


#: Words a company's full name adds to the name it is known by.
_COMPANY_WORDS = {"Digital", "Technology", "Technologies", "Information", "Software",
                  "Electronic", "Electronics", "Intelligent", "Science", "Systems", "Network",
                  "Networks", "Communication", "Communications", "Industry", "Industrial",
                  "Group", "Holdings", "Corporation", "Company", "Co.", "Co", "Co.,",
                  "Computing", "Online"}


#: A byline of a paper's office in a town, on a line of its own: "Harare Bureau".
_BUREAU_BYLINE = re.compile(r"(?m)^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? Bureau$")


#: Where a town too small for the data's cities may be named: after "in", "near", "from"...
#: or as a dateline ("PALAPYE:", "Linz, 21 May"); up to three words ("Santa Cruz de X").
_TOWN = re.compile(rf"(?m:\b(?P<word>in|at|near|from|outside|and|of|to|between|such as|"
                   rf"en|em|[’']s) |^)"  # (Spanish and Portuguese "in"; "the university's
                   # Katima Mulilo campus")
                   rf"(?P<town>[{UPPER}][\w'’-]*"
                   rf"(?: (?:de |del |la |sur )?[{UPPER}][\w'’-]*){{0,2}})"
                   rf"(?P<after>[,:] | [–—-] | \()?")


#: A campus by its name: "the university's Legon campus", "its Yagami campus".
_CAMPUS_NAME = re.compile(rf"(?:\b(?:the|its|their|at|in)|[’']s) (?P<name>(?:[{UPPER}]\w+[- ])"
                          rf"{{0,2}}[{UPPER}]\w+) campus(?:es)?\b")
#: Words that say what a campus is, not where: "the Innovation campus", "its South campus".
_CAMPUS_WORDS = {"North", "South", "East", "West", "Central", "Main", "New", "Old", "Open",
                 "Innovation", "Science", "Research", "Technology", "Health", "Medical",
                 "Engineering", "Education", "University", "College", "Polytechnic", "City",
                 "Downtown", "Satellite", "Virtual", "Digital", "Smart", "Online", "Global"}


#: A hyphen and a capital after a word: "Asia-Plus".
_HYPHEN_CAPITAL = re.compile(rf"-([{UPPER}]\w*)")


#: What kind of place a name is, written in small letters after it: "Hebei province".
_KIND_IN_SMALL = re.compile(r" (?:province|state|city|county|district|region|prefecture|"
                            r"governorate|municipality)$")


#: What names an office, not an organisation, after it: "Minister of", "Group Executive
#: for Global Networks".
_PORTFOLIO_OF = r"[A-Z]\w+ (?:Executive|Officer) for"
_OFFICE_OF = re.compile(rf"\b(?:Minister (?:of|for)|Chair in|Professorship in|"
                        rf"{_PORTFOLIO_OF}) (?:the )?$")


#: A compass word before a place: "Northeastern (Brazil)", "Central (Asia)".
_COMPASS = re.compile(r"\b(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|"
                      r"(?:North|South)-?(?:east|west|East|West)(?:ern)?) $")


#: A name an apposition says is an organisation: "Business Finland, the government's
#: innovation agency," (no "of" between: "X, the head of the company," is a person).
_DESCRIBED = re.compile(
    rf"(?<![\w'’-])(?P<name>[{UPPER}][\w'’&-]*(?: [{UPPER}][\w'’&-]*){{0,3}}), "
    rf"(?:the|a|an|[{UPPER}][\w-]*['’]s) "
    rf"(?:(?!of\b)[\w'’-]+ ){{0,5}}?(?P<what>agency|company|firm|operator|provider|maker|"
    rf"manufacturer|carrier|start-?up|bank|regulator|foundation|university|institute|council|"
    rf"authority)[,.]")
_DESCRIBED_END = re.compile(r"(?:agency|company|firm|operator|provider|maker|manufacturer|"
                            r"carrier|start-?up|bank|regulator|foundation|university|"
                            r"institute|council|authority)[,.]")
#: A name the words before it say is an organisation: "the telecom regulator Anatel", "the
#: Chilean economic development agency CORFO" (the cheap look first, as above).
_KIND_WORDS = "agency|regulator|operator|carrier|start-?up|bank|firm"
_DESCRIBED_BEFORE = re.compile(
    rf"\b(?:the|a|an) (?:[\w-]+ ){{0,4}}?(?P<what>{_KIND_WORDS}) "
    rf"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    rf"(?P<name>[{UPPER}][\w'’&-]+(?: [{UPPER}][\w'’&-]+){{0,2}})")
_DESCRIBED_BEFORE_WORD = re.compile(rf"\b(?:{_KIND_WORDS}) [A-Z]")
_DESCRIBED_KINDS = {"agency": "government", "regulator": "government", "council": "government",
                    "authority": "government", "university": "university",
                    "institute": "university", "foundation": "programme"}


#: A company with its stock exchange and ticker: "Ecopetrol S.A. (NYSE: EC)".
_EXCHANGES = (r"NYSE|Nasdaq|NASDAQ|LSE|HKEX|SEHK|SSE|SZSE|TSE|TYO|ASX|JSE|NSE|BSE|SGX|KRX|TWSE|"
              r"Euronext|Xetra|TSX")
_TICKER = re.compile(rf"\((?:{_EXCHANGES})(?: American)?: ?[A-Z0-9.]{{1,8}}[),;]")
_LISTED_COMPANY = re.compile(  # the company may come before: "an X company (NASDAQ: ..."
    rf"(?:(?P<company>[{UPPER}][\w'’&-]*(?: (?:[{UPPER}][\w'’&.-]*|(?:[A-Z]\.)+))*),? )?"
    rf"\((?P<exchange>{_EXCHANGES})(?: American)?: ?[A-Z0-9.]{{1,8}}[),;]")  # "(TSE: 6501, ..."


#: A news agency after a dateline: "ALMATY, Oct. 22 (Kazinform) --", "Irbid, Sept. 9 (Petra)
#: --", "Dhaka, Jan 8 (BSS) -", "Lima, Mar. 5 (ANDINA). ".
_DATELINE_AGENCY = re.compile(r"(?m)^[A-Z][A-Za-z .'’-]+,?[^()\n]{0,30}"
                              r"\((?P<name>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2})\)"
                              r"(?: ?[-–—]|\. )")
#: ... or in capitals after the town and date: "YEREVAN, MARCH 4, ARMENPRESS.", "ASTANA.
#: KAZINFORM -".
_DATELINE_AGENCY_CAPS = re.compile(
    r"(?m)^[A-Z][A-Z .'’-]+(?:, (?:[A-Za-z]+\.? \d{1,2}|\d{1,2} [A-Za-z]+\.?)(?:,? \d{4})?)?"
    r"[.,] (?P<name>[A-Z]{3,12})(?=\. | ?[-–—] )")


#: A campus town is a place, no university: "Sabah Al-Salem University City", "Shenzhen
#: University Town".
_CAMPUS_TOWN = re.compile(r" University (?:City|Town)$")


#: A body named for what it is on: "the Commission on Higher Education".
_COMMISSION_ON = re.compile(rf"\b(?:Commission|Committee|Council) on [{UPPER}][\w-]*"
                            rf"(?:(?: (?:and|of|for|the))? [{UPPER}][\w-]*)*")


#: The Associated Press's abbreviations of US states, as wire datelines write them.
AP_STATES = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California",
    "Colo.": "Colorado", "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida",
    "Ga.": "Georgia", "Ill.": "Illinois", "Ind.": "Indiana", "Kan.": "Kansas",
    "Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland", "Mass.": "Massachusetts",
    "Mich.": "Michigan", "Minn.": "Minnesota", "Miss.": "Mississippi", "Mo.": "Missouri",
    "Mont.": "Montana", "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire",
    "N.J.": "New Jersey", "N.M.": "New Mexico", "N.Y.": "New York", "N.C.": "North Carolina",
    "N.D.": "North Dakota", "Okla.": "Oklahoma", "Ore.": "Oregon", "Pa.": "Pennsylvania",
    "R.I.": "Rhode Island", "S.C.": "South Carolina", "S.D.": "South Dakota",
    "Tenn.": "Tennessee", "Vt.": "Vermont", "Va.": "Virginia", "Wash.": "Washington",
    "W.Va.": "West Virginia", "Wis.": "Wisconsin", "Wyo.": "Wyoming", "D.C.": "Washington, D.C.",
}
_US_DATELINE = re.compile(r"(?m)^[A-Z][A-Za-z'’ .-]+, (?P<state>"
                          + "|".join(re.escape(s) for s in AP_STATES) + r")(?=,? )")


#: An office's title before a field written with capitals: "Minister of Communications,
#: Innovation and Digital Economy", "Ministry of Transport and Communications".
_OFFICE_TITLE = re.compile(r"\b(?:Minist(?:er|ry)(?: Delegate| of State)? (?:of|for|in charge of)|"
                           rf"{_PORTFOLIO_OF})"
                           r"(?: (?:[A-Z][\w-]*|and|&|the),?)*? $")


def _names_no_field(text: str, field_: Entity) -> bool:
    """Whether a field's words belong to an office's title, not to the article's topics; or
    say where, not what ("a satellite campus")."""
    if field_.canonical == "Satellites" and _SATELLITE_SITE.match(text, field_.end):
        return True
    return field_.text[0].isupper() and (
        bool(_OFFICE_TITLE.search(text, max(0, field_.start - 80), field_.start)) or
        # "ICT Minister Witnesses", "Rwanda's ICT ministry", "ICT and Digital Economy
        # Cabinet Secretary William Kiprono"; "Huawei ICT Academies" (a programme's name);
        # "Gauteng's MEC for Economic Development" (an office's acronym)
        bool(_OFFICE_AFTER.match(text, field_.end)) or
        field_.text.isupper() and text.endswith(("'s ", "’s "), 0, field_.start) and
        re.match(r" for [A-Z]", text[field_.end:]) is not None)


#: What a satellite names that is no satellite: "a satellite campus", "satellite offices".
_SATELLITE_SITE = re.compile(r" (?:campus|campuses|office|offices|town|towns|city|cities)\b")


_OFFICE_AFTER = re.compile(r"(?: (?:and|&) [A-Z][\w-]*(?: [A-Z][\w-]*){0,3})? "
                           r"(?:Minister|Ministry|ministry|Cabinet Secretary|Academies)\b")


#: Kinds of organisation that can be a party to a partnership (units map to their parent).
INSTITUTION_KINDS = {"company", "university", "college", "government", "research", "foundation",
                     ""}


#: A programme's name before the word: "its Samsung Innovation Campus programme", the
#: "Digital Nation" programme.
_PROGRAMME = re.compile(rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir|\w+['’]s) [\"“]?"
                        rf"(?P<name>[{UPPER}0-9][\w&+'’-]*(?: [{UPPER}0-9][\w&+'’-]*){{0,3}})"
                        rf"[\"”]? $")
_PROGRAMME_WORD = re.compile(r"(?<= )(?:programme|program|initiative)\b")
_DEGREES = {"BSc", "MSc", "PhD", "MBA", "BA", "MA", "BEng", "MEng", "Master's", "Bachelor's",
            "Masters", "Bachelors", "Doctoral", "Diploma"}
#: An acronym ("WUT"), and the city that may follow a university's, one name in Indian and
#: Pakistani writing ("IIT-Kanpur", "UET Lahore"); one digit may stand among its letters
#: ("UM6P").
_ACRONYM_WORD = r"[A-Z][A-Z&]{0,6}[0-9]?[A-Z&]"
_ACRONYM = re.compile(rf"(?<![\w-]){_ACRONYM_WORD}(?!\w)")
_CITY_AFTER = re.compile(r"[ -](?P<city>[A-Z][a-z]+)\b(?![ -][A-Z])")
#: An acronym in brackets after a name: " (ATI)".
_ACRONYM_AFTER = re.compile(r" \([A-Z][A-Za-z&]{1,9}\)")


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
    language: str = ""  # "English", "Chinese"...

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready form, for the store (what ``asdict`` gives, without the deep copies
        that took 7 % of an import's writing)."""
        return {"entities": [vars(e).copy() for e in self.entities],
                "partners": list(self.partners), "organizations": list(self.organizations),
                "people": [vars(p).copy() for p in self.people], "places": list(self.places),
                "fields": list(self.fields), "kind": self.kind, "dates": list(self.dates),
                "language": self.language}

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
            language=data.get("language", ""),
        )


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
        simple_title, simple_text = chinese.simplified(title), chinese.simplified(text)
        if simple_text == text and simple_title == title:
            return self._extract(title, text)
        # Traditional characters are read as simplified ones, and the names found are given
        # back as the article writes them: "香港理工大學", not "香港理工大学".
        found = self._extract(simple_title, simple_text)

        def written(name: str) -> str:
            for simple, original in ((simple_text, text), (simple_title, title)):
                if (at := simple.find(name)) >= 0:
                    return original[at:at + len(name)]
            return name

        for entity in found.entities:
            entity.text, entity.canonical = text[entity.start:entity.end], written(
                entity.canonical)
        for person in found.people:
            person.name, person.role = written(person.name), written(person.role)
        for names in (found.partners, found.organizations, found.places, found.fields):
            names[:] = map(written, names)
        return found

    def _extract(self, title: str, text: str) -> Extraction:
        local = LocalNames(self.kb)
        local.text = text
        learn_definitions(text, local)
        local.signing_acronyms = {
            m.group(1) for m in SIGNING_ACRONYM.finditer(title)
            if self.kb.lookup(m.group(1)) is None and m.group(1) not in NOT_ACRONYMS}
        known = self._known(text, local)
        orgs = self._organizations(text, local, known)
        university_towns = [Entity("place", o.text, tidy(o.text), o.start, o.end,
                                   kind="district") for o in orgs if _CAMPUS_TOWN.search(o.text)]
        orgs = [o for o in orgs if not _CAMPUS_TOWN.search(o.text)]
        # A place the knowledge base knows is no person ("Hong Kong" is no Mr Hong).
        known_places = {(k.start, k.end) for k in known if k.type == "place"}
        people = [p for p in find_people(text, taken=orgs)
                  if (p.start, p.end) not in known_places]
        chinese_orgs, chinese_people, place_words = chinese.find(text, known + orgs + people,
                                                                 self.kb)
        orgs = sorted(orgs + chinese_orgs, key=lambda e: e.start)
        people = sorted(people + chinese_people, key=lambda e: e.start)
        taken = orgs + people
        # A person's surname said alone is the person: "Odunayo Sanya ... Sanya said"; so is
        # their whole name anywhere ("Leon Chen – Country Manager" is not León).
        surnames = {p.text.rsplit(" ", 1)[-1] for p in people if " " in p.text}
        names = {p.text for p in people if " " in p.text}
        places = [p for p in self._places(text, known, taken + university_towns, place_words)
                  if p.text not in surnames and
                  not any(text.startswith(name, p.start) for name in names)]
        places = sorted(places + university_towns, key=lambda e: e.start)
        named = Spans(taken)
        dates = [Entity("date", d.text, d.iso, d.start, d.end, kind=d.precision)
                 for d in find_dates(text) if named.free(d.start, d.end)]
        for place in places:
            named.add(place)
        fields_ = [e for e in known if e.type == "field" and named.free(e.start, e.end) and
                   not _names_no_field(text, e)]
        for field_ in fields_:
            named.add(field_)
        fields_ += listed_fields(text, named)
        entities = sorted(orgs + people + places + fields_ + dates, key=lambda e: e.start)
        result = Extraction(entities=entities)
        result.organizations = unique(e.canonical for e in orgs)
        result.people = unique_people(people)
        result.places = unique(e.canonical for e in places)
        # A lab's name says what it works on ("Trustworthy Innovation Lab"): its fields
        # count for the article, though the name is highlighted as the organisation.
        labs = [o for o in orgs if o.kind == "lab"]
        # (not a word of a company's name in it: the "Cloud" of "ZJUT-Alibaba Cloud ... Lab")
        in_labs = [e for e in known if e.type == "field" and any(
            o.start <= e.start and e.end <= o.end for o in labs) and
            not self._ends_a_known_name(text[max(0, e.start - 40):e.end])]
        title_known = self._known(title, local)
        title_orgs = self._organizations(title, local, title_known)
        title_orgs = sorted(title_orgs + chinese.find(title, title_known + title_orgs,
                                                      self.kb)[0], key=lambda e: e.start)
        # A field the title names is the article's too ("AI for Crop Monitoring"), unless it
        # is a word of a name there ("Hanul Electronics").
        named_in_title = Spans(title_orgs)
        in_title = [e.canonical for e in title_known
                    if e.type == "field" and named_in_title.free(e.start, e.end) and
                    not _names_no_field(title, e)]
        in_text = sorted(fields_ + in_labs, key=lambda e: e.start)
        result.fields = unique([e.canonical for e in in_text] + in_title)
        # So is a place the title names ("... open Latin America's first centre").
        result.places = unique([*result.places, *(e.canonical for e in self._places(
            title, title_known, title_orgs, set()))])
        result.dates = unique(e.canonical for e in dates)
        members = _listed_members(text, orgs)
        result.partners = unique(self._partners(title, title_orgs, text, orgs, local, members) +
                                 members)
        # A party the title names is an organisation of the article though the text names it
        # in no shape of one ("Synopsys Armenia and telecommunications operator Ucom").
        titled = {e.canonical for e in title_orgs}
        result.organizations = unique(result.organizations +
                                      [p for p in result.partners if p in titled])
        result.kind = classify(title, text)
        result.language = language_of(title, text)
        return result

    def _ends_a_known_name(self, text: str) -> bool:
        """Whether the last words of ``text`` (a dash joins words too) name an organisation
        the knowledge base knows: "ZJUT-Alibaba Cloud"."""
        words = re.split(r"[ –-]", text)
        return any((entry := self.kb.lookup(" ".join(words[i:]))) and
                   entry.type == "organization" for i in range(len(words) - 1))

    # ------------------------------------------------------------------ organisations

    def _organizations(self, text: str, local: LocalNames,
                       known: list[Entity] | None = None) -> list[Entity]:
        if known is None:
            known = self._known(text, local)
        others = [e for e in known if e.type != "organization"]
        known = [e for e in known if e.type == "organization"]
        known += self._misspelt(text, known, local)
        shaped = []
        candidates = shaped_organizations(
            text, known, frozenset(e.text for e in others),
            frozenset(e.text for e in others if e.type == "place")) + [
            (m.start(), m.end(), m.group(), "government")
            for pattern in (_LOCAL_GOVERNMENT, _COMMISSION_ON,
                            *((PLACE_GOVERNMENT,) if " Government" in text else ()))
            for m in pattern.finditer(text)] + [
            *french_names(text)] + [
            # "the New South Wales Government", "the Kerala Government" (not "Huawei Liaoning
            # Government and Enterprise", a company's business unit)
            (e.start, e.end + 11, text[e.start:e.end + 11], "government") for e in others
            if e.type == "place" and e.kind in ("province", "country") and
            (text.startswith(" Government", e.end) or text.startswith(" government", e.end) and
             e.text not in self.kb.demonyms) and  # "the Korean government" is no name
            text.endswith(("the ", "The "), 0, e.start)]
        # A place with small words is whole in a name: "University of Dar es Salaam".
        places = [e for e in others if e.type == "place" and (
            not capitalised(e.text) or INNER_ARTICLES.intersection(e.text.split()))]
        place_spans = {(e.start, e.end) for e in others if e.type == "place"}
        field_spans = {(e.start, e.end) for e in others if e.type == "field"}
        bylines = {m.span() for m in _BUREAU_BYLINE.finditer(text, 0, DATELINE_REACH)}
        while candidates:
            start, end, name, kind = candidates.pop(0)
            for place in places:
                if start < place.start < end < place.end or place.start < start < place.end:
                    start, end = min(start, place.start), max(end, place.end)
                    name = text[start:end]
            # A campus in brackets, "Harbin Institute of Technology (Shenzhen)", and a place
            # the article writes as part of the name each time, "Inha University in Tashkent".
            campus = _CAMPUS.match(text, end)
            if campus and kind in ("university", "college") and \
                    campus.span(campus.lastindex) in place_spans and \
                    (campus[1] or text.count(text[start:campus.end()]) >= 2):
                end = campus.end()
                name = text[start:end]
            if _OFFICE_OF.search(text, max(0, start - 20), start):
                continue  # "Minister of Communications and Digital Technologies": an office
            if (start, end) in field_spans:
                continue  # "... Chair in AI and Sustainable Networks": a field, no company
            if (start, end) in bylines:
                continue  # "Harare Bureau": the paper's office, and the town a place
            first, _, rest = name.partition(" ")
            if first in self.kb.demonyms and rest.startswith("Ministry "):
                start, name = start + len(first) + 1, rest  # "the Dutch Ministry of X"
            inner = [k for k in known if start <= k.start and k.end <= end]
            if any(k.start == start and k.end == end for k in inner):
                continue
            if inner and inner[0].start > start:
                before = text[start:inner[0].start]
                cut = re.search(r"(?:,?\s+and)?\s+(?:of|at|in)\s+(?:the\s+)?$", before)
                if cut and has_head(before[:cut.start()].split()):
                    # "Department of ... of Huawei" (or "... and of Huawei's X"): the unit
                    # ends before its owner, who may head a unit of its own ("... of Huawei
                    # Shanghai Institute", "... of the Ministry of Education and Training").
                    rest = text[inner[0].start:end]
                    if rest != inner[0].text and has_head(rest.split()):
                        candidates.append((inner[0].start, end, rest, org_kind(rest)))
                    end = start + cut.start()
                    inner = []
                elif (re.search(r" of |[’']s ", before) or re.search(r"[–/-]$", before) and
                      not has_head(before[:-1].split())) and \
                        not LEGAL_SUFFIX.search(text[start:end]) or any(
                        o.type == "place" and o.start == start for o in others):
                    # "Wang Yan of ECNU Publishing House", "Hangzhou Hikvision ... Co., Ltd.";
                    # but "Dialog Axiata PLC" and "National Sun Yat-sen University" are one,
                    # and so is a centre named after two ("Howard University–Google Center")
                    start = inner[0].start
                name = text[start:end]
                if not has_head(name.split()) or \
                        any(k.start == start and k.end == end for k in inner):
                    continue
            parent = ""
            owner = _UNIT_OF_NAMED.match(name) or _UNIT_OF_NAMED_ES.match(name)
            if owner and has_head(owner["owner"].split()) and (
                    org_kind(owner["owner"]) in ("university", "college", "company") or
                    _SCHOOL_OF_ITS_OWN.match(owner["owner"])):
                # "the Faculty of Engineering of Sogang University": the unit and its owner
                owner_start = start + owner.start("owner")
                candidates.append((owner_start, end, owner["owner"], org_kind(owner["owner"])))
                end = start + owner.end("unit")
                name = text[start:end]
                parent = tidy(without_legal_form(owner["owner"]))
            if inner and inner[0].start == start:
                parent = inner[0].canonical
                # "Huawei's Noah's Ark Lab", "Zhejiang University College of Agriculture": the
                # unit without its owner.
                possessive = re.match(r"[’']s\s+|\s+(?=(?:College|School|Faculty|Department|"
                                      r"Institute|Centre|Center) of )", text[inner[0].end:end])
                if possessive:
                    start = inner[0].end + possessive.end()
                    name = text[start:end]
                    if any(k.start == start and k.end == end for k in inner) or \
                            not has_head(name.split()):
                        continue
            plain = without_legal_form(name)  # "Zenara Bank Plc" is Zenara Bank
            if inner and parent == inner[0].canonical and \
                    set(plain[inner[0].end - start:].split()) <= _COMPANY_WORDS:
                plain = parent  # "Hangzhou Hikvision Digital Technology Co., Ltd." is Hikvision
            entry = self.kb.lookup(name) or self.kb.lookup(plain) or local.lookup(name) or \
                local.expansion(name) or local.variant(name) or local.abbreviated(name)
            canonical = entry.name if entry else tidy(plain)
            local.add(canonical, kind, parent)
            kind = entry.kind if entry else kind
            shaped.append(Entity("organization", text[start:end], canonical, start, end,
                                 kind=kind))
        # Longer shaped names win over the known names they contain ("Huawei Public
        # Utility Corps" over "Huawei"); known names win where they overlap otherwise.
        chosen = without_overlaps(shaped + known, prefer_longer=True)
        for org in list(chosen):  # "the Indian Institute of Technology (IIT) Kharagpur"
            split = _SPLIT_DEFINITION.match(text, org.end)
            if split and (goes_on := local.defined.get(f"{split[1]} {split[2]}")):
                chosen = [o for o in chosen if not org.start <= o.start < split.end()]
                chosen.append(Entity("organization", text[org.start:split.end()], goes_on.name,
                                     org.start, split.end(), kind=goes_on.kind))
        _settle(text, chosen, others, local)
        chosen += self._parties_without_heads(text, chosen, others, local)
        # "its Samsung Innovation Campus programme" (looked for back from the word)
        programmes = (_PROGRAMME.search(text, max(0, word.start() - 90), word.start())
                      for word in _PROGRAMME_WORD.finditer(text))
        for match in filter(None, programmes):
            start, end = match.span("name")
            inner = [o for o in chosen if o.start < end and start < o.end]
            entry = self.kb.lookup(match["name"])
            if match["name"].split()[0] in _DEGREES or entry and entry.type != "organization" \
                    or any(o.start < start or end < o.end or o.end - o.start == end - start
                           for o in inner) or all(  # "the Bavarian AI initiative": what, no
                        # name (but "the Apprenticeship Maryland program" is one)
                        w in self.kb.demonyms or (known := self.kb.lookup(w)) and
                        known.type == "field" for w in match["name"].split()):
                continue
            chosen = [o for o in chosen if o not in inner]
            name = entry.name if entry else match["name"]
            local.add(name, "programme", inner[0].canonical if inner else "")
            chosen.append(Entity("organization", match["name"], name, start, end,
                                 kind="programme"))
        named = Spans(chosen)
        # "the newspaper Diário de Moçambique", "ALMATY, Oct. 22 (Kazinform) --", "Business
        # Finland, the government's innovation agency,"
        # (the cheap look for what ends an apposition or a ticker first: the full patterns
        # are tried at every capital)
        papers = _PAPER_NAME.finditer(text) if _PAPER_WORD.search(text) else ()
        outlets = [*_NEWS_OUTLET.finditer(text), *papers,
                   *_DATELINE_AGENCY.finditer(text, 0, DATELINE_REACH),
                   *_DATELINE_AGENCY_CAPS.finditer(text, 0, DATELINE_REACH),
                   *(_DESCRIBED.finditer(text) if _DESCRIBED_END.search(text) else ()),
                   *(_DESCRIBED_BEFORE.finditer(text) if _DESCRIBED_BEFORE_WORD.search(text)
                     else ())]
        tickers = _LISTED_COMPANY.finditer(text) if _TICKER.search(text) else ()
        for match in tickers:  # "Ecopetrol S.A. (NYSE: EC)"
            for group, kind in (("company", "company"), ("exchange", "market")):
                if match[group] and named.free(*match.span(group)) and \
                        not self.kb.lookup(match[group]):
                    chosen.append(Entity("organization", match[group], tidy(
                        without_legal_form(match[group])),
                        *match.span(group), kind=kind))
                    named.add(chosen[-1])
        for match in outlets:
            if named.free(*match.span("name")) and not self.kb.lookup(match["name"]):
                what = match.groupdict().get("what")  # an apposition's, or a news outlet
                kind = _DESCRIBED_KINDS.get(what, "company") if what else "media"
                name = match["name"]  # "ARMENPRESS" is Armenpress, "APA" stays
                canonical = name.capitalize() if name.isupper() and len(name) > 5 else name
                chosen.append(Entity("organization", name, canonical, *match.span("name"),
                                     kind=kind))
                named.add(chosen[-1])
        acronyms = list(_ACRONYM.finditer(text))
        for match in acronyms:  # "IIT-Kanpur", "UET Lahore"
            city = _CITY_AFTER.match(text, match.end())
            if not city or not 3 <= len(match.group()) <= 6 or not match.group().isalpha():
                continue
            place = self.kb.lookup(city["city"])
            if not (place and place.type == "place" and place.kind in ("city", "province") and
                    named.free(match.start(), city.end()) and match.group() not in NOT_ACRONYMS):
                continue
            # "École Nationale des Sciences Appliquées (ENSA Oujda)" names the école
            written = text[match.start():city.end()]
            entry = next((Entry("organization", o.canonical, kind=o.kind) for o in chosen
                          if text[o.end:match.start()] == " ("), None) or \
                local.lookup(written) or self.kb.lookup(match.group()) or \
                Entry("organization", f"{match.group()} {city['city']}", kind="university")
            if entry.kind in ("university", "college"):
                chosen.append(Entity("organization", written, entry.name, match.start(),
                                     city.end(), kind=entry.kind))
                named.add(chosen[-1])
        # Acronyms of organisations named in this article ("WUT" for Wuhan University of
        # Technology), and names the article defines, found again elsewhere.
        listed = {at: _LISTED_KINDS[found["what"]]
                  for found in _ACRONYMS_LISTED.finditer(text)
                  for at in (found.start("items") + m.start() for m in
                             _ACRONYM.finditer(found["items"]))}
        for match in acronyms:
            if text.startswith("-", match.end()) or not named.free(match.start(), match.end()):
                continue
            entry = local.lookup(match.group()) or local.by_initials(match.group())
            if entry is None and (match.group() in local.signing_acronyms or
                                  match.start() in listed):
                # "NFU signs ..." or "universities such as ITB, UNDIP and UGM" with no full
                # name anywhere: the acronym is the name.
                entry = Entry("organization", match.group(), kind=listed.get(match.start(), ""))
            if entry:
                chosen.append(Entity("organization", match.group(), entry.name, match.start(),
                                     match.end(), kind=entry.kind))
                named.add(chosen[-1])
        # a name defined as an acronym and a word, "(IIT Madras)", found again elsewhere
        for alias, entry in local.defined.items():
            if " " in alias:
                for start, end in occurrences(text, alias):
                    if named.free(start, end):
                        chosen.append(Entity("organization", alias, entry.name, start, end,
                                             kind=entry.kind))
                        named.add(chosen[-1])
        return sorted(chosen, key=lambda e: e.start)

    def _parties_without_heads(self, text: str, chosen: list[Entity], others: list[Entity],
                               local: LocalNames) -> list[Entity]:
        """Companies whose names say nothing of what they are ("Netvoni", "Lumenor"), found
        where a signing names its parties: "between A and B", "A signed ... with B", "A and
        B have signed", "A and <a named organisation>". Each is then found everywhere in the
        article, and in its title."""
        # A place may start a company's name ("Bayern Chemie", "Leeds Ventures"), but a
        # party that is only a place is none.
        taken = Spans(chosen)
        places = {(e.start, e.end) for e in others}
        starts = {e.start for e in chosen}
        fields = {e.start for e in others if e.type == "field"}
        # A name ends after its acronym too: "from the Aerospace Technology Institute (ATI)
        # and Innovate UK"
        ends = {e.end + len(m.group()) if (m := _ACRONYM_AFTER.match(text, e.end)) else e.end
                for e in chosen}
        campus_towns = {e.end + len(m.group()) for e in chosen
                        if e.kind in ("university", "college") and
                        (m := re.match(r", | at | in | - ", text[e.end:e.end + 4]))}
        candidates = []
        grown: dict[str, Entity] = {}  # a known company's longer name, with that company
        for pattern, touching in PARTY_SLOTS:
            # A signing names its parties near the top: slots are looked for there only.
            for match in pattern.finditer(text, 0, PARTY_REACH):
                # (touching a name the article knows, or one a slot before found: "Telstra
                # and UNSW Sydney have signed")
                if touching == "a" and match.end() not in starts and \
                        all(s != match.end() for s, _ in candidates) or \
                        touching == "b" and match.start() not in ends and \
                        all(e != match.start() for _, e in candidates):
                    continue
                for group in ("a", "b"):
                    if group in pattern.groupindex and match.group(group):
                        if match.start(group) in campus_towns and \
                                not re.match(r",| and ", text[match.end(group):]):
                            continue  # "National University of Ireland, Galway signed"
                        span = party_name(text, *match.span(group), others)
                        if span and (span[0] in campus_towns and
                                     fold(text[span[0]:span[1]]) in self.kb.towns or any(
                                         s <= span[0] and span[1] <= e for s, e in places)):
                            continue  # "X University in Diamniadio and ...", "Santiago de
                            # los Caballeros and ...": a town, or a place's last words
                        if span and text.startswith(" and ", span[1]) and span[1] + 5 in fields:
                            continue  # "... with Quantum and Hybrid Cloud Research": a field's
                        if span and taken.free(*span) and span not in places:
                            candidates.append(span)
                        elif span and (known := _grown_from(text, span, chosen, others)):
                            grown[text[span[0]:span[1]]] = known
        found = []
        for name, known in grown.items():  # "NTT Data" (not NTT), "Indosat Ooredoo"
            plain = tidy(without_legal_form(name))
            local.add(plain, "company", known.canonical)
            for start, end in occurrences(text, name):
                inside = [e for e in chosen if start <= e.start and e.end <= end]
                if inside and all(e.canonical == known.canonical for e in inside):
                    for entity in inside:
                        chosen.remove(entity)
                    found.append(Entity("organization", name, plain, start, end,
                                        kind="company"))
                    taken.add(found[-1])
        # not an acronym of a name the article gives ("JLU" for Jialing University)
        names = {text[s:e] for s, e in candidates if self.kb.lookup(text[s:e]) is None and
                 not self._school_of(text[s:e], local) and
                 not (text[s:e].isupper() and local.by_initials(text[s:e]))}
        for name in sorted(names, key=len, reverse=True):
            name, entry = local.party(name)
            local.defined.setdefault(name, entry)
            local.entries.setdefault(entry.name, entry)
            for unit in chosen:  # "Velocom Industry Solutions Laboratory" is Velocom's
                owned = local.entries.get(unit.canonical)
                if unit.canonical.startswith(f"{name} ") and owned and not owned.parent and \
                        owned.kind not in INSTITUTION_KINDS:
                    local.entries[unit.canonical] = replace(owned, parent=name)
            for start, end in occurrences(text, name):
                if taken.free(start, end):
                    found.append(Entity("organization", name, entry.name, start, end,
                                        kind=entry.kind))
                    taken.add(found[-1])
        return found

    @staticmethod
    def _school_of(name: str, local: LocalNames) -> bool:
        """Whether a name is a university's school by its brand, "Chulalongkorn
        Engineering" or "Penn Medicine" where the article names "Chulalongkorn University"."""
        words = name.split(" ")
        return len(words) == 2 and words[1] in _SCHOOL_SUBJECTS and any(
            known.startswith(f"{words[0]} ") and entry.kind in ("university", "college")
            for known, entry in local.entries.items())

    def _known(self, text: str, local: LocalNames) -> list[Entity]:
        """Every name the knowledge base or the article's own definitions know."""
        # The article's own names first: its definitions, with their full forms, and for a
        # title every organisation its text named. So its "(WUT)" wins over the base's WUT,
        # and "Thalorix and Université Grenoble Alpes" in a title is two names.
        found = []
        names = {**(local.entries if text is not local.text else {}),
                 **local.defined, **{e.name: e for e in local.defined.values()}}
        for name, entry in names.items():
            for start, end in occurrences(text, name, joined="_"):  # "UGA-led" is UGA
                found.append(Entity(entry.type, name, entry.name, start, end, kind=entry.kind))
        for start, end, entry in self.kb.finditer(text):
            found.append(Entity(entry.type, text[start:end], entry.name, start, end,
                                kind=entry.kind))
            if entry.type == "organization":
                local.add(entry.name, entry.kind, entry.parent, entry)
        found += company_units(text, found, local)
        return without_overlaps(found, prefer_longer=True)

    def _misspelt(self, text: str, taken: list[Entity], local: LocalNames) -> list[Entity]:
        """Capitalised words one or two letters away from a known name ("Huawai")."""
        names = dict(self._single_word_orgs)
        names.update({e.canonical.casefold(): local.entries[e.canonical] for e in taken
                      if " " not in e.canonical and e.canonical in local.entries})
        by_letter: dict[str, list[tuple[str, Entry]]] = {}
        for form, entry in names.items():
            by_letter.setdefault(form[0], []).append((form, entry))
        closest: dict[str, Entry | None] = {}
        found = []
        used = Spans(taken)
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
            written = rf"\b{match.group()}\b"
            if len(re.findall(written, text)) + (
                    len(re.findall(written, local.text)) if text is not local.text else 0) >= 3:
                continue  # a slip is rare: "Telecel" written four times is no "Telcel"
            before = text[max(0, match.start() - 8):match.start()].split(" ")
            if len(before) > 1 and before[-2] in CHINESE_SURNAMES:
                continue  # the given name of "Liao Ruijin" is nobody's misspelling
            if _NAME_WORD_BEFORE.search(text, max(0, match.start() - 30), match.start()):
                continue  # "Türk Telekom" is a name of its own, no misspelt "Telkom"
            if text.endswith((" de la ", " du "), 0, match.start()):
                continue  # a French name's noun: "ministère de la Transition", no "Transsion"
            after = _NAME_WORD_AFTER.match(text, match.end())
            if after and not has_head([after[1]]) and self.kb.lookup(after[1]) is None:
                continue  # "Clara Chappaz" is a person, no misspelt "Claro"
            found.append(Entity("organization", match.group(), entry.name, match.start(),
                                match.end(), kind=entry.kind))
        return found

    # ------------------------------------------------------------------ places and fields

    def _places(self, text: str, known: list[Entity], taken: list[Entity],
                place_words: set[tuple[int, int]]) -> list[Entity]:
        # A place is written with capitals ("Reading" the town, not "reading"), and a place
        # word inside an organisation's name is part of that name; but "the West Bengal
        # government" names the state and its government.
        named = Spans([e for e in taken if not e.text.endswith((" Government", " government"))
                       or e.text.count(" ") > 2])
        # Nor is "US$" a place, nor "Indonesia" in the language "Bahasa Indonesia".
        # In Chinese, where the text uses the name as a place (``place_words``): 来宾 is
        # Laibin only when it is not "guests".
        # A country in capitals after a dateline's town in capitals: "TOKYO, JAPAN, March 3".
        after_town = {m.end() for m in _DATELINE.finditer(text, 0, DATELINE_REACH)
                      if m["town"].isupper()}

        # "Hebei province" is the place Hebei.
        known = [replace(e, text=e.text[:kind.start()], end=e.start + kind.start())
                 if e.type == "place" and (kind := _KIND_IN_SMALL.search(e.text)) else e
                 for e in known]

        def hyphenated_name(place: Entity) -> bool:  # "Asia-Plus", but not "Kenya-China"
            after = _HYPHEN_CAPITAL.match(text, place.end)
            entry = after and self.kb.lookup(after[1])
            return bool(after) and not (entry and entry.type == "place")
        found = [e for e in known if e.type == "place" and
                 (capitalised(e.text) or has_cjk(e.text) and (
                     e.text.endswith(("市", "省")) or (e.start, e.end) in place_words)) and
                 named.free(e.start, e.end) and not text.startswith("$", e.end) and
                 not text.endswith("Bahasa ", 0, e.start) and
                 not (e.text.isupper() and e.text.isalpha() and len(e.text) > 3 and
                      not e.canonical.isupper() and
                      text[max(0, e.start - 1):e.start] not in ("", "\n") and
                      e.start not in after_town) and
                 not _language(text, e) and
                 not (e.kind == "city" and _NAME_GOES_ON.match(text, e.end)) and
                 not hyphenated_name(e)]
        for place in found:
            named.add(place)
        for match in re.finditer(r"(?<![\w-])(?!(?:The|This|That|Each|Every|Our|Its|Their)\b)"
                                 r"((?:[A-Z][a-z]+[ -])?[A-Z][a-z]+) (Province|City|District|"
                                 r"County|Prefecture|New Area|"  # "Tianfu New Area"
                                 r"State|Governorate|Region)\b", text):
            # "Enugu State" is one place; "Federal State" none: the word must be a place,
            # and no continent ("Asia Region" is a company's sales region).
            inner = [p for p in found if (p.start, p.end) == match.span(1) and
                     p.kind not in ("continent", "region", "country")]
            if match[2] in ("State", "Governorate", "Region") and not inner:
                continue
            if named.free(match.start(), match.end()) or inner:
                found = [p for p in found if p not in inner]
                # "New York State", "Zhejiang Region" are New York and Zhejiang; "Enugu
                # State", "Sheikh Zayed City" as written
                name = inner[0].canonical if inner and inner[0].kind == "province" and (
                    match[2] == "Region" or match[2] == "State" and " " in match[1]) \
                    else match.group()
                found.append(Entity("place", match.group(), name, match.start(), match.end()))
        # A part of a country or region: "Northeastern Brazil", "Western Kenya".
        for place in list(found):
            compass = _COMPASS.search(text, max(0, place.start - 16), place.start)
            if compass and place.kind in ("country", "region", "continent", "province") and \
                    named.free(compass.start(), compass.end()):
                found.remove(place)  # "South-East Asian" is Southeast Asia
                name = text[compass.start():place.start] + place.canonical
                entry = self.kb.lookup(name)
                found.append(Entity("place", text[compass.start():place.end],
                                    entry.name if entry and entry.type == "place" else name,
                                    compass.start(), place.end))
        # A wire dateline's US state, in the AP's abbreviation: "ARMONK, N.Y., Sept. 21".
        for match in _US_DATELINE.finditer(text, 0, DATELINE_REACH):
            state = match["state"]
            if named.free(*match.span("state")):
                found.append(Entity("place", state, AP_STATES[state], *match.span("state")))
        # A dateline names the town before a known place: "Cyberjaya, Malaysia, 14 March".
        for match in _DATELINE.finditer(text, 0, DATELINE_REACH):
            start, end = match.span("town")
            if named.free(start, end) and any(p.start == match.end() for p in found):
                town = match["town"]
                found.append(Entity("place", town, town.title() if town.isupper() else town,
                                    start, end))
        # A campus by its name is a place: "the university's Legon campus", "Yagami Campus".
        for match in _CAMPUS_NAME.finditer(text):
            start, end = match.span("name")
            if not match["name"].isupper() and named.free(start, end) and \
                    not _CAMPUS_WORDS.intersection(re.split(r"[ -]", match["name"])):
                found.append(Entity("place", match["name"], match["name"], start, end,
                                    kind="district"))
                named.add(found[-1])
        # A town smaller than the data's cities, where the article names its country: "in
        # Maun", "Gokwe and Chipinge", a dateline's "PALAPYE:".
        countries = {e.canonical if e.kind == "country" else
                     (entry.parent if (entry := self.kb.get("place", e.canonical)) else "")
                     for e in known if e.type == "place"}
        for match in _TOWN.finditer(text):
            if not (match["word"] or match["after"] and match.start() < DATELINE_REACH):
                continue
            words, start = match["town"].split(" "), match.start("town")
            for n in range(len(words), 0, -1):
                written = " ".join(words[:n])
                town = self.kb.towns.get(fold(written))
                if town and town[1] in countries and named.free(start, start + len(written)):
                    found.append(Entity("place", written, town[0], start, start + len(written),
                                        kind="city"))
                    break
        return sorted(found, key=lambda e: e.start)

    # ------------------------------------------------------------------ partners

    def _partners(self, title: str, title_orgs: list[Entity], text: str, orgs: list[Entity],
                  local: LocalNames, members: list[str]) -> list[str]:
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

        def in_families(name: str, families: set[str]) -> bool:
            # "Smart" in a title is the text's "Smart Communications"; "Strathclyde" its
            # "University of Strathclyde"
            return any(name == f or f.startswith(f"{name} ") or name.startswith(f"{f} ") or
                       f.endswith(f" of {name}") for f in families)

        def joined(entity: Entity) -> list[str]:
            # "Alibaba Cloud–ZJUT Joint Laboratory": a unit named by two institutions and a
            # dash stands for both (when each side is a name the article or the base knows);
            # so does its short name in a title ("Discovery Accelerator Institute" for the
            # text's "IBM-Illinois Discovery Accelerator Institute").
            name = entity.text
            if "-" not in name and "–" not in name:
                longer = {o.text for o in orgs if o.text.endswith(" " + name)}
                name = longer.pop() if len(longer) == 1 else name
            first, dash, rest = name.partition("–" if "–" in name else "-")
            if not dash:
                return []
            # (or a whole institution's name the text gives nowhere else: "Hebei University
            # of Technology-Huawei ... Center")
            first = first.strip()
            one = resolve(first) or (Entry("organization", first, kind=org_kind(first))
                                     if has_head(first.split()) else None)
            if not one:
                return []
            words = rest.strip().split(" ")
            other = next((entry for n in range(len(words) - 1, 0, -1)
                          if (entry := resolve(" ".join(words[:n])))), None)
            if other is None or other.type == "place":
                # "IBM-Illinois ...": the one institution of the text named with that word
                named = {e.canonical for e in orgs if e.kind in INSTITUTION_KINDS and
                         words[0] in e.canonical.split()}
                other = resolve(named.pop()) if len(named) == 1 else None
            parties = [institution(Entity("organization", "", e.name, 0, 0, kind=e.kind))
                       for e in (one, other) if e and e.type == "organization"]
            return parties if len(parties) == 2 and all(parties) else []

        def resolve(name: str) -> Entry | None:
            return local.entries.get(name) or local.lookup(name) or self.kb.lookup(name) or \
                (local.by_initials(name) if name.isupper() else None)

        in_title = unique([party for e in title_orgs
                           if not _supports(title, e) and not _founded(title, e.start, e)
                           for party in joined(e) or [institution(e)]])
        title_families = {family(n) for n in in_title}
        alone: list[str] = []  # the first cue sentence's only institution, when nothing better
        parties: list[str] = []
        # "exchanged six memoranda of understanding": each sentence may name a signing
        several = _SEVERAL_SIGNINGS.search(text, 0, PARTY_REACH) is not None
        starts = {e.start for e in orgs}
        for sentence_start, sentence in sentences(text):
            if not _PARTNER_CUE.search(sentence):
                continue
            witness = _WITNESS.search(sentence)
            earlier = _EARLIER_ONES.search(sentence)
            earlier_at = (earlier.start("after") if earlier["after"] else earlier.start()) \
                if earlier else len(sentence)
            names: list[str | None] = []
            named: set[str] = set()  # names the sentence writes (not only their units')
            units: set[str] = set()  # names of the parties' own units ("its College")
            seats: set[str] = set()  # where what they set up sits ("based at the X")
            for entity in orgs:
                offset = entity.start - sentence_start
                if not 0 <= offset < earlier_at:
                    continue
                if witness and (entity.kind == "government" or
                                witness.start() < offset < _clause_end(sentence, witness)):
                    continue
                # the venue: "signed at the Ministry of Technology between ...", "a lab at
                # Kijitonyama Primary School in Kinondoni Municipality"
                if entity.kind == "government" and re.search(
                        r"\b(?:at (?:the )?|in (?:the )?|di )$", sentence[:offset]):
                    continue
                if entity.canonical in seats or \
                        _SEAT_BEFORE.search(sentence, max(0, offset - 40), offset):
                    seats.add(entity.canonical)  # and its acronym after it
                    continue
                if sentence.endswith(("under the ", "under "), 0, offset):
                    continue  # the frame: "for training under the Cisco Networking Academy's"
                if sentence.endswith((", the ", ", "), 0, offset) and _TELLS.match(
                        sentence, offset + len(entity.text)):
                    continue  # who tells of it: "..., the Ministry of X said in a statement"
                if _OWNER_BEFORE.search(sentence, max(0, offset - 60), offset) or \
                        sentence.endswith((", a ", ", an ", ", the "), 0, offset) and \
                        _OWNED_NEXT.match(sentence, offset + len(entity.text)):
                    # "Andes Cloud, the cloud arm of Cordillera Group, signed", "Core42, a
                    # G42 company, signed", "Sonatel, the Orange group's subsidiary"
                    continue
                if _founded(sentence, offset, entity):
                    continue  # "A and B established the Beyond AI Organization": no party
                of = _OF_OWNER.match(text, entity.end)
                if of and of.end() in starts:
                    continue  # "the Party Committee of LNUT": its owner is named next
                owner = _OWNER_WORD.search(sentence, max(0, offset - 30), offset)
                if entity.canonical in units or \
                        _UNIT_OF_PARTY.search(sentence, max(0, offset - 30), offset) or \
                        owner and entity.kind != "university" and \
                        any(n and owner[1] in n.split() for n in names) or \
                        (_UNIT_NAME.match(entity.text) or
                         any(n and _shares_a_name(n, entity.canonical) for n in names) or
                         _owned_by_initials(entity.text, names)) and \
                        _AT_BEFORE.search(sentence, max(0, offset - 10), offset):
                    # "a hub at the university's College of ...", "... and X University
                    # launched a hub at the College of Computing"; "A, B and Addis Ababa
                    # University set up a lab at the Addis Ababa Institute of Technology"
                    units.add(entity.canonical)
                    continue
                if both := joined(entity):
                    names += both
                    continue
                names.append(institution(entity))
                if names[-1] == entity.canonical:
                    named.add(names[-1])
            # "FUTA and Huawei Nigeria opened a Huawei ICT Academy": the academy stands for
            # no party of its own where its owner's unit signed.
            names = [n for n in unique(names) if n in named or
                     not any(m in named and m != n and family(m) == family(n) for m in names)]
            # "with Pokhara University's Institute of Engineering": the unit's owner signs;
            # but "Qatar Foundation's Hamad Bin Khalifa University" signs for itself.
            universities = [n for n in names if (chain := lineage(n))[1:] and
                            chain[0].kind == "university" and
                            chain[1].kind not in ("university", "college", "company")]
            names = [n for n in names if n in universities or not any(
                e.name in names for e in lineage(n)[1:] if e.name != n) and not any(
                n in (e.name for e in lineage(u)[1:]) for u in universities)]
            alone = alone or names[:1]
            if several and parties and len(names) == 1 and _SAME_SIGNER.match(sentence):
                parties += names  # "The company also signed a separate agreement with X"
            if len(names) >= 2 and (not title_families or
                                    any(in_families(family(n), title_families) for n in names)):
                covered = {family(n) for n in names}
                # "X and Alibaba's Cainiao launch ...": the owner of a party the text names
                owners = {institution(e) for e in title_orgs
                          if (m := _POSSESSIVE_NAME.match(title, e.end)) and
                          any(n.split()[0] == m[1] for n in names)}
                parties += names + [n for n in in_title
                                    if not in_families(family(n), covered) and n not in owners]
                if not several:
                    break
        if not parties:  # no sentence names two parties: the title's, or the first cue's one
            parties = list(in_title or alone)
            if len(in_title) == 1 and not members:  # and the institution the text names
                # most (where no list of members names the others)
                counts = Counter(n for n in (institution(e) for e in orgs) if n)
                parties += [n for n, _ in counts.most_common()
                            if family(n) not in title_families][:1]
        return unique(parties + [institution(e) for e in _called_partners(text, orgs)])


#: An acronym in brackets inside a name: "Indian Institute of Technology (IIT) Kharagpur".
_SPLIT_DEFINITION = re.compile(r" [(]([A-Z][A-Za-z]{1,7})[)] ([A-Z][a-z]{2,})\b")


#: Organisations named by acronyms alone in a list: "universities such as ITB, UNDIP and UGM".
_LISTED_KINDS = {"universities": "university", "companies": "company", "firms": "company",
                 "operators": "company", "banks": "company", "institutions": "university"}
_ACRONYMS_LISTED = re.compile(
    rf"\b(?P<what>{'|'.join(_LISTED_KINDS)})(?: [a-z]+){{0,2}} (?:such as|including|namely|"
    rf"like):? (?P<items>{_ACRONYM_WORD}(?:, {_ACRONYM_WORD})*,? and {_ACRONYM_WORD})\b")


def _owned_by_initials(name: str, parties: list[str | None]) -> bool:
    """Whether a unit's name starts with a party's initials: the "UP College of Engineering"
    of the University of the Philippines Diliman."""
    first = name.split(" ")[0]
    return first.isupper() and len(first) >= 2 and \
        any(n and initials(n).startswith(first) for n in parties)


def _shares_a_name(one: str, other: str) -> bool:
    """Whether two organisations' names share a word of a proper name: "Addis Ababa
    University", "Addis Ababa Institute of Technology"."""
    def proper(name: str) -> set[str]:
        return {w for w in name.split() if w[:1].isupper() and len(w) > 2 and
                w not in ORG_HEADS and w not in NOT_NAMES}
    return bool(proper(one) & proper(other))


#: A word that makes a city's name part of a place's longer one: "Kent Ridge campus".
_NAME_GOES_ON = re.compile(rf" (?:[{UPPER}][{LOWER}]+ (?:campus|area|district|station|road|park|"
                           rf"estate|hills?|valley|site)|Road|Street|Avenue|Boulevard|Highway)\b")


def _language(text: str, place: Entity) -> bool:
    """Whether a people's name is said of a language: "in Portuguese and Spanish",
    "Spanish-language models", "Spanish translation" (but "Nepali language processing"
    names what the work serves)."""
    if place.kind != "country" or place.text == place.canonical or \
            not place.text.endswith(("ese", "ish", "ian", "an", "ic", "i", "ch")):
        return False
    return re.match(r"-(?:language|speaking)\b| (?:translation|speakers|dialects?|"
                    r"subtitles|text|speech|corpus|corpora)\b",
                    text[place.end:place.end + 12]) is not None or \
        re.match(r"(?:[.,;:)]| (?:and|or|for|to|with|by|as) |$)",
                 text[place.end:place.end + 6]) is not None and \
        re.search(r"\b(?:in|into) (?:[A-Z]\w+(?:,| and| or) )*$",
                  text[max(0, place.start - 40):place.start]) is not None


def _listed_members(text: str, orgs: list[Entity]) -> list[str]:
    """Universities and colleges a sentence lists as the members or participants of what is
    founded: "The founding members are A, B, C and D", "Institutions taking part include A,
    B and C" (three or more of them; every one is a partner)."""
    members: list[str] = []
    every = sentences(text)
    for i, (sentence_start, sentence) in enumerate(every):
        if not _MEMBERS.search(sentence) or _NETWORK.search(sentence):
            continue
        if sentence.rstrip().endswith(":"):  # a list in bullets, a line each
            lines = list(itertools.takewhile(lambda line: _BULLET.match(line[1]),
                                             every[i + 1:]))
            if lines:
                sentence = text[sentence_start:lines[-1][0] + len(lines[-1][1])]
        # companies too where a colon lists them: "three founding industry members: A, B and C"
        kinds = ("university", "college", "company") if _MEMBERS_LISTED.search(sentence) else \
            ("university", "college")
        listed = unique(e.canonical for e in orgs
                        if e.kind in kinds and
                        0 <= e.start - sentence_start < len(sentence) and
                        re.match(r"\)?(?:,|,? and|$|\.|\n)", text[e.end:e.end + 6]))
        if len(listed) >= 3:
            members += listed
    return members


#: A sentence that lists who takes part.
_MEMBERS = re.compile(r"\b(?:(?:founding |new |participating )?members?|participants?|"
                      r"participating|taking part|take part|(?:have |has )?join(?:ed|s)?|"
                      r"namely|are as follows|include|includes|including|"
                      r"(?:schools|universities|institutions|colleges) (?:are|were))\b", re.I)

#: A line of a list: "• University of Nairobi".
_BULLET = re.compile(r"\s*[•·▪*–-] ")

#: Members listed after a colon: "three founding industry members: A, B and C".
_MEMBERS_LISTED = re.compile(r"\bmembers: ")


#: A sentence on the network a company already runs, whose list names no party: "now runs
#: labs at 18 universities, including A, B and C".
_NETWORK = re.compile(r"\b(?:runs?|operates?|has|have|had) (?:\w+ ){0,3}(?:at|in|with) "
                      r"(?:more than |over |some |nearly )?\d+ (?:other )?(?:universities|"
                      r"institutions|colleges|campuses|schools)\b")


#: An organisation that tells of a signing after it: ", the ministry said".
_TELLS = re.compile(r" (?:said|says|reported|announced|stated)\b")


#: Where an organisation only attends, witnesses or supports a signing.
_WITNESS = re.compile(r"\b(?:witness(?:ed|es|ing)?|in the presence of|attended|attending|"
                      r"facilitat(?:ed|es|ing)|"
                      r"presence of|presencia de(?:l| la)?|presen[çc]a d[aoe]s?|supported|backed|"
                      r"chief guest|officiated|sent a representative"
                      r"|welcomed|engaging|under the (?:guidance|auspices) of|"
                      r"with (?:the )?support (?:of|from)|"
                      # French: "en présence du ministre", "avec l'appui du ministère"
                      r"en présence d[eu]s?|avec (?:l['’]appui|le soutien|le concours) d[eu]s?|"
                      r"sous l['’]égide d[eu]s?|"
                      # Indonesian and Malay: "disaksikan", "di hadapan", "dihadiri"
                      r"disaksikan|di hadapan|dihadiri|disempurnakan)\b", re.I)


#: Where a sentence turns to the lab's forerunners, whose hosts are no party: "its fourth
#: outside Japan after labs at A, B and C", "following academies at A and B", "the third
#: university to teach them after A and B".
_EARLIER_ONES = re.compile(r"\b(?:after|following|joining|besides|in addition to) (?:similar |"
                           r"earlier |existing |the )?(?:labs?|laborator(?:y|ies)|cent(?:re|er)s?|"
                           r"academies|ones|hubs?|programmes?|programs?) (?:at|with|in) |"
                           r"\b(?:first|second|third|fourth|fifth|latest|last|next) [^.;]{0,80}"
                           r"\b(?P<after>after) (?=(?:the )?[A-Z])")


#: An article about several signings at once: "exchanged six memoranda of understanding".
_SEVERAL_SIGNINGS = re.compile(r"\b(?:exchanged|signed|inked) (?:(?:two|three|four|five|six|"
                               r"seven|eight|nine|ten|[0-9]+) (?:memorand\w+|MoUs|agreements)|"
                               r"(?:[a-z-]+ ){0,3}(?:memorandums|memoranda|MoUs))\b|"
                               # "The same day, X signed a similar agreement with Y", "X
                               # also signed a separate agreement with Y" (not one "last
                               # year": an earlier signing)
                               r"(?:\bsame (?:day|ceremony|occasion),? [^.]{0,40}?|\balso )"
                               r"\bsigned an? (?:similar|separate|second) "
                               r"(?:agreement|memorandum|MoU)\b")


#: Where what the parties set up will sit, no party: "a chair based at the School of X",
#: "con sede en la Escuela ...", "com sede no Centro ...".
_SEAT_BEFORE = re.compile(r"\b(?:based|housed|hosted|located|sited|seated) (?:at|in) (?:the )?$|"
                          r"\b(?:con sede|ubicad[oa]) en (?:la |el )?$|"
                          r"\b(?:com sede|sediad[oa]) n[oa] $|\b(?:basée?|installée?|située?) "
                          r"(?:à|au sein de) (?:la |l'|l’)?$")


#: A sentence whose signer is a party named before: "The company also signed ... with X".
_SAME_SIGNER = re.compile(r"\s*(?:The (?:company|firm|group|operator|university|institute)|It) "
                          r"(?:also |later |then )?(?:signed|inked)\b")


#: An owner's possessive before a name: "Alibaba's Cainiao".
_POSSESSIVE_NAME = re.compile(r"['’]s ([A-Z][\w-]*)")


#: What names an organisation's owner rather than a party: "a subsidiary of", "part of".
_OWNER_BEFORE = re.compile(r"\b(?:subsidiary|arm|wing|unit|division|part|member|affiliate|owned by|"
                           r"parent company|spin-off|spun off from|provider under|company "
                           r"under|brand of|backbone of|business of|think tank of) (?:of )?"
                           r"(?:the )?"
                           r"(?:[\w-]+-based |[A-Z][a-z]+['’]s )?$")  # "arm of Japan's X"


#: Appositions that make a unit-like name an organisation of its own (after its acronym, if
#: any): "ICT Academy of X, a non-profit body", "Centre for Y (C-DOT), a government telecom
#: research body".
_NON_PROFIT_NEXT = re.compile(r"(?: [(][\w-]{2,10}[)])?,? (?:a|an) (?:non-?profit|not-for-profit|"
                              r"non-governmental|charitable|independent) (?:organi[sz]ation|body|"
                              r"society|trust)\b")
_RESEARCH_BODY_NEXT = re.compile(r"(?: [(][\w-]{2,10}[)])?,? (?:a|an) (?:[\w-]+ ){0,3}research "
                                 r"(?:body|institution|institute|organi[sz]ation|agency)\b")


#: What makes the name before it an owner: "Core42, a G42 company", "the Orange group's
#: subsidiary".
_OWNED_NEXT = re.compile(r"(?: group)?(?:['’]s)? (?:company|subsidiary|unit|business|affiliate)\b")


def _settle(text: str, chosen: list[Entity], others: list[Entity], local: LocalNames) -> None:
    """What the organisations chosen say of each other: a unit after its owner's possessive is
    the owner's, a campus's city after a university's comma is part of its name (as written:
    "Ha Noi", not "Hanoi"), a school or academy that belongs to no one named is an institution
    of its own."""
    cities = {o.start: o for o in others if o.type == "place" and o.kind == "city"}
    for i, org in enumerate(chosen):
        # "University of California, Berkeley (UCB) and ...", "The University of Texas at
        # Austin's X": a campus's city is part of the name
        if org.kind not in ("university", "college"):
            continue
        if text.startswith(", ", org.end):
            joint, after = ", ", _AFTER_NAME
        elif text.startswith(" at ", org.end) and org.canonical.startswith("University of "):
            joint, after = " at ", _AFTER_CAMPUS
        else:
            continue
        place = cities.get(org.end + len(joint))
        if place and after.match(text, place.end):
            old = org.canonical
            chosen[i] = org = replace(org, text=text[org.start:place.end],
                                      canonical=f"{old}{joint}{place.text}", end=place.end)
            local.add(org.canonical, org.kind)
            local.entries.pop(old, None)  # the shorter name is no organisation of its own
            for name, entry in local.entries.items():  # its units
                if entry.parent == old:
                    local.entries[name] = replace(entry, parent=org.canonical)
    for owner, unit in itertools.pairwise(chosen):  # "Pokhara University's Institute of X"
        entry = local.entries.get(unit.canonical)
        if entry and not entry.parent and owner.canonical != unit.canonical and \
                re.fullmatch(r"[’']s ", text[owner.end:unit.start]):
            local.entries[unit.canonical] = replace(entry, parent=owner.canonical)
    for i, org in enumerate(chosen):  # "Kagawa Medical School", "Vilnius Academy of Arts"
        entry = local.entries.get(org.canonical)
        if not entry or entry.kind not in ("department", "lab") or entry.parent:
            continue
        first = org.canonical.split(" ")[0]
        if _NON_PROFIT_NEXT.match(text, org.end):
            kind = "foundation"
        elif _RESEARCH_BODY_NEXT.match(text, org.end):
            kind = "research"
        elif entry.kind == "department" and _SCHOOL_OF_ITS_OWN.match(org.canonical) and \
                not first.isupper() and \
                not any(e.start == org.start and e.type == "field" for e in others):
            kind = "college"
        else:
            continue
        local.entries[org.canonical] = replace(entry, kind=kind)
        chosen[i] = replace(org, kind=kind)


def _grown_from(text: str, span: tuple[int, int], chosen: list[Entity],
                others: list[Entity]) -> Entity | None:
    """The known company a party's longer name holds at its start or end ("NTT Data",
    "Indosat Ooredoo", "Naver Cloud"), when the other words are a name's and no place, head
    word or the company's unit or legal form."""
    inside = [e for e in chosen if span[0] <= e.start and e.end <= span[1]]
    if len(inside) != 1 or inside[0].kind != "company" or \
            inside[0].start != span[0] and inside[0].end != span[1]:
        return None
    known = inside[0]
    rest = (text[span[0]:known.start] + " " + text[known.end:span[1]]).split()
    if not rest or any(not (w[0].isupper() or _CAMEL.match(w)) or head_word(w) in ORG_HEADS or
                       any(e.type == "place" and e.text == w for e in others) or
                       w in _COMPANY_WORDS or w in TITLE_BREAKS or ROLE_START.match(w) or
                       w in LEADING_NOISE or w == "Certified" or
                       w.lower().endswith("maker") for w in rest):
        return None  # nor is "AWS Certified Cloud Practitioner", an exam, nor "Chipmaker X"
    return known


#: A word of a name that starts in small letters: "iON", "eSewa".
_CAMEL = re.compile(r"[a-z]{1,2}[A-Z]")


#: What a title's organisation after "for" is taught in: "for Cisco IT Essentials training".
_TAUGHT = re.compile(r" (?:training|courses?|curriculum|certification)\b")


def _supports(title: str, org: Entity) -> bool:
    """Whether a title names an organisation as a supporter, a witness, or as what is taught:
    "... with MDEC support", "with M-Pesa Foundation grant", "... as NCC backs skills drive",
    "...; Huawei executives witness signing", "... for Cisco IT Essentials training"."""
    return title.endswith("for ", 0, org.start) and \
        _TAUGHT.match(title, org.end) is not None or \
        re.match(r"[^;,:]{0,20}\bwitness", title[org.end:]) is not None or \
        title.endswith("with ", 0, org.start) and \
        re.match(r" (?:support|backing|help|grant|funding)\b", title[org.end:]) is not None or \
        title.endswith(" as ", 0, org.start) and \
        re.match(r" (?:backs|supports|welcomes|witnesses)\b", title[org.end:]) is not None


#: A unit named with its owner: "Faculty of Engineering of Sogang University".
_UNIT_OF_NAMED = re.compile(r"(?P<unit>(?:Faculty|School|Department|College|Institute|Centre|"
                            r"Center|Laboratory|Lab|Office) of .+?) of (?:the )?(?P<owner>.+)$")
#: The same in Spanish and Portuguese: "Facultad Politécnica de la Universidad ...",
#: "Faculdade de Engenharia da Universidade ...".
_UNIT_OF_NAMED_ES = re.compile(r"(?P<unit>(?:Facultad|Faculdade|Escuela|Escola|Departamento|"
                               r"Instituto|Centro|Laboratorio|Laboratório)\b.+?) "
                               r"(?:de la|de|da|do) (?P<owner>Universida(?:d|de)\b.+)$")


#: What may follow a campus's city after "at": "... at Austin's", "... at Dallas (UTD)".
_AFTER_CAMPUS = re.compile(r"['’]s\b|,| \(|\.")
#: What may follow a name: an acronym, "and" or a verb.
_AFTER_NAME = re.compile(r" \(| and | (?:has|have|had|signed|signs|will|on|to|is)\b")


#: A school or academy named as an institution of its own, not as a unit ("School of X",
#: "ICT Academy").
_SCHOOL_OF_ITS_OWN = re.compile(r"Academy of |(?!(?:School|Academy|Faculty)\b)\S.* (?:Academy|"
                                r"School|Faculty)\b")


#: A verb whose object is what a partnership founds, not one of its parties.
_FOUNDED = re.compile(r"\b(?:establish(?:es|ed)?|sets? up|found(?:s|ed)?|creat(?:es?|ed)|"
                      r"inaugurat(?:es?|ed)|open(?:s|ed)?|launch(?:es|ed)?) "
                      r"(?:the |a |an |a new )?$|(?:共建|成立|设立|建立|打造)“?$", re.I)


def _founded(text: str, at: int, org: Entity) -> bool:
    """Whether ``org``, named at ``at``, is what the parties found or open, not a party: "A
    and B established the X", "A and B open an X Center", "... Launch Joint Battery
    Institute" (a company or a school is a party still, unless an institute or academy by
    its last word)."""
    party = org.kind == "company" or org.kind in ("university", "college") and \
        not re.search(r"\b(?:Institute|Academy)$", org.canonical)
    return not party and _FOUNDED.search(text, max(0, at - 30), at) is not None


#: "at the" before a unit, in the languages of names: "en la Facultad", "na Escola".
_AT_BEFORE = re.compile(r"\b(?:at (?:the )?|en (?:la |el )?|n[ao] |à (?:la |l['’])|au )$")


#: A unit's name by its head: "College of Computing", "School of Engineering".
_UNIT_NAME = re.compile(r"(?:College|School|Faculty|Department|Institute) of |"
                        r"(?:Escuela|Escola|École|Facultad|Faculdade|Faculté) ")


#: A unit of a party the sentence has named: "the university's College of ...", "its Lab".
_UNIT_OF_PARTY = re.compile(r"\b(?:the (?:university|company|institute|college|operator|group|"
                            r"firm|bank|school)[’']s|its) $", re.I)


#: A word that owns what follows: "Waterloo's" for the University of Waterloo named before.
_OWNER_WORD = re.compile(r"\b([A-Z][\w-]+)['’]s $")


#: "of" between a unit and the organisation it belongs to.
_OF_OWNER = re.compile(r" of (?:the )?")


#: An organisation the article calls a partner: "Fraunhofer ..., a third partner, will",
#: "IFCE, which joined the agreement as a third partner".
_NAMED_PARTNER = re.compile(r"(?: \([A-Z]{2,8}\))?, (?:(?:which|who) [^.;]{0,60}?\bas )?"
                            r"(?:a|the|another) (?:(?:third|fourth|fifth|further|new|founding|"
                            r"co-founding|technology|industry|research) )?partner\b")
#: A sentence whose organisations all take part as partners: "The City of Kitakyushu and
#: Moji Kaiun will provide data and take part as partners."
_AS_PARTNERS = re.compile(r"\b(?:take|takes|took|taking) part as (?:\w+ )?partners\b|"
                          r"\b(?:signed|signs|sign) on as (?:the )?(?:\w+ ){0,2}partners\b|"
                          r"\b(?:join|joins|joined|serve|serves|act|acts) as (?:\w+ )?"
                          r"(?:partners|members)\b|"  # "joined as associate members"
                          r"\bco-?(?:fund|financ)\w*|"
                          # "The Council is paying for half of the system", "The Government
                          # will contribute A$10 million"
                          r"\b(?:is|are|will be) paying for\b|"
                          r"\b(?:will )?contribut(?:e|es|ed|ing) (?:[A-Z]{0,2}\$|€|£|¥)")


#: A sentence whose organisations after the cue fund or run the work with the others:
#: "funded (in part) by Embraer and by the São Paulo Research Foundation", "co-hosted by A and B",
#: "a partnership of A, B and C".
_FUNDED_BY = re.compile(r"\b(?:(?:co-)?(?:funded|financed|sponsored)(?: in part| partly)? by|"
                        r"(?:co-)?(?:funding|financing) from|"
                        r"co-(?:hosted|organi[sz]ed|run) by|a partnership (?:of|between|among)|"
                        # French, Spanish and Portuguese
                        r"(?:co-?)?financ(?:é|ée|és|ées|iad[oa]s?) (?:par|por|pelo|pela))\b")


def _called_partners(text: str, orgs: list[Entity]) -> list[Entity]:
    """Organisations the article itself calls partners, beyond the signing's parties."""
    called = [e for e in orgs if _NAMED_PARTNER.match(text, e.end) or
              e.kind in INSTITUTION_KINDS and  # "The first MoU, signed by ITIDA, ..."
              text.endswith(("signed by ", "signed by the "), max(0, e.start - 14), e.start)]
    if not (_AS_PARTNERS.search(text) or _FUNDED_BY.search(text)):
        return called  # the common case, without going through the sentences
    for sentence_start, sentence in sentences(text):
        before, after = _AS_PARTNERS.search(sentence), _FUNDED_BY.search(sentence)
        if after and re.search(r", an? [^,]{0,60}$", sentence[:after.start()]):
            after = None  # "the Center for X, a research center funded by Y": Y funds X
        if not (before or after):
            continue
        called += [e for e in orgs if e.kind in INSTITUTION_KINDS and (
            before and 0 <= e.start - sentence_start < before.start() or
            after and after.end() <= e.start - sentence_start < len(sentence))]
    return called


def _clause_end(sentence: str, cue: re.Match[str]) -> int:
    """Where the clause a witness cue opens ends: the next comma after a name, or the end."""
    comma = re.search(r",\s+(?!(?:[A-Z][\w-]*|and|of)\b[^,]*\b(?:Ministry|Minister|Council|"
                      r"Bureau|Commission|Committee|Department)\b)", sentence[cue.end():])
    return cue.end() + comma.start() if comma else len(sentence)


_PARTNER_CUE = re.compile(
    r"\b(?:between|signed|signing|sign|agreement|memorandum|MoU|partner(?:ship|ed|ing)?s?|"
    r"join(?:ed|s|ing)? forces|alliance|tie-up|"
    r"cooperat\w*|co-operat\w*|collaborat\w*|jointly|together with|visited|visit|talks|"
    r"met with|teamed up|announc(?:e|es|ed|ing)|join(?:ed|s|ing)? hands|joint venture|"
    r"joint (?:cent(?:er|re)|lab(?:oratory)?) with|"
    r"co-?found\w*|set up|launch\w*|"
    r"open(?:ed|s)?|establish\w*|invest(?:s|ed|ing|ment)?|commit(?:s|ted)?|fund(?:s|ed|ing)?|"
    r"donat\w*|sponsor\w*|gift|gives?|gave|grant(?:s|ed)?|"
    # Spanish and Portuguese
    r"firm(?:a|an|aron|ó|ado|ada)|convenio|conv[eê]nio|acuerdo|acordo|alianza|alian[çc]a|"
    r"parceria|colaboraci[oó]n|cooperaci[oó]n|coopera[çc][ãa]o|suscri\w*|assin\w*|"
    r"junto (?:a|con)|"
    # French
    r"sign(?:é|ée|ent|ons)|partenariat|accord|convention|coopération|"
    # Indonesian and Malay: "menandatangani", "kerja sama", "nota kesepahaman", "memeterai"
    r"(?:men|dit|t)andatangan\w*|(?:be)?kerja ?sama|kesepakatan|kesepahaman|persefahaman|"
    r"(?:me)?meterai)\b|"
    r"签署|签订|签约|合作|共建|揭牌|协议|携手", re.I)
