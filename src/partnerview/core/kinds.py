"""The kind of an article: an agreement signing, a launch, a visit, a seminar or other."""

from __future__ import annotations

import re

KINDS = {
    "agreement": "Agreement signing",
    "launch": "Lab or centre launch",
    "visit": "Visit or talks",
    "seminar": "Seminar or conference",
    "other": "Other",
}


def classify(title: str, text: str) -> str:
    """The kind of article: agreement, launch, visit, seminar or other."""
    rules = [
        ("agreement", r"\b(?:sign(?:ed|s|ing)?|agreement|memorandum|MoU|MOU|contract)\b|"
                      r"签署|签订|签约|协议|备忘录"),
        ("launch", r"\b(?:launch(?:ed|es)?|unveil(?:ed|s)?|inaugurat\w+|open(?:ed|s)|"
                   r"establish(?:ed|es)?|set up)\b.{0,80}\b(?:lab|laboratory|cent(?:er|re)|"
                   r"base|academy|institute|college)\b|揭牌|成立|启动|落成|开班"),
        ("visit", r"\b(?:visit(?:ed|s)?|talks|discuss(?:es|ed)?|met with|meeting|delegation)\b|"
                  r"来访|访问|调研|会见|座谈|交流"),
        ("seminar", r"\b(?:seminar|conference|forum|summit|symposium|workshop)\b|"
                    r"研讨会|论坛|峰会|大会|会议"),
    ]
    for part in (title, text[:700]):
        # The cue that comes first decides: "held a seminar ... At the meeting" is a seminar.
        firsts = [(match.start(), kind) for kind, pattern in rules
                  if (match := re.search(pattern, part, re.I))]
        if firsts:
            return min(firsts)[1]
    return "other"
