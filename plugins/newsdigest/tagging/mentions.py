"""A mention: where an article names an entity, and how (a name, an adjective of
nationality, a title, a pattern). Model spans are cleaned here into mentions:
snapped to whole words, without articles, honorifics, "cosmodrome de" or
"l'Est de". Nothing here imports Pelican.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import fold, starts_sentence, words
from .vocabulary import Vocabulary

NAME, DEMONYM, TITLE, NESTED, PATTERN = "name", "demonym", "title", "nested", "pattern"
SUBJECT_FORM = "subject"  # a phrase of the headline the article keeps writing
LABEL_KINDS = {"PER": "personne", "LOC": "lieu", "ORG": "organisation"}
# Where a model span holds two names: a dash, a colon, a comma, or a small
# word glued to the next name by a missing space ("Chirac àJean Quimby").
SPLIT = re.compile(r"\s+[-–—:|]\s+|:\s+|,\s+|\s+[a-zà-ÿ]{1,2}(?=[A-ZÀ-Ý])")
# A capitalised word, then "et"/"ou" and only words in lower case.
JOINED_WORDS = re.compile(
    r"(?:^|\s)[A-ZÀ-Ý][\w'’-]*(\s+(?:et|ou)(?:\s+[a-zà-ÿ][\w'’-]*)+)$"
)
EVENT_KIND = "thème"
CONNECTORS = frozenset({"de", "d", "du", "des", "la", "l", "of", "the"})
MAX_SUBJECT_WORDS = 4
# Words a French span may run into at its end: days and small words.
TRAILING = frozenset(
    "lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd demain "
    "et ou de du des la le les l d à au aux en".split()
)


@dataclass(frozen=True)
class Mention:
    """One place where an article names an entity."""

    start: int
    end: int
    name: str
    kind: str | None
    form: str = NAME
    known: bool = False
    initial: bool = False
    titled: bool = False  # a title beside it said its kind (a person, mostly)
    alone: str | None = None  # the model's kind for the name said alone
    forced: bool = False  # a taxonomy pattern matched here: the tag always applies


def snap(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a span to whole words ("Kim Jong-" -> "Kim Jong-un").

    >>> text = "Kim Jong-un arrive"; text[slice(*snap(text, 0, 9))]
    'Kim Jong-un'
    """
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and (
        text[end].isalnum() or (text[end - 1] in "-‑" and text[end].isalnum())
    ):
        end += 1
    while (
        end < len(text)
        and text[end] in "-‑"
        and end + 1 < len(text)
        and (text[end + 1].isalnum())
    ):
        end += 1
        while end < len(text) and text[end].isalnum():
            end += 1
    return start, end


def with_plus(text: str, end: int) -> int:
    """The end of a name with the "+" that ends it ("Canal+", "Disney+").

    >>> text = "sur Canal+, puis"; text[4:with_plus(text, 9)]
    'Canal+'
    """
    if text[end : end + 1] == "+" and not text[end + 1 : end + 2].isalnum():
        return end + 1
    return end


def trim(
    text: str, start: int, end: int, vocabulary: Vocabulary, person: bool = False
) -> tuple[int, int]:
    """Drop leading articles, honorifics, place heads and directions, a
    platform before a page's name (and, for a person, titles and ranks) from
    a span. A peer's honorific stays when one
    word would be left ("Lord Alli").

    >>> from .vocabulary import vocabulary
    >>> text = "au cosmodrome russe de Vostotchny, dans l'Est de la Russie"
    >>> text[slice(*trim(text, 3, 33, vocabulary()))]
    'Vostotchny'
    >>> text[slice(*trim(text, 45, len(text), vocabulary()))]
    'Russie'
    """
    tokens = [m for m in words(text[start:end])]
    skip = 0
    while skip < len(tokens):
        word = tokens[skip].group()
        key = fold(word)
        left = len(tokens) - skip - 1
        if key in vocabulary.peerages and left == 1:
            break
        if (
            (
                key in vocabulary.determiners
                and not _capitalised_inside(text, start + tokens[skip].start())
            )
            or _honorific(text, start, tokens[skip], vocabulary)
            or (left and _platform(text, start + tokens[skip].start(), key, vocabulary))
        ):
            skip += 1
            continue
        title = _title_size(tokens, skip, vocabulary)
        rest = [t.group() for t in tokens[skip + title :]]
        named = len(rest) >= 2 and all(w[:1].isupper() for w in rest)
        if title and rest and rest[0][:1].isupper() and (person or named):
            skip += title  # "Premier ministre Andrej Babiš"
            continue
        if key in vocabulary.place_heads or key in vocabulary.directions:
            rest = [fold(t.group()) for t in tokens[skip + 1 :]]
            link = next((i for i, w in enumerate(rest) if w in CONNECTORS), None)
            if link is not None and link <= 1:
                skip += 1 + link + 1
                while skip < len(tokens) and fold(tokens[skip].group()) in CONNECTORS:
                    skip += 1
                continue
        break
    if skip >= len(tokens):
        return start, start
    return start + tokens[skip].start(), start + tokens[-1].end()


def _platform(text: str, start: int, key: str, vocabulary: Vocabulary) -> bool:
    """A platform's name after the word for a place on it: "la page Facebook
    Quimby" is Quimby's page.

    >>> from .vocabulary import vocabulary
    >>> text = "sur la page Facebook Quimby"
    >>> _platform(text, 12, "facebook", vocabulary())
    True
    """
    before = text[max(0, start - 12) : start].split()
    return (
        key in vocabulary.weak_entities
        and bool(before)
        and fold(before[-1]) in vocabulary.platform_places
    )


