"""The entity rules, one table per rule, on synthetic sentences (no model)."""

from __future__ import annotations

import pytest

from newsdigest.tagging.cache import Span
from newsdigest.tagging.capitals import as_states
from newsdigest.tagging.chunks import capitalised_runs
from newsdigest.tagging.lexicon import Lexicon
from newsdigest.tagging.mentions import DEMONYM, TITLE, from_span, snap, trim
from newsdigest.tagging.rank import score
from newsdigest.tagging.resolve import group
from newsdigest.tagging.tagger import Tagger
from newsdigest.tagging.taxonomy import parse_taxonomy
from newsdigest.tagging.text import article_text, fold
from newsdigest.tagging.vocabulary import inflect_fr, vocabulary

TAXONOMY = parse_taxonomy(
    """
tags:
  - name: Kim Jong-un
    kind: personne
    aliases: [Kim Jong Un]
  - name: Vostotchny
    kind: lieu
blocklist: [Zorglub]
"""
)


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon(vocabulary(), TAXONOMY)


def tagger(max_tags: int = 12) -> Tagger:
    return Tagger(vocabulary(), TAXONOMY, max_tags, 2.0)


def spans_of(text: str, *names: tuple[str, str]) -> list[Span]:
    """Model-like spans: every occurrence of each (surface, label)."""
    found = []
    for surface, label in names:
        start = text.find(surface)
        while start >= 0:
            found.append(Span(start, start + len(surface), label))
            start = text.find(surface, start + 1)
    return sorted(found, key=lambda s: s.start)


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("le dirigeant nord-coréen", "Corée du Nord"),
        ("une délégation nord-coréenne", "Corée du Nord"),
        ("le président russe", "Russie"),
        ("les Russes", "Russie"),
        ("des forces ukrainiennes", "Ukraine"),
        ("le camp ukrainien", "Ukraine"),
        ("la presse britannique", "Royaume-Uni"),
        ("the Russian army", "Russie"),
        ("Israelis said", "Israël"),
        ("the North Korean leader", "Corée du Nord"),
    ],
)
def test_adjectives_of_nationality_name_their_country(lexicon, text, tag):
    [mention] = lexicon.scan(text)
    assert (mention.name, mention.form) == (tag, DEMONYM)


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("à Londres", "Londres"),
        ("in London", "Londres"),
        ("Kim Jong Un", "Kim Jong-un"),
        ("Kim Jong-un", "Kim Jong-un"),
        ("la Corée du Nord", "Corée du Nord"),
        ("North Korea", "Corée du Nord"),
        ("the U.S. Senate", "États-Unis"),
        ("in the US", "États-Unis"),
        ("la Côte d'Ivoire", "Côte d'Ivoire"),
        # International institutions, in French, English and acronyms.
        ("the World Health Organization", "Organisation mondiale de la santé"),
        ("selon l'OMS", "Organisation mondiale de la santé"),
        ("the WHO said", "Organisation mondiale de la santé"),
        ("the World Court", "Cour internationale de justice"),
        ("la Commission européenne", "Commission européenne"),
        # Seas and oceans, under their full names.
        ("un cargo en Méditerranée", "Mer Méditerranée"),
        ("across the Atlantic", "Océan Atlantique"),
        ("la mer Noire", "Mer Noire"),
    ],
)
def test_names_and_spellings_of_known_entities(lexicon, text, tag):
    assert [m.name for m in lexicon.scan(text)] == [tag]


@pytest.mark.parametrize(
    "text",
    [
        "la chine de porcelaine",
        "let us go",
        "Un homme",
        "Nous avons le temps",
        "those who said",
    ],
)
def test_known_names_need_their_capitals(lexicon, text):
    assert lexicon.scan(text) == []


@pytest.mark.parametrize(
    ("word", "forms"),
    [
        ("coréen", ["coréen", "coréens", "coréenne", "coréennes"]),
        ("anglais", ["anglais", "anglaise", "anglaises"]),
        ("belge", ["belge", "belges"]),
        ("grec/grecque", ["grec", "grecs", "grecque", "grecques"]),
    ],
)
def test_french_adjectives_are_inflected(word, forms):
    assert inflect_fr(word) == forms


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("avec Kim Jong-un hier", "Kim Jong-", "Kim Jong-un"),
        ("avec Kim Jong-un hier", "im Jong", "Kim Jong-un"),
        ("Vladimir Poutine arrive", "Vladimir Poutine", "Vladimir Poutine"),
    ],
)
def test_model_fragments_are_widened_to_whole_words(text, span, expected):
    start = text.index(span)
    begin, end = snap(text, start, start + len(span))
    assert text[begin:end] == expected


