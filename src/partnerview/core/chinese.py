"""Organisations and people in Chinese text, which has no capitals and no spaces to find
them by: rjieba splits it into words tagged with their part of speech ("nr" a person's
name, "ns" a place), and the shapes of Chinese names do the rest. Traditional characters
are read as simplified ones (``simplified``), character for character.

- An organisation ends with a head word (…大学, …学院, …研究院, …实验室, …中心, …有限公司,
  …代表处) and starts after the verb, preposition or punctuation before it:
  "在武汉举行ICT创新人才中心合作签约仪式" names the ICT创新人才中心.
- A person is a name next to a role: "副校长王发洲", "王发洲副校长", "华为副总裁张平".
"""

from __future__ import annotations

import re
from functools import cache

import rjieba

from partnerview.core.entities import Entity, Spans, has_cjk
from partnerview.core.knowledge import KnowledgeBase
from partnerview.paths import resources_dir

#: Last words of an organisation's name, and the kind each makes it.
HEADS = {
    "大学": "university", "学院": "college", "职业学院": "college", "研究院": "research",
    "研究所": "research", "研究中心": "research", "实验室": "lab", "重点实验室": "lab",
    "中心": "lab", "基地": "lab", "公司": "company", "有限公司": "company",
    "股份有限公司": "company", "集团": "company", "代表处": "department", "产品线": "department",
    "厅": "government", "局": "government", "部": "government", "委员会": "government",
    "政府": "government", "管委会": "government", "处": "department", "系": "department",
    "协会": "", "联盟": "",
}
#: Words that end with a head and name nothing: "国际关系", "生态体系".
_NOT_HEADED = ("之处", "关系", "体系", "联系", "派系")
#: Words that say nothing of whose a unit is: "联合实验室", "孵化中心" name no one.
GENERIC = {"联合", "孵化", "产业", "创新", "研究", "科研", "科教", "一流", "实训", "实习", "实践",
           "教学", "培训", "示范", "重要"}
_GENERIC_NAME = re.compile(f"(?:{'|'.join(GENERIC)})*(?:{'|'.join(HEADS)})")
#: A college a company and a university run together is a programme, not a party.
PROGRAMMES = ("产业学院",)
#: Roles written right before or after a name.
ROLES = {
    "校长", "副校长", "党委书记", "党委副书记", "书记", "副书记", "院长", "副院长", "董事长",
    "副董事长", "董事", "常务董事", "执行董事", "总裁", "副总裁", "高级副总裁", "总经理",
    "副总经理", "首席执行官", "首席技术官", "主任委员", "副主任委员", "负责人",
    "主任", "副主任", "教授", "院士", "部长", "副部长", "厅长", "副厅长", "局长", "副局长",
    "市长", "副市长", "省长", "副省长", "主席", "副主席", "总监", "理事长", "秘书长", "处长",
    "副处长", "代表", "总工程师", "首席科学家", "CEO", "CTO", "区长", "副区长", "县长", "副县长",
    "所长", "副所长", "记者", "通讯员",  # a byline: "（记者 周晓峰 通讯员 李明）"
}
#: Words that end a name when reading back from its head: verbs of the event, prepositions.
_BOUNDARIES = {
    "与", "和", "及", "同", "在", "于", "为", "是", "的", "了", "将", "对", "由", "向", "从",
    "举行", "举办", "签署", "签订", "出席", "共建", "成立", "揭牌", "开展", "建设", "打造",
    "参加", "参与", "致辞", "会见", "双方", "并", "等", "携手", "依托", "围绕", "面向",
    "副", "兼", "供", "设有", "设立", "位于", "推动", "学校", "我校", "该校", "本校",
    "纳入", "把", "作为", "加入",
}
#: Surnames that start a name written after a role ("副校长张人禾").
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
    "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾"
    "毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关"
    "兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻"
    "祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿")
#: Punctuation and words that end a name written after a role.
_NAME_END = re.compile(r"[、，。；：！？（）()\s]|出席|表示|会见|致辞|介绍|指出|强调|一行|等|与|说|"
                       r"在|代表|主持|共同|一同|认为|带领|宣布")
