"""Which entities become tags: a score from where and how often the article
names them, and the exclusions an editor applies (the source itself, agencies
in the signature, blocked and stop names, lone first names, common words).
Nothing here imports Pelican.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .citations import cited, is_outlet
from .mentions import DEMONYM, NAME, NESTED, PATTERN, SUBJECT_FORM, TITLE
from .resolve import Entity
from .text import PROMINENT, ArticleText, fold, starts_sentence
from .vocabulary import Vocabulary
from .zones import Zones

PART_WEIGHT = {
    "kicker": 1.5,
    "title": 3.0,
    "lede": 2.0,
    "caption": 1.5,
    "heading": 1.5,
    "body": 1.0,
}
FORM_WEIGHT = {
    NAME: 1.0,
    PATTERN: 1.0,
    SUBJECT_FORM: 1.0,
    TITLE: 0.8,
    NESTED: 0.5,
    DEMONYM: 0.5,
}
EARLY = 0.15  # the first 15 % of the text
EARLY_BONUS = 0.5
# Places are often only where something happened: they need a little more.
KIND_WEIGHT = {
    "personne": 1.0,
    "organisation": 1.0,
    "pays": 1.0,
    "thème": 1.0,
    "lieu": 0.9,
}
HEADLINE = ("kicker", "title", "lede")
SUBJECT = "thème"
TITLE_REACH = 40  # characters before a name where its title may be
NAMED_OFTEN = 5  # a name the article writes this often is a subject at least
DEMONYM_ONLY = 2.0  # a country only named by adjectives needs twice the score
# A name beside a slash: one to three capitalised words ("CBC", "Quimby Post").
SLASHED_NAME = r"[A-ZÀ-Ý][\w'’-]*(?: [A-ZÀ-Ý][\w'’-]*){0,2}"
SENTENCE_END = re.compile(r"[.!?…]\s+[A-ZÀ-Ý«“\"]")
SELF_ARTICLE = re.compile(r"(?:^|\W)(?:the|le|la)\s+\S+$", re.IGNORECASE)


@dataclass(frozen=True)
class Context:
    """What the exclusion rules may look at."""

    doc: ArticleText
    vocabulary: Vocabulary
    blocklist: frozenset[str]
    excluded: frozenset[str]  # folded source and agencies
    authors: frozenset[str] = frozenset()  # folded
    datelines: Zones = field(default_factory=lambda: Zones([]))
    capital_states: frozenset[str] = frozenset()  # folded: their capital is named
    home_country: str = ""  # folded: the digest's own country


def score(entity: Entity, doc: ArticleText) -> float:
    """Weighted mentions, plus a little for being named early, by kind."""
    total = sum(
        PART_WEIGHT[doc.part_at(m.start)] * FORM_WEIGHT[m.form] for m in entity.mentions
    )
    first = min(m.start for m in entity.mentions)
    if first <= EARLY * len(doc.text):
        total += EARLY_BONUS
    return round(total * KIND_WEIGHT.get(entity.kind or "", 1.0), 3)


def _blocked(entity: Entity, context: Context) -> bool:
    return entity.key in context.blocklist


def _stop(entity: Entity, context: Context) -> bool:
    """A stop name, a holiday, or a name ending with a holiday ("Post Labor
    Day")."""
    if entity.known:
        return False
    words = entity.key.split()
    holidays = context.vocabulary.holidays
    suffixes = [" ".join(words[i:]) for i in range(len(words) - 1)]  # 2+ words
    return entity.key in context.vocabulary.stop_entities or any(
        name in holidays for name in [entity.key, *suffixes]
    )


def _own(entity: Entity, context: Context) -> bool:
    """The source or its agencies, a name that starts with one ("CBC News"
    for CBC), or the source's last word as it calls itself ("the Times" in
    the Los Angeles Times); an author, unless the title or the lede names
    them (then the byline was something else, such as the page's list of
    topics)."""
    if any(
        entity.key == name or entity.key.startswith(name + " ")
        for name in context.excluded
    ):
        return True
    if _self_named(entity, context):
        return True
    return entity.key in context.authors and not any(
        context.doc.part_at(m.start) in PROMINENT for m in entity.mentions
    )


def _self_named(entity: Entity, context: Context) -> bool:
    """ "The Times", "le Parisien": the last word of the source's name after
    an article (not a name the vocabulary knows, such as a country)."""
    if entity.known or " " in entity.key:
        return False
    if not any(
        name.split()[-1] == entity.key for name in context.excluded if " " in name
    ):
        return False
    text = context.doc.text
    return any(
        SELF_ARTICLE.search(text[max(0, m.start - 4) : m.end]) for m in entity.mentions
    )


def _cited_outlet(entity: Entity, context: Context) -> bool:
    """A news outlet the article cites as a source ("selon Zorb-Matin", "the
    Quimby Herald reported"), and names otherwise at most once and not in
    its title or lede: the story is not about it."""
    if not is_outlet({entity.name, entity.key}, context.vocabulary):
        return False
    text = context.doc.text
    uncited = [
        m
        for m in entity.mentions
        if not cited(text, m.start, m.end, context.vocabulary)
    ]
    return len(uncited) < min(2, len(entity.mentions)) and not any(
        context.doc.part_at(m.start) in HEADLINE for m in uncited
    )


def _not_in_the_story(entity: Entity, context: Context) -> bool:
    """Named only in a photo caption or a dateline."""
    return all(
        context.doc.part_at(m.start) == "caption" or m.start in context.datelines
        for m in entity.mentions
    )


def _home_in_passing(entity: Entity, context: Context) -> bool:
    """The digest's own country, named only in the body and by name fewer
    than ``NAMED_OFTEN`` times ("imposées en France", "la France est loin"):
    where its readers live, not what the story is about."""
    if entity.kind != "pays" or fold(entity.name) != context.home_country:
        return False
    names = [m for m in entity.mentions if m.form != DEMONYM]
    return len(names) < NAMED_OFTEN and all(
        context.doc.part_at(m.start) == "body" for m in entity.mentions
    )


def _once(entity: Entity, context: Context) -> bool:
    """Named once, and not in the title, nor in the lede as a person named in
    full in its first sentence (not its author) or a country whose capital
    the article names: in passing; a subject the model found must come back
    at least once ("Screenshot" in a headline alone)."""
    if len(entity.mentions) > 1:
        return False
    if entity.kind == SUBJECT:
        return True
    mention = entity.mentions[0]
    part = context.doc.part_at(mention.start)
    if part in ("title", "kicker"):
        return False
    if part != "lede":
        return True
    if entity.kind == "pays":
        return entity.key not in context.capital_states
    return not (
        entity.kind == "personne"
        and len(context.doc.text[mention.start : mention.end].split()) >= 2
        and entity.key not in context.authors
        and _first_sentence(mention.start, context)
    )


def _first_sentence(start: int, context: Context) -> bool:
    """Whether an offset of the lede is in its first sentence, the one that
    says whom the story is about."""
    block = next(b for b in context.doc.blocks("lede") if b[0] <= start < b[1])
    return SENTENCE_END.search(context.doc.text, block[0], start) is None


def _weak(entity: Entity, context: Context) -> bool:
    if entity.key not in context.vocabulary.weak_entities:
        return False
    return not any(context.doc.part_at(m.start) in PROMINENT for m in entity.mentions)


def _generic_body(entity: Entity, context: Context) -> bool:
    """A body every state has, named without its state ("Ministry of
    Defense", "Air Force"): not one entity across the site."""
    if entity.known:
        return False
    vocabulary = context.vocabulary
    return (
        entity.key.split()[0] in vocabulary.generic_body_heads
        or entity.key in vocabulary.generic_bodies
    )


def _lone_name(entity: Entity, context: Context) -> bool:
    """A person known only by one word (a first name, an initial) is no tag,
    unless the headline names them so and the text gives them a title ("le
    professeur Quimby")."""
    if entity.known or entity.kind != "personne":
        return False
    tokens = entity.name.split()
    if len(tokens) >= 2:
        return bool(re.fullmatch(r"\w\.?", tokens[-1]))
    in_title = any(context.doc.part_at(m.start) == "title" for m in entity.mentions)
    return not (in_title and any(_titled(m.start, context) for m in entity.mentions))


def _titled(start: int, context: Context) -> bool:
    """Whether a title or an honorific comes right before an offset."""
    before = context.doc.text[max(0, start - TITLE_REACH) : start].split()
    vocabulary = context.vocabulary
    return bool(before) and (
        fold(before[-1]) in vocabulary.titles
        or before[-1] in vocabulary.honorifics
        or fold(" ".join(before[-2:])) in vocabulary.titles
    )


def _common_word(entity: Entity, context: Context) -> bool:
    """One capitalised word the article also uses in lower case ("Missile"),
    unless it is the headline's subject ("Glyphosate : ..." and "le
    glyphosate")."""
    if entity.known or " " in entity.key or _subject(entity):
        return False
    word = re.escape(entity.name.lower())
    return re.search(rf"(?<![\w-]){word}(?![\w-])", context.doc.text) is not None


def _sentence_start_only(entity: Entity, context: Context) -> bool:
    """One word only ever seen at the start of a sentence; or words of which
    only the first has a capital, written whole only ever at the start of a
    sentence or a line ("Conférence de presse pour...", "Annexe : Place des
    français"; a short form joined to it, "LA PRESSE", says nothing)."""
    if entity.known or _subject(entity):
        return False
    if " " not in entity.key:
        return all(m.initial for m in entity.mentions)
    rest = entity.name.split()[1:]
    text = context.doc.text
    whole = [m for m in entity.mentions if " " in text[m.start : m.end].strip()]
    return (
        bool(rest)
        and all(word.islower() for word in rest)
        and all(starts_sentence(text, m.start) for m in whole or entity.mentions)
    )


def _question(entity: Entity, context: Context) -> bool:
    """A French question, not a name: "Croyez-vous", "Faut-il"."""
    last = entity.key.split()[-1]
    return not entity.known and last in context.vocabulary.inverted_pronouns


def _no_kind(entity: Entity, context: Context) -> bool:
    """What the rules could not call a person, place or organisation, unless
    the article keeps naming it (then it is a subject)."""
    return entity.kind is None and len(entity.mentions) < NAMED_OFTEN


def _subject(entity: Entity) -> bool:
    return any(m.form == SUBJECT_FORM for m in entity.mentions)


def _no_name(entity: Entity, context: Context) -> bool:
    """Only adjectives or titles: the article never names it."""
    named = (NAME, NESTED, PATTERN, SUBJECT_FORM)
    return not any(m.form in named for m in entity.mentions) and not (
        entity.known and entity.kind == "pays"
    )


EXCLUSIONS: tuple[Callable[[Entity, Context], bool], ...] = (
    _blocked,
    _stop,
    _own,
    _cited_outlet,
    _not_in_the_story,
    _once,
    _home_in_passing,
    _weak,
    _generic_body,
    _lone_name,
    _common_word,
    _sentence_start_only,
    _question,
    _no_kind,
    _no_name,
)


def excluded_names(names: list[str]) -> frozenset[str]:
    """Folded names an article's tags must not use (source, agencies, authors)."""
    found = set()
    for name in names:
        key = fold(name)
        found.add(key)
        for article in ("le ", "la ", "les ", "l ", "the "):
            if key.startswith(article):
                found.add(key[len(article) :])
    return frozenset(k for k in found if k)


def slash_partners(text: str, names: list[str]) -> list[str]:
    """The names a text writes beside one of ``names`` with a slash: a source's
    sister outlet or an agency pair ("CBC/Radio-Canada" for Radio-Canada,
    "Reuters/AFP"), no more the article's subject than the source itself.

    >>> slash_partners("a-t-il dit à Quimby/Radio-Nord. Puis", ["Radio-Nord"])
    ['Quimby']
    >>> slash_partners("Radio-Nord / Quimby Post a appris", ["radio-nord"])
    ['Quimby Post']
    """
    found = []
    for name in names:
        own = f"(?i:{re.escape(name)})"
        for match in re.finditer(
            rf"({SLASHED_NAME})\s?/\s?{own}(?!\w)|(?<!\w){own}\s?/\s?({SLASHED_NAME})",
            text,
        ):
            found.append(match.group(1) or match.group(2))
    return list(dict.fromkeys(found))


@dataclass(frozen=True)
class Verdict:
    """What the rules made of one entity: its score and, when it is no tag,
    why (the exclusion rule's name, "score" or "cap")."""

    entity: Entity
    score: float
    reason: str | None = None


def judge(
    entities: list[Entity], context: Context, max_tags: int, min_score: float
) -> list[Verdict]:
    """Every entity with its score and verdict, tags first (best first; on
    equal scores, the one the article names first)."""
    verdicts = []
    for entity in entities:
        value = score(entity, context.doc)
        rules = (_blocked,) if _forced(entity) else EXCLUSIONS
        rule = next((r for r in rules if r(entity, context)), None)
        if rule is not None:
            verdicts.append(Verdict(entity, value, rule.__name__.strip("_")))
            continue
        adjectives_only = all(m.form == DEMONYM for m in entity.mentions)
        needed = min_score * (DEMONYM_ONLY if adjectives_only else 1)
        verdicts.append(
            Verdict(
                entity, value, None if _forced(entity) or value >= needed else "score"
            )
        )
    ranked = sorted(
        (v for v in verdicts if v.reason is None),
        key=lambda v: (
            not _forced(v.entity),
            -v.score,
            min(m.start for m in v.entity.mentions),
            v.entity.name,
        ),
    )
    forced = sum(_forced(v.entity) for v in ranked)
    room = max(0, max_tags - forced) + forced
    kept = ranked[:room]
    cut = [Verdict(v.entity, v.score, "cap") for v in ranked[room:]]
    rest = [v for v in verdicts if v.reason is not None]
    return kept + cut + sorted(rest, key=lambda v: -v.score)


def _forced(entity: Entity) -> bool:
    """A taxonomy pattern matched it: the editor's tag always applies."""
    return any(m.forced for m in entity.mentions)


def choose(
    entities: list[Entity], context: Context, max_tags: int, min_score: float
) -> list[tuple[Entity, float]]:
    """The entities to tag with their scores, best first; a tag whose taxonomy
    pattern matched always, unless the blocklist names it."""
    return [
        (v.entity, v.score)
        for v in judge(entities, context, max_tags, min_score)
        if v.reason is None
    ]
