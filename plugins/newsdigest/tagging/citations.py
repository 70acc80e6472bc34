"""Outlets an article cites as its sources: whether a name is a news outlet's
and whether a mention of it is a citation ("selon Zorb-Matin", "a-t-elle dit
à Zorb", "the Quimby Herald reported"), in the words of ``data/words.yaml``.
Nothing here imports Pelican.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .text import fold
from .vocabulary import Vocabulary

CITED_REACH = 60  # characters before a name where the citing words may be
SAID_REACH = 30  # characters after it where its verb may be
SENTENCE_BREAK = re.compile(r"[.!?…](?=\s)|\n")
ARTICLES = ("le ", "la ", "les ", "l ", "the ")


def is_outlet(names: Iterable[str], vocabulary: Vocabulary) -> bool:
    """Whether one of an entity's names is a news outlet's: a known outlet,
    or a name ending with a newspaper's word ("Quimby Herald").

    >>> from .vocabulary import vocabulary
    >>> is_outlet(["Quimby Herald"], vocabulary()), is_outlet(["Zorb"], vocabulary())
    (True, False)
    """
    for name in names:
        key = fold(name)
        words = key.split()
        if len(words) >= 2 and words[-1] in vocabulary.outlet_heads:
            return True
        if key in vocabulary.news_outlets or _without_article(key) in _bare(
            vocabulary.news_outlets
        ):
            return True
    return False


def cited(text: str, start: int, end: int, vocabulary: Vocabulary) -> bool:
    """Whether the name at ``start:end`` is cited as a source: citing words
    before it in its sentence, or its reporting verb right after it.

    >>> from .vocabulary import vocabulary
    >>> text = "Selon la Quimby Gazette, il part. Zorb révèle que"
    >>> cited(text, 9, 23, vocabulary()), cited(text, 34, 38, vocabulary())
    (True, True)
    >>> cited("La Quimby Gazette a fermé.", 3, 17, vocabulary())
    False
    """
    before = text[max(0, start - CITED_REACH) : start]
    breaks = list(SENTENCE_BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end() :]
    after = fold(text[end : end + SAID_REACH])
    return bool(
        _cues(vocabulary.citing_before, True).search(fold(before))
        or _cues(vocabulary.citing_after, False).match(after)
    )


@lru_cache(maxsize=8)
def _cues(cues: frozenset[str], anywhere: bool) -> re.Pattern[str]:
    """Folded cues as whole words: found anywhere, or opening the text."""
    alternatives = "|".join(sorted(map(re.escape, cues), key=len, reverse=True))
    if anywhere:
        return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")
    return re.compile(rf"(?:,\s*)?(?:{alternatives})(?!\w)")


@lru_cache(maxsize=8)
def _bare(names: frozenset[str]) -> frozenset[str]:
    return frozenset(_without_article(name) for name in names)


def _without_article(key: str) -> str:
    for article in ARTICLES:
        if key.startswith(article):
            return key[len(article) :]
    return key
