"""One output file per article: seeds that would share a URL get distinct ones.

Two seeds with the same title and day get the same slug, hence the same
URL; Pelican would then stop the build when the second page overwrites the
first. Here the earliest (by date, then seed path) keeps the plain slug and
each other one gets a suffix made from its own seed path, so its URL does
not depend on which other seeds exist or on the order they were read.
Nothing here imports Pelican.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

SUFFIX_LENGTHS = (6, 10, 16)


@dataclass(frozen=True)
class Entry:
    """What deciding needs to know of one article."""

    key: str  # the seed's path in the project: stable on every clone
    date: Any
    slug: str
    save_as: str


@dataclass(frozen=True)
class Rename:
    """An article moved to its own URL, and the one that keeps the plain URL."""

    key: str
    slug: str
    save_as: str
    kept: str
    shared: str


def suffix(key: str, length: int) -> str:
    """A short, stable suffix for a seed path.

    >>> suffix("seeds/a.txt", 6)
    '415ebf'
    """
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:length]


def unique_urls(
    entries: list[Entry], save_as_for: Callable[[Entry, str], str]
) -> list[Rename]:
    """The renames that give every entry its own ``save_as``.

    ``save_as_for(entry, slug)`` is where the entry would be written with
    that slug.

    >>> same = [Entry("seeds/b.txt", 1, "x", "x/index.html"),
    ...         Entry("seeds/a.txt", 1, "x", "x/index.html")]
    >>> [(r.key, r.slug, r.kept) for r in unique_urls(
    ...     same, lambda entry, slug: f"{slug}/index.html")]
    [('seeds/b.txt', 'x-9fca9e', 'seeds/a.txt')]
    """
    groups: dict[str, list[Entry]] = defaultdict(list)
    for entry in entries:
        groups[entry.save_as].append(entry)
    taken = set(groups)
    renames = []
    for shared, group in sorted(groups.items()):
        if len(group) < 2:
            continue
        first, *others = sorted(group, key=lambda e: (e.date, e.key))
        for entry in others:
            for length in SUFFIX_LENGTHS:
                slug = f"{entry.slug}-{suffix(entry.key, length)}"
                target = save_as_for(entry, slug)
                if target not in taken:
                    break
            else:
                raise ValueError(f"{entry.key}: no free URL for slug {entry.slug}")
            taken.add(target)
            renames.append(Rename(entry.key, slug, target, first.key, shared))
    return renames
