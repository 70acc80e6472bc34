"""The seed parser: a visible list of small steps over the lines of a paste.

``parse_seed(text)`` splits the front matter, runs ``STEPS`` in order over a
:class:`~.draft.Draft` (each step claims the lines it understands, and each
line remembers the step that claimed it), then :func:`~.assemble.assemble`
freezes what they found into a :class:`~.model.Seed`, the front matter having
the last word. ``read_draft`` stops before that, for ``invoke seeds
--explain``. Nothing here imports Pelican.
"""

from __future__ import annotations

from collections.abc import Callable

from .assemble import ParseOptions, assemble
from .attributions import find_bylines_and_dates
from .body import classify_body
from .boxes import drop_promo_blocks
from .cards import drop_cards_and_clips
from .draft import Draft
from .embeds import find_embeds
from .frontmatter import FrontMatter, split_front_matter
from .furniture import drop_furniture, join_fragments
from .header import find_header
from .language import find_language
from .layout import restore_blocks
from .lede import find_lede
from .leftovers import drop_header_leftovers, find_section_labels
from .model import Seed
from .photos import credit_the_only_photo, find_photos
from .related import drop_related_lists
from .signups import drop_signup_boxes
from .tail import find_tail
from .topics import find_topic_lists

__all__ = ["STEPS", "ParseOptions", "parse_seed", "read_draft"]

Step = Callable[[Draft], None]

STEPS: tuple[Step, ...] = (
    restore_blocks,
    find_header,
    drop_furniture,
    drop_promo_blocks,
    drop_cards_and_clips,
    find_topic_lists,
    join_fragments,
    find_photos,
    find_embeds,
    find_bylines_and_dates,
    drop_signup_boxes,
    drop_related_lists,
    find_lede,
    find_section_labels,
    drop_header_leftovers,
    find_tail,
    credit_the_only_photo,
    classify_body,
    find_language,
)


def read_draft(
    text: str, path: str = "<seed>", options: ParseOptions | None = None
) -> tuple[Draft, FrontMatter]:
    """Run every step over the text of one seed: its lines with their roles."""
    options = options or ParseOptions()
    front, rest = split_front_matter(text, path, options.images)
    draft = Draft.from_text(rest, path, first_line=front.body_start)
    draft.problems.extend(front.problems)
    draft.default_lang = options.default_lang
    for step in STEPS:
        draft.run(step)
    return draft, front


def parse_seed(
    text: str, path: str = "<seed>", options: ParseOptions | None = None
) -> Seed:
    """Parse the text of one seed; raise SeedError when it cannot be an article."""
    options = options or ParseOptions()
    draft, front = read_draft(text, path, options)
    return assemble(draft, front, options)
