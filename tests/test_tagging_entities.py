"""Issue 13's rules, one test each, on invented articles (no model: the model's
spans and labels are given by the test)."""

from __future__ import annotations

import json

import pytest
from test_tagging_rules import spans_of

from newsdigest.tagging.cache import Span
from newsdigest.tagging.lexicon import Lexicon
from newsdigest.tagging.names import tag_slug
from newsdigest.tagging.reading import ReadTagger
from newsdigest.tagging.setup import tagging_fingerprint
from newsdigest.tagging.sitewide import SiteTags
from newsdigest.tagging.tagger import Tagger
from newsdigest.tagging.taxonomy import parse_taxonomy
from newsdigest.tagging.text import article_text
from newsdigest.tagging.vocabulary import vocabulary

TAXONOMY = parse_taxonomy(
    """
tags:
  - name: Quimbose
    kind: thème
    aliases: [quimbose, quimbosis]
"""
)


def tags(title, body, spans=(), lang="fr", *, lede=None, caption=None, **options):
    """The tag names and kinds the tagger gives an invented article."""
    doc = article_text(title, lede, caption, body)
    found = spans_of(doc.text, *spans)
    result = Tagger(vocabulary(), TAXONOMY, 12, 2.0).tag(doc, lang, found, **options)
    return [(choice.name, choice.kind) for choice in result.tags]


def names(*args, **kwargs):
    return [name for name, _ in tags(*args, **kwargs)]


def judged(title, body, once=None, spans=(), lang="fr"):
    """The article's text and the tagger's verdicts; the model labels every
    place of ``spans`` and, with ``once`` (surface, label, context), only the
    surface where the text first writes the context."""
    doc = article_text(title, None, None, body)
    found = spans_of(doc.text, *spans)
    if once is not None:
        surface, label, context = once
        start = doc.text.index(context) + context.index(surface)
        found = sorted([*found, Span(start, start + len(surface), label)])
    return doc, Tagger(vocabulary(), TAXONOMY, 12, 2.0).judge(doc, lang, found)


def test_a_short_form_joins_the_full_name_the_article_gives():
    body = (
        "<p>L'Assemblée zorbanienne a voté la loi. Le texte revient devant "
        "l'Assemblée mardi, et l'Assemblée tranchera.</p>"
    )
    spans = [("Assemblée zorbanienne", "ORG"), ("Assemblée", "ORG")]
    assert names("Vote à Quimbec", body, spans) == ["Assemblée zorbanienne"]


def test_a_place_does_not_join_a_longer_place():
    body = (
        "<p>Quimbec grandit. Quimbec City aussi : à Quimbec, les maires de "
        "Quimbec City se parlent, et Quimbec City vote.</p>"
    )
    spans = [("Quimbec City", "LOC"), ("Quimbec", "LOC")]
    assert sorted(names("Deux villes", body, spans)) == ["Quimbec", "Quimbec City"]


@pytest.mark.parametrize(
    ("body", "spans", "expected"),
    [
        # Middle words left out: the same name.
        (
            "<p>Quimby Global Capital bought papers. Later Quimby Capital sold "
            "them, and Quimby Capital bought more.</p>",
            [("Quimby Global Capital", "ORG"), ("Quimby Capital", "PER")],
            ["Quimby Global Capital"],
        ),
        # A short form and the longer name ending with an organisation's head.
        (
            "<p>Zorblanc Investment Group runs it. Zorblanc sold, Zorblanc bought.</p>",
            [("Zorblanc Investment Group", "ORG")],
            ["Zorblanc Investment Group"],
        ),
        # One word of a hyphenated compound is no short form of it.
        (
            "<p>The Zorblanc-Quimbo merger closed. Quimbo Media grew; Quimbo "
            "bought Zorblanc, and Quimbo sold Zorblanc.</p>",
            [("Quimbo Media", "ORG"), ("Zorblanc", "ORG")],
            ["Quimbo Media", "Zorblanc"],
        ),
        # Of two longer names, the one it is the head of ("the Quimbodrome"),
        # not an organisation named after it ("Quimbodrome Commission").
        (
            "<p>The Old Zorbec Quimbodrome opened. The Quimbodrome Commission "
            "met at the Quimbodrome, and the Quimbodrome grew.</p>",
            [("Old Zorbec Quimbodrome", "LOC"), ("Quimbodrome Commission", "ORG")],
            ["Old Zorbec Quimbodrome"],
        ),
    ],
)
def test_a_short_form_joins_the_longer_name_it_stands_for(body, spans, expected):
    assert names("Deal done", body, spans, lang="en")[: len(expected)] == expected