@pytest.mark.parametrize(
    ("span", "expected", "person"),
    [
        ("cosmodrome de Vostotchny", "Vostotchny", False),
        ("cosmodrome russe de Vostotchny", "Vostotchny", False),
        ("l'Est de la Russie", "Russie", False),
        ("le nord-est de l'Ukraine", "Ukraine", False),
        ("la Chine", "Chine", False),
        # A capitalised article inside a sentence is part of the name.
        ("Le Quimbec", "Le Quimbec", False),
        ("The Zorbaniad", "The Zorbaniad", False),
        ("M. Peskov", "Peskov", False),
        ("Mr Assange", "Assange", False),
        ("la région de Koursk", "Koursk", False),
        ("North Zorbania", "North Zorbania", False),
        # A peer's honorific stays when one word would be left.
        ("Lord Quimby", "Lord Quimby", False),
        ("Sir Alfred Quimby", "Alfred Quimby", False),
        # Titles and ranks go before a person's name, or a run of names.
        ("Premier ministre Zdenek Quimby", "Zdenek Quimby", False),
        ("Colonel Quimby", "Quimby", True),
        ("le général Alfred Quimby", "Alfred Quimby", False),
        ("Général", "Général", True),
        ("Général Motors", "Général Motors", False),
    ],
)
def test_spans_lose_articles_heads_directions_and_honorifics(span, expected, person):
    text = f"selon {span}, hier"
    start = text.index(span)
    begin, end = trim(text, start, start + len(span), vocabulary(), person=person)
    assert text[begin:end] == expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # In English text "'s" is a possessive: the name is before it, and the
        # words after it are another name.
        (
            "Zorbania’s Defense Ministry said Quimby's plan failed.",
            ["Zorbania", "Defense Ministry", "Quimby"],
        ),
    ],
)
def test_an_english_possessive_ends_a_name(text, names):
    assert [m.name for m in capitalised_runs(text, vocabulary())] == names


def test_a_french_text_keeps_an_apostrophe_s_in_a_name():
    text = "L'agence Quimby's a abaissé la note."
    start = text.index("Quimby's")
    [mention] = from_span(text, start, start + 8, "ORG", vocabulary())
    assert mention.name == "Quimby's"


