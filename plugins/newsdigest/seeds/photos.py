"""Step: find the photos a paste mentions, with caption, credit and alt text.

The shapes a page prints a photo in are in ``photo_shapes.py``; this step
tries them line by line, glues a credit label printed alone to its credit
("Credit..." / "Jane Doe/Agency"), and counts repeats of a caption
(galleries, lightboxes) once.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .bylines import LABEL as BYLINE_LABEL
from .credit_lines import split_credit
from .draft import Draft, Line, Role
from .model import Photo
from .photo_shapes import SHAPES
from .text import similar

DUPLICATE_REACH = 4
LONE_CREDIT_LABEL = re.compile(
    r"^(?:credits?|crédits?(?:\s+photos?)?|photos?|photograph|image)\s*(?::|\.{3}|…)?$",
    re.IGNORECASE,
)


def find_photos(draft: Draft) -> None:
    """Claim photo lines and record each photo in reading order."""
    source = draft.found.source
    _join_credit_labels(draft)
    live = draft.live_lines()
    index = 0
    while index < len(live):
        found = None
        if live[index].free and not BYLINE_LABEL.match(live[index].text):
            for shape in SHAPES:
                found = shape(live, index, source)
                if found:
                    break
        if not found:
            index += 1
            continue
        for used in found.used:
            draft.claim(live[used], Role.PHOTO)
        last = max(found.used)
        last = _swallow_repeats(draft, live, last, found.photo, source)
        draft.photos.append(found.photo)
        index = last + 1


def credit_the_only_photo(draft: Draft) -> None:
    """Step, once the end of the article is cut: a page that prints one credit
    alone, after the only captioned photo it shows, which has no credit
    ("Crédits photos : X" under the last paragraph): that credit is the
    photo's."""
    lone = [photo for photo in draft.photos if not photo.caption and photo.credit]
    bare = [photo for photo in draft.photos if photo.caption and not photo.credit]
    if len(lone) != 1 or len(bare) != 1 or len(draft.photos) != 2:
        return
    credit, photo = lone[0], bare[0]
    if credit.line > photo.line:
        draft.photos[:] = [replace(photo, credit=credit.credit)]


def _join_credit_labels(draft: Draft) -> None:
    """Glue a credit label printed alone ("Credit...", "Photo :") to the credit
    on the next line."""
    lines = draft.lines
    for line in draft.free_lines():
        following = lines[line.pos + 1] if line.pos + 1 < len(lines) else None
        if (
            LONE_CREDIT_LABEL.match(line.text)
            and following is not None
            and following.free
            and following.block == line.block
        ):
            line.text = f"{line.text} {following.text}"
            following.text = ""
            draft.claim(following, Role.JOINED)


def _swallow_repeats(
    draft: Draft, live: list[Line], last: int, photo: Photo, source: str | None
) -> int:
    """Claim lines just after a photo that print its alt text or caption again."""
    texts = [text for text in (photo.caption, photo.alt) if text]
    cursor = last + 1
    while cursor < len(live) and cursor <= last + DUPLICATE_REACH:
        line = live[cursor]
        if not line.free:
            cursor += 1
            continue
        bare = (split_credit(line.text, source) or (line.text, None))[0]
        if any(similar(line.text, text) or similar(bare, text) for text in texts):
            draft.claim(line, Role.PHOTO)
            last = cursor
            cursor += 1
            continue
        break
    return last
