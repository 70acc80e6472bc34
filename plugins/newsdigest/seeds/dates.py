"""Find publication dates in the words a news page prints around them.

Pure functions over strings. A date line may read "Publié le 13/09/2023 à
10h25", "Mis à jour le 23/10/17 à 05h03", "Sept. 13, 2023, 9:28 AM UTC",
"Published 7:07 PM EST Nov 19, 2019" or "Friday 22 November 2024 08:49 GMT".
When a page prints no date line, ``textdates.py`` dates the article from its
own words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo

from .vocabulary.dates import (
    MODIFIED_LABELS,
    MONTH_FIRST_ZONES,
    MONTHS,
    PUBLISHED_LABELS,
    TIMEZONES,
    WEEKDAYS,
)

_MONTH = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
DAY_NAME = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_TZ = "|".join(sorted((tz.upper() for tz in TIMEZONES), key=len, reverse=True))
# Zone abbreviations are matched in capitals only ("EST", never French "est").
# "10h25", "10:25", "10 h", and "10.25" when a zone or am/pm follows (The Guardian).
_TIME = (
    r"(?P<H>[012]?\d)\s*(?:h|:|H|\.(?=[0-5]\d\s*(?:[ap]\.?\s?m|(?-i:[A-Z]{2,4}\b))))"
    r"\s*(?P<M>[0-5]\d)?(?::[0-5]\d)?"
    r"(?:\s*(?P<ampm>[ap]\.?\s?m\.?))?"
    r"(?:\s*(?-i:(?P<tz>" + _TZ + r"))(?:\b|(?=(?-i:[A-Z]))))?"
)
_TIME_AFTER = r"(?:[\s,]*(?:à|a|at|,|-|–|—)?\s*" + _TIME + r")?"
_YEAR = r"(?P<y>(?:19|20)\d\d|'?\d\d)"

DATE_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        # 2023-09-13T10:25
        r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
        r"(?:[T ](?P<H>[012]\d):(?P<M>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?"
        r"(?P<offset>Z|[+-]\d\d:?\d\d)?)?",
        # 7:07 PM EST Nov 19, 2019
        r"\b"
        + _TIME
        + r"\s+(?P<mon>"
        + _MONTH
        + r")\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+"
        + _YEAR
        + r"\b",
        # PUBLISHED: 10:25 BST, 13 September 2023
        r"\b" + _TIME + r",?\s+(?:(?P<wd>" + DAY_NAME + r")\.?,?\s+)?(?P<d>[0-3]?\d)"
        r"(?:st|nd|rd|th)?\s+(?P<mon>"
        + _MONTH
        + r")(?![a-zà-ÿ])\.?,?\s+"
        + _YEAR
        + r"\b",
        # 13/09/2023 à 10h25, 22/10/17, 12-03-2031; 09/13/2023 06:07 PM EDT
        r"\b(?P<d>[0-3]?\d)(?P<sep>[/.-])(?P<m>[0-3]?\d)(?P=sep)"
        + _YEAR
        + r"\b"
        + _TIME_AFTER,
        # mercredi 13 septembre 2023 à 10h25, 27 Mar 20 à 9:21, 13 sept.
        r"(?:\b(?P<wd>" + DAY_NAME + r")\.?,?\s+)?\b(?P<d>[0-3]?\d)(?:er|st|nd|rd|th)?"
        r"\s+(?P<mon>"
        + _MONTH
        + r")(?![a-zà-ÿ])\.?(?:,?\s+"
        + _YEAR
        + r"\b)?"
        + _TIME_AFTER,
        # Wednesday, Sept. 13, 2023, 9:28 AM UTC ; Aug 08, 2024 4:00 AM EDT
        r"(?:\b(?P<wd>"
        + DAY_NAME
        + r")\.?,?\s+)?\b(?P<mon>"
        + _MONTH
        + r")(?![a-zà-ÿ])\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+"
        + _YEAR
        + r"\b)?"
        + _TIME_AFTER,
    )
)
PUBLISHED_LABEL = re.compile(
    r"\b(?:" + "|".join(PUBLISHED_LABELS) + r")\b", re.IGNORECASE
)
MODIFIED_LABEL = re.compile(
    r"\b(?:" + "|".join(MODIFIED_LABELS) + r")\b", re.IGNORECASE
)
WEAK_PUBLISHED_LABEL = re.compile(r"\b(?:le|on|du|the)\s*:?\s*$", re.IGNORECASE)
DIGIT = re.compile(r"\d")
DATE_HINT = re.compile(r"\d[/.-]\d|(?i:\b(?:" + _MONTH + r"))", re.IGNORECASE)
MONTHS_IN_YEAR = 12
GLUED_YEAR_TIME = re.compile(r"\b((?:19|20)\d\d)(\d{1,2}:\d\d)")


@dataclass(frozen=True)
class DateMatch:
    """A date expression found in a string, with what its label says it is."""

    start: int
    end: int
    day: date
    clock: time | None
    offset_minutes: int | None
    weekday: int | None
    has_year: bool
    kind: str  # "published", "modified" or "plain"

    def to_datetime(self, default_tz: tzinfo) -> datetime:
        """The moment, in the printed time zone, else in ``default_tz``."""
        tz = (
            timezone(timedelta(minutes=self.offset_minutes))
            if self.offset_minutes is not None
            else default_tz
        )
        return datetime.combine(self.day, self.clock or time(0, 0), tzinfo=tz)


def find_dates(text: str, default_year: int | None = None) -> list[DateMatch]:
    """Every date expression in ``text``, in order, without overlaps.

    >>> [m.day.isoformat() for m in find_dates("Publié le 22/10/17 à 19h49")]
    ['2017-10-22']
    >>> m = find_dates("Published 7:07 PM EST Nov 19, 2019")[0]
    >>> m.day.isoformat(), m.clock.isoformat(), m.offset_minutes, m.kind
    ('2019-11-19', '19:07:00', -300, 'published')
    """
    if not DIGIT.search(text) or not DATE_HINT.search(text):
        return []  # every date has digits, and a month's name or digits in a row
    text = GLUED_YEAR_TIME.sub(r"\1 \2", text)
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []
    for pattern in DATE_PATTERNS:
        for match in pattern.finditer(text):
            span = match.span()
            if any(span[0] < end and start < span[1] for start, end in taken):
                continue
            parsed = _build(match, text, default_year)
            if parsed:
                found.append(parsed)
                taken.append(span)
    return sorted(found, key=lambda m: m.start)


def _build(
    match: re.Match[str], text: str, default_year: int | None
) -> DateMatch | None:
    parts = match.groupdict()
    year = _year(parts.get("y"))
    has_year = year is not None
    if year is None:
        # 2000 is a leap year, so that 29 February parses; has_year tells.
        year = 2000 if default_year is None else default_year
    if parts.get("mon"):
        month, number = MONTHS.get(parts["mon"].lower()), int(parts["d"])
    else:
        number, month = _day_and_month(parts)
    try:
        day = date(year, month, number)
    except (TypeError, ValueError):
        return None
    clock = _clock(parts)
    offset = _offset(parts)
    weekday = WEEKDAYS.get(parts["wd"].lower()) if parts.get("wd") else None
    return DateMatch(
        start=match.start(),
        end=match.end(),
        day=day,
        clock=clock,
        offset_minutes=offset,
        weekday=weekday,
        has_year=has_year,
        kind=_kind(text[: match.start()]),
    )


def _day_and_month(parts: dict[str, str | None]) -> tuple[int, int]:
    """The day and month of a date in digits: day first ("13/09/2023"), but
    month first when the second number cannot be a month ("09/13/2023") or
    when the time is printed as North America prints it ("03/12/2031 06:07 PM
    EDT": a 12-hour clock or a North American zone).

    >>> _day_and_month({"d": "03", "m": "12", "ampm": "PM"})
    (12, 3)
    """
    first, second = int(parts["d"] or 0), int(parts["m"] or 0)
    if "offset" in parts:  # 2023-09-13: the ISO order is never ambiguous
        return first, second
    zone = (parts.get("tz") or "").lower()
    american = bool(parts.get("ampm")) or zone in MONTH_FIRST_ZONES
    if second > MONTHS_IN_YEAR or (american and first <= MONTHS_IN_YEAR):
        return second, first
    return first, second


def _year(raw: str | None) -> int | None:
    if not raw:
        return None
    raw = raw.lstrip("'")
    value = int(raw)
    if len(raw) == 2:
        value += 2000 if value < 70 else 1900
    return value


def _clock(parts: dict[str, str | None]) -> time | None:
    if parts.get("H") is None:
        return None
    hour = int(parts["H"])
    minute = int(parts["M"] or 0)
    ampm = (parts.get("ampm") or "").replace(".", "").replace(" ", "").lower()
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23:
        return None
    return time(hour, minute)


def _offset(parts: dict[str, str | None]) -> int | None:
    raw = parts.get("offset")
    if raw:
        if raw.upper() == "Z":
            return 0
        sign = -1 if raw[0] == "-" else 1
        digits = raw[1:].replace(":", "")
        return sign * (int(digits[:2]) * 60 + int(digits[2:]))
    if parts.get("tz"):
        return TIMEZONES[parts["tz"].lower()]
    return None


def _kind(before: str) -> str:
    """What the nearest label before a date says it is."""
    before = before[-40:]
    modified = max((m.end() for m in MODIFIED_LABEL.finditer(before)), default=-1)
    published = max((m.end() for m in PUBLISHED_LABEL.finditer(before)), default=-1)
    if modified >= 0 and modified >= published:
        return "modified"
    if published >= 0 or WEAK_PUBLISHED_LABEL.search(before):
        return "published"
    return "plain"
