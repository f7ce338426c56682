"""Organisations and people in Chinese text, which has no capitals and no spaces to find
them by: rjieba splits it into words tagged with their part of speech ("nr" a person's
name, "ns" a place), and the shapes of Chinese names do the rest.

- An organisation ends with a head word (…大学, …学院, …研究院, …实验室, …中心, …有限公司,
  …代表处) and starts after the verb, preposition or punctuation before it:
  "在武汉举行ICT创新人才中心合作签约仪式" names the ICT创新人才中心.
- A person is a name next to a role: "副校长王发洲", "王发洲副校长", "华为副总裁张平".
"""

from __future__ import annotations

import re

import rjieba

from partnerview.core.entities import Entity, Spans, has_cjk
from partnerview.core.knowledge import KnowledgeBase

#: Last words of an organisation's name, and the kind each makes it.
HEADS = {
    "大学": "university", "学院": "college", "职业学院": "college", "研究院": "research",
    "研究所": "research", "研究中心": "research", "实验室": "lab", "重点实验室": "lab",
    "中心": "lab", "基地": "lab", "公司": "company", "有限公司": "company",
    "股份有限公司": "company", "集团": "company", "代表处": "department",
    "厅": "government", "局": "government", "部": "government", "委员会": "government",
    "协会": "", "联盟": "",
}
#: A college a company and a university run together is a programme, not a party.
PROGRAMMES = ("产业学院",)
#: Roles written right before or after a name.
ROLES = {
    "校长", "副校长", "党委书记", "党委副书记", "书记", "副书记", "院长", "副院长", "董事长",
    "副董事长", "总裁", "副总裁", "高级副总裁", "总经理", "副总经理", "首席执行官", "首席技术官",
    "主任", "副主任", "教授", "院士", "部长", "副部长", "厅长", "副厅长", "局长", "副局长",
    "市长", "副市长", "省长", "副省长", "主席", "副主席", "总监", "理事长", "秘书长", "处长",
    "副处长", "代表", "总工程师", "首席科学家", "CEO", "CTO",
}
#: Words that end a name when reading back from its head: verbs of the event, prepositions.
_BOUNDARIES = {
    "与", "和", "及", "同", "在", "于", "为", "是", "的", "了", "将", "对", "由", "向", "从",
    "举行", "举办", "签署", "签订", "出席", "共建", "成立", "揭牌", "开展", "建设", "打造",
    "参加", "参与", "致辞", "会见", "双方", "并", "等", "携手", "依托", "围绕", "面向",
}
#: Surnames that start a name written after a role ("副校长张人禾").
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
    "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾"
    "毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关"
    "兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻"
    "祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿")
#: Punctuation and words that end a name written after a role.
_NAME_END = re.compile(r"[、，。；：！？（）()\s]|出席|表示|会见|致辞|介绍|指出|强调|一行|等")
_DASHES = {"—", "-", "–", "－"}
_PLACE_BEFORE = {"在", "于", "赴", "到", "从", "位于", "来自", "落户"}
#: Legal forms after a company's name: "科大讯飞股份有限公司" is iFlytek.
_LEGAL_FORMS = {"公司", "有限公司", "股份有限公司", "有限责任公司", "集团", "集团公司"}
#: Tags of words that never belong to a name (numbers, punctuation, pronouns...).
_NOT_NAME_TAGS = {"x", "m", "p", "c", "r", "d", "q", "t", "uj", "ul", "uz", "ud", "ug", "uv"}
#: How many words an organisation's name may have before its head word.
MAX_NAME_WORDS = 8


Word = tuple[str, str, int, int]  # text, part-of-speech tag, start, end


def find(text: str, taken: list[Entity], kb: KnowledgeBase
         ) -> tuple[list[Entity], list[Entity], set[tuple[int, int]]]:
    """(organisations, people, spans of words that name places) in the Chinese runs of
    ``text`` that ``taken`` (the names already found, the knowledge base's too) leaves."""
    if not has_cjk(text):
        return [], [], set()
    words: list[Word] = []
    at = 0
    for word, tag in rjieba.tag(text):
        words.append((word, tag, at, at + len(word)))
        at += len(word)
    free = Spans(taken)
    orgs = _organizations(text, words, taken, free, kb)
    people = _people(text, words, taken + orgs, free)
    # Where a word names a place: rjieba says so, or a preposition of place comes before it
    # ("在合肥签署"); 来宾 in "会见来宾" are guests, not the city of Laibin.
    places = {(start, end) for i, (_, tag, start, end) in enumerate(words)
              if tag == "ns" or i and words[i - 1][0] in _PLACE_BEFORE}
    return orgs, people, places


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
        if head is None or not free.free(start, end):
            continue
        first = i
        while i - first < MAX_NAME_WORDS and first > 0:
            before, before_tag, b_start, b_end = words[first - 1]
            if before in _BOUNDARIES or before_tag in _NOT_NAME_TAGS or before.isspace() or \
                    not people.free(b_start, b_end):
                break
            first -= 1
            if not in_known_org.free(b_start, b_end):  # a known name starts it: "华为湖北代表处"
                break
        if first == i and word in HEADS:
            continue  # a head word alone ("大学") names nothing
        begin = words[first][2]
        # From the start of the known name, and of one joined to it by a dash:
        # "浙江大学—阿里云智能计算联合实验室".
        while owner := next((o for o in known_orgs if o.start < begin < o.end or
                             o.end == begin - 1 and text[begin - 1] in _DASHES), None):
            begin = owner.start
        name = text[begin:end]
        entry = kb.lookup(name) or next(
            (kb.get("organization", o.canonical) for o in known_orgs if o.start == begin and
             text[o.end:end] in _LEGAL_FORMS), None)
        # A unit two partners run together is not a third partner: "6G联合研究院".
        kind = entry.kind if entry else "programme" if name.endswith(PROGRAMMES) else \
            "lab" if "联合" in name else head or ""
        orgs.append(Entity("organization", name, entry.name if entry else name, begin, end,
                           kind=kind))
        free.add(orgs[-1])
    return orgs


def _people(text: str, words: list[Word], orgs: list[Entity], free: Spans) -> list[Entity]:
    """Names after a role ("副校长张人禾、"), or tagged as names next to one ("王发洲副校长")."""
    people: list[Entity] = []
    for i, (word, tag, start, end) in enumerate(words):
        if word in ROLES:  # the name runs to the punctuation or verb after it
            stop = _NAME_END.search(text, end, end + 5)
            name = text[end:stop.start() if stop else end + 3]
            if 2 <= len(name) <= 3 and name[0] in SURNAMES and has_cjk(name) and \
                    free.free(end, end + len(name)):
                people.append(Entity("person", name, name, end, end + len(name),
                                     role=_role_next_to(words, i + 1, text, orgs)))
                free.add(people[-1])
        elif tag == "nr" and 2 <= len(word) <= 4 and has_cjk(word) and free.free(start, end):
            role = _role_next_to(words, i, text, orgs)
            if role:
                people.append(Entity("person", word, word, start, end, role=role))
                free.add(people[-1])
    return people


def _role_next_to(words: list[Word], i: int, text: str,
                  orgs: list[Entity]) -> str:
    """The role written right before or after a name, with the organisation before it
    ("武汉理工大学副校长"), or ""."""
    if i > 0 and words[i - 1][0] in ROLES:
        role_start = words[i - 1][2]
        owner = next((o for o in orgs if o.end == role_start), None)
        return text[owner.start if owner else role_start:words[i - 1][3]]
    if i + 1 < len(words) and words[i + 1][0] in ROLES:
        return words[i + 1][0]
    return ""
