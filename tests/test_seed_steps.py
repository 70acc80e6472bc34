"""Each parsing step on small synthetic pastes: what it claims and what it finds.

The pastes are made up for the tests, shaped like what outlets print.
"""

from __future__ import annotations

import datetime as dt

import pytest
from seed_support import PARAGRAPH, PARAGRAPH_2

from newsdigest.seeds.draft import Draft, Role
from newsdigest.seeds.errors import SeedError
from newsdigest.seeds.model import Kind
from newsdigest.seeds.parse import STEPS, ParseOptions, parse_seed


def roles(text: str, until: str | None = None) -> dict[str, Role]:
    """Run the steps (up to ``until``) and map each line's text to its role."""
    draft = Draft.from_text(text, "test.txt")
    for step in STEPS:
        draft.run(step)
        if step.__name__ == until:
            break
    return {line.text: line.role for line in draft.lines}


def paste(*blocks: str) -> str:
    return "\n\n".join(blocks)


def test_header_reads_source_section_and_title():
    seed = parse_seed(
        paste("Le Test\nAccueil > Monde > Europe", "Un titre de test", PARAGRAPH)
    )
    assert (seed.source, seed.section, seed.breadcrumb) == (
        "Le Test",
        "Europe",
        ("Monde", "Europe"),
    )
    assert seed.title == "Un titre de test"


def test_header_without_site_line_takes_the_first_line_as_title():
    seed = parse_seed(
        paste("Un long titre qui ressemble à un vrai titre de presse écrite", PARAGRAPH)
    )
    assert seed.source is None
    assert seed.title.startswith("Un long titre")
    assert any("not a site name" in str(p) for p in seed.problems)


def test_kicker_above_the_title():
    seed = parse_seed(
        paste(
            "Le Test",
            "EXCLUSIF\nLe maire de Testville annonce sa démission",
            PARAGRAPH,
            PARAGRAPH_2,
        )
    )
    assert seed.title == "Le maire de Testville annonce sa démission"
    assert seed.kicker == "EXCLUSIF"


@pytest.mark.parametrize(
    "line",
    [
        "Partager sur Facebook", "0 commentaire 12 partages", "Temps de lecture : 4 min",
        "Copier le lien", "Lire aussi : Un autre article du test", "Publicité",
        "Abonnez-vous", "Share this with Twitter", "5 Min Read", "Media playback is unsupported on your device",
        "Article réservé aux abonnés", "Publié il y a 3 heures, mis à jour à 09h42", "[Accueil]",
        "CLICK HERE TO GET THE TEST NEWS APP", "'TEST SHOW' STAR OPENS UP ABOUT SERIOUS HEALTH CONDITION",
    ],
)  # fmt: skip
def test_furniture_lines_are_dropped(line):
    found = roles(
        paste("Le Test", "Un titre de test", line, PARAGRAPH), until="drop_furniture"
    )
    assert found[line] is Role.FURNITURE
    assert found[PARAGRAPH] is Role.UNKNOWN


def test_inline_teaser_is_cut_and_the_sentence_kept():
    glued = f"{PARAGRAPH} À LIRE AUSSI Un autre sujet du testSon domicile a été perquisitionné."
    seed = parse_seed(paste("Le Test", "Un titre de test", glued, PARAGRAPH_2))
    assert seed.lede == f"{PARAGRAPH} Son domicile a été perquisitionné."


def test_newsletter_box_is_dropped_but_not_the_paragraph_after_it():
    box = paste(
        "La lettre du soir",
        "Recevez l'essentiel de l'actualité du Test.",
        "Votre adresse email",
        "En vous inscrivant, vous acceptez nos conditions.",
    )
    seed = parse_seed(paste("Le Test", "Un titre de test", PARAGRAPH, box, PARAGRAPH_2))
    texts = [e.text for e in seed.body] + [seed.lede]
    assert PARAGRAPH_2 in texts
    assert not any(
        "adresse" in (t or "") or "lettre du soir" in (t or "") for t in texts
    )


def test_headline_list_above_the_article_is_dropped():
    related = "\n".join(
        f"Un autre titre de test numéro {n} sur un sujet" for n in range(1, 6)
    )
    seed = parse_seed(
        paste(
            "Le Test",
            "Un titre de test",
            "Par Jean Exemple\nPublié le 03/05/2023",
            related,
            PARAGRAPH,
            PARAGRAPH_2,
        )
    )
    assert not any("numéro" in e.text for e in seed.body)