def test_a_name_with_or_without_its_capitalised_article_is_one_tag():
    body = (
        "<p>Judges met at The Zorbaniad. The Zorbaniad rules; lawyers in the "
        "Zorbaniad agree.</p>"
    )
    assert names("Ruling", body, [("Zorbaniad", "LOC")], lang="en") == ["The Zorbaniad"]


def test_of_several_full_names_a_short_form_joins_the_one_the_vocabulary_knows():
    body = (
        "<p>La Commission européenne a parlé. La Commission Quimby, puis la "
        "Commission zorbanienne, ont suivi ; la Commission a tranché.</p>"
    )
    spans = [
        ("Commission européenne", "ORG"),
        ("Commission Quimby", "ORG"),
        ("Commission zorbanienne", "ORG"),
        ("Commission", "ORG"),
    ]
    assert names("Vote", body, spans)[0] == "Commission européenne"
    assert "Commission" not in names("Vote", body, spans)


def test_a_place_written_as_one_does_not_join_an_organisation_named_after_it():
    body = (
        "<p>A girl from Quimbec was found in Quimbec. The Quimbec Police "
        "Department said the Quimbec Police Department will speak in Quimbec.</p>"
    )
    spans = [("Quimbec Police Department", "ORG"), ("Quimbec", "LOC")]
    assert sorted(names("Found", body, spans, lang="en")) == [
        "Quimbec",
        "Quimbec Police Department",
    ]


def test_an_acronym_in_brackets_joins_the_name_before_it():
    body = (
        "<p>L'Office zorbanien des forêts (OZF) a parlé. Selon l'OZF, tout va "
        "bien, et l'OZF le redit.</p>"
    )
    spans = [("Office zorbanien des forêts", "ORG"), ("OZF", "ORG")]
    assert names("Forêts", body, spans) == ["Office zorbanien des forêts"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A peer is named "Lord X" when the article gives no full name.
        (
            "<p>Lord Quimby gave gifts. Critics asked Lord Quimby why.</p>",
            ["Lord Quimby"],
        ),
        # "Sir Alfred" is short for the full name the article gives.
        (
            "<p>Sir Alfred Quimby spoke. Later Sir Alfred said no, and Sir "
            "Alfred left.</p>",
            ["Alfred Quimby"],
        ),
    ],
)
def test_a_peers_honorific_stays_only_when_one_word_would_be_left(body, expected):
    assert names("Gifts row", body, lang="en") == expected


def test_a_company_drops_its_legal_form():
    body = "<p>Zorblanc Co sold jets. Zorblanc Co said more jets will come.</p>"
    assert tags("Jets", body, [("Zorblanc Co", "ORG")], lang="en") == [
        ("Zorblanc", "organisation")
    ]


def test_the_kind_of_a_one_word_name_comes_before_the_one_word_rule():
    # "the X": a thing, not a person known by one word.
    body = "<p>They fired the Quimbatron. The Quimbatron flew far.</p>"
    assert tags("Launch", body, [("Quimbatron", "PER")], lang="en") == [
        ("Quimbatron", "thème")
    ]
    # Written in lower case too: a thing, a common word unless the headline's
    # subject.
    body = "<p>Quimbatron rose. Buying quimbatron is risky, Quimbatron fell.</p>"
    doc = article_text("Markets", None, None, body)
    tagger = Tagger(vocabulary(), TAXONOMY, 12, 2.0)
    verdicts = tagger.judge(doc, "en", spans_of(doc.text, ("Quimbatron", "PER")))
    [verdict] = [v for v in verdicts if v.entity.name == "Quimbatron"]
    assert (verdict.entity.kind, verdict.reason) == ("thème", "common_word")


def test_a_common_phrase_capitalised_only_at_sentence_starts_is_no_name():
    body = (
        "<p>Annexe : Part des zorbaniens dans les revues.</p><p>Part des "
        "zorbaniens dans les revues, selon Alma Quimby. Alma Quimby "
        "compte.</p><p>Part des zorbaniens : 3 %.</p>"
    )
    spans = [("Part des zorbaniens", "ORG"), ("Alma Quimby", "PER")]
    assert names("Les revues", body, spans) == ["Alma Quimby"]


