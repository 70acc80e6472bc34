"""One output file per article, and URLs that never move for another seed.

Two seeds with the same title and day get the same slug, hence the same
URL; Pelican would then stop the build when the second page overwrites the
first. Here every article gets a URL of its own, in two passes:

1. an article the seed ledger records at one of its own URLs (its plain
   one, or that one with its own suffix) keeps it: adding, removing or
   renaming another seed never moves a published article;
2. the others (new seeds, or seeds whose own title or date changed) take
   their plain URL when it is free, else the plain URL plus a suffix made
   from their own seed path, earliest (by date, then path) first.

So a newcomer with the same title and day as a published article gets the
suffix, whatever its date or name. Nothing here imports Pelican.
"""

from __future__ import annotations

import hashlib
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
    recorded: str | None = None  # the URL the seed ledger has for it


@dataclass(frozen=True)
class Target:
    """Where an article is linked from and where its page is written."""

    url: str
    save_as: str


@dataclass(frozen=True)
class Place:
    """The slug and target an article gets; ``held_by`` when another
    article holds its plain URL."""

    key: str
    slug: str
    target: Target
    held_by: str | None = None
    plain: Target | None = None


def suffix(key: str, length: int) -> str:
    """A short, stable suffix for a seed path.

    >>> suffix("seeds/a.txt", 6)
    '415ebf'
    """
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:length]


def slugs(entry: Entry) -> list[str]:
    """An article's own slugs: the plain one, then with longer suffixes."""
    return [entry.slug] + [
        f"{entry.slug}-{suffix(entry.key, length)}" for length in SUFFIX_LENGTHS
    ]


def settle_urls(
    entries: list[Entry], target_for: Callable[[Entry, str], Target]
) -> list[Place]:
    """The place of every entry; ``target_for(entry, slug)`` says where the
    entry would be with that slug.

    >>> where = lambda entry, slug: Target(f"{slug}/", f"{slug}/index.html")
    >>> new = Entry("seeds/a.txt", 1, "x")
    >>> old = Entry("seeds/b.txt", 2, "x", recorded="x/")
    >>> [(p.key, p.slug, p.held_by) for p in settle_urls([new, old], where)]
    [('seeds/b.txt', 'x', None), ('seeds/a.txt', 'x-415ebf', 'seeds/b.txt')]
    """
    taken: dict[str, str] = {}  # save_as -> key
    places: list[Place] = []
    newcomers = []
    for entry in sorted(entries, key=lambda e: (e.date, e.key)):
        pinned = _recorded_slug(entry, target_for)
        if pinned is None:
            newcomers.append(entry)
            continue
        slug, target = pinned
        if target.save_as in taken:  # two records of one URL: a hand edit
            newcomers.append(entry)
            continue
        taken[target.save_as] = entry.key
        places.append(Place(entry.key, slug, target))
    for entry in newcomers:
        plain = target_for(entry, entry.slug)
        for slug in slugs(entry):
            target = plain if slug == entry.slug else target_for(entry, slug)
            if target.save_as not in taken:
                break
        else:
            raise ValueError(f"{entry.key}: no free URL for slug {entry.slug}")
        taken[target.save_as] = entry.key
        holder = taken.get(plain.save_as) if target is not plain else None
        places.append(Place(entry.key, slug, target, holder, plain))
    return places


def _recorded_slug(
    entry: Entry, target_for: Callable[[Entry, str], Target]
) -> tuple[str, Target] | None:
    """The slug giving the URL the ledger records, if it is one of the entry's."""
    if entry.recorded is None:
        return None
    for slug in slugs(entry):
        target = target_for(entry, slug)
        if target.url == entry.recorded:
            return slug, target
    return None
