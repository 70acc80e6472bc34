"""What a line around a photo is: an alt text, a caption, a byline or a date.

Pure predicates over the live lines of a paste, shared by the photo shapes
(``photo_shapes.py``): whether a line reads as a caption (short, at most
three sentences, not a date line), as the alt text printed above its
caption (one sentence, no date line, no byline), as a labelled caption
("Image caption ..."), and ``Found``, a photo with the lines that printed it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .bylines import LABEL as BYLINE_LABEL
from .bylines import parse_byline
from .credits import CAPTION_LABEL, CREDIT_LABEL
from .datelines import mostly_date, without_dates
from .dates import find_dates
from .draft import Line, Role
from .model import Photo
from .names import is_person_name
from .text import ends_sentence, sentences, similar, words

MAX_CAPTION_CHARS = 450
MAX_CAPTION_SENTENCES = 3
MAX_ALT_CHARS = 200
MAX_SHORT_ALT_CHARS = 100


@dataclass
class Found:
    """A photo and the live lines (by index) that printed it."""

    photo: Photo
    used: list[int]


Shape = Callable[[list[Line], int, str | None], Found | None]


def top_alt(live: list[Line], index: int) -> int | None:
    """The alt text of the photo at the top of the page: one sentence right
    under the headline, above a caption printed in a block of its own."""
    alt = index - 1
    if alt < 1 or not live[alt].free or live[alt - 1].role is not Role.TITLE:
        return None
    line, caption = live[alt], live[index]
    if (
        line.block != caption.block
        and len(line.text) <= MAX_ALT_CHARS
        and len(sentences(line.text)) == 1
    ):
        return alt
    return None


def printed_twice(first: Line, second: Line) -> bool:
    """A caption printed as alt text and caption, in the same block."""
    return first.block == second.block and similar(first.text, second.text)


def byline_or_date(text: str) -> bool:
    return bool(
        BYLINE_LABEL.match(text)
        or is_person_name(text.split("|", maxsplit=1)[0].strip())
        or any(match.has_year for match in find_dates(text))
    )


def next_free(live: list[Line], index: int) -> int | None:
    nxt = index + 1
    if nxt < len(live) and live[nxt].free:
        return nxt
    return None


def caption_like(text: str) -> bool:
    return (
        0 < len(text) <= MAX_CAPTION_CHARS
        and len(words(text)) >= 2
        and len(sentences(text)) <= MAX_CAPTION_SENTENCES
        and not mostly_date(text)
    )


def alt_like(live: list[Line], index: int, caption: Line) -> bool:
    """Whether the line at ``index``, just above a caption, is the image's alt text."""
    line = live[index]
    text = line.text
    if not line.free or line.block != caption.block or len(text) > MAX_ALT_CHARS:
        return False
    if mostly_date(text) or dated_byline(text) or parse_byline(text) is not None:
        return False  # "Par Jeanne Exemple" above the caption: the byline
    if ends_sentence(text):
        # A described picture ("A man in a grey shirt is interviewed.") opens
        # its block; a short sentence inside a block of paragraphs is prose.
        opens_block = index == 0 or live[index - 1].block != line.block
        if len(text) > MAX_SHORT_ALT_CHARS or not opens_block:
            return False
    return len(words(text)) >= 3 and len(sentences(text)) == 1


def dated_byline(text: str) -> bool:
    """A byline printed with its date ("Jeanne Test — 12 mars 2031 à 7h00")."""
    dates = find_dates(text)
    if not any(match.has_year for match in dates):
        return False
    return parse_byline(without_dates(text, dates)) is not None


def caption_labelled(text: str) -> bool:
    return bool(CAPTION_LABEL.match(text)) and not CREDIT_LABEL.match(text)
