"""Tell the names in a byline: people, news agencies, and the roles after a name.

Pure functions. A byline names people as pages print them ("Mickaël
Bosredon", "Chokri GHARBI", "B.F", "AMELIA THOMSON-DEVEAUX"), often followed
by their role ("Political Correspondent", "correspondant à Genève") or glued
to it ("HiltzikBusiness Columnist"); an agency ("AFP", "The Associated
Press") is never a person.
"""

from __future__ import annotations

import re

from .text import squash
from .vocabulary.people import (
    AGENCIES,
    BYLINE_ROLE_QUALIFIERS,
    BYLINE_ROLES,
    NAME_PARTICLES,
    NOT_NAME_OPENERS,
    NOT_NAME_WORDS,
    PLACE_OPENERS,
)

AGENCY_KEYS = {squash(agency): agency for agency in AGENCIES}
INITIALS = re.compile(r"^(?:[A-ZÀ-Ý]\.?-?){1,4}\.?$|^(?:[A-ZÀ-Ý]\.){1,3}[A-ZÀ-Ý]?\.?$")
NAME_TOKEN = re.compile(
    r"^(?:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]*\.?|[A-ZÀ-ÖØ-Þ]{2,}|[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+"
    r"(?:[-'’][A-ZÀ-ÖØ-Þa-zà-öø-ÿ][a-zà-öø-ÿ'’]*)+|(?:Mc|Mac|O['’]|D['’])[A-Z][a-z]+"
    r"|[A-ZÀ-Ý][a-zà-ÿ]*[A-ZÀ-Ý][a-zà-ÿ]+|[A-ZÀ-Ý]+(?:-[A-ZÀ-Ý]+)+)$"
)
_ROLES = "|".join(BYLINE_ROLES)
# A role after a name, maybe glued to it: "Political Correspondent",
# "HiltzikBusiness Columnist", "ASSISTANT SPORTS EDITOR".
_QUALIFIERS = "|".join(BYLINE_ROLE_QUALIFIERS)
ROLE_TAIL = re.compile(
    r"(?:\s+|(?<=[a-zà-ÿ])(?=[A-ZÀ-Ý]))(?i:(?:(?:" + _QUALIFIERS + r")\s+){0,3}"
    r"(?:" + _ROLES + r")s?)$"
)
ROLE_LINE = re.compile(
    r"^(?:(?:" + _QUALIFIERS + r")\s+){0,3}(?:" + _ROLES + r")s?"
    r"(?:\s+(?:à|at|in|for|de|du)\s.+)?$",
    re.IGNORECASE,
)
# A role opening a piece of a byline: "correspondant à Pékin", "envoyée spéciale".
ROLE_START = re.compile(r"^(?i:" + _ROLES + r")s?\b")
MAX_NAME_TOKENS = 5
MAX_NAME_CHARS = 50


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
    >>> is_person_name("Entretiens Méditerranée"), is_person_name("UN CHANTIER")
    (False, False)
    >>> is_person_name("New Testford"), is_person_name("LOS TESTOS")
    (False, False)
    """
    tokens = text.split()
    if not tokens or len(tokens) > MAX_NAME_TOKENS or len(text) > MAX_NAME_CHARS:
        return False
    if len(tokens) == 1:
        return bool(INITIALS.match(tokens[0])) and any(c == "." for c in tokens[0])
    first = tokens[0].lower()
    if first in NAME_PARTICLES or first in NOT_NAME_OPENERS or first in PLACE_OPENERS:
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


def is_single_name(text: str) -> bool:
    """A name of one word, as a labelled byline may print it ("Par Elba")."""
    token = text.strip()
    return (
        " " not in token
        and bool(NAME_TOKEN.match(token))
        and len(token) > 2
        and token.lower() not in NOT_NAME_WORDS
        and token.lower() not in NOT_NAME_OPENERS
        and agency_name(token) is None
    )


def without_role(text: str) -> str:
    """A name without the role printed after it.

    >>> without_role("Amy Gibbons Political Correspondent")
    'Amy Gibbons'
    >>> without_role("Michael HiltzikBusiness Columnist")
    'Michael Hiltzik'
    """
    return ROLE_TAIL.sub("", text).strip()


def is_role(text: str) -> bool:
    """Whether a piece of a byline is a role ("correspondant à Genève").

    >>> is_role("correspondant à New York"), is_role("ASSISTANT SPORTS EDITOR")
    (True, True)
    """
    text = text.strip()
    return bool(ROLE_START.match(text) or ROLE_LINE.match(text))


def name_prefix(text: str) -> str | None:
    """The name opening a piece whose end is lowercase affiliation or role text.

    >>> name_prefix("Frédéric Zalac d'Enquête"), name_prefix("Le Monde en direct")
    ('Frédéric Zalac', None)
    """
    tokens = text.split()
    for cut in range(len(tokens) - 1, 1, -1):
        head, tail = " ".join(tokens[:cut]), tokens[cut]
        if tail[:1].islower() and is_person_name(head):
            return head
    return None