@pytest.mark.parametrize(
    ("span", "label", "expected"),
    [
        ("ministre de la Défense", "ORG", []),
        ("Londres - Chelsea", "LOC", [("Londres", "lieu"), ("Chelsea", "lieu")]),
        ("tempête Ciaran", "MISC", [("Tempête Ciaran", "thème")]),
        ("Kim Jong-", "PER", [("Kim Jong-un", "personne")]),
        ("Quimby+", "ORG", [("Quimby+", "organisation")]),
        # a missing space glued a small word to the next name
        (
            "Jo Quimby àLéa Zorblanc",
            "PER",
            [("Jo Quimby", "personne"), ("Léa Zorblanc", "personne")],
        ),
        # run past the name over "et" into words in lower case
        ("Zorbance et trésorier", "ORG", [("Zorbance", "organisation")]),
        (
            "École des ponts et quimbes",
            "ORG",
            [("École des ponts et quimbes", "organisation")],
        ),
    ],
)
def test_model_spans_become_clean_mentions(span, label, expected):
    text = (
        f"Hier, {span}un a parlé." if span.endswith("-") else f"Hier, {span} a parlé."
    )
    start = text.index(span)
    found = from_span(text, start, start + len(span), label, vocabulary())
    assert [(m.name, m.kind) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("Prosecutors in Sweden dropped it.", ["Prosecutors", "Sweden"]),
        ("President Donald Trump spoke.", ["Donald Trump"]),
        ("French President Emmanuel Macron", ["Emmanuel Macron"]),
        (
            "The Bureau of Prisons and the White House",
            ["Bureau of Prisons", "White House"],
        ),
        ("Former PM Liz Truss said", ["Liz Truss"]),
        ("James Van Der Beek left", ["James Van Der Beek"]),
        ("Noel and Thomas signed", ["Noel", "Thomas"]),
        ("BREAKING NEWS FROM VIENNA", []),
        ("It streams on Quimby+ tonight.", ["Quimby+"]),
        # "M’" glued to a name (M’Zorb) reads like the honorific "M": the run
        # goes on from the next word (no crash on an empty remainder).
        ("said M’Zorb Quimby.", ["Zorb Quimby"]),
        # A capitalised article inside a sentence belongs to the name.
        (
            "Storms hit Des Quimbes and The Zorbaniad.",
            ["Storms", "Des Quimbes", "The Zorbaniad"],
        ),
    ],
)
def test_english_names_are_runs_of_capitalised_words(text, runs):
    assert [m.name for m in capitalised_runs(text, vocabulary())] == runs


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        # An organisation, a title, a full name: two names.
        (
            "said Interim QRB Police Chief Jo Quimby.",
            [("QRB", "organisation"), ("Jo Quimby", "personne")],
        ),
        (
            "Zorbco Holdings CEO Ann Vell said",
            [("Zorbco Holdings", "organisation"), ("Ann Vell", "personne")],
        ),
        # A known state before the title is a name too (the lexicon kinds it).
        (
            "met Ukraine President Jo Quimby",
            [("Ukraine", "organisation"), ("Jo Quimby", "personne")],
        ),
        # Before the title, no organisation's name: the run is left whole.
        ("met Zorb Coach Jo Quimby", [("Zorb Coach Jo Quimby", None)]),
        # After the title, one word: no full name to split off.
        ("the QRB Police Chief Quimby", [("QRB Police Chief Quimby", None)]),
    ],
)
def test_an_organisation_title_and_name_run_is_two_names(text, runs):
    found = capitalised_runs(text, vocabulary())
    assert [(m.name, m.kind) for m in found] == runs


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("at the QRB Investor Education Foundation", "QRB"),
        ("at the QRB Zorbec Research Center", "QRB"),
        # Two words: often the organisation's own name ("QRB News").
        ("by QRB News", "QRB News"),
        # A known acronym opens a name of its own ("UN General Assembly").
        ("the UN Zorbec Relief Agency", "UN Zorbec Relief Agency"),
        # No organisation's head at the end: not one of its units.
        ("the QRB Zorbec Quimby Trojans", "QRB Zorbec Quimby Trojans"),
    ],
)
def test_an_unknown_acronym_opening_a_units_name_names_the_organisation(text, name):
    assert [m.name for m in capitalised_runs(text, vocabulary())] == [name]


def test_an_acronym_a_title_follows_is_an_organisation_the_article_tags():
    body = (
        "<p>A QRB train stopped at Zorbec. Acting QRB Police Chief Jo Quimby "
        "said no one was hurt. Quimby praised the crew.</p>"
    )
    doc = article_text("Fight on a train", None, None, body)
    spans = spans_of(doc.text, ("QRB", "LOC"))
    labels = {"QRB": "LOC", "Jo Quimby": "PER"}
    result = tagger().tag(
        doc, "en", spans, labels=lambda names: [labels.get(n) for n in names]
    )
    kinds = {c.name: c.kind for c in result.tags}
    assert kinds == {"QRB": "organisation", "Jo Quimby": "personne"}


def test_first_word_of_an_english_sentence_is_marked_initial():
    first, second = capitalised_runs("Prosecutors met Sweden.", vocabulary())
    assert (first.initial, second.initial) == (True, False)


def test_spellings_of_one_name_fold_together():
    assert fold("Kim Jong Un") == fold("Kim Jong-un") == fold("kim jong-Un")
    assert fold("Corée du Nord") == fold("coree du nord")


