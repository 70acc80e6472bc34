"""Clearly synthetic seeds for tests and benchmarks: invented names, invented events.

``seed_text(...)`` writes one seed (front matter, header, lede, paragraphs,
signature) in the shape the reader expects. ``synthetic_corpus(count)``
writes ``count`` seeds: invented events, each covered by one to four invented
sources over a few days, every article tagged in its front matter with its
event's place, people drawn from a shared pool, and a very common entity
("France") on a third of them. Names and words are made of random syllables,
so no text can be mistaken for news. The same count always gives the same
corpus.
"""

from __future__ import annotations

import datetime as dt
import random

SYLLABLES = (
    "zor bla qui vra mel tru sno vik pli bou gra fen dal mor quu zim rav lek "
    "tos nir bel cor dun fal gop hix jur kel lum nop pri sut vel wob yar zep"
).split()
SOURCES = (
    "Gazette Synthétique",
    "Le Courrier Fictif",
    "L'Écho Imaginaire",
    "Dépêches de Test",
    "La Voix Inventée",
    "Le Journal Factice",
)
SECTIONS = ("Monde", "Économie", "Sport", "Culture", "Sciences", "Société")
COMMON_ENTITY = "France"
START = dt.datetime(2031, 1, 5, 8, 0)


def seed_text(
    *,
    source: str,
    section: str,
    title: str,
    lede: str,
    paragraphs: list[str],
    date: dt.datetime,
    tags: list[str],
    author: str = "Auteur Fictif",
) -> str:
    """One seed as an editor would paste it, with its tags in front matter."""
    body = "\n\n".join(paragraphs)
    return (
        f"---\ndate: {date:%Y-%m-%d %H:%M}\ntags: [{', '.join(tags)}]\n---\n"
        f"{source}\n{section}\n\n{title}\n\n{lede}\n\n{body}\n\nPar {author}\n"
    )


def _word(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(syllables))


def _name(rng: random.Random) -> str:
    return f"{_word(rng, 2).capitalize()} {_word(rng, 3).capitalize()}"


def _sentence(rng: random.Random, words: list[str], length: int) -> str:
    chosen = [rng.choice(words) for _ in range(length)]
    return " ".join(chosen).capitalize() + "."


def synthetic_corpus(count: int, seed: int = 0) -> dict[str, str]:
    """``count`` synthetic seeds, by file name."""
    rng = random.Random(seed)
    filler = [_word(rng, rng.randint(2, 3)) for _ in range(3000)]
    people = [_name(rng) for _ in range(max(10, count // 6))]
    seeds: dict[str, str] = {}
    event = 0
    while len(seeds) < count:
        event += 1
        place = _word(rng, 3).capitalize()
        cast = rng.sample(people, 2)
        vocabulary = [_word(rng, 3) for _ in range(40)] + [place.lower()]
        day = START + dt.timedelta(days=rng.randint(0, 720), hours=rng.randint(0, 9))
        section = rng.choice(SECTIONS)
        for coverage, source in enumerate(rng.sample(SOURCES, rng.randint(1, 4))):
            if len(seeds) == count:
                break
            words = vocabulary + rng.sample(filler, 120)
            paragraphs = [_paragraph(rng, words) for _ in range(6)]
            tags = [place, *cast]
            if rng.random() < 1 / 3:
                tags.append(COMMON_ENTITY)
            seeds[f"synthetique-{event:05d}-{coverage}.txt"] = seed_text(
                source=source,
                section=section,
                title=f"{cast[0]} à {place} : {_sentence(rng, vocabulary, 5)[:-1]}",
                lede=f"Texte synthétique de test. {_sentence(rng, words, 18)}",
                paragraphs=paragraphs,
                date=day + dt.timedelta(hours=coverage * 7),
                tags=tags,
            )
    return seeds


def _paragraph(rng: random.Random, words: list[str]) -> str:
    return " ".join(_sentence(rng, words, rng.randint(9, 16)) for _ in range(5))
