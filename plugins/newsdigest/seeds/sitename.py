"""The outlet's name as a reader would cite it, from the site's name line.

Pure functions. Line 1 of a paste prints the site's name as the page's
metadata spells it: "Le Monde.fr", "20minutes", "usatoday", "Voice of
America (VOA News)", "Testnews©", "regards.fr". Domain suffixes, aliases and
trade marks go; squashed names take the spelling the text itself prints.
"""

from __future__ import annotations

import re

from .text import smart_title, squash

DOMAIN = re.compile(
    r"^(?:https?://)?(?:www\.)?(?P<name>.+?)(?P<tld>\.[a-z]{2,3}(?:\.[a-z]{2})?)?/?$"
)
# An alias in brackets after the name ("Voice of America (VOA News)"), and
# trade marks glued to it ("Testnews©").
ALIAS = re.compile(r"\s*\([^()]{1,40}\)\s*$")
MARKS = re.compile(r"[©®™]")


def source_name(line: str, text: str) -> str:
    """The outlet's name as a reader would cite it.

    Domain spellings lose their suffix when the rest is a proper name
    ("Le Monde.fr" -> "Le Monde"); squashed names ("20minutes",
    "usatoday") take the spelling the text itself prints ("USA TODAY"),
    else are split between digits and letters ("20 Minutes").

    >>> source_name("Le Monde.fr", ""), source_name("actu.fr", "")
    ('Le Monde', 'actu.fr')
    >>> source_name("usatoday", "Kevin McCoy USA TODAY"), source_name("20minutes", "")
    ('USA Today', '20 Minutes')
    >>> source_name("Le Test (LT News)", ""), source_name("Testnews©", "")
    ('Le Test', 'Testnews')
    >>> source_name("essais.fr", "LIRE AUSSI SUR ESSAIS.FR")
    'Essais'
    """
    name = MARKS.sub("", ALIAS.sub("", line)).strip() or line.strip()
    match = DOMAIN.match(name)
    if match and match.group("tld"):
        stem = match.group("name")
        if " " in stem or any(char.isupper() for char in stem):
            return stem
        cased = _cased_domain(name.removeprefix("www."), text)
        if cased:
            return smart_title(cased) if cased.isupper() else cased
        return name.removeprefix("www.")
    if " " in name or not name.islower():
        return name
    key = squash(name)
    spelled = _spelling_in_text(key, text)
    if spelled:
        return smart_title(spelled) if spelled.isupper() else spelled
    split = re.sub(r"(?<=\d)(?=[a-z])|(?<=[a-z])(?=\d)", " ", name)
    return smart_title(split) if split != name else name


def _cased_domain(domain: str, text: str) -> str | None:
    """The site's name as the text prints its domain with capitals
    ("REGARDS.FR" for regards.fr), without the suffix; None if only lower case."""
    for found in re.findall(re.escape(domain), text, re.IGNORECASE):
        if found != domain and any(char.isupper() for char in found):
            return found.rsplit(".", 1)[0]
    return None


def _spelling_in_text(key: str, text: str) -> str | None:
    """A spaced spelling of a squashed name printed in the text ("USA TODAY")."""
    if len(key) < 4:
        return None
    pattern = r"\s?".join(re.escape(char) for char in key)
    for match in re.finditer(pattern, text, re.IGNORECASE):
        found = match.group(0)
        if " " in found and squash(found) == key:
            return found
    return None
