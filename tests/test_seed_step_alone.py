"""Each parsing step alone, on a Draft built from invented text.

A step gets the draft the steps before it would leave (a title claimed, a
source found) set up by hand, so that a failure names the step at fault.
The typed state (``Draft.found``), the roles and the step that claimed each
line are checked too, and ``invoke seeds --explain`` shows them.
"""

from __future__ import annotations

import datetime as dt

import pytest
from publish_support import make_project, run_invoke
from seed_support import PARAGRAPH, PARAGRAPH_2

from newsdigest.publishing.explain import explain
from newsdigest.seeds.attributions import find_bylines_and_dates
from newsdigest.seeds.body import classify_body
from newsdigest.seeds.boxes import drop_promo_blocks
from newsdigest.seeds.draft import Draft, Findings, Role
from newsdigest.seeds.embeds import find_embeds
from newsdigest.seeds.furniture import drop_furniture, join_fragments
from newsdigest.seeds.header import find_header
from newsdigest.seeds.language import find_language
from newsdigest.seeds.lede import find_lede
from newsdigest.seeds.model import Photo
from newsdigest.seeds.parse import STEPS, read_draft
from newsdigest.seeds.photos import credit_the_only_photo, find_photos
from newsdigest.seeds.related import drop_related_lists
from newsdigest.seeds.signups import drop_signup_boxes
from newsdigest.seeds.tail import find_tail

TITLE = "La halle de Testville rouvrira après deux ans de travaux"


def titled(*blocks: str, source: str = "Le Test") -> Draft:
    """A draft whose header is claimed, as find_header leaves it."""
    draft = Draft.from_text("\n\n".join((source, TITLE, *blocks)), "test.txt")
    draft.lines[0].role, draft.lines[1].role = Role.SOURCE, Role.TITLE
    draft.found.source, draft.found.title = source, TITLE
    return draft


def role_of(draft: Draft, text: str) -> Role:
    return next(line.role for line in draft.lines if line.text == text)


def test_from_text_numbers_lines_and_blocks():
    draft = Draft.from_text("a\nb\n\n\nc", "x.txt", first_line=4)
    assert [(line.no, line.text, line.block, line.pos) for line in draft.lines] == [
        (4, "a", 0, 0),
        (5, "b", 0, 1),
        (8, "c", 1, 2),
    ]
    assert draft.found == Findings()


def test_run_records_the_step_on_each_claimed_line():
    draft = Draft.from_text("Le Test\n\nUn titre de test\n\n" + PARAGRAPH)
    draft.run(find_header)
    assert [(line.role, line.step) for line in draft.lines] == [
        (Role.SOURCE, "find_header"),
        (Role.TITLE, "find_header"),
        (Role.UNKNOWN, ""),
    ]
    assert draft.step == ""


def test_every_line_of_a_parsed_seed_names_its_step():
    draft, _front = read_draft(
        "\n\n".join(("Le Test", TITLE, "Par Jean Exemple", PARAGRAPH, PARAGRAPH_2))
    )
    names = {step.__name__ for step in STEPS}
    assert all(line.step in names for line in draft.lines)
    assert role_of(draft, "Par Jean Exemple") is Role.BYLINE


def test_find_header_alone():
    draft = Draft.from_text(
        "Le Test\nAccueil > Monde\n\nEXCLUSIF\n" + TITLE + "\n\n" + PARAGRAPH
    )
    find_header(draft)
    found = draft.found
    assert (found.source, found.breadcrumb, found.section) == (
        "Le Test",
        ("Monde",),
        "Monde",
    )
    assert (found.kicker, found.title, found.title_line) == ("EXCLUSIF", TITLE, 5)
    assert role_of(draft, "EXCLUSIF") is Role.KICKER


def test_drop_furniture_alone_claims_ui_lines_only():
    draft = titled("Partager sur Facebook\n3 min de lecture", PARAGRAPH)
    drop_furniture(draft)
    assert role_of(draft, "Partager sur Facebook") is Role.FURNITURE
    assert role_of(draft, "3 min de lecture") is Role.FURNITURE
    assert role_of(draft, PARAGRAPH) is Role.UNKNOWN


