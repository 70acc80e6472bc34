"""Date lines: a line that is a date and its labels, or a byline with its date.

Pure functions over strings found by ``dates.find_dates``: whether a line is
only a date ("16 September 2024 9:33pm"), mostly dates and their labels
("Publié le 12/03/2031 18:07 Mis à jour le 12/03/2031 19:27"), and what a
line leaves once its dates and their labels are gone ("Par Jeanne Test").
"""

from __future__ import annotations

import re

from .dates import MODIFIED_LABEL, PUBLISHED_LABEL, DateMatch, find_dates
from .text import words

# Labels around dates: "Publié le ... Mis à jour le ..." is a date line.
DATE_LABELS = re.compile(
    PUBLISHED_LABEL.pattern + "|" + MODIFIED_LABEL.pattern, re.IGNORECASE
)
LABELS_AT_END = re.compile(
    r"(?:\s*[|·•,—–-]?\s*(?<![\w'’])(?:"
    + PUBLISHED_LABEL.pattern
    + "|"
    + MODIFIED_LABEL.pattern
    + r"|le|on|à|at)\s*:?)+\s*[|·•,—–-]?\s*$",
    re.IGNORECASE,
)
SEPARATORS_ONLY = re.compile(r"^[\s|·•,.:;—–()-]*$")
SEPARATORS_AROUND = re.compile(r"^[\s|·•,:;—–-]+|[\s|·•,:;—–-]+$")
MAX_DATE_LABEL_WORDS = 4
MAX_DATE_ONLY_WORDS = 1
MAX_DATE_WORDS = 9  # "Wednesday, Sept. 13, 2023, 9:28 AM UTC"
MAX_DATES_ON_LINE = 2  # "Publié le ... / Modifié le ..."


def only_date(text: str) -> bool:
    """Whether a line is a date and nothing else ("16 September 2024 9:33pm")."""
    return mostly_date(text, MAX_DATE_ONLY_WORDS)


def mostly_date(text: str, most_words: int = MAX_DATE_LABEL_WORDS) -> bool:
    """Whether a line is a date line ("Last modified on Wed 13 Sep 2023 12.30 BST")."""
    if len(words(text)) > most_words + MAX_DATES_ON_LINE * MAX_DATE_WORDS:
        return False  # longer than a date and its update with their labels
    leftover, cursor = [], 0
    for match in find_dates(text):
        leftover.append(text[cursor : match.start])
        cursor = match.end
    leftover.append(text[cursor:])
    rest = DATE_LABELS.sub(" ", " ".join(leftover))
    return cursor > 0 and len(words(rest)) <= most_words


def without_dates(text: str, matches: list[DateMatch]) -> str:
    """The line with its date expressions and their labels removed (what a
    byline printed with its date leaves: "Par Jeanne Test")."""
    if not matches:
        return text
    pieces, cursor = [], 0
    glued = re.sub(r"\b((?:19|20)\d\d)(\d{1,2}:\d\d)", r"\1 \2", text)
    for match in matches:
        pieces.append(LABELS_AT_END.sub("", glued[cursor : match.start]))
        cursor = match.end
    pieces.append(glued[cursor:])
    out = " ".join(piece.strip() for piece in pieces if piece.strip())
    return "" if SEPARATORS_ONLY.match(out) else SEPARATORS_AROUND.sub("", out)
