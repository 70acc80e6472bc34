"""Furniture shapes seen on outlets the reader was not built on, in invented text.

Each test pastes a made-up article in the shape a page prints it and checks
that the furniture leaves the body while every sentence of the article stays.
"""

from __future__ import annotations

import pytest
from seed_support import PARAGRAPH, PARAGRAPH_2

from newsdigest.seeds.model import Kind, Seed
from newsdigest.seeds.parse import parse_seed

PARAGRAPH_3 = (
    "Le chantier a été confié à une entreprise de la région, qui emploiera une "
    "quarantaine de personnes pendant toute la durée des travaux."
)
PARAGRAPH_4 = (
    "Les commerçants du marché seront relogés sous des tentes sur la place de "
    "l'église, où un parking provisoire sera aussi aménagé."
)


def paste(*blocks: str) -> str:
    return "\n\n".join(("Le Test", "La halle de Testville rouvrira en 2027", *blocks))


def texts(seed: Seed) -> list[str]:
    """The lede and every text of the body, in order."""
    out = [seed.lede or ""]
    for element in seed.body:
        out.append(element.text)
        out.extend(element.items)
    return [text for text in out if text]


def assert_article_intact(seed: Seed) -> None:
    body = " ".join(texts(seed))
    for paragraph in (PARAGRAPH, PARAGRAPH_2, PARAGRAPH_3, PARAGRAPH_4):
        assert paragraph in body


@pytest.mark.parametrize(
    "line",
    [
        "Lire aussi\u00a0: Le marché de Testville en fête",
        "Lire l'entretien : « La halle est un symbole »",
        "À lire aussiLe marché de Testville en fête",
        "FacebookTwitterFlipboardSendLinkedinMessenger",
        "Partager Discussion",
        "Facebook   Twitter   Flipboard   Send",
        "Imprimer cet articleImprimer",
        "Copy Link URLCopied!",
        "cancel email link share Share bookmark Save",
        "Partagez via Facebook (Fenêtre modale)",
        "Activer l’option d’impression du navigateur",
        "阅读简体中文版閱讀繁體中文版",
        "Play / pause",
        "< previous",
        "Durée de l'audio 3:12",
        "JPEG - 88.4 ko",
        "View all (14)",
        "3 of 9 |",
        "Télécharger au format PDF",
        "STORY CONTINUES BELOW ADVERTISEMENT",
        "Don't want to see this? Remove ads",
        "Il vous reste 64.2% de cet article à lire. La suite est réservée aux abonnés.",
        "Prenez note que cet article publié en 2016 pourrait contenir des "
        "informations qui ne sont plus à jour.",
        "Signaler une erreur",
        "42 recommandés",
        "Vos réactions (7)",
        "En partenariat avec La Fondation du Test",
        "KEY POINTS",
        "Le feuilleton de la halledossier",
        "Lecture en 3 min.",
        "Lire aussiLe marché de Testville en fête",
        "Go deeper: The market halls of Testland, in numbers",
        "Pour lire la suite, profitez de notre offre découverte",
        "Copyright 2031 Test Media Inc. All rights reserved. This material may not "
        "be published, broadcast, rewritten, or redistributed.",
        "hide caption",
        "toggle caption",
        "Listen · 3:45",
        "3-Minute Listen",
        "View comments",
        "Your browser does not support the <audio> element.",
        "If you buy something from a Test link, Test Media may earn a commission. "
        "See our ethics statement.",
        "Do you have a tip on a story that Le Test should be covering? Let us know "
        "via tips@test.example.",
        "Republish this article",
        "Copyright ©2031 Test & Company, Inc. All Rights Reserved. 87990cbe856818d5",
        "Copyright The Test Limited 2031. All rights reserved.",
        "Listen to this story.",
        # general forms of lines a single dev paste printed
        "Media playback is not supported on your device",
        "These links will open in a new window",
        "Close share panel",
        "Show more sharing options",
        "I'd like to receive offers from Le Test's partners",
        "Get breaking news alerts on your phone",
        "Thanks for signing up!",
        "Découvrez toutes nos newsletters",
        "Buy reprint rights",
        "Copier/coller le lien de la vidéo",
        "Spotted a typo? Let us know",
        "This story was published in 2019 and may contain outdated information.",
        "Save this story for later",
        "(Interactive: the market hall in numbers)",
        # photo galleries and author follow buttons
        "View gallery",
        "Voir la galerie (12 photos)",
        "See all 14 photos",
        "Follow him on Bluesky @joetrial",
        "Suivez-le sur X",
    ],
)  # fmt: skip
def test_interface_lines_leave_the_body(line):
    seed = parse_seed(paste(PARAGRAPH, line, PARAGRAPH_2, PARAGRAPH_3, PARAGRAPH_4))
    assert line not in " ".join(texts(seed))
    assert_article_intact(seed)


