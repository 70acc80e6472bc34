"""Step: who wrote the article and when, from the lines under the headline.

Byline and date lines sit between the headline and the body, in any order,
alone ("Jeanne Corriveau", "19 février 2020") or together ("Yasmine Hassan ·
CBC News · Posted: Aug 08, 2024 4:00 AM EDT"). A name with no label counts
as a byline only next to a date line or right under the headline.
"""

from __future__ import annotations

import re

from .bylines import LABEL, SEGMENTS, Byline, parse_byline
from .dates import MODIFIED_LABEL, PUBLISHED_LABEL, DateMatch, find_dates
from .draft import Draft, Line, Role
from .text import words

LABELS_AT_END = re.compile(
    r"(?:\s*[|·•,—–-]?\s*(?:"
    + PUBLISHED_LABEL.pattern
    + "|"
    + MODIFIED_LABEL.pattern
    + r"|le|on|à|at)\s*:?)+\s*[|·•,—–-]?\s*$",
    re.IGNORECASE,
)
SEPARATORS_ONLY = re.compile(r"^[\s|·•,.:;—–()-]*$")
MAX_DATE_LINE_LEFTOVER_WORDS = 4
MAX_BYLINE_CHARS = 160
NAME_NEAR_DATE = 2


def find_bylines_and_dates(draft: Draft) -> None:
    """Claim byline and date lines under the headline; record authors and dates."""
    source = draft.found.source
    zone = draft.header_zone()
    dated: dict[int, list[DateMatch]] = {}
    for line in zone:
        matches = find_dates(line.text)
        if matches and _is_date_line(line.text, matches):
            dated[line.pos] = matches
    bylines: list[Byline] = []
    for line in zone:
        leftover = _without_dates(line.text, dated.get(line.pos, []))
        byline = _byline(draft, line, leftover, source, dated)
        if byline:
            bylines.append(byline)
            draft.claim(line, Role.BYLINE)
        elif line.pos in dated:
            draft.claim(line, Role.DATE)
    draft.found.header_authors = [a for b in bylines for a in b.authors]
    draft.found.header_agencies = [a for b in bylines for a in b.agencies]
    matches = [match for pos in sorted(dated) for match in dated[pos]]
    _record_dates(draft, matches)


def _is_date_line(text: str, matches: list[DateMatch]) -> bool:
    """A line mostly made of dates and their labels (or carrying a labelled one)."""
    if any(match.kind != "plain" and match.has_year for match in matches):
        return True
    leftover = _without_dates(text, matches)
    return len(words(leftover)) <= MAX_DATE_LINE_LEFTOVER_WORDS and any(
        match.has_year for match in matches
    )


def _without_dates(text: str, matches: list[DateMatch]) -> str:
    """The line with its date expressions and their trailing labels removed."""
    if not matches:
        return text
    pieces, cursor = [], 0
    glued = re.sub(r"\b((?:19|20)\d\d)(\d{1,2}:\d\d)", r"\1 \2", text)
    for match in matches:
        pieces.append(LABELS_AT_END.sub("", glued[cursor : match.start]))
        cursor = match.end
    pieces.append(glued[cursor:])
    out = " ".join(piece.strip() for piece in pieces if piece.strip())
    return "" if SEPARATORS_ONLY.match(out) else out


def _byline(
    draft: Draft, line: Line, text: str, source: str | None, dated: dict[int, list]
) -> Byline | None:
    if not text or len(text) > MAX_BYLINE_CHARS:
        return None
    byline = parse_byline(text, source)
    if byline is None:
        return None
    labelled = byline.agencies or not _plain_names(text)
    if labelled or line.pos in dated or _near_date_or_title(draft, line, dated):
        return byline
    return None


def _plain_names(text: str) -> bool:
    """Whether the byline text has no label ("Par", "By"), only names."""
    return not LABEL.match(text) and not SEGMENTS.search(text)


def _near_date_or_title(draft: Draft, line: Line, dated: dict[int, list]) -> bool:
    for step in (-1, 1):
        other = line
        for _ in range(NAME_NEAR_DATE):
            other = draft.previous_live(other) if step < 0 else draft.next_live(other)
            if other is None:
                break
            if other.pos in dated or other.role is Role.TITLE:
                return True
    return False


def _record_dates(draft: Draft, matches: list[DateMatch]) -> None:
    published = [m for m in matches if m.kind in ("published", "plain") and m.has_year]
    modified = [m for m in matches if m.kind == "modified"]
    if published:
        draft.found.published = published[0]
    if modified:
        first = modified[0]
        if not first.has_year and published:
            year = published[0].day.year
            try:
                first = DateMatch(
                    first.start,
                    first.end,
                    first.day.replace(year=year),
                    first.clock,
                    first.offset_minutes,
                    first.weekday,
                    True,
                    first.kind,
                )
            except ValueError:
                first = None
        if first is not None and first.has_year:
            draft.found.modified = first
