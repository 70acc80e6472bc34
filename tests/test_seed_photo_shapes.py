"""Photos, ledes and site names in the shapes outlets print them, invented text.

Captions and credits: a credit label alone on its line, long or compound
credits, "Tous droits réservés", a closing quote before "Photograph:", an
unlabelled "Name/Agency" credit across a blank line, a very short caption, a
caption with no credit. Ledes: chosen by what a standfirst is. Site names:
without alias or trade mark.
"""

from __future__ import annotations

import pytest
from seed_support import PARAGRAPH, PARAGRAPH_2

from newsdigest.seeds.credit_lines import split_credit
from newsdigest.seeds.credits import clean_credit
from newsdigest.seeds.parse import parse_seed
from newsdigest.seeds.sitename import source_name

TITLE = "La halle de Testville rouvrira après deux ans de travaux"
BODY = (PARAGRAPH, PARAGRAPH_2)


def paste(*blocks: str, source: str = "Le Test") -> str:
    return "\n\n".join((source, *blocks))


def photo_of(text: str) -> tuple[str | None, str | None]:
    photo = parse_seed(text).main_photo
    return (photo.caption, photo.credit) if photo else (None, None)


def test_credit_label_alone_on_its_line():
    caption = "The mayor of Testville at the market hall last week."
    text = paste(
        TITLE, f"{caption}\n{caption}\nCredit...\nJane Sample/The Test Times", *BODY
    )
    assert photo_of(text) == (caption, "Jane Sample/The Test Times")


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        (
            "La halle sous la neige -  Tous droits réservés  Captures d'écran de "
            "la mairie de Testville et de son compte @testville",
            "La halle sous la neige",
            "Captures d'écran de la mairie de Testville et de son compte @testville",
        ),
        (
            "‘The hall was our second home,’ said a grocer. Photograph: Test via Getty",
            "‘The hall was our second home,’ said a grocer.",
            "Test via Getty",
        ),
        (
            "The hall on its opening day in 1923. (Photo: Test Archive / Town of "
            "Testville / Jane Sample. Courtesy of the museum)",
            "The hall on its opening day in 1923.",
            "Test Archive / Town of Testville / Jane Sample. Courtesy of the museum",
        ),
        (
            "Le marché en 1980 [File: Reuters]",
            "Le marché en 1980",
            "Reuters",
        ),
        # A credit after the caption's last sentence: a name in capitals, an
        # agency word, a name and an agency joined by a dash or a slash.
        ("La halle de Testville. DDM - JEAN TEST", "La halle de Testville.", "DDM - JEAN TEST"),
        ("The hall in February. Jane Sample—Getty Images", "The hall in February.", "Jane Sample—Getty Images"),
        ("The hall in February. getty", "The hall in February.", "getty"),
        ("The hall at night. J. Sample/The Test Times", "The hall at night.", "J. Sample/The Test Times"),
        # Labels of a credit on the caption's line.
        ("The hall at night. Photographer: Jane Sample/Test", "The hall at night.", "Jane Sample/Test"),
        ("The hall at night. Pic: Reuters", "The hall at night.", "Reuters"),
        # A credit ends without its full stop, keeps a bare label.
        ("La halle de Testville. © Belga.", "La halle de Testville.", "Belga"),
        ("La halle de Testville. © Tous droits réservés", "La halle de Testville.", "Tous droits réservés"),
        ("La halle de Testville. // Source : Jean Test / Unsplash", "La halle de Testville.", "Jean Test / Unsplash"),
        ("The hall near the river Image: Jane Sample/dpa", "The hall near the river", "Jane Sample/dpa"),
        ("The hall at night. (Supplied: Testville Council)", "The hall at night.", "Supplied: Testville Council"),
    ],
)  # fmt: skip
def test_credit_shapes_on_the_caption_line(line, caption, credit):
    assert split_credit(line) == (caption, credit)


def test_compound_credit_keeps_its_labels():
    credit = "(Photos by Test Press; photo illustration by Jane Sample / Test Times)"
    assert clean_credit(credit) == credit.strip("()")


def test_unlabelled_name_and_agency_credit_across_a_blank_line():
    caption = (
        "Le 3 mai 2023, le maire a présenté les plans de la halle. "
        "Les travaux commencent au printemps."
    )
    text = paste(
        TITLE, PARAGRAPH, caption, "Jeanne Exemple / Testphoto / AFP", PARAGRAPH_2
    )
    assert photo_of(text) == (caption, "Jeanne Exemple / Testphoto / AFP")