def test_a_line_of_ordinary_words_is_not_interface():
    line = "Partager la halle avec les voisins"
    seed = parse_seed(paste(PARAGRAPH, line, PARAGRAPH_2, PARAGRAPH_3))
    assert line in texts(seed)


def test_caps_intertitles_stay_when_the_article_prints_short_ones():
    long_caps = "LES COMMERÇANTS DU MARCHÉ ATTENDENT LA RÉOUVERTURE"
    seed = parse_seed(
        paste(
            PARAGRAPH, "UN CHANTIER", PARAGRAPH_2, long_caps, PARAGRAPH_3, PARAGRAPH_4
        )
    )
    headings = [e.text for e in seed.body if e.kind is Kind.HEADING]
    assert headings == ["UN CHANTIER", long_caps]


def test_caps_teasers_leave_when_the_article_has_no_caps_intertitles():
    teaser = "TESTVILLE MAYOR OPENS UP ABOUT HIS SERIOUS HEALTH CONDITION"
    seed = parse_seed(paste(PARAGRAPH, teaser, PARAGRAPH_2, PARAGRAPH_3))
    assert teaser not in texts(seed)


def test_a_clip_title_around_its_running_time_leaves():
    clip = "Firefighters search the old market hall of Testville – video"
    seed = parse_seed(
        paste(PARAGRAPH, f"{clip}\n00:01:49\n{clip}", PARAGRAPH_2, PARAGRAPH_3)
    )
    assert clip not in " ".join(texts(seed))
    assert PARAGRAPH_2 in texts(seed)


def test_everything_between_skip_links_of_a_promotion_leaves():
    promotion = "\n".join(
        (
            "skip past newsletter promotion",
            "Sign up to Testville Weekly",
            "The most pressing stories of the market hall, delivered every Friday, "
            "with a long privacy notice that reads like a sentence of prose.",
            "after newsletter promotion",
        )
    )
    seed = parse_seed(paste(PARAGRAPH, PARAGRAPH_2, promotion, PARAGRAPH_3))
    assert "Testville Weekly" not in " ".join(texts(seed))
    assert "privacy notice" not in " ".join(texts(seed))
    assert PARAGRAPH_3 in texts(seed)


def test_cards_printed_twice_leave_with_their_summary():
    card = "\n".join(
        (
            "Column: The market hall of Testville was a bargain",
            "Column: The market hall of Testville was a bargain",
        )
    )
    labelled = "\n".join(
        (
            "Business",
            "Testville's grocers found a new home under tents",
            "Business",
            "Testville's grocers found a new home under tents",
            "The grocers of the market hall moved to the church square this week.",
        )
    )
    seed = parse_seed(paste(PARAGRAPH, card, PARAGRAPH_2, labelled, PARAGRAPH_3))
    body = " ".join(texts(seed))
    assert "bargain" not in body
    assert "grocers" not in body
    assert texts(seed) == [PARAGRAPH, PARAGRAPH_2, PARAGRAPH_3]


