"""The parties a signing names, even when their names say nothing of what they are:
"Netvoni yesterday opened ...", "between Genovia and the University of X", "NFU signs ..."."""

from __future__ import annotations

import re

from partnerview.core.entities import UPPER, Entity
from partnerview.core.org_names import (
    LEADING_FORMS,
    ORG_HEADS,
    PLACE_ADJECTIVES,
    PLACE_BODY,
    TITLE_BREAKS,
)
from partnerview.core.people import (
    CHINESE_SURNAMES,
    HONORIFIC_WORDS,
    HONORIFICS_BEFORE,
    LEADING_NOISE,
    OFFICE_FOR,
    OFFICE_OF_WORDS,
    PINYIN,
    ROLE_AFTER_NAME,
    ROLE_LIST,
    ROLE_START,
    ROLE_WORDS,
    role_before,
)

#: How far into an article the parties of a signing are looked for (characters).
PARTY_REACH = 3000


#: A party's name: capitalised words, the first may start with a digit or a small letter
#: before a capital ("3M", "bKash"), "&" may join them ("Larsen & Toubro").
_PARTY = (rf"(?:[{UPPER}]|[0-9]+[A-Z]|[a-z]{{1,2}}[A-Z])[\w&'’-]*"
          rf"(?: (?:of |de |di |da |do |& )?(?:[{UPPER}]|[a-z]{{1,2}}[A-Z])[\w&'’-]*){{0,4}}")


_SIGNS = (r"(?:signed|signs|sign|inked|inks|sealed|seals|entered into|enters into|partnered|"
          r"partners|teamed up|teams up|ties up|tied up|joined hands|launched|launches|"
          r"opened|opens|set up|sets up|established|establishes|agreed|agree|agrees|"
          r"have started|has started|invest|invests|invested|commits|committed|"
          r"announced (?:an? |the )?(?:agreement|partnership|alliance|collaboration))\b")


#: A character of a description between commas: no sentence's end, but "PLDT Inc.".
_APPOSITION = r"(?:[^,.;]|(?<=Inc|Ltd)\.|(?<=Corp)\.)"


#: Where a signing names its parties, and which side must touch a named organisation
#: ("a": the party comes right before one, "b": right after one; None: no such need).
PARTY_SLOTS = [
    (re.compile(rf"\bbetween (?:[Tt]he )?(?P<a>{_PARTY}) and (?:[Tt]he )?(?P<b>{_PARTY})"), None),
    # "Netvoni yesterday opened", "Genovia said on Thursday it has signed", between commas,
    # "The mobile provider, Dialink, recently signed", and before a description, "Nile
    # Datacom, one of Egypt's largest operators, signed".
    (re.compile(rf"(?P<a>{_PARTY})(?: \([A-Z]{{2,8}}\))?"
                rf"(?:, (?:one of|the|a|an) {_APPOSITION}{{3,80}},)?,?"
                rf"(?: said(?: on)?(?: \w+day)?(?: that)? it)? (?:(?:has|have|had|will|would|"
                rf"on \w+day|yesterday|today|recently|officially|also|jointly) )*{_SIGNS}"),
     None),
    (re.compile(rf"\b(?:signed|inked|sealed|agreement|partnership|memorandum of understanding|"
                rf"MoU|teamed up|partnered|joined hands|tied up)\b[^.;]{{0,60}}?\bwith (?:[Tt]he )?"
                rf"(?:(?:[\w-]+ ){{0,3}}?[a-z][\w-]* )?(?P<b>{_PARTY})"), None),
    # "Pharmedica, the generic medicines maker, and the University of Nicosia"
    (re.compile(rf"(?P<a>{_PARTY})(?:, (?:the|a|an) {_APPOSITION}{{3,60}},)? (?:and|&|y) "
                rf"(?:[Tt]he |la |el )?(?=[{UPPER}])"), "a"),  # (Spanish "y la")
    (re.compile(rf"(?<=[\w)]) (?:and|&|with|y|con) (?:[Tt]he |la |el )?(?P<b>{_PARTY})"
                rf"(?=[ ,.;])"), "b"),
]


#: A role and a comma before a name: "Awan Digital's country director, Ratna Kusumawati,";
#: a role for a place or a portfolio: "General Manager in Jordan Zhang Liang", "Vice
#: President for Public Affairs Daniel Guo", "general manager for Malaysia, Hafiz Zulkifli",
#: "vice president for technology, Álvaro García", "director of corporate affairs, Lucía
#: Benavides".
_ROLE_THEN_NAME = re.compile(rf"\b{ROLE_WORDS}(?: (?:in|for|of) "
                             rf"(?:[{UPPER}][\w-]*(?: (?:and|&) [{UPPER}][\w-]*)?|"
                             rf"[a-z]+(?: [a-z]+){{0,2}}))?(?:,| (?:in|for)) $")