#: The roles, longest first, anywhere and where a word ends ("大学校长", "武汉理工大学副校长").
_ROLE = "(?:" + "|".join(sorted(ROLES, key=len, reverse=True)) + ")"
_ROLE_ANYWHERE = re.compile(_ROLE)
_ROLE_ENDS = re.compile(_ROLE + r"\Z")
#: A portfolio in brackets after a role: "副校长（研究及创新）".
_PORTFOLIO = re.compile(r"[（(][^（()）]{1,10}[）)]")
#: A foreign name written in Chinese, its parts joined by a middle dot: "颂猜·披塔亚".
_FOREIGN_NAME = re.compile(r"[\u4e00-\u9fff]{1,6}(?:·[\u4e00-\u9fff]{1,6})+")
_DASHES = {"—", "-", "–", "－"}
_PLACE_BEFORE = {"在", "于", "赴", "到", "从", "位于", "来自", "落户"}
#: Legal forms after a company's name: "科大讯飞股份有限公司" is iFlytek.
_LEGAL_FORMS = {"公司", "有限公司", "股份有限公司", "有限责任公司", "集团", "集团公司"}
#: Tags of words that never belong to a name (numbers, punctuation, pronouns...).
_NOT_NAME_TAGS = {"x", "m", "p", "c", "r", "d", "q", "t", "uj", "ul", "uz", "ud", "ug", "uv"}
#: Tags of the subjects a name may join with 与, 及 or 和: nouns, abbreviations, idioms, and
#: what rjieba takes for a name or a place ("信息科学与技术学院", "海洋与地球学院").
_SUBJECT_TAGS = {"n", "vn", "nz", "j", "l", "eng", "nt", "ns"}
#: A campus in brackets: "哈尔滨工业大学（深圳）".
_CAMPUS = re.compile(r"[（(][\u4e00-\u9fff]{2,4}[）)]")
_CAMPUS_BEFORE = re.compile(_CAMPUS.pattern + r"\Z")
#: How many words an organisation's name may have before its head word.
MAX_NAME_WORDS = 8


Word = tuple[str, str, int, int]  # text, part-of-speech tag, start, end


def simplified(text: str) -> str:
    """``text`` with traditional characters written as simplified ones, character for
    character, so that its offsets hold: "華為" is read as "华为"."""
    return text.translate(_simplified_table()) if has_cjk(text) else text


@cache
def _simplified_table() -> dict[int, str]:
    rows = (resources_dir() / "traditional.tsv").read_text(encoding="utf-8").splitlines()
    return {ord(row[0]): row[2] for row in rows if not row.startswith("#")}


def find(text: str, taken: list[Entity], kb: KnowledgeBase
         ) -> tuple[list[Entity], list[Entity], set[tuple[int, int]]]:
    """(organisations, people, spans of words that name places) in the Chinese runs of
    ``text`` that ``taken`` (the names already found, the knowledge base's too) leaves."""
    if not has_cjk(text):
        return [], [], set()
    words = _words(text)
    # A place or a field is a word of a longer name: "西安交通大学", "电子科技大学".
    free = Spans([e for e in taken if e.type in ("organization", "person")])
    orgs = _organizations(text, words, taken, free, kb)
    people = _people(text, words, taken + orgs, free)
    # Where a word names a place: rjieba says so, or a preposition of place comes before it
    # ("在合肥签署"); 来宾 in "会见来宾" are guests, not the city of Laibin.
    places = {(start, end) for i, (_, tag, start, end) in enumerate(words)
              if tag == "ns" or i and words[i - 1][0] in _PLACE_BEFORE}
    return orgs, people, places


def _words(text: str) -> list[Word]:
    """rjieba's words of ``text`` with their offsets; a head and the role after it written
    as one word ("大学校长") are two, and so are 与 and a name after it ("与鸿海")."""
    words: list[Word] = []
    at = 0
    for word, tag in rjieba.tag(text):
        role = _ROLE_ENDS.search(word, 1)
        if role and word[:role.start()].endswith(tuple(HEADS)):
            parts = [(word[:role.start()], tag), (role.group(), "n")]
        elif word.startswith("与") and len(word) > 1 and tag in ("ns", "nr", "nt"):
            parts = [("与", "p"), (word[1:], tag)]  # "将与鸿海研究院": 与 and a name
        else:
            parts = [(word, tag)]
        for part, part_tag in parts:
            words.append((part, part_tag, at, at + len(part)))
            at += len(part)
    return words


