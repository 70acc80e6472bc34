"""Step: boxes that are page furniture as a whole, never a sentence of the article.

Tables of contents repeating the intertitles, labelled boxes ("En ce moment",
"À découvrir", "Read more:"), video promotions. Sign-up boxes are in
``signups.py``, lists of other articles' headlines in ``related.py``, cards
and clips of other articles in ``cards.py``.
"""

from __future__ import annotations

import re

from .bylines import LABEL as BYLINE_LABEL
from .bylines import parse_byline
from .dates import find_dates
from .draft import Draft, Line, Role
from .signups import MAX_BOX_LINE_CHARS
from .text import compile_table, is_prose, norm, words
from .vocabulary.boxes import PROMO_BLOCK_LABELS, VIDEO_LABELS

# A box label may end with a colon or dots: "Read more:", "RELATED...".
PROMO_LABEL = compile_table(
    [rf"(?:{label})\s*(?::|\.{{3}}|…)?" for label in PROMO_BLOCK_LABELS]
)
VIDEO_LABEL = compile_table(VIDEO_LABELS)
TOC_LABEL = re.compile(
    r"^(?:sommaire|au sommaire|table of contents|contents|summary)$", re.I
)
DURATION = re.compile(r"^(?:duration|durée)\b", re.I)
MAX_DATED_BOX_LINE_WORDS = 8
MAX_BOX_LABEL_REACH = 8

MAX_LABEL_LINE_CHARS = 220


def drop_promo_blocks(draft: Draft) -> None:
    """Claim boxes that are furniture as a whole: tables of contents, labelled
    boxes ("En ce moment", "À découvrir") and video promotions."""
    toc = _drop_tables_of_contents(draft)
    draft.found.toc = toc
    _drop_labelled_boxes(draft, toc)
    _drop_video_promos(draft)


def _drop_tables_of_contents(draft: Draft) -> set[str]:
    """Claim a "Sommaire" box; return its items (the article's intertitles)."""
    items: set[str] = set()
    for block in draft.blocks(draft.live_lines()):
        if (len(block) > 1 and TOC_LABEL.match(block[0].text)) or (
            block[0].skipped and TOC_LABEL.match(block[0].text)
        ):
            for line in block:
                draft.claim(line, Role.BOX)
                items.add(norm(line.text))
    return items


def _drop_labelled_boxes(draft: Draft, toc: set[str]) -> None:
    """A block whose first line is a box label ("En ce moment", "À découvrir"),
    or the short lines under such a label inside a block."""
    for block in draft.blocks():
        head = block[0]
        if len(block) < 2 or VIDEO_LABEL.match(head.text):
            continue
        if not PROMO_LABEL.match(head.text) or not (head.free or head.skipped):
            _drop_box_inside(draft, block)
            continue
        if any(
            is_prose(line.text) and len(line.text) > MAX_BOX_LINE_CHARS
            for line in block
        ):
            continue
        box = _without_intertitles(draft, block) if draft.blocks_restored else block
        for line in box:
            if norm(line.text) in toc or _byline_or_date(line):
                continue
            if line.free or line.skipped:
                draft.claim(line, Role.BOX)


def _drop_box_inside(draft: Draft, block: list[Line]) -> None:
    """A box label in the middle of a block, with the short lines under it up to
    the first line of prose ("Sur le même sujet" / "Reportage" / a headline)."""
    for index, line in enumerate(block):
        if not PROMO_LABEL.match(line.text) or VIDEO_LABEL.match(line.text):
            continue
        under = block[index + 1 : index + 1 + MAX_BOX_LABEL_REACH]
        box = [line]
        for other in under:
            if is_prose(other.text) or not (other.free or other.skipped):
                break
            if _dated(other) or (
                _byline_or_date(other) and not any(o.free for o in box)
            ):
                break  # the article's date, or its byline under a row of labels
            box.append(other)
        if len(box) > 1:
            for other in box:
                draft.claim(other, Role.BOX)
            return


def _byline_or_date(line: Line) -> bool:
    """A labelled byline ("By Jane Doe") or a date line, never part of a box."""
    text = line.text
    return bool(BYLINE_LABEL.match(text) and parse_byline(text)) or _dated(line)


def _dated(line: Line) -> bool:
    """A short line holding a date with its year."""
    return len(words(line.text)) <= MAX_DATED_BOX_LINE_WORDS and any(
        match.has_year for match in find_dates(line.text)
    )


def _drop_video_promos(draft: Draft) -> None:
    """A video label, the title after it, its age and duration, and its blurb."""
    lines = draft.lines
    for index, line in enumerate(lines):
        if not VIDEO_LABEL.match(line.text) or len(line.text) > MAX_LABEL_LINE_CHARS:
            continue
        draft.claim(line, Role.BOX)
        box = [other for other in lines[index + 1 :] if other.block == line.block]
        title = next((other for other in box if other.free), None)
        if title is None:
            continue
        draft.claim(title, Role.BOX)
        duration = next((other for other in box if DURATION.match(other.text)), None)
        if duration is not None:
            for other in box[: box.index(duration) + 2]:
                draft.claim(other, Role.BOX)
        else:
            _drop_blurb_repeating(draft, title)


def _drop_blurb_repeating(draft: Draft, title: Line) -> None:
    """The paragraph after a video title that opens by repeating the title."""
    following = draft.next_live(title)
    if following is None or not following.free:
        return
    title_words = [w.casefold() for w in words(title.text)]
    opening = [w.casefold() for w in words(following.text)[: len(title_words) + 2]]
    shared = sum(1 for word in title_words if word in opening)
    if title_words and shared >= 0.6 * len(title_words):
        draft.claim(following, Role.BOX)


def _without_intertitles(draft: Draft, box: list[Line]) -> list[Line]:
    """A rebuilt block under a box label, without the intertitles that close it
    above prose: lines less than half as long as the box's first headline."""
    following = draft.next_live(box[-1])
    if following is None or not is_prose(following.text) or len(box) < 3:
        return box
    first = len(words(box[1].text))
    end = len(box)
    while end > 2 and len(words(box[end - 1].text)) * 2 < first:
        end -= 1
    return box[:end]
