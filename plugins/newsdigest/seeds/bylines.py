"""Read authors and agencies out of a byline, name by name.

Pure functions. Bylines seen in pastes: "Par Jean Dupont", "By Jane Doe |
Fox News", "Elsa Provenzano et Mickaël Bosredon", "Kevin Johnson and Kevin
McCoy USA TODAY", "Analysis by Chris Cillizza, CNN Editor-at-large",
"Yasmine Hassan · CBC News", "Par Le Figaro et AFP", "Jane Doe, University
of Testford", "Jeanne Test — Édité par Paul Essai". Signatures at the end of
an article ("B.F avec AFP") are read in ``tail.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .names import (
    agency_name,
    is_person_name,
    is_role,
    is_single_name,
    name_prefix,
    without_role,
)
from .text import is_prose, squash, words
from .vocabulary.people import (
    BYLINE_BUTTONS,
    BYLINE_LABELS,
    EDITOR_LABELS,
    NAME_JOINERS,
    SIGNATURE_AGENCY_JOINERS,
)

# "Par X", "By: X", and a label glued to the name ("ByJane Doe").
LABEL = re.compile(
    r"^(?:(?:"
    + "|".join(sorted(BYLINE_LABELS, key=len, reverse=True))
    + r")\s*:?\s+|(?-i:(?:By|Par)(?=[A-ZÀ-Ý][a-zà-ÿ])))",
    re.IGNORECASE,
)
# Who edited the article, a part of the byline that names no author:
# "Jeanne Test — Édité par Paul Essai — 12 mars 2031".
EDITED_BY = re.compile(
    r"(?:^|\s*[|·•—–,-])\s*(?:" + "|".join(EDITOR_LABELS) + r")\s*:?\s+[^|·•—–]+",
    re.IGNORECASE,
)
INNER_LABEL = re.compile(
    r"(?:^|\s)(?:"
    + "|".join(sorted(BYLINE_LABELS, key=len, reverse=True))
    + r")\s*:?\s+(?=\S)",
    re.IGNORECASE,
)
# Parts of a byline: "Name | Outlet", "Name · Outlet", "Name — date", "Name  Agency".
SEGMENTS = re.compile(r"\s+[|·•]\s+|\s+[—–-]\s+|\s{2,}")
# What follows a name in a byline: "in Moscow", "à Kiev", "for MailOnline".
NAME_SUFFIX = re.compile(
    r"\s+(?:in|à|en|from|depuis|for|pour)\s+[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*)*$",
    re.IGNORECASE,
)
JOINERS = re.compile(NAME_JOINERS, re.IGNORECASE)
SPLIT_JOINERS = re.compile(f"({NAME_JOINERS})", re.IGNORECASE)
MAX_AFFILIATION_WORDS = 8
AGENCY_JOINER = re.compile(SIGNATURE_AGENCY_JOINERS, re.IGNORECASE)
AFFILIATION = re.compile(r",\s+[^,]*$")
PARENTHESES = re.compile(r"\s*\([^()]*\)")
# Co-authors in brackets after the first name: "(avec Damien Leloup et Morgane Tual)".
CO_AUTHORS = re.compile(r"\((?:avec|with|and|et)\s+(?P<names>[^()]+)\)", re.IGNORECASE)
MAX_OUTLET_WORDS = 3
MIN_SHOUTED_WORDS = 2
# A button after each name: "By Jane Doe Follow and Joe Test Follow".
BUTTONS = re.compile(
    r"\s+" + BYLINE_BUTTONS + r"(?=\s*(?:$|[,;&]|\band\b|\bet\b))", re.IGNORECASE
)


@dataclass(frozen=True)
class Byline:
    """The people and the organisations a byline names."""

    authors: tuple[str, ...]
    agencies: tuple[str, ...]

    def __bool__(self) -> bool:
        return bool(self.authors or self.agencies)


def parse_byline(
    text: str, source: str | None = None, *, labelled: bool = False
) -> Byline | None:
    """Authors and agencies of a byline line, or None if it is not a byline.

    >>> parse_byline("Par Le Figaro et AFP", "Le Figaro")
    Byline(authors=(), agencies=('Le Figaro', 'AFP'))
    >>> parse_byline("Kevin Johnson and Kevin McCoy USA TODAY", "usatoday")
    Byline(authors=('Kevin Johnson', 'Kevin McCoy'), agencies=())
    >>> parse_byline("Analysis by Chris Cillizza, CNN Editor-at-large", "CNN")
    Byline(authors=('Chris Cillizza',), agencies=())
    >>> parse_byline("Par Jean Test, correspondant à Genève, et Ana Exemple")
    Byline(authors=('Jean Test', 'Ana Exemple'), agencies=())
    >>> parse_byline("Par Jean Test (avec Ana Exemple et Li Essai)")
    Byline(authors=('Jean Test', 'Ana Exemple', 'Li Essai'), agencies=())
    """
    if any(is_prose(part) for part in SEGMENTS.split(text)[1:]):
        return None  # a name, then a paragraph: "TESTVILLE (AP) — The mayor ..."
    text = EDITED_BY.sub(" ", BUTTONS.sub("", strip_final_period(text))).strip()
    labelled = labelled or bool(LABEL.match(text))
    if not labelled:
        inner = INNER_LABEL.search(text)
        if (
            inner
            and inner.start() > 0
            and _outlet_before(text[: inner.start()], source)
        ):
            text, labelled = text[inner.end() :], True
    text = LABEL.sub("", text)
    segments = [part for part in SEGMENTS.split(text) if part.strip()]
    if not segments:
        return None
    co_authors = CO_AUTHORS.search(segments[0])
    names_part = PARENTHESES.sub("", segments[0])
    if not labelled:
        names_part = names_part.rstrip(",")
    if co_authors:
        names_part += ", " + co_authors.group("names")
    left, _, right = _split_agencies(names_part)
    authors: list[str] = []
    agencies = [a for a in map(agency_name, segments[1:]) if a]
    organisations: list[str] = []
    pieces, joiners = _pieces(left)
    for piece, joiner in zip(pieces, joiners, strict=True):
        if authors and joiner == "," and _affiliation(piece):
            continue  # "Jane Doe, University of Testford"
        part = _strip_affiliation(piece, source)
        if not part or is_role(piece):
            continue
        if without_role(piece) != piece and not is_person_name(part):
            continue  # an affiliation: "CNN Editor-at-large"
        agency = agency_name(part)
        if agency:
            agencies.append(agency)
        elif _is_outlet(part, source):
            organisations.append(part)
        elif is_person_name(part) or (
            labelled and len(pieces) == 1 and is_single_name(part)
        ):
            authors.append(part)
        elif labelled and name_prefix(part):
            authors.append(name_prefix(part) or "")
        else:
            return None
    for part in JOINERS.split(right):
        agency = agency_name(part) or (
            part.strip() if _is_outlet(part, source) else None
        )
        if part.strip() and not agency:
            return None
        if agency:
            agencies.append(agency)
    if not authors:
        agencies = organisations + agencies
    if not authors and not agencies:
        return None
    if not labelled and not authors and not right:
        return None
    return Byline(tuple(dict.fromkeys(authors)), tuple(dict.fromkeys(agencies)))


def _pieces(names: str) -> tuple[list[str], list[str]]:
    """The pieces of a list of names, each with the joiner before it ("" for
    the first): "A, B and C" -> [A, B, C], ["", ",", "and"]."""
    parts = SPLIT_JOINERS.split(names)
    pieces, joiners, joiner = [], [], ""
    for index, part in enumerate(parts):
        if index % 2:
            joiner = part.strip().casefold()
        elif part.strip():
            pieces.append(part.strip())
            joiners.append(joiner)
    return pieces, joiners


def _affiliation(piece: str) -> bool:
    """Where an author works, printed after their name and a comma: a few
    words opening with a capital that are no person's name."""
    count = len(words(piece))
    return (
        0 < count <= MAX_AFFILIATION_WORDS
        and piece[:1].isupper()
        and not is_person_name(piece)
        and agency_name(piece) is None
    )