# One synthetic article shared by the tagger tests below.
HEADLINE = "Vladimir Poutine reçoit Kim Jong Un en Russie"
LEDE = (
    "Le président russe rencontre son homologue nord-coréen au cosmodrome de "
    "Vostotchny."
)
BODY = (
    "<p>Le président Vladimir Poutine a reçu le dirigeant nord-coréen Kim Jong-un "
    "au cosmodrome de Vostotchny, selon l'agence Tass.</p>"
    "<p>Kim Jong-un est arrivé en Russie mardi. Poutine a salué son invité. "
    "Zorglub, ministre de la Défense, et Marcel ont parlé de fusées Missile.</p>"
    "<p>Un missile a été montré. Selon BFMTV, la Corée du Nord veut des satellites."
    "</p>"
)
MODEL = (
    ("Vladimir Poutine", "PER"),
    ("Kim Jong Un", "PER"),
    ("Kim Jong-", "PER"),
    ("Poutine", "PER"),
    ("cosmodrome de Vostotchny", "LOC"),
    ("Tass", "ORG"),
    ("Zorglub", "PER"),
    ("Marcel", "PER"),
    ("Missile", "LOC"),
    ("BFMTV", "ORG"),
)


@pytest.fixture(scope="module")
def result():
    doc = article_text(HEADLINE, LEDE, None, BODY)
    spans = spans_of(doc.text, *MODEL)
    return tagger().tag(doc, "fr", spans, exclude=["BFMTV", "AFP"])


def test_first_seed_like_article_gets_the_tags_an_editor_would(result):
    assert [(c.name, c.kind, c.score) for c in result.tags] == [
        ("Vladimir Poutine", "personne", 7.1),  # tied: the one named first leads
        ("Kim Jong-un", "personne", 7.1),
        ("Russie", "pays", 5.5),
        ("Vostotchny", "lieu", 2.7),
        ("Corée du Nord", "pays", 2.5),
    ]


def test_spellings_and_surnames_are_one_tag_with_their_surface_forms(result):
    assert result.mentions["Kim Jong-un"] == ["Kim Jong Un", "Kim Jong-un"]
    assert result.mentions["Vladimir Poutine"] == ["Vladimir Poutine", "Poutine"]
    assert result.mentions["Corée du Nord"] == ["nord-coréen", "Corée du Nord"]
    assert result.mentions["Russie"] == ["Russie", "russe"]


def test_titles_alone_count_for_the_person_who_holds_them():
    doc = article_text(HEADLINE, LEDE, None, BODY)
    mentions = tagger().mentions(doc, "fr", spans_of(doc.text, *MODEL))
    by_title = [
        (doc.text[m.start : m.end], m.name) for m in mentions if m.form == TITLE
    ]
    assert by_title == [
        ("président russe", "Vladimir Poutine"),
        ("homologue nord-coréen", "Kim Jong-un"),
    ]


@pytest.mark.parametrize(
    "name",
    ["BFMTV", "Zorglub", "Marcel", "Missile", "Tass", "Défense"],
    ids=["source", "blocklist", "lone first name", "common word", "one-off", "lower"],
)
def test_names_an_editor_would_strike_are_not_tags(result, name):
    assert name not in [c.name for c in result.tags]


def test_agencies_and_the_source_are_never_tags():
    doc = article_text("AFP et Reuters", "Selon l'AFP.", None, "<p>AFP, AFP.</p>")
    spans = spans_of(doc.text, ("AFP", "ORG"), ("Reuters", "ORG"))
    assert tagger().tag(doc, "fr", spans, exclude=["AFP"]).tags == ()


def test_the_source_calling_itself_by_its_last_word_is_no_tag():
    body = (
        "<p>Zorblanc once owned The Courier. The Courier sold, and the Courier "
        "grew.</p>"
    )
    doc = article_text("Sale", None, None, body)
    spans = spans_of(doc.text, ("Courier", "ORG"), ("Zorblanc", "ORG"))
    found = tagger().tag(doc, "en", spans, exclude=["Quimbec Courier"]).tags
    assert [c.name for c in found] == []
    found = tagger().tag(doc, "en", spans, exclude=["Quimbec Herald"]).tags
    assert [c.name for c in found] == ["The Courier"]


def test_platforms_are_tags_only_when_title_or_lede_name_them():
    body = "<p>Il a écrit sur Facebook. Puis sur Facebook encore, et Facebook.</p>"
    spans = [("Facebook", "ORG")]
    doc = article_text("Un message", None, None, body)
    assert tagger().tag(doc, "fr", spans_of(doc.text, *spans)).tags == ()
    doc = article_text("Facebook condamné", None, None, body)
    tags = tagger().tag(doc, "fr", spans_of(doc.text, *spans)).tags
    assert [c.name for c in tags] == ["Facebook"]


