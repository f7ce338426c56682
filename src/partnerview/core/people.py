"""People in an article: by the titles and roles around their names, in many countries'
forms of address; later short mentions ("President Wang") resolved to the full name."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from partnerview.core.entities import LOWER, UPPER, Entity, Person

#: Words a run of capitals may start with that belong to no name ("The", "According", a role).
LEADING_NOISE = {
    "The", "A", "An", "In", "At", "On", "By", "From", "With", "And", "Both", "Per", "Prior",
    "After", "Before", "According", "As", "During", "Through", "For", "Under", "This", "That",
    "Its", "Their", "Our", "His", "Her", "Next", "Moreover", "Meanwhile", "Currently", "About",
    "President", "Vice", "Director", "Head", "Dean", "Chairman", "Professor", "Deputy",
    "General", "Manager", "Senior", "Chief", "Secretary", "Executive", "CEO", "Minister",
    "SOURCE",  # a wire release's last line: "SOURCE Maricopa County Community College District"
}
#: "According to" in Spanish, Portuguese and French: "Segundo Lucas Ferraz, ..."
_ACCORDING_TO = {"Según", "Segundo", "Selon"}


ROLE_WORDS = (
    r"(?:senior |executive |first |deputy |pro-|vice[- ]|assistant |associate |general |chief |"
    r"honorary |former |acting |founding |managing |rotating |co-|country |regional |global |"
    r"group )*"
    r"(?:president|chairman|chairwoman|chairperson|chair|director|director-general|head|dean|"
    r"undersecretary|under-secretary|"
    r"professor|manager|secretary|minister|governor|mayor|ambassador|consul|principal|"
    r"rector|provost|chancellor|vice-chancellor|ceo|cto|cio|coo|cfo|founder|"
    r"academician|scientist|researcher|lecturer|engineer|officer|chief|leader|representative|"
    r"general manager|party secretary|spokesperson|partner|counsellor|counselor|fellow|"
    r"councillor|councilor|senator|"
    r"coordinator|commissioner|superintendent|executive|chief executive|managing director|"
    r"(?-i:MD|VC|DVC|PVC|SEVP|EVP|SVP)|"
    r"vice chancellor|general|lieutenant general|colonel|dr\.?|mr\.?|ms\.?|mrs\.?|prof\.?|"
    r"librarian|registrar|bursar|(?:board|council|committee) member|"
    # Spanish and Portuguese: "la directora territorial", "el rector", "o reitor"
    r"directora|rectora|presidente|presidenta|decano|decana|vicerrector|vicerrectora|"
    r"gerente|reitor|reitora|diretor|diretora|professora|"
    # French: "le recteur de l'Université X", "la directrice générale adjointe"
    r"directeur|directrice|recteur|rectrice|président|présidente|doyen|doyenne|ministre|"
    r"professeur|professeure|"
    # Indonesian and Malay: "Rektor ITS", "Naib Canselor UiTM", "Pengurus Besar Microsoft"
    r"rektor|direktur|dekan|canselor|naib canselor|pengurus besar|pengarah)"
)


# The look-ahead lets the engine skip spaces and digits before trying every role word.
ROLE_WORDS = f"(?=[A-Za-z])(?i:{ROLE_WORDS})"


ROLE_START = re.compile(rf"^{ROLE_WORDS}\b")


CHINESE_SURNAMES = set("""
Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng
Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye
Cheng Wei Su Lu Ding Ren Shen Yao Jin Fu Fan Fang Shi Tan Liao Zou Xiong Qian Hao Kong Qiu
Mao Wan Gu Lai Wen Tong Niu Dai Xia Jia Ruan Zhong Shao Meng Qin Bai Cui Kang Mo Yin Yan Lei
Long Duan Hou Lv Xue Bi Chang Chai Che Dou Gong Hong Ji Ke Lan Lang Lei Lou Mei Miao Nie Ning
Ou Pang Qi Qu Sheng Shu Si Tao Wen Weng Xing Xin Yi Ying You Zhan Zhen Zhuang Zuo Geng Sang
""".split())


PINYIN = re.compile(
    r"^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|uan|ian|"
    r"iao|uai|ai|ei|ao|ou|an|en|er|in|un|ia|ie|iu|ua|uo|ui|ue|ve|a|e|i|o|u|v)){1,3}$", re.I)


#: A word of a name: "Santos", "Abu-Ghazaleh", "Ng'ambi", "O'Brien", "McLeod".
_NAME_WORD = (rf"(?:[{UPPER}][{LOWER}]+(?:-[A-Za-z][{LOWER}]+|['’](?!s\b)[{LOWER}]+)?|"
              rf"[{UPPER}]'[{UPPER}][{LOWER}]+|Ma?c[{UPPER}][{LOWER}]+)")


_PARTICLE = (r"(?:[A-Z]\. |"
             r"(?:van der|van den|van de|von der|van|von|ter|de|da|del|dos|al|el|bin|binti|"
             r"bint|ibn|ben|Al|El|Abdul|de la) )")


#: A surname in capitals before the given name, as Japanese universities write it: "WADA
#: Takashi" (not "CEO Thomas", a role before a name).
_CAPITAL_SURNAME_FIRST = (rf"(?=[A-Z]{{3}})(?!{ROLE_WORDS}\b)"
                          rf"[A-Z]{{3,}} {_NAME_WORD}(?![\w-]| [A-Z])")


#: A Mongolian name: the father's initial joined to the given name ("D.Enkhbayar",
#: "Ch.Bat-Erdene"); not "Dr.Smith" nor "St.Petersburg".
_MONGOLIAN_NAME = (rf"(?=[A-Z][a-z]?\.[A-Z])(?<![\w.])(?!(?:Dr|Mr|Ms|St|Co|Jr|Sr|Pr|Fr)\.)"
                   rf"[A-Z][a-z]?\.{_NAME_WORD}")  # (the look-ahead fails fast elsewhere)


#: An initial of two letters, as Russian and Kazakh names are written in Latin letters:
#: "Zh. Sarsenbayev".
_DIGRAPH = "(?:Zh|Sh|Ch|Kh|Ts|Yu|Ya)"


#: "Maria Santos", "Ana Lucía Torres", names that start with initials, "K. Jayakumar", and
#: a surname in capitals first.
_WESTERN_NAME = (rf"(?=[{UPPER}])(?:{_NAME_WORD}(?: {_PARTICLE}?{_NAME_WORD}){{1,4}}|"
                 rf"{_CAPITAL_SURNAME_FIRST}|"
                 # "K. Jayakumar", "Zh. Sarsenbayev", "P.J. Narayanan", "M.A.K.L. Perera",
                 # "Ma. Cristina Reyes" (María, as Filipino names write it)
                 rf"(?:(?:(?:[A-Z]|{_DIGRAPH}|Ma)\. ){{1,2}}|(?:[A-Z]\.){{2,5}} )"
                 rf"{_NAME_WORD}(?: {_PARTICLE}?{_NAME_WORD}){{0,2}})")


NOT_NAMES = {
    "University", "College", "Institute", "School", "Department", "Office", "Center", "Centre",
    "Lab", "Laboratory", "Academy", "Group", "Company", "Technologies", "Technology", "Cloud",
    "Innovation", "Industry", "Education", "Science", "Talent", "Digital", "Intelligent",
    "Engineering", "Research", "National", "International", "Global", "Smart", "Huawei",
    "Ministry", "Affairs", "Public", "Government", "Enterprise", "Summit", "Conference",
    "Forum", "Program", "Programme", "Plan", "Network", "Computing", "Data", "Development",
    "Platform", "Base", "Ecology", "Business", "Service", "Services", "Communication",
    "Communications", "Telecommunications", "Information", "Management", "Resources",
    "Relations", "Operations", "Cooperation", "Transport", "Telecommunication",
    "Economy", "Finance", "Trade", "Health", "Energy", "Agriculture", "Planning", "Tourism",
    "Labour", "Defence", "Defense",  # portfolios before a minister's name
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "The", "This", "That", "Chinese", "China",
    "Kong",  # "Hong Kong" (in "Guangdong-Hong Kong-Macao") is no one's name
}



def find_people(text: str, taken: list[Entity]) -> list[Entity]:
    """People by the titles and roles around their names; later short mentions resolved."""
    found: list[Entity] = []
    known: dict[str, str] = {}  # full name -> role
    by_part: dict[str, list[Entity]] = {}  # first or last name -> mentions, in order found
    used = bytearray(len(text))  # 1 where a name or an organisation already is
    for entity in taken:
        used[entity.start:entity.end] = b"\x01" * (entity.end - entity.start)

    def add(start: int, end: int, name: str, role: str) -> None:
        if used.find(1, start, end) != -1 or name.rsplit(" ", 1)[-1] in _PLACE_WORDS:
            return  # nor is "Sheikh Zayed City" anyone
        if name.endswith((" Jr", " Sr")) and text.startswith(".", end):
            end, name = end + 1, name + "."  # "Emmanuel Ajayi Jr."
        # "Prof. Abu Elhaija" after "Wejdan Abu Elhaija": the same person, by a surname
        # of two words; "Abdul Rahman" after "Abdul Rahman Mohamed", by the given names.
        name = next((full for full in known
                     if full.endswith(" " + name) or full.startswith(name + " ")), name)
        used[start:end] = b"\x01" * (end - start)
        role = _clean_role(role)
        if role and not known.get(name):
            known[name] = role
        else:
            known.setdefault(name, role)
        found.append(Entity("person", text[start:end], name, start, end, role=role))
        for part in {name.split()[0], name.split()[-1]}:
            by_part.setdefault(part, []).append(found[-1])

    # A Vietnamese or Korean name right after an organisation's: "Vice Chairman of the Da
    # Nang People's Committee Ho Ky Minh attended".
    for entity in taken:
        if (after := _EAST_ASIAN_AFTER.match(text, entity.end)) and \
                after[1].split()[0] in EAST_ASIAN_SURNAMES:
            add(after.start(1), after.end(1), after[1], _role_around(text, after, 1))
    # Chinese names: surname + pinyin given name ("Wang Fazhou", "Zhang Chi"), or two
    # syllables written apart before a comma or "said", as in Malaysia ("Tan Wee Keong,").
    # (tried again from the second word when the first is a place: "in Jordan Zhang Liang",
    # "Ambassador to Angola Zhang Bin")
    position = 0
    while match := _CHINESE_NAME.search(text, position):
        surname, given, third = match.groups()
        position = match.start(2) if text.endswith(("in ", "for ", "of ", "to "), 0,
                                                    match.start()) else match.end()
        if surname in CHINESE_SURNAMES and given not in NOT_NAMES and \
                all(PINYIN.match(part) for part in re.split("['’-]", given)) and \
                not _NAME_GOES_BACK.search(text, max(0, match.start() - 40), match.start()) \
                and not _longer_name_before(text, match.start()):
            end = match.end() if third and third not in NOT_NAMES and \
                not ROLE_START.match(third) else match.end(2)
            add(match.start(), end, text[match.start():end], _role_around(text, match))
            position = end
    # Any other name right after an organisation an office is of: "CEO of Huawei Egypt Jim
    # Liu" (after the Chinese names: "general manager of Huawei Shanghai Hao Guoqiang").
    for entity in taken:
        if (after := _NAME_AFTER_ORG.match(text, entity.end)) and \
                (office := OFFICE_OF.search(text, max(0, entity.start - 60), entity.start)) \
                and not any(w in NOT_NAMES or ROLE_START.match(w) for w in after[1].split()):
            add(after.start(1), after.end(1), after[1], text[office.start():entity.end])
    for listed in ROLE_LIST.finditer(text):
        for name in re.finditer(_WESTERN_NAME, listed["names"]):
            at = listed.start("names") + name.start()
            add(at, at + len(name.group()), name.group(), listed["role"])
    # Other names with a role before or after them, or a speech verb.
    for pattern in _PERSON_PATTERNS:
        for match in pattern.finditer(text):
            name = match.group("name")
            words = name.split()
            start = match.start("name")
            while len(words) > 2 and (words[0] in _ACCORDING_TO or pattern is _NAME_ONLY and (
                    ROLE_START.match(words[0]) or words[0] in HONORIFIC_WORDS or
                    words[0].split("-")[-1] in LEADING_NOISE)):  # "Pro-Vice Chancellor ..."
                start += len(words.pop(0)) + 1  # "Professor Maria Santos"
                name = " ".join(words)
            # After an office named by a list, "Minister of Education and Training Hoang
            # Minh Son", "Minister of Science and ICT Yoo Sang-im": its last word may
            # have joined the run.
            if _after_office(text, start, words, add):
                continue
            # A role inside the run: the name comes after it ("Dialink Chairman Nimal
            # Wijesinghe", "Managing Director Grace Wambui said").
            roles = [i for i, w in enumerate(words[:-2]) if len(w) > 3 and ROLE_START.match(w)]
            if roles:
                start += len(" ".join(words[:roles[-1] + 1])) + 1
                words = words[roles[-1] + 1:]
                name = " ".join(words)
            if pattern is _NAME_ONLY and sum(w[0].isupper() for w in words) > 4:
                continue  # "Antonio José de Almeida Meirelles" is four names and a particle
            if any(w in NOT_NAMES or w in HONORIFIC_WORDS and not (i and w in FATHERS_TITLES)
                   for i, w in enumerate(words)) or \
                    ROLE_START.match(name) or ROLE_START.match(words[-1]):
                continue  # "Chief Human Resources Officer", "Senior Professor X": a title
            if pattern is _NAME_ONLY:  # a role must come right before: "Professor Maria Santos"
                role_match = role_before(text, start, 60) or "." in name and \
                    OFFICE_OF_WORDS.search(text, max(0, start - 100), start)
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
        title_match = role_before(text, start, 40)
        title = title_match.group("role") if title_match else ""
        full = _resolve_short(by_part.get(surname, []), title, start, known)
        if full:
            add(title_match.start("role") if title_match else start, end, full,
                known.get(full, ""))
    return sorted(found, key=lambda e: e.start)


#: An office named by a list before a name: "Minister of Science and ICT ", "Minister of
#: State for Electronics and Information Technology ".
_OFFICE_BEFORE = re.compile(rf"\b(?P<role>{ROLE_WORDS}(?: of State)? (?:of|for) "
                            rf"(?:[{UPPER}][\w-]*,? )*?"
                            rf"[{UPPER}][\w-]* (?:and|&) [{UPPER}][\w-]*"
                            rf"(?: [{UPPER}][\w-]*){{0,2}}) $")


#: An office of capitalised words before a Mongolian name: "Minister of Digital Development
#: and Communications Ts.Baatarkhuu".
OFFICE_OF_WORDS = re.compile(rf"\b(?P<role>{ROLE_WORDS}(?: of State)? (?:of|for) "
                              rf"(?:(?:[{UPPER}][\w-]*|and|&),? ){{1,6}})$")


#: An office for a portfolio, which ends where a name starts: "Vice President for ".
OFFICE_FOR = re.compile(rf"\b(?P<role>{ROLE_WORDS}) (?:for|of) $")


#: How such an office ends, looked for first: "and ICT ".
_OFFICE_END = re.compile(rf"(?:and|&) [{UPPER}][\w-]*(?: [{UPPER}][\w-]*){{0,2}} $")


#: A Vietnamese or Korean name of two to four short words ("Ho Ky Minh"); its surname is one
#: of ``EAST_ASIAN_SURNAMES``.
EAST_ASIAN_NAME = rf"[{UPPER}][{LOWER}]{{1,6}}(?: [{UPPER}][{LOWER}]{{1,5}}){{1,3}}"
#: Such a name after an organisation's name, before a verb or a stop.
_EAST_ASIAN_AFTER = re.compile(rf" ({EAST_ASIAN_NAME})"
                               rf"(?=[,;.]| (?:said|attended|signed|noted|added|was|is)\b)")


#: Surnames that begin Vietnamese and Korean names written after an office.
EAST_ASIAN_SURNAMES = {"Nguyen", "Tran", "Le", "Pham", "Hoang", "Huynh", "Phan", "Vu", "Vo",
                       "Dang", "Bui", "Do", "Ho", "Ngo", "Duong", "Ly", "Kim", "Lee", "Park",
                       "Choi", "Jung", "Jeong", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han",
                       "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong"}


def _after_office(text: str, start: int, words: list[str],
                  add: Callable[[int, int, str, str], None]) -> bool:
    """Add the name of a run of capitals that follows an office named by a list (its first
    word may be the office's last); whether it did."""
    for cut in range(4):
        rest = words[cut:]
        # The office's last words may have joined the run: "... Digital Technologies Mondli
        # Gungubele" (an office's word), "... ICT Yoo Sang-im" (a surname that starts it).
        if len(rest) < 2 or any(w in NOT_NAMES for w in rest) or cut and not (
                rest[0] in EAST_ASIAN_SURNAMES | CHINESE_SURNAMES or
                words[cut - 1] in NOT_NAMES):
            continue  # the cheap tests first: the office's pattern is slow to look for
        at = start + sum(len(w) + 1 for w in words[:cut])
        portfolio = cut and OFFICE_FOR.search(text, max(0, start - 60), start)
        if portfolio:  # "Vice President for Public Affairs Daniel Guo"
            name = " ".join(rest)
            add(at, at + len(name), name, text[portfolio.start("role"):at - 1])
            return True
        if not _OFFICE_END.search(text, max(0, at - 60), at):
            continue  # the office's list ends right here with its "and"
        office = _OFFICE_BEFORE.search(text, max(0, at - 100), at)
        if office:
            name = " ".join(rest)
            add(at, at + len(name), name, office.group("role"))
            return True
    return False


_CHINESE_NAME = re.compile(r"\b([A-Z][a-z]{0,5}) ([A-Z][a-z]{1,11}(?:['’-][a-z]+)?)"
                           r"(?: ([A-Z][a-z]{1,5})(?=,| said\b))?\b")


#: A capitalised word: a later short mention of someone ("President Wang", "Zhang said").
_CAPITALISED = re.compile(rf"\b[{UPPER}][{LOWER}]+\b")


#: A run of capitalised words: titles and a name ("Group Chief Executive Officer Amar
#: Huzaimi Md Deris"), the titles taken off after.
_NAME_ONLY = re.compile(rf"\b(?P<name>{_NAME_WORD}(?: {_PARTICLE}?{_NAME_WORD}){{1,7}}"
                        rf"(?!\.[{UPPER}])|"  # not "Communications Ts" of "Ts.Baatarkhuu"
                        rf"{_CAPITAL_SURNAME_FIRST}|{_MONGOLIAN_NAME})\b")


#: A role written just before a name ("Vice President ", "ECNU president ").
_ROLE_BEFORE = re.compile(rf"\b(?P<role>{ROLE_WORDS}) $")


#: The rest of an office named by a list with commas: "(Minister of Digital Development),
#: Innovation and Aerospace Industry", "(secretary of science), technology and innovation".
_CAPITALS = rf"[{UPPER}][\w-]*(?: [{UPPER}][\w-]*)*"
_OFFICE_LIST = rf"(?:(?:, {_CAPITALS}|, [a-z]+)+,? and (?:the )?(?:{_CAPITALS}|[a-z]+))"


#: A role and what follows it up to a comma: "the secretary of economy of Baja California".
_ROLE_THEN = re.compile(rf"\b(?P<role>{ROLE_WORDS}\b(?:[^,;.()]|\([A-Z][A-Za-z]{{1,7}}\)){{0,80}}"
                        rf"{_OFFICE_LIST}?)$")  # "... Agency (NITDA), Kashifu ...", "(Indotel)"


#: A name after a comma, to be taken when a role comes before it (see ``_ROLE_THEN``).
_NAME_AFTER_ROLE = re.compile(rf", (?P<name>{_WESTERN_NAME})"
                              rf"(?=[,;]| said| was| attended| signed| noted|\.)")


#: Forms of address before a name, of many countries: "H.E. Amb.", "Eng.", "Tan Sri",
#: "Dato' Seri Dr.", "Assoc. Prof. Ir. Dr", "Rev.", "Sheikh".
_HONORIFIC = (r"(?:(?:H\.E\.|Hon\.|Honou?rable|Amb\.|Eng\.|Engr\.|Ir\.?|Ts\.?|Dr\.?|Prof\.?|Pr\.?|"
              r"Architect|Barrister|Prince|Princess|Justice|"  # "Architect Nasrul Hamid"
              r"Assoc\.|Associate|Mr\.?|"
              r"Mrs\.?|Ms\.?|Madam|Rev\.|Sheikh|Sir|Dame|Tan Sri|Puan Sri|Datuk Seri|"
              r"Dato['’]? Seri(?: Setia)?|"
              r"(?:His|Her) Excellency|"
              r"Fr\.|Father|Dra\.|Mtro\.|Mtra\.|Lic\.|Ing\.|Arq\.|Sra\.|"
              r"Ato|W/ro|W/rt|Woizero|"  # Ethiopian: Mr, Mrs, Miss
              r"Shri|Smt\.?|Shrimati|Sushri|"  # Indian: Mr, Mrs, Ms
              r"Br\.|Brother|Sister|"  # of a religious order: "Br. Mateo Cruz FSC"
              r"Datuk|Dato['’]?|Datin|Tun|Haji|Hajj?ah|H\.|Hj\.?|Pg|Pengiran|Awang|Dayang|Pehin|"
              r"(?:Lt|Maj|Brig)\.? Gen\.?|Gen\.|"
              # ranks: "Acting Sub Lt.", "Air Vice Marshal (R)", "Group Captain"
              r"(?:Acting )?(?:Sub )?(?:Lt|Capt|Col|Cdr)\.|Air Commodore|Group Captain|"
              r"Wing Commander|Air (?:Vice )?Marshal|(?:Vice |Rear )?Admiral|"
              r"\((?:R|Retd\.?|retd\.?)\)|"
              r"\((?:Dr|Mrs|Ms|Mr|Engr|Eng)\.?\)) )+")  # "Prof. (Mrs.) Adwoa Mensah"


#: A title and name words before what reads as a Chinese name, whose end it is: "Dr. Nguyen
#: Thi Lan Huong".
_NAME_GOES_BACK = re.compile(rf"{_HONORIFIC}(?:{_NAME_WORD} ){{1,2}}$")


#: One or two name words after a comma or a bracket (a look-behind from a name).
_NAME_WORDS_BEFORE = re.compile(rf"(?:, |\(|^)(?P<words>(?:{_NAME_WORD} ){{1,2}})$", re.M)


def _longer_name_before(text: str, start: int) -> bool:
    """Whether a Chinese name at ``start`` ends a longer one: "its general manager, Jason
    Lim Wei Sheng" (but not "..., Vice President Liang Haoran")."""
    before = _NAME_WORDS_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and not any(
        word in NOT_NAMES or word in HONORIFIC_WORDS or ROLE_START.match(word)
        for word in before["words"].split())


HONORIFICS_BEFORE = re.compile(rf"(?<![\w.]){_HONORIFIC}$")


#: An office of the organisation that follows it, and a name after that organisation:
#: "CEO of Huawei Egypt Jim Liu".
OFFICE_OF = re.compile(rf"\b{ROLE_WORDS} (?:of|at) (?:the )?$")
_NAME_AFTER_ORG = re.compile(rf" (?:{_HONORIFIC}|Professor )?({_WESTERN_NAME})"
                             rf"(?=[,;.]| (?:in|at|and|said)\b)")


HONORIFIC_WORDS = {"Datuk", "Dato", "Datin", "Dr", "Prof", "Pr", "Mr", "Mrs", "Ms", "Sri", "Seri",
                    "Ts", "Ir", "Tun", "Haji", "Eng", "Engr", "Rev", "Sheikh", "Amb", "Assoc",
                    "Architect", "Barrister", "Prince", "Princess", "Justice", "Father",
                    "Madam", "Dra", "Mtro", "Mtra", "Lic", "Ing", "Arq", "Sra", "Fr", "Lt",
                    "Gen", "Maj", "Brig", "Hon", "Ato", "Woizero", "Br", "Brother", "Sister",
                    "Sir", "Dame", "Hajah", "Hajjah", "Hj", "Pg", "Pengiran", "Awang",
                    "Dayang", "Pehin", "Setia", "Shri", "Smt", "Shrimati", "Sushri", "Capt",
                    "Col", "Cdr", "Commodore", "Marshal", "Admiral"}


#: Forms of address that a father's name carries inside a Malay name: "Azman bin Haji
#: Osman", "Faisal Pg Hj Ismail".
FATHERS_TITLES = {"Haji", "Hj", "Pg", "Pengiran", "Awang"}


#: ", the company's research director": whose the role is, before it.
_OWNER = (r"(?:(?:the|its|their) (?:(?:company|university|group|firm|bank|school)['’]s )?|"
          r"[A-Z][\w&-]*(?: [A-Z][\w&-]*)?['’]s )?")  # "Intel's country manager"


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


#: People listed after a role in the plural, each with the acronym of whom they speak for:
#: "the rectors Ana Ruiz (UANL), Luis Mora (UdeG) and Eva Gil (BUAP)".
_LISTED_NAME = rf"{_WESTERN_NAME}(?: \([A-Za-z]{{2,10}}\))?"
_LISTED_ROLES = ("rector", "president", "vice-chancellor", "dean", "minister", "director",
                 "chief executive", "CEO", "governor", "mayor")
#: (the look-ahead for a role's first letter fails fast at the other words)
ROLE_LIST = re.compile(
    rf"\b(?=[{''.join(sorted({r[0].lower() + r[0].upper() for r in _LISTED_ROLES}))}])"
    rf"(?P<role>(?i:{'|'.join(_LISTED_ROLES)}))s "
    rf"(?P<names>{_LISTED_NAME}(?:, {_LISTED_NAME})*,? and {_LISTED_NAME})")


#: A byline that names no one: "Staff Writer", "Our Correspondent" (a look-ahead).
STAFF_BYLINE = r"(?!(?:Staff|Our|Special|Senior) )"


_PERSON_PATTERNS: list[re.Pattern[str] | _NameBefore] = [
    # initials without stops after a title too: "Prof. B S Murty"; a surname in capitals
    # after the given name: "Prof. Dr. Kemal ÖZTÜRK"; a name all in capitals: "Dr ALI SAAD"
    re.compile(rf"(?<![\w.]){_HONORIFIC}(?P<name>{_WESTERN_NAME}|(?:[A-Z] ){{1,2}}{_NAME_WORD}|"
               rf"{_NAME_WORD} [{UPPER}]{{3,}}(?![\w-])|"
               rf"[{UPPER}]{{3,}}(?: [{UPPER}]{{3,}}){{1,3}}(?![\w-]))\b"),
    # one name, as many Indonesians have, before degrees: "Prof. Dr. Suharnomo, S.E., M.Si."
    re.compile(rf"(?<![\w.]){_HONORIFIC}(?P<name>{_NAME_WORD})"
               rf"(?=, (?:[A-Z][a-z]{{0,3}}\.){{2,4}})"),
    # a byline or a contact: "By ...", "By ... | China Daily", "Edited by: ...", "Media
    # contact: Ana Ruiz, ana@..."
    re.compile(rf"(?m)^(?:By|(?:Written|Reported|Edited|Translated|Photos?) by|PICS?|"
               rf"(?:Media |Press )?[Cc]ontact):? {STAFF_BYLINE}(?P<name>{_WESTERN_NAME})"
               rf"(?:(?:,| \|| and )[^\n]*)?$"),
    re.compile(rf"(?m)^By {_WESTERN_NAME} and (?P<name>{_WESTERN_NAME})$"),  # and a second
    # a photo's credit: "(Photo: Marc Gagnon)", "(Credit: Ana Ruiz/Lakeside University)"
    re.compile(rf"\((?P<role>Photo|Photos|Image|Credit|Photo credit): (?P<name>{_WESTERN_NAME})"
               rf"(?=[)/,]| /)"),
    # a degree may come between: "Ivana Kostić, dipl. ing., Head of ..."
    _NameBefore(rf"(?:, (?:Ph\.?D\.?|MBA|M\.?Sc\.?|[Dd]ipl\.[ -]?[Ii]ng\.))?"
                rf", {_OWNER}(?P<role>(?:[a-z]+ )?{ROLE_WORDS}\b[^,;.]*)"),
    # "Nguyen Quoc Bao – Rector, ..." (apart from the comma's: one pattern for both is slower)
    _NameBefore(rf" [–—] (?P<role>{ROLE_WORDS}\b[^,;.]*)"),
    # "Lana Khalaf, Microsoft Qatar general manager"; "Ali Tas, Turkcell's CTO"
    _NameBefore(rf", (?P<role>(?:[A-Z][\w'’-]* ){{1,4}}{ROLE_WORDS}\b[^,;.]*)"),
    _NAME_AFTER_ROLE,  # "the secretary of economy of Baja California, Ana Lucía Torres,"
    # a Korean release's "SK Telecom (CEO Ryu Young-sang)"
    re.compile(rf"(?<=\()(?P<role>{ROLE_WORDS}) (?P<name>{_WESTERN_NAME})(?=\))"),
    # a Japanese release's "(NTT; ...; President and CEO: Akira Shimada)", "(President: ...)"
    re.compile(rf"(?:(?<=; )|(?<=\())(?P<role>{ROLE_WORDS}(?: and {ROLE_WORDS})?): "
               rf"(?P<name>{_WESTERN_NAME})(?=[);])"),
    _NAME_ONLY,
    re.compile(rf"\b(?:said|says|according to|noted|added|explained) (?P<name>{_WESTERN_NAME})\b"),
    _NameBefore(r" (?:said|says|noted|added|explained|stated)\b"),
    _NameBefore(r", who (?:leads|heads|runs|directs|chairs|oversees|manages|co-founded|"
                r"founded)\b"),  # "Drew Hallam, who leads the company's ..."
]


def role_before(text: str, start: int, reach: int) -> re.Match[str] | None:
    """The role written just before ``start`` ("Vice President "), within ``reach``."""
    before = text[max(0, start - reach):start]
    # Cheap test first: the words just before must start a role ("board member").
    words = before.split()
    if not before.endswith(" ") or not words or not (
            ROLE_START.match(words[-1]) or ROLE_START.match(" ".join(words[-2:]))):
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
    after = ROLE_AFTER_NAME.match(text, end, end + 200)
    if after:
        return after.group("role")
    if honorifics := HONORIFICS_BEFORE.search(text, max(0, start - 60), start):
        start = honorifics.start()  # "Vice-Chancellor Prof Datuk Ts Dr Mohd ...": the role
    before = _ROLE_BEFORE_NAME.search(text, max(0, start - 120), start)
    if before:
        return before.group("role")
    return ""


ROLE_AFTER_NAME = re.compile(rf",\s*(?:the\s+)?{_OWNER}(?P<role>(?:[a-z]+ |[A-Z][A-Za-z&]* )?"
                             rf"{ROLE_WORDS}\b"
                             rf"[^,;.]*)")


_ROLE_BEFORE_NAME = re.compile(rf"(?P<role>(?:[A-Z][A-Za-z]+ )?{ROLE_WORDS}"
                               rf"(?: (?:of|at) [^,;.]{{1,80}})?)[,]? $")


def _clean_role(role: str) -> str:
    role = re.split(r"\s+(?:were|was|attended|participated|said|mentioned|pointed|delivered|"
                    r"visited|made|gave|presided|and (?=[A-Z][a-z]+ [A-Z][a-z]+,)|who|has|had|"
                    r"stressed|highlighted|reviewed|noted)\b", role)[0]
    return " ".join(role.split()).strip(" ,.;:")


#: Last words of a place's name, never of a person's.
_PLACE_WORDS = {"City", "Town", "Province", "District", "County", "Region", "Island", "Valley",
                "Area", "Zone", "State", "Governorate", "Prefecture", "Municipality"}


def unique_people(people: list[Entity]) -> list[Person]:
    roles: dict[str, str] = {}
    for entity in people:
        if entity.role and (not roles.get(entity.canonical) or
                            len(entity.role) > len(roles[entity.canonical])):
            roles[entity.canonical] = entity.role
        roles.setdefault(entity.canonical, "")
    return [Person(name, role) for name, role in roles.items()]
