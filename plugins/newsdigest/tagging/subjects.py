"""Subjects: what an article is about when it is not a name.

The headline's own words say it ("Glyphosate : radiographie d'une
intoxication", "Strong tornadoes possible in severe storm outbreak"): a noun
or a noun phrase of the title that the article keeps writing, in lower case,
in its lede and body ("le glyphosate", "tornadoes") is its subject, filed as a
theme under the spelling the body uses most ("Glyphosate", "Tornadoes",
"Loi sur le renseignement"). Words of every article ("personnes", "year")
are left out by their frequency in the language (``wordfreq``). At most
``MAX_SUBJECTS`` per article. Nothing here imports Pelican.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from .mentions import SUBJECT_FORM, Mention
from .text import ArticleText, fold, words
from .vocabulary import Vocabulary

SUBJECT = "thème"
MAX_SUBJECTS = 2
MAX_WORDS = 4
MIN_LETTERS = 3
MIN_BODY_MENTIONS = 3  # the lede and body write it at least this often
# Inside a noun phrase: "loi sur le renseignement", "child care crisis".
INNER = frozenset(
    "de du des d la le les l sur à au aux en pour contre of the for on in to".split()
)
MIN_KEYNESS = 3.5  # for a phrase among the headline's first words
MIN_KEYNESS_LATER = 4.5  # further on, where objects and details come
MIN_LEDE_FOLLOWS = 5  # a lede's word the body writes at least this often
MIN_KEYNESS_LEDE = 4.0
HEAD_WORDS = 3
CHARS_PER_WORD = 6.0
GAP = re.compile(r"[\s'’-]*")  # between the words of a phrase
PLURAL_MIN = 4
Frequency = Callable[[str, str], float]


@dataclass(frozen=True)
class Candidate:
    """A phrase of the title (or lede), where the rest of the article writes
    it (``spans``) and where its own block does (``heads``)."""

    words: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]
    shown: str
    heads: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Reading:
    """Where subjects are read and how often, and how much more often than
    the language, the text after it must write one."""

    part: str
    mentions: int
    keyness: float  # for a phrase among the block's first words
    keyness_later: float  # further on, where objects and details come
    needs_frequency: bool = False  # too loose without the language's figures


# The headline's subject; or a rarer word the lede introduces and the body
# keeps writing ("l'ibuprofène" nine times after the lede).
READINGS = (
    Reading("title", MIN_BODY_MENTIONS, MIN_KEYNESS, MIN_KEYNESS_LATER),
    Reading("lede", MIN_LEDE_FOLLOWS, MIN_KEYNESS_LEDE, MIN_KEYNESS_LEDE, True),
)


def subject_mentions(
    doc: ArticleText,
    lang: str,
    vocabulary: Vocabulary,
    known: Callable[[str], bool],
    frequency: Frequency | None = None,
) -> list[Mention]:
    """Mentions of the article's subjects (title phrases the rest of the
    article repeats, and rarer lede words the body keeps writing); ``known``
    says whether a word is a name the lexicon knows."""
    found = []
    for reading in READINGS:
        blocks = doc.blocks(reading.part)
        if blocks and (frequency or not reading.needs_frequency):
            found += _candidates(
                doc,
                blocks[0],
                reading,
                lang=lang,
                vocabulary=vocabulary,
                known=known,
                frequency=frequency,
            )
    mentions = []
    for candidate in _best(found):
        name = candidate.shown[:1].upper() + candidate.shown[1:]
        for s, e in candidate.heads + candidate.spans:
            mentions.append(Mention(s, e, name, SUBJECT, SUBJECT_FORM))
    return mentions


def _candidates(
    doc: ArticleText,
    block: tuple[int, int],
    reading: Reading,
    *,
    lang: str,
    vocabulary: Vocabulary,
    known: Callable[[str], bool],
    frequency: Frequency | None,
) -> list[Candidate]:
    """The phrases of one block (the title, the lede) the text after it
    keeps writing in lower case, far more than the language does."""
    start, end = block
    rest = doc.text[end:]
    index, own = _Index(rest), _Index(doc.text[start:end])
    found = []
    for phrase, position in _phrases(doc.text[start:end], vocabulary, known):
        spans = index.find(phrase)
        lowered = [s for s in spans if rest[s[0] : s[1]].islower()]
        if len(spans) < reading.mentions or not lowered:
            continue
        shown = Counter(rest[s:e].lower() for s, e in spans).most_common(1)[0][0]
        if frequency:
            keyness = _keyness(shown, len(spans), len(rest), lang, frequency)
            head = position < HEAD_WORDS
            if keyness < (reading.keyness if head else reading.keyness_later):
                continue
        found.append(
            Candidate(
                phrase,
                tuple((s + end, e + end) for s, e in spans),
                shown,
                tuple((s + start, e + start) for s, e in own.find(phrase)),
            )
        )
    return found


def _phrases(title: str, vocabulary: Vocabulary, known: Callable[[str], bool]):
    """Noun-phrase-like runs of 1 to ``MAX_WORDS`` words of a headline."""
    tokens = [t.group() for t in words(title)]
    keys = [fold(t) for t in tokens]
    for first in range(len(tokens)):
        for size in range(1, MAX_WORDS + 1):
            last = first + size - 1
            if last >= len(tokens):
                break
            if not (
                _content(tokens[first], keys[first], vocabulary, known)
                and _content(tokens[last], keys[last], vocabulary, known)
            ):
                continue
            inner = keys[first + 1 : last]
            if all(
                k in INNER or _content(tokens[i], k, vocabulary, known)
                for i, k in zip(range(first + 1, last), inner, strict=True)
            ):
                yield tuple(keys[first : last + 1]), _position(title, tokens, first)


def _position(title: str, tokens: list[str], first: int) -> int:
    """How many words of the headline come before a phrase: 0 for its head,
    also when a kicker ends with a colon ("Glyphosate : radiographie...")."""
    before = title.find(tokens[first]) if first else 0
    colon = title.rfind(":", 0, max(before, 0))
    if colon >= 0:
        return len(words(title[colon + 1 : before]))
    return first


def _content(
    token: str, key: str, vocabulary: Vocabulary, known: Callable[[str], bool]
) -> bool:
    return (
        len(key) >= MIN_LETTERS
        and key.isalpha()
        and key not in INNER
        and key not in vocabulary.function_words
        and key not in vocabulary.french_function_words
        and key not in vocabulary.determiners
        and key not in vocabulary.title_words
        and not known(token)
    )


class _Index:
    """Where each word of a text is (any case, accents, a plural -s or -x), to
    find phrases in it without one regular expression per phrase."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = words(text)
        self.keys = [_stem(fold(t.group())) for t in self.tokens]
        self.at: dict[str, list[int]] = {}
        for position, key in enumerate(self.keys):
            self.at.setdefault(key, []).append(position)

    def find(self, phrase: tuple[str, ...]) -> list[tuple[int, int]]:
        """The (start, end) of every place the text writes a phrase."""
        stems = [_stem(word) for word in phrase]
        found = []
        for first in self.at.get(stems[0], []):
            last = first + len(stems) - 1
            if last < len(self.keys) and self.keys[first : last + 1] == stems:
                gaps = (
                    self.text[self.tokens[i].end() : self.tokens[i + 1].start()]
                    for i in range(first, last)
                )
                if all(GAP.fullmatch(gap) for gap in gaps):
                    found.append((self.tokens[first].start(), self.tokens[last].end()))
        return found


