"""Steps: classify what is left as paragraphs, intertitles and lists; assemble the body.

Every line no earlier step claimed is article text. A short line standing
alone between paragraphs, with no final period, is an intertitle; lines
introduced by a colon, or marked with bullets, are a list; the rest are
paragraphs. Nothing is dropped here except exact repeats of the headline or
lede.
"""

from __future__ import annotations

import re

from .draft import Draft, Line, Role
from .model import Element, Kind, Photo
from .text import BULLET, ends_sentence, is_prose, norm, strip_outer_quotes, words

HEADING_MARKER = re.compile(r"^(?:>>|»|▶|►|■|●|\.)\s+")
MAX_HEADING_CHARS = 150
MAX_HEADING_WORDS = 20
MAX_QUESTION_HEADING_CHARS = 110


def classify_body(draft: Draft) -> None:
    """Give every free line a body role: paragraph, heading or list item."""
    repeats = {norm(text) for text in (draft.found.title, draft.found.lede) if text}
    toc = draft.found.toc
    for block in draft.blocks(draft.free_lines()):
        if _is_list(draft, block):
            for line in block:
                draft.claim(line, Role.LIST_ITEM)
            continue
        for line in block:
            if norm(line.text) in repeats:
                draft.claim(line, Role.REPEAT)
            elif norm(line.text) in toc or is_heading(draft, line):
                draft.claim(line, Role.HEADING)
            else:
                draft.claim(line, Role.PARAGRAPH)


def is_heading(draft: Draft, line: Line) -> bool:
    """Whether a line is an intertitle: short, unpunctuated, followed by prose."""
    text = line.text
    marked = bool(HEADING_MARKER.match(text))
    core = HEADING_MARKER.sub("", text)
    count = len(words(core))
    if not count or count > MAX_HEADING_WORDS or len(core) > MAX_HEADING_CHARS:
        return False
    if core.rstrip().endswith((":", ";", ",")) or core[:1].islower():
        return False
    inner = strip_outer_quotes(core)
    if ends_sentence(inner) and not marked:
        question = inner.rstrip().endswith(("?", "!"))
        if not (question and len(core) <= MAX_QUESTION_HEADING_CHARS):
            return False
    following = _next_text(draft, line)
    if following is None:
        return False
    return following.free and (
        is_prose(following.text) or len(words(following.text)) > count
    )


def build_body(draft: Draft) -> tuple[list[Photo], list[Element]]:
    """The photos above the first paragraph (and those without a caption, shown
    only as credits), and the body elements in order."""
    embeds = {element.line: element for element in draft.found.embeds}
    photos_by_line = {photo.line: photo for photo in draft.photos}
    first_text = next(
        (
            line.no
            for line in draft.lines
            if line.role in (Role.PARAGRAPH, Role.LIST_ITEM)
        ),
        None,
    )
    lead: list[Photo] = []
    body: list[Element] = []
    items: list[Line] = []
    for line in draft.lines:
        if line.role is not Role.LIST_ITEM and items:
            body.append(_list(items))
            items = []
        if line.no in photos_by_line:
            photo = photos_by_line[line.no]
            if first_text is None or line.no < first_text or not photo.caption:
                lead.append(photo)
            else:
                body.append(Element(Kind.PHOTO, line.no, photo=photo))
        if line.no in embeds:
            body.append(embeds[line.no])
        if line.role is Role.PARAGRAPH:
            body.append(Element(Kind.PARAGRAPH, line.no, text=line.text))
        elif line.role is Role.HEADING:
            body.append(
                Element(Kind.HEADING, line.no, text=HEADING_MARKER.sub("", line.text))
            )
        elif line.role is Role.LIST_ITEM:
            if items and items[-1].block != line.block and not BULLET.match(line.text):
                body.append(_list(items))
                items = []
            items.append(line)
    if items:
        body.append(_list(items))
    return lead, body


def _list(lines: list[Line]) -> Element:
    return Element(
        Kind.LIST, lines[0].no, items=tuple(BULLET.sub("", line.text) for line in lines)
    )


def _is_list(draft: Draft, block: list[Line]) -> bool:
    if len(block) < 2:
        return False
    if sum(bool(BULLET.match(line.text)) for line in block) >= len(block) - 1:
        return True
    before = draft.previous_live(block[0])
    introduced = before is not None and before.text.rstrip().endswith(":")
    return introduced and all(len(line.text) <= 300 for line in block)


def _next_text(draft: Draft, line: Line) -> Line | None:
    """The next line of text after ``line``, skipping photos and embeds."""
    following = draft.next_live(line)
    while following is not None and following.role in (Role.PHOTO, Role.EMBED):
        following = draft.next_live(following)
    return following
