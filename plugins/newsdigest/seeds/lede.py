"""Step: the lede (chapô), its kicker, and a deck printed under it.

The lede is the first paragraph under the headline, wherever the byline,
date and photo fall around it, unless it opens with a dateline ("NEW YORK
(Reuters) -", "WASHINGTON –", "(CNN)"): then the article has no standfirst
and that paragraph is the body's first. A kicker glued before the lede
("FOOTBALL Le club breton...") is kept apart.
"""

from __future__ import annotations

import re

from .draft import Draft, Line, Role
from .text import ends_sentence, is_prose, norm, smart_title, starts_upper, words
from .vocabulary.people import PLACE_OPENERS

# "(CNN)", "NEW YORK (Reuters) -", "BEIRUT/THE HAGUE, March 7 (Reuters) -",
# "WASHINGTON –", "Paris (AFP) -": a place in capitals (one to three words)
# or any place followed by an agency in brackets.
_CAPS_PLACE = r"[A-ZÀ-Ý][A-ZÀ-Ý.'’-]+(?:[ /][A-ZÀ-Ý][A-ZÀ-Ý.'’-]+){0,2}"
# "New York —", "Hong Kong –": a place whose first word opens no person's name.
_OPENERS = "|".join(sorted(word.capitalize() for word in PLACE_OPENERS))
_OPENED_PLACE = r"(?:" + _OPENERS + r")\s[A-ZÀ-Ý][\wÀ-ÿ'’-]+\s*[—–]\s"
DATELINE = re.compile(
    r"^(?:\([A-Z][A-Za-z. ]{1,25}\)\s*\S|"
    + _OPENED_PLACE
    + r"|"
    + _CAPS_PLACE
    + r"(?:,\s*[A-Z][a-zé]+\.?\s+\d{1,2})?\s*"
    r"(?:\([A-Za-z. ]{2,25}\))?\s*[—–-]\s"
    r"|[A-ZÀ-Ý][\wÀ-ÿ .'’/-]{2,40}\s*\([A-Za-z. ]{2,25}\)\s*[—–-]\s)"
)
CAPS_KICKER = re.compile(
    r"^(?P<kicker>[A-ZÀ-Ý0-9][A-ZÀ-Ý0-9'’&-]*(?:\s+[A-ZÀ-Ý0-9][A-ZÀ-Ý0-9'’&-]*){0,3})"
    r"\s+(?=[A-ZÀ-Ý][a-zà-ÿ])"
)
LOWER_KICKER = re.compile(
    r"^(?P<kicker>[a-zà-ÿ][\wà-ÿ'’-]*(?:\s+[\wà-ÿ'’-]+){0,3})\s+(?=[A-ZÀ-Ý][a-zà-ÿ])"
)
# A section label glued to the lede's first word: "AgricultureL'Office fédéral".
GLUED_KICKER = re.compile(
    r"^(?P<kicker>[A-ZÀ-Ý][a-zà-ÿ]+(?:[ -][a-zà-ÿ]+)?)(?=[A-ZÀ-Ý](?:[a-zà-ÿ]|['’]))"
)
MIN_KICKER_LETTERS = 5
MIN_LEDE_WORDS = 8
MIN_UNPUNCTUATED_LEDE_WORDS = 12
MAX_DECK_CHARS = 200


def find_lede(draft: Draft) -> None:
    """Claim the lede (and a deck under it); record the lede, kicker and section."""
    zone = draft.header_zone()
    title = norm(draft.found.title)
    candidate = next(
        (
            line
            for line in zone
            if _lede_like(line.text, _under_headline(draft, line))
            and norm(line.text) != title
        ),
        None,
    )
    if candidate is None or DATELINE.match(candidate.text):
        return
    if not _has_body_after(draft, candidate):
        return
    kicker, lede = split_kicker(candidate.text)
    draft.claim(candidate, Role.LEDE)
    draft.found.lede = lede
    if kicker:
        draft.found.kicker = kicker
        if (kicker.isupper() or GLUED_KICKER.match(candidate.text)) and (
            not draft.found.section
        ):
            draft.found.section = smart_title(kicker)
    _find_deck(draft, candidate)


def split_kicker(text: str) -> tuple[str | None, str]:
    """Split a kicker glued before a lede.

    >>> split_kicker("FOOTBALL Le club breton recherche un technicien étranger...")
    ('FOOTBALL', 'Le club breton recherche un technicien étranger...')
    >>> split_kicker("SantéL'hôpital de Testville rouvre ses urgences ce lundi.")
    ('Santé', "L'hôpital de Testville rouvre ses urgences ce lundi.")
    >>> split_kicker("LE POINT SUR LA SITUATION - «Nous avons...»")
    (None, 'LE POINT SUR LA SITUATION - «Nous avons...»')
    """
    for pattern in (CAPS_KICKER, LOWER_KICKER, GLUED_KICKER):
        match = pattern.match(text)
        if not match:
            continue
        kicker = match.group("kicker")
        letters = sum(char.isalpha() for char in kicker)
        if letters >= MIN_KICKER_LETTERS and len(words(text[match.end() :])) >= 4:
            return kicker, text[match.end() :]
    return None, text


def _lede_like(text: str, under_headline: bool = False) -> bool:
    """A standfirst: a sentence or two; right under the headline, a line of
    words that opens with a capital, even without its final full stop."""
    count = len(words(text))
    if count < MIN_LEDE_WORDS:
        return False
    if under_headline and starts_upper(text):
        return True
    return ends_sentence(text) or count >= MIN_UNPUNCTUATED_LEDE_WORDS


def _under_headline(draft: Draft, line: Line) -> bool:
    above = draft.previous_live(line)
    return above is not None and above.role is Role.TITLE


def _has_body_after(draft: Draft, lede: Line) -> bool:
    return any(
        line.free and is_prose(line.text) for line in draft.lines[lede.pos + 1 :]
    )


def _find_deck(draft: Draft, lede: Line) -> None:
    """A short line right under the lede, before the byline, date or photo."""
    deck = draft.next_live(lede)
    if deck is None or not deck.free or deck.block != lede.block:
        return
    if len(deck.text) > MAX_DECK_CHARS or norm(deck.text) == norm(lede.text):
        return
    after = draft.next_live(deck)
    if after is not None and after.role in (Role.BYLINE, Role.DATE, Role.PHOTO):
        draft.claim(deck, Role.DECK)
        draft.found.deck = deck.text
