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
from .sitename import source_name
from .text import ends_sentence, is_paragraph, words

BREADCRUMB_SEPARATORS = re.compile(r"\s+(?:>|›|»|/|\||→|»)\s+")
HOME_ITEMS = frozenset(
    {"accueil", "home", "actualité", "actualites", "news", "à la une"}
)
# "Frain Incendie dans une maison": a capitalised word, then the headline's
# capitalised first word and a word in small letters.
GLUED_KICKER = re.compile(
    r"^(?P<first>[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)*)\s+"
    r"(?P<second>[A-ZÀ-Ý][a-zà-ÿ]{2,})\s+[a-zà-ÿ]"
)
# A line ending with initials is no sentence: "U.S.", "Monde > U.K.".
ABBREVIATION_END = re.compile(r"(?:^|[\s>/|])(?:[A-Z]\.){1,4}$")
MAX_SITE_WORDS = 6
MAX_TOP_FURNITURE = 3
MAX_KICKER_WORDS = 2
MAX_CAPS_KICKER_WORDS = 4
MIN_TITLE_WORDS = 5
MAX_SECTION_CHARS = 120
MAX_SECTION_WORDS = 5


def find_header(draft: Draft) -> None:
    """Claim the source, section and title lines; the title is required."""
    if not draft.lines:
        raise SeedError(draft.path, 1, "no text: the seed holds no article")
    lines = _below_top_furniture(draft)
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
    others = "\n".join(line.text for line in draft.lines if line.text != title.text)
    glued = glued_kicker(title.text, others)
    if glued and draft.found.kicker is None:
        draft.found.kicker, draft.found.title = glued
    again = draft.next_live(title)
    if again is not None and again.text == title.text:
        draft.claim(again, Role.REPEAT)  # the headline selected twice


def _below_top_furniture(draft: Draft) -> list[Line]:
    """The lines from the first one that is not interface ("Hosted", "Menu"
    above the site's name, or instead of it); those above are claimed as
    furniture."""
    lines = draft.lines
    top = 0
    while top < min(len(lines) - 1, MAX_TOP_FURNITURE) and _top_furniture(
        lines[top].text
    ):
        draft.claim(lines[top], Role.FURNITURE)
        top += 1
    return lines[top:]


def _top_furniture(text: str) -> bool:
    """Interface words, with no digit ("20minutes" is a site's name)."""
    return bool(FURNITURE.match(text)) and not any(char.isdigit() for char in text)


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


def glued_kicker(title: str, text: str) -> tuple[str, str] | None:
    """A place or label glued before a headline in sentence case ("Testville
    Fermeture de la halle : ..."): the second word opens the headline, as the
    rest of the text shows by writing it in small letters, while it never
    writes the first word so, nor the two words together (a name: "Supreme
    Court rules ...", with "the Supreme Court" and "the court" in the text).

    >>> glued_kicker("Testville Fermeture de la halle", "la fermeture est actée")
    ('Testville', 'Fermeture de la halle')
    >>> glued_kicker("Supreme Court rules on it", "the Supreme Court, the court")
    """
    match = GLUED_KICKER.match(title)
    if not match:
        return None
    first, second = match.group("first"), match.group("second")
    if (
        _word_in(second.lower(), text)
        and not _word_in(first.lower(), text)
        and not _word_in(f"{first} {second}", text, re.IGNORECASE)
    ):
        return first, title[match.start("second") :]
    return None


def _word_in(phrase: str, text: str, flags: int = 0) -> bool:
    pattern = r"\s+".join(map(re.escape, phrase.split()))
    return bool(re.search(rf"(?<!\w){pattern}(?!\w)", text, flags))


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
    if len(text) > MAX_SECTION_CHARS or (
        ends_sentence(text) and not ABBREVIATION_END.search(text)
    ):
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
