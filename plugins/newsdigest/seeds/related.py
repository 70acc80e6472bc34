"""Step: lists of other articles' headlines, never a sentence of the article.

A block of headline-like lines (two to eighteen words, no final full stop)
is a list of related articles. It runs once bylines, dates and photos are
claimed. Above the article the whole list goes; inside it, the last line
stays when prose follows and it is shorter than every headline of the list:
the intertitle the box sits on.
"""

from __future__ import annotations

from .bylines import LABEL as BYLINE_LABEL
from .bylines import parse_byline
from .datelines import mostly_date
from .draft import Draft, Line, Role
from .text import BULLET, ends_sentence, is_all_caps, is_prose, norm, words

MIN_HEADLINE_LIST = 3
MIN_TEASER_WORDS = 7


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
        if _signed(block[-1].text, draft.found.source):
            continue  # the article's last line, then its signature or date
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


def _signed(text: str, source: str | None) -> bool:
    """Whether a line signs or dates what is above it ("Par Jeanne Test",
    "J.T. avec AFP", "Mis à jour le 12 mars 2031"): no headline of a list."""
    return bool(
        BYLINE_LABEL.match(text)
        or mostly_date(text)
        or parse_byline(text, source) is not None
    )


def _teasers(block: list[Line]) -> bool:
    """Lines as long as other articles' headlines, longer than intertitles."""
    return all(_teaser_line(line) for line in block)


def _teaser_line(line: Line) -> bool:
    return len(words(line.text)) >= MIN_TEASER_WORDS


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