def test_join_fragments_alone_glues_a_split_sentence():
    draft = titled("Le rapport\n, opens new tab\nde la mairie est paru hier.")
    draft.lines[3].role = Role.FURNITURE  # as drop_furniture leaves it
    join_fragments(draft)
    assert draft.lines[2].text == "Le rapport de la mairie est paru hier."
    assert draft.lines[4].role is Role.JOINED


def test_drop_promo_blocks_alone_claims_a_labelled_box_as_box():
    draft = titled(
        PARAGRAPH, "À découvrir\nUn autre titre du test\nEncore un titre", PARAGRAPH_2
    )
    drop_promo_blocks(draft)
    assert role_of(draft, "À découvrir") is Role.BOX
    assert role_of(draft, "Encore un titre") is Role.BOX
    assert role_of(draft, PARAGRAPH_2) is Role.UNKNOWN


def test_drop_promo_blocks_alone_keeps_a_table_of_contents_items():
    draft = titled("Sommaire\nLes travaux\nLe budget", PARAGRAPH)
    drop_promo_blocks(draft)
    assert draft.found.toc == {"sommaire", "les travaux", "le budget"}


def test_find_photos_alone():
    draft = titled(
        "Le maire devant la halle, le 3 mai 2023 - Le Test", PARAGRAPH, PARAGRAPH_2
    )
    find_photos(draft)
    assert [(p.caption, p.credit) for p in draft.photos] == [
        ("Le maire devant la halle, le 3 mai 2023", "Le Test")
    ]
    assert role_of(draft, PARAGRAPH) is Role.UNKNOWN


def test_find_embeds_alone():
    post = "Quelle soirée au marché de Testville !"
    attribution = "— Jeanne Exemple (@jexemple) May 3, 2023"
    draft = titled(PARAGRAPH, post + "\n" + attribution, PARAGRAPH_2)
    find_embeds(draft)
    (embed,) = draft.found.embeds
    assert (embed.items, embed.attribution) == ((post,), attribution)
    assert role_of(draft, post) is Role.EMBED


def test_find_bylines_and_dates_alone():
    draft = titled("Par Jeanne Exemple\nPublié le 03/05/2023 à 10h25", PARAGRAPH)
    find_bylines_and_dates(draft)
    assert draft.found.header_authors == ["Jeanne Exemple"]
    assert draft.found.published.day == dt.date(2023, 5, 3)
    assert role_of(draft, "Par Jeanne Exemple") is Role.BYLINE
    assert role_of(draft, "Publié le 03/05/2023 à 10h25") is Role.DATE


def test_drop_signup_boxes_alone():
    draft = titled(
        PARAGRAPH,
        "La lettre du test\nVotre adresse email\nJe m'inscris",
        PARAGRAPH_2,
    )
    drop_signup_boxes(draft)
    assert {role_of(draft, t) for t in ("La lettre du test", "Je m'inscris")} == {
        Role.BOX
    }
    assert role_of(draft, PARAGRAPH_2) is Role.UNKNOWN


def test_credit_the_only_photo_alone():
    draft = titled(PARAGRAPH, PARAGRAPH_2, "Crédits photos : Le Test")
    draft.photos = [Photo("Le maire", None, None, 3), Photo(None, "Le Test", None, 9)]
    credit_the_only_photo(draft)
    assert draft.photos == [Photo("Le maire", "Le Test", None, 3)]
    draft.photos.append(Photo("La halle", None, None, 12))
    credit_the_only_photo(draft)  # two photos: whose credit it is is not said
    assert [photo.credit for photo in draft.photos] == ["Le Test", None]


def test_drop_related_lists_alone():
    listed = "\n".join(f"Un autre titre du test numéro {n}" for n in range(1, 4))
    draft = titled(listed, PARAGRAPH, PARAGRAPH_2)
    drop_related_lists(draft)
    assert role_of(draft, "Un autre titre du test numéro 2") is Role.BOX


