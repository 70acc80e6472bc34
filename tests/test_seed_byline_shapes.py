"""Bylines and dates in the shapes outlets print them, in invented text.

Bylines are read name by name: a role, a button or an affiliation after a
name is dropped and the good names are kept; a UI label, a series label or a
list of topics is never an author. Dates: a line in capitals is a date line
when it holds a date, a sentence that mentions a date is not one.
"""

from __future__ import annotations

import datetime as dt

import pytest
from seed_support import PARAGRAPH, PARAGRAPH_2

from newsdigest.seeds.bylines import parse_byline
from newsdigest.seeds.names import is_person_name, without_role
from newsdigest.seeds.parse import ParseOptions, parse_seed

TITLE = "La halle de Testville rouvrira après deux ans de travaux"


def paste(*header: str, body: tuple[str, ...] = (PARAGRAPH, PARAGRAPH_2)) -> str:
    return "\n\n".join(("Le Test", TITLE + "\n" + "\n".join(header), *body))


@pytest.mark.parametrize(
    ("line", "authors", "agencies"),
    [
        ("Par Jeanne Exemple, correspondante à Genève", ("Jeanne Exemple",), ()),
        ("By Jane Sample Political Correspondent", ("Jane Sample",), ()),
        ("By Jane Sample Follow", ("Jane Sample",), ()),
        ("By John SampleBusiness Columnist", ("John Sample",), ()),
        (
            "Par Jeanne Exemple (avec Paul Essai et Léa Test)",
            ("Jeanne Exemple", "Paul Essai", "Léa Test"),
            (),
        ),
        (
            "By Jane Sample and Joe Trial  The Associated Press",
            ("Jane Sample", "Joe Trial"),
            ("The Associated Press",),
        ),
        (
            "Par Jeanne Exemple, correspondante à Pékin et Paul Essai, "
            "correspondant à New York",
            ("Jeanne Exemple", "Paul Essai"),
            (),
        ),
        ("By JANE SAMPLE and ANNA TRIAL-TESTER", ("JANE SAMPLE", "ANNA TRIAL-TESTER"), ()),
        ("Un texte de Paul Essai d'Enquête", ("Paul Essai",), ()),
        ("Par Elba", ("Elba",), ()),
    ],
)  # fmt: skip
def test_byline_names(line, authors, agencies):
    byline = parse_byline(line)
    assert (byline.authors, byline.agencies) == (authors, agencies)


@pytest.mark.parametrize(
    "line",
    ["Related Topics", "Entretiens Méditerranée", "UN CHANTIER", "Le Feuilleton"],
)
def test_labels_and_series_are_not_names(line):
    assert not is_person_name(line)
    assert parse_byline(line) is None


def test_a_role_is_not_part_of_a_name():
    assert without_role("Jane Sample Senior Political Correspondent") == "Jane Sample"
    assert without_role("Mary Clare Sample") == "Mary Clare Sample"


def test_author_label_line_then_the_name():
    seed = parse_seed(paste("Auteur", "Paul Essai", "Date", "2 mars 2020"))
    assert seed.authors == ("Paul Essai",)
    assert seed.published.date() == dt.date(2020, 3, 2)


def test_handle_under_a_name():
    seed = parse_seed(paste("Jane Sample", "@JANESAMPLE", "KEY POINTS"))
    assert seed.authors == ("Jane Sample",)
    assert "@JANESAMPLE" not in " ".join(e.text for e in seed.body)


def test_role_line_under_a_byline_belongs_to_it():
    seed = parse_seed(paste("BY JANE SAMPLE", "ASSISTANT SPORTS EDITOR", "FOLLOW"))
    assert seed.authors == ("JANE SAMPLE",)
    assert all("EDITOR" not in e.text for e in seed.body)


def test_labelled_byline_far_below_the_headline():
    gallery = "\n\n".join(
        f"{n} of 3 |\n\nThe market hall of Testville on a winter morning, "
        f"view {n}. (Test Photo/Jane Sample)"
        for n in range(1, 4)
    )
    text = (
        "\n\n".join(
            ("Test News", TITLE, gallery, "By Jane Sample and Joe Trial", PARAGRAPH)
        )
        + "\n\n"
        + PARAGRAPH_2
    )
    seed = parse_seed(text)
    assert seed.authors == ("Jane Sample", "Joe Trial")


