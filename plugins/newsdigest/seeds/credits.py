"""Tell a photo credit from a caption, and clean a credit of its labels.

Pure functions (splitting a caption line from its credit is in
``credit_lines.py``). Credits come in many shapes: "- BFMTV", "— Bob Edme/AP",
"© Henri Frasque", "(Adel Hana/Associated Press)", "| DR", "REUTERS/Brendan
McDermid", "Photo: Adil Boukind Archives Le Devoir", "Image copyright EPA",
or a line of its own ("Getty Images", "afp.com/Michael Regan").
"""

from __future__ import annotations

import re

from .dates import find_dates
from .text import ends_sentence, squash, words
from .vocabulary.photos import (
    CAPTION_LABELS,
    CREDIT_LABELS,
    CREDIT_WORDS,
)

CREDIT_WORD = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(re.escape(word) for word in CREDIT_WORDS)
    + r")(?![\w-])",
    re.IGNORECASE,
)
CREDIT_LABEL = re.compile(
    r"^\s*(?:" + "|".join(CREDIT_LABELS) + r")\s*:?\s*", re.IGNORECASE
)
CAPTION_LABEL = re.compile(
    r"^\s*(?:" + "|".join(CAPTION_LABELS) + r")\s*:?\s*", re.IGNORECASE
)
# "Name/AGENCY", "REUTERS/Name", "afp.com/Name": a slash between name-like parts.
SLASH_CREDIT = re.compile(
    r"^[\w.'’ -]{2,40}\s?/\s?[\w.'’ «»\"“”-]{2,40}(?:\s?/\s?[\w.'’ -]{2,40})*$"
)
# "Jane Doe for The Test Times", "JANE DOE FOR THE TEST": who took it, for whom.
FOR_CREDIT = re.compile(
    r"^(?:[A-ZÀ-Ý][\w.'’-]*\s+){2,3}(?i:for|pour)\s+"
    r"[A-ZÀ-Ý«\"“][\w.'’»\"”-]*(?:\s+[A-ZÀ-Ý«\"“][\w.'’»\"”-]*){0,4}$"
)
COPYRIGHT_SIGN = re.compile(r"©|\(c\)", re.IGNORECASE)
NOISE = re.compile(
    r"\s*(?:purchase licensing rights|, ?opens new tab)\s*$", re.IGNORECASE
)
BYLINE_START = re.compile(r"^(?:par|by|avec|with|et|and)\s", re.IGNORECASE)
# Lowercase words a credit may hold ("R. van Lonkhuijsen", "Registry via AP").
CREDIT_SMALL_WORDS = frozenset(
    "via de du des d' la le les van von der den da di for pour of the y et und file "
    "archive archives pool handout photo".split()
)

MAX_CREDIT_WORDS = 9
MAX_CREDIT_CHARS = 90
# A labelled credit may be long or compound: "(Photos by AP; photo
# illustration by Jane Doe / The Test Times)".
MAX_LABELLED_CREDIT_WORDS = 20
MAX_LABELLED_CREDIT_CHARS = 160
LONG_CREDIT_LABEL = re.compile(
    r"^[(\[]?\s*(?:(?:photo(?:graph)?|image|picture|video|illustration)s?\s+by|crédits?\s*photos?\s*:"
    r"|photos?\s*:|photograph\s*:|tous droits réservés|all rights reserved|©)",
    re.IGNORECASE,
)
# A second label inside a credit makes it compound: its labels are kept.
INNER_CREDIT_LABEL = re.compile(r".+\b(?:by|par)\s", re.IGNORECASE)


def is_credit(text: str, source: str | None = None) -> bool:
    """Whether a short piece of text is a photo credit.

    >>> is_credit("Getty Images"), is_credit("REUTERS/Brendan McDermid")
    (True, True)
    >>> is_credit("Le Président a parlé."), is_credit("BFMTV", source="BFMTV")
    (False, True)
    """
    text = NOISE.sub("", text).strip()
    long_label = bool(LONG_CREDIT_LABEL.match(text))
    labelled = bool(CREDIT_LABEL.match(text)) or "©" in text or long_label
    most_chars, most_words = credit_size(text)
    if not text or len(text) > most_chars or len(words(text)) > most_words:
        return False
    if BYLINE_START.match(text.strip("( ")) or _dated(text):
        return False
    value = clean_credit(text)
    if not value or (
        ends_sentence(value) and not labelled and not _abbreviation(value)
    ):
        return False
    if not labelled and has_prose_words(value):
        return False
    if labelled or CREDIT_WORD.search(value):
        return True
    if source and squash(source) and squash(source) in squash(value):
        return True
    if FOR_CREDIT.match(value) and _capitalised(value):
        return True
    return bool(SLASH_CREDIT.match(value)) and _capitalised(value)


def credit_size(text: str) -> tuple[int, int]:
    """How many characters and words a credit may have: more when its label
    says so ("Photos by ...", "Tous droits réservés ...", "(Photo: ...)")."""
    if LONG_CREDIT_LABEL.match(text.strip()):
        return MAX_LABELLED_CREDIT_CHARS, MAX_LABELLED_CREDIT_WORDS
    return MAX_CREDIT_CHARS, MAX_CREDIT_WORDS


def clean_credit(text: str) -> str:
    """Strip labels, brackets and noise around a credit.

    >>> clean_credit("(©Adobe Stock)"), clean_credit("/ (C) Kab Niang")
    ('Adobe Stock', 'Kab Niang')
    >>> clean_credit("© Belga."), clean_credit("© Tous droits réservés")
    ('Belga', 'Tous droits réservés')
    """
    text = bare = NOISE.sub("", text).strip()
    for _ in range(3):
        stripped = text.strip(" -—–|/:").strip()
        if stripped[:1] in "([" and stripped[-1:] in ")]":
            stripped = stripped[1:-1].strip()
        label = CREDIT_LABEL.match(stripped)
        if label and not INNER_CREDIT_LABEL.match(stripped[label.end() :]):
            stripped = stripped[label.end() :].strip()
        if stripped == text:
            break
        text = stripped
    text = text.strip(" -—–|/:")
    if not text:  # only a label: "© Tous droits réservés"
        return COPYRIGHT_SIGN.sub("", bare).strip(" ()[]-—–|/:")
    if text.endswith(".") and not _abbreviation(text):
        text = text[:-1].rstrip()
    return text


def clean_caption(text: str) -> str:
    """Strip caption labels ("Image caption", "[1/5]") and trailing separators."""
    text = CAPTION_LABEL.sub("", text.strip())
    return text.strip().rstrip(" -—–|/,").strip()


def has_prose_words(value: str) -> bool:
    """Whether a would-be credit holds ordinary lowercase words ("and Liz Truss")."""
    for token in re.split(r"[\s/]+", value):
        small = token.lower() in CREDIT_SMALL_WORDS or CREDIT_WORD.search(token)
        if token[:1].islower() and not small:
            return True
    return False


def _dated(text: str) -> bool:
    """Whether a line holds a full date: a date line, never a credit."""
    return any(match.has_year for match in find_dates(text))


def _abbreviation(value: str) -> bool:
    return bool(re.search(r"\b(?:[A-Z]\.){1,3}$|\b(?:d\.r\.|jr\.|inc\.)$", value, re.I))


def _capitalised(value: str) -> bool:
    tokens = [token for token in re.split(r"[\s/]+", value) if token]
    return sum(token[:1].isupper() for token in tokens) >= max(1, len(tokens) - 2)