def test_very_short_caption_with_its_alt_text_at_the_top():
    text = paste(
        TITLE + "\nUne halle sur laquelle on peut lire, en lettres d'or, « marché ».",
        "La halle.",
        "PHOTO : LE TEST / JEANNE EXEMPLE",
        *BODY,
    )
    seed = parse_seed(text)
    assert (seed.main_photo.caption, seed.main_photo.credit) == (
        "La halle.",
        "LE TEST / JEANNE EXEMPLE",
    )
    assert seed.lede == PARAGRAPH


def test_caption_printed_twice_without_credit():
    caption = "Jeanne Exemple reads to her son in Testville, May 3, 2023."
    text = paste(TITLE + "\nBy Jane Sample\n" + caption + "\n" + caption, *BODY)
    seed = parse_seed(text)
    assert (seed.main_photo.caption, seed.main_photo.credit) == (caption, None)
    assert seed.lede == PARAGRAPH


def test_a_signature_above_a_credit_is_no_caption():
    text = paste(TITLE, *BODY, "Jeanne EXEMPLE", "Crédit photo : JE / Le Test")
    seed = parse_seed(text)
    assert seed.authors == ("Jeanne EXEMPLE",)


def test_player_title_repeating_the_headline_is_no_caption():
    text = paste(
        TITLE + "\nLe Test\n" + TITLE + "\nDurée de l'audio 3:12\nPhoto: JE/Test",
        "La halle en 1980, photo: Archives de la ville",
        *BODY,
    )
    assert photo_of(text) == ("La halle en 1980", "Archives de la ville")


def test_standfirst_without_final_period_under_the_headline():
    standfirst = "Strong winds are possible across Testville both Friday and Saturday"
    text = paste(
        TITLE + f"\n{standfirst}\nBy Jane Sample\nApril 26, 2024\nListen\n5 min\nShare",
        *BODY,
    )
    assert parse_seed(text).lede == standfirst


def test_archive_notice_is_not_the_lede():
    notice = (
        "Prenez note que cet article publié en 2017 pourrait contenir des "
        "informations qui ne sont plus à jour."
    )
    text = paste(TITLE + "\nPublié le 13 mars 2017\n" + notice, *BODY)
    assert parse_seed(text).lede == PARAGRAPH


def test_section_label_glued_to_the_lede():
    seed = parse_seed(paste(TITLE + "\nCommerce" + PARAGRAPH, PARAGRAPH_2))
    assert (seed.lede, seed.section) == (PARAGRAPH, "Commerce")


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Radio Test International (RTI News)", "Radio Test International"),
        ("Testnews©", "Testnews"),
        ("Le Test.fr", "Le Test"),
    ],
)
def test_site_names(line, name):
    assert source_name(line, "") == name


def test_lowercase_domain_takes_the_capitals_the_text_prints():
    assert source_name("essais.fr", "Lire aussi sur ESSAIS.FR") == "Essais"
    assert source_name("actu.test", "publié sur actu.test") == "actu.test"


def test_lone_short_caption_under_the_headline():
    caption = "Jeanne Exemple, peu estimée par le maire"
    text = paste(
        TITLE + "\n" + caption, "Par Paul Essai | lundi 9 décembre 2019", *BODY
    )
    seed = parse_seed(text)
    assert (seed.main_photo.caption, seed.main_photo.credit) == (caption, None)
    assert seed.lede == PARAGRAPH


def test_lone_short_caption_in_its_own_block_under_the_headline():
    caption = "Le maire devant la halle rénovée"
    text = paste(TITLE, caption, "Par Paul Essai\n12 mars 2031", *BODY)
    seed = parse_seed(text)
    assert (seed.main_photo.caption, seed.main_photo.credit) == (caption, None)
    assert caption not in [element.text for element in seed.body]


@pytest.mark.parametrize(
    "credit",
    [
        "Jeanne Essai pour Le Magazine Test",
        "JEANNE ESSAI POUR LE MAGAZINE",
        "Jane Sample for Test Weekly",
    ],
)
@pytest.mark.parametrize("gap", ["\n", " ", " ("])
def test_a_credit_for_a_magazine(credit, gap):
    caption = "La halle de Testville, mardi."
    line = f"{caption}{gap}{credit}{')' if '(' in gap else ''}"
    seed = parse_seed(paste(TITLE, "Par Paul Essai\n12 mars 2031", line, *BODY))
    assert seed.authors == ("Paul Essai",)
    assert photo_of(paste(TITLE, "Par Paul Essai\n12 mars 2031", line, *BODY)) == (
        caption,
        credit,
    )


