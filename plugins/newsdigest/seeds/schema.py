"""The article schema: every field of an article, declared once.

Each :class:`Field` is one Pelican metadata key: the shape of its value, how
it is taken from a parsed :class:`~.model.Seed`, whether Pelican makes its
own object of it (``Tag``, ``Category``, a date), and how a curated Markdown
post writes it and reads it back. The seed reader's metadata
(:func:`seed_metadata`), the templates' metadata shape (``site/metadata.py``),
``invoke curate`` (:func:`post_header`) and ``invoke seeds``
(:func:`json_metadata`) all read :data:`FIELDS`, so a curated post renders
the page its seed rendered. Nothing here imports Pelican.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from ..slugs import make_slug
from .model import Seed


class Shape(StrEnum):
    """How a value is held, and so how a Markdown post writes it."""

    TEXT = "text"  # one line of text: ``Key: value``
    DATE = "date"  # an aware datetime, ISO 8601 in a post
    NAMES = "names"  # a list Pelican splits itself (tags, authors): one line
    LIST = "list"  # a list of lines: ``Key:`` then one indented line each


@dataclass(frozen=True)
class Field:
    """One metadata key of an article."""

    key: str
    shape: Shape
    value: Callable[[Seed], Any]
    # Pelican builds its own object from the value (process_metadata).
    pelican: bool = False
    # How a hand-written one-line list splits (None: the line is one item).
    split: str | None = None
    # Written to a curated post (problems belong to the seed, not the post).
    curated: bool = True


def _main(attribute: str) -> Callable[[Seed], str | None]:
    def value(seed: Seed) -> str | None:
        photo = seed.main_photo
        return getattr(photo, attribute) if photo else None

    return value


def _slug(seed: Seed) -> str:
    return seed.overrides.get("slug") or make_slug(seed.title) or "article"


def _photo_credits(seed: Seed) -> list[str]:
    """Credits printed without a caption (the page lists them at its foot)."""
    return [photo.credit for photo in seed.photos if photo.credit and not photo.caption]


FIELDS: tuple[Field, ...] = (
    Field("title", Shape.TEXT, lambda s: s.title),
    Field("date", Shape.DATE, lambda s: s.published, pelican=True),
    Field("modified", Shape.DATE, lambda s: s.modified, pelican=True),
    # Where the date came from: byline, update, file name, text, front
    # matter, or "added" (no printed date: when the seed was first added).
    Field("date_origin", Shape.TEXT, lambda s: s.date_origin),
    # The outlet's section as printed; the digest's own is chosen from it
    # (newsdigest.site.sections), never from a folder name.
    Field("source_section", Shape.TEXT, lambda s: s.section),
    Field("tags", Shape.NAMES, lambda s: s.overrides.get("tags", []), pelican=True),
    Field("authors", Shape.NAMES, lambda s: s.authors, pelican=True),
    Field("agencies", Shape.LIST, lambda s: s.agencies, split=","),
    Field("slug", Shape.TEXT, _slug, pelican=True),
    Field("lang", Shape.TEXT, lambda s: s.lang),
    Field("status", Shape.TEXT, lambda s: s.overrides.get("status")),
    Field("source", Shape.TEXT, lambda s: s.source),
    Field("source_url", Shape.TEXT, lambda s: s.url),
    Field("breadcrumb", Shape.LIST, lambda s: s.breadcrumb, split=">"),
    Field("kicker", Shape.TEXT, lambda s: s.kicker),
    Field("lede", Shape.TEXT, lambda s: s.lede),
    Field("deck", Shape.TEXT, lambda s: s.deck),
    Field("caption", Shape.TEXT, _main("caption")),
    Field("credit", Shape.TEXT, _main("credit")),
    Field("photo_alt", Shape.TEXT, _main("alt")),
    Field("image", Shape.TEXT, lambda s: s.overrides.get("image")),
    Field("photo_credits", Shape.LIST, _photo_credits, split=";"),
    Field("notes", Shape.LIST, lambda s: s.notes),
    Field("publisher_tags", Shape.LIST, lambda s: s.keywords, split=","),
    Field("seed", Shape.TEXT, lambda s: s.path),
    Field(
        "digest_problems",
        Shape.LIST,
        lambda s: [str(problem) for problem in s.problems],
        curated=False,
    ),
)
BY_KEY: dict[str, Field] = {field.key: field for field in FIELDS}
# Keys whose value Pelican turns into its own objects.
PELICAN_KEYS: frozenset[str] = frozenset(f.key for f in FIELDS if f.pelican)
# Characters Pelican splits a one-line list on (``ensure_metadata_list``).
NAME_SEPARATORS = re.compile(r"\s*;\s*")
LINE_BREAK = re.compile(r"\s*\n\s*")
INDENT = "    "


def seed_metadata(seed: Seed) -> dict[str, Any]:
    """The metadata of a parsed seed: text, ISO dates and lists, empty ones left out.

    A name never holds ``;``: Pelican splits a post's one-line list there,
    so a seed's page and its curated post split it alike.
    """
    values: dict[str, Any] = {}
    for field in FIELDS:
        value = field.value(seed)
        if isinstance(value, dt.datetime):
            value = value.isoformat()
        elif field.shape is Shape.NAMES:
            value = [
                part
                for name in value
                for part in NAME_SEPARATORS.split(str(name))
                if part
            ]
        elif field.shape is Shape.LIST:
            value = [str(item) for item in value if item]
        if value not in (None, "", []):
            values[field.key] = value
    return values


def json_metadata(seed: Seed) -> dict[str, Any]:
    """What ``invoke seeds --json`` shows of a seed: the metadata, problems aside."""
    return {
        key: value for key, value in seed_metadata(seed).items() if BY_KEY[key].curated
    }


def post_header(metadata: dict[str, Any]) -> str:
    """The ``Key: value`` lines of a curated Markdown post, in schema order.

    >>> print(post_header({"title": "Un titre", "tags": ["Dupont, Jean"],
    ...                    "notes": ["Une note", "Une autre"]}))
    Title: Un titre
    Tags: Dupont, Jean;
    Notes:
        Une note
        Une autre
    """
    lines = []
    for field in FIELDS:
        value = metadata.get(field.key)
        if not field.curated or value in (None, "", [], ()):
            continue
        name = field.key.capitalize()
        if field.shape is Shape.LIST:
            lines.append(f"{name}:")
            lines.extend(INDENT + _line(item) for item in value)
        elif field.shape is Shape.NAMES:
            lines.append(f"{name}: {_names(value)}")
        else:
            lines.append(f"{name}: {_line(value)}")
    return "\n".join(lines)


def _line(value: Any) -> str:
    return LINE_BREAK.sub(" ", str(value).strip())


def _names(names: list[str]) -> str:
    """Names on one line as Pelican splits them back: ``,`` when no name
    holds one, else ``;`` (with a trailing one when a single name has a comma).

    >>> _names(["Russie", "Corée du Nord"]), _names(["Dupont, Jean", "X"])
    ('Russie, Corée du Nord', 'Dupont, Jean; X')
    """
    names = [_line(name) for name in names]
    if not any("," in name for name in names):
        return ", ".join(names)
    text = "; ".join(names)
    return text if len(names) > 1 else text + ";"


def read_back(metadata: dict[str, Any]) -> None:
    """Give a curated post's list keys the shape a seed's have: a one-line
    value is split as the schema says, an indented list loses its empty lines.

    >>> meta = {"agencies": "AFP, Reuters", "notes": ["", "Reporting by X"]}
    >>> read_back(meta); meta["agencies"], meta["notes"]
    (['AFP', 'Reuters'], ['Reporting by X'])
    """
    for field in FIELDS:
        value = metadata.get(field.key)
        if field.shape is not Shape.LIST or value is None:
            continue
        if isinstance(value, str):
            value = value.split(field.split) if field.split else [value]
        metadata[field.key] = [str(item).strip() for item in value if str(item).strip()]
