"""The vocabularies of the entity rules, read once from ``data/*.yaml``.

Countries with their English names and adjectives ("russe", "Russian" ->
Russie), places, international institutions, titles, honorifics, stop words.
French adjectives are inflected here ("ukrainien" -> "ukrainienne",
"ukrainiens"...). Nothing here imports Pelican.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from .text import fold

DATA = Path(__file__).resolve().parent / "data"
COUNTRY = "pays"


@dataclass(frozen=True)
class Entry:
    """What a known name stands for: its tag, and how the text may write it."""

    tag: str
    kind: str
    demonym: bool = False
    capital: bool = True
    acronym: bool = False
    description: str = ""


def is_acronym(name: str) -> bool:
    """Short names in capitals ("UN", "U.S.") must match in capitals.

    >>> is_acronym("UN"), is_acronym("U.S."), is_acronym("Otan"), is_acronym("NATO")
    (True, True, False, True)
    """
    letters = name.replace(".", "")
    return letters.isupper() and len(letters) <= 5


@dataclass(frozen=True)
class Vocabulary:
    """Every word list the rules use, folded for lookup."""

    names: dict[str, Entry]
    determiners: frozenset[str]
    honorifics: frozenset[str]
    peerages: frozenset[str]
    male_peerages: frozenset[str]
    titles: frozenset[str]
    title_words: frozenset[str]
    relational_titles: frozenset[str]
    place_heads: frozenset[str]
    directions: frozenset[str]
    stop_entities: frozenset[str]
    holidays: frozenset[str]
    weak_entities: frozenset[str]
    function_words: frozenset[str]
    french_function_words: frozenset[str]
    name_connectors: frozenset[str]
    title_modifiers: frozenset[str]
    event_heads: frozenset[str]
    inverted_pronouns: frozenset[str]
    organisation_heads: frozenset[str]
    legal_forms: frozenset[str]
    capitals: dict[str, str]  # folded capital -> the tag it stands for as a state
    seated_institutions: frozenset[str]
    generic_body_heads: frozenset[str]
    generic_bodies: frozenset[str]
    platform_places: frozenset[str]
    news_outlets: frozenset[str]
    outlet_heads: frozenset[str]
    citing_before: frozenset[str]
    citing_after: frozenset[str]


def inflect_fr(adjective: str) -> list[str]:
    """Feminine and plural forms of a French adjective of nationality.

    >>> inflect_fr("ukrainien")
    ['ukrainien', 'ukrainiens', 'ukrainienne', 'ukrainiennes']
    >>> inflect_fr("français"), inflect_fr("russe"), inflect_fr("turc/turque")
    (['français', 'française', 'françaises'], ['russe', 'russes'], \
['turc', 'turcs', 'turque', 'turques'])
    """
    masculine, _, feminine = adjective.partition("/")
    if not feminine:
        if masculine.endswith("e"):
            feminine = masculine
        elif masculine.endswith("en"):
            feminine = masculine + "ne"
        else:
            feminine = masculine + "e"
    forms = [masculine]
    if not masculine.endswith(("s", "x")):
        forms.append(masculine + "s")
    if feminine != masculine:
        forms += [feminine, feminine + "s"]
    return forms


def inflect_en(adjective: str) -> list[str]:
    """The adjective and, where English has one, its plural noun.

    >>> inflect_en("Russian"), inflect_en("Swiss"), inflect_en("Israeli")
    (['Russian', 'Russians'], ['Swiss'], ['Israeli', 'Israelis'])
    """
    if adjective.endswith(("sh", "ch", "ss", "ese", "Swiss", "Thai")):
        return [adjective]
    return [adjective, adjective + "s"]


def _columns(row: str) -> list[list[str]]:
    return [
        [v.strip() for v in cell.split(" / ") if v.strip()] for cell in row.split("|")
    ]


def _country_names(rows: list[str]) -> dict[str, Entry]:
    names: dict[str, Entry] = {}
    for row in rows:
        cells = _columns(row) + [[]] * 5
        tag = cells[0][0]
        for name in [tag, *cells[1], *cells[4]]:
            names.setdefault(fold(name), Entry(tag, COUNTRY, acronym=is_acronym(name)))
        adjectives = [f for a in cells[2] for f in inflect_fr(a)]
        adjectives += [f for a in cells[3] for f in inflect_en(a)]
        for adjective in adjectives:
            names.setdefault(fold(adjective), Entry(tag, COUNTRY, demonym=True))
    return names


def _place_names(rows: list[str]) -> dict[str, Entry]:
    names: dict[str, Entry] = {}
    for row in rows:
        cells = _columns(row) + [[]] * 4
        tag, kind = cells[0][0], cells[1][0]
        for name in [tag, *cells[2]]:
            entry = Entry(
                tag, kind, capital=name[:1].isupper(), acronym=is_acronym(name)
            )
            known = names.get(fold(name))
            if known is None or (known.tag == tag and not entry.capital):
                names[fold(name)] = entry  # "mer Noire": no capital needed
        for adjective in (f for a in cells[3] for f in inflect_fr(a)):
            names.setdefault(fold(adjective), Entry(tag, kind, demonym=True))
    return names


def _load(name: str) -> object:
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


@cache
def vocabulary() -> Vocabulary:
    """The vocabulary, read from the data files once per process."""
    words = _load("words.yaml")
    names = _place_names(_load("places.yaml"))
    names.update(_place_names(_load("organisations.yaml")))
    names.update(_country_names(_load("countries.yaml")))

    def folded(key: str) -> frozenset[str]:
        return frozenset(fold(str(w)) for w in words[key])

    titles = words["titles"]
    return Vocabulary(
        names=names,
        determiners=folded("determiners"),
        honorifics=frozenset(str(w) for w in words["honorifics"]),
        peerages=folded("peerages"),
        male_peerages=folded("male_peerages"),
        titles=frozenset(fold(t) for t in titles["fr"] + titles["en"]),
        title_words=frozenset(fold(t).split()[0] for t in titles["fr"] + titles["en"]),
        relational_titles=folded("relational_titles"),
        place_heads=folded("place_heads"),
        directions=folded("directions"),
        stop_entities=folded("stop_entities"),
        holidays=folded("holidays"),
        weak_entities=folded("weak_entities"),
        function_words=folded("function_words"),
        french_function_words=folded("french_function_words"),
        name_connectors=frozenset(str(w) for w in words["name_connectors"]),
        title_modifiers=folded("title_modifiers"),
        event_heads=folded("event_heads"),
        inverted_pronouns=folded("inverted_pronouns"),
        organisation_heads=folded("organisation_heads"),
        legal_forms=folded("legal_forms"),
        seated_institutions=folded("seated_institutions"),
        generic_body_heads=folded("generic_body_heads"),
        generic_bodies=folded("generic_bodies"),
        platform_places=folded("platform_places"),
        news_outlets=folded("news_outlets"),
        outlet_heads=folded("outlet_heads"),
        citing_before=folded("citing_before"),
        citing_after=folded("citing_after"),
        capitals={
            fold(capital): state
            for capital, state in (
                (cell.strip() for cell in row.split("|")) for row in words["capitals"]
            )
        },
    )
