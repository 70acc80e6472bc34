"""Assemble a parsed seed: freeze what the steps found into a :class:`~.model.Seed`.

The dates are settled here (printed, update, file name, text, else the
moment the seed was first added: ``ParseOptions.added_at``, from the seed
ledger), and the editor's front matter has the last word over every field. Nothing here
imports Pelican.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from zoneinfo import ZoneInfo

from .body import build_body
from .dates import DateMatch
from .draft import Draft, Role
from .errors import SeedError
from .frontmatter import FrontMatter
from .model import Kind, Photo, Seed
from .reldates import resolve
from .text import squash
from .textdates import resolve_text_date

FILE_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)-([01]\d)-([0-3]\d)(?!\d)")
EMPHASIZED_ROLES = (Role.TITLE, Role.LEDE, Role.PHOTO, Role.DECK)


@dataclass(frozen=True)
class ParseOptions:
    """What the parser needs from the site's settings."""

    timezone: str = "Europe/Paris"
    default_lang: str = "fr"
    # When the seed was first added (the seed ledger): the date of an article
    # whose paste prints none, and "now" for relative dates in its text.
    added_at: dt.datetime | None = None
    # The folders an ``image:`` path may name a picture in (content/images).
    images: tuple[str, ...] = ()


def assemble(draft: Draft, front: FrontMatter, options: ParseOptions) -> Seed:
    """Freeze what the steps found into a Seed, front matter overriding."""
    found = draft.found
    lead_photos, body = build_body(draft)
    lede = found.lede
    if not body and not lede:
        raise SeedError(
            draft.path,
            found.title_line,
            "only a headline: paste the article text under it",
        )
    if found.source is None:
        draft.warn(1, "line 1 is not a site name: add 'source: NAME' in front matter")
    tz = ZoneInfo(options.timezone)
    published, modified, origin = _dates(draft, tz, options)
    photos = tuple(lead_photos) + tuple(e.photo for e in body if e.kind is Kind.PHOTO)
    seed = Seed(
        path=draft.path,
        title=found.title,
        body=tuple(body),
        source=found.source,
        section=found.section,
        breadcrumb=found.breadcrumb,
        kicker=found.kicker,
        lede=lede,
        deck=found.deck,
        photos=photos,
        authors=_unique(found.header_authors + found.signature_authors),
        agencies=_unique(found.header_agencies + found.signature_agencies),
        notes=tuple(found.notes),
        published=published,
        modified=modified,
        date_origin=origin,
        lang=found.lang or options.default_lang,
        keywords=tuple(found.keywords),
    )
    return _apply_front_matter(seed, front, tz, draft)


def _dates(
    draft: Draft, tz: ZoneInfo, options: ParseOptions
) -> tuple[dt.datetime | None, dt.datetime | None, str]:
    published, modified = draft.found.published, draft.found.modified
    modified_at = modified.to_datetime(tz) if modified else None
    if published:
        published_at = published.to_datetime(tz)
        if modified_at is not None and modified_at <= published_at:
            modified_at = None  # an update printed without its time
        return published_at, modified_at, "byline"
    if modified:
        draft.warn(0, "only an update date is printed: it is used as publication date")
        return modified_at, modified_at, "update"
    relative = draft.found.relative
    if relative is not None and options.added_at is not None:
        # "hier à 18h15" is read on the site's clock, like every printed date.
        added = options.added_at
        local = added.astimezone(tz) if added.tzinfo else added.replace(tzinfo=tz)
        return resolve(relative, local), None, "relative"
    name_date = FILE_DATE.search(draft.path.rsplit("/", 1)[-1])
    if name_date:
        day = dt.date(*(int(part) for part in name_date.groups()))
        return dt.datetime.combine(day, dt.time(0, 0), tz), None, "file name"
    emphasized = "\n".join(
        line.text for line in draft.lines if line.role in EMPHASIZED_ROLES
    )
    body = "\n".join(
        line.text for line in draft.lines if line.role in (Role.PARAGRAPH, Role.HEADING)
    )
    resolved = resolve_text_date(body, emphasized)
    if resolved:
        return resolved.to_datetime(tz), None, "text"
    if options.added_at is not None:
        return options.added_at.astimezone(tz), None, "added"
    return None, None, "none"


def _apply_front_matter(
    seed: Seed, front: FrontMatter, tz: ZoneInfo, draft: Draft
) -> Seed:
    values = dict(front.values)
    changes: dict = {}
    for key in ("title", "source", "section", "kicker", "url", "lang"):
        if key in values:
            changes[key] = values.pop(key)
    if "summary" in values:
        changes["lede"] = values.pop("summary")
    for key in ("authors", "agencies"):
        if key in values:
            changes[key] = tuple(values.pop(key))
    if "date" in values:
        changes["published"] = _to_datetime(values.pop("date"), tz)
        changes["date_origin"] = "front matter"
    if "modified" in values:
        changes["modified"] = _to_datetime(values.pop("modified"), tz)
    if "caption" in values or "credit" in values:
        changes["photos"] = _override_photo(
            seed, values.pop("caption", None), values.pop("credit", None)
        )
    changes["overrides"] = values
    changes["problems"] = tuple(draft.problems)
    return replace(seed, **changes)


def _override_photo(
    seed: Seed, caption: str | None, credit: str | None
) -> tuple[Photo, ...]:
    main = seed.main_photo
    if main is None:
        return (Photo(caption, credit, None, 0), *seed.photos)
    updated = replace(
        main, caption=caption or main.caption, credit=credit or main.credit
    )
    return tuple(updated if photo is main else photo for photo in seed.photos)


def _to_datetime(value: dt.datetime | dt.date | DateMatch, tz: ZoneInfo) -> dt.datetime:
    if isinstance(value, DateMatch):
        return value.to_datetime(tz)
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=tz)
    return dt.datetime.combine(value, dt.time(0, 0), tz)


def _unique(names: list[str]) -> tuple[str, ...]:
    """Names once each, the first spelling kept ("Kab Niang" = "Kab NIANG")."""
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(squash(name), name)
    return tuple(seen.values())
