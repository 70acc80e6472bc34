"""Read authors and agencies out of a byline or a signature.

Pure functions. Bylines seen in pastes: "Par Jean Dupont", "By Jane Doe |
Fox News", "Elsa Provenzano et Mickaël Bosredon", "Kevin Johnson and Kevin
McCoy USA TODAY", "Analysis by Chris Cillizza, CNN Editor-at-large",
"Yasmine Hassan · CBC News", "Par Le Figaro et AFP"; signatures: "B.F avec
AFP", "Le Monde avec AFP et Reuters", "Reuters".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import squash, words
from .vocabulary import (
    AGENCIES,
    BYLINE_LABELS,
    NAME_JOINERS,
    NAME_PARTICLES,
    NOT_NAME_OPENERS,
    NOT_NAME_WORDS,
    SIGNATURE_AGENCY_JOINERS,
)

LABEL = re.compile(
    r"^(?:" + "|".join(sorted(BYLINE_LABELS, key=len, reverse=True)) + r")\s*:?\s+",
    re.IGNORECASE,
)
INNER_LABEL = re.compile(
    r"(?:^|\s)(?:"
    + "|".join(sorted(BYLINE_LABELS, key=len, reverse=True))
    + r")\s*:?\s+(?=\S)",
    re.IGNORECASE,
)
SEGMENTS = re.compile(r"\s+[|·•]\s+|\s+[—–-]\s+")
# What follows a name in a byline: "in Moscow", "à Kiev", "for MailOnline".
NAME_SUFFIX = re.compile(
    r"\s+(?:in|à|en|from|depuis|for|pour)\s+[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*)*$",
    re.IGNORECASE,
)
JOINERS = re.compile(NAME_JOINERS, re.IGNORECASE)
AGENCY_JOINER = re.compile(SIGNATURE_AGENCY_JOINERS, re.IGNORECASE)
AGENCY_KEYS = {squash(agency): agency for agency in AGENCIES}
INITIALS = re.compile(r"^(?:[A-ZÀ-Ý]\.?-?){1,4}\.?$|^(?:[A-ZÀ-Ý]\.){1,3}[A-ZÀ-Ý]?\.?$")
NAME_TOKEN = re.compile(
    r"^(?:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]*\.?|[A-ZÀ-ÖØ-Þ]{2,}|[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+"
    r"(?:[-'’][A-ZÀ-ÖØ-Þa-zà-öø-ÿ][a-zà-öø-ÿ'’]*)+|(?:Mc|Mac|O['’]|D['’])[A-Z][a-z]+"
    r"|[A-ZÀ-Ý][a-zà-ÿ]*[A-ZÀ-Ý][a-zà-ÿ]+)$"
)
AFFILIATION = re.compile(r",\s+[^,]*$")
PARENTHESES = re.compile(r"\s*\([^()]*\)")


@dataclass(frozen=True)
class Byline:
    """The people and the organisations a byline names."""

    authors: tuple[str, ...]
    agencies: tuple[str, ...]

    def __bool__(self) -> bool:
        return bool(self.authors or self.agencies)


def agency_name(text: str) -> str | None:
    """The canonical name of a news agency, or None.

    >>> agency_name("afp"), agency_name("Associated Press"), agency_name("Le Monde")
    ('AFP', 'Associated Press', None)
    """
    return AGENCY_KEYS.get(squash(text.strip(" ().")))


def is_person_name(text: str) -> bool:
    """Whether text is a person's name as bylines print them.

    >>> is_person_name("Mickaël Bosredon"), is_person_name("Chokri GHARBI")
    (True, True)
    >>> is_person_name("B.F"), is_person_name("Getty Images"), is_person_name("Russie")
    (True, False, False)
    """
    tokens = text.split()
    if not tokens or len(tokens) > 5 or len(text) > 50:
        return False
    if len(tokens) == 1:
        return bool(INITIALS.match(tokens[0])) and any(c == "." for c in tokens[0])
    if tokens[0].lower() in NAME_PARTICLES or tokens[0].lower() in NOT_NAME_OPENERS:
        return False
    named = 0
    for token in tokens:
        if token.lower() in NAME_PARTICLES:
            continue
        if token.lower().strip(".,") in NOT_NAME_WORDS or agency_name(token):
            return False
        if not (NAME_TOKEN.match(token) or INITIALS.match(token)):
            return False
        named += 1
    return named >= 2 or (named == 1 and bool(INITIALS.match(tokens[0])))


def parse_byline(
    text: str, source: str | None = None, *, signature: bool = False
) -> Byline | None:
    """Authors and agencies of a byline line, or None if it is not a byline.

    >>> parse_byline("Par Le Figaro et AFP", "Le Figaro")
    Byline(authors=(), agencies=('Le Figaro', 'AFP'))
    >>> parse_byline("Kevin Johnson and Kevin McCoy USA TODAY", "usatoday")
    Byline(authors=('Kevin Johnson', 'Kevin McCoy'), agencies=())
    >>> parse_byline("Analysis by Chris Cillizza, CNN Editor-at-large", "CNN")
    Byline(authors=('Chris Cillizza',), agencies=())
    """
    text = _strip_final_period(text)
    labelled = bool(LABEL.match(text))
    if not labelled:
        inner = INNER_LABEL.search(text)
        if inner and inner.start() > 0 and _is_outlet(text[: inner.start()], source):
            text, labelled = text[inner.end() :], True
    text = LABEL.sub("", text)
    segments = [part for part in SEGMENTS.split(text) if part.strip()]
    if not segments:
        return None
    names_part = PARENTHESES.sub("", segments[0])
    if not labelled:
        names_part = names_part.rstrip(",")
    left, _, right = _split_agencies(names_part)
    authors: list[str] = []
    agencies: list[str] = []
    organisations: list[str] = []
    for piece in JOINERS.split(left):
        part = _strip_affiliation(piece.strip(), source)
        if not part:
            continue
        agency = agency_name(part)
        if agency:
            agencies.append(agency)
        elif _is_outlet(part, source):
            organisations.append(part)
        elif is_person_name(part):
            authors.append(part)
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


def parse_signature(text: str, source: str | None = None) -> Byline | None:
    """Authors and agencies of an end-of-article signature, or None.

    >>> parse_signature("B.F avec AFP", "BFMTV")
    Byline(authors=('B.F',), agencies=('AFP',))
    >>> parse_signature("Le Monde avec AFP et Reuters", "Le Monde")
    Byline(authors=(), agencies=('Le Monde', 'AFP', 'Reuters'))
    >>> parse_signature("Reuters"), parse_signature("Avec AFP")
    (Byline(authors=(), agencies=('Reuters',)), Byline(authors=(), agencies=('AFP',)))
    """
    text = text.strip()
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1]
    text = _strip_final_period(text)
    if len(words(text)) > 10:
        return None
    agency = agency_name(text)
    if agency:
        return Byline((), (agency,))
    bare = re.sub(r"^(?:avec|with)\s+", "", text, flags=re.IGNORECASE)
    if bare != text:
        found = [agency_name(part) for part in JOINERS.split(bare)]
        if found and all(found):
            return Byline((), tuple(found))
        return None
    return parse_byline(text, source, signature=True)


def _strip_final_period(text: str) -> str:
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
    part = NAME_SUFFIX.sub("", part).strip()
    if source:
        key = squash(source)
        tokens = part.split()
        for cut in range(1, min(4, len(tokens))):
            if squash(" ".join(tokens[-cut:])) == key:
                return " ".join(tokens[:-cut])
    return part


def _is_outlet(text: str, source: str | None) -> bool:
    """Whether text names the outlet itself ("Le Figaro", "CBC News")."""
    if not source:
        return False
    key, value = squash(source), squash(text)
    return bool(key) and bool(value) and (value == key or value.startswith(key))
