"""Tell a photo credit from a caption, and split a caption line from its credit.

Pure functions. Credits come in many shapes: "- BFMTV", "— Bob Edme/AP",
"© Henri Frasque", "(Adel Hana/Associated Press)", "| DR", "REUTERS/Brendan
McDermid", "Photo: Adil Boukind Archives Le Devoir", "Image copyright EPA",
or a line of its own ("Getty Images", "afp.com/Michael Regan").
"""

from __future__ import annotations

import re

from .text import ends_sentence, norm, squash, words
from .vocabulary import CAPTION_LABELS, CREDIT_LABELS, CREDIT_WORDS

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
    r"^[\w.'’ -]{2,40}\s?/\s?[\w.'’ -]{2,40}(?:\s?/\s?[\w.'’ -]{2,40})*$"
)
# A credit glued or spaced after the caption's final punctuation.
TRAILING_SLASH_CREDIT = re.compile(
    r"^(?P<caption>.*?[.!?…)»\"”])\s*(?P<credit>(?:[A-Z][\w.'’-]*\s?){1,5}/\s?"
    r"[\w.'’ -]{2,60}(?:/\s?[\w.'’ -]{2,40})*)$"
)
# "... at the cosmodrome. Photograph: Vladimir Smirnov/AP", "... Credit...Name/Agency".
LABELLED_CREDIT = re.compile(
    r"^(?P<caption>.+?[.!?…»\"),’”])\s*(?P<credit>(?:photograph|photos?|credits?"
    r"|crédits?(?: photos?)?|image|source)\s*(?::|\.{3}|…)\s*.{2,90})$",
    re.IGNORECASE,
)
BRACKETED_CREDIT = re.compile(
    r"^(?P<caption>.+?)\s*[(\[](?P<credit>[^()\[\]]{2,160})[)\]]$"
)
COPYRIGHT_CREDIT = re.compile(
    r"^(?P<caption>.+?)\s*(?:©|\(c\)|copyright)\s*(?P<credit>[^©]{2,90})$",
    re.IGNORECASE,
)
SEPARATED_CREDIT = re.compile(
    r"^(?P<caption>.+?)\s+[-—–|]\s+(?P<credit>[^-—–|]{2,160})$"
)
PHOTO_PREFIX_CREDIT = re.compile(
    r"^(?:photos?|crédits?(?: photos?)?)\s*:\s*", re.IGNORECASE
)
NOISE = re.compile(
    r"\s*(?:purchase licensing rights|, ?opens new tab)\s*$", re.IGNORECASE
)
BYLINE_START = re.compile(r"^(?:par|by|avec|with|et|and)\s", re.IGNORECASE)
# Lowercase words a credit may hold ("R. van Lonkhuijsen", "Registry via AP").
CREDIT_SMALL_WORDS = frozenset(
    "via de du des d' la le les van von der den da di for of the y et und file "
    "archive archives pool handout photo".split()
)

