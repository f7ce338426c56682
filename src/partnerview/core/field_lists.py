"""Fields an article lists beyond the taxonomy: "train students in ethical hacking, cloud
security and data analytics" names three, whether the knowledge base knows them or not."""

from __future__ import annotations

import re

from partnerview.core.entities import Entity, Spans

#: Where an article lists what a partnership works on: "train students in ethical hacking,
#: cloud security and data analytics", "in the fields of space information and ...".
_FIELD_LIST = re.compile(
    r"\b(?:in the (?:fields?|areas?|domains?) of|(?:research|courses?|training|education|"
    r"programmes?|programs?|projects?|cooperation|collaboration|expertise|skills|talents?|"
    r"work(?:s|ing)?|experts?|applications?) (?:in|on)|train(?:s|ed|ing)? (?:[^.;:]{0,50}? )??in|"
    r"focus(?:es|ed|ing)? on|such as) (?P<list>[^.;:()]{3,160})")


_LIST_END = re.compile(r"\s(?:(?:run|led|funded|hosted|organi[sz]ed|supported|backed) )?"
                       r"(?:to|for|with|at|by|from|over|under|while|which|that|who|will|are|is|were|was|"
                       r"would|as well as|as part|among|across|every|each|in|into|on|of|alongside|"
                       r"along with|together with|besides|through|via|so that)\s")


_FIELD_WORD = re.compile(r"(?:[a-z][a-z-]+|[A-Z0-9][A-Za-z0-9+-]*)$")


_NOT_FIELD_START = {"the", "a", "an", "its", "their", "our", "his", "her", "this", "these",
                    "them", "it", "us",
                    "those", "all", "more", "other", "new", "various", "several", "many",
                    "some", "both", "each", "every", "such", "local", "young", "future", "by",
                    "in", "on", "of", "at", "with", "for", "to", "from", "innovative",
                    "in-depth", "real", "core", "key", "relevant", "related", "latest",
                    "cutting-edge", "frontier", "emerging", "practical", "joint",
                    "universities", "schools", "colleges", "companies", "enterprises",
                    "campuses", "in-demand", "high-demand", "essential", "one", "two", "three",
                    "student", "students", "staff", "curriculum",  # "student placements"
                    "four", "five", "six", "seven", "eight", "nine", "ten"}


#: Last words of a listed item that name no field: "talents cultivation", "core technologies".
_NOT_FIELD_END = {"talents", "cultivation", "training", "discussions", "data", "one",
                  "technologies", "technology", "research", "students", "people", "projects",
                  "programmes", "programs", "courses", "activities", "exchanges", "cooperation",
                  "development", "areas", "fields", "industry", "industries", "sectors",
                  "solutions", "services", "products", "year", "years", "based",
                  "construction", "talent", "system", "systems", "platform", "platforms",
                  "applications", "efficiency", "tools"}


#: Words of a clause, not of a field's name: "on campus lets our researchers", "open the
#: centre to students".
_CLAUSE_WORDS = {"our", "their", "its", "his", "her", "my", "your", "we", "they", "you", "the",
                 "a", "an"}


#: First words of a clause, not of a field: "..., and train 1,000 students".
_CLAUSE_START = {"train", "provide", "providing", "build", "building", "develop", "promote",
                 "join", "joining", "use", "using", "make", "run", "serve", "test",
                 "carry", "set", "offer", "support", "help", "create", "establish", "also",
                 "jointly", "further", "will", "to", "prepare", "is", "are", "has", "have",
                 "was", "were", "said", "says", "added", "adds", "noted", "told", "take",
                 "gain", "get", "learn", "receive", "attend", "conduct", "explore", "share",
                 "training", "developing", "preparing", "educating", "nurturing"}


def listed_fields(text: str, named: Spans) -> list[Entity]:
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
        listed = re.sub(r",? (?:and|or)$", "", listed)  # "in X and to train ...": cut at "to"
        offset = match.start("list")
        # "and" and "or" separate items like commas (replaced keeping every offset).
        listed = re.sub(r" (?:and|or) ", lambda joint: "," + " " * (len(joint.group()) - 1),
                        listed)
        for item in re.finditer(r"[^,]+", listed):
            words = item.group().split()
            # (nor "Somali-language speech": the language's and no field's name)
            if not 2 <= len(words) <= 4 or words[0].lower() in _NOT_FIELD_START or \
                    words[0].endswith("-language") or \
                    words[-1] in _NOT_FIELD_END or words[0] in _CLAUSE_START or \
                    _CLAUSE_WORDS.intersection(words) or \
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