def test_photo_alt_then_caption_with_credit():
    seed = parse_seed(
        paste(
            "Le Test",
            "Un titre de test",
            "Deux ministres le 3 mai 2023",
            "Deux ministres le 3 mai 2023 - Le Test",
            PARAGRAPH,
            PARAGRAPH_2,
        )
    )
    photo = seed.main_photo
    assert (photo.caption, photo.credit, photo.alt) == (
        "Deux ministres le 3 mai 2023",
        "Le Test",
        "Deux ministres le 3 mai 2023",
    )
    assert "Deux ministres" not in " ".join(e.text for e in seed.body)


def test_photo_labelled_lines():
    seed = parse_seed(
        paste(
            "Test News",
            "A test headline for the page",
            PARAGRAPH,
            PARAGRAPH_2,
            "Image copyright EPA\nImage caption The minister spoke after the vote",
            PARAGRAPH_2,
        )
    )
    photo = seed.main_photo
    assert (photo.caption, photo.credit) == ("The minister spoke after the vote", "EPA")
    assert any(e.kind is Kind.PHOTO for e in seed.body)


def test_photo_credit_prefixed_alt_and_caption():
    seed = parse_seed(
        paste(
            "Test News",
            "A test headline for the page",
            PARAGRAPH,
            "EPA Two ministers\nEPA\nThe two ministers were criticised for the plan",
            PARAGRAPH_2,
        )
    )
    photo = seed.main_photo
    assert (photo.caption, photo.credit, photo.alt) == (
        "The two ministers were criticised for the plan",
        "EPA",
        "Two ministers",
    )


def test_caption_then_credit_line():
    seed = parse_seed(
        paste(
            "Test News",
            "A test headline for the page",
            PARAGRAPH,
            "This file photo shows the test building.\nTest Registry via AP",
            PARAGRAPH_2,
        )
    )
    assert (seed.main_photo.caption, seed.main_photo.credit) == (
        "This file photo shows the test building.",
        "Test Registry via AP",
    )


def test_repeated_captions_count_once():
    caption = "Une famille dans sa maison de Testville, avec ses enfants."
    seed = parse_seed(
        paste(
            "Le Test",
            "Un titre de test",
            f"{caption}\n{caption} | DR\nVoir en plein écran\nfermer\n{caption}\n{caption} | DR",
            PARAGRAPH,
            PARAGRAPH_2,
        )
    )
    assert len(seed.photos) == 1
    assert (seed.main_photo.caption, seed.main_photo.credit) == (caption, "DR")


def test_a_paragraph_ending_with_an_agency_signature_is_not_a_caption():
    seed = parse_seed(
        paste(
            "Test News",
            "A test headline for the page",
            PARAGRAPH,
            PARAGRAPH_2,
            "Reuters",
        )
    )
    assert seed.photos == ()
    assert seed.agencies == ("Reuters",)


def test_byline_and_date_lines_under_the_title():
    seed = parse_seed(
        paste(
            "Le Test",
            "Un titre de test\nPar Jean Exemple\nPublié le 03/05/2023 à 10h25",
            PARAGRAPH,
            PARAGRAPH_2,
        )
    )
    assert seed.authors == ("Jean Exemple",)
    assert seed.published.isoformat() == "2023-05-03T10:25:00+02:00"
    assert seed.date_origin == "byline"


def test_plain_name_next_to_a_date_is_a_byline():
    seed = parse_seed(
        paste(
            "Le Test",
            "Un titre de test",
            "Marie Test et Paul Exemple\nPublié le 02/11/23 à 16h33",
            PARAGRAPH,
            PARAGRAPH_2,
        )
    )
    assert seed.authors == ("Marie Test", "Paul Exemple")


def test_update_printed_without_time_is_not_before_publication():
    seed = parse_seed(
        paste(
            "Test News",
            "A test headline for the page",
            "Jane Example · Test News · Posted: Aug 08, 2024 4:00 AM EDT | Last Updated: August 8",
            PARAGRAPH,
            PARAGRAPH_2,
        )
    )
    assert seed.published.isoformat() == "2024-08-08T04:00:00-04:00"
    assert seed.modified is None


def test_lede_before_byline_and_kicker():
    seed = parse_seed(
        paste(
            "Le Test",
            "Un titre de test",
            "FOOTBALL Le club recherche un entraîneur étranger pour la saison...",
            "Jean Exemple\nPublié le 22/10/17 à 19h49",
            PARAGRAPH,
            PARAGRAPH_2,
        )
    )
    assert seed.lede == "Le club recherche un entraîneur étranger pour la saison..."
    assert (seed.kicker, seed.section) == ("FOOTBALL", "Football")