def test_score_weighs_title_lede_and_body():
    doc = article_text("Kim Jong-un", "Kim Jong-un", None, "<p>" + "x " * 200 + "</p>")
    entities = group(
        Lexicon(vocabulary(), TAXONOMY).scan(doc.text), Lexicon(vocabulary(), TAXONOMY)
    )
    assert score(entities[0], doc) == 3.0 + 2.0 + 0.5


def test_the_number_of_tags_is_capped_best_first():
    countries = ["Chine", "Japon", "Inde", "Brésil", "Mexique"]
    body = "".join(f"<p>{' '.join(countries[: i + 1])}.</p>" for i in range(5))
    doc = article_text(None, None, None, body)
    assert [c.name for c in tagger(max_tags=2).tag(doc, "fr", []).tags] == [
        "Chine",
        "Japon",
    ]


def test_a_country_named_only_by_adjectives_needs_more_mentions():
    doc = article_text("Le coach portugais", None, None, "<p>Un portugais.</p>")
    assert tagger().tag(doc, "fr", []).tags == ()
    body = "<p>Le portugais, les Portugais, la portugaise et un portugais.</p>"
    doc = article_text("Le coach portugais", None, None, body)
    assert [c.name for c in tagger().tag(doc, "fr", []).tags] == ["Portugal"]


@pytest.mark.parametrize(
    ("lang", "lede", "body", "country"),
    [
        (
            "en",
            "In the Portuguese city of Quimbec, fire.",
            "The Portuguese capital.",
            1,
        ),
        (
            "fr",
            "Dans la ville portugaise de Quimbec, le feu.",
            "La capitale portugaise.",
            1,
        ),
        ("en", "Portuguese police in Quimbec, fire.", "The Portuguese team.", 0),
        ("fr", "La police portugaise à Quimbec, le feu.", "L'équipe portugaise.", 0),
    ],
)
def test_an_adjective_beside_a_places_head_names_its_country(lang, lede, body, country):
    doc = article_text("Quimbec", lede, None, f"<p>{body}</p>")
    names = [c.name for c in tagger().tag(doc, lang, []).tags]
    assert names.count("Portugal") == country


@pytest.mark.parametrize(
    ("body", "country"),
    [
        # The lede's adjective and a capital the article keeps naming.
        ("<p>À Lisbonne, il écrit. Il vit à Lisbonne depuis dix ans.</p>", 1),
        # A capital said once may be in passing.
        ("<p>À Lisbonne, il écrit. Sa rue change, dit-il.</p>", 0),
    ],
)
def test_a_country_the_lede_calls_by_adjective_is_the_setting_if_its_capital_recurs(
    body, country
):
    doc = article_text("Quimbec", "Un écrivain portugais raconte sa ville.", None, body)
    names = [c.name for c in tagger().tag(doc, "fr", []).tags]
    assert names.count("Portugal") == country


def test_unknown_tags_are_listed_most_frequent_first(tmp_path):
    from newsdigest.tagging.unknown import read_report, unknown_tags, write_report

    def tag(name: str, kind: str, known: bool) -> dict:
        return {"name": name, "kind": kind, "known": known}

    articles = [
        [tag("Vostotchny", "lieu", False), tag("Russie", "pays", True)],
        [tag("Angara", "lieu", False), tag("Vostotchny", "lieu", False)],
    ]
    rows = unknown_tags(articles)
    assert rows == [
        {"name": "Vostotchny", "kind": "lieu", "articles": 2},
        {"name": "Angara", "kind": "lieu", "articles": 1},
    ]
    write_report(tmp_path, rows)
    assert read_report(tmp_path) == rows
    assert read_report(tmp_path / "absent") == []