def test_a_shouted_short_form_does_not_save_a_phrase_at_line_starts():
    body = (
        "<p>Réunion de quartier pour le collectif Zorb - 3 mai.</p>"
        "<h2>LE QUARTIER : UNE FORCE ?</h2><p>Alma Quimby parle. Alma "
        "Quimby répond.</p>"
    )
    spans = [
        ("Réunion de quartier", "ORG"),
        ("QUARTIER", "ORG"),
        ("Alma Quimby", "PER"),
    ]
    assert names("Les voisins", body, spans) == ["Alma Quimby"]


def test_holidays_are_dates_not_tags_but_a_surname_stays():
    body = (
        "<p>Before Christmas, the Post Labor Day sprint ends. Post Labor Day "
        "polls and Christmas sales wait, Tova Noël says; Noël adds more.</p>"
    )
    spans = [("Tova Noël", "PER"), ("Noël", "PER"), ("Christmas", "MISC")]
    spans += [("Post Labor Day", "MISC")]

    def labels(found: list[str]) -> list[str]:
        return ["PER" if "Noël" in name else "MISC" for name in found]

    found = names("Christmas sprint", body, spans, lang="en", labels=labels)
    assert found == ["Tova Noël"]


def test_an_age_after_a_name_says_it_is_a_person():
    body = (
        "<p>Zora Quimby, 37 ans, vit à Zorblanc avec Léo (5 ans). Léo dort, "
        "et Zora Quimby veille ; Léo joue.</p>"
    )
    spans = [("Zora Quimby", "LOC"), ("Léo", "LOC"), ("Zorblanc", "LOC")]
    found = tags("Une famille", body, spans)
    assert ("Zora Quimby", "personne") in found
    assert "Léo" not in [name for name, _ in found]  # one word: a first name


@pytest.mark.parametrize(
    "body",
    [
        # a photo credit ending a paragraph
        "<p>Zorblanc opened. AP Photo/Alice Quimby</p><p>Zorblanc closed. "
        "AP Photo/Alice Quimby</p>",
        # a byline left in the body
        "<p>Par Alice Quimby, correspondante à Zorblanc</p><p>Zorblanc ferme. "
        "Alice Quimby</p>",
        # a contact box
        "<p>Write to Alice Quimby at alice@example.org about Alice Quimby.</p>"
        "<p>Zorblanc closed, Zorblanc said.</p>",
    ],
)
def test_names_in_credits_bylines_and_contact_boxes_are_no_tags(body):
    spans = [("Alice Quimby", "PER"), ("Zorblanc", "LOC")]
    assert "Alice Quimby" not in names("Zorblanc ferme", body, spans)


def test_a_photographer_named_in_credits_and_in_passing_is_no_tag():
    told = (
        "<p>Zorblanc voted. Residents told videographer Alice Quimby they were "
        "glad.</p><p>Zorblanc counts, and Alice Quimby films.</p>"
    )
    credits = "<p>A voter in Zorblanc. Alice Quimby/QTV</p>"
    spans = [("Alice Quimby", "PER"), ("Zorblanc", "LOC")]
    assert "Alice Quimby" in names("Zorblanc votes", told, spans, lang="en")
    assert "Alice Quimby" not in names(
        "Zorblanc votes", told + credits, spans, lang="en"
    )


def test_a_place_named_only_in_a_dateline_or_a_caption_is_no_tag():
    body = "<p>QUIMBEC (AFP) - Le pont ferme. Le pont rouvrira, dit-on.</p>"
    caption = "Zorblanc, le 3 mai. Zorblanc encore."
    spans = [("QUIMBEC", "LOC"), ("Zorblanc", "LOC")]
    assert names("Le pont ferme", body, spans, caption=caption) == []
    body = (
        "<p>QUIMBEC (AFP) - Le pont de Quimbec ferme. Quimbec attend, "
        "et Quimbec proteste.</p>"
    )
    assert names("Le pont ferme", body, [("Quimbec", "LOC")]) == ["Quimbec"]


def test_a_name_said_once_in_passing_is_no_tag_but_once_in_the_title_is():
    body = "<p>Le maire a parlé avec Alice Quimby hier. Rien de plus.</p>"
    spans = [("Alice Quimby", "PER")]
    assert names("Le maire parle", body, spans) == []
    assert names("Alice Quimby au conseil", body, spans) == ["Alice Quimby"]


