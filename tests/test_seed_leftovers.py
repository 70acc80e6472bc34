"""Sections printed as labels, interface left around the header, kickers glued
to the headline and interface above the site's name, in invented text."""

from __future__ import annotations

import pytest
from seed_support import PARAGRAPH, PARAGRAPH_2

from newsdigest.seeds.header import glued_kicker
from newsdigest.seeds.parse import parse_seed

TITLE = "La halle de Testville rouvrira après deux ans de travaux"


def paste(*blocks: str, source: str = "Le Test") -> str:
    return "\n\n".join((source, *blocks))


def body(text: str) -> str:
    """The lede and the body's texts, one a line."""
    seed = parse_seed(text)
    return "\n".join([seed.lede or "", *(element.text for element in seed.body)])


@pytest.mark.parametrize(
    ("header", "section"),
    [
        (TITLE + "\nURBANISME\n\nPar Jeanne Exemple le 12 mars 2031", "URBANISME"),
        (TITLE + "\nEditorial\n" + PARAGRAPH, "Editorial"),
    ],
)
def test_a_label_under_the_headline_is_the_section(header, section):
    seed = parse_seed(paste(header, PARAGRAPH, PARAGRAPH_2))
    assert seed.section == section
    assert section not in body(paste(header, PARAGRAPH, PARAGRAPH_2))


def test_an_alt_text_under_the_headline_is_no_section():
    text = paste(
        TITLE + "\nTestville market hall\nLa halle en travaux (Jean Test / AFP)",
        PARAGRAPH,
        PARAGRAPH_2,
    )
    assert parse_seed(text).section is None


@pytest.mark.parametrize(
    "labelled",
    ["Dans la rubrique\nCommerce", "Rubrique : Commerce", "Filed under: Commerce"],
)
def test_a_labelled_section_anywhere_on_the_page(labelled):
    text = paste(TITLE, PARAGRAPH, PARAGRAPH_2, labelled)
    seed = parse_seed(text)
    assert seed.section == "Commerce"
    assert "Commerce" not in body(text)


def test_the_breadcrumb_has_the_last_word_over_a_label():
    text = paste("Économie\n\n" + TITLE, PARAGRAPH, PARAGRAPH_2, "Rubrique : Commerce")
    assert parse_seed(text).section == "Économie"


@pytest.mark.parametrize(
    "leftover",
    ["0", "58", "|", "LEARN MORE", "Have a tip for our reporters? Get in touch"],
)
def test_interface_among_the_byline_and_date_leaves(leftover):
    header = f"{TITLE}\nPar Jeanne Exemple\n12 mars 2031\n{leftover}"
    text = paste(header, PARAGRAPH, PARAGRAPH_2)
    assert leftover not in body(text).split("\n")
    assert PARAGRAPH in body(text)


def test_an_intertitle_before_the_first_paragraph_stays():
    text = paste(TITLE + "\nPar Jeanne Exemple\n12 mars 2031", "Le vote", PARAGRAPH)
    assert body(text).split("\n")[:2] == ["", "Le vote"]


def test_a_letterless_line_in_the_body_stays_past_the_first_paragraph():
    text = paste(TITLE, PARAGRAPH, PARAGRAPH_2, "***", PARAGRAPH)
    assert "***" in body(text)


@pytest.mark.parametrize(
    ("title", "others", "expected"),
    [
        (
            "Testville Chantier de la halle : les commerçants attendent",
            "Après deux ans de chantier, la halle rouvre.",
            ("Testville", "Chantier de la halle : les commerçants attendent"),
        ),
        # A name the text prints again, or a first word it writes in small
        # letters, or a second word it never writes so: no kicker.
        ("Supreme Court rules on the hall", "the Supreme Court and the court", None),
        ("Crédit Agricole ferme une agence", "le crédit et l'agricole", None),
        ("Jeanne Exemple ouvre la halle", "Jeanne Exemple a parlé.", None),
        ("Testville Chantier de la halle", "la halle rouvre", None),
        # A headline in Title Case: no kicker.
        ("Testville Chantier Of The Hall", "the chantier", None),
    ],
)
def test_a_word_glued_before_a_headline_in_sentence_case(title, others, expected):
    assert glued_kicker(title, others) == expected


def test_a_glued_kicker_is_printed_apart_from_the_headline():
    headline = "Chantier de la halle : les commerçants attendent leur retour"
    text = paste(
        "Testville " + headline,
        "Après deux ans de chantier, " + PARAGRAPH[0].lower() + PARAGRAPH[1:],
        PARAGRAPH_2,
    )
    seed = parse_seed(text)
    assert (seed.kicker, seed.title) == ("Testville", headline)


@pytest.mark.parametrize("top", ["Hosted", "Menu", "Accueil"])
def test_interface_above_the_site_name_is_no_site_name(top):
    seed = parse_seed(
        f"{top}\n\n{TITLE}\nPar Jeanne Exemple\n\n{PARAGRAPH}\n\n{PARAGRAPH_2}"
    )
    assert (seed.source, seed.title) == (None, TITLE)


def test_a_site_name_with_digits_is_kept():
    seed = parse_seed(paste(TITLE, PARAGRAPH, PARAGRAPH_2, source="20testnews"))
    assert seed.source == "20 Testnews"


def test_a_section_in_initials_under_the_site_name():
    seed = parse_seed(paste(TITLE, PARAGRAPH, PARAGRAPH_2, source="Le Test\nU.S."))
    assert (seed.source, seed.section, seed.title) == ("Le Test", "U.S.", TITLE)