def test_find_lede_alone():
    draft = titled(PARAGRAPH, PARAGRAPH_2, PARAGRAPH_2 + " Encore.")
    find_lede(draft)
    assert draft.found.lede == PARAGRAPH
    assert role_of(draft, PARAGRAPH) is Role.LEDE


def test_find_tail_alone_reads_the_signature():
    draft = titled(PARAGRAPH, PARAGRAPH_2, "J.E. avec AFP")
    find_tail(draft)
    assert (draft.found.signature_authors, draft.found.signature_agencies) == (
        ["J.E."],
        ["AFP"],
    )
    assert role_of(draft, "J.E. avec AFP") is Role.SIGNATURE


def test_find_tail_alone_ends_the_article_at_a_marker():
    teaser = "Un autre article du Test sur la halle"
    draft = titled(PARAGRAPH, PARAGRAPH_2, "Article suivant\n" + teaser)
    draft.lines[4].role = Role.FURNITURE  # as drop_furniture leaves it
    find_tail(draft)
    assert role_of(draft, teaser) is Role.END
    assert role_of(draft, PARAGRAPH_2) is Role.UNKNOWN


def test_classify_body_alone():
    draft = titled(PARAGRAPH, "Un budget voté", PARAGRAPH_2, TITLE)
    classify_body(draft)
    assert [line.role for line in draft.lines[2:]] == [
        Role.PARAGRAPH,
        Role.HEADING,
        Role.PARAGRAPH,
        Role.REPEAT,
    ]


def test_find_language_alone():
    draft = titled(PARAGRAPH)
    draft.lines[2].role = Role.PARAGRAPH
    draft.default_lang = "en"
    find_language(draft)
    assert draft.found.lang == "fr"


@pytest.fixture
def byline_seed() -> str:
    return "\n\n".join(
        (
            "Le Test",
            TITLE,
            "Le maire devant la halle - Le Test",
            "Par Jeanne Exemple",
            PARAGRAPH,
            "Partager sur Facebook",
            PARAGRAPH_2,
        )
    )


def test_explain_shows_each_line_with_role_and_step(byline_seed):
    report = explain(byline_seed, "seeds/test.txt").splitlines()
    assert report[0].split() == ["line", "role", "step", "text"]
    rows = {line.split(None, 3)[3]: line.split(None, 3)[:3] for line in report[1:8]}
    assert rows["Le maire devant la halle - Le Test"] == ["5", "photo", "find_photos"]
    assert rows["Par Jeanne Exemple"] == ["7", "byline", "find_bylines_and_dates"]
    assert rows["Partager sur Facebook"] == ["11", "furniture", "drop_furniture"]
    assert rows[PARAGRAPH_2] == ["13", "paragraph", "classify_body"]
    assert "  authors: Jeanne Exemple" in report
    assert "  caption: Le maire devant la halle" in report


def test_explain_never_prints_control_characters():
    report = explain(f"Le Test\n\n{TITLE}\n\n{PARAGRAPH}\x1b[2J", "seeds/x.txt")
    assert "\x1b" not in report


def test_explain_names_the_error_of_an_unusable_seed():
    report = explain("Le Test\n\nUn titre seul", "seeds/x.txt").splitlines()
    assert report[-1] == (
        "ERROR seeds/x.txt:3: only a headline: paste the article text under it"
    )
    assert report[2].split() == ["3", "title", "find_header", "Un", "titre", "seul"]
    assert explain("", "seeds/y.txt").startswith("ERROR seeds/y.txt:1: no text")


@pytest.mark.parametrize("name", ["halle.txt", "halle", "seeds/halle.txt"])
def test_invoke_seeds_explain(tmp_path, byline_seed, name):
    folder = make_project(tmp_path / "project", {"halle.txt": byline_seed}, None)
    result = run_invoke(folder, "seeds", "--explain", name)
    assert result.returncode == 0, result.stderr
    assert result.stdout == explain(byline_seed, "seeds/halle.txt") + "\n"