@pytest.mark.parametrize(
    ("lede", "tagged"),
    [
        # The lede names a person in full, once: the article is about them.
        ("L'équipe d'Alice Quimby a fermé le pont de Zorblanc.", ["Alice Quimby"]),
        # A surname alone once in the lede says too little.
        ("L'équipe de Quimby a fermé le pont de Zorblanc.", []),
        # After the lede's first sentence, a name said once is in passing.
        ("Le pont de Zorblanc a fermé. L'équipe d'Alice Quimby le dit.", []),
    ],
)
def test_a_person_named_in_full_once_in_the_lede_is_a_tag(lede, tagged):
    body = "<p>Le pont ferme. Les voisins protestent.</p>"
    spans = [("Alice Quimby", "PER"), ("Quimby", "PER")]
    found = names("Le pont ferme", body, spans, lede=lede)
    assert [n for n in found if "Quimby" in n] == tagged
    found = names("Le pont ferme", body, spans, lede=lede, authors=["Alice Quimby"])
    assert "Alice Quimby" not in found  # the author, not the subject


def test_a_parenthesised_video_credit_names_no_tag():
    lede = "Voters in Zorblanc queue, and polls close early. (QP Video by Ann Vell)"
    body = "<p>Polls in Zorblanc close. Voters in Zorblanc wait.</p>"
    spans = [("Ann Vell", "PER"), ("Zorblanc", "LOC")]
    assert names("Zorblanc votes", body, spans, lang="en", lede=lede) == ["Zorblanc"]
    lede = "Voters in Zorblanc queue, and Ann Vell films them."
    assert "Ann Vell" in names("Zorblanc votes", body, spans, lang="en", lede=lede)


@pytest.mark.parametrize(
    ("caption", "name"),
    [
        ("Sir Jo Quimby and his wife, Ann", "Ann Quimby"),
        # Her first name with a surname after it is someone else's name.
        ("Sir Jo Quimby and his wife, Ann Vell", "Lady Quimby"),
        (None, "Lady Quimby"),
    ],
)
def test_a_peeress_is_tagged_under_the_full_name_of_the_wife_the_text_gives(
    caption, name
):
    body = "<p>The donor met Lady Quimby, and Lady Quimby thanked him.</p>"
    found = names("A gown", body, (), lang="en", caption=caption)
    assert name in found
    assert {"Ann Quimby", "Lady Quimby"} - {name} & set(found) == set()


def test_an_author_named_in_the_title_is_the_articles_subject():
    body = "<p>Alice Quimby a démissionné. Alice Quimby part.</p>"
    spans = [("Alice Quimby", "PER")]
    assert names("Le départ", body, spans, authors=["Alice Quimby"]) == []
    assert names("Alice Quimby s'en va", body, spans, authors=["Alice Quimby"]) == [
        "Alice Quimby"
    ]


def test_the_models_misc_spans_that_read_as_subjects_are_themes():
    body = (
        "<p>La Quimbose gagne. Les hôpitaux et la Quimbose. POINT SUR LA "
        "SITUATION ici, POINT SUR LA SITUATION là.</p>"
    )
    spans = [("Quimbose", "MISC"), ("POINT SUR LA SITUATION", "MISC")]
    assert tags("Épidémie", body, spans) == [("Quimbose", "thème")]


def test_the_headlines_subject_is_a_theme_when_the_article_keeps_writing_it():
    title = "Le zorbanate : une enquête sur la maison"
    body = (
        "<p>Le zorbanate inquiète. Des traces de zorbanate partout, dans chaque "
        "maison. Le zorbanate, encore ; la maison, toujours.</p>"
    )
    assert tags(title, body) == [("Zorbanate", "thème")]


@pytest.mark.parametrize(("repeats", "expected"), [(5, ["Quimbazole"]), (4, [])])
def test_a_rare_word_of_the_lede_the_body_keeps_writing_is_a_theme(repeats, expected):
    lede = "Une rumeur sur le quimbazole a couru."
    body = "".join(f"<p>Le quimbazole, phrase {n}.</p>" for n in range(repeats))
    assert names("Comment une rumeur devient réalité", body, lede=lede) == expected


