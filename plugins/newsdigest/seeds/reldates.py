"""Relative dates a page prints instead of a date: "il y a 3 heures", "hier à 18h",
"2 hours ago", "yesterday".

Pure functions. They mean something only against the moment the article was
pasted, which the parser does not know: :func:`resolve` needs the moment the
seed was first added to the digest (``ParseOptions.added_at``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from .dates import MODIFIED_LABEL, PUBLISHED_LABEL
from .vocabulary.dates import RELATIVE_DAYS, RELATIVE_UNITS

_UNITS = "|".join(sorted(RELATIVE_UNITS, key=len, reverse=True))
_COUNT = r"\d{1,3}|une?|an?|one"
AGO = re.compile(
    r"\b(?:il y a\s+(?P<n>" + _COUNT + r")\s+(?P<unit>" + _UNITS + r")\b"
    r"|(?P<n2>" + _COUNT + r")\s+(?P<unit2>" + _UNITS + r")\s+ago\b)",
    re.IGNORECASE,
)
DAY = re.compile(
    r"\b(?P<day>" + "|".join(sorted(RELATIVE_DAYS, key=len, reverse=True)) + r")\b"
    r"(?:\s*(?:à|a|at|,)?\s*(?P<H>[012]?\d)\s*(?:h|:)\s*(?P<M>[0-5]\d)?"
    r"(?:\s*(?P<ampm>[ap]\.?m\.?))?)?",
    re.IGNORECASE,
)
MAX_RELATIVE_LINE_CHARS = 120


@dataclass(frozen=True)
class RelativeDate:
    """A moment printed relative to when the page was read."""

    ago: timedelta | None  # "il y a 3 heures"
    days_back: int  # "hier": 1
    clock: time | None  # "hier à 18h"
    kind: str  # "published", "modified" or "plain"


def find_relative(text: str) -> RelativeDate | None:
    """The relative date a short line prints, or None.

    >>> find_relative("Publié il y a 3 heures").ago
    datetime.timedelta(seconds=10800)
    >>> r = find_relative("Updated yesterday at 6:30 pm")
    >>> r.days_back, r.clock, r.kind
    (1, datetime.time(18, 30), 'modified')
    >>> find_relative("Hier, le conseil municipal a voté un budget pour la halle.")
    """
    if len(text) > MAX_RELATIVE_LINE_CHARS or text.rstrip().endswith("."):
        return None
    match = AGO.search(text)
    if match:
        count = match.group("n") or match.group("n2")
        unit = (match.group("unit") or match.group("unit2")).casefold()
        number = int(count) if count.isdigit() else 1
        ago = timedelta(seconds=RELATIVE_UNITS[unit] * number)
        return RelativeDate(ago, 0, None, _kind(text[: match.start()]))
    match = DAY.search(text)
    if match:
        days_back = RELATIVE_DAYS[match.group("day").casefold()]
        kind = _kind(text[: match.start()])
        return RelativeDate(None, days_back, _clock(match), kind)
    return None


def resolve(relative: RelativeDate, moment: datetime) -> datetime:
    """The moment a relative date names, counted back from ``moment``.

    >>> now = datetime(2024, 3, 5, 9, 30)
    >>> resolve(find_relative("il y a 2 heures"), now).isoformat()
    '2024-03-05T07:30:00'
    >>> resolve(find_relative("hier à 18h15"), now).isoformat()
    '2024-03-04T18:15:00'
    """
    if relative.ago is not None:
        return moment - relative.ago
    day = (moment - timedelta(days=relative.days_back)).date()
    clock = relative.clock or time(0, 0)
    return datetime.combine(day, clock, tzinfo=moment.tzinfo)


def _clock(match: re.Match[str]) -> time | None:
    if match.group("H") is None:
        return None
    hour, minute = int(match.group("H")), int(match.group("M") or 0)
    ampm = (match.group("ampm") or "").replace(".", "").casefold()
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    return time(hour, minute) if hour < 24 else None


def _kind(before: str) -> str:
    if MODIFIED_LABEL.search(before):
        return "modified"
    if PUBLISHED_LABEL.search(before):
        return "published"
    return "plain"
