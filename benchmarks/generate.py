"""Generate a realistic synthetic corpus of partnership articles, deterministic from a seed.

    python benchmarks/generate.py --articles 10000 --out benchmarks/corpus/10000

Lengths run from 1 to 15 KB with a long tail; partners, people, places and fields follow
skewed (Zipf-like) frequencies; dates span 15 years; sentences use the shapes the extractor
knows (roles after names, "between A and B", acronyms defined in parentheses) and shapes it
does not.
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
    paragraphs = [lead, " ".join(people)]
    size = sum(len(p) for p in paragraphs)
    while size < target:
        sentence = rng.choice(FILLER).format(f=zipf(rng, FIELDS), g=zipf(rng, FIELDS),
                                            n=rng.randint(50, 5000))
        if rng.random() < 0.3:
            paragraphs.append(sentence)
        else:
            paragraphs[-1] += " " + sentence
        size += len(sentence) + 1
    return title, "\n\n".join(paragraphs)


def generate(count: int, out: Path, seed: int = 2026) -> None:
    """Write ``count`` article files to ``out`` (one sub-folder per thousand)."""
    rng = random.Random(seed)
    unis = universities(rng)
    for i in range(count):
        title, text = article(rng, unis)
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
    args = parser.parse_args()
    generate(args.articles, args.out, args.seed)


if __name__ == "__main__":
    main()
