"""People named by their title alone: "le président russe", "son homologue
nord-coréen", "the Russian president".

A title before a name ("le dirigeant nord-coréen Kim Jong Un", "President
Donald Trump") tells who holds it; the same title used alone elsewhere in the
article then counts as a mention of that person, when only one fits.
Nothing here imports Pelican.
"""

from __future__ import annotations

import re
from collections import defaultdict

from .lexicon import Lexicon
from .mentions import TITLE, Mention
from .text import fold, words
from .vocabulary import Vocabulary

PERSON = "personne"
Role = tuple[str, str | None]


def title_mentions(
    text: str, mentions: list[Mention], lexicon: Lexicon, vocabulary: Vocabulary
) -> list[Mention]:
    """Mentions of people by a bare title that only one named person holds."""
    tokens = words(text)
    starts = {token.start(): index for index, token in enumerate(tokens)}
    roles: dict[str, set[Role]] = defaultdict(set)
    names: dict[str, str] = {}
    named: set[int] = set()
    for mention in mentions:
        index = starts.get(mention.start)
        if mention.kind != PERSON or index is None:
            continue
        for first, title, country in _titles_before(
            text, tokens, index, lexicon, vocabulary
        ):
            key = names.setdefault(fold(mention.name), mention.name)
            roles[key].add((title, country))
            named.add(first)
    found = []
    for index in range(len(tokens)):
        if index in named:
            continue
        match = _bare_title(text, tokens, index, lexicon, vocabulary)
        if match is None:
            continue
        start, end, title, country = match
        person = _holder(roles, title, country, vocabulary)
        if person:
            found.append(Mention(start, end, person, PERSON, TITLE))
    return found


def _title_at(tokens: list[re.Match[str]], index: int, vocabulary: Vocabulary) -> int:
    """How many words of a title start at ``index`` (0 when none)."""
    first = fold(tokens[index].group()).split()  # "_" or "__" fold to nothing
    if not first or first[0] not in vocabulary.title_words:
        return 0
    for size in (3, 2, 1):
        phrase = " ".join(t.group() for t in tokens[index : index + size])
        if index + size <= len(tokens) and fold(phrase) in vocabulary.titles:
            return size
    return 0


def _country(token: re.Match[str] | None, lexicon: Lexicon) -> str | None:
    entry = lexicon.lookup(token.group()) if token else None
    return entry.tag if entry and entry.demonym else None


def _titles_before(
    text: str, tokens: list, index: int, lexicon: Lexicon, vocabulary: Vocabulary
) -> list[tuple[int, str, str | None]]:
    """Titles in the few words before a name: (first word, title, country)."""
    found = []
    for first in range(max(0, index - 4), index):
        size = _title_at(tokens, first, vocabulary)
        if not size or "\n" in text[tokens[first].end() : tokens[index].start()]:
            continue
        between = tokens[first + size : index]
        before = tokens[first - 1] if first else None
        country = next(
            (c for t in [*between, before] if (c := _country(t, lexicon))), None
        )
        if len(between) <= 1:
            found.append(
                (
                    first,
                    fold(" ".join(t.group() for t in tokens[first : first + size])),
                    country,
                )
            )
    return found


def _bare_title(
    text: str, tokens: list, index: int, lexicon: Lexicon, vocabulary: Vocabulary
) -> tuple[int, int, str, str] | None:
    """A title with an adjective of nationality and no name after it."""
    size = _title_at(tokens, index, vocabulary)
    if not size:
        return None
    title = fold(" ".join(t.group() for t in tokens[index : index + size]))
    after = tokens[index + size] if index + size < len(tokens) else None
    before = tokens[index - 1] if index else None
    if (country := _country(after, lexicon)) and after is not None:
        start, end, last = tokens[index].start(), after.end(), index + size
    elif (country := _country(before, lexicon)) and before is not None:
        start, end, last = (
            before.start(),
            tokens[index + size - 1].end(),
            index + size - 1,
        )
    else:
        return None
    following = tokens[last + 1] if last + 1 < len(tokens) else None
    if (
        following
        and following.group()[:1].isupper()
        and not text[tokens[last].end() : following.start()].strip()
    ):
        return None
    return start, end, title, country


def _holder(
    roles: dict[str, set[Role]], title: str, country: str, vocabulary: Vocabulary
) -> str | None:
    """The one person who holds a title for a country, if only one does."""
    if title in vocabulary.relational_titles:
        fits = {p for p, held in roles.items() if any(c == country for _, c in held)}
    else:
        fits = {
            p
            for p, held in roles.items()
            if any(t == title and c in (country, None) for t, c in held)
        }
    return next(iter(fits)) if len(fits) == 1 else None
