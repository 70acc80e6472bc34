"""Proper-name candidates in English text: runs of capitalised words.

The French model reads English badly (it returns half sentences as names), so
English articles get their name boundaries from this rule instead, and take
only the kind (person, place, organisation) from the model where it agrees.
A run is cut where a title sits between an organisation and a full name
("QRB Police Chief Jo Quimby"); an unknown acronym opening a unit's name
("QRB Investor Education Foundation") names the organisation.
Nothing here imports Pelican.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .joins import ACRONYM
from .mentions import NAME, Mention, trim, with_plus
from .text import fold, starts_sentence, words
from .vocabulary import Vocabulary

INNER_GAP = re.compile(r"^[ \u00a0]$")
POSSESSIVE_END = re.compile(r"(?<=\w)['’]s?$")
DETERMINERS = frozenset({"the", "a", "an"})
COMPOUND_ADJECTIVE = re.compile(
    r"-(?:born|based|led|backed|owned|run|made|era|leaning|funded|linked|affiliated"
    r"|aligned|controlled|occupied|style)$",
    re.IGNORECASE,
)
CONTRACTION = re.compile(r"\w['’](?:t|ve|re|ll|m|d)\b", re.IGNORECASE)  # "Don't"
PERSON, ORGANISATION = "personne", "organisation"
UNIT_WORDS = 3  # "FINRA Investor Education Foundation": an acronym and 2+ words
# What follows a title when the name after it is not its holder's but what
# the title is of: "CEO of Quimby Group", "Chair of the Zorb Council".
TITLE_OF = re.compile(r"of(?: the)?\s+(?=[A-ZÀ-Ý])")


def _droppable(word: str, vocabulary: Vocabulary, initial: bool) -> bool:
    """A word that starts a run but no name: "Former", "Russian", "AFP"; a
    function word only at the start of a sentence ("Just Stop Oil", "The
    Hague" inside one are names)."""
    key = fold(word)
    known = vocabulary.names.get(key)
    return (
        (key in vocabulary.function_words and initial)
        or key in vocabulary.title_modifiers
        or key in vocabulary.stop_entities
        or (known is not None and known.demonym)
        or bool(COMPOUND_ADJECTIVE.search(word))  # "Australian-born"
        or _personal_title(word, vocabulary)
    )


def _personal_title(word: str, vocabulary: Vocabulary) -> bool:
    """A word that says the name after it is a person's: "President", "Mr"."""
    return fold(word) in vocabulary.titles or word in vocabulary.honorifics


def _organisation(name: str, vocabulary: Vocabulary) -> bool:
    """Whether a name ends with an organisation's head word ("Group")."""
    return fold(name.rsplit(maxsplit=1)[-1]) in vocabulary.organisation_heads


def _unit_of(
    text: str, start: int, end: int, kind: str | None, vocabulary: Vocabulary
) -> tuple[int, int, str | None]:
    """An acronym the vocabulary does not know, opening a name of three words
    or more with an organisation's head, names the organisation that unit is
    part of: "QRB Investor Education Foundation" is QRB's foundation.

    >>> from .vocabulary import vocabulary
    >>> text = "QRB Investor Education Foundation"
    >>> _unit_of(text, 0, len(text), None, vocabulary())
    (0, 3, 'organisation')
    """
    tokens = words(text[start:end])
    if (
        len(tokens) >= UNIT_WORDS
        and ACRONYM.fullmatch(tokens[0].group())
        and fold(tokens[0].group()) not in vocabulary.names
        and _organisation(text[start:end], vocabulary)
    ):
        return start, start + tokens[0].end(), ORGANISATION
    return start, end, kind


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and not word.isdigit()


def _shouting(block: str) -> bool:
    letters = [c for c in block if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) > 0.6 * len(letters)


def capitalised_runs(text: str, vocabulary: Vocabulary) -> list[Mention]:
    """Runs of capitalised words (with "of", "al", "van"... inside), trimmed.

    >>> from .vocabulary import vocabulary
    >>> text = "But the Wikileaks founder Julian Assange met the Bureau of Prisons."
    >>> [m.name for m in capitalised_runs(text, vocabulary())]
    ['Wikileaks', 'Julian Assange', 'Bureau of Prisons']
    >>> text = "Jo Quimby, the CEO of Zorb Investment Group, said."
    >>> [(m.name, m.kind) for m in capitalised_runs(text, vocabulary())]
    [('Jo Quimby', None), ('Zorb Investment Group', None)]
    """
    found: list[Mention] = []
    offset = 0
    for block in text.split("\n"):
        if not _shouting(block):
            found += _runs(block, offset, text, vocabulary)
        offset += len(block) + 1
    return found


def _runs(block: str, offset: int, text: str, vocabulary: Vocabulary) -> list[Mention]:
    tokens = words(block)
    runs: list[list[re.Match[str]]] = []
    current: list[re.Match[str]] = []
    for index, token in enumerate(tokens):
        word = token.group()
        gap = block[current[-1].end() : token.start()] if current else ""
        joined = not current or INNER_GAP.match(gap)
        if _capitalised(word) and joined:
            current.append(token)
            if POSSESSIVE_END.search(word):  # "Russia's Defense Ministry": two
                runs.append(current)
                current = []
            continue
        following = tokens[index + 1].group() if index + 1 < len(tokens) else ""
        if (
            current
            and joined
            and word in vocabulary.name_connectors
            and _capitalised(following)
        ):
            current.append(token)
            continue
        if current:
            runs.append(current)
        current = [token] if _capitalised(word) else []
    if current:
        runs.append(current)
    mentions = []
    for run in runs:
        size = len(run)
        while size and run[size - 1].group() in vocabulary.name_connectors:
            size -= 1
        mentions += _split_at_title(block, offset, run[:size], text, vocabulary)
    return mentions


def _split_at_title(
    block: str, offset: int, run: list[re.Match[str]], text: str, vocabulary: Vocabulary
) -> list[Mention]:
    """A run's mention; two when a title inside it follows an organisation's
    name (an acronym, a known name, a name with an organisation's head) and
    precedes a full name: "Interim QRB Police Chief Jo Quimby" is QRB and
    Jo Quimby.

    >>> from .vocabulary import vocabulary
    >>> text = "said Acting QRB Police Chief Jo Quimby."
    >>> run = words(text)[1:7]
    >>> [(m.name, m.kind) for m in _split_at_title(text, 0, run, text, vocabulary())]
    [('QRB', 'organisation'), ('Jo Quimby', 'personne')]
    """
    for index in range(1, len(run) - 2):
        size = _title_words(run, index, vocabulary)
        if size and len(run) - index - size >= 2:
            body = _mention(block, offset, run[:index], text, vocabulary)
            person = _mention(block, offset, run[index + size :], text, vocabulary)
            if body and person and _body(body.name, vocabulary):
                return [
                    replace(body, kind=body.kind or ORGANISATION, titled=True),
                    replace(person, kind=PERSON, titled=True, initial=False),
                ]
            break
    whole = _mention(block, offset, run, text, vocabulary)
    return [whole] if whole else []


def _title_words(run: list[re.Match[str]], index: int, vocabulary: Vocabulary) -> int:
    """How many words of a title start at ``index`` of a run (0 when none)."""
    for size in (2, 1):
        phrase = " ".join(t.group() for t in run[index : index + size])
        if index + size <= len(run) and fold(phrase) in vocabulary.titles:
            return size
    return 0


def _body(name: str, vocabulary: Vocabulary) -> bool:
    """Whether a name reads as an organisation's (or a state's): an acronym,
    a name the vocabulary knows, a name ending with an organisation's head."""
    return (
        bool(ACRONYM.fullmatch(name))
        or fold(name) in vocabulary.names
        or _organisation(name, vocabulary)
    )


def _mention(
    block: str, offset: int, run: list[re.Match[str]], text: str, vocabulary: Vocabulary
) -> Mention | None:
    if not run:
        return None
    start, end = offset + run[0].start(), offset + run[-1].end()
    initial = starts_sentence(block, run[0].start())
    kind = None
    while start < end:
        tokens = words(text[start:end])
        if not tokens:
            return None  # "M’" before a glued name: an honorific and nothing
        first = tokens[0]
        if not _droppable(first.group(), vocabulary, initial):
            break
        if len(tokens) == 2 and fold(first.group()) in vocabulary.peerages:
            kind = PERSON  # "Lord Alli" is how the article names him
            break
        if _personal_title(first.group(), vocabulary):
            kind = PERSON
        start += first.end()
        start += len(text[start:end]) - len(text[start:end].lstrip())
        initial = False
        after = TITLE_OF.match(text, start, end)
        if kind == PERSON and after and _organisation(text[start:end], vocabulary):
            start, kind = after.end(), None  # "CEO of Quimby Group": the group
    start, end, kind = _unit_of(text, start, end, kind, vocabulary)
    while start < end:
        last = words(text[start:end])[-1]
        if fold(last.group()) not in vocabulary.stop_entities:
            break
        end = start + len(text[start : start + last.start()].rstrip())
    start, end = trim(text, start, end, vocabulary)
    possessive = POSSESSIVE_END.search(text[start:end])
    if possessive:  # in English, "Russia's" is Russia
        end = start + possessive.start()
    end = with_plus(text, end)
    name = text[start:end]
    if len(name) < 2 or not name[0].isupper() or CONTRACTION.search(name):
        return None
    return Mention(start, end, name, kind, NAME, initial=initial, titled=kind == PERSON)
