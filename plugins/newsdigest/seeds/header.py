"""Step: the site name, the section breadcrumb and the headline at the top of a paste.

A paste starts with the site name, then (when the page shows one) its
breadcrumb or section label, a blank line, and the headline:

    BFMTV
    Russie

    Vladimir Poutine laisse entendre que ...
"""

from __future__ import annotations

import re

from .bylines import LABEL as BYLINE_LABEL
from .dates import find_dates
from .draft import Draft, Line, Role
from .errors import SeedError
from .furniture import FURNITURE
from .names import is_person_name
from .text import ends_sentence, is_paragraph, smart_title, squash, words

BREADCRUMB_SEPARATORS = re.compile(r"\s+(?:>|›|»|/|\||→|»)\s+")
HOME_ITEMS = frozenset(
    {"accueil", "home", "actualité", "actualites", "news", "à la une"}
)
DOMAIN = re.compile(
    r"^(?:https?://)?(?:www\.)?(?P<name>.+?)(?P<tld>\.[a-z]{2,3}(?:\.[a-z]{2})?)?/?$"
)
# An alias in brackets after the name ("Voice of America (VOA News)"), and
# trade marks glued to it ("Testnews©").
ALIAS = re.compile(r"\s*\([^()]{1,40}\)\s*$")
MARKS = re.compile(r"[©®™]")
MAX_SITE_WORDS = 6
MAX_KICKER_WORDS = 2
MAX_CAPS_KICKER_WORDS = 4
MIN_TITLE_WORDS = 5
MAX_SECTION_CHARS = 120
MAX_SECTION_WORDS = 5


def find_header(draft: Draft) -> None:
    """Claim the source, section and title lines; the title is required."""
    lines = draft.lines
    if not lines:
        raise SeedError(draft.path, 1, "no text: the seed holds no article")
    header: list[Line] = []
    second = lines[1] if len(lines) > 1 else None
    if (
        second is not None
        and _is_site_name(lines[0].text)
        and (headline_like(second.text) or section_line(lines, 1))
    ):
        header.append(lines[0])
        if lines[1].block == lines[0].block and section_line(lines, 1):
            header.append(lines[1])
    rest = lines[len(header) :]
    if not rest:
        raise SeedError(
            draft.path,
            lines[-1].no,
            "no headline: after the site name and section, paste the article title",
        )
    title = rest[0]
    label = None
    if len(rest) > 1 and _is_kicker(title.text, rest[1].text):
        label, title = title, rest[1]
    if header:
        draft.claim(header[0], Role.SOURCE)
        draft.found.source_line = header[0].text
        draft.found.source = source_name(header[0].text, _full_text(draft))
    if len(header) > 1:
        draft.claim(header[1], Role.SECTION)
        crumbs = breadcrumb(header[1].text)
        draft.found.breadcrumb = crumbs
        if crumbs:
            draft.found.section = crumbs[-1]
    if label is not None and len(header) == 1 and label.block != title.block:
        # A section line pasted apart from the site name: a breadcrumb after all.
        draft.claim(label, Role.SECTION)
        draft.found.breadcrumb = breadcrumb(label.text)
        draft.found.section = draft.found.breadcrumb[-1]
    elif label is not None:
        draft.claim(label, Role.KICKER)
        draft.found.kicker = label.text
    draft.claim(title, Role.TITLE)
    draft.found.title = title.text
    draft.found.title_line = title.no
    again = lines[title.pos + 1] if title.pos + 1 < len(lines) else None
    if again is not None and again.text == title.text:
        draft.claim(again, Role.REPEAT)  # the headline selected twice


def breadcrumb(text: str) -> tuple[str, ...]:
    """The items of a breadcrumb line, without "Accueil"-like roots.

    >>> breadcrumb("Accueil > Politique > Montréal")
    ('Politique', 'Montréal')
    >>> breadcrumb("Actualité")
    ('Actualité',)
    """
    items = [item.strip(" []") for item in BREADCRUMB_SEPARATORS.split(text.strip())]
    items = [item for item in items if item]
    kept = [item for item in items if item.casefold() not in HOME_ITEMS]
    return tuple(kept or items[-1:])


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


def _is_kicker(line: str, following: str) -> bool:
    """A label printed above the headline ("EXCLUSIF", "Diplomatie"): one or two
    words, or a few in capitals, with a real headline under it."""
    count = len(words(line))
    short = (
        count <= MAX_KICKER_WORDS
        or (line.isupper() and count <= MAX_CAPS_KICKER_WORDS)
        or (bool(BREADCRUMB_SEPARATORS.search(line)) and len(line) <= MAX_SECTION_CHARS)
    )
    return (
        short and not ends_sentence(line) and len(words(following)) >= MIN_TITLE_WORDS
    )


def headline_like(text: str) -> bool:
    """Whether a line may be a headline (or a section above it): not a
    paragraph, a byline, a date, a name or page furniture. A first line
    followed by such a line is the headline itself, not a site name."""
    return not (
        is_paragraph(text)
        or BYLINE_LABEL.match(text)
        or is_person_name(text)
        or FURNITURE.match(text)
        or any(match.has_year for match in find_dates(text))
    )


def section_line(lines: list[Line], index: int) -> bool:
    """Whether the line at ``index``, under the site name, is its section: a
    breadcrumb, or a short label above a longer headline."""
    text = lines[index].text
    if len(text) > MAX_SECTION_CHARS or ends_sentence(text):
        return False
    if BREADCRUMB_SEPARATORS.search(text):
        return True
    following = lines[index + 1].text if index + 1 < len(lines) else ""
    count = len(words(text))
    return (
        count <= MAX_SECTION_WORDS
        and len(words(following)) > count
        and headline_like(following)
    )


def _is_site_name(text: str) -> bool:
    count = len(words(text))
    return 0 < count <= MAX_SITE_WORDS and len(text) <= 60 and not ends_sentence(text)


def _full_text(draft: Draft) -> str:
    return "\n".join(line.text for line in draft.lines)
