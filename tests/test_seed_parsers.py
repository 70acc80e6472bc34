"""The reader's tiny parsers, one table of cases each: dates, credits, bylines, slugs.

Inputs are synthetic lines shaped like what news pages print (names such as
"Jean Exemple" are made up for the tests).
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsdigest.seeds.bylines import Byline, parse_byline, parse_signature
from newsdigest.seeds.credits import is_credit, split_around, split_credit
from newsdigest.seeds.dates import find_dates
from newsdigest.seeds.header import breadcrumb, source_name
from newsdigest.seeds.language import detect_language
from newsdigest.seeds.lede import DATELINE, split_kicker
from newsdigest.seeds.textdates import resolve_text_date
from newsdigest.slugs import make_slug


@pytest.mark.parametrize(
    ("line", "day", "clock", "offset", "kind"),
    [
        ("Publié le 13/09/2023 à 10h25", "2023-09-13", "10:25", None, "published"),
        ("Mis à jour le 14/09/23 à 05h03", "2023-09-14", "05:03", None, "modified"),
        ("Publié le 27 Mar 20 à 9:21", "2020-03-27", "09:21", None, "published"),
        ("Le 17/02/2020", "2020-02-17", None, None, "published"),
        ("Publié sur 18/02/2020", "2020-02-18", None, None, "published"),
        ("mercredi 13 septembre 2023", "2023-09-13", None, None, "plain"),
        ("Publié le : 13/09/2023 - 10:25", "2023-09-13", "10:25", None, "published"),
        ("Sept. 13, 2023, 9:28 AM UTC", "2023-09-13", "09:28", 0, "plain"),
        ("Posted: Aug 08, 2024 4:00 AM EDT", "2024-08-08", "04:00", -240, "published"),
        (
            "Published 7:07 PM EST Nov 19, 2019",
            "2019-11-19",
            "19:07",
            -300,
            "published",
        ),
        ("Friday 22 November 2024 08:49 GMT", "2024-11-22", "08:49", 0, "plain"),
        ("March 7, 20247:55 AM UTC", "2024-03-07", "07:55", 0, "plain"),
        (
            "Updated 1909 GMT (0309 HKT) November 18, 2019",
            "2019-11-18",
            None,
            None,
            "modified",
        ),
        (
            "PUBLISHED: 10:25 BST, 13 September 2023",
            "2023-09-13",
            "10:25",
            60,
            "published",
        ),
        ("September 13, 2023 at 10:25 a.m. EDT", "2023-09-13", "10:25", -240, "plain"),
        ("Published On 13 Sep 2023", "2023-09-13", None, None, "published"),
        ("2023-09-13T10:25:00+02:00", "2023-09-13", "10:25", 120, "plain"),
    ],
)
def test_find_dates(line, day, clock, offset, kind):
    match = find_dates(line)[0]
    assert match.day.isoformat() == day
    assert (match.clock.strftime("%H:%M") if match.clock else None) == clock
    assert match.offset_minutes == offset
    assert match.kind == kind


def test_find_dates_reads_published_and_modified_on_one_line():
    line = "Publié le 22/10/17 à 19h49 — Mis à jour le 23/10/17 à 05h03"
    assert [(m.day.isoformat(), m.kind) for m in find_dates(line)] == [
        ("2017-10-22", "published"),
        ("2017-10-23", "modified"),
    ]


def test_zone_abbreviations_are_capitals_only():
    match = find_dates("le 3 mai 2021 à 10h25 est une date")[0]
    assert match.offset_minutes is None


@pytest.mark.parametrize(
    ("text", "emphasized", "expected"),
    [
        ("Ils se sont vus ce mercredi.", "Photo du 13 septembre 2023", "2023-09-13"),
        ("The talks began on Tuesday.", "Signed on September 12, 2023", "2023-09-12"),
        ("Des frappes ce vendredi 22 novembre. En 2023 et en 2025.", "", "2024-11-22"),
        ("Un texte sans date.", "Un titre", None),
        ("Le 3 mai 2021 puis le 4 juin 2022.", "Un titre", None),
    ],
)
def test_resolve_text_date(text, emphasized, expected):
    resolved = resolve_text_date(text, emphasized)
    assert (resolved.day.isoformat() if resolved else None) == expected


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("Deux ministres le 3 mai 2023 - TESTTV", "Deux ministres le 3 mai 2023", "TESTTV"),
        ("Des dégâts sur la commune. — Jean Exemple/AP", "Des dégâts sur la commune.", "Jean Exemple/AP"),
        ("Un piquet de grève. / (C) Jean Exemple", "Un piquet de grève.", "Jean Exemple"),
        ("Une salle d'audience. © Jean Exemple", "Une salle d'audience.", "Jean Exemple"),
        ("Le matériel demandé. (©Adobe Stock)", "Le matériel demandé.", "Adobe Stock"),
        ("A man speaks at a rally. (Jean Example/Associated Press)", "A man speaks at a rally.", "Jean Example/Associated Press"),
        ("Traders at work in New York. REUTERS/Jean Example", "Traders at work in New York.", "REUTERS/Jean Example"),
        ("[1/5]A selfie in a city. REUTERS/Jean Example Purchase Licensing Rights", "A selfie in a city.", "REUTERS/Jean Example"),
        ("The house in a town, Austria.Jean Example / Reuters file", "The house in a town, Austria.", "Jean Example / Reuters file"),
        ("Deux dirigeants, le 13 septembre 2023. JEAN EXEMPLE / AFP", "Deux dirigeants, le 13 septembre 2023.", "JEAN EXEMPLE / AFP"),
        ("Two leaders at a site. Photograph: Jean Example/AP", "Two leaders at a site.", "Jean Example/AP"),
        ("Two leaders on Wednesday. Credit...Jean Example/Agency, via Reuters", "Two leaders on Wednesday.", "Jean Example/Agency, via Reuters"),
        ("Une famille dans sa maison. | DR", "Une famille dans sa maison.", "DR"),
    ],
)  # fmt: skip
def test_split_credit(line, caption, credit):
    assert split_credit(line, "TESTTV") == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        "Il a marqué le but de la victoire (3-1)",
        "Le ministre de la Défense, Jean Exemple - qui a parlé longuement",
        "Une phrase ordinaire, sans rien après.",
    ],
)
def test_split_credit_leaves_ordinary_lines(line):
    assert split_credit(line) is None


@pytest.mark.parametrize(
    ("alt", "line", "expected"),
    [
        ("Des pompiers à Testville.", "Des pompiers à Testville. HANDOUT / AFP", ("Des pompiers à Testville.", "HANDOUT / AFP")),
        ("Bon par contre la célébration...", "Bon par contre la célébration... — Jean Exemple/AP", ("Bon par contre la célébration...", "Jean Exemple/AP")),
        ("Les trottinettes en ville.", "Photo: Jean Exemple Archives Le Test Les trottinettes en ville.", ("Les trottinettes en ville.", "Jean Exemple Archives Le Test")),
        ("Une image sans rapport", "Un autre texte complètement différent", None),
        ("1 2 3 4 5 6 7 8 9 10.", "1 2 3 4 5 6 7 8 9 10 11.", None),
    ],
)  # fmt: skip
def test_split_around_alt_text(alt, line, expected):
    assert split_around(alt, line) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Getty Images", True),
        ("afp.com/Jean Exemple", True),
        ("New York State Registry via AP", True),
        ("Photo iStock", True),
        ("Crédit photo : JE / Test Blog", True),
        ("EPA Jean Exemple and Paul Test", False),
        ("By Reuters", False),
        ("Jean Exemple", False),
        ("Une phrase qui se termine.", False),
    ],
)
def test_is_credit(text, expected):
    assert is_credit(text) is expected


@pytest.mark.parametrize(
    ("line", "source", "authors", "agencies"),
    [
        ("Par Jean Exemple", "Le Test", ["Jean Exemple"], []),
        ("Par E.P.", "Le Test", ["E.P."], []),
        ("Marie Test et Paul Exemple", "Le Test", ["Marie Test", "Paul Exemple"], []),
        ("By Jane Example | Test News", "Test News", ["Jane Example"], []),
        ("Jane Example · Test News · Posted", "Test", ["Jane Example"], []),
        (
            "Jane Example and Paul Sample TEST TODAY",
            "testtoday",
            ["Jane Example", "Paul Sample"],
            [],
        ),
        (
            "Analysis by Jane Example, Test Editor-at-large",
            "Test",
            ["Jane Example"],
            [],
        ),
        ("Le Test Recueilli par Paul EXEMPLE.", "Le Test", ["Paul EXEMPLE"], []),
        ("Par Le Test et AFP", "Le Test", [], ["Le Test", "AFP"]),
        ("Par AFP", "Le Test", [], ["AFP"]),
        ("By Reuters", "Test News", [], ["Reuters"]),
        ("Le Test avec AFP", "Le Test", [], ["Le Test", "AFP"]),
        (
            "Test Info avec AFP - Test Télévisions",
            "Test Info",
            [],
            ["Test Info", "AFP"],
        ),
        ("Jane Example in Moscow", "The Test", ["Jane Example"], []),
        ("By JANE EXAMPLE FOR TESTONLINE", "Daily Test", ["JANE EXAMPLE"], []),
        ("par Jean Exemple (Kiev, envoyé spécial)", "Le Test", ["Jean Exemple"], []),
        ("Par Jean Exemple - j.exemple@test.fr", "Le Test", ["Jean Exemple"], []),
    ],
)
def test_parse_byline(line, source, authors, agencies):
    assert parse_byline(line, source) == Byline(tuple(authors), tuple(agencies))


@pytest.mark.parametrize(
    "line",
    ["Getty Images", "Nouvelle-Aquitaine", "Social Sharing", "Palestinians react"],
)
def test_parse_byline_rejects_non_names(line):
    assert parse_byline(line, "Le Test") is None


@pytest.mark.parametrize(
    ("line", "authors", "agencies"),
    [
        ("B.F avec AFP", ["B.F"], ["AFP"]),
        ("Le Test avec AFP et Reuters", [], ["Le Test", "AFP", "Reuters"]),
        ("Reuters", [], ["Reuters"]),
        ("(avec AFP)", [], ["AFP"]),
        ("Jean EXEMPLE", ["Jean EXEMPLE"], []),
    ],
)
def test_parse_signature(line, authors, agencies):
    assert parse_signature(line, "Le Test") == Byline(tuple(authors), tuple(agencies))


@pytest.mark.parametrize(
    ("line", "text", "expected"),
    [
        ("Le Test.fr", "", "Le Test"),
        ("actu.fr", "", "actu.fr"),
        ("www.exemple.com", "", "exemple.com"),
        ("20minutes", "", "20 Minutes"),
        ("testtoday", "Jane Example TEST TODAY", "Test Today"),
        ("usatoday", "by Jane Example USA TODAY", "USA Today"),
        ("BFMTV", "", "BFMTV"),
    ],
)
def test_source_name(line, text, expected):
    assert source_name(line, text) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Accueil > Politique > Montréal", ("Politique", "Montréal")),
        ("Home › World › Europe", ("World", "Europe")),
        ("Russie", ("Russie",)),
        ("Actualité", ("Actualité",)),
    ],
)
def test_breadcrumb(line, expected):
    assert breadcrumb(line) == expected


@pytest.mark.parametrize(
    ("text", "kicker", "lede"),
    [
        ("FOOTBALL Le club recherche un entraîneur étranger...", "FOOTBALL", "Le club recherche un entraîneur étranger..."),
        ("gros temps La dépression va concerner les côtes du test", "gros temps", "La dépression va concerner les côtes du test"),
        ("LE POINT SUR LA SITUATION - «Nous avons gagné», a dit le ministre.", None, "LE POINT SUR LA SITUATION - «Nous avons gagné», a dit le ministre."),
        ("NASA Administrator said the launch went well.", None, "NASA Administrator said the launch went well."),
    ],
)  # fmt: skip
def test_split_kicker(text, kicker, lede):
    assert split_kicker(text) == (kicker, lede)


@pytest.mark.parametrize(
    ("text", "is_dateline"),
    [
        ("NEW YORK (Reuters) - Oil prices fell.", True),
        ("TESTVILLE/OTHER CITY, March 7 (Reuters) - A report said.", True),
        ("WASHINGTON – Two officers were charged.", True),
        ("(CNN)President Example made a trip.", True),
        ("Testville (AFP) - Le ministre a parlé.", True),
        ("Londres - Le club a fait match nul samedi.", False),
        ("LE POINT SUR LA SITUATION - «Nous avons gagné».", False),
        ("Le président a évoqué la possibilité.", False),
    ],
)
def test_dateline(text, is_dateline):
    assert bool(DATELINE.match(text)) is is_dateline


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le président a rencontré son homologue dans la ville.", "fr"),
        ("The president met his counterpart in the city on Tuesday.", "en"),
        ("Der Präsident ist in der Stadt und spricht mit den Leuten.", "de"),
        ("", "fr"),
    ],
)
def test_detect_language(text, lang):
    assert detect_language(text) == lang


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Corée du Nord", "coree-du-nord"),
        ("coree du nord", "coree-du-nord"),
        ("CORÉE DU NORD", "coree-du-nord"),
        ("C++", "c-plus-plus"),
        ("C#", "c-sharp"),
        ("Canal+", "canal-plus"),
        ("L'Élysée", "l-elysee"),
    ],
)
def test_make_slug(name, slug):
    assert make_slug(name) == slug


def test_dates_are_aware_datetimes():
    match = find_dates("Publié le 13/09/2023 à 10h25")[0]
    moment = match.to_datetime(dt.timezone(dt.timedelta(hours=2)))
    assert moment.isoformat() == "2023-09-13T10:25:00+02:00"