def _capitalised_inside(text: str, start: int) -> bool:
    """A word written with a capital inside a sentence: "Le" of "Le Mans",
    "The" of "The Hague", part of the name.

    >>> _capitalised_inside("à Le Mans", 2), _capitalised_inside("La Chine", 0)
    (True, False)
    """
    return text[start : start + 1].isupper() and not starts_sentence(text, start)


def _title_size(tokens: list[re.Match[str]], index: int, vocabulary: Vocabulary) -> int:
    """How many words of a title or rank start at ``index`` (0 when none)."""
    for size in (3, 2, 1):
        phrase = " ".join(t.group() for t in tokens[index : index + size])
        if index + size <= len(tokens) and (
            fold(phrase) in vocabulary.titles
            or (size == 1 and fold(phrase) in vocabulary.title_modifiers)
        ):
            return size
    return 0


def _honorific(
    text: str, offset: int, token: re.Match[str], vocabulary: Vocabulary
) -> bool:
    word = token.group()
    dotted = (
        word + "."
        if text[offset + token.end() : offset + token.end() + 1] == "."
        else word
    )
    return dotted in vocabulary.honorifics or word in vocabulary.honorifics


def from_span(
    text: str, start: int, end: int, label: str, vocabulary: Vocabulary
) -> list[Mention]:
    """A model span as clean mentions (one per part when it runs over a dash, a
    colon or a glued word), none when nothing name-like is left.

    >>> from .vocabulary import vocabulary
    >>> text = "Londres - Manchester United et la tempête Ciaran"
    >>> [(m.name, m.kind) for m in from_span(text, 0, 27, "LOC", vocabulary())]
    [('Londres', 'lieu'), ('Manchester United', 'lieu')]
    >>> [(m.name, m.kind) for m in from_span(text, 34, 48, "MISC", vocabulary())]
    [('Tempête Ciaran', 'thème')]
    >>> text = "Jo Quimby àLéa Zorblanc"
    >>> [m.name for m in from_span(text, 0, len(text), "PER", vocabulary())]
    ['Jo Quimby', 'Léa Zorblanc']
    """
    start, end = snap(text, start, end)
    found = []
    for part in SPLIT.split(text[start:end]):
        offset = text.index(part, start)
        mention = _mention(text, offset, offset + len(part), label, vocabulary)
        if mention:
            found.append(mention)
        start = offset + len(part)
    return found


def _mention(
    text: str, start: int, end: int, label: str, vocabulary: Vocabulary
) -> Mention | None:
    start, end = trim(text, start, end, vocabulary, person=label == "PER")
    end = _without_joined_words(text, start, end)
    end = with_plus(text, _without_trailing_words(text, start, end, vocabulary))
    name = text[start:end].strip()
    if len(name) < 2 or "\n" in name:
        return None
    head = fold(name.split()[0])
    if head in vocabulary.event_heads and len(name.split()) > 1:
        return Mention(start, end, name[0].upper() + name[1:], EVENT_KIND, NAME)
    if not name[0].isupper():
        return None
    if label == "MISC":
        return (
            Mention(start, end, name, EVENT_KIND, NAME)
            if _subject(name, vocabulary)
            else None
        )
    return Mention(start, end, name, LABEL_KINDS.get(label), NAME)


def _without_joined_words(text: str, start: int, end: int) -> int:
    """The end of a span that ran past its name over "et" or "ou" into words
    in lower case ("ministre de la Justice et trésorier du parti"); a name
    whose lower-case words start before the conjunction stays whole ("École
    des ponts et chaussées").

    >>> text = "de la Zorbance et trésorier du parti"
    >>> text[6:_without_joined_words(text, 6, len(text))]
    'Zorbance'
    >>> text = "École des ponts et chaussées"
    >>> text[:_without_joined_words(text, 0, len(text))]
    'École des ponts et chaussées'
    """
    match = JOINED_WORDS.search(text[start:end])
    return end if match is None else start + match.start(1)


def _without_trailing_words(
    text: str, start: int, end: int, vocabulary: Vocabulary
) -> int:
    """The end of a span without the small words and dates the model let it
    run into ("OFAG jeudi", "Conseil d'État et de la").

    >>> from .vocabulary import vocabulary
    >>> text = "le Conseil d'État et de la Zorbanie"
    >>> text[3:_without_trailing_words(text, 3, 25, vocabulary())]
    "Conseil d'État"
    """
    tokens = words(text[start:end])
    while len(tokens) > 1:
        key = fold(tokens[-1].group())
        if not (
            key in CONNECTORS
            or key in vocabulary.french_function_words
            or key in TRAILING
        ):
            break
        tokens.pop()
    return start + tokens[-1].end() if tokens else end


def _subject(name: str, vocabulary: Vocabulary) -> bool:
    """Whether a span the model calls MISC (neither person, place nor
    organisation) reads as a subject's name ("Covid-19", "Gilets jaunes",
    "Violences policières"), not a shouted heading, a button or a sentence.

    >>> from .vocabulary import vocabulary
    >>> [_subject(n, vocabulary()) for n in ("Violences policières", "Covid-19",
    ...  "POINT SUR LA SITUATION", "Nous avons pratiquement", "Copier le lien embed")]
    [True, True, False, False, False]
    """
    tokens = [t.group() for t in words(name)]
    if not tokens or len(tokens) > MAX_SUBJECT_WORDS:
        return False
    if len(tokens) > 1 and name.isupper():
        return False
    first = fold(tokens[0])
    if first in vocabulary.french_function_words or first in vocabulary.function_words:
        return False
    if fold(name) in vocabulary.titles:
        return False  # "Premier ministre"
    common = [t for t in tokens[1:] if t.islower() and fold(t) not in CONNECTORS]
    return len(common) <= 1