def test_a_law_the_headline_names_is_a_theme_when_the_article_comes_back_to_it():
    title = "Le projet de loi sur le quimbage adopté à l'Assemblée"
    body = "<p>La loi sur le quimbage passe. Le texte sera promulgué en mai.</p>"
    assert ("Loi sur le quimbage", "thème") in tags(title, body)
    assert tags(title, "<p>Vote final en mai.</p>") == []


def test_a_quoted_title_keeps_its_small_words():
    title = "Alma Quimby leaves 'Singing with the Zorbs'"
    body = (
        "<p>Alma Quimby has left “Singing with the Zorbs.” The Zorbs were "
        "sad, and Alma Quimby said so.</p>"
    )
    found = names(title, body, [("Alma Quimby", "PER")], lang="en")
    assert "Singing with the Zorbs" in found
    assert "Zorbs" not in found


def test_a_quoted_title_keeps_the_number_that_opens_it():
    title = "À voir : «\u202f9\xa0Zorbs\u202f» et «\u202fQuimbo\u202f»"
    body = (
        "<p>La série 9 Zorbs suit neuf amis. Dans 9 Zorbs, Alma Quimby joue, "
        "et Alma Quimby chante.</p>"
    )
    spans = [("Zorbs", "MISC"), ("Alma Quimby", "PER")]
    found = names(title, body, spans)
    assert "9 Zorbs" in found
    assert "Zorbs" not in found


def test_english_names_take_the_kind_the_model_gives_them_alone():
    body = "<p>Zorbo Labs hired staff. Zorbo Labs said it grew.</p>"

    def labels(found):
        return ["ORG" if name == "Zorbo Labs" else None for name in found]

    assert tags("Hiring", body, lang="en", labels=labels) == [
        ("Zorbo Labs", "organisation")
    ]


def test_one_tag_page_for_spellings_across_the_whole_site():
    pages = SiteTags(Lexicon(vocabulary(), TAXONOMY))
    first = [{"name": "Volodymyr Zelenskyy", "kind": "personne", "score": 5}]
    second = [{"name": "Volodymyr Zelenskiy", "kind": "lieu", "score": 1}]
    third = [{"name": "Quai d’Orsay", "kind": "organisation", "score": 2}]
    fourth = [{"name": "Quai d'Orsay", "kind": "lieu", "score": 3}]
    pages.settle([((), first), ((), second), ((), third), ((), fourth)])
    assert pages.tags_of((), second) == pages.tags_of((), first)
    [page] = pages.tags_of((), second)
    assert (page.name, page.kind, page.slug) == (
        "Volodymyr Zelenskyy",
        "personne",
        "volodymyr-zelensky",
    )
    [orsay] = pages.tags_of((), fourth)
    assert (orsay.name, orsay.kind) == ("Quai d’Orsay", "lieu")  # 3 votes to 2
    assert tag_slug("Quai d’Orsay") == tag_slug("Quai d'Orsay") == orsay.slug


def test_the_taxonomy_has_the_last_word_on_a_kind():
    pages = SiteTags(Lexicon(vocabulary(), TAXONOMY))
    found = [{"name": "Quimbose", "kind": "personne", "score": 9}]
    pages.settle([((), found)])
    assert pages.tags_of((), found)[0].kind == "thème"


def read_tagger(tmp_path, **settings) -> ReadTagger:
    taxonomy = tmp_path / "taxonomy.yaml"
    taxonomy.write_text("tags:\n  - name: Zorblanc\n    kind: lieu\n", "utf-8")
    return ReadTagger(
        {
            "PATH": str(tmp_path / "content"),
            "PAGE_PATHS": ["pages"],
            "DIGEST_TAXONOMY": str(taxonomy),
            "DIGEST_NER_ENABLED": False,
            **settings,
        }
    )


ARTICLE = {"title": "Zorblanc vote", "lang": "fr"}
BODY = "<p>Zorblanc vote. À Zorblanc, on vote.</p>"


def test_the_reader_links_the_first_mention_and_keeps_json_tags(tmp_path):
    content, metadata = read_tagger(tmp_path)(BODY, dict(ARTICLE), "a.txt")
    assert content == (
        '<p><a class="mention" href="{tag}zorblanc">Zorblanc</a> vote. '
        "À Zorblanc, on vote.</p>"
    )
    assert json.loads(json.dumps(metadata["entity_tags"])) == [
        {
            "name": "Zorblanc",
            "kind": "lieu",
            "score": 4.95,
            "known": True,
            "slug": "zorblanc",
            "surfaces": ["Zorblanc"],
        }
    ]


