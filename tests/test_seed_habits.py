"""Paste habits: the same article pasted another way reads the same.

First on invented pastes, then, at parser level, on the 70 dev pastes with
each habit of ``bench/habits.py`` applied (the bench prints the full table:
``python bench/accuracy.py --habits``).
"""

from __future__ import annotations

import pytest
from seed_support import PARAGRAPH, PARAGRAPH_2

from bench.accuracy import CORPUS, Tally, habit_tallies
from bench.habits import HABITS, blank_after_each_line, no_blank_lines
from newsdigest.seeds.parse import parse_seed

TITLE = "La halle de Testville rouvrira après deux ans de travaux"
SEED = "\n\n".join(
    (
        "Le Test\nAccueil > Commerce",
        TITLE,
        "Par Jeanne Exemple\nPublié le 3 mai 2023 à 10h25",
        "Le maire devant la halle, le 3 mai 2023\nPhoto : Jeanne Exemple / Le Test",
        PARAGRAPH,
        "Un chantier de dix-huit mois",
        PARAGRAPH_2,
        "À lire aussi\nLe marché de Testville déménage sous des tentes pour l'été\n"
        "Les commerçants de Testville inquiets pour leur chiffre d'affaires",
        "Le chantier a été confié à une entreprise de la région, qui emploiera une "
        "quarantaine de personnes pendant toute la durée des travaux.",
    )
)


def summary(text: str) -> tuple:
    seed = parse_seed(text)
    photo = seed.main_photo
    return (
        seed.source,
        seed.section,
        seed.title,
        seed.authors,
        seed.published,
        (photo.caption, photo.credit),
        seed.lede,
        [element.text for element in seed.body],
    )


@pytest.mark.parametrize("habit", [no_blank_lines, blank_after_each_line])
def test_blank_line_habits_read_the_same(habit):
    assert summary(habit(SEED, {})) == summary(SEED)


def test_headline_pasted_twice_reads_the_same():
    twice = SEED.replace(TITLE, f"{TITLE}\n{TITLE}")
    assert summary(twice) == summary(SEED)


def test_without_site_name_the_headline_is_not_the_site_name():
    seed = parse_seed(SEED.split("\n\n", 1)[1])
    assert (seed.source, seed.title, seed.authors) == (None, TITLE, ("Jeanne Exemple",))
    assert any("not a site name" in str(problem) for problem in seed.problems)


@pytest.fixture(scope="module")
def tallies() -> dict[str, dict[str, Tally]]:
    return habit_tallies(CORPUS)


@pytest.mark.parametrize("habit", [h for h in HABITS if h != "as pasted"])
def test_each_habit_keeps_every_field_within_five_points(tallies, habit):
    pasted, other = tallies["as pasted"], tallies[habit]
    for field in ("title", "source", "body"):
        assert other[field].hits / other[field].total >= 0.95, other[field].misses
    for field, tally in other.items():
        if tally.total:
            drop = pasted[field].hits / pasted[field].total - tally.hits / tally.total
            assert drop <= 0.05 + 1e-9, (field, tally.misses)
