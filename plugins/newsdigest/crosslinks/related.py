"""Related articles, found through an inverted index entity -> articles.

Pure logic, no Pelican (the cross-links generator calls it once per build).
Article *j* is scored for article *i* as::

    (sum of the rarities of their shared entities + cosine of their texts)
        x closeness in time

where an entity's rarity is ``ln((N + 1) / df) / ln(N + 1)``: 1 for an
entity on one page, close to 0 for one on every page. Closeness goes from 1
(same day) towards 1/2 (far apart): older coverage of the same people still
counts, but less. Only articles sharing an entity are ever compared, and an
entity on more than ``max_postings`` pages only brings the ``max_postings``
articles nearest in time, so the work grows with the number of articles,
not with the number of pairs.
"""

from __future__ import annotations

import bisect
import heapq
import math
from collections.abc import Sequence
from dataclasses import dataclass

from .vectors import Vector, cosine

REASON_ENTITIES = 3


@dataclass(frozen=True)
class Doc:
    """What the scoring needs to know of an article."""

    key: str  # unique and stable (the article's URL): breaks ties
    day: float  # days since the epoch
    entities: tuple[str, ...]
    vector: Vector


@dataclass(frozen=True)
class Options:
    max_related: int = 4
    min_score: float = 1.0
    window_days: float = 30.0
    max_postings: int = 200
    max_compared: int = 24


@dataclass(frozen=True)
class Link:
    """One candidate for one article, with what it shares with it."""

    target: int  # index of the other article in the list of docs
    score: float
    similarity: float
    days: float
    shared: tuple[str, ...]  # shared entities, rarest first

    @property
    def reason(self) -> str:
        """Why it is related, for the reader.

        >>> Link(1, 2.0, 0.5, 0.0, ("Kim Jong-un", "Corée du Nord")).reason
        'Également sur Kim Jong-un, Corée du Nord'
        """
        return "Également sur " + ", ".join(self.shared[:REASON_ENTITIES])


class EntityIndex:
    """Each entity's articles in time order, and each entity's rarity."""

    def __init__(self, docs: Sequence[Doc], max_postings: int) -> None:
        self.docs = docs
        self.max_postings = max_postings
        order = sorted(range(len(docs)), key=lambda i: (docs[i].day, docs[i].key))
        self.postings: dict[str, list[int]] = {}
        for i in order:
            for entity in docs[i].entities:
                self.postings.setdefault(entity, []).append(i)
        self.days = {
            entity: [docs[i].day for i in posting]
            for entity, posting in self.postings.items()
            if len(posting) > max_postings
        }
        scale = math.log(len(docs) + 1) or 1.0
        self.rarity = {
            entity: math.log((len(docs) + 1) / len(posting)) / scale
            for entity, posting in self.postings.items()
        }

    def neighbours(self, entity: str, i: int) -> list[int]:
        """The articles an entity links article ``i`` to: all of them, or for a
        very common entity the ``max_postings`` nearest in time."""
        posting = self.postings[entity]
        if len(posting) <= self.max_postings:
            return posting
        position = bisect.bisect_left(self.days[entity], self.docs[i].day)
        start = max(0, position - self.max_postings // 2)
        start = min(start, len(posting) - self.max_postings)
        return posting[start : start + self.max_postings]

    def candidates(self, i: int) -> dict[int, tuple[float, list[str]]]:
        """Every article sharing an entity with article ``i``: the sum of the
        rarities of what it shares, and what it shares."""
        found: dict[int, tuple[float, list[str]]] = {}
        for entity in self.docs[i].entities:
            rarity = self.rarity[entity]
            for j in self.neighbours(entity, i):
                if j in found:
                    weight, shared = found[j]
                    shared.append(entity)
                    found[j] = (weight + rarity, shared)
                elif j != i:
                    found[j] = (rarity, [entity])
        return found

    def rarest_first(self, entities: Sequence[str]) -> tuple[str, ...]:
        return tuple(sorted(entities, key=lambda e: (-self.rarity[e], e)))


def closeness(days: float, window_days: float) -> float:
    """1 on the same day, 3/4 ``window_days`` apart, towards 1/2 beyond.

    >>> closeness(0, 30), closeness(30, 30)
    (1.0, 0.75)
    """
    return 0.5 + 0.5 / (1.0 + days / window_days)


def score_links(index: EntityIndex, i: int, options: Options) -> list[Link]:
    """Article ``i``'s best candidates, scored, best first (ties by key)."""
    docs = index.docs
    day = docs[i].day
    window = options.window_days
    found = index.candidates(i)
    weighed = [
        (-weight * closeness(abs(docs[j].day - day), window), docs[j].key, j)
        for j, (weight, _) in found.items()
    ]
    links = []
    for _, _, j in heapq.nsmallest(options.max_compared, weighed):
        weight, shared = found[j]
        days = abs(docs[j].day - day)
        similarity = cosine(docs[i].vector, docs[j].vector)
        score = (weight + similarity) * closeness(days, window)
        links.append(Link(j, score, similarity, days, index.rarest_first(shared)))
    links.sort(key=lambda link: (-link.score, docs[link.target].key))
    return links


def all_links(index: EntityIndex, options: Options) -> list[list[Link]]:
    """Scored candidates of every article (what ``related`` and stories use)."""
    return [score_links(index, i, options) for i in range(len(index.docs))]


def related(links: Sequence[Link], options: Options) -> list[Link]:
    """The related articles to show: the best few above the threshold, or none."""
    return [link for link in links if link.score >= options.min_score][
        : options.max_related
    ]