@pytest.mark.parametrize(
    ("metadata", "path", "settings"),
    [
        ({**ARTICLE, "status": "draft"}, "a.txt", {}),
        (ARTICLE, "a.txt", {"DIGEST_MENTION_LINKS": False}),
        (ARTICLE, "content/pages/about.md", {}),
    ],
)
def test_no_links_in_drafts_pages_or_when_turned_off(
    tmp_path, metadata, path, settings
):
    tagger = read_tagger(tmp_path, **settings)
    content, _ = tagger(BODY, dict(metadata), str(tmp_path / path))
    assert content == BODY


def test_the_fingerprint_of_what_shapes_tags_follows_the_taxonomy(tmp_path):
    settings = {"PATH": str(tmp_path / "content"), "DIGEST_NER_ENABLED": False}
    settings["DIGEST_TAXONOMY"] = str(tmp_path / "taxonomy.yaml")
    before = tagging_fingerprint(settings)
    (tmp_path / "taxonomy.yaml").write_text("tags: []\n", encoding="utf-8")
    assert tagging_fingerprint(settings) != before


def test_a_person_known_by_one_word_is_a_tag_when_the_headline_names_them():
    body = "<p>Le débat continue. Vive le professeur Quimby ! Quimby répond.</p>"
    spans = [("Quimby", "PER")]
    assert names("Libre cours : Quimby et nous", body, spans) == ["Quimby"]
    # Without the headline, or without a title, one word is no tag.
    assert names("Libre cours", body, spans) == []
    plain = "<p>Le débat continue. Vive Quimby ! Quimby répond.</p>"
    assert names("Libre cours : Quimby et nous", plain, spans) == []


def test_a_persons_full_name_and_an_organisations_head_decide_the_kind():
    body = (
        "<p>Alma Quimby met the Zorbo Police Department. Alma Quimby said the "
        "Zorbo Police Department agreed.</p>"
    )

    def labels(found):
        return ["LOC" if name == "Alma Quimby" else "MISC" for name in found]

    spans = [("Alma Quimby", "PER")]
    assert sorted(tags("Talks", body, spans, lang="en", labels=labels)) == [
        ("Alma Quimby", "personne"),
        ("Zorbo Police Department", "organisation"),
    ]


def test_a_surname_joins_the_full_name_the_model_calls_a_person_alone():
    """In its sentence the model may call a person an organisation ("Zorbic
    pollster Jo Quimby"); asked about the name alone, it says person."""
    body = (
        "<p>Zorbic pollster Jo Quimby said it was close. Later, Quimby spoke "
        "again. Quimby left the room.</p>"
    )
    spans = [("Jo Quimby", "ORG"), ("Quimby", "PER")]

    def labels(found):
        return ["PER" if name == "Jo Quimby" else "MISC" for name in found]

    found = names("The race", body, spans, lang="en", labels=labels)
    assert "Jo Quimby" in found
    assert "Quimby" not in found


def test_a_schools_acronym_joins_its_team_called_by_its_nickname():
    body = (
        "<p>The QSU Quimbats won in 1923. QSU fans cheered. The Quimbats then "
        "lost, and QSU coach Jo Zorbec left. The Quimbats and QSU moved on.</p>"
    )
    spans = [("QSU Quimbats", "ORG"), ("QSU", "ORG"), ("Quimbats", "ORG")]
    found = names("Stadium history", body, spans, lang="en")
    assert "QSU Quimbats" in found
    assert "QSU" not in found
    # Without the nickname alone, a longer name is not the acronym's.
    body = (
        "<p>Then QSU Quimbats won. Students cheered QSU, and QSU left, as QSU "
        "said. Later the QSU Quimbats lost.</p>"
    )
    assert "QSU" in names("Stadium history", body, spans, lang="en")


def test_a_centre_housed_by_a_university_is_one_name():
    body = (
        "<p>A study by QRC at the University of Zorbec found it. QRC at the "
        "University of Zorbec asked 900 people. Mia Olt, a student at the "
        "University of Zorbec, agreed.</p>"
    )
    spans = [("QRC", "ORG"), ("University of Zorbec", "ORG")]
    found = names("Survey", body, spans, lang="en")
    assert "QRC at the University of Zorbec" in found
    assert "QRC" not in found