def test_english_titles_say_who_is_a_person_and_count_alone():
    body = (
        "<p>Russian President Vladimir Putin met Kim Jong Un. Later the Russian "
        "president said Mr Kim was welcome.</p>"
    )
    doc = article_text("Talks in Moscow", None, None, body)
    mentions = tagger().mentions(doc, "en", [])
    people = [(doc.text[m.start : m.end], m.name, m.form) for m in mentions]
    assert [p for p in people if p[1] in ("Vladimir Putin", "Kim Jong-un", "Kim")] == [
        ("Vladimir Putin", "Vladimir Putin", "name"),
        ("Kim Jong Un", "Kim Jong-un", "name"),
        ("Kim", "Kim", "name"),
        ("Russian president", "Vladimir Putin", "title"),
    ]
    result = tagger().tag(doc, "en", [])
    assert result.mentions["Kim Jong-un"] == ["Kim Jong Un", "Kim"]


def test_an_acronym_joins_the_full_name_it_abbreviates():
    body = (
        "<p>The Office for Budget Responsibility (OBR) said so. The OBR is "
        "independent, the OBR added.</p>"
    )
    doc = article_text(None, None, None, body)
    spans = spans_of(
        doc.text, ("Office for Budget Responsibility", "ORG"), ("OBR", "ORG")
    )
    result = tagger().tag(doc, "en", spans)
    assert [c.name for c in result.tags] == ["Office for Budget Responsibility"]
    assert result.mentions["Office for Budget Responsibility"] == [
        "Office for Budget Responsibility",
        "OBR",
    ]


def test_a_huge_seed_is_read_only_as_far_as_an_article_goes():
    import time

    from newsdigest.tagging.text import MAX_CHARS

    body = "<p>" + "La Russie parle à la Chine. " * 200_000 + "</p>"
    started = time.process_time()  # CPU time: a busy machine does not fail it
    doc = article_text("Essai", None, None, body)
    result = tagger().tag(doc, "fr", [])
    assert len(doc.text) == MAX_CHARS
    assert [c.name for c in result.tags] == ["Russie", "Chine"]
    assert time.process_time() - started < 10


def test_a_huge_english_seed_is_tagged_in_linear_time():
    """Four times the text costs about four times the CPU (sixteen if the
    rules were quadratic); CPU time, so a busy machine does not fail it."""
    import time

    sentence = "Prosecutors in Sweden met John Smith at the Bureau of Prisons (AFP/X). "

    def tag(repeats: int) -> tuple[list[str], float]:
        doc = article_text("Essai", None, None, f"<p>{sentence * repeats}</p>")
        spans = spans_of(doc.text, ("John Smith", "PER"), ("Bureau of Prisons", "ORG"))
        started = time.process_time()
        result = tagger().tag(doc, "en", spans)
        return [c.name for c in result.tags], time.process_time() - started

    tag(10)  # word lists loaded before anything is timed
    names, small = tag(1000)
    names_big, big = tag(4000)
    assert names == names_big == ["Suède", "John Smith", "Bureau of Prisons"]
    assert big < 8 * small + 0.5


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Son roman, traduit en russe, sort à Quimbec.", []),
        ("Le livre paraît en français et en anglais.", []),
        ("The memoir was written in Russian.", []),
        ("She answered in English, then left.", []),
        ("The town fell in Russian hands.", ["Russie"]),
        ("Les Russes en Ukraine", ["Russie", "Ukraine"]),
        ("le romancier français", ["France"]),
    ],
)
def test_an_adjective_naming_a_language_names_no_country(lexicon, text, countries):
    assert [m.name for m in lexicon.scan(text)] == countries


def test_a_name_written_beside_the_source_with_a_slash_is_no_tag():
    body = (
        "<p>Le juge Quimby a parlé à NRT/Radio-Nord. Selon NRT, le juge Quimby "
        "reste. La Cour fédérale de Zorbec et la Cour fédérale de Zorbec.</p>"
    )
    doc = article_text("Le juge Quimby", None, None, body)
    spans = spans_of(doc.text, ("NRT", "ORG"), ("Quimby", "PER"))
    found = tagger().tag(doc, "fr", spans, exclude=["Radio-Nord"]).tags
    assert "NRT" not in [c.name for c in found]
    found = tagger().tag(doc, "fr", spans, exclude=["Radio-Sud"]).tags
    assert "NRT" in [c.name for c in found]