def test_last_line_of_a_related_list_is_an_intertitle_only_when_shorter():
    related = "\n".join(
        (
            "Testville's mayor asks the region to pay for the new roof",
            "Three stalls closed after the storm of last winter in Testville",
        )
    )
    seed = parse_seed(
        paste(PARAGRAPH, PARAGRAPH_2, related + "\nUn toit neuf", PARAGRAPH_3)
    )
    assert [e.text for e in seed.body if e.kind is Kind.HEADING] == ["Un toit neuf"]
    seed = parse_seed(
        paste(
            PARAGRAPH,
            PARAGRAPH_2,
            related + "\nWhy the market hall of Testville closed its doors two "
            "years ago and never opened them again",
            PARAGRAPH_3,
        )
    )
    assert not any(e.kind is Kind.HEADING for e in seed.body)
    assert "Testville's mayor" not in " ".join(texts(seed))


def test_a_box_label_inside_a_block_takes_the_short_lines_under_it():
    header = "\n".join(
        (
            PARAGRAPH,
            "Sur le même sujet",
            "Reportage",
            "A Testville, les commerçants sous la tente",
            "Par Jeanne Exemple",
        )
    )
    seed = parse_seed(paste(header, PARAGRAPH_2, PARAGRAPH_3))
    body = " ".join(texts(seed))
    assert "sous la tente" not in body
    assert seed.authors == ()
    assert texts(seed) == [PARAGRAPH, PARAGRAPH_2, PARAGRAPH_3]


def test_photos_after_the_end_of_the_article_are_other_articles_cards():
    cards = "\n".join(
        (
            "Sur le même thème",
            "Le maire de Testville inaugure le marché",
            "Le maire de Testville inaugure le marché - Le Test",
        )
    )
    seed = parse_seed(paste(PARAGRAPH, PARAGRAPH_2, PARAGRAPH_3, cards))
    assert seed.photos == ()
    assert texts(seed) == [PARAGRAPH, PARAGRAPH_2, PARAGRAPH_3]


def test_a_caption_with_its_credit_after_a_comma():
    photo = "Le maire Jean Exemple, photo: Archives de la Mairie de Testville"
    seed = parse_seed(paste(PARAGRAPH, photo, PARAGRAPH_2, PARAGRAPH_3))
    assert (seed.main_photo.caption, seed.main_photo.credit) == (
        "Le maire Jean Exemple",
        "Archives de la Mairie de Testville",
    )


@pytest.mark.parametrize(
    "label",
    ["Read more:", "RELATED...", "À lire aussi", "Recommended", "The Morning Brief"],
)
def test_a_box_label_with_a_colon_or_dots_takes_its_headlines(label):
    box = f"{label}\nLe marché de Testville en fête\nLa halle accueille un concert"
    seed = parse_seed(paste(PARAGRAPH, box, PARAGRAPH_2, PARAGRAPH_3, PARAGRAPH_4))
    assert "Le marché de Testville en fête" not in " ".join(texts(seed))
    assert "La halle accueille un concert" not in " ".join(texts(seed))
    assert_article_intact(seed)


@pytest.mark.parametrize(
    "note",
    [
        "Write to Jane Sample at jane.sample@test.example.",
        "This article appears in the April 2031 print edition with the headline "
        "“The Hall.”",
        "Write to Jane Sample at jane@test.example and Joe Trial at joe@test.example",
        "Edited by: Joe Trial",
    ],
)
def test_notes_at_the_end_leave_the_body(note):
    seed = parse_seed(paste(PARAGRAPH, PARAGRAPH_2, PARAGRAPH_3, PARAGRAPH_4, note))
    assert seed.notes == (note,)
    assert_article_intact(seed)


def test_the_articles_audio_player_is_no_box_label():
    caption = "La halle de Testville au petit matin. ©Belga"
    text = paste("Par Jeanne Exemple", f"Écouter l'article\n{caption}", PARAGRAPH)
    seed = parse_seed(text + "\n\n" + PARAGRAPH_2)
    assert seed.main_photo.credit == "Belga"


def test_a_disclosure_statement_ends_the_article():
    disclosure = (
        "Disclosure statement\nJeanne Exemple does not work for, consult, own "
        "shares in or receive funding from any company that would benefit from it."
    )
    seed = parse_seed(paste(PARAGRAPH, PARAGRAPH_2, PARAGRAPH_3, disclosure))
    assert "does not work for" not in " ".join(texts(seed))


