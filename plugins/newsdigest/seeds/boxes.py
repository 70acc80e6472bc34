"""Steps: boxes that are page furniture as a whole, never a sentence of the article.

Tables of contents repeating the intertitles, labelled boxes ("En ce moment",
"À découvrir"), video promotions, newsletter and subscription boxes, and
lists of other articles' headlines. The last two run once bylines, dates and
photos are claimed, so that a box never swallows them.
"""

from __future__ import annotations

import re

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

MAX_LABEL_LINE_CHARS = 220
MAX_BOX_LINE_CHARS = 260
MAX_BOX_PITCH_CHARS = 200
BOX_REACH = 3
MIN_HEADLINE_LIST = 3


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
    """A block whose first line is a box label ("En ce moment", "À découvrir")."""
    for block in draft.blocks():
        head = block[0]
        if (
            len(block) < 2
            or not PROMO_LABEL.match(head.text)
            or VIDEO_LABEL.match(head.text)
        ):
            continue
        if any(
            is_prose(line.text) and len(line.text) > MAX_BOX_LINE_CHARS
            for line in block
        ):
            continue
        for line in block:
            if norm(line.text) in toc:
                continue
            draft.claim(line, Role.BOX)


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
    whole list goes; inside it, the last line stays when prose follows, as
    it is most often the intertitle that the box sits on.
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
        if draft.index_of(block[0]) > first_prose:
            following = draft.next_live(block[-1])
            if following is not None and is_prose(following.text):
                listed = block[:-1]
        elif len(block) < MIN_HEADLINE_LIST:
            continue
        for line in listed:
            if norm(line.text) not in toc:
                draft.claim(line, Role.BOX)


def _headline_like(text: str) -> bool:
    count = len(words(text))
    if not 2 <= count <= 18 or len(text) > 140:
        return False
    if text[:1].islower() or (is_all_caps(text) and count > 12) or BULLET.match(text):
        return False
    return not ends_sentence(text) or text.rstrip().endswith("?")
