"""Split a caption line from the credit printed on it.

Pure functions. A caption line carries its credit after a label ("...
Photograph: Jane Doe/AP", "... // Source : X"), in brackets ("(Adel
Hana/AP)"), after a copyright sign or a dash ("... - BFMTV"), or after its
last sentence ("... Austria.Leonhard Foeger / Reuters", "... in February.
Jane Doe—Getty Images", "... salariés. DDM - JEAN TEST"); a caption line may
also repeat the image's alt text before or after its credit. What a credit
is, and its cleaning, are in ``credits.py``.
"""

from __future__ import annotations

import re

from .credits import (
    CAPTION_LABEL,
    CREDIT_SMALL_WORDS,
    CREDIT_WORD,
    NOISE,
    clean_caption,
    clean_credit,
    credit_size,
    has_prose_words,
    is_credit,
)
from .text import ends_sentence, norm, words
from .vocabulary.photos import INLINE_CREDIT_LABELS

# Where a caption's sentence ends, for a credit printed after it.
SENTENCE_STOP = re.compile(r"[.!?…][)»\"”’]*(?=\s*\S)")
# "... at the cosmodrome. Photograph: Vladimir Smirnov/AP", "... Credit...Name/
# Agency", "... Sonde. // Source : Jean Test / Unsplash".
_PICTURE_LABEL = "|".join(INLINE_CREDIT_LABELS)
LABELLED_CREDIT = re.compile(
    r"^(?P<caption>.+?[.!?…»\"),’”])\s*(?:(?://|[|—–-])\s*)?"
    r"(?P<credit>(?:" + _PICTURE_LABEL + r"|source)\s*(?::|\.{3}|…)\s*.{2,90})$",
    re.IGNORECASE,
)
# A capitalised label after a caption without its full stop: "... near the
# island Image: Jane Doe/dpa".
UNPUNCTUATED_LABELLED_CREDIT = re.compile(
    r"^(?P<caption>.+?\S)\s+(?=(?-i:[A-ZÉ]))"
    r"(?P<credit>(?:" + _PICTURE_LABEL + r")\s*(?::|\.{3}|…)\s*.{2,90})$",
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
MAX_NAME_CREDIT_WORDS = 6
NAME_CREDIT_SPLIT = re.compile(r"[\s/—–-]+")
NAME_CREDIT_JOINER = re.compile(r"\S\s?[/—–]\s?\S|\s-\s")


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
        UNPUNCTUATED_LABELLED_CREDIT,
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
        marked = pattern in (
            COPYRIGHT_CREDIT,
            LABELLED_CREDIT,
            UNPUNCTUATED_LABELLED_CREDIT,
        )
        if marked or is_credit(match.group("credit"), source):
            caption = clean_caption(match.group("caption"))
            if len(words(caption)) >= 2:
                return caption, clean_credit(match.group("credit"))
    return _credit_after_sentence(line, source)


def _credit_after_sentence(line: str, source: str | None) -> tuple[str, str] | None:
    """A credit printed after the caption's last sentence, glued or spaced:
    "... Austria.Leonhard Foeger / Reuters", "... in February. Jane Doe—Getty
    Images", "... 850 salariés. DDM - JEAN TEST"."""
    for stop in SENTENCE_STOP.finditer(line):
        caption, credit = line[: stop.end()], line[stop.end() :].strip()
        if len(words(caption)) < 2 or not (
            credit[:1].isupper() or CREDIT_WORD.fullmatch(credit)
        ):
            continue
        if is_credit(credit, source) or _name_credit(credit):
            return clean_caption(caption), clean_credit(credit)
    return None


def _name_credit(text: str) -> bool:
    """A photographer's name, with or without an agency, after a caption: a
    few capitalised words in capitals or joined by a slash or a dash
    ("JEAN TEST", "DDM - JEAN TEST", "J. Test/L'Exemple")."""
    tokens = [token for token in NAME_CREDIT_SPLIT.split(text) if token]
    if not 1 <= len(tokens) <= MAX_NAME_CREDIT_WORDS or ends_sentence(text):
        return False
    if not all(t[:1].isupper() or t.lower() in CREDIT_SMALL_WORDS for t in tokens):
        return False
    return text.isupper() or bool(NAME_CREDIT_JOINER.search(text))


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
        return _caption_and_credit(caption, clean_credit(rest))
    if text.rstrip(" .").endswith(key):
        start = _suffix_start(plain, key)
        if start <= 0:
            return None
        credit = clean_credit(PHOTO_PREFIX_CREDIT.sub("", plain[:start]))
        return _caption_and_credit(plain[start:], credit)
    return None


def _caption_and_credit(caption: str, credit: str) -> tuple[str, str | None] | None:
    """A caption and its credit, or None when the "credit" names no one: a
    credit without a letter ("0.") or made of ordinary words ("Et demain il
    pleuvra.") is the rest of a paragraph that starts like the line before."""
    if credit and (
        not any(char.isalpha() for char in credit) or has_prose_words(credit)
    ):
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