def strip_final_period(text: str) -> str:
    """Drop a sentence's final period, not the one closing initials ("E.P.")."""
    text = text.strip()
    if text.endswith(".") and not re.search(r"(?:^|[\s.])[A-ZÀ-Ý]\.$", text):
        return text[:-1].rstrip()
    return text


def _split_agencies(text: str) -> tuple[str, str, str]:
    """Split "names avec agencies" at the last joiner followed only by agencies."""
    for match in reversed(list(AGENCY_JOINER.finditer(text))):
        if match.group(0).strip().lower() not in ("avec", "with"):
            continue
        return text[: match.start()], match.group(0), text[match.end() :]
    return text, "", ""


def _strip_affiliation(part: str, source: str | None) -> str:
    """Drop what follows a person's name: ", CNN Editor-at-large", "in Moscow",
    "for MailOnline", "(envoyé spécial)", or a trailing outlet name."""
    part = AFFILIATION.sub("", part) if "," in part else part
    part = without_role(NAME_SUFFIX.sub("", part).strip())
    tokens = part.split()
    if source:
        key = squash(source)
        for cut in range(1, min(4, len(tokens))):
            if squash(" ".join(tokens[-cut:])) == key:
                return " ".join(tokens[:-cut])
    return _without_shouted_outlet(tokens) or part


def _without_shouted_outlet(tokens: list[str]) -> str | None:
    """A name in small letters followed by an outlet in capitals
    ("Kevin McCoy USA TODAY" -> "Kevin McCoy"); None when there is none."""
    caps = 0
    while caps < len(tokens) and tokens[-1 - caps].isupper():
        caps += 1
    head = tokens[: len(tokens) - caps]
    if (
        caps >= MIN_SHOUTED_WORDS
        and len(head) >= MIN_SHOUTED_WORDS
        and not any(token.isupper() for token in head)
    ):
        return " ".join(head)
    return None


def _outlet_before(prefix: str, source: str | None) -> bool:
    """Whether what precedes "Par"/"By" inside a line names the outlet or ends a
    part of the line: "Ouest-France Recueilli par", "Le Monde | 04.05 | Par"."""
    prefix = prefix.strip()
    if _is_outlet(prefix, source) or SEGMENTS.search(prefix + " "):
        return True
    tokens = prefix.split()
    return 0 < len(tokens) <= MAX_OUTLET_WORDS and all(
        token[:1].isupper() for token in tokens
    )


def _is_outlet(text: str, source: str | None) -> bool:
    """Whether text names the outlet itself ("Le Figaro", "CBC News")."""
    if not source:
        return False
    key, value = squash(source), squash(text)
    return bool(key) and bool(value) and (value == key or value.startswith(key))
