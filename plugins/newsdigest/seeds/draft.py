"""The working state of the parser: the seed's lines, each with the role found.

Every step of the pipeline claims lines it understands (a photo caption, a
byline, furniture) and records what it found in ``Draft.found``. Lines nobody
claims become body text, so a sentence can only leave the body when a step
says what it is.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from .errors import Problem
from .model import Element, Photo
from .text import is_prose

HEADER_ZONE_LINES = 30


class Role(StrEnum):
    """What a line of the seed is."""

    UNKNOWN = "unknown"
    SOURCE = "source"
    SECTION = "section"
    TITLE = "title"
    LEDE = "lede"
    DECK = "deck"
    BYLINE = "byline"
    DATE = "date"
    PHOTO = "photo"
    FURNITURE = "furniture"
    EMBED = "embed"
    SIGNATURE = "signature"
    NOTE = "note"
    TAGS = "tags"
    PARAGRAPH = "paragraph"
    HEADING = "heading"
    LIST_ITEM = "list_item"


@dataclass
class Line:
    """One non-blank line of the seed, with its 1-based number in the file."""

    no: int
    text: str
    block: int
    pos: int = 0
    role: Role = Role.UNKNOWN

    @property
    def free(self) -> bool:
        return self.role is Role.UNKNOWN


@dataclass
class Draft:
    """The seed being parsed: lines with roles, and the values found so far."""

    path: str
    lines: list[Line]
    front: dict[str, Any] = field(default_factory=dict)
    front_lines: dict[str, int] = field(default_factory=dict)
    found: dict[str, Any] = field(default_factory=dict)
    photos: list[Photo] = field(default_factory=list)
    body: list[Element] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @classmethod
    def from_text(cls, text: str, path: str = "<seed>", first_line: int = 1) -> Draft:
        """Split text into lines numbered from ``first_line``, grouped in blocks
        (runs of lines between blank lines; blocks are numbered 0, 1, 2...)."""
        lines: list[Line] = []
        block = 0
        for offset, raw in enumerate(text.split("\n")):
            stripped = raw.strip()
            if not stripped:
                if lines and lines[-1].block == block:
                    block += 1
                continue
            lines.append(Line(first_line + offset, stripped, block, len(lines)))
        return cls(path=path, lines=lines)

    def free_lines(self) -> list[Line]:
        """Lines no step has claimed yet, in order."""
        return [line for line in self.lines if line.free]

    def live_lines(self) -> list[Line]:
        """Lines that are not furniture (what a reader of the page would see)."""
        return [line for line in self.lines if line.role is not Role.FURNITURE]

    def claim(self, line: Line, role: Role) -> None:
        line.role = role

    def warn(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.path, line, message))

    def blocks(self, lines: list[Line] | None = None) -> Iterator[list[Line]]:
        """Group lines (all lines by default) by the blank-line block they sit in."""
        current: list[Line] = []
        for line in self.lines if lines is None else lines:
            if current and line.block != current[-1].block:
                yield current
                current = []
            current.append(line)
        if current:
            yield current

    def header_zone(self) -> list[Line]:
        """Free lines under the headline, up to the second paragraph of prose.

        Bylines, dates and the lede live here, in whatever order the page
        prints them.
        """
        title = next((line for line in self.lines if line.role is Role.TITLE), None)
        start = self.index_of(title) + 1 if title else 0
        zone: list[Line] = []
        prose = seen = 0
        for line in self.lines[start:]:
            if line.role is not Role.FURNITURE:
                seen += 1
                if seen > HEADER_ZONE_LINES:
                    break
            if not line.free:
                continue
            if is_prose(line.text):
                prose += 1
                if prose == 2:
                    break
            zone.append(line)
        return zone

    def index_of(self, line: Line) -> int:
        return line.pos

    def next_live(self, line: Line) -> Line | None:
        """The next line that is not furniture, if any."""
        for candidate in self.lines[self.index_of(line) + 1 :]:
            if candidate.role is not Role.FURNITURE:
                return candidate
        return None

    def previous_live(self, line: Line) -> Line | None:
        """The previous line that is not furniture, if any."""
        for candidate in reversed(self.lines[: self.index_of(line)]):
            if candidate.role is not Role.FURNITURE:
                return candidate
        return None
