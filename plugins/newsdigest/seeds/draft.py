"""The working state of the parser: the seed's lines, each with its role and step.

Every step of the pipeline claims lines it understands (a photo caption, a
byline, furniture) and records what it found in the typed ``Draft.found``
(:class:`Findings`). Each line remembers the step that claimed it, so that
``invoke seeds --explain`` can say why a line became a caption. Lines nobody
claims become body text, so a sentence can only leave the body when a step
says what it is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum

from .datelines import mostly_date
from .dates import DateMatch
from .errors import Problem
from .model import Element, Photo
from .reldates import RelativeDate
from .text import is_prose

HEADER_ZONE_LINES = 30


class Role(StrEnum):
    """What a line of the seed is."""

    UNKNOWN = "unknown"
    SOURCE = "source"
    SECTION = "section"
    KICKER = "kicker"
    TITLE = "title"
    LEDE = "lede"
    DECK = "deck"
    BYLINE = "byline"
    DATE = "date"
    PHOTO = "photo"
    EMBED = "embed"
    SIGNATURE = "signature"
    NOTE = "note"
    TAGS = "tags"
    PARAGRAPH = "paragraph"
    HEADING = "heading"
    LIST_ITEM = "list_item"
    # Lines that are not the article's, one role per reason.
    FURNITURE = "furniture"  # a line of the page's interface: button, counter, label
    BOX = "box"  # part of a box about something else: related list, sign-up, video
    JOINED = "joined"  # glued to the line above (a sentence a link label split)
    REPEAT = "repeat"  # the headline or the lede printed again
    END = "end"  # after the end of the article ("Article suivant", "Tags")


# Lines steps look past when they read a line's neighbours: everything that
# is not the article's own text, and the kicker above the headline.
SKIPPED_ROLES = frozenset(
    {Role.FURNITURE, Role.BOX, Role.JOINED, Role.REPEAT, Role.END, Role.KICKER}
)


@dataclass
class Findings:
    """What the steps found so far, by field; each step fills its own."""

    # find_header
    source_line: str | None = None
    source: str | None = None
    breadcrumb: tuple[str, ...] = ()
    section: str | None = None
    kicker: str | None = None
    title: str = ""
    title_line: int = 1
    # drop_promo_blocks: the items of a table of contents (the intertitles)
    toc: set[str] = field(default_factory=set)
    # find_topic_lists, then find_tail: the page's own topics
    keywords: list[str] = field(default_factory=list)
    # find_embeds
    embeds: list[Element] = field(default_factory=list)
    # find_bylines_and_dates
    header_authors: list[str] = field(default_factory=list)
    header_agencies: list[str] = field(default_factory=list)
    published: DateMatch | None = None
    modified: DateMatch | None = None
    relative: RelativeDate | None = None  # "il y a 3 heures", when no date
    # find_lede
    lede: str | None = None
    deck: str | None = None
    # find_tail
    signature_authors: list[str] = field(default_factory=list)
    signature_agencies: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # find_language
    lang: str | None = None


@dataclass
class Line:
    """One non-blank line of the seed, with its 1-based number in the file."""

    no: int
    text: str
    block: int
    pos: int = 0
    role: Role = Role.UNKNOWN
    step: str = ""

    @property
    def free(self) -> bool:
        return self.role is Role.UNKNOWN

    @property
    def skipped(self) -> bool:
        """Whether steps look past this line (furniture, boxes, the kicker)."""
        return self.role in SKIPPED_ROLES


@dataclass
class Draft:
    """The seed being parsed: lines with roles, and the values found so far."""

    path: str
    lines: list[Line]
    default_lang: str = "fr"
    found: Findings = field(default_factory=Findings)
    photos: list[Photo] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    step: str = ""
    blocks_restored: bool = False  # the paste had lost its blank lines

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
        """Lines steps do not look past (what a reader of the article would see)."""
        return [line for line in self.lines if not line.skipped]

    def run(self, step: Callable[[Draft], None]) -> None:
        """Run one step; the lines it claims remember its name."""
        self.step = step.__name__
        try:
            step(self)
        finally:
            self.step = ""

    def claim(self, line: Line, role: Role) -> None:
        """Give a line its role, recording the step that gave it."""
        line.role = role
        line.step = self.step

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
        """Free lines under the headline, up to the second paragraph of prose
        (a date line is not prose, even written as a sentence: "Publié le
        12/03/2031 à 18h07.").

        Bylines, dates and the lede live here, in whatever order the page
        prints them.
        """
        title = next((line for line in self.lines if line.role is Role.TITLE), None)
        start = self.index_of(title) + 1 if title else 0
        zone: list[Line] = []
        prose = seen = 0
        for line in self.lines[start:]:
            if not line.skipped:
                seen += 1
                if seen > HEADER_ZONE_LINES:
                    break
            if not line.free:
                continue
            if is_prose(line.text) and not mostly_date(line.text):
                prose += 1
                if prose == 2:
                    break
            zone.append(line)
        return zone

    def index_of(self, line: Line) -> int:
        return line.pos

    def next_live(self, line: Line) -> Line | None:
        """The next line steps do not look past, if any."""
        for candidate in self.lines[self.index_of(line) + 1 :]:
            if not candidate.skipped:
                return candidate
        return None

    def previous_live(self, line: Line) -> Line | None:
        """The previous line steps do not look past, if any."""
        for candidate in reversed(self.lines[: self.index_of(line)]):
            if not candidate.skipped:
                return candidate
        return None
