"""Step: the paste's blocks, restored when a browser or a notes app lost them.

A browser pastes a blank line around each paragraph and none between the
lines of a caption, a byline or a list: the steps read those blocks. Some
apps drop every blank line, others put one after every line. Then the blocks
are rebuilt from what the lines are: the site name (and its section) on top,
each paragraph of prose a block of its own with the credit printed under it,
and every run of short lines (headline, byline and date, a list of links)
one block.
"""

from __future__ import annotations

from .credits import is_credit
from .draft import Draft, Line
from .header import section_line
from .text import is_paragraph

MIN_LINES_TO_RESTORE = 8
CONTINUATION = ",;)]"


def restore_blocks(draft: Draft) -> None:
    """Rebuild the blocks of a paste pasted with no blank line, or with one after
    every line."""
    lines = draft.lines
    if len(lines) < MIN_LINES_TO_RESTORE or not _blocks_lost(lines):
        return
    draft.blocks_restored = True
    header = 2 if section_line(lines, 1) else 1
    block = 0
    for index, line in enumerate(lines):
        if index >= header and _starts_block(lines, index, header):
            block += 1
        line.block = block


def _blocks_lost(lines: list[Line]) -> bool:
    """One block for the whole paste, or one block for every line."""
    blocks = {line.block for line in lines}
    return len(blocks) in (1, len(lines))


def _starts_block(lines: list[Line], index: int, header: int) -> bool:
    """Whether a line opens a new block: the headline under the site name, a
    paragraph, the line after a paragraph (unless it is the paragraph's
    credit), the first short line after a paragraph."""
    if index == header:
        return True
    line, previous = lines[index], lines[index - 1]
    if line.text[:1] in CONTINUATION:
        return False  # the rest of a sentence a link split: ", new investors ..."
    if is_paragraph(line.text):
        return True
    return is_paragraph(previous.text) and not is_credit(line.text)