def test_dateline_paragraph_is_body_not_lede():
    seed = parse_seed(
        paste(
            "Test News",
            "A test headline for the page",
            "By Jane Example",
            f"TESTVILLE (Reuters) - {PARAGRAPH}",
            PARAGRAPH_2,
        )
    )
    assert seed.lede is None
    assert seed.body[0].text.startswith("TESTVILLE (Reuters) -")


def test_signature_notes_and_tags_at_the_end():
    end = paste(
        PARAGRAPH_2,
        "J.E avec AFP",
        "Reporting by Jane Example; Editing by Paul Sample",
        "Testville\nFootball",
    )
    seed = parse_seed(paste("Le Test", "Un titre de test", PARAGRAPH, end))
    assert (seed.authors, seed.agencies) == (("J.E",), ("AFP",))
    assert seed.notes == ("Reporting by Jane Example; Editing by Paul Sample",)
    assert seed.keywords == ("Testville", "Football")
    assert seed.body[-1].text == PARAGRAPH_2


def test_trailing_related_articles_are_cut():
    tail = paste(
        "Tags: test, exemple",
        "Article suivant Un autre titre du test\nLa suite d'un autre article du test…\n19/02/2020\n2 min lues",
    )
    seed = parse_seed(
        paste("Le Test", "Un titre de test", PARAGRAPH, PARAGRAPH_2, tail)
    )
    assert seed.body[-1].text == PARAGRAPH_2


def test_embedded_post_keeps_its_text_and_attribution_apart():
    tweet = "Victoire écrasante du @TestClub 23-22!"
    seed = parse_seed(
        paste(
            "Le Test",
            "Un titre de test",
            PARAGRAPH,
            tweet,
            "— Jean Exemple (@JExemple) October 20, 2017",
            PARAGRAPH_2,
        )
    )
    embed = next(e for e in seed.body if e.kind is Kind.EMBED)
    assert embed.items == (tweet,)
    assert embed.attribution == "— Jean Exemple (@JExemple) October 20, 2017"


def test_headings_lists_and_paragraphs():
    body = paste(
        PARAGRAPH,
        '"Nous discuterons de tout"',
        PARAGRAPH_2,
        "Les pièces demandées sont :",
        "masques\nblouses\ngants",
        ">> Une autre étape.",
        PARAGRAPH,
    )
    seed = parse_seed(
        paste(
            "Le Test",
            "Un titre de test",
            "Un chapô de test assez long pour être un vrai chapô de presse.",
            body,
        )
    )
    kinds = [(e.kind, e.text or e.items) for e in seed.body]
    assert (Kind.HEADING, '"Nous discuterons de tout"') in kinds
    assert (Kind.LIST, ("masques", "blouses", "gants")) in kinds
    assert (Kind.HEADING, "Une autre étape.") in kinds


def test_short_question_alone_is_a_heading():
    seed = parse_seed(
        paste(
            "Test News",
            "A test headline for the page",
            PARAGRAPH,
            "What did the prosecutors say about the case?",
            PARAGRAPH_2,
        )
    )
    heading = seed.body[0]
    assert heading.kind is Kind.HEADING
    assert heading.text == "What did the prosecutors say about the case?"


def test_text_date_resolved_with_weekday():
    seed = parse_seed(
        paste(
            "Le Test",
            "Un titre de test",
            "Deux ministres le 13 septembre 2023",
            "Deux ministres le 13 septembre 2023 - Le Test",
            "Ils se rencontrent ce mercredi à Testville, pour la première fois depuis longtemps.",
            PARAGRAPH,
        )
    )
    assert seed.published.date().isoformat() == "2023-09-13"
    assert seed.date_origin == "text"


def test_no_date_printed_takes_the_moment_the_seed_was_added():
    text = paste("Le Test", "Un titre de test", PARAGRAPH, PARAGRAPH_2)
    added = dt.datetime(2024, 3, 5, 11, 30, tzinfo=dt.UTC)
    seed = parse_seed(text, options=ParseOptions(added_at=added))
    assert seed.date_origin == "added"
    assert seed.published.isoformat() == "2024-03-05T12:30:00+01:00"
    assert seed.problems == ()
    alone = parse_seed(text)  # no ledger: no date at all, none invented
    assert (alone.published, alone.date_origin) == (None, "none")


