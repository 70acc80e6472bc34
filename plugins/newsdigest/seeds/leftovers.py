"""Steps: the labels and buttons left around the article once its parts are claimed.

Pages print their section in more places than the breadcrumb: a short label
right under the headline, above the lede, byline or date ("AVOCAT",
"Editorial"), or a labelled line anywhere ("Dans la rubrique" / "Météo",
"Filed under: Science"). Between the headline and the first paragraph, what
no step claimed is the page's interface when it holds no letter (counters
"0", separators "|"), or when it sits among the byline, date and buttons
and is no intertitle ("Get in touch", "LEARN MORE").
"""

from __future__ import annotations

from .credits import clean_caption
from .datelines import mostly_date
from .dates import find_dates
from .draft import Draft, Line, Role
from .model import Photo
from .names import is_person_name
from .text import (
    compile_table,
    ends_sentence,
    is_all_caps,
    is_prose,
    starts_upper,
    words,
)
from .vocabulary.boxes import SECTION_LABELS

SECTION_LABEL = compile_table(SECTION_LABELS)
LABELLED_SECTION = compile_table(
    [r"(?:" + "|".join(SECTION_LABELS) + r")\s*:\s*(?P<section>.{1,60})"]
)
MAX_LABEL_WORDS = 3
MIN_CAPTION_WORDS = 6
MAX_LABEL_CHARS = 40
# What follows a section label under the headline (an alt text is followed
# by its caption).
HEADER_ROLES = frozenset({Role.BYLINE, Role.DATE, Role.LEDE})
INTERFACE_ROLES = frozenset(
    {Role.BYLINE, Role.DATE, Role.FURNITURE, Role.BOX, Role.PHOTO}
)


def find_section_labels(draft: Draft) -> None:
    """Claim the section printed as a label; record it when line 2 gave none."""
    _labelled_sections(draft)
    if draft.found.section is None:
        _label_under_headline(draft)


def _labelled_sections(draft: Draft) -> None:
    """ "Dans la rubrique" above the section's name, or "Section : Météo"."""
    lines = draft.lines
    for line in lines:
        inline = LABELLED_SECTION.match(line.text)
        if inline and (line.free or line.skipped):
            _record(draft, [line], inline.group("section").strip())
            return
        following = lines[line.pos + 1] if line.pos + 1 < len(lines) else None
        if (
            SECTION_LABEL.match(line.text)
            and following is not None
            and following.free
            and _label_like(following.text)
        ):
            _record(draft, [line, following], following.text)
            return


def _label_under_headline(draft: Draft) -> None:
    """A short label right under the headline, with the header going on
    under it (lede, byline or date; an alt text is followed by its caption)."""
    title = next((line for line in draft.lines if line.role is Role.TITLE), None)
    label = draft.next_live(title) if title is not None else None
    if label is None or not label.free or not _label_like(label.text):
        return
    following = draft.next_live(label)
    if following is not None and following.role in HEADER_ROLES:
        _record(draft, [label], label.text)


def _record(draft: Draft, lines: list[Line], section: str) -> None:
    for line in lines:
        draft.claim(line, Role.SECTION)
    if draft.found.section is None:
        draft.found.section = section


def _label_like(text: str) -> bool:
    """One to three words, no sentence, no name or date: a section's name."""
    return (
        1 <= len(words(text)) <= MAX_LABEL_WORDS
        and len(text) <= MAX_LABEL_CHARS
        and starts_upper(text)
        and not ends_sentence(text)
        and not is_person_name(text)
        and not find_dates(text)
    )


def drop_header_leftovers(draft: Draft) -> None:
    """Claim the interface left between the headline and the first paragraph."""
    title = next((line for line in draft.lines if line.role is Role.TITLE), None)
    below = draft.lines[title.pos + 1 :] if title is not None else []
    if not any(line.free and _opens_article(line) for line in below):
        return
    for line in below:
        if not line.free:
            continue
        if _opens_article(line):
            return
        among = _among_interface(draft, line)
        if among and _caption_above_body(draft, line):
            draft.claim(line, Role.PHOTO)
            draft.photos.append(Photo(clean_caption(line.text), None, None, line.no))
        elif not any(char.isalpha() for char in line.text) or (
            among and not _intertitle(draft, line)
        ):
            draft.claim(line, Role.FURNITURE)


def _opens_article(line: Line) -> bool:
    """A paragraph of prose (not a date line written as a sentence)."""
    return is_prose(line.text) and not mostly_date(line.text)


def _caption_above_body(draft: Draft, line: Line) -> bool:
    """A line of words right above the lede or the first paragraph, under the
    byline and the date, is the caption of the photo pages print there, not a label
    ("L'usine de Testville emploie 850 salariés")."""
    following = draft.next_live(line)
    return (
        len(words(line.text)) >= MIN_CAPTION_WORDS
        and starts_upper(line.text)
        and not is_all_caps(line.text)
        and not line.text.rstrip().endswith(":")
        and following is not None
        and (
            following.role is Role.LEDE
            or (following.free and _opens_article(following))
        )
    )


def _among_interface(draft: Draft, line: Line) -> bool:
    """Whether the line's block holds the byline, the date or buttons."""
    return any(
        other.role in INTERFACE_ROLES
        for other in draft.lines
        if other.block == line.block
    )


def _intertitle(draft: Draft, line: Line) -> bool:
    """A line alone in its block (where the paste kept its blocks) with a
    paragraph under it."""
    alone = draft.blocks_restored or all(
        other is line or other.block != line.block
        for other in draft.lines[max(0, line.pos - 1) : line.pos + 2]
    )
    following = draft.next_live(line)
    return (
        alone and following is not None and following.free and is_prose(following.text)
    )
