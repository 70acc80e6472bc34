"""Step: other articles' cards and clips, and the players and promotions around them.

Pages print a card of another article twice (image and link: "Column: ..."
twice, or a label and a headline twice, with its summary), a clip as its
title around its running time ("– video" / "00:01:49"), an audio player with
the headline again above its duration, and promotions between accessibility
links ("skip past newsletter promotion" ... "after newsletter promotion").
"""

from __future__ import annotations

import re

from .dates import find_dates
from .draft import Draft, Line, Role
from .text import is_prose, norm, sentences, words

# A clip's running time alone on its line ("4:11", "00:00:49", "VIDEO04:42").
CLIP_TIME = re.compile(r"^(?:vid[ée]o\s*)?(?:\d{1,2}:)?\d{1,2}:\d\d$", re.I)
MIN_CLIP_TITLE_WORDS = 4
# Accessibility links around a promotion: "skip past newsletter promotion" ...
# "after newsletter promotion".
SKIP_PROMOTION = re.compile(r"^skip (?:past|to) (?P<what>.{1,40}?) promotion$", re.I)
# Rubrics that open another article's headline ("Column: ...", "Opinion : ...").
RUBRIC = re.compile(
    r"^(?:column|opinion|analysis|editorial|commentary|review|chronique|éditorial"
    r"|analyse|tribune|entretien|portrait|décryptage)\s*:\s*\S",
    re.I,
)
PLAYER_DURATION = re.compile(
    r"^(?:durée de l['’](?:audio|émission)|durée de la vidéo"
    r"|(?:audio |video )?duration)\s*:?\s*[\d:]+",
    re.IGNORECASE,
)
MAX_PROMOTION_LINES = 15
MAX_CARD_BLURB_CHARS = 300


def drop_cards_and_clips(draft: Draft) -> None:
    """Claim clips around their running time, promotions between skip links,
    cards printed twice and players repeating the headline."""
    _drop_timed_clips(draft)
    _drop_skipped_promotions(draft)
    _drop_cards(draft)
    _drop_player_titles(draft)


def _drop_player_titles(draft: Draft) -> None:
    """An audio or video player prints the headline again above its duration."""
    title = norm(draft.found.title)
    for line in draft.lines:
        if not PLAYER_DURATION.match(line.text):
            continue
        above = draft.previous_live(line)
        if (
            above is not None
            and above.block == line.block
            and norm(above.text) == title
        ):
            draft.claim(above, Role.BOX)


def _drop_skipped_promotions(draft: Draft) -> None:
    """Everything between "skip past X promotion" and "after X promotion"."""
    lines = draft.lines
    for line in lines:
        match = SKIP_PROMOTION.match(line.text)
        if not match:
            continue
        end = f"after {match.group('what')} promotion".casefold()
        span = lines[line.pos : line.pos + MAX_PROMOTION_LINES]
        last = next((o for o in span if o.text.casefold() == end), None)
        if last is not None:
            for other in lines[line.pos : last.pos + 1]:
                if other.free or other.skipped:
                    draft.claim(other, Role.BOX)


def _drop_cards(draft: Draft) -> None:
    """Cards of other articles that a page prints twice (image and link): a
    headline opened by a rubric printed twice ("Column: ..."), or a label and
    a headline printed twice, with the summary under them."""
    lines = draft.lines
    for line in draft.free_lines():
        if line.role is not Role.UNKNOWN:
            continue
        after = lines[line.pos + 1 : line.pos + 4]
        texts = [other.text for other in after]
        card: list[Line] = []
        if RUBRIC.match(line.text) and texts[:1] == [line.text]:
            card = [line, after[0]]
        elif len(after) == 3 and texts[1:] == [line.text, texts[0]]:
            card = [line, *after]
        if not card or any(other.block != line.block for other in card):
            continue
        summary = lines[card[-1].pos + 1] if card[-1].pos + 1 < len(lines) else None
        if (
            summary is not None
            and summary.free
            and (summary.block == line.block or draft.blocks_restored)
            and len(summary.text) <= MAX_CARD_BLURB_CHARS
            and len(sentences(summary.text)) == 1
            and len(card) == 4
        ):
            card.append(summary)
        for other in card:
            draft.claim(other, Role.BOX)


def _drop_timed_clips(draft: Draft) -> None:
    """A clip's running time alone on a line, with its title around it
    ("Firefighters search rooms – video" / "00:00:49" / the title again)."""
    for line in draft.lines:
        if not (line.free or line.skipped) or not CLIP_TIME.match(line.text):
            continue
        neighbours = [
            draft.lines[pos]
            for pos in (line.pos - 1, line.pos + 1)
            if 0 <= pos < len(draft.lines)
        ]
        titles = [
            other
            for other in neighbours
            if other.block == line.block and _clip_title(other)
        ]
        if not titles:
            continue
        for other in (line, *titles):
            draft.claim(other, Role.BOX)


def _clip_title(line: Line) -> bool:
    text = line.text
    return (
        (line.free or line.skipped)
        and len(words(text)) >= MIN_CLIP_TITLE_WORDS
        and not is_prose(text)
        and not find_dates(text)
    )
