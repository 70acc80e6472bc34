"""A place's name used as the surname of a person the article names in full
("Jo Quimbec signed... Quimbec broke the record") is that person there, not
the place. Nothing here imports Pelican.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .joins import PLACES, personal
from .mentions import NAME, Mention
from .text import fold

if TYPE_CHECKING:
    from .resolve import Entity

# A word before the name that makes it a place or a thing, not a surname:
# "in Quimbec", "la Quimbec", "from Quimbec", "d'Quimbec".
PLACE_WORD_BEFORE = re.compile(
    r"(?:^|[^\w'’])(?:the|a|an|in|at|on|to|from|of|near|across|le|la|les"
    r"|en|à|au|aux|de|du|des|vers|sur|dans)\s+$|(?:^|[^\w])[ld]['’]$",
    re.IGNORECASE,
)


def reclaim_surnames(entities: dict[str, Entity], text: str) -> None:
    """Move (in place) each one-word mention of a known place that is the last
    word of one person's full name, and not written as a place ("in
    Quimbec"), to that person."""
    surnames: dict[str, list[Entity]] = {}
    for entity in entities.values():
        words = entity.name.split()
        if not entity.known and len(words) >= 2 and personal(entity):
            surnames.setdefault(fold(words[-1]), []).append(entity)
    for key in list(entities):
        place = entities[key]
        if not place.known or not {m.kind for m in place.mentions} <= PLACES:
            continue
        for mention in list(place.mentions):
            people = surnames.get(fold(text[mention.start : mention.end]), [])
            if len(people) != 1 or mention.form != NAME or _as_place(mention, text):
                continue
            place.mentions.remove(mention)
            person = people[0]
            person.mentions.append(
                replace(mention, name=person.name, kind=None, known=False)
            )
        if not place.mentions:
            del entities[key]


def _as_place(mention: Mention, text: str) -> bool:
    before = text[max(0, mention.start - 10) : mention.start]
    return PLACE_WORD_BEFORE.search(before) is not None
