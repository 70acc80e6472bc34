"""Clearly synthetic seeds for tests and benchmarks: invented names, invented events.

``seed_text(...)`` writes one seed (front matter, header, lede, paragraphs,
signature) in the shape the reader expects. ``synthetic_corpus(count)``
writes ``count`` seeds (``synthetic_articles`` gives their fields): invented
events, each covered by one to four invented sources over a few days, every
article tagged in its front matter with its event's place, people drawn from
a shared pool, and a very common entity ("France") on a third of them. The
text mixes the event's own words with common words drawn as a language uses
them (Zipf's law). Names and words are made of random syllables (or a real
language's words, given to ``Prose``), so no text can be mistaken for news.
The same count always gives the same corpus.
"""

from __future__ import annotations

import datetime as dt
import itertools
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


class Prose:
    """Words for sentences: an event's own words, among common words that follow
    a Zipf law as a language's do (a few very frequent, most rare).

    ``common`` (most frequent first) and ``rare`` (words an event is about) are
    a real language's words when given; by default both are invented."""

    EVENT_SHARE = 0.3

    def __init__(
        self,
        rng: random.Random,
        common: list[str] | None = None,
        rare: list[str] | None = None,
    ) -> None:
        self.rng = rng
        self.filler = common or [_word(rng, rng.randint(2, 3)) for _ in range(3000)]
        self.rare = rare
        self.weights = list(
            itertools.accumulate(1 / rank for rank in range(1, len(self.filler) + 1))
        )

    def topic(self, count: int = 40) -> list[str]:
        """An event's own words."""
        if self.rare:
            return self.rng.sample(self.rare, count)
        return [_word(self.rng, 3) for _ in range(count)]

    def sentence(self, topic: list[str], length: int) -> str:
        rng = self.rng
        words = rng.choices(self.filler, cum_weights=self.weights, k=length)
        for position in range(length):
            if rng.random() < self.EVENT_SHARE:
                words[position] = rng.choice(topic)
        return " ".join(words).capitalize() + "."

    def paragraph(self, topic: list[str]) -> str:
        rng = self.rng
        return " ".join(self.sentence(topic, rng.randint(9, 16)) for _ in range(5))


def synthetic_corpus(count: int, seed: int = 0) -> dict[str, str]:
    """``count`` synthetic seeds, by file name."""
    return {
        name: seed_text(**fields)
        for name, fields in synthetic_articles(count, random.Random(seed)).items()
    }


def synthetic_articles(
    count: int,
    rng: random.Random,
    prose: Prose | None = None,
    paragraphs: int = 6,
) -> dict[str, dict]:
    """``count`` synthetic articles by file name, each the arguments of
    :func:`seed_text`; ``paragraphs`` sets their length."""
    prose = prose or Prose(rng)
    people = [_name(rng) for _ in range(max(10, count // 6))]
    seeds: dict[str, dict] = {}
    event = 0
    while len(seeds) < count:
        event += 1
        place = _word(rng, 3).capitalize()
        cast = rng.sample(people, 2)
        topic = [*prose.topic(), place.lower()]
        day = START + dt.timedelta(days=rng.randint(0, 720), hours=rng.randint(0, 9))
        section = rng.choice(SECTIONS)
        for coverage, source in enumerate(rng.sample(SOURCES, rng.randint(1, 4))):
            if len(seeds) == count:
                break
            tags = [place, *cast]
            if rng.random() < 1 / 3:
                tags.append(COMMON_ENTITY)
            seeds[f"synthetique-{event:05d}-{coverage}.txt"] = dict(
                source=source,
                section=section,
                title=f"{cast[0]} à {place} : {prose.sentence(topic, 5)[:-1]}",
                lede=f"Texte synthétique de test. {prose.sentence(topic, 18)}",
                paragraphs=[prose.paragraph(topic) for _ in range(paragraphs)],
                date=day + dt.timedelta(hours=coverage * 7),
                tags=tags,
            )
    return seeds
