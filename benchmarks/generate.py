"""Generate a realistic synthetic corpus of partnership articles, deterministic from a seed.

    python benchmarks/generate.py --articles 10000 --out benchmarks/corpus/10000

Lengths run from 1 to 15 KB with a long tail; partners, people, places and fields follow
skewed (Zipf-like) frequencies; dates span 15 years; sentences use the shapes the extractor
knows (roles after names, "between A and B", acronyms defined in parentheses) and shapes it
does not. ``--chinese 0.3`` writes three articles in ten in Chinese, for a mixed library.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

COMPANIES = ["Huawei", "ZTE", "Alibaba Cloud", "Tencent", "Baidu", "Microsoft", "IBM",
             "Lenovo", "Xiaomi", "iFlytek", "SenseTime", "Inspur", "China Mobile",
             "China Telecom", "Ericsson", "Nokia", "Cisco", "Oracle", "Safaricom", "MTN"]
COMPANIES += [f"{a}{b} Technologies" for a in ("Nova", "Kite", "Blue", "Sino", "Terra", "Quanta")
              for b in ("tek", "net", "soft", "data", "link")]
CITIES = ["Wuhan", "Chongqing", "Shanghai", "Beijing", "Shenzhen", "Guangzhou", "Shenyang",
          "Yantai", "Chengdu", "Hangzhou", "Nanjing", "Xi'an", "Changsha", "Nairobi", "Lagos",
          "Cairo", "Riyadh", "Dubai", "Kuala Lumpur", "Jakarta", "Bangkok", "Hanoi", "Manila",
          "Lima", "Bogotá", "Santiago", "São Paulo", "Mexico City", "Johannesburg", "Dalian",
          "Harbin", "Kunming", "Lanzhou", "Hefei", "Jinan", "Fuzhou", "Nanning", "Urumqi"]
UNIVERSITY_SHAPES = ["{c} University", "{c} University of Technology", "University of {c}",
                     "{c} Institute of Technology", "{c} Vocational College", "{c} Polytechnic",
                     "{c} Normal University", "{c} University of Science and Technology"]
FIELDS = ["artificial intelligence", "AI", "cloud computing", "big data", "IoT",
          "Internet of Things", "5G", "Kunpeng", "Ascend", "HarmonyOS", "GaussDB",
          "cybersecurity", "chip design", "smart campus", "data science",
          "open-source software", "trustworthy computing", "large models", "databases",
          "high-performance computing", "robotics", "edge computing", "blockchain",
          "quantum computing", "computer vision", "software engineering"]
SURNAMES = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu",
            "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Gao", "Lin", "Luo", "Zheng", "Liang"]
GIVEN = ["Wei", "Fang", "Jie", "Min", "Jing", "Lei", "Yan", "Hao", "Xiaoming", "Jianguo",
         "Haiyan", "Zhiqiang", "Lihua", "Yufei", "Chunyan", "Shengwu", "Kangju", "Fazhou"]
WESTERN = ["Amina Odhiambo", "John Smith", "Maria Santos", "Ahmed Hassan", "Siti Rahman",
           "Carlos Mendoza", "Grace Mwangi", "Nguyen Van An", "Fatima Al Zahra", "Peter Brown"]
ROLES = ["president of {o}", "vice president of {o}", "head of the School of Computer Science of "
         "{o}", "director of the International Office of {o}", "general manager of {o}",
         "dean of the College of Engineering of {o}", "chief scientist of {o}"]
FILLER = [
    "The two sides will carry out joint curriculum development and teaching in {f} and {g}.",
    "Students will take part in internships, competitions and certification in {f}.",
    "The agreement covers teacher training, a joint laboratory and research on {f}.",
    "Both parties agreed to deepen the integration of industry and education in {g}.",
    "Over the past year the cooperation has produced courses, textbooks and patents.",
    "The new centre will provide computing resources for research in {f} and {g}.",
    "More than {n} students are expected to benefit from the programme every year.",
    "Experts discussed the future of {f} in higher education and industry.",
    "The ceremony was attended by teachers, students and representatives of both sides.",
    "It is expected that the cooperation will help cultivate high-level talents in {g}.",
]
CITIES_ZH = ["武汉", "重庆", "上海", "北京", "深圳", "广州", "沈阳", "烟台", "成都", "杭州",
             "南京", "西安", "长沙", "大连", "哈尔滨", "昆明", "兰州", "合肥", "济南", "福州"]
UNIVERSITY_SHAPES_ZH = ["{c}大学", "{c}理工大学", "{c}职业技术学院", "{c}师范大学",
                        "{c}科技大学", "{c}工程学院"]
COMPANIES_ZH = ["华为", "中兴通讯", "阿里云", "腾讯", "百度", "联想", "科大讯飞", "浪潮",
                "中国移动", "新锐数据科技有限公司", "远航网络技术有限公司"]
FIELDS_ZH = ["人工智能", "云计算", "大数据", "物联网", "5G", "鲲鹏", "昇腾", "鸿蒙",
             "高斯数据库", "网络安全", "芯片设计", "智慧校园", "数据科学", "大模型", "边缘计算",
             "区块链", "机器人"]
SURNAMES_ZH = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁"
GIVEN_ZH = ["伟", "芳", "杰", "敏", "静", "磊", "艳", "浩", "晓明", "建国", "海燕", "志强", "丽华",
            "宇飞", "春燕", "胜武", "发洲"]
ROLES_ZH = ["校长", "副校长", "党委书记", "院长", "总经理", "副总裁", "首席科学家"]
FILLER_ZH = [
    "双方将在{f}和{g}领域开展课程共建、师资培训和联合研究。",
    "学生将参加{f}方向的实习、竞赛和认证。",
    "根据协议，双方将共建联合实验室，开展{f}研究。",
    "双方一致同意深化{g}领域的产教融合。",
    "过去一年，合作已形成多门课程、教材和专利成果。",
    "新中心将为{f}和{g}研究提供算力支持。",
    "预计每年将有{n}名学生受益于该项目。",
    "与会专家围绕{f}在高等教育和产业中的发展进行了交流。",
    "签约仪式由学校师生代表和企业代表共同见证。",
    "此次合作将助力培养{g}领域的高层次人才。",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def zipf(rng: random.Random, items: list[str], skew: float = 1.1) -> str:
    """An item with Zipf-like popularity: the first items are the most frequent."""
    weights = [1 / (rank + 1) ** skew for rank in range(len(items))]
    return rng.choices(items, weights=weights, k=1)[0]


def universities(rng: random.Random, count: int = 600) -> list[str]:
    """Distinct university names, in a fixed popularity order."""
    names = []
    for city in CITIES:
        for shape in UNIVERSITY_SHAPES:
            names.append(shape.format(c=city))
    rng.shuffle(names)
    return names[:count]


def person(rng: random.Random) -> str:
    """A person's name, mostly Chinese, some from elsewhere."""
    if rng.random() < 0.2:
        return zipf(rng, WESTERN)
    return f"{zipf(rng, SURNAMES)} {zipf(rng, GIVEN)}"