def _organizations(text: str, words: list[Word], taken: list[Entity], free: Spans,
                   kb: KnowledgeBase) -> list[Entity]:
    """Names that end with a head word, read back from the head to the verb, preposition or
    punctuation before them."""
    known_orgs = [e for e in taken if e.type == "organization"]
    in_known_org = Spans(known_orgs)
    people = Spans([e for e in taken if e.type == "person"])
    orgs: list[Entity] = []
    for i, (word, _tag, start, end) in enumerate(words):
        head = next((kind for suffix, kind in HEADS.items() if word.endswith(suffix)), None)
        if head is None or word.endswith(("处", "系")) and (
                len(word) == 2 or word.endswith(_NOT_HEADED)):  # 教务处, 工程系; not 好处
            continue
        if free.free(start, end):
            first = _first_word(words, i, in_known_org, people)
            # a verb before the name: "支持通信与信息工程学院" (not "联想", a known name)
            while first < i and words[first][1] == "v" and words[first][0] not in GENERIC and \
                    in_known_org.free(words[first][2], words[first][3]):
                first += 1
        elif any(o.start == start < o.end < end and free.free(o.end, end) for o in known_orgs):
            first = i  # one word that starts with a known name: "中国移动通信集团"
        else:
            continue
        while first < i and words[first][0] in HEADS:
            first += 1  # a head alone says whose: "依托学院软件与大数据学院" (the college's)
        if _GENERIC_NAME.fullmatch(text, words[first][2], end):
            continue  # "大学", "联合实验室", "一流大学" name nothing
        # A foreign country before the name says where it is: "泰国朱拉隆功大学".
        country = kb.lookup(words[first][0])
        if country and country.kind == "country" and country.name != "China" and first < i:
            first += 1
        begin = words[first][2]
        # From the start of the known name, and of one joined to it by a dash:
        # "浙江大学—阿里云智能计算联合实验室", "电子科技大学—中兴通讯6G联合创新实验室".
        while owner := next((o for o in known_orgs + orgs if o.start < begin < o.end or
                             o.end == begin - 1 and text[begin - 1] in _DASHES), None):
            begin = owner.start
            orgs = [o for o in orgs if o is not owner]
        if text[begin - 1:begin] in _DASHES:  # or of a short name: "哈工大（深圳）—腾讯..."
            begin = _short_name_before(text, words, begin - 1) or begin
        # A campus in brackets after a university: "哈尔滨工业大学（深圳）".
        campus = _CAMPUS.match(text, end) if head == "university" else None
        end = campus.end() if campus else end
        name = text[begin:end]
        entry = kb.lookup(name) or next(
            (kb.get("organization", o.canonical) for o in known_orgs if o.start == begin and
             _same_company(text[o.end:end], kb)), None)
        if entry is not None and entry.type != "organization":
            continue  # a field's name: "数据中心集群" (data centres)
        # A unit two partners run together is not a third partner: "6G联合研究院".
        kind = entry.kind if entry else "programme" if name.endswith(PROGRAMMES) else \
            "lab" if "联合" in name else head or ""
        orgs.append(Entity("organization", name, entry.name if entry else name, begin, end,
                           kind=kind))
        free.add(orgs[-1])
    return orgs


def _same_company(rest: str, kb: KnowledgeBase) -> bool:
    """Whether a known company's name followed by ``rest`` still names the company: its
    legal form ("科大讯飞股份有限公司") or its group ("中国移动通信集团"), not its unit in a
    place ("华为泰国公司")."""
    if rest in _LEGAL_FORMS:
        return True
    if rest.endswith("分公司"):
        return False  # "中国电信北京分公司": a branch
    form = next((f for f in _LEGAL_FORMS if rest.endswith(f)), None)
    place = kb.lookup(rest[:-len(form)]) if form else None
    return form is not None and not (place and place.type == "place")


def _short_name_before(text: str, words: list[Word], at: int) -> int | None:
    """Where a short name (rjieba's organisation, abbreviation or place: "台大") ends at
    ``at``, with its campus in brackets, starts; or None."""
    campus = _CAMPUS_BEFORE.search(text, max(at - 6, 0), at)
    end = campus.start() if campus else at
    word = next((w for w in words if w[3] == end), None)
    return word[2] if word and word[1] in ("nt", "j", "nz", "ns") else None


