"""From mentions to entities: one entity per thing named, however it is spelled.

Mentions are put under the taxonomy's or the vocabulary's name when one is
known ("Kim Jong Un" -> Kim Jong-un); overlapping mentions are settled; names
that differ only in case, accents, hyphens or apostrophes are one entity;
a surname or a first part ("Poutine", "M. Peskov", "Kim Jong") joins the
one full name of the article it belongs to. Nothing here imports Pelican.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from .lexicon import Lexicon
from .mentions import DEMONYM, NAME, NESTED, PATTERN, TITLE, Mention
from .text import fold

ACRONYM = re.compile(r"[A-Z]{2,6}")
KIND_ORDER = ("personne", "organisation", "lieu", "pays", "thème")


@dataclass
class Entity:
    """Everything an article says about one thing."""

    key: str
    name: str
    kind: str | None
    known: bool
    description: str = ""
    mentions: list[Mention] = field(default_factory=list)

    def surfaces(self, text: str) -> list[str]:
        """The exact strings that name it in the text, first seen first."""
        seen: dict[str, None] = {}
        for mention in sorted(self.mentions, key=lambda m: m.start):
            if mention.form not in (TITLE, PATTERN):
                seen.setdefault(text[mention.start : mention.end], None)
        return list(seen)


def canonical(mention: Mention, lexicon: Lexicon) -> Mention:
    """The mention under its known name, when the lexicon knows it."""
    if mention.known:
        return mention
    entry = lexicon.lookup(mention.name)
    if entry is None:
        return mention
    form = DEMONYM if entry.demonym else mention.form
    return replace(mention, name=entry.tag, kind=entry.kind, form=form, known=True)


def settle_overlaps(mentions: list[Mention]) -> list[Mention]:
    """One mention per stretch of text for one entity; a name inside another
    entity's name counts less (``nested``); of two crossing mentions the
    longer stays. Linear: only mentions still open at a start are compared."""
    ordered = sorted(mentions, key=lambda m: (m.start, -(m.end - m.start), not m.known))
    kept: list[Mention] = []
    current: list[Mention] = []  # kept mentions that reach past this one's start
    for mention in ordered:
        current = [k for k in current if k.end > mention.start]
        settled = _settle(mention, current)
        if settled is not None:
            kept.append(settled)
            current.append(settled)
    return kept


def _settle(mention: Mention, current: list[Mention]) -> Mention | None:
    outer = next((k for k in current if mention.end <= k.end), None)
    if outer is None:
        return None if current else mention
    if mention.form == TITLE or _part_of(mention.name, outer.name):
        return None
    return replace(mention, form=NESTED) if mention.form == NAME else mention


def _part_of(inner: str, outer: str) -> bool:
    """Whether a name is the whole, the start or the end of another.

    >>> _part_of("Poutine", "Vladimir Poutine"), _part_of("Russie", "Est de la Russie")
    (True, True)
    >>> _part_of("Ukraine", "Réunion Otan-Ukraine sur les missiles")
    False
    """
    small, large = fold(inner).split(), fold(outer).split()
    return large[: len(small)] == small or large[-len(small) :] == small


def group(mentions: list[Mention], lexicon: Lexicon) -> list[Entity]:
    """Entities from mentions, partial person names joined to full ones."""
    entities: dict[str, Entity] = {}
    for mention in mentions:
        key = fold(mention.name)
        entity = entities.get(key)
        if entity is None:
            entity = entities[key] = Entity(key, mention.name, None, mention.known)
        entity.mentions.append(mention)
    _join_partial_names(entities, lexicon)
    _join_acronyms(entities)
    for entity in entities.values():
        _settle_name_and_kind(entity, lexicon)
    return sorted(entities.values(), key=lambda e: min(m.start for m in e.mentions))


def _join_partial_names(entities: dict[str, Entity], lexicon: Lexicon) -> None:
    full = [e for e in entities.values() if len(e.key.split()) >= 2 and _personal(e)]
    for key in sorted(entities, key=lambda k: len(k.split())):
        part = entities[key]
        if part.known or not _personal(part):
            continue
        tokens = key.split()
        homes = [
            e
            for e in full
            if e is not part
            and len(e.key.split()) > len(tokens)
            and (
                e.key.split()[-len(tokens) :] == tokens
                or e.key.split()[: len(tokens)] == tokens
            )
        ]
        if len(homes) == 1:
            homes[0].mentions.extend(part.mentions)
            del entities[key]


def initials(name: str) -> str:
    """The acronym a name would have: its capitalised words' first letters.

    >>> initials("Office for Budget Responsibility"), initials("Centre Hospitalier \
de la Côte Basque")
    ('OBR', 'CHCB')
    """
    return "".join(
        word[0] for word in name.replace("-", " ").split() if word[0].isupper()
    )


def _join_acronyms(entities: dict[str, Entity]) -> None:
    """An acronym joins the one full name of the article it abbreviates
    ("OBR" -> Office for Budget Responsibility)."""
    for key in list(entities):
        short = entities[key]
        if short.known or not ACRONYM.fullmatch(short.name):
            continue
        homes = [
            e
            for e in entities.values()
            if e is not short and initials(e.name) == short.name
        ]
        if len(homes) == 1:
            homes[0].mentions.extend(short.mentions)
            del entities[key]


def _personal(entity: Entity) -> bool:
    kinds = {m.kind for m in entity.mentions if m.kind}
    return not kinds or "personne" in kinds


def _settle_name_and_kind(entity: Entity, lexicon: Lexicon) -> None:
    known = next((m for m in entity.mentions if m.known), None)
    if known is not None:
        entry = lexicon.describe(known.name)
        entity.name, entity.kind, entity.known = known.name, known.kind, True
        entity.description = entry.description if entry else ""
        return
    names = Counter(m.name for m in entity.mentions if m.form in (NAME, NESTED))
    if names:
        entity.name = max(names, key=lambda n: (len(fold(n).split()), names[n], n))
    votes = Counter(m.kind for m in entity.mentions if m.kind)
    if votes:
        entity.kind = max(votes, key=lambda k: (votes[k], -KIND_ORDER.index(k)))