def article(rng: random.Random, unis: list[str]) -> tuple[str, str]:
    """(title, text) of one article."""
    company = zipf(rng, COMPANIES, 1.3)
    uni = zipf(rng, unis, 0.9)
    acronym = "".join(w[0] for w in uni.replace("of ", "").split() if w[0].isupper())
    field, other = zipf(rng, FIELDS), zipf(rng, FIELDS)
    year = rng.randint(2011, 2025)
    month = rng.randrange(12)
    day = rng.randint(1, 28)
    kind = rng.choice(["signed a cooperation agreement", "launched a joint lab",
                       "held a seminar", "held talks", "signed a strategic partnership"])
    title = rng.choice([f"{company} and {uni} {kind.split(' ', 1)[0]} {kind.split(' ', 1)[1]}",
                        f"{uni} and {company} deepen cooperation in {field}",
                        f"{company} visits {uni}"])
    date = (f"On {MONTHS[month]} {day}, {year}," if rng.random() < 0.8
            else f"On {MONTHS[month]} {day},")
    lead = (f"{date} {uni} ({acronym}) and {company} {kind} on {field} in "
            f"{zipf(rng, CITIES)}. The cooperation between {uni} and {company} covers {field} "
            f"and {other}.")
    people = [f"{person(rng)}, {rng.choice(ROLES).format(o=rng.choice([acronym, company]))}, "
              f"said that {field} is changing how talents are trained." for _ in range(3)]
    target = int(min(15000, max(1000, rng.lognormvariate(8.1, 0.6))))
    return title, filled(rng, [lead, " ".join(people)], target, FILLER, FIELDS, " ")


