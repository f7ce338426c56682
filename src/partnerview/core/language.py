"""The language an article is written in, by langdetect on its first lines.

Only the languages of the regions these partnerships are reported from are told apart:
each one langdetect knows costs memory in every import worker and time on every article.
"""

from __future__ import annotations

import re
import threading
from pathlib import Path

from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import LangDetectException

#: How much of an article is read to tell its language (characters).
SAMPLE = 300
#: The languages told apart, by langdetect's profile name, and the name shown for each.
NAMES = {
    "en": "English", "zh-cn": "Chinese", "zh-tw": "Chinese", "ja": "Japanese",
    "ko": "Korean", "vi": "Vietnamese", "th": "Thai", "id": "Indonesian", "hi": "Hindi",
    "ur": "Urdu", "fa": "Persian", "ar": "Arabic", "tr": "Turkish", "ru": "Russian",
    "sw": "Swahili", "fr": "French", "es": "Spanish", "pt": "Portuguese", "de": "German",
    "it": "Italian", "nl": "Dutch", "pl": "Polish",
}
_factory: DetectorFactory | None = None
_loading = threading.Lock()


#: Words so frequent in English, and so rare together in the other languages told apart,
#: that a sample where they are over a seventh of the words is English (langdetect takes
#: ~5 ms an article, about half of what extraction takes). A press release's lead is dense
#: in names: the verbs and "on", "at" count too.
_ENGLISH = re.compile(r"\b(?:the|and|of|to|with|for|has|was|will|by|from|that|on|at|is|are|"
                      r"said|its|this|which|between)\b", re.I)
_WORD = re.compile(r"\w+")
#: A letter of a script other than Latin (typographic quotes and dashes are no such sign).
_OTHER_SCRIPT = re.compile(r"[^\x00-\u024f\u1e00-\u1eff\u2000-\u206f]")


def language_of(title: str, text: str) -> str:
    """The language's English name ("Chinese"), or "" when the text has no words."""
    sample = f"{title}\n{text}"[:SAMPLE]
    if not _OTHER_SCRIPT.search(sample) and \
            len(_ENGLISH.findall(sample)) > len(_WORD.findall(sample)) / 7:
        return "English"
    detector = _detectors().create()
    detector.append(sample)
    try:
        return NAMES.get(detector.detect(), "")
    except LangDetectException:
        return ""


def _detectors() -> DetectorFactory:
    global _factory
    with _loading:
        if _factory is None:
            factory = DetectorFactory()
            factory.load_json_profile([(Path(PROFILES_DIRECTORY) / name).read_text("utf-8")
                                       for name in NAMES])
            factory.set_seed(0)  # langdetect samples at random: the same answer every time
            _factory = factory
    return _factory
