"""Editions by day, archive periods and neighbours in a section (pure)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from newsdigest.crosslinks.editions import (
    Edition,
    editions,
    periods,
    section_neighbours,
)
from newsdigest.crosslinks.generator import ArchiveLink, archive_pages, archive_title

PARIS = ZoneInfo("Europe/Paris")
DIGEST = {
    "DIGEST_ARCHIVE_MONTH_URL": "archives/{year}/{number:02d}/",
    "DIGEST_ARCHIVE_WEEK_URL": "archives/{year}/semaine-{number:02d}/",
}


def at(day: str, clock: str = "12:00") -> dt.datetime:
    return dt.datetime.fromisoformat(f"{day}T{clock}").replace(tzinfo=PARIS)


def test_editions_group_by_local_day_newest_first_ties_by_key():
    when = {
        "late": at("2023-09-13", "23:30"),
        "early": at("2023-09-14", "00:15"),
        "b": at("2023-09-13", "10:00"),
        "a": at("2023-09-13", "10:00"),
    }
    found = editions(list(when), when.get, str)
    assert [(e.day.isoformat(), e.items) for e in found] == [
        ("2023-09-14", ("early",)),
        ("2023-09-13", ("late", "b", "a")),
    ]


def test_no_articles_no_editions():
    assert editions([], lambda item: item, str) == []


@pytest.mark.parametrize(
    ("days", "kind", "expected"),
    [
        (
            ["2021-01-01", "2020-12-28", "2020-12-27"],
            "week",
            [
                (2020, 53, "2020-12-28", "2021-01-03", 2),
                (2020, 52, "2020-12-21", "2020-12-27", 1),
            ],
        ),
        (
            ["2024-02-29", "2023-12-31", "2023-12-01"],
            "month",
            [
                (2024, 2, "2024-02-01", "2024-02-29", 1),
                (2023, 12, "2023-12-01", "2023-12-31", 2),
            ],
        ),
    ],
)
def test_periods(days, kind, expected):
    found = [Edition(dt.date.fromisoformat(day), ("x",)) for day in days]
    assert [
        (p.year, p.number, p.start.isoformat(), p.end.isoformat(), p.count)
        for p in periods(found, kind)
    ] == expected


@pytest.mark.parametrize(
    ("kind", "start", "title"),
    [
        ("month", "2023-09-01", "Septembre 2023"),
        ("week", "2023-09-11", "Semaine du 11 au 17 septembre 2023"),
        ("week", "2023-08-28", "Semaine du 28 août au 3 septembre 2023"),
        ("week", "2024-12-30", "Semaine du 30 décembre 2024 au 5 janvier 2025"),
    ],
)
def test_archive_titles(kind, start, title):
    (period,) = periods([Edition(dt.date.fromisoformat(start), ("x",))], kind)
    assert archive_title(period) == title


def test_archive_pages_link_newer_and_older():
    found = [
        Edition(dt.date.fromisoformat(d), ("x",)) for d in ("2023-10-02", "2023-09-13")
    ]
    october, september = archive_pages(found, "month", DIGEST)
    assert (october.url, october.save_as) == (
        "archives/2023/10/",
        "archives/2023/10/index.html",
    )
    assert (october.newer, october.older) == (
        None,
        ArchiveLink("Septembre 2023", "archives/2023/09/"),
    )
    assert (september.newer, september.older) == (
        ArchiveLink("Octobre 2023", "archives/2023/10/"),
        None,
    )


def test_section_neighbours_follow_time_within_each_section():
    rows = {
        "monde-1": ("Monde", at("2023-09-12")),
        "sport-1": ("Sport", at("2023-09-12")),
        "monde-3": ("Monde", at("2023-09-14")),
        "monde-2": ("Monde", at("2023-09-13")),
    }
    items = list(rows)
    found = section_neighbours(items, lambda k: rows[k][0], lambda k: rows[k][1], str)
    assert {items[i]: pair for i, pair in found.items()} == {
        "monde-1": (None, "monde-2"),
        "monde-2": ("monde-1", "monde-3"),
        "monde-3": ("monde-2", None),
        "sport-1": (None, None),
    }
