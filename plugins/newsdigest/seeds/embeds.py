"""Step: find social-media posts embedded in the article (tweets, Facebook posts).

An embedded tweet pastes as its text, then an attribution line:

    Victoire écrasante du @BOPBweb 23-22!

    — Christophe Chenut (@ChChenut) October 20, 2017

The post stays in the article, quoted, with its attribution apart, so that
no link or tag is ever put inside the attribution.
"""

from __future__ import annotations

import re

from .draft import Draft, Line, Role
from .model import Element, Kind

ATTRIBUTIONS: tuple[re.Pattern[str], ...] = (
    re.compile(r"^[—–-]\s*(?P<who>[^()]{1,80}?)\s*\(@\w{1,30}\)\s*(?P<when>.{0,40})$"),
    re.compile(
        r"^(?:publiée?|posted|shared|partagée?)\s+par\s+(?P<who>.{1,80}?)\s+(?:sur|le)\s+"
        r"(?P<when>.{4,40})$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^(?:posted|shared) by\s+(?P<who>.{1,80}?)\s+on\s+(?P<when>.{4,40})$", re.I
    ),
    re.compile(
        r"^(?:a post shared by|une publication partagée par)\s+(?P<who>.{1,80}?)"
        r"(?:\s+\(@\w+\))?(?:\s+(?:on|le)\s+(?P<when>.{4,40}))?$",
        re.IGNORECASE,
    ),
)
MAX_POST_LINES = 6


def find_embeds(draft: Draft) -> None:
    """Claim each attribution line and the post text just above it."""
    for line in draft.free_lines():
        if not any(pattern.match(line.text) for pattern in ATTRIBUTIONS):
            continue
        post = _post_lines(draft, line)
        if not post:
            continue
        for part in (*post, line):
            draft.claim(part, Role.EMBED)
        draft.found.embeds.append(
            Element(
                Kind.EMBED,
                post[0].no,
                items=tuple(part.text for part in post),
                attribution=line.text,
            )
        )


def _post_lines(draft: Draft, attribution: Line) -> list[Line]:
    """The free lines of the block above the attribution (or before it in its block)."""
    index = draft.index_of(attribution)
    same_block = [
        other
        for other in draft.lines[:index]
        if other.block == attribution.block and other.free
    ]
    if same_block:
        return same_block[-MAX_POST_LINES:]
    above = draft.previous_live(attribution)
    if above is None or not above.free:
        return []
    block = [other for other in draft.lines[:index] if other.block == above.block]
    return [other for other in block if other.free][-MAX_POST_LINES:]
