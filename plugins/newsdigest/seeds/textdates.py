"""Date an article from its own words when the page prints no date line.

"le 13 septembre 2023" in a caption and "ce mercredi" in the lede agree on
Wednesday 13 September 2023; "ce vendredi 22 novembre" in a text that speaks
of 2023 and 2025 falls in 2024. Pure functions over strings.
"""

from __future__ import annotations

import re

from .dates import DAY_NAME, DateMatch, find_dates
from .vocabulary.dates import WEEKDAYS

THIS_WEEKDAY = re.compile(
    r"\b(?:ce|cette|this|on|last|since|depuis|dès)\s+(?P<wd>" + DAY_NAME + r")\b",
    re.IGNORECASE,
)


def this_weekdays(text: str) -> set[int]:
    """Weekdays the text speaks of as the day of the news ("ce mercredi").

    >>> sorted(this_weekdays("rencontre ce mercredi; on Tuesday"))
    [1, 2]
    """
    return {WEEKDAYS[m.group("wd").lower()] for m in THIS_WEEKDAY.finditer(text)}


def years_in(text: str) -> list[int]:
    """Four-digit years printed in the text."""
    return [int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", text)]


def resolve_text_date(text: str, emphasized: str) -> DateMatch | None:
    """Date an article from its own words, or return None when unsure.

    A full date is kept when the text speaks of its weekday as the day of
    the news ("ce mercredi"), or when it is the only full date and appears in
    the emphasized parts (title, lede, caption). A day without a year
    ("ce vendredi 22 novembre") takes the year, near the years the text
    mentions, on which that day is that weekday.

    >>> resolve_text_date("ce mercredi", "Kim Jong-un le 13 septembre 2023").day
    datetime.date(2023, 9, 13)
    """
    weekdays = this_weekdays(text + "\n" + emphasized)
    matches = find_dates(emphasized + "\n" + text)
    full = [m for m in matches if m.has_year]
    for match in full:
        if match.day.weekday() in weekdays:
            return match
    if len({m.day for m in full}) == 1 and full[0].start < len(emphasized):
        return full[0]
    years = years_in(text + "\n" + emphasized)
    for match in matches:
        if match.has_year or match.weekday is None:
            continue
        if match.weekday not in weekdays and not weekdays:
            continue
        candidate = _year_for_weekday(match, years)
        if candidate:
            return candidate
    return None


def _year_for_weekday(match: DateMatch, years: list[int]) -> DateMatch | None:
    if not years:
        return None
    newest = max(years)
    for year in range(newest + 1, min(years) - 2, -1):
        try:
            day = match.day.replace(year=year)
        except ValueError:
            continue
        if day.weekday() == match.weekday:
            return DateMatch(
                match.start,
                match.end,
                day,
                match.clock,
                match.offset_minutes,
                match.weekday,
                True,
                match.kind,
            )
    return None
