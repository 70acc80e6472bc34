"""The digest's calendar: editions by day, archive periods, neighbours in a section.

Pure logic, no Pelican: items are any objects, read through the functions
given (``when`` gives an item's publication datetime, ``key`` a unique,
stable string that breaks ties). The cross-links generator writes the pages.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

T = TypeVar("T")
When = Callable[[Any], dt.datetime]
Key = Callable[[Any], str]


@dataclass(frozen=True)
class Edition(Generic[T]):
    """One day of the digest: its articles, newest first."""

    day: dt.date
    items: tuple[T, ...]


@dataclass(frozen=True)
class Period(Generic[T]):
    """An archive page: a month or an ISO week, with its editions."""

    kind: str  # "month" or "week"
    year: int
    number: int  # month 1-12, or ISO week 1-53
    start: dt.date
    end: dt.date
    editions: tuple[Edition[T], ...]

    @property
    def count(self) -> int:
        return sum(len(edition.items) for edition in self.editions)


def editions(items: Sequence[T], when: When, key: Key) -> list[Edition[T]]:
    """Items grouped by day, newest day first, newest item first within a day.

    >>> at = lambda d, h: dt.datetime(2023, 9, d, h)
    >>> found = editions(["a", "b", "c"], {"a": at(12, 9), "b": at(13, 8),
    ...                  "c": at(13, 18)}.get, str)
    >>> [(e.day.day, e.items) for e in found]
    [(13, ('c', 'b')), (12, ('a',))]
    """
    ordered = sorted(items, key=lambda item: (when(item), key(item)), reverse=True)
    days: dict[dt.date, list[T]] = {}
    for item in ordered:
        days.setdefault(when(item).date(), []).append(item)
    return [Edition(day, tuple(found)) for day, found in days.items()]


def month_of(day: dt.date) -> tuple[int, int]:
    return day.year, day.month


def week_of(day: dt.date) -> tuple[int, int]:
    """The ISO year and week of a day (1 January 2021 is in week 53 of 2020).

    >>> week_of(dt.date(2021, 1, 1)), week_of(dt.date(2023, 9, 13))
    ((2020, 53), (2023, 37))
    """
    year, week, _ = day.isocalendar()
    return year, week


def _month_bounds(year: int, number: int) -> tuple[dt.date, dt.date]:
    start = dt.date(year, number, 1)
    following = dt.date(year + number // 12, number % 12 + 1, 1)
    return start, following - dt.timedelta(days=1)


def _week_bounds(year: int, number: int) -> tuple[dt.date, dt.date]:
    start = dt.date.fromisocalendar(year, number, 1)
    return start, start + dt.timedelta(days=6)


PERIODS: dict[str, tuple[Callable[[dt.date], tuple[int, int]], Callable]] = {
    "month": (month_of, _month_bounds),
    "week": (week_of, _week_bounds),
}


def periods(found: Sequence[Edition[T]], kind: str) -> list[Period[T]]:
    """The months or weeks of a list of editions, newest first.

    >>> days = [Edition(dt.date(2023, 9, d), ("x",)) for d in (18, 13, 1)]
    >>> [(p.number, p.start.day, p.end.day, p.count) for p in periods(days, "week")]
    [(38, 18, 24, 1), (37, 11, 17, 1), (35, 28, 3, 1)]
    >>> [(p.number, p.count) for p in periods(days, "month")]
    [(9, 3)]
    """
    which, bounds = PERIODS[kind]
    groups: dict[tuple[int, int], list[Edition[T]]] = {}
    for edition in found:
        groups.setdefault(which(edition.day), []).append(edition)
    return [
        Period(kind, year, number, *bounds(year, number), tuple(group))
        for (year, number), group in sorted(groups.items(), reverse=True)
    ]


def section_neighbours(
    items: Sequence[T], section: Callable[[Any], Hashable], when: When, key: Key
) -> dict[int, tuple[T | None, T | None]]:
    """For each item (by position in ``items``), the previous (older) and next
    (newer) item of the same section.

    >>> at = {"a": 1, "b": 2, "c": 3, "d": 4}
    >>> found = section_neighbours(["a", "b", "c", "d"], lambda s: s in "ac",
    ...                            at.get, str)
    >>> found[0], found[2], found[1]
    ((None, 'c'), ('a', None), (None, 'd'))
    """
    sections: dict[Hashable, list[int]] = {}
    order = sorted(range(len(items)), key=lambda i: (when(items[i]), key(items[i])))
    for i in order:
        sections.setdefault(section(items[i]), []).append(i)
    neighbours: dict[int, tuple[T | None, T | None]] = {}
    for members in sections.values():
        for position, i in enumerate(members):
            older = items[members[position - 1]] if position else None
            newer = (
                items[members[position + 1]] if position + 1 < len(members) else None
            )
            neighbours[i] = (older, newer)
    return neighbours
