"""Steps: boxes that are page furniture as a whole, never a sentence of the article.

Tables of contents repeating the intertitles, labelled boxes ("En ce moment",
"À découvrir"), video promotions, newsletter and subscription boxes, and
lists of other articles' headlines. The last two run once bylines, dates and
photos are claimed, so that a box never swallows them. Cards and clips of
other articles are in ``cards.py``.
"""

from __future__ import annotations

import re

from .bylines import LABEL as BYLINE_LABEL
from .bylines import parse_byline
from .dates import find_dates
from .draft import Draft, Line, Role
from .text import (
    BULLET,
    compile_table,
    ends_sentence,
    is_all_caps,
    is_prose,
    norm,
    words,
)
from .vocabulary import (
    NEWSLETTER_ANCHORS,
    PITCH_STARTS,
    PROMO_BLOCK_LABELS,
    VIDEO_LABELS,
)

PROMO_LABEL = compile_table(PROMO_BLOCK_LABELS)
VIDEO_LABEL = compile_table(VIDEO_LABELS)
NEWSLETTER_ANCHOR = compile_table(NEWSLETTER_ANCHORS)
PITCH = re.compile(r"^(?:" + "|".join(PITCH_STARTS) + r")\b", re.IGNORECASE)
TOC_LABEL = re.compile(
    r"^(?:sommaire|au sommaire|table of contents|contents|summary)$", re.I
)
SUBSCRIPTION_WORDS = re.compile(
    r"\b(subscri\w*|abonne\w*|newsletter\w*|inscri\w*|sign up|premium|bookmark\w*)\b",
    re.I,
)
SECOND_PERSON = re.compile(r"\b(you|your|vous|votre|vos)\b", re.I)
DURATION = re.compile(r"^(?:duration|durée)\b", re.I)
MAX_DATED_BOX_LINE_WORDS = 8
MAX_BOX_LABEL_REACH = 8

MAX_LABEL_LINE_CHARS = 220
MAX_BOX_LINE_CHARS = 260
MAX_BOX_PITCH_CHARS = 200
BOX_REACH = 3
MIN_HEADLINE_LIST = 3
MIN_TEASER_WORDS = 7


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


def drop_signup_boxes(draft: Draft) -> None:
    """Claim newsletter and subscription boxes: short lines around an e-mail
    prompt or a sign-up pitch, up to other furniture. Runs once bylines and
    dates are claimed, so that a box never swallows them."""
    lines = draft.lines
    anchors = [
        index
        for index, line in enumerate(lines)
        if (line.free or line.skipped)
        and len(line.text) <= MAX_BOX_LINE_CHARS
        and _is_anchor(draft, line)
    ]
    for index in anchors:
        draft.claim(lines[index], Role.BOX)
    for index in anchors:
        for step in (-1, 1):
            cursor = index + step
            for _ in range(BOX_REACH):
                if not 0 <= cursor < len(lines) or not _box_line(lines[cursor]):
                    break
                draft.claim(lines[cursor], Role.BOX)
                cursor += step


def _box_line(line: Line) -> bool:
    """Whether a line next to a sign-up box belongs to it: a free, short label,
    button or pitch ("Tous les soirs à 18h", "Recevez ..."), not a sentence."""
    text = line.text
    if not line.free or len(text) > MAX_BOX_PITCH_CHARS:
        return False
    return not ends_sentence(text) or is_all_caps(text) or bool(PITCH.match(text))


def _is_anchor(draft: Draft, line: Line) -> bool:
    if NEWSLETTER_ANCHOR.match(line.text) and len(words(line.text)) <= 30:
        return True
    if not (SUBSCRIPTION_WORDS.search(line.text) and SECOND_PERSON.search(line.text)):
        return False
    index = draft.index_of(line)
    neighbours = draft.lines[max(0, index - 1) : index + 2]
    return any(other.skipped for other in neighbours if other is not line)


def drop_related_lists(draft: Draft) -> None:
    """Claim blocks of headline-like lines (lists of related articles).

    Runs once bylines, dates and photos are claimed. Above the article the
    whole list goes; inside it, the last line stays when prose follows and it
    is shorter than every headline of the list: the intertitle the box sits on.
    """
    toc = draft.found.toc
    first_prose = next(
        (draft.index_of(line) for line in draft.free_lines() if is_prose(line.text)),
        len(draft.lines),
    )
    for block in draft.blocks(draft.free_lines()):
        if len(block) < 2 or not all(_headline_like(line.text) for line in block):
            continue
        before = draft.previous_live(block[0])
        if before is not None and before.text.rstrip().endswith(":"):
            continue  # a list the article introduces
        listed = block
        inside = draft.index_of(block[0]) > first_prose
        if len(block) < MIN_HEADLINE_LIST and (
            not inside or (draft.blocks_restored and not _teasers(block))
        ):
            continue  # in a rebuilt block, two short lines may be two intertitles
        if inside and _intertitle_under(block):
            following = draft.next_live(block[-1])
            if following is not None and is_prose(following.text):
                listed = block[:-1]
        for line in listed:
            if norm(line.text) not in toc:
                draft.claim(line, Role.BOX)


def _teasers(block: list[Line]) -> bool:
    """Lines as long as other articles' headlines, longer than intertitles."""
    return all(_teaser_line(line) for line in block)


def _teaser_line(line: Line) -> bool:
    return len(words(line.text)) >= MIN_TEASER_WORDS


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


def _intertitle_under(block: list[Line]) -> bool:
    """Whether the last line of a list of headlines is the article's intertitle,
    which pages print right under such a box: shorter than every headline."""
    count = len(words(block[-1].text))
    return all(count < len(words(line.text)) for line in block[:-1])


def _headline_like(text: str) -> bool:
    count = len(words(text))
    if not 2 <= count <= 18 or len(text) > 140:
        return False
    if text[:1].islower() or (is_all_caps(text) and count > 12) or BULLET.match(text):
        return False
    return not ends_sentence(text) or text.rstrip().endswith("?")