def test_standfirst_under_the_headline_is_no_caption():
    standfirst = "Le conseil municipal de Testville vote la rénovation de sa halle"
    text = paste(
        TITLE + "\n" + standfirst, "Par Paul Essai | lundi 9 décembre 2019", *BODY
    )
    seed = parse_seed(text)
    assert seed.lede == standfirst
    assert seed.main_photo is None


@pytest.mark.parametrize(
    "line",
    [
        "The first vote approved the plan, and the mayor (AFP) photographer Jane Sample said.",
        "The hall reopened in 2027. It is the town's pride",
        "La halle a rouvert. Le maire est venu",
        "The report cites the ministry as a Source: the Test Office",
    ],
)  # fmt: skip
def test_no_credit_after_a_sentence_that_is_not_one(line):
    assert split_credit(line) is None


def test_a_date_line_naming_the_outlet_is_no_credit():
    text = paste(
        TITLE,
        "Jane Sample, Political Editor\nWednesday March 12 2031, 6.07pm GMT, The Test"
        "\nThe market hall of Testville\nJANE SAMPLE FOR THE TEST",
        *BODY,
        source="The Test",
    )
    seed = parse_seed(text)
    assert seed.authors == ("Jane Sample",)
    assert photo_of(text) == (
        "The market hall of Testville",
        "JANE SAMPLE FOR THE TEST",
    )


def test_an_illustration_credit_is_no_caption():
    credit = "Illustration by The Test. Sources: Jane Sample / Getty; Joe Trial / AP."
    seed = parse_seed(paste(TITLE + "\nBy Jane Sample\n" + credit, *BODY))
    assert seed.main_photo.caption is None
    assert seed.main_photo.credit.startswith("The Test. Sources:")


def test_a_caption_label_alone_above_the_caption():
    text = paste(
        TITLE + "\nJane Sample\nImage:\nThe market hall of Testville. Pic: Reuters",
        *BODY,
    )
    assert photo_of(text) == ("The market hall of Testville.", "Reuters")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("0 0 0 0 0 0 0 0 0 0.", "0 0 0 0 0 0 0 0 0 0 0."),
        ("0 <!-- 0 0 0 0 0 <!--.", "0 <!-- 0 0 0 0 0 <!--."),
        (
            "Il pleut sur la halle de Testville depuis lundi.",
            "Il pleut sur la halle de Testville depuis lundi. Et demain il "
            "pleuvra encore sur le marché, selon les prévisions.",
        ),
    ],
)
def test_a_paragraph_starting_like_the_one_before_is_no_caption(first, second):
    seed = parse_seed(paste(TITLE, *BODY, first, second, PARAGRAPH))
    assert seed.main_photo is None
    body = [element.text for element in seed.body]
    assert first in body
    assert second in body


@pytest.mark.parametrize("byline", ["Par Jeanne Exemple", "Jeanne Exemple avec AFP"])
def test_a_byline_above_a_caption_is_no_alt_text(byline):
    caption = "La halle de Testville sous la neige, en février."
    seed = parse_seed(
        paste(TITLE, f"12 mars 2031\n{byline}\n{caption} © Léa Test / Le Test", *BODY)
    )
    assert seed.authors == ("Jeanne Exemple",)
    assert (seed.main_photo.caption, seed.main_photo.alt) == (caption, None)


def test_a_caption_above_the_body_under_the_date_with_the_pages_credit():
    caption = "L'usine Exemplia de Port-Fictif emploie aujourd'hui 850 salariés"
    seed = parse_seed(
        paste(
            TITLE,
            f"Par Jeanne Exemple\nPublié le 12/03/2031 à 18h07\n{caption}",
            *BODY,
            "Crédits photos : Léa Test / Le Test",
        )
    )
    assert [(photo.caption, photo.credit) for photo in seed.photos] == [
        (caption, "Léa Test / Le Test")
    ]
    assert [seed.lede, *(element.text for element in seed.body)] == list(BODY)


def test_a_short_label_above_the_body_is_no_caption():
    seed = parse_seed(
        paste(TITLE, "Par Jeanne Exemple\n12 mars 2031\nGet in touch", *BODY)
    )
    assert seed.photos == ()
