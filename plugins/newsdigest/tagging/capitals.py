"""Cities written for something else. A capital written for its state:
"Washington a annoncé", "after Washington invaded", "talks between Beijing
and Washington". News names a government by its capital; an editor files
that under the country (or the Union, for Brussels), not under the city. A
capital after a preposition of place ("in Washington", "à Paris", "depuis
Pékin") or a determiner ("the Paris attacks") stays the city. A city that
names an institution's seat ("le parquet de Paris") is no mention of the
city. A country the title or the lede calls by its adjective, when the
article names its capital too ("un écrivain zorbanien" and "à Zorbeville"),
is where the story happens: named there as plainly as by its name.
Nothing here imports Pelican.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from .lexicon import Lexicon
from .mentions import DEMONYM, NAME, Mention
from .text import PROMINENT, ArticleText, fold

# Before a capital, words that make it the place: prepositions of place,
# determiners ("le Paris des années 20", "the Paris attacks").
PLACE_BEFORE = re.compile(
    r"(?:^|[^\w'’])(?:in|at|to|from|near|outside|inside|into|across|of|"
    r"à|a|de|d|depuis|vers|en|près|dans|sur|par|the|le|la|l|du|des|au)"
    r"['’]?\s*$",
    re.IGNORECASE,
)
# "de" right before a city, after an institution's words.
DE_BEFORE = re.compile(r"\sde\s+$")
SEAT_WORDS = 3  # "cour d'appel de": the institution within three words
# After a capital, a verb in lower case or a possessive says a state acts;
# these small words do not ("Paris et ses environs", "Washington on Monday").
NOT_A_VERB = frozenset(
    "de du des d la le les l et ou en à au aux sur pour avec par dans sous "
    "and or of in on at to for with by from into than as the an".split()
)
NEXT_WORD = re.compile(r"['’]s\b|\s+([a-zà-ÿ][\w'’-]*)")
# Two capitals or countries side by side: "Pékin et Washington", "Washington
# and Beijing", "entre Paris et Berlin".
PAIRED = re.compile(r"\s+(?:et|and|ou|or)\s+", re.IGNORECASE)


def as_states(text: str, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """The mentions, each capital written for its state put under the state.

    >>> from .vocabulary import vocabulary
    >>> from .taxonomy import Taxonomy
    >>> lexicon = Lexicon(vocabulary(), Taxonomy())
    >>> text = "Paris a refusé. Il vit à Paris, loin du parquet de Paris."
    >>> [m.name for m in as_states(text, lexicon.scan(text), lexicon)]
    ['France', 'Paris']
    """
    mentions = [m for m in mentions if not _seat(text, m, lexicon.seated)]
    capitals = lexicon.capitals
    places = [m for m in mentions if fold(m.name) in capitals]
    if not places:
        return mentions
    others = sorted(
        (m for m in mentions if m.kind == "pays" or fold(m.name) in capitals),
        key=lambda m: m.start,
    )
    states = {
        id(m): capitals[fold(m.name)] for m in places if _for_state(text, m, others)
    }
    found = []
    for mention in mentions:
        state = states.get(id(mention))
        if state is None:
            found.append(mention)
            continue
        entry = lexicon.lookup(state)
        kind = entry.kind if entry else "pays"
        found.append(replace(mention, name=state, kind=kind, form=NAME, known=True))
    return found


def _seat(text: str, mention: Mention, seated: frozenset[str]) -> bool:
    """Whether a place is written as an institution's seat: "le parquet de
    Paris", "la cour d'appel de Lyon" (the institution's words before "de")."""
    if mention.kind not in ("lieu", None):
        return False
    before = text[max(0, mention.start - 40) : mention.start]
    if not DE_BEFORE.search(before):
        return False
    words = fold(before).split()[:-1][-SEAT_WORDS:]
    pairs = [" ".join(words[i : i + 2]) for i in range(len(words) - 1)]
    return any(word in seated for word in words + pairs)


def _for_state(text: str, mention: Mention, others: list[Mention]) -> bool:
    if PLACE_BEFORE.search(text[max(0, mention.start - 12) : mention.start]):
        return False
    after = NEXT_WORD.match(text, mention.end)
    if after and (after.group(1) is None or after.group(1) not in NOT_A_VERB):
        return True
    return any(
        PAIRED.fullmatch(text[other.end : mention.start])
        or PAIRED.fullmatch(text[mention.end : other.start])
        for other in others
        if other is not mention
    )


def capital_states(names: Iterable[str], capitals: dict[str, str]) -> frozenset[str]:
    """The states (folded) whose capitals ``names`` (one per mention) name
    more than once: once may be in passing ("de Paris à Zorbeville").

    >>> capitals = {"paris": "France", "zorbeville": "Zorbanie"}
    >>> sorted(capital_states(["Paris", "Zorbeville", "Paris"], capitals))
    ['france']
    """
    named = Counter(fold(n) for n in names)
    return frozenset(
        fold(capitals[key])
        for key, count in named.items()
        if key in capitals and count > 1
    )


def settings_by_adjective(
    doc: ArticleText, mentions: list[Mention], lexicon: Lexicon
) -> list[Mention]:
    """The mentions, an adjective of nationality in the title or the lede
    counting as a name when the article names that country's capital."""
    states = capital_states((m.name for m in mentions), lexicon.capitals)
    return [
        replace(m, form=NAME)
        if m.form == DEMONYM
        and fold(m.name) in states
        and doc.part_at(m.start) in PROMINENT
        else m
        for m in mentions
    ]