@pytest.mark.parametrize(
    "notice",
    [
        "By signing up, you agree to our Privacy Policy and Terms of Service. You "
        "may unsubscribe from these e-mails at any time, and we will never share "
        "your address with anyone else, not even our partners.",
        "Vos données personnelles sont traitées par Le Test pour vous adresser la "
        "newsletter. Vous pouvez vous désinscrire à tout moment, conformément à "
        "notre politique de confidentialité.",
    ],
)
def test_a_consent_notice_leaves_with_its_box(notice):
    seed = parse_seed(paste(PARAGRAPH, PARAGRAPH_2, notice, PARAGRAPH_3, PARAGRAPH_4))
    assert notice not in texts(seed)
    assert_article_intact(seed)


def test_an_article_about_a_privacy_policy_keeps_its_sentences():
    line = (
        "Testcorp changed its privacy policy on Monday and sent an e-mail to its "
        "subscribers, who have until June to object, the company said."
    )
    seed = parse_seed(paste(PARAGRAPH, line, PARAGRAPH_2, PARAGRAPH_3))
    assert line in texts(seed)


def test_a_language_menu_entry_leaves_but_a_quotation_in_its_script_stays():
    quotation = "«Мы откроем рынок весной», сказал мэр."
    seed = parse_seed(paste(PARAGRAPH, "Русский", quotation, PARAGRAPH_2, PARAGRAPH_3))
    assert "Русский" not in " ".join(texts(seed))
    assert quotation in texts(seed)


@pytest.mark.parametrize(
    "box",
    [
        "Get the Testville briefing\nThe day's top stories, delivered to your inbox "
        "every morning.\nSign up",
        "L'essentiel du matin\nLes informations du jour dans votre boîte mail, "
        "chaque matin.\nJe m'inscris",
    ],
)
def test_a_newsletter_box_pitched_to_your_inbox_leaves_whole(box):
    seed = parse_seed(paste(PARAGRAPH, PARAGRAPH_2, box, PARAGRAPH_3, PARAGRAPH_4))
    assert_article_intact(seed)
    assert texts(seed) == [PARAGRAPH, PARAGRAPH_2, PARAGRAPH_3, PARAGRAPH_4]


@pytest.mark.parametrize(
    "notices",
    [
        "La suite est réservée aux abonnés. Déjà abonné ? Se connecter",
        "Article réservé aux abonnés. Partager",
    ],
)
def test_several_notices_on_one_line_leave(notices):
    seed = parse_seed(paste(PARAGRAPH, PARAGRAPH_2, notices, PARAGRAPH_3, PARAGRAPH_4))
    assert texts(seed) == [PARAGRAPH, PARAGRAPH_2, PARAGRAPH_3, PARAGRAPH_4]


def test_a_sentence_with_one_notice_in_it_stays():
    line = "La suite est réservée aux abonnés. Le maire l'a regretté mardi soir."
    seed = parse_seed(paste(PARAGRAPH, PARAGRAPH_2, line, PARAGRAPH_3, PARAGRAPH_4))
    assert line in texts(seed)


@pytest.mark.parametrize(
    ("bio", "follow"),
    [
        (
            "Jane Sample is a staff writer covering city hall for The Test.",
            "Follow her on X @janesample.",
        ),
        (
            "Jeanne Exemple est journaliste au service Société du Test.",
            "Suivez-la sur Bluesky",
        ),
    ],
)
def test_the_authors_bio_under_the_article_is_a_note(bio, follow):
    name = " ".join(bio.split()[:2])
    seed = parse_seed(
        paste(f"Par {name}\n12 mars 2031", PARAGRAPH, PARAGRAPH_2, f"{bio}\n{follow}")
    )
    assert texts(seed) == [PARAGRAPH, PARAGRAPH_2]
    assert seed.notes == (bio,)


def test_a_sentence_about_someone_else_under_the_article_stays():
    last = "Paul Essai est le maire de Testville depuis 2020."
    seed = parse_seed(paste("Par Jeanne Exemple\n12 mars 2031", PARAGRAPH, last))
    assert texts(seed)[-1] == last
    assert seed.notes == ()