def filled(rng: random.Random, paragraphs: list[str], target: int, filler: list[str],
           fields: list[str], space: str) -> str:
    """The paragraphs with filler sentences added until the text is ``target`` long."""
    size = sum(len(p) for p in paragraphs)
    while size < target:
        sentence = rng.choice(filler).format(f=zipf(rng, fields), g=zipf(rng, fields),
                                            n=rng.randint(50, 5000))
        if rng.random() < 0.3:
            paragraphs.append(sentence)
        else:
            paragraphs[-1] += space + sentence
        size += len(sentence) + len(space)
    return "\n\n".join(paragraphs)


def chinese_article(rng: random.Random) -> tuple[str, str]:
    """(title, text) of one article in Chinese."""
    company = zipf(rng, COMPANIES_ZH, 1.3)
    uni = rng.choice(UNIVERSITY_SHAPES_ZH).format(c=zipf(rng, CITIES_ZH))
    field, other = zipf(rng, FIELDS_ZH), zipf(rng, FIELDS_ZH)
    year, month, day = rng.randint(2011, 2025), rng.randint(1, 12), rng.randint(1, 28)
    kind = rng.choice(["签署合作协议", "共建联合实验室", "举办研讨会", "开展座谈交流",
                       "签署战略合作协议"])
    title = rng.choice([f"{uni}与{company}{kind}", f"{uni}与{company}深化{field}领域合作",
                        f"{company}一行来访{uni}"])
    date = f"{year}年{month}月{day}日" if rng.random() < 0.8 else f"{month}月{day}日"
    lead = (f"{date}，{uni}与{company}在{zipf(rng, CITIES_ZH)}{kind}，双方将在{field}和{other}"
            f"等领域开展合作。")
    people = [f"{rng.choice([uni, company])}{rng.choice(ROLES_ZH)}{zipf(rng, list(SURNAMES_ZH))}"
              f"{zipf(rng, GIVEN_ZH)}出席并致辞，表示{field}正在改变人才培养方式。"
              for _ in range(3)]
    target = int(min(5000, max(330, rng.lognormvariate(7.0, 0.6))))  # characters: 3 bytes each
    return title, filled(rng, [lead, "".join(people)], target, FILLER_ZH, FIELDS_ZH, "")


def generate(count: int, out: Path, seed: int = 2026, chinese: float = 0.0) -> None:
    """Write ``count`` article files to ``out`` (one sub-folder per thousand), a share
    ``chinese`` of them in Chinese."""
    rng = random.Random(seed)
    unis = universities(rng)
    for i in range(count):
        title, text = chinese_article(rng) if rng.random() < chinese else article(rng, unis)
        folder = out / f"{i // 1000:03}"
        if i % 1000 == 0:
            folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{i:06}.txt").write_text(f"{title}\n\n{text}\n", encoding="utf-8")


def main() -> None:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--chinese", type=float, default=0.0, metavar="SHARE",
                        help="share of the articles written in Chinese (0 to 1)")
    args = parser.parse_args()
    generate(args.articles, args.out, args.seed, args.chinese)


if __name__ == "__main__":
    main()
