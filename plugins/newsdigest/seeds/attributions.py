"""Step: who wrote the article and when, from the lines under the headline.

Byline and date lines sit between the headline and the body, in any order,
alone ("Jeanne Corriveau", "19 février 2020") or together ("Yasmine Hassan ·
CBC News · Posted: Aug 08, 2024 4:00 AM EDT", "Par X — 5 avril 2017"), or on
the standfirst's line ("Par X" after its last sentence, ``prose_bylines.py``). A name
with no label counts as a byline only next to a date line or right under the
headline, under an "Auteur" label line, or above its "@handle"; a role line
under a byline ("ASSISTANT SPORTS EDITOR") belongs to it. A labelled byline
("By Jane Doe") may also sit far below the headline, after a gallery or the
first paragraphs. A sentence that mentions a date is not a date line, and
a paragraph opening with a dateline ("GENÈVE —", "Paris (AFP) -") names no
author.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .bylines import LABEL, SEGMENTS, Byline, parse_byline
from .datelines import DATE_LABELS, without_dates
from .dates import DateMatch, find_dates
from .draft import Draft, Line, Role
from .lede import DATELINE
from .names import is_role
from .prose_bylines import byline_beside_prose
from .reldates import find_relative
from .text import compile_table, is_prose, words
from .vocabulary.people import AUTHOR_BIOS, AUTHOR_LABEL_LINES

AUTHOR_LABEL_LINE = compile_table(AUTHOR_LABEL_LINES)
AUTHOR_BIO = compile_table(AUTHOR_BIOS)
HANDLE = re.compile(r"^@\w{2,30}$")
MAX_ROLE_LINE_WORDS = 5
RELATIVE_DATE_ROLES = (Role.FURNITURE, Role.BYLINE)
MAX_DATE_LINE_LEFTOVER_WORDS = 4
MAX_BYLINE_CHARS = 160
NAME_NEAR_DATE = 2


def find_bylines_and_dates(draft: Draft) -> None:
    """Claim byline and date lines under the headline; record authors and dates."""
    source = draft.found.source
    zone = draft.header_zone()
    printed = {line.pos: find_dates(line.text) for line in zone}
    dated = {
        pos: matches
        for pos, matches in printed.items()
        if matches and _is_date_line(draft.lines[pos].text, matches)
    }
    bylines: list[Byline] = []
    for line in zone:
        if DATELINE.match(line.text):
            continue  # "WEST TESTFORD (AP) — ...": the body's first paragraph
        beside = byline_beside_prose(line.text, source)
        if beside is not None:  # "Jeanne Test — La halle rouvrira ..."
            bylines.append(beside[0])
            line.text = beside[1]
            continue
        leftover = without_dates(line.text, printed[line.pos])
        byline = _byline(draft, line, leftover, source, dated)
        if byline:
            bylines.append(byline)
            draft.claim(line, Role.BYLINE)
            _claim_role_under(draft, line)
            if any(match.has_year for match in printed[line.pos]):
                dated[line.pos] = printed[line.pos]  # "Par X — 5 avril 2017"
        elif line.pos in dated:
            draft.claim(line, Role.DATE)
    if not bylines:
        bylines = _byline_far_below(draft, source)
    draft.found.header_authors = [a for b in bylines for a in b.authors]
    draft.found.header_agencies = [a for b in bylines for a in b.agencies]
    matches = [match for pos in sorted(dated) for match in dated[pos]]
    _record_dates(draft, matches)
    if draft.found.published is None and draft.found.modified is None:
        _record_relative(draft, zone)


def _is_date_line(text: str, matches: list[DateMatch]) -> bool:
    """A line mostly made of dates and their labels, or carrying a labelled
    one ("Publié le ..."); never a sentence that mentions a date."""
    leftover = without_dates(text, matches)
    short = len(words(leftover)) <= MAX_DATE_LINE_LEFTOVER_WORDS
    labelled = any(
        DATE_LABELS.search(text[: match.start]) and match.has_year for match in matches
    )
    if labelled:
        return short or not is_prose(text)
    return short and any(match.has_year for match in matches)


def _byline(
    draft: Draft, line: Line, text: str, source: str | None, dated: dict[int, list]
) -> Byline | None:
    if not text or len(text) > MAX_BYLINE_CHARS:
        return None
    label_above = line.pos > 0 and bool(
        AUTHOR_LABEL_LINE.match(draft.lines[line.pos - 1].text)
    )
    byline = parse_byline(text, source, labelled=label_above)
    if byline is None:
        return None
    labelled = byline.agencies or not _plain_names(text) or label_above
    if (
        labelled
        or line.pos in dated
        or _near_date_or_title(draft, line, dated)
        or _handle_under(draft, line)
    ):
        return byline
    return None


def _handle_under(draft: Draft, line: Line) -> bool:
    """Whether the author's "@handle" is printed on the line under the name."""
    following = line.pos + 1
    return following < len(draft.lines) and bool(
        HANDLE.match(draft.lines[following].text)
    )


def _claim_role_under(draft: Draft, line: Line) -> None:
    """The author's role or handle printed on the line under a byline, and the
    bio under them ("Contributor" / "I write about ...")."""
    for under in draft.lines[line.pos + 1 : line.pos + 3]:
        if not (under.free or under.skipped) or not (
            HANDLE.match(under.text)
            or (len(words(under.text)) <= MAX_ROLE_LINE_WORDS and is_role(under.text))
            or AUTHOR_BIO.match(under.text)
        ):
            return
        draft.claim(under, Role.BYLINE)


def _byline_far_below(draft: Draft, source: str | None) -> list[Byline]:
    """A labelled byline in the first half of the article, outside the header
    zone (under a gallery, a caption, the first paragraphs)."""
    half = draft.lines[: len(draft.lines) // 2 + 1]
    for line in half:
        if not line.free or not LABEL.match(line.text):
            continue
        if len(line.text) > MAX_BYLINE_CHARS:
            continue
        byline = parse_byline(line.text, source)
        if byline and byline.authors:
            draft.claim(line, Role.BYLINE)
            return [byline]
    return []


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


def _record_relative(draft: Draft, zone: list[Line]) -> None:
    """A relative date ("il y a 3 heures", "yesterday") printed in the header,
    on a free line or one already claimed as furniture or byline."""
    if not zone:
        return
    title = next((line.pos for line in draft.lines if line.role is Role.TITLE), 0)
    for line in draft.lines[title + 1 : zone[-1].pos + 1]:
        if line.free or line.role in RELATIVE_DATE_ROLES:
            relative = find_relative(line.text)
            if relative is not None:
                draft.found.relative = relative
                if line.free:
                    draft.claim(line, Role.DATE)
                return


def _record_dates(draft: Draft, matches: list[DateMatch]) -> None:
    published = [m for m in matches if m.kind in ("published", "plain") and m.has_year]
    modified = [m for m in matches if m.kind == "modified"]
    if published:
        draft.found.published = published[0]
    if modified:
        first: DateMatch | None = modified[0]
        if not first.has_year and published:
            # "Last Updated: August 8" under "Posted: Aug 08, 2024": same year.
            try:
                day = first.day.replace(year=published[0].day.year)
            except ValueError:  # 29 February in another year
                first = None
            else:
                first = replace(first, day=day, has_year=True)
        if first is not None and first.has_year:
            draft.found.modified = first