def _stem(key: str) -> str:
    return key[:-1] if len(key) > PLURAL_MIN and key[-1] in "sx" else key


def _keyness(
    phrase: str, count: int, chars: int, lang: str, frequency: Frequency
) -> float:
    """How much more often the article writes a phrase than the language does:
    log10 of its share of the article's words over its share in general use."""
    words_in_article = max(chars / CHARS_PER_WORD, 1.0)
    general = 10 ** (frequency(phrase, lang) - 9)
    if general <= 0:
        return math.inf
    return math.log10(count / words_in_article / general)


def _best(found: list[Candidate]) -> list[Candidate]:
    """The most repeated phrases, a longer one over the words inside it."""
    ranked = sorted(found, key=lambda c: (-len(c.spans) * len(c.words) ** 0.5, c.words))
    chosen: list[Candidate] = []
    for candidate in ranked:
        if any(_overlap(candidate, other) for other in chosen):
            continue
        chosen.append(candidate)
        if len(chosen) == MAX_SUBJECTS:
            break
    return chosen


def _overlap(one: Candidate, other: Candidate) -> bool:
    return bool(set(one.words) & set(other.words))


def word_frequency(phrase: str, lang: str) -> float:
    """How common a phrase is in a language, on the zipf scale (``wordfreq``:
    7 for "the", 3 for a rare word, 0 for one it has never seen)."""
    from wordfreq import zipf_frequency

    return zipf_frequency(phrase, lang)
