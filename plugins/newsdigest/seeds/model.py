"""What the reader finds in a seed: frozen values, free of Pelican."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from .errors import Problem


@dataclass(frozen=True)
class Photo:
    """A picture the paste mentions: its caption, its credit and its alt text."""

    caption: str | None
    credit: str | None
    alt: str | None
    line: int


class Kind(StrEnum):
    """Kinds of element in an article body."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    LIST = "list"
    EMBED = "embed"
    PHOTO = "photo"


@dataclass(frozen=True)
class Element:
    """One element of the body, in reading order."""

    kind: Kind
    line: int
    text: str = ""
    items: tuple[str, ...] = ()
    attribution: str = ""
    photo: Photo | None = None


@dataclass(frozen=True)
class Seed:
    """Everything the reader understood of one pasted article."""

    path: str
    title: str
    body: tuple[Element, ...]
    source: str | None = None
    section: str | None = None
    breadcrumb: tuple[str, ...] = ()
    kicker: str | None = None
    lede: str | None = None
    deck: str | None = None
    photos: tuple[Photo, ...] = ()
    authors: tuple[str, ...] = ()
    agencies: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    published: datetime | None = None
    modified: datetime | None = None
    date_origin: str = "none"
    lang: str = "fr"
    url: str | None = None
    keywords: tuple[str, ...] = ()
    overrides: dict = field(default_factory=dict)
    problems: tuple[Problem, ...] = ()

    @property
    def main_photo(self) -> Photo | None:
        """The first photo with a real caption, else the first photo."""
        for photo in self.photos:
            if photo.caption:
                return photo
        return self.photos[0] if self.photos else None