@pytest.mark.parametrize(
    ("kicker", "body", "spans", "expected"),
    [
        # A local page's kicker: the town the story happened in.
        ("Frainval", "<p>Le feu a pris. Jo Quimby a aidé.</p>", [], ["Frainval"]),
        # A kicker of common words names nothing; the name said once does.
        (
            "Faits divers",
            "<p>Le feu a pris. Jo Quimby a aidé.</p>",
            [("Jo Quimby", "PER")],
            ["Jo Quimby"],
        ),
        # Of names set aside for being named little, the one the title names.
        (
            None,
            "<p>Zed Orbal a vu. Quimby a aidé.</p>",
            [("Quimby", "PER"), ("Zed Orbal", "PER")],
            ["Quimby"],
        ),
        # The source is never the spare tag.
        (None, "<p>Selon l'AFP, le feu a pris.</p>", [("AFP", "ORG")], []),
    ],
)
def test_an_article_the_rules_leave_bare_gets_its_best_name(
    kicker, body, spans, expected
):
    doc = article_text("Incendie : Quimby aide", None, None, body, kicker=kicker)
    found = tagger().tag(
        doc, "fr", spans_of(doc.text, *spans), exclude=["AFP"], spare=True
    )
    assert [c.name for c in found.tags] == expected
    assert (
        tagger().tag(doc, "fr", spans_of(doc.text, *spans), exclude=["AFP"]).tags == ()
    )


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Washington a refusé l'accord.", ["États-Unis"]),
        ("Ten years after Washington invaded the island.", ["États-Unis"]),
        ("Moscou dément toute implication.", ["Russie"]),
        ("Les tensions entre Pékin et Washington montent.", ["Chine", "États-Unis"]),
        ("Talks between Moscow and Kyiv stalled.", ["Russie", "Ukraine"]),
        ("Bruxelles exige des comptes.", ["Union européenne"]),
        # The city itself: after a preposition of place or a determiner.
        ("Il vit à Paris depuis vingt ans.", ["Paris"]),
        ("She spoke in Washington on Monday.", ["Washington"]),
        ("Depuis Washington, elle a parlé.", ["Washington"]),
        ("The Paris attacks shook the city.", ["Paris"]),
        # A city that names an institution's seat is no mention of it.
        ("Le parquet de Paris ouvre une enquête.", []),
        ("La cour d'appel de Lyon a jugé. Il vit à Lyon.", ["Lyon"]),
        ("Le maire a quitté le centre de Paris.", ["Paris"]),
        ("Paris et ses environs.", ["Paris"]),
    ],
)
def test_a_capital_written_for_its_state_is_the_state(lexicon, text, names):
    mentions = as_states(text, lexicon.scan(text), lexicon)
    assert [m.name for m in mentions] == names


@pytest.mark.parametrize(("times", "tagged"), [(5, True), (3, False)])
def test_a_name_of_no_known_kind_the_article_keeps_naming_is_a_subject(times, tagged):
    said = ", and ".join(["critics of Zorblix spoke"] * times)
    doc = article_text("Leaks", None, None, f"<p>Then {said}.</p>")
    found = {c.name: c.kind for c in tagger().tag(doc, "en", []).tags}
    assert ("Zorblix" in found) is tagged
    if tagged:
        assert found["Zorblix"] == "thème"


NESTED_NAMES = parse_taxonomy(
    """
tags:
  - name: Port Zorblanc
    kind: lieu
  - name: Port Zorblanc Vieux Quai Est
    kind: lieu
"""
)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # The longest name a run of words makes, over the shorter one inside it.
        ("au Port Zorblanc Vieux Quai Est ce matin", ["Port Zorblanc Vieux Quai Est"]),
        ("au Port-Zorblanc-Vieux-Quai-Est", ["Port Zorblanc Vieux Quai Est"]),
        # A run that starts a longer name but stops short of it: the shorter.
        ("au Port Zorblanc Vieux Quai ce matin", ["Port Zorblanc"]),
        # A comma or two characters between words end the run.
        ("au Port Zorblanc, Vieux Quai Est", ["Port Zorblanc"]),
        ("au Port Zorblanc  Vieux Quai Est", ["Port Zorblanc"]),
        ("au Port, Zorblanc", []),
    ],
)
def test_the_longest_known_run_of_joined_words_is_the_name(text, names):
    lexicon = Lexicon(vocabulary(), NESTED_NAMES)
    assert [m.name for m in lexicon.scan(text)] == names
