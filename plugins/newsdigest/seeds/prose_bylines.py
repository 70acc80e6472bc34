"""A byline printed on the standfirst's line: before it, after it, or glued to it.

Pure functions. A copy may put the byline and the standfirst on one line:
"Jeanne Test — La halle rouvrira au printemps...", "La halle rouvrira au
printemps... Par Jeanne Test", "Par Jeanne TestLa halle rouvrira...". The
byline is read apart and the standfirst keeps every word of its sentences.
"""

from __future__ import annotations

import re

from .bylines import LABEL, SEGMENTS, Byline, parse_byline
from .lede import DATELINE
from .text import is_prose

MIN_PROSE_CHARS = 40
# "... a annoncé la mairie. Par Jeanne Test"
AFTER_PROSE = re.compile(
    r"^(?P<prose>.+[.!?…][»\"”’)]*)\s*(?P<byline>(?i:par|by)\s+\S.{2,80})$"
)
# "Par Jeanne TestLa halle ...": the name runs into the standfirst's capital.
GLUED_BEFORE = re.compile(
    r"^(?P<byline>(?i:par|by)\s+[^.!?]{3,60}?[a-zà-ÿ])(?P<prose>[A-ZÀ-Ý][a-zà-ÿ'’].+)$"
)


def byline_beside_prose(text: str, source: str | None) -> tuple[Byline, str] | None:
    """The byline printed on a line of prose, and the prose without it.

    >>> byline_beside_prose("Jeanne Test — La halle de Testville rouvrira au "
    ...     "printemps après deux ans de travaux.", None)[0].authors
    ('Jeanne Test',)
    >>> byline_beside_prose("La halle rouvrira au printemps, a dit le maire "
    ...     "hier. Par Jeanne Test", None)[1]
    'La halle rouvrira au printemps, a dit le maire hier.'
    """
    if len(text) < MIN_PROSE_CHARS or DATELINE.match(text):
        return None  # "NEW YORK (Reuters) - ..." opens the body, names no author
    for split in (_after_prose, _glued_before, _segment_before):
        found = split(text)
        if found is None:
            continue
        byline_text, prose = found
        if not is_prose(prose):
            continue
        byline = parse_byline(
            byline_text, source, labelled=bool(LABEL.match(byline_text))
        )
        if byline and byline.authors:
            return byline, prose
    return None


def _after_prose(text: str) -> tuple[str, str] | None:
    match = AFTER_PROSE.match(text)
    return (match.group("byline"), match.group("prose")) if match else None


def _glued_before(text: str) -> tuple[str, str] | None:
    match = GLUED_BEFORE.match(text)
    return (match.group("byline"), match.group("prose")) if match else None


def _segment_before(text: str) -> tuple[str, str] | None:
    """ "Jeanne Test — prose": the first part of the line, before a dash or a
    bar, and the rest of it."""
    match = SEGMENTS.search(text)
    if match is None or match.start() == 0 or text[: match.start()].isupper():
        return None  # a place in capitals: "WASHINGTON — ..."
    return text[: match.start()], text[match.end() :]
