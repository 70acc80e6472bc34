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

from .joins import join_acronyms, join_short_forms
from .lexicon import Lexicon
from .mentions import DEMONYM, NAME, NESTED, PATTERN, SUBJECT_FORM, TITLE, Mention
from .renames import join_former_names
from .spouses import join_wives
from .surnames import reclaim_surnames
from .text import fold
from .vocabulary import Vocabulary

KIND_ORDER = ("personne", "organisation", "lieu", "pays", "thème")
PERSON, THING, ORGANISATION = "personne", "thème", "organisation"
# "Labor Department" is the "Department of Labor"; "Police Department" is
# a city's police, not a portfolio.
HEAD_FIRST = frozenset({"department", "ministry"})
NOT_A_PORTFOLIO = frozenset({"police", "fire", "sheriff", "sheriff's", "water"})
LEADING_ARTICLE = re.compile(r"^(?:the|le|la|les|l) (?=\w)")
DETERMINER_BEFORE = re.compile(r"(?:^|\W)(?:the|le|la|les|l['’]|un|une|a|an)\s*$", re.I)
# An age right after a name says it is a person's: "Ann Lee, 58, said",
# "Léa (5 ans)", "Jo Quimby, 37 ans,".
AGE_AFTER = re.compile(
    r"\s*(?:,\s*\d{1,3}(?:\s*(?:ans|years? old))?\s*[,.]"
    r"|\(\s*\d{1,3}\s*(?:ans|mois|years?|months?)?\s*\))"
)


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
    longer stays. A taxonomy pattern's match is never lost: the mention of its
    tag that covers it (an alias the lexicon found there) is forced in its
    place, and one that crosses another entity's name stays beside it.
    Linear: only mentions still open at a start are compared."""
    ordered = sorted(mentions, key=lambda m: (m.start, -(m.end - m.start), not m.known))
    kept: list[Mention] = []
    current: list[int] = []  # kept mentions (indices) that reach past this start
    for mention in ordered:
        current = [k for k in current if kept[k].end > mention.start]
        settled = _settle(mention, [kept[k] for k in current])
        if settled is None and mention.form == PATTERN:
            same = [k for k in current if kept[k].name == mention.name]
            for k in same:
                kept[k] = replace(kept[k], forced=True)
            settled = None if same else mention
        if settled is not None:
            current.append(len(kept))
            kept.append(settled)
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


def group(
    mentions: list[Mention],
    lexicon: Lexicon,
    text: str = "",
    vocabulary: Vocabulary | None = None,
) -> list[Entity]:
    """Entities from mentions, short forms and acronyms joined to full names
    (also a place's name used as a person's surname), former names to
    present ones."""
    entities: dict[str, Entity] = {}
    for mention in mentions:
        key = LEADING_ARTICLE.sub("", fold(_head_first(mention.name)))  # "The Hague"
        entity = entities.get(key)
        if entity is None:
            entity = entities[key] = Entity(key, mention.name, None, mention.known)
        entity.mentions.append(mention)
    reclaim_surnames(entities, text)
    if vocabulary is not None:
        join_wives(entities, text, vocabulary)
        join_short_forms(entities, vocabulary, text)
    join_acronyms(entities, text)
    join_former_names(entities, text)
    for entity in entities.values():
        _settle_name_and_kind(entity, lexicon, text, vocabulary)
    return sorted(entities.values(), key=lambda e: min(m.start for m in e.mentions))


def _settle_name_and_kind(
    entity: Entity, lexicon: Lexicon, text: str, vocabulary: Vocabulary | None
) -> None:
    legal_forms = vocabulary.legal_forms if vocabulary else frozenset()
    peerages = vocabulary.peerages if vocabulary else frozenset()
    known = next((m for m in entity.mentions if m.known), None)
    if known is not None:
        entry = lexicon.describe(known.name)
        entity.name, entity.kind, entity.known = known.name, known.kind, True
        entity.description = entry.description if entry else ""
        return
    names = Counter(
        m.name for m in entity.mentions if m.form in (NAME, NESTED, SUBJECT_FORM)
    )
    if names:
        entity.name = max(
            names,
            key=lambda n: (
                fold(n).split()[0] not in peerages,  # "Keir Starmer", not "Sir Keir"
                len(fold(n).split()),
                names[n],
                n,
            ),
        )
    entity.name = _head_first(entity.name)
    words = entity.name.split()
    if len(words) > 1 and fold(words[-1]) in legal_forms:
        entity.name = " ".join(words[:-1]).rstrip(",")  # "Boeing Co" -> Boeing
        entity.mentions = [replace(m, kind=ORGANISATION) for m in entity.mentions]
    votes = _kind_votes(entity)
    if votes:
        entity.kind = max(votes, key=lambda k: (votes[k], -KIND_ORDER.index(k)))
    heads = vocabulary.organisation_heads if vocabulary else frozenset()
    head = {fold(entity.name.split()[-1]), fold(entity.name.split()[0])} & HEAD_FIRST
    if len(words) > 1 and (fold(entity.name.split()[-1]) in heads or head):
        entity.kind = ORGANISATION  # "Fort Worth Police Department"
    if entity.kind == PERSON and len(entity.key.split()) == 1:
        entity.kind = _one_word_kind(entity, votes, text)
    if any(AGE_AFTER.match(text, m.end) for m in entity.mentions):
        entity.kind = PERSON


def _head_first(name: str) -> str:
    """A ministry or a department under the name that gives its head first,
    as the "of" form does: one tag whichever way the article writes it.

    >>> _head_first("Labor Department"), _head_first("Department of Labor")
    ('Department of Labor', 'Department of Labor')
    >>> _head_first("Police Department"), _head_first("Justice Ministry")
    ('Police Department', 'Ministry of Justice')
    """
    words = name.split()
    if (
        len(words) == 2
        and fold(words[1]) in HEAD_FIRST
        and words[0][:1].isupper()
        and fold(words[0]) not in NOT_A_PORTFOLIO
    ):
        return f"{words[1]} of {words[0]}"
    return name


def _kind_votes(entity: Entity) -> Counter[str]:
    """The kinds given to an entity's mentions: in the text, and by the model
    asked about the name alone (English), which has the last word with the
    titles beside a name ("Police Chief" after QRB, "President" before Jo
    Quimby), except that a name of two words or more that anything called a
    person is one."""
    seen = Counter(m.kind for m in entity.mentions if m.kind)
    alone = Counter(
        m.kind if m.titled else m.alone
        for m in entity.mentions
        if m.alone or (m.titled and m.kind)
    )
    if not alone:
        return seen
    if len(entity.key.split()) >= 2 and (seen[PERSON] or alone[PERSON]):
        return Counter({PERSON: 1})
    return alone


def _one_word_kind(entity: Entity, votes: Counter[str], text: str) -> str:
    """The kind of a one-word name the model called a person: another kind it
    was given; a thing when the text writes "the X" or "x" in lower case
    ("the Oreshnik", "bitcoin"); else a person (maybe a tag when titled)."""
    others = {kind: count for kind, count in votes.items() if kind != PERSON}
    if others:
        return max(others, key=lambda k: (others[k], -KIND_ORDER.index(k)))
    word = re.escape(entity.name.lower())
    if re.search(rf"(?<![\w-]){word}(?![\w-])", text):
        return THING
    for mention in entity.mentions:
        before = text[max(0, mention.start - 6) : mention.start]
        if DETERMINER_BEFORE.search(before):
            return THING
    return PERSON
