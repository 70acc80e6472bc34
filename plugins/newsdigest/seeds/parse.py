"""The seed parser: a visible list of small steps over the lines of a paste.

``parse_seed(text)`` splits the front matter, runs ``STEPS`` in order over a
:class:`~.draft.Draft` (each step claims the lines it understands), then
:func:`~.assemble.assemble` freezes what they found into a
:class:`~.model.Seed`, the front matter having the last word. Nothing here
imports Pelican.
"""

from __future__ import annotations

from collections.abc import Callable

from .assemble import ParseOptions, assemble
from .attributions import find_bylines_and_dates
from .body import classify_body
from .boxes import drop_promo_blocks, drop_related_lists, drop_signup_boxes
from .draft import Draft
from .embeds import find_embeds
from .frontmatter import split_front_matter
from .furniture import drop_furniture, join_fragments
from .header import find_header
from .language import find_language
from .lede import find_lede
from .model import Seed
from .photos import find_photos
from .tail import find_tail

__all__ = ["STEPS", "ParseOptions", "parse_seed"]

Step = Callable[[Draft], None]

STEPS: tuple[Step, ...] = (
    find_header,
    drop_furniture,
    drop_promo_blocks,
    join_fragments,
    find_photos,
    find_embeds,
    find_bylines_and_dates,
    drop_signup_boxes,
    drop_related_lists,
    find_lede,
    find_tail,
    classify_body,
    find_language,
)


def parse_seed(
    text: str, path: str = "<seed>", options: ParseOptions | None = None
) -> Seed:
    """Parse the text of one seed; raise SeedError when it cannot be an article."""
    options = options or ParseOptions()
    front, rest = split_front_matter(text, path, options.images)
    draft = Draft.from_text(rest, path, first_line=front.body_start)
    draft.problems.extend(front.problems)
    draft.found["default_lang"] = options.default_lang
    for step in STEPS:
        step(draft)
    return assemble(draft, front, options)