def test_date_from_file_name_when_the_text_has_none():
    seed = parse_seed(
        paste("Le Test", "Un titre de test", PARAGRAPH, PARAGRAPH_2),
        "seeds/2023-05-04-test.txt",
    )
    assert seed.published.date().isoformat() == "2023-05-04"
    assert seed.date_origin == "file name"


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("", 1, "no text"),
        ("Le Test", 1, "only a headline"),
        ("Le Test\n\nUn titre seul", 3, "only a headline"),
        ("---\ntitle: [oops\n---\nLe Test\n\nTitre\n\nTexte.", 2, "not valid YAML"),
        ("---\ntitle: x\nLe Test", 1, "never closed"),
        ("---\n- a\n- b\n---\nLe Test\n\nTitre\n\nTexte.", 2, "key: value"),
        ("---\nstatus: bientôt\n---\nLe Test\n\nTitre\n\n" + PARAGRAPH, 2, "status"),
    ],
)
def test_unusable_seeds_raise_with_line(text, line, message):
    with pytest.raises(SeedError) as caught:
        parse_seed(text, "seeds/bad.txt")
    assert caught.value.problem.line == line
    assert message in caught.value.problem.message
    assert str(caught.value).startswith(f"seeds/bad.txt:{line}:")


def test_front_matter_overrides_and_checks_values():
    front = "---\ntitle: Titre corrigé\ndate: 2023-09-14 08:30\ntags: [Testville, Exemple]\nsource: Le Vrai Test\nurl: javascript:alert(1)\nslug: ../../etc\ncolor: bleu\n---\n"
    seed = parse_seed(
        front + paste("Le Test", "Un titre de test", PARAGRAPH, PARAGRAPH_2),
        "seeds/x.txt",
    )
    assert (seed.title, seed.source, seed.url) == (
        "Titre corrigé",
        "Le Vrai Test",
        None,
    )
    assert seed.published.isoformat() == "2023-09-14T08:30:00+02:00"
    assert seed.overrides["tags"] == ["Testville", "Exemple"]
    assert "slug" not in seed.overrides
    messages = [str(p) for p in seed.problems]
    assert any(m.startswith("seeds/x.txt:6: url:") for m in messages)
    assert any(m.startswith("seeds/x.txt:7: slug:") for m in messages)
    assert any("unknown front-matter key 'color'" in m for m in messages)


@pytest.mark.parametrize(
    ("value", "ok"), [("2023-09-14", True), ("demain", False), ("3", False)]
)
def test_front_matter_dates(value, ok):
    seed = parse_seed(
        f"---\ndate: {value}\n---\n"
        + paste("Le Test", "Un titre de test", PARAGRAPH, PARAGRAPH_2)
    )
    assert (seed.date_origin == "front matter") is ok
    assert any("date:" in str(p) for p in seed.problems) is not ok


@pytest.mark.parametrize(
    "variant",
    [
        pytest.param(lambda text: text, id="as pasted"),
        pytest.param(lambda text: text.replace("\n", "\r\n"), id="CRLF"),
        pytest.param(lambda text: text.replace("\n\n", "\n"), id="no blank lines"),
        pytest.param(lambda text: text.replace("\n", "\n\n"), id="double-spaced"),
    ],
)
def test_first_seed_reads_the_same_in_any_paste_spacing(first_seed_text, variant):
    from newsdigest.seeds.decode import decode_seed

    text, _ = decode_seed(variant(first_seed_text).encode(), "seed.txt")
    seed = parse_seed(text, "seed.txt")
    assert (seed.source, seed.section) == ("BFMTV", "Russie")
    assert seed.title.startswith("Vladimir Poutine laisse entendre")
    assert seed.lede.startswith("Le président russe rencontre")
    assert (seed.main_photo.caption, seed.main_photo.credit) == (
        "Vladimir Poutine et Kim Jong-un le 13 septembre 2023",
        "BFMTV",
    )
    assert (seed.authors, seed.agencies) == (("B.F",), ("AFP",))
    assert seed.published.date().isoformat() == "2023-09-13"
    assert [e.text for e in seed.body if e.kind is Kind.HEADING] == [
        '"Nous discuterons de tous les sujets"'
    ]


def test_bullet_list_is_article_text_not_a_related_list():
    body = paste(PARAGRAPH, "- 3 morts\n- 12 blessés\n- 40 évacués", PARAGRAPH_2)
    seed = parse_seed(paste("Le Test", "Un titre de test", "Par Jean Exemple", body))
    lists = [e.items for e in seed.body if e.kind is Kind.LIST]
    assert lists == [("3 morts", "12 blessés", "40 évacués")]
