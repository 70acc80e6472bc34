"""Stories: the articles covering one event, from several sources or over days.

Pure logic, no Pelican. Two articles are linked when they are at most
``window_days`` apart, their texts' cosine reaches ``min_similarity`` and
they share a key entity (one of the rarest few of each). Linked articles,
followed from link to link, make a story; a story of one article is no story.
The pairs come from the related-articles scoring, so no pair is compared twice.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..slugs import make_slug
from .related import EntityIndex, Link

KEY_ENTITIES = 3
STORY_ENTITIES = 4


@dataclass(frozen=True)
class Story:
    """Articles (indices into the docs), oldest first, and the entities most of
    them share, rarest first."""

    members: tuple[int, ...]
    entities: tuple[str, ...]


def key_entities(index: EntityIndex, i: int) -> frozenset[str]:
    """An article's rarest entities: what its event is about."""
    return frozenset(index.rarest_first(index.docs[i].entities)[:KEY_ENTITIES])


def find_stories(
    index: EntityIndex,
    links: Sequence[Sequence[Link]],
    window_days: float,
    min_similarity: float,
) -> list[Story]:
    """Every story of two articles or more, oldest first."""
    docs = index.docs
    parent = list(range(len(docs)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    keys = [key_entities(index, i) for i in range(len(docs))]
    for i, candidates in enumerate(links):
        for link in candidates:
            if (
                link.days <= window_days
                and link.similarity >= min_similarity
                and keys[i] & keys[link.target]
            ):
                first, second = sorted((root(i), root(link.target)))
                parent[second] = first
    groups: dict[int, list[int]] = {}
    for i in range(len(docs)):
        groups.setdefault(root(i), []).append(i)
    stories = []
    for members in groups.values():
        if len(members) < 2:
            continue
        members.sort(key=lambda i: (docs[i].day, docs[i].key))
        stories.append(Story(tuple(members), _shared(index, members)))
    stories.sort(
        key=lambda story: (docs[story.members[0]].day, docs[story.members[0]].key)
    )
    return stories


def _shared(index: EntityIndex, members: Sequence[int]) -> tuple[str, ...]:
    counts = Counter(e for i in members for e in set(index.docs[i].entities))
    shared = [entity for entity, count in counts.items() if count > 1]
    shared.sort(key=lambda e: (-counts[e], -index.rarity[e], e))
    return tuple(shared[:STORY_ENTITIES])


def story_slug(day: dt.date, name: str) -> str:
    """A story's slug, from its first article's day and slug (or title): stable
    from build to build.

    >>> story_slug(dt.date(2023, 9, 13), "Poutine reçoit Kim Jong-un")
    '2023-09-13-poutine-recoit-kim-jong-un'
    """
    return make_slug(f"{day.isoformat()} {name}")


def coverage_label(sources: Sequence[str]) -> str:
    """What the story box says of who covered it, in order of first article.

    >>> coverage_label(["BFMTV", "Le Monde", "BFMTV", "Reuters"])
    'La même actualité vue par BFMTV, Le Monde et Reuters'
    >>> coverage_label(["BFMTV", "BFMTV"])
    'La même actualité suivie par BFMTV'
    >>> coverage_label(["", ""])
    'La même actualité, 2 articles'
    """
    names = list(dict.fromkeys(source for source in sources if source))
    if not names:
        return f"La même actualité, {len(sources)} articles"
    if len(names) == 1:
        return f"La même actualité suivie par {names[0]}"
    return f"La même actualité vue par {', '.join(names[:-1])} et {names[-1]}"
