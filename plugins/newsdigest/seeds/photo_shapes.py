"""The shapes in which a paste prints a photo: alt text, caption and credit.

A paste keeps a photo as up to three lines: the image's alt text, the caption
(often repeating the alt text) and the credit, on the caption line or on a
line of its own. Each shape is a function of the live lines and an index,
returning the photo and the lines that printed it, or None:

* an alt line repeated by the caption line, credit before or after it (or no
  credit at all when alt text and caption are printed twice);
* "Image copyright EPA" / "Image caption ..." labelled lines;
* a credit line under an alt text that starts with the credit (BBC);
* a caption line carrying its credit ("... - BFMTV", "(Adel Hana/AP)");
* a caption line followed by a line holding only the credit, across a blank
  line when the credit is labelled or a "Name / Agency" credit;
* a lone labelled credit ("Crédit photo : X") with no caption;
* a short caption alone under the headline, before the byline or the date.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .bylines import LABEL as BYLINE_LABEL
from .credits import (
    CAPTION_LABEL,
    CREDIT_LABEL,
    SLASH_CREDIT,
    clean_caption,
    clean_credit,
    is_credit,
    split_around,
    split_credit,
)
from .dates import find_dates, mostly_date, only_date
from .draft import Line, Role
from .model import Photo
from .names import is_person_name
from .text import ends_sentence, is_prose, norm, sentences, similar, words

MAX_CAPTION_CHARS = 450
MAX_CAPTION_SENTENCES = 3
MAX_ALT_CHARS = 200
MAX_SHORT_ALT_CHARS = 100
MIN_SHORT_CAPTION_WORDS = 2
MIN_CAPTION_WORDS = 4
MIN_STANDFIRST_WORDS = 8


@dataclass
class Found:
    """A photo and the live lines (by index) that printed it."""

    photo: Photo
    used: list[int]


Shape = Callable[[list[Line], int, str | None], Found | None]


def _labelled(live: list[Line], index: int, source: str | None) -> Found | None:
    """ "Image copyright EPA" next to "Image caption Eva-Marie Persson said ..."."""
    line = live[index]
    nxt = _next_free(live, index)
    if nxt is None:
        return None
    first, second = line.text, live[nxt].text
    if CREDIT_LABEL.match(first) and _caption_labelled(second):
        credit, caption = clean_credit(first), clean_caption(second)
    elif _caption_labelled(first) and CREDIT_LABEL.match(second):
        caption, credit = clean_caption(first), clean_credit(second)
    else:
        return None
    return Found(Photo(caption or None, credit or None, None, line.no), [index, nxt])


def _repeated_alt(live: list[Line], index: int, source: str | None) -> Found | None:
    """An alt text line, then the caption repeating it with the credit around it."""
    alt = live[index]
    nxt = _next_free(live, index)
    if (
        nxt is None
        or live[nxt].block - alt.block > 1
        or len(alt.text) > MAX_CAPTION_CHARS
        or only_date(alt.text)
    ):
        return None
    line = live[nxt].text
    used = [index, nxt]
    if similar(alt.text, line):
        parts = split_credit(line, source) or (clean_caption(line), None)
    else:
        parts = split_around(clean_caption(alt.text), line)
        if parts is None:
            return None
    caption, credit = parts
    if not credit:
        after = _next_free(live, nxt)
        if (
            after is not None
            and live[after].block - live[nxt].block <= 1
            and is_credit(live[after].text, source)
        ):
            credit = clean_credit(live[after].text)
            used.append(after)
    if not credit and is_prose(alt.text) and not _printed_twice(alt, live[nxt]):
        return None  # a paragraph pasted twice, not a photo
    alt_text = (split_credit(alt.text, source) or (clean_caption(alt.text), None))[0]
    return Found(Photo(caption or None, credit, alt_text, alt.no), used)


def _credit_prefixed_alt(
    live: list[Line], index: int, source: str | None
) -> Found | None:
    """ "EPA Kwasi Kwarteng and Liz Truss" / "EPA" / "Former PM Liz Truss ..."."""
    alt = live[index]
    nxt = _next_free(live, index)
    if nxt is None or live[nxt].block != alt.block:
        return None
    credit = live[nxt].text
    if not is_credit(credit, source) or not norm(alt.text).startswith(
        norm(credit) + " "
    ):
        return None
    used = [index, nxt]
    caption = None
    after = _next_free(live, nxt)
    if (
        after is not None
        and live[after].block == alt.block
        and _caption_like(live[after].text)
    ):
        caption = clean_caption(live[after].text)
        used.append(after)
    alt_text = alt.text[len(credit) :].strip()
    return Found(Photo(caption, clean_credit(credit), alt_text or None, alt.no), used)


def _caption_with_credit(
    live: list[Line], index: int, source: str | None
) -> Found | None:
    """A caption line that carries its credit, maybe under an alt text line."""
    line = live[index]
    parts = split_credit(line.text, source)
    if parts is None or not _caption_like(parts[0]):
        return None
    caption, credit = parts
    used = [index]
    alt = None
    before = index - 1
    if before >= 0 and _alt_like(live, before, line):
        alt = clean_caption(live[before].text)
        used.insert(0, before)
    nxt = _next_free(live, index)
    if nxt is not None and live[nxt].block == line.block:
        following = split_credit(live[nxt].text, source)
        if following and following[1] == credit and _caption_like(following[0]):
            # Alt text and caption both printed with the credit: keep the caption.
            alt, caption = caption, following[0]
            used.append(nxt)
    return Found(Photo(caption, credit, alt, line.no), used)


def _caption_then_credit(
    live: list[Line], index: int, source: str | None
) -> Found | None:
    """A caption line, then a line holding only its credit.

    Across a blank line the credit must say it is one ("Photo iStock"), and a
    credit that heads a labelled caption ("Image copyright" above "Image
    caption") belongs to that caption, not to the paragraph above it.
    """
    line = live[index]
    nxt = _next_free(live, index)
    if nxt is None or not _caption_like(line.text):
        return None
    credit = live[nxt].text
    labelled = bool(CREDIT_LABEL.match(credit))
    count = len(words(line.text))
    if count < (MIN_SHORT_CAPTION_WORDS if labelled else MIN_CAPTION_WORDS) or (
        count < MIN_CAPTION_WORDS and is_person_name(line.text)  # a signature
    ):
        return None
    if not is_credit(credit, source) or live[nxt].block - line.block > 1:
        return None
    other_block = live[nxt].block != line.block
    if other_block and (
        not (labelled or SLASH_CREDIT.match(clean_credit(credit)))
        or len(sentences(line.text)) > 2
    ):
        return None
    after = _next_free(live, nxt)
    if after is not None and _caption_labelled(live[after].text):
        return None
    used = [index, nxt]
    alt = _top_alt(live, index)
    if alt is not None:
        used.insert(0, alt)
    return Found(
        Photo(
            clean_caption(line.text),
            clean_credit(credit),
            live[alt].text if alt is not None else None,
            live[used[0]].no,
        ),
        used,
    )


def _top_alt(live: list[Line], index: int) -> int | None:
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


def _printed_twice(first: Line, second: Line) -> bool:
    """A caption printed as alt text and caption, in the same block."""
    return first.block == second.block and similar(first.text, second.text)


def _lone_credit(live: list[Line], index: int, source: str | None) -> Found | None:
    """A labelled credit with no caption ("Crédit photo : X", "(The Independent)")."""
    text = live[index].text
    labelled = (
        CREDIT_LABEL.match(text)
        or "©" in text
        or (text.startswith("(") and text.endswith(")"))
    )
    value = clean_credit(text)
    if value.lower().startswith(("avec ", "with ")):
        return None  # a signature such as "(avec AFP)"
    if labelled and is_credit(text, source) and value:
        return Found(Photo(None, value, None, live[index].no), [index])
    return None


def _lone_caption(live: list[Line], index: int, source: str | None) -> Found | None:
    """A short caption alone under the headline, before the byline or the date,
    with no credit ("Jeanne Exemple, peu estimée par le maire"): too short and
    unpunctuated for a standfirst."""
    line = live[index]
    if index < 1 or live[index - 1].role is not Role.TITLE or index + 1 >= len(live):
        return None
    following = live[index + 1]
    count = len(words(line.text))
    if (
        line.block != live[index - 1].block
        or following.block == line.block
        or not MIN_SHORT_CAPTION_WORDS <= count < MIN_STANDFIRST_WORDS
        or ends_sentence(line.text)
        or _byline_or_date(line.text)
        or not _byline_or_date(following.text)
    ):
        return None
    return Found(Photo(clean_caption(line.text), None, None, line.no), [index])


def _byline_or_date(text: str) -> bool:
    return bool(
        BYLINE_LABEL.match(text)
        or is_person_name(text.split("|", maxsplit=1)[0].strip())
        or any(match.has_year for match in find_dates(text))
    )


SHAPES: tuple[Shape, ...] = (
    _labelled,
    _repeated_alt,
    _credit_prefixed_alt,
    _caption_with_credit,
    _caption_then_credit,
    _lone_credit,
    _lone_caption,
)


def _next_free(live: list[Line], index: int) -> int | None:
    nxt = index + 1
    if nxt < len(live) and live[nxt].free:
        return nxt
    return None


def _caption_like(text: str) -> bool:
    return (
        0 < len(text) <= MAX_CAPTION_CHARS
        and len(words(text)) >= 2
        and len(sentences(text)) <= MAX_CAPTION_SENTENCES
        and not mostly_date(text)
    )


def _alt_like(live: list[Line], index: int, caption: Line) -> bool:
    """Whether the line at ``index``, just above a caption, is the image's alt text."""
    line = live[index]
    text = line.text
    if not line.free or line.block != caption.block or len(text) > MAX_ALT_CHARS:
        return False
    if mostly_date(text):
        return False
    if ends_sentence(text):
        # A described picture ("A man in a grey shirt is interviewed.") opens
        # its block; a short sentence inside a block of paragraphs is prose.
        opens_block = index == 0 or live[index - 1].block != line.block
        if len(text) > MAX_SHORT_ALT_CHARS or not opens_block:
            return False
    return len(words(text)) >= 3 and len(sentences(text)) == 1


def _caption_labelled(text: str) -> bool:
    return bool(CAPTION_LABEL.match(text)) and not CREDIT_LABEL.match(text)