@pytest.mark.parametrize("joiner", [" — ", " | "])
def test_byline_and_date_on_one_line(joiner):
    seed = parse_seed(
        paste(f"Par Jeanne Exemple et Paul Essai{joiner}5 avril 2017 à 19:26")
    )
    assert seed.authors == ("Jeanne Exemple", "Paul Essai")
    assert seed.published.isoformat() == "2017-04-05T19:26:00+02:00"


def test_date_line_in_capitals_is_kept():
    seed = parse_seed(paste("PUBLISHED WED, NOV 20 20194:29 AM ESTUPDATED AN HOUR AGO"))
    assert seed.published.isoformat() == "2019-11-20T04:29:00-05:00"


def test_a_sentence_mentioning_a_date_is_not_a_date_line():
    caption = (
        "Hearings on the market hall of Testville began on Monday, 28 April 2025, "
        "at the town hall."
    )
    seed = parse_seed(paste(caption, "By Jane Sample", "03 May 2025"))
    assert seed.published.date() == dt.date(2025, 5, 3)


def test_a_list_of_topics_is_not_a_byline():
    seed = parse_seed(
        paste(
            "Related Topics", "Testville,", "Market Hall,", "Jane Sample", "3 May 2023"
        )
    )
    assert "Testville" not in seed.authors
    assert "Market Hall" not in seed.authors


def test_tags_at_the_end_are_not_a_signature():
    seed = parse_seed(
        paste(body=(PARAGRAPH, PARAGRAPH_2, "Europe\nTestland\nUnited Testates"))
    )
    assert seed.authors == ()
    assert seed.keywords == ("Europe", "Testland", "United Testates")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Added at 9:30 UTC, 10:30 on the site's clock (Europe/Paris).
        ("Publié il y a 3 heures", "2024-03-05T07:30:00+01:00"),
        ("Updated 2 hours ago", "2024-03-05T08:30:00+01:00"),
        ("Mis à jour hier à 18h15", "2024-03-04T18:15:00+01:00"),
        ("Posted yesterday", "2024-03-04T00:00:00+01:00"),
    ],
)
def test_relative_dates_resolve_against_the_moment_the_seed_was_added(line, expected):
    added = dt.datetime(2024, 3, 5, 9, 30, tzinfo=dt.UTC)
    seed = parse_seed(
        paste("Par Jeanne Exemple", line), options=ParseOptions(added_at=added)
    )
    assert (seed.published.isoformat(), seed.date_origin) == (expected, "relative")


def test_relative_date_without_the_moment_added_is_no_date():
    seed = parse_seed(paste("Par Jeanne Exemple", "Publié il y a 3 heures"))
    assert seed.date_origin != "relative"


def test_yesterday_in_a_sentence_is_not_a_date():
    line = "Hier, le conseil municipal a voté un budget pour la halle."
    added = dt.datetime(2024, 3, 5, 9, 30, tzinfo=dt.UTC)
    seed = parse_seed(paste(line), options=ParseOptions(added_at=added))
    assert seed.date_origin != "relative"


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("ByJane Sample and Joe Trial", ("Jane Sample", "Joe Trial")),
        ("Jeanne Exemple — Édité par Paul Essai", ("Jeanne Exemple",)),
        (
            "Par J. EXEMPLE - 12 mars 2031 à 05:01 - Temps de lecture :",
            ("J. EXEMPLE",),
        ),
        ("By Jane Sample Follow and Joe Trial Follow", ("Jane Sample", "Joe Trial")),
        ("Jeanne Exemple, édité par Paul Essai", ("Jeanne Exemple",)),
        ("Jane Sample, University of Testford", ("Jane Sample",)),
        (
            "Jane Sample, University of Testford, and Joe Trial, Institute of Tests",
            ("Jane Sample", "Joe Trial"),
        ),
    ],
)
def test_glued_label_editor_and_capitals_before_a_dash(line, authors):
    assert parse_seed(paste(line)).authors == authors


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("03/12/2031 06:07 PM EDT", "2031-03-12"),  # a 12-hour clock, month first
        ("by Jane Sample - 03/12/31 6:07 PM ET", "2031-03-12"),
        ("Updated 09/13/2031", "2031-09-13"),  # 13 cannot be a month
        ("Publié le 12-03-2031 à 18h07 - Mis à jour le 12-03-2031 à 19h27", "2031-03-12"),
        ("18h07, le 12 mars 2031, modifié à 19h27, le 12 mars 2031", "2031-03-12"),
        ("Mar 12th 2031", "2031-03-12"),
        ("Publié le 12/03/2031 à 18h07.", "2031-03-12"),  # a date line, not prose
        ("Publié le 12 mars 2031 à 18:07. / Modifié le 12 mars 2031 à 19:27.", "2031-03-12"),
    ],
)  # fmt: skip
def test_dates_in_digits_and_date_lines_written_as_sentences(line, day):
    seed = parse_seed(paste("Jeanne Exemple", line))
    assert seed.published.date().isoformat() == day