def test_a_department_is_one_tag_whichever_way_the_article_writes_it():
    body = (
        "<p>Then the Department of Labor said so. Critics of the Labor "
        "Department disagreed, and the Labor Department replied.</p>"
    )
    found = tags("Jobs report", body, [("Labor Department", "ORG")], lang="en")
    assert ("Department of Labor", "organisation") in found
    assert "Labor Department" not in [name for name, _ in found]


def test_a_name_the_model_found_once_counts_wherever_the_text_writes_it():
    """The model reads sentences apart: it may label one place of three."""
    body = (
        "<p>Des frappes ont touché Zorbagrad ce lundi.</p>"
        "<p>Zorbagrad est la ville principale de la région. Le maire Jo "
        "Zorbagrad a parlé, et les Éditions savantes aussi.</p>"
        "<p>Les habitants de Zorbagrad attendent.</p>"
    )
    doc, found = judged("Nuit de frappes", body, ("Zorbagrad", "LOC", "Zorbagrad"))
    [place] = [v for v in found if v.entity.name == "Zorbagrad"]
    assert place.reason is None
    assert [doc.text[m.start : m.end + 1] for m in place.entity.mentions] == [
        "Zorbagrad ",
        "Zorbagrad ",
        "Zorbagrad ",
    ]


def test_a_common_phrase_the_model_found_once_is_not_looked_for_again():
    body = (
        "<p>Des Presses universitaires publient. Les Presses universitaires "
        "vendent peu.</p>"
    )
    once = ("Presses universitaires", "ORG", "Presses universitaires")
    _, found = judged("Édition savante", body, once)
    assert [(v.entity.name, v.reason) for v in found] == [
        ("Presses universitaires", "once")
    ]


def test_a_surname_the_model_once_called_a_place_joins_the_full_name():
    body = (
        "<p>When Zuleika Quarbon moved, she looked for a school. Quarbon "
        "waited. Quarbon's parents helped, and Quarbon found one.</p>"
        "<p>“It took a year,” said Quarbon.</p>"
    )
    once = ("Quarbon", "LOC", "Quarbon found")
    _, found = judged("Schools are full", body, once, lang="en")
    assert [v.entity.name for v in found if v.reason is None] == ["Zuleika Quarbon"]


@pytest.mark.parametrize(
    "body",
    [
        "<p>La soirée était payée par Quimbly, anciennement Zorb Partners, un "
        "cabinet. Quimbly conseille Zorb Partners depuis 2010, dit Quimbly.</p>",
        "<p>Il ignorait que Zorb Partners (maintenant Quimbly) était cité. "
        "Quimbly et Zorb Partners : Quimbly a refusé.</p>",
    ],
    ids=["formerly", "now"],
)
def test_a_former_name_is_one_tag_under_the_present_name(body):
    spans = [("Quimbly", "ORG"), ("Zorb Partners", "PER")]
    assert names("Un cabinet d'avocats", body, spans) == ["Quimbly"]


def test_the_organisation_a_title_is_of_is_named_there():
    body = (
        "<p>“We will grow,” said Jo Quimby, the CEO of Zorb Holding Group. "
        "He told investors of Zorb Holding, and Zorb Holding agreed.</p>"
    )
    found = names("A merger", body, [], lang="en")
    assert "Zorb Holding Group" in found
    assert "Zorb Holding" not in found


def test_a_places_name_used_as_a_persons_surname_is_that_person():
    body = (
        "<p>The Quimbats signed Mika Jordan in 1946. Jordan broke the "
        "league's barrier, and Jordan retired in 1950 to live in Jordan.</p>"
    )
    doc, found = judged("A first", body, spans=[("Mika Jordan", "PER")], lang="en")
    named = {
        v.entity.name: [m.start for m in v.entity.mentions if m.form == "name"]
        for v in found
    }
    assert len(named["Mika Jordan"]) == 3
    assert named["Jordanie"] == [doc.text.rindex("Jordan")]  # "in Jordan"