_NOT_PARTIES = {"It", "They", "We", "He", "She", "Both", "Officials", "Students", "Monday", "Tbk",
                "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
                "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "The",
                "This", "That", "Chinese", "China", "January", "February", "March", "April",
                "May", "June", "July", "August", "September", "October", "November",
                "December"}


def party_name(text: str, start: int, end: int, others: list[Entity]) -> tuple[int, int] | None:
    """The span of a party's name in a slot, without leading noise and a trailing "of
    <place>" ("Lankan Cloudworks of Sri Lanka"); None for a person ("Dr. Ruwan Perera",
    "President Wang", "Zhou", the "Muhi" of "Manuel M. Muhi", an office's words and a name
    after "Director of" or "Minister of Technology and") or a word that names no one."""
    words = text[start:end].split(" ")
    while words and (words[0] in LEADING_NOISE and not ROLE_START.match(words[0]) or
                     words[0] in LEADING_FORMS or  # "PT Indosat Ooredoo Hutchison Tbk"
                     words[0].endswith(PLACE_ADJECTIVES)):  # "Gulf-based X"
        start += len(words.pop(0)) + 1
    owners = [i for i, w in enumerate(words[:-1]) if re.search(r"[’']s$", w)]
    if owners:  # "Vietnam's FPT Software": the name starts after the owner
        start += len(" ".join(words[:owners[-1] + 1])) + 1
        words = words[owners[-1] + 1:]
    if not words or words[0] in HONORIFIC_WORDS or ROLE_START.match(" ".join(words[:2])) or \
            words[0] in TITLE_BREAKS or \
            re.search(r"[’']s?$", words[-1]) or \
            role_before(text, start, 40) or \
            _ROLE_THEN_NAME.search(text, max(0, start - 60), start) or \
            OFFICE_OF_WORDS.search(text, max(0, start - 100), start) or \
            len(words) >= 3 and OFFICE_FOR.search(text, max(0, start - 40), start) or \
            HONORIFICS_BEFORE.search(text, max(0, start - 60), start) or \
            re.search(r"(?:\b(?:bin|binti|bint|ibn|van|von)|@|(?<![\w.])(?:[A-Z]\.){1,3}) $|"
                      r"(?<![\w.])[A-Z][a-z]?\.$",  # a Mongolian "Ch.Bat-Erdene"
                      text[max(0, start - 8):start]) or \
            len(words) == 1 and words[0] in CHINESE_SURNAMES or \
            any(m.start("names") <= start < m.end("names")  # "the rectors A (X) and B (Y)"
                for m in ROLE_LIST.finditer(text, max(0, start - 200), end + 40)):
        return None
    roles = [i for i, word in enumerate(words) if i and ROLE_START.match(word)]
    words = words[:roles[0]] if roles else words  # "Orvane CEO Daniel Okoro": its company
    places = {e.start for e in others if e.type == "place"}
    for i, word in enumerate(words[1:], 1):
        if word == "of" and start + len(" ".join(words[:i + 1])) + 1 in places and \
                not PLACE_BODY.fullmatch(" ".join(words)):  # but "State of Utah"
            words = words[:i]
            break
    name = " ".join(words)
    if _CERTIFICATION_NEXT.match(text, start + len(name)):
        return None  # "... and Professional (HCIP) certifications"
    if ROLE_AFTER_NAME.match(text, start + len(name)) or len(words) == 2 and \
            words[0] in CHINESE_SURNAMES and PINYIN.match(words[1]):
        return None  # "Selina Yuan, President of ...", "Zeng Weisheng"
    if len(name) < 3 and not re.fullmatch(r"[0-9]+[A-Z]+", name) or \
            words[0] in _NOT_PARTIES or name.upper() in NOT_ACRONYMS or \
            len(words) == 1 and words[0] in ORG_HEADS:  # "stc Group": no "Group" alone; "3M"
        return None
    return start, start + len(name)


#: A certification's word after a name: "Professional (HCIP) certifications".
_CERTIFICATION_NEXT = re.compile(r"(?: \([A-Z]{2,8}\))? certifications?\b")


#: An acronym that signs in a title: "NFU signs ...", "... with NFU", "NFU and Huawei".
SIGNING_ACRONYM = re.compile(r"(?:\b(?:with|and|&)\s+|^)([A-Z][A-Z&]{1,6})\b"
                              r"(?=\s+(?:and|&|sign\w*|"
                              r"partner\w*|team\w*|join\w*|launch\w*|open\w*|ink\w*|agree\w*)\b|"
                              r",|\s*$)", re.I)


#: Capitals that are never an organisation's name.
NOT_ACRONYMS = {"CEO", "MOU", "MOA", "CTO", "CIO", "CFO", "VP", "USD", "PM", "AM", "TV", "PHD",
                 "MBA", "HR", "IT", "R&D", "NEW", "THE", "AND"}
