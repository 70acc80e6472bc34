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
import math
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .vectors import Vector, cosine

REASON_ENTITIES = 3


@dataclass(frozen=True)
class Doc:
    """What the scoring needs to know of an article."""

    key: str  # unique and stable (the article's URL): breaks ties
    day: float  # days since the epoch
    entities: tuple[str, ...]  # distinct
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
    """One candidate for one article, scored."""

    target: int  # index of the other article in the list of docs
    score: float
    similarity: float
    days: float


def reason(shared: Sequence[str]) -> str:
    """Why an article is related, for the reader: what it shares, rarest first.

    >>> reason(("Kim Jong-un", "Corée du Nord", "Russie", "Vladimir Poutine"))
    'Également sur Kim Jong-un, Corée du Nord, Russie'
    """
    return "Également sur " + ", ".join(shared[:REASON_ENTITIES])


class EntityIndex:
    """Each entity's articles in time order, and each entity's rarity."""

    def __init__(self, docs: Sequence[Doc], max_postings: int) -> None:
        self.docs = docs
        self.max_postings = max_postings
        # Flat copies of what scoring reads for every candidate.
        self.day = array("d", (doc.day for doc in docs))
        self.rank = array("q", [0] * len(docs))
        for position, i in enumerate(
            sorted(range(len(docs)), key=lambda i: docs[i].key)
        ):
            self.rank[i] = position
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
        self.similarities: dict[tuple[int, int], float] = {}
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
        position = bisect.bisect_left(self.days[entity], self.day[i])
        start = max(0, position - self.max_postings // 2)
        start = min(start, len(posting) - self.max_postings)
        return posting[start : start + self.max_postings]

    def candidates(self, i: int) -> dict[int, float]:
        """Every article sharing an entity with article ``i``, and the sum of the
        rarities of what it shares."""
        weights: dict[int, float] = {}
        for entity in self.docs[i].entities:
            rarity = self.rarity[entity]
            added = dict.fromkeys(self.neighbours(entity, i), rarity)
            # Articles met through an earlier entity: their sum goes on, in
            # the order of the entities.
            for j in weights.keys() & added.keys():
                added[j] = weights[j] + rarity
            weights.update(added)
        weights.pop(i, None)
        return weights

    def similarity(self, i: int, j: int) -> float:
        """The cosine of two articles' texts, computed once for both orders
        (the same value: the sum is exact, the products commute)."""
        pair = (i, j) if i < j else (j, i)
        found = self.similarities.get(pair)
        if found is None:
            found = cosine(self.docs[i].vector, self.docs[j].vector)
            self.similarities[pair] = found
        return found

    def shared(self, i: int, j: int) -> tuple[str, ...]:
        """The entities two articles share, rarest first."""
        other = self.docs[j].entities
        return self.rarest_first([e for e in self.docs[i].entities if e in other])

    def rarest_first(self, entities: Sequence[str]) -> tuple[str, ...]:
        return tuple(sorted(entities, key=lambda e: (-self.rarity[e], e)))


def closeness(days: float, window_days: float) -> float:
    """1 on the same day, 3/4 ``window_days`` apart, towards 1/2 beyond.

    >>> closeness(0, 30), closeness(30, 30)
    (1.0, 0.75)
    """
    return 0.5 + 0.5 / (1.0 + days / window_days)


def contenders(weights: dict[int, float], count: int) -> Iterable[tuple[int, float]]:
    """The candidates that can be among the ``count`` best once their weight
    is multiplied by their closeness (between 1/2 and 1): not one whose weight
    is below half the ``count``-th largest, as ``count`` others beat it.

    >>> sorted(contenders({1: 4.0, 2: 3.0, 3: 1.0, 4: 1.6}, 2))
    [(1, 4.0), (2, 3.0), (4, 1.6)]
    """
    if len(weights) <= count:
        return weights.items()
    floor = sorted(weights.values(), reverse=True)[count - 1] * 0.5
    return [(j, weight) for j, weight in weights.items() if weight >= floor]


def score_links(index: EntityIndex, i: int, options: Options) -> list[Link]:
    """Article ``i``'s best candidates, scored, best first (ties by key).

    Candidates are ranked by shared rarity and closeness; only the best
    ``max_compared`` of them have their texts compared.
    """
    day, rank, window = index.day, index.rank, options.window_days
    today = day[i]
    weights = index.candidates(i)
    weighed = [
        (-weight * closeness(abs(day[j] - today), window), rank[j], j)
        for j, weight in contenders(weights, options.max_compared)
    ]
    weighed.sort()
    links = []
    for _, _, j in weighed[: options.max_compared]:
        days = abs(day[j] - today)
        similarity = index.similarity(i, j)
        score = (weights[j] + similarity) * closeness(days, window)
        links.append(Link(j, score, similarity, days))
    links.sort(key=lambda link: (-link.score, rank[link.target]))
    return links


def all_links(index: EntityIndex, options: Options) -> list[list[Link]]:
    """Scored candidates of every article (what ``related`` and stories use)."""
    return [score_links(index, i, options) for i in range(len(index.docs))]


def related(links: Sequence[Link], options: Options) -> list[Link]:
    """The related articles to show: the best few above the threshold, or none."""
    return [link for link in links if link.score >= options.min_score][
        : options.max_related
    ]
