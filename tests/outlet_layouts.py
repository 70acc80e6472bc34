"""What a layout test expects, and how a parsed seed is checked against it.

Each layout is an invented story (``outlet_stories.py``) printed as a
copy-paste of a news page gives it, in the shape of one outlet the reader
was not developed on (the outlet's name and the story are invented; the
shape of its byline, date, photo, boxes and buttons is the outlet's):
``outlet_layouts_fr.py`` and ``outlet_layouts_en.py``. The expectations are
what an editor reading the paste would want.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsdigest.seeds.model import Seed
from newsdigest.seeds.text import norm

UNSET = object()


@dataclass(frozen=True)
class Layout:
    """One synthetic paste and the fields it should give."""

    shape: str  # the outlet whose page layout the paste imitates
    paste: str
    title: str
    source: str | None
    lede: str | None
    authors: tuple[str, ...]
    date: str | None
    caption: str | None
    credit: str | None
    first: str
    last: str
    section: object = UNSET  # not scored unless given
    furniture: tuple[str, ...] = field(default_factory=tuple)


def body_text(seed: Seed) -> str:
    """The article's running text: lede, paragraphs, intertitles, lists, quotes
    (as ``bench/scoring.py`` reads it: a first paragraph taken for the lede of
    a page that prints none is still on the page)."""
    parts: list[str] = [seed.lede or ""]
    for element in seed.body:
        parts.append(element.text or "")
        parts.extend(element.items)
    return "\n".join(norm(part) for part in parts)


def check(layout: Layout, seed: Seed) -> dict[str, tuple[bool, object, object]]:
    """Each field: (right?, wanted, got)."""
    photo = seed.main_photo
    body = body_text(seed)
    got = {
        "title": seed.title,
        "source": seed.source,
        "section": seed.section,
        "lede": seed.lede,
        "authors": tuple(seed.authors),
        "date": seed.published.date().isoformat() if seed.published else None,
        "caption": photo.caption if photo else None,
        "credit": photo.credit if photo else None,
    }
    wanted = {
        "title": layout.title,
        "source": layout.source,
        "section": layout.section,
        "lede": layout.lede,
        "authors": layout.authors,
        "date": layout.date,
        "caption": layout.caption,
        "credit": layout.credit,
    }
    out: dict[str, tuple[bool, object, object]] = {}
    for key, want in wanted.items():
        if want is UNSET:
            continue
        have = got[key]
        if isinstance(want, tuple):
            ok = tuple(map(norm, have)) == tuple(map(norm, want))
        else:
            ok = (have is None and want is None) or (
                have is not None and want is not None and norm(have) == norm(want)
            )
        out[key] = (ok, want, have)
    out["first sentence"] = (norm(layout.first) in body, layout.first, "absent")
    out["last sentence"] = (norm(layout.last) in body, layout.last, "absent")
    left = [text for text in layout.furniture if norm(text) in body]
    out["no furniture"] = (not left, [], left)
    junk = [
        name for name in seed.authors if norm(name) not in map(norm, layout.authors)
    ]
    out["no junk author"] = (not junk, [], junk)
    return out
