"""One entity under its present name when the article gives a former one:
"Quimbly, formerly Zorb Partners", "Quimbly (anciennement Zorb Partners)",
"Zorb Partners (now Quimbly)". Nothing here imports Pelican.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .resolve import Entity

# Before a former name, after the present one: "Quimbly, formerly Zorb".
FORMERLY = re.compile(
    r"\s*[,(]?\s*(?:formerly(?: known as)?|previously(?: known as)?"
    r"|anciennement|autrefois|naguère)\s+$",
    re.IGNORECASE,
)
# After a former name, before the present one: "Zorb (now Quimbly)".
NOW = re.compile(
    r"\s*[,(]\s*(?:now|today|maintenant|aujourd['’]hui|désormais)\s+",
    re.IGNORECASE,
)
REACH = 30  # characters before a former name where "formerly" may be


def join_former_names(entities: dict[str, Entity], text: str) -> None:
    """Merge each former name into the present name (in place); the merged
    entity keeps the present name only.

    >>> from .mentions import Mention
    >>> from .resolve import Entity
    >>> text = "Quimbly, formerly Zorb Partners. Zorb Partners (now Quimbly)."
    >>> found = {"quimbly": Entity("quimbly", "Quimbly", None, False, mentions=[
    ...     Mention(0, 7, "Quimbly", None), Mention(52, 59, "Quimbly", None)]),
    ...     "zorb partners": Entity("zorb partners", "Zorb Partners", None, False,
    ...     mentions=[Mention(18, 31, "Zorb Partners", None),
    ...               Mention(33, 46, "Zorb Partners", None)])}
    >>> join_former_names(found, text)
    >>> [(k, sorted({m.name for m in e.mentions})) for k, e in found.items()]
    [('quimbly', ['Quimbly'])]
    """
    for key in list(entities):
        entity = entities[key]
        if entity.known:
            continue
        present = _present_name(entity, entities, text)
        if present is None:
            continue
        present.mentions[:] = [
            replace(m, name=present.name) for m in present.mentions + entity.mentions
        ]
        del entities[key]


def _present_name(
    former: Entity, entities: dict[str, Entity], text: str
) -> Entity | None:
    """The entity a former name is tied to by "formerly" (right after the
    present name) or "now" (right before it)."""
    others = [e for e in entities.values() if e is not former]
    ends = {m.end: e for e in others for m in e.mentions}
    starts = {m.start: e for e in others for m in e.mentions}
    for mention in former.mentions:
        before = text[max(0, mention.start - REACH) : mention.start]
        match = FORMERLY.search(before)
        if match and mention.start - len(before) + match.start() in ends:
            return ends[mention.start - len(before) + match.start()]
        match = NOW.match(text, mention.end)
        if match and match.end() in starts:
            return starts[match.end()]
    return None
