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

from .credit_lines import split_around, split_credit
from .credits import CREDIT_LABEL, SLASH_CREDIT, clean_caption, clean_credit, is_credit
from .datelines import only_date
from .draft import Line, Role
from .model import Photo
from .names import is_person_name
from .photo_lines import (
    MAX_CAPTION_CHARS,
    Found,
    Shape,
    alt_like,
    byline_or_date,
    caption_labelled,
    caption_like,
    next_free,
    printed_twice,
    top_alt,
)
from .text import (
    ends_sentence,
    is_prose,
    norm,
    says_something,
    sentences,
    similar,
    words,
)

MIN_SHORT_CAPTION_WORDS = 2
MIN_CAPTION_WORDS = 4
MIN_STANDFIRST_WORDS = 8


def _labelled(live: list[Line], index: int, source: str | None) -> Found | None:
    """ "Image copyright EPA" next to "Image caption Eva-Marie Persson said ..."."""
    line = live[index]
    nxt = next_free(live, index)
    if nxt is None:
        return None
    first, second = line.text, live[nxt].text
    if CREDIT_LABEL.match(first) and caption_labelled(second):
        credit, caption = clean_credit(first), clean_caption(second)
    elif caption_labelled(first) and CREDIT_LABEL.match(second):
        caption, credit = clean_caption(first), clean_credit(second)
    else:
        return None
    return Found(Photo(caption or None, credit or None, None, line.no), [index, nxt])


def _repeated_alt(live: list[Line], index: int, source: str | None) -> Found | None:
    """An alt text line, then the caption repeating it with the credit around it."""
    alt = live[index]
    nxt = next_free(live, index)
    if (
        nxt is None
        or live[nxt].block - alt.block > 1
        or len(alt.text) > MAX_CAPTION_CHARS
        or only_date(alt.text)
        or not says_something(alt.text)
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
        after = next_free(live, nxt)
        if (
            after is not None
            and live[after].block - live[nxt].block <= 1
            and is_credit(live[after].text, source)
        ):
            credit = clean_credit(live[after].text)
            used.append(after)
    if not credit and is_prose(alt.text) and not printed_twice(alt, live[nxt]):
        return None  # a paragraph pasted twice, not a photo
    alt_text = (split_credit(alt.text, source) or (clean_caption(alt.text), None))[0]
    return Found(Photo(caption or None, credit, alt_text, alt.no), used)


def _credit_prefixed_alt(
    live: list[Line], index: int, source: str | None
) -> Found | None:
    """ "EPA Kwasi Kwarteng and Liz Truss" / "EPA" / "Former PM Liz Truss ..."."""
    alt = live[index]
    nxt = next_free(live, index)
    if nxt is None or live[nxt].block != alt.block:
        return None
    credit = live[nxt].text
    if not is_credit(credit, source) or not norm(alt.text).startswith(
        norm(credit) + " "
    ):
        return None
    used = [index, nxt]
    caption = None
    after = next_free(live, nxt)
    if (
        after is not None
        and live[after].block == alt.block
        and caption_like(live[after].text)
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
    if parts is None or not caption_like(parts[0]) or CREDIT_LABEL.match(parts[0]):
        return None  # "Illustration by X. Sources: Y": a credit, not a caption
    caption, credit = parts
    used = [index]
    alt = None
    before = index - 1
    if before >= 0 and alt_like(live, before, line):
        alt = clean_caption(live[before].text)
        used.insert(0, before)
    nxt = next_free(live, index)
    if nxt is not None and live[nxt].block == line.block:
        following = split_credit(live[nxt].text, source)
        if following and following[1] == credit and caption_like(following[0]):
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
    nxt = next_free(live, index)
    if nxt is None or not caption_like(line.text):
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
    after = next_free(live, nxt)
    if after is not None and caption_labelled(live[after].text):
        return None
    if not prose_follows(live, nxt):
        return None  # the page's credit under the last paragraph
    used = [index, nxt]
    alt = top_alt(live, index)
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


def prose_follows(live: list[Line], credit: int) -> bool:
    """Whether the article goes on after a credit line. A credit printed after
    the article's last paragraph ("Crédits photos : X", "Photo credits: X") is
    the page's: the line above it is the last paragraph, never a caption."""
    return any(line.free and is_prose(line.text) for line in live[credit + 1 :])


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
    with no credit ("Jeanne Exemple, peu estimée par le maire"), on the
    headline's line or in a block of its own: too short and unpunctuated for
    a standfirst."""
    line = live[index]
    if index < 1 or live[index - 1].role is not Role.TITLE or index + 1 >= len(live):
        return None
    following = live[index + 1]
    count = len(words(line.text))
    if (
        following.block == line.block
        or not MIN_SHORT_CAPTION_WORDS <= count < MIN_STANDFIRST_WORDS
        or ends_sentence(line.text)
        or byline_or_date(line.text)
        or not byline_or_date(following.text)
    ):
        return None
    return Found(Photo(clean_caption(line.text), None, None, line.no), [index])


SHAPES: tuple[Shape, ...] = (
    _labelled,
    _repeated_alt,
    _credit_prefixed_alt,
    _caption_with_credit,
    _caption_then_credit,
    _lone_credit,
    _lone_caption,
)