@pytest.mark.parametrize(
    ("body", "spans"),
    [
        (
            "<p>Zorbania's Defense Ministry said drones fell. The Defense "
            "Ministry said more would come, the Defense Ministry added.</p>",
            [("Defense Ministry", "ORG")],
        ),
        (
            "<p>Le Ministère de l'Intérieur zorbanien a parlé. Le Ministère de "
            "l'Intérieur ajoute, selon le Ministère de l'Intérieur.</p>",
            [("Ministère de l'Intérieur", "ORG")],
        ),
        (
            "<p>The Air Force said three drones fell, the Air Force added, and "
            "the Air Force was ready.</p>",
            [("Air Force", "ORG")],
        ),
        (
            "<p>All Members of Parliament got gifts: Members of Parliament "
            "declare them, as Members of Parliament must.</p>",
            [("Members of Parliament", "ORG")],
        ),
    ],
    ids=["ministry", "ministère", "air force", "members of parliament"],
)
def test_a_body_every_state_has_named_without_its_state_is_no_tag(body, spans):
    lang = "fr" if "Ministère" in body else "en"
    _, found = judged("Drones", body, spans=spans, lang=lang)
    [body_verdict] = [v for v in found if v.entity.kind == "organisation"]
    assert body_verdict.reason == "generic_body"


def test_a_platform_before_a_pages_name_is_not_part_of_it():
    body = (
        "<p>Jo Quimby, créateur de la page Facebook Zorbinfo, filme. Zorbinfo "
        "publie chaque soir, et Zorbinfo grandit.</p>"
    )
    spans = [("Facebook Zorbinfo", "ORG"), ("Zorbinfo", "ORG"), ("Jo Quimby", "PER")]
    assert names("Des vidéos", body, spans) == ["Zorbinfo"]


@pytest.mark.parametrize(
    ("body", "spans", "lang", "outlet", "tagged"),
    [
        # Cited by "selon", and by its reporting verb after it.
        (
            "<p>Selon Zorb Matin, le maire de Quimbec démissionne. Zorb Matin "
            "révèle aussi que le conseil de Quimbec votera, et Quimbec attend.</p>",
            [("Zorb Matin", "ORG"), ("Quimbec", "LOC")],
            "fr",
            "Zorb Matin",
            False,
        ),
        # Spoken to ("a-t-il dit à"), and a name on the outlet list.
        (
            "<p>Nous fermons, a-t-il expliqué à Mediapart. Le maire de Quimbec "
            "l'a confirmé à Mediapart, puis Quimbec a voté, et Quimbec attend.</p>",
            [("Mediapart", "ORG"), ("Quimbec", "LOC")],
            "fr",
            "Mediapart",
            False,
        ),
        # English: "told", "according to", "X reported".
        (
            "<p>The mayor of Quimbec told the Zorbville Herald he would go. The "
            "Zorbville Herald reported that Quimbec votes, and Quimbec waits.</p>",
            [("Zorbville Herald", "ORG"), ("Quimbec", "LOC")],
            "en",
            "Zorbville Herald",
            False,
        ),
        # The story is about the outlet: named twice otherwise, it stays.
        (
            "<p>Zorb Matin ferme ses portes. Les journalistes de Zorb Matin "
            "partent, selon Zorb Matin, et Quimbec regrette Quimbec.</p>",
            [("Zorb Matin", "ORG"), ("Quimbec", "LOC")],
            "fr",
            "Zorb Matin",
            True,
        ),
    ],
    ids=["selon and verb", "spoken to", "english", "about the outlet"],
)
def test_an_outlet_cited_as_a_source_is_no_tag(body, spans, lang, outlet, tagged):
    _, found = judged("Démission", body, spans=spans, lang=lang)
    reasons = {v.entity.name: v.reason for v in found}
    assert reasons[outlet] == (None if tagged else "cited_outlet")


@pytest.mark.parametrize(
    ("title", "home", "tagged"),
    [
        ("Le festival de Quimbec ferme", "Belgique", False),
        ("Le festival de Quimbec ferme", "", True),
        ("Le festival de Quimbec ferme", "Suisse", True),
        ("En Belgique, le festival de Quimbec ferme", "Belgique", True),
    ],
    ids=["home in passing", "no home", "another home", "home in the title"],
)
def test_the_digests_own_country_named_in_passing_is_no_tag(title, home, tagged):
    body = (
        "<p>Le festival de Quimbec, connu en Belgique, ferme. Les Belges "
        "l'aimaient ; la Belgique perd un lieu, et Quimbec un festival.</p>"
    )
    doc = article_text(title, None, None, body)
    spans = spans_of(doc.text, ("Quimbec", "LOC"))
    tagger = Tagger(vocabulary(), TAXONOMY, 12, 2.0, home_country=home)
    found = [choice.name for choice in tagger.tag(doc, "fr", spans).tags]
    assert ("Belgique" in found) is tagged