def test_a_date_line_with_its_update_is_no_photo():
    seed = parse_seed(
        paste(
            "Jeanne Exemple",
            "Publié le 12/03/2031 18:07 Mis à jour le 12/03/2031 19:27",
            "La halle de Testville, le 11 mars 2031. (JEAN TEST / AFP)",
        )
    )
    assert seed.published.date() == dt.date(2031, 3, 12)
    assert seed.main_photo.alt is None


def test_a_dated_byline_above_a_caption_is_no_alt_text():
    seed = parse_seed(
        paste(
            "Jeanne Exemple — Édité par Paul Essai — 12 mars 2031 à 7h00",
            "La halle de Testville au petit matin. | Jean Test via Unsplash",
        )
    )
    assert seed.authors == ("Jeanne Exemple",)
    assert seed.main_photo.credit == "Jean Test via Unsplash"


def test_an_author_bio_under_the_role_belongs_to_the_byline():
    seed = parse_seed(
        paste(
            "Jane Sample",
            "Contributor",
            "I write about market halls and the towns that keep them.",
            "Follow",
            "Mar 12, 2031, 06:07pm EDT",
        )
    )
    assert seed.authors == ("Jane Sample",)
    assert "I write about" not in " ".join(e.text for e in seed.body)


STANDFIRST = (
    "La halle rouvrira au printemps après deux ans de travaux, a annoncé la mairie."
)


@pytest.mark.parametrize(
    "line",
    [
        f"{STANDFIRST} Par Jeanne Exemple",
        f"Par Jeanne Exemple{STANDFIRST}",
        f"Jeanne Exemple — {STANDFIRST}",
        f"Jeanne Exemple | {STANDFIRST}",
    ],
)
def test_a_byline_on_the_standfirst_line_keeps_the_standfirst(line):
    seed = parse_seed(paste(line, "12 mars 2031"))
    assert seed.authors == ("Jeanne Exemple",)
    assert seed.lede == STANDFIRST


@pytest.mark.parametrize(
    "line",
    [
        f"TESTVILLE — {STANDFIRST}",
        "The hall will reopen in spring after two years of work, the town said. "
        "By contrast the old market stays shut",
        f"Analyse — {STANDFIRST}",
    ],
)
def test_a_place_or_a_sentence_beside_a_standfirst_is_no_byline(line):
    assert parse_seed(paste(line, "12 mars 2031")).authors == ()


@pytest.mark.parametrize(
    "dateline",
    [
        "TESTVILLE —",
        "Testville (AFP) -",
        "SAINT-TEST –",
        "NEW TESTFORD (Reuters) -",
        "WEST TEST CITY (AP) —",
        "New Testford —",
        "Port Testville –",
    ],
)
def test_a_place_before_a_dash_opens_the_body_and_names_no_author(dateline):
    first = f"{dateline} {PARAGRAPH}"
    seed = parse_seed(
        paste("Par Paul Essai", "12 mars 2031", body=(first, PARAGRAPH_2))
    )
    assert seed.authors == ("Paul Essai",)
    assert seed.lede is None
    assert [element.text for element in seed.body] == [first, PARAGRAPH_2]


def test_a_name_then_a_paragraph_is_no_byline():
    assert parse_byline(f"West Test City — {PARAGRAPH}") is None
    assert parse_byline("Jeanne Exemple — 12 mars 2031").authors == ("Jeanne Exemple",)