def _joins_subjects(head: str) -> bool:
    """Whether a name with this head may join two subjects with 与, 及 or 和: a unit's or a
    government's ("信息与通信工程学院", "国家科学及技术委员会"), not a university's or a
    company's, which "与" joins to another party."""
    kind = next(kind for suffix, kind in HEADS.items() if head.endswith(suffix))
    return kind not in ("university", "company")


def _first_word(words: list[Word], i: int, in_known_org: Spans, people: Spans) -> int:
    """Index of the first word of the name whose head is ``words[i]``, read back to the verb,
    preposition or punctuation before it."""
    first = i
    while i - first < MAX_NAME_WORDS and first > 0:
        before, before_tag, b_start, b_end = words[first - 1]
        if before == "”" and (opening := next((j for j in range(first - 2, max(first - 8, -1), -1)
                                               if words[j][0] == "“"), None)) is not None:
            return opening  # a quoted word starts it: "“智能基座”产教融合协同育人基地"
        if before in ("与", "及", "和") and _joins_subjects(words[i][0]) and first >= 2 and \
                words[first - 2][1] in _SUBJECT_TAGS and \
                not words[first - 2][0].endswith(tuple(HEADS)) and \
                in_known_org.free(words[first - 2][2], words[first - 2][3]):
            first -= 2  # two subjects: "计算机科学与技术学院"
            continue
        if before == "+" and first >= 2 and words[first - 2][1] == "eng":
            first -= 2  # "5G+智慧轨道交通联合创新中心"
            continue
        if before in _BOUNDARIES or before_tag in _NOT_NAME_TAGS or before.isspace() or \
                not people.free(b_start, b_end) or _ROLE_ANYWHERE.search(before):
            break
        first -= 1
        if not in_known_org.free(b_start, b_end):  # a known name starts it: "华为湖北代表处"
            break
    return first


def _people(text: str, words: list[Word], orgs: list[Entity], free: Spans) -> list[Entity]:
    """Names after a role ("副校长张人禾、"), or tagged as names next to one ("王发洲副校长")."""
    people: list[Entity] = []
    # (a role found in the text, not in rjieba's words: it writes "首席技术官王喜林" as
    # "首席", "技术", "官王", "喜林")
    for role in _ROLE_ANYWHERE.finditer(text):  # the name runs on from the role
        # after the portfolio in brackets: "副校长（研究及创新）黄嘉欣"
        end = role.end()
        at = portfolio.end() if (portfolio := _PORTFOLIO.match(text, end)) else end
        at += text.startswith(" ", at)  # "记者 周晓峰"
        name = _name_after(text, at)
        if name and free.free(at, at + len(name)):
            people.append(Entity("person", name, name, at, at + len(name),
                                 role=_role_before(text, end, orgs) + text[end:at].rstrip()))
            free.add(people[-1])
    for i, (word, tag, start, end) in enumerate(words):
        if tag == "nr" and 2 <= len(word) <= 4 and has_cjk(word) and free.free(start, end):
            role = _role_before(text, start, orgs) or (
                words[i + 1][0] if i + 1 < len(words) and words[i + 1][0] in ROLES else "")
            if role:
                people.append(Entity("person", word, word, start, end, role=role))
                free.add(people[-1])
    return sorted(people, key=lambda p: p.start)


def _name_after(text: str, at: int) -> str:
    """The name written after a role at ``at``: a Chinese name of two or three characters
    from a known surname, or a foreign one with middle dots ("颂猜·披塔亚"); or ""."""
    if foreign := _FOREIGN_NAME.match(text, at):
        name = foreign.group()
        stop = _NAME_END.search(name, name.rfind("·"))
        return name[:stop.start()] if stop else name
    stop = _NAME_END.search(text, at, at + 5)
    name = text[at:stop.start() if stop else at + 3]
    return name if 2 <= len(name) <= 3 and name[0] in SURNAMES and has_cjk(name) else ""


def _role_before(text: str, at: int, orgs: list[Entity]) -> str:
    """The role that ends at ``at``, with the organisation before it ("武汉理工大学副校长"),
    or ""."""
    role = _ROLE_ENDS.search(text, max(at - 6, 0), at)
    if role is None:
        return ""
    owner = next((o for o in orgs if o.end == role.start()), None)
    return text[owner.start if owner else role.start():at]
