"""The end of an article: its last sentence reaches the page whatever follows it.

Pages print, under the last paragraph, the page's photo credit ("Crédits
photos : X"), a "Lire aussi" teaser, a signature, a date of update or a note.
None of them makes the last paragraph a caption, a related headline or a
signature. Invented text.
"""

from __future__ import annotations

import pytest
from seed_support import PARAGRAPH, PARAGRAPH_2

from newsdigest.seeds.model import Seed
from newsdigest.seeds.parse import parse_seed

TITLE = "La halle de Testville rouvrira après deux ans de travaux"
LAST_LINES = (
    "Les commerçants attendent ce jour avec impatience.",
    "Le maire, lui, reste confiant",
    "« On n'a jamais vu ça », dit-il.",
    "Shopkeepers say they cannot wait for the hall to reopen.",
)
END_LINES = (
    "Crédits photos : Agence Test",
    "Crédit photo : Jean Essai",
    "Photo : Jean Essai / Agence Test",
    "Photo credits: Jane Sample",
    "Photograph: Jane Sample/Test",
    "Credit: Jane Sample",
    "© Le Test",
    "Tous droits réservés",
    "Source : Agence Test",
    "Lire aussi : La halle de Montville ferme ses portes",
    "Read more: Shoppers flock to the new hall",
    "Jean Essai avec AFP",
    "J.E. (avec AFP)",
    "Par Jean Essai",
    "Reporting by Jane Sample; Editing by Joe Trial",
    "Mis à jour le 12 mars 2031 à 10h00",
    "Publicité",
)


def body_text(seed: Seed) -> list[str]:
    return [element.text for element in seed.body] + [
        item for element in seed.body for item in element.items
    ]


@pytest.mark.parametrize("end", END_LINES)
@pytest.mark.parametrize("last", LAST_LINES)
@pytest.mark.parametrize("gap", ["\n\n", "\n"], ids=["blank line", "same block"])
def test_the_last_sentence_stays_whatever_the_page_prints_under_it(gap, last, end):
    text = "\n\n".join(("Le Test", TITLE, PARAGRAPH, PARAGRAPH_2, last)) + gap + end
    assert last in body_text(parse_seed(text))


@pytest.mark.parametrize(
    "credit", ["Crédits photos : Agence Test", "Photo credits: Agence Test"]
)
def test_the_pages_credit_under_the_last_paragraph_is_no_caption(credit):
    last = "Les commerçants attendent ce jour avec impatience."
    seed = parse_seed(
        "\n\n".join(("Le Test", TITLE, PARAGRAPH, PARAGRAPH_2, last, credit))
    )
    assert body_text(seed)[-1] == last
    assert [(photo.caption, photo.credit) for photo in seed.photos] == [
        (None, "Agence Test")
    ]


def test_a_caption_inside_the_article_keeps_its_credit_across_a_blank_line():
    caption = "La halle de Testville sous la neige, en février."
    seed = parse_seed(
        "\n\n".join(
            ("Le Test", TITLE, PARAGRAPH, caption, "Photo Agence Test", PARAGRAPH_2)
        )
    )
    assert (seed.main_photo.caption, seed.main_photo.credit) == (caption, "Agence Test")
    assert caption not in body_text(seed)


def test_the_pages_only_credit_goes_to_its_only_captioned_photo():
    caption = "Jeanne Exemple, peu estimée par le maire"
    seed = parse_seed(
        "\n\n".join(
            (
                "Le Test",
                f"{TITLE}\n{caption}",
                "Par Paul Essai | lundi 9 décembre 2019",
                PARAGRAPH,
                PARAGRAPH_2,
                "Crédits photos : Agence Test",
            )
        )
    )
    assert [(photo.caption, photo.credit) for photo in seed.photos] == [
        (caption, "Agence Test")
    ]
