"""One entity per thing named: short forms and acronyms join the full name the
article gives them.

- a surname or a first part joins the one full name of a person it belongs
  to ("Poutine", "Kim Jong" -> Vladimir Poutine, Kim Jong-un);
- a name that keeps the first and last words of a longer one joins it
  ("Alden Capital" -> Alden Global Capital, "John Kennedy" -> John F.
  Kennedy);
- a short form of an organisation or a place joins the full name it starts
  or ends ("la Commission" -> Commission européenne, "the Coliseum" -> Los
  Angeles Memorial Coliseum, "Fortress" -> Fortress Investment Group), the
  one named before it when there are several; a place's name does not join a
  longer place ("Kansas" stays apart from "Kansas City"), nor an
  organisation named after it when the article writes it as a place ("in
  Fort Worth", "Fort Worth Police Department"), nor one word of a hyphenated
  compound ("the Gannett-GateHouse merger"); a name the vocabulary knows
  joins nothing;
- an acronym joins the name its letters abbreviate, or the name it stands
  next to in brackets ("Office fédéral de l'agriculture (OFAG)").

Nothing here imports Pelican.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .text import SEPARATORS, fold

if TYPE_CHECKING:
    from .resolve import Entity
    from .vocabulary import Vocabulary

PERSON = "personne"
PLACES = frozenset({"lieu", "pays"})
ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,7}")
# Small words an acronym skips ("Agence d'évaluation de la recherche" -> AER).
SKIPPED = frozenset(
    "de du des d la le les l et en a au aux pour sur of the and for in on at to".split()
)
BRACKETED = re.compile(r"\s*[(\[]\s*$")
# A preposition of place right before a name: "in Fort Worth", "à Quimbec".
PLACE_BEFORE = re.compile(r"(?:^|[^\w'’])(?:in|near|à)\s+$")


def join_short_forms(
    entities: dict[str, Entity], vocabulary: Vocabulary, text: str = ""
) -> None:
    """Merge each short form into the full name it stands for (in place)."""
    by_end: dict[str, list[Entity]] = {}  # full names by their first and last word
    for entity in entities.values():
        words = entity.key.split()
        if len(words) >= 2:
            for word in {words[0], words[1], words[-1]}:
                by_end.setdefault(word, []).append(entity)
    # Longest first: "Los Angeles Coliseum" joins Los Angeles Memorial
    # Coliseum before "Coliseum" looks for its full name.
    for key in sorted(entities, key=lambda k: -len(k.split())):
        part = entities[key]
        if part.known or not key:
            continue
        words = key.split()
        nearby = {id(e): e for w in {words[0], words[-1]} for e in by_end.get(w, [])}
        homes = [
            e
            for e in nearby.values()
            if e is not part
            and e.key in entities
            and _shortens(part, e, vocabulary, text)
            and not (
                _written_as_place(part, text)
                and fold(e.name.split()[-1]) in vocabulary.organisation_heads
            )
        ]
        home = _one_home(part, homes, vocabulary)
        if home is not None:
            home.mentions.extend(part.mentions)
            del entities[key]


def _shortens(
    part: Entity, whole: Entity, vocabulary: Vocabulary, text: str = ""
) -> bool:
    """Whether ``part`` names ``whole`` shortly: the organisation heads of the
    vocabulary ("Media", "Party") make "GateHouse" short for "GateHouse
    Media"; "Sir Keir" is short for "Keir Starmer", "Lady X" for no one; a
    school's acronym is short for its team when the article also calls the
    team by its nickname ("USC", "the USC Trojans", "the Trojans")."""
    short, long = part.key.split(), whole.key.split()
    if len(short) == 2 and short[0] in vocabulary.peerages:
        if short[0] not in vocabulary.male_peerages:
            return False
        short = short[1:]
    if len(long) <= len(short) or (short == long[1:2] and len(long) > 2):
        return False
    if len(whole.name.split()) < 2:
        return False  # "Gannett-GateHouse": two names, not a longer one
    if _elides(short, long):
        return True
    kinds, whole_kinds = _kinds(part), _kinds(whole)
    starts, ends = long[: len(short)] == short, long[-len(short) :] == short
    if ends and personal(whole):
        return len(whole.name.split()) >= 2  # a surname, whatever the model said
    if kinds and whole_kinds and personal(part) != personal(whole):
        return False
    if personal(whole) or (not whole_kinds and personal(part)):
        return (starts or ends) and len(whole.name.split()) >= 2
    if not (starts or ends) or _mostly_place(part):
        return False  # "Kansas" and "Kansas City", "Gaza" and "Gaza City"
    spelled = [word for word in SEPARATORS.split(whole.name) if word]
    size = len(long) - len(short)
    extra = spelled[-size:] if starts else spelled[:size]
    if all(word.islower() for word in extra):
        return True  # "Commission européenne", "Assemblée nationale"
    if starts and ACRONYM.fullmatch(part.name) and _nickname(extra, text):
        return True
    heads = vocabulary.organisation_heads
    return (starts and fold(extra[-1]) in heads) or (ends and not starts)


def _nickname(extra: list[str], text: str) -> bool:
    """Whether the words a short form leaves out are a team's nickname the
    text uses alone: one capitalised plural after "the" ("the Trojans").

    >>> _nickname(["Quimbats"], "The Quimbats won."), _nickname(["Quimbats"], "")
    (True, False)
    """
    if len(extra) != 1 or not extra[0].endswith("s") or not extra[0][:1].isupper():
        return False
    return re.search(rf"\b[Tt]he {re.escape(extra[0])}\b", text) is not None


def _elides(short: list[str], long: list[str]) -> bool:
    """Whether ``short`` is ``long`` without some of its middle words.

    >>> _elides(["alden", "capital"], ["alden", "global", "capital"])
    True
    >>> _elides(["kansas", "city"], ["kansas", "city", "chiefs"])
    False
    """
    if len(short) < 2 or short[0] != long[0] or short[-1] != long[-1]:
        return False
    rest = iter(long)
    return all(word in rest for word in short)


def _one_home(
    part: Entity, homes: list[Entity], vocabulary: Vocabulary
) -> Entity | None:
    """The one full name; of several, the one the vocabulary knows ("la
    Commission": the Commission européenne), the one it is the head of rather
    than an organisation named after it ("the Coliseum": the Los Angeles
    Memorial Coliseum, not the Coliseum Commission), else the only one named
    before the short form."""
    known = [h for h in homes if h.known]
    if len(homes) > 1 and len(known) == 1:
        return known[0]
    if len(homes) > 1:
        heads = vocabulary.organisation_heads
        homes = [
            h
            for h in homes
            if not (
                h.key.startswith(part.key + " ") and fold(h.name.split()[-1]) in heads
            )
        ] or homes
    if len(homes) <= 1:
        return homes[0] if homes else None
    first = min(m.start for m in part.mentions)
    before = [h for h in homes if min(m.start for m in h.mentions) < first]
    return before[0] if len(before) == 1 and personal(before[0]) else None


def initials(name: str) -> str:
    """The acronym a name would have: the first letters of its words but the
    small ones, in capitals.

    >>> initials("Office for Budget Responsibility"), initials(
    ...     "Agence d’évaluation de la recherche et de l’enseignement supérieur")
    ('OBR', 'AERES')
    """
    words = fold(name).split()
    return "".join(w[0] for w in words if w not in SKIPPED).upper()


def join_acronyms(entities: dict[str, Entity], text: str) -> None:
    """Merge each acronym into the name it abbreviates (in place)."""
    for key in list(entities):
        short = entities[key]
        if short.known or not ACRONYM.fullmatch(short.name):
            continue
        homes = [
            e
            for e in entities.values()
            if e is not short
            and len(e.key.split()) >= 2
            and (initials(e.name) == short.name or _bracketed(short, e, text))
        ]
        if len(homes) == 1:
            homes[0].mentions.extend(short.mentions)
            del entities[key]


def _bracketed(short: Entity, whole: Entity, text: str) -> bool:
    """ "Name (ACR)" or "ACR (Name)", the acronym starting like the name."""
    if short.name[0] != fold(whole.name)[:1].upper():
        return False
    ends = {m.end for m in whole.mentions}
    for mention in short.mentions:
        before = text[max(0, mention.start - 4) : mention.start]
        match = BRACKETED.search(before)
        if match and mention.start - len(before) + match.start() in ends:
            return True
        after = text[mention.end : mention.end + 4]
        if after.strip().startswith(("(", "[")):
            opened = mention.end + after.index(after.strip()[0]) + 1
            if any(opened <= m.start <= opened + 2 for m in whole.mentions):
                return True
    return False


def _kinds(entity: Entity) -> set[str]:
    return {m.kind for m in entity.mentions if m.kind}


def personal(entity: Entity) -> bool:
    """Whether at least half of the kinds given to the entity say person; the
    model asked about the name alone has the last word ("Democratic pollster
    John Anzalone" labelled an organisation in the sentence, a person alone)."""
    kinds = [m.alone or m.kind for m in entity.mentions if m.alone or m.kind]
    return bool(kinds) and 2 * kinds.count(PERSON) >= len(kinds)


def _mostly_place(entity: Entity) -> bool:
    """Whether more than half of the entity's mentions were called a place (a
    mention with no kind says nothing for it: "Rioland" labelled a place once
    in five is a surname)."""
    places = sum(m.kind in PLACES for m in entity.mentions)
    return places > len(entity.mentions) / 2


def _written_as_place(entity: Entity, text: str) -> bool:
    """Whether the article writes the name right after a preposition of place
    ("in Fort Worth", "à Quimbec")."""
    return any(
        PLACE_BEFORE.search(text[max(0, m.start - 8) : m.start])
        for m in entity.mentions
    )