MAX_CREDIT_WORDS = 9
MAX_CREDIT_CHARS = 90
# A labelled credit may be long or compound: "(Photos by AP; photo
# illustration by Jane Doe / The Test Times)".
MAX_LABELLED_CREDIT_WORDS = 20
MAX_LABELLED_CREDIT_CHARS = 160
LONG_CREDIT_LABEL = re.compile(
    r"^[(\[]?\s*(?:(?:photo(?:graph)?|image|picture|video)s?\s+by|crédits?\s*photos?\s*:"
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
    if BYLINE_START.match(text.strip("( ")):
        return False
    value = clean_credit(text)
    if not value or (
        ends_sentence(value) and not labelled and not _abbreviation(value)
    ):
        return False
    if not labelled and _has_prose_words(value):
        return False
    if labelled or CREDIT_WORD.search(value):
        return True
    if source and squash(source) and squash(source) in squash(value):
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
    """
    text = NOISE.sub("", text).strip()
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
    return text.strip(" -—–|/:")


def clean_caption(text: str) -> str:
    """Strip caption labels ("Image caption", "[1/5]") and trailing separators."""
    text = CAPTION_LABEL.sub("", text.strip())
    return text.strip().rstrip(" -—–|/,").strip()


def split_credit(line: str, source: str | None = None) -> tuple[str, str] | None:
    """Split "caption + credit" printed on one line; None when no credit is found.

    >>> split_credit("Poutine et Kim le 13 septembre 2023 - BFMTV", "BFMTV")
    ('Poutine et Kim le 13 septembre 2023', 'BFMTV')
    >>> split_credit("The house in Braunau, Austria.Leonhard Foeger / Reuters file")
    ('The house in Braunau, Austria.', 'Leonhard Foeger / Reuters file')
    """
    line = NOISE.sub("", CAPTION_LABEL.sub("", line.strip())).strip()
    for pattern in (
        LABELLED_CREDIT,
        BRACKETED_CREDIT,
        COPYRIGHT_CREDIT,
        SEPARATED_CREDIT,
    ):
        match = pattern.match(line)
        if not match:
            continue
        credit = match.group("credit").strip()
        if len(words(credit)) > credit_size(credit.strip("([ "))[1]:
            continue
        marked = pattern in (COPYRIGHT_CREDIT, LABELLED_CREDIT)
        if marked or is_credit(match.group("credit"), source):
            caption = clean_caption(match.group("caption"))
            if len(words(caption)) >= 2:
                return caption, clean_credit(match.group("credit"))
    match = TRAILING_SLASH_CREDIT.match(line)
    if match and is_credit(match.group("credit"), source):
        return clean_caption(match.group("caption")), clean_credit(
            match.group("credit")
        )
    return None


def split_around(alt: str, line: str) -> tuple[str, str | None] | None:
    """Split a caption line that repeats an alt text, before or after its credit.

    Returns ``(caption, credit)`` when ``line`` starts or ends with ``alt``.

    >>> split_around("Des pompiers à Dnipro.", "Des pompiers à Dnipro. HANDOUT / AFP")
    ('Des pompiers à Dnipro.', 'HANDOUT / AFP')
    >>> split_around("Les trottinettes.", "Photo: Adil Boukind Les trottinettes.")
    ('Les trottinettes.', 'Adil Boukind')
    """
    key, text = norm(alt).rstrip(" ."), norm(line)
    if len(key) < 12:
        return None
    plain = line.strip()
    if text.startswith(key):
        cut = _original_length(plain, key)
        caption, rest = plain[:cut], plain[cut:]
        while rest[:1] in (".", "…"):
            caption, rest = caption + rest[0], rest[1:]
        credit = clean_credit(rest)
        return _caption_and_credit(caption, credit)
    if text.rstrip(" .").endswith(key):
        start = _suffix_start(plain, key)
        if start <= 0:
            return None
        credit = clean_credit(PHOTO_PREFIX_CREDIT.sub("", plain[:start]))
        return _caption_and_credit(plain[start:], credit)
    return None


def _caption_and_credit(caption: str, credit: str) -> tuple[str, str | None] | None:
    """A caption and its credit, or None when the "credit" names no one:
    a credit without a single letter is the rest of a sentence, not a name."""
    if credit and not any(char.isalpha() for char in credit):
        return None
    return clean_caption(caption), credit or None


def _original_length(original: str, key: str) -> int:
    """How many characters of ``original`` make up its normalised prefix ``key``."""
    for end in range(len(key), len(original) + 1):
        if norm(original[:end]) == key:
            return end
    return len(original)


def _suffix_start(original: str, key: str) -> int:
    """Where in ``original`` the normalised suffix ``key`` starts, or -1."""
    for start in range(len(original)):
        if norm(original[start:]).rstrip(" .") == key:
            return start
    return -1


def _has_prose_words(value: str) -> bool:
    """Whether a would-be credit holds ordinary lowercase words ("and Liz Truss")."""
    for token in re.split(r"[\s/]+", value):
        small = token.lower() in CREDIT_SMALL_WORDS or CREDIT_WORD.search(token)
        if token[:1].islower() and not small:
            return True
    return False


def _abbreviation(value: str) -> bool:
    return bool(re.search(r"\b(?:[A-Z]\.){1,3}$|\b(?:d\.r\.|jr\.|inc\.)$", value, re.I))


def _capitalised(value: str) -> bool:
    tokens = [token for token in re.split(r"[\s/]+", value) if token]
    return sum(token[:1].isupper() for token in tokens) >= max(1, len(tokens) - 2)
