"""Titles of works in quotes: “Dancing with the Stars”, «Croque la vie», «6 Days».

Runs of capitalised words stop at small words that are not part of names
("with", "and", "et"); a title in quotes whose other words are capitalised
keeps them: it is one name (a show, a film, a book), a theme, found in
quotes and wherever the text writes it again. Nothing here imports Pelican.
"""

from __future__ import annotations

import re

from .mentions import NAME, Mention

THING = "thème"
# Quotes, not apostrophes ("l'Espagne et l'Italie"): an opening ' or ‘ after
# no letter, a closing ' or ’ before none. A quoted question or exclamation is
# speech, not a title.
QUOTED = re.compile(
    r"(?:[“\"«]|(?<!\w)['‘])\s*([A-Z0-9][^“”\"«»‘’'\n]{2,80}?)\s*[.,]?\s*"
    r"(?:[”\"»]|['’](?!\w))"
)
SMALL = frozenset(
    "with and a an in on at by from to into over under et en à au aux avec sur "
    "sous dans pour par".split()
)
CONNECTORS = frozenset("of the for de du des la le les l d".split())
MAX_WORDS = 6


def quoted_titles(text: str) -> list[Mention]:
    """Mentions of the titles in quotes that hold a small word.

    >>> text = "He left “Dancing with the Stars.” Dancing with the Stars goes on."
    >>> [text[m.start:m.end] for m in quoted_titles(text)]
    ['Dancing with the Stars', 'Dancing with the Stars']
    >>> quoted_titles("“We got her!” he said, “Go and see”, l'Espagne et l'Italie.")
    []
    """
    titles = {match.group(1) for match in QUOTED.finditer(text)}
    found = []
    for title in sorted(t for t in titles if _title_case(t)):
        for match in re.finditer(rf"(?<!\w){re.escape(title)}(?!\w)", text):
            name = " ".join(title.split())  # "6\xa0Days" is "6 Days"
            found.append(Mention(match.start(), match.end(), name, THING, NAME))
    return found


def _title_case(title: str) -> bool:
    """Capitalised words with a small word between them, not shouted; or a
    number and capitalised words ("6 Days", "24 Quimby Street").

    >>> _title_case("6 Days"), _title_case("6 jours"), _title_case("2024")
    (True, False, False)
    """
    words = title.split()
    if words[0].isdigit() and len(words) >= 2:
        return all(w[:1].isupper() for w in words[1:]) and not title.isupper()
    if not 3 <= len(words) <= MAX_WORDS or title.isupper():
        return False
    small = [w for w in words[1:-1] if w in SMALL]
    rest = [w for w in words if w not in SMALL and w not in CONNECTORS]
    return bool(small) and all(w[:1].isupper() for w in rest)
