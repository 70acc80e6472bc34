"""The digest's sections (``sections:`` in the taxonomy file), authorship and
the original's address, on invented seeds and invented taxonomy files."""

from __future__ import annotations

import logging
import re

import pytest
from conftest import build

from newsdigest.site.sections import DigestSections, parse_sections
from newsdigest.tagging.taxonomy import TaxonomyError

SECTIONS = """\
sections:
  - name: Sports
    outlet_sections: [Football, Rugby à XIII]
  - name: Monde
    outlet_sections: [International, World]
  - name: Divers
    default: true
"""


def seed(section: str, title: str, front: str = "") -> str:
    return (
        f"---\ndate: 2031-06-01 08:00\n{front}---\nLa Gazette Inventée\n{section}\n"
        f"{title}\nUn chapô inventé pour les tests, sans aucune nouvelle réelle.\n"
        "Un premier paragraphe inventé raconte une histoire qui n'a pas eu lieu.\n"
        "Un second paragraphe inventé la termine sans rien apprendre à personne.\n"
    )


@pytest.mark.parametrize(
    ("candidates", "expected"),
    [
        (["Football"], "Sports"),
        (["football"], "Sports"),
        (["RUGBY A XIII"], "Sports"),
        (["Sports"], "Sports"),
        ([None, "World"], "Monde"),
        (["Jardinage", "International"], "Monde"),
        (["seeds"], "Divers"),
        ([], "Divers"),
    ],
)
def test_outlet_sections_file_under_the_digest_s(candidates, expected):
    assert parse_sections(SECTIONS).section_for(candidates) == expected


@pytest.mark.parametrize(
    ("text", "line", "problem"),
    [
        ("sections: Sports\n", 1, "sections: expected a list of sections"),
        ("sections:\n  - Sports\n", 2, "a section must be a mapping with a name"),
        ("sections:\n  - name: A\n    colour: red\n", 3, "unknown key 'colour'"),
        ("sections:\n  - name: A\n    default: oui\n", 3, "default: expected true"),
        (
            "sections:\n  - name: A\n    default: true\n  - name: B\n    default: true\n",
            4,
            "'A' is already the default section",
        ),
        (
            "sections:\n  - name: A\n    outlet_sections: [Foot]\n"
            "  - name: B\n    outlet_sections: [foot]\n    default: true\n",
            4,
            "'foot' already files under 'A' (line 2)",
        ),
        ("sections:\n  - name: A\n  - name: A\n    default: true\n", 3, "listed twice"),
        ("sections:\n  - name: A\n", 1, "mark one section with 'default: true'"),
    ],
)
def test_mistakes_name_the_line(text, line, problem):
    with pytest.raises(TaxonomyError) as error:
        parse_sections(text, "taxonomy.yaml")
    assert error.value.line == line
    assert problem in error.value.problem


def test_a_file_without_sections_has_one_default():
    assert parse_sections("tags: []\n") == DigestSections()


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("sections")
    (root / "content").mkdir()
    (root / "content" / "taxonomy.yaml").write_text(SECTIONS, encoding="utf-8")
    seeds = {
        "foot.txt": seed("Football", "Le club inventé de Zorb gagne"),
        "monde.txt": seed("World", "A made-up summit ends in Quux", "lang: en\n"),
        "rien.txt": seed("Jardinage", "Les tomates inventées de Flumène"),
        "signe.txt": seed(
            "Football", "Un match inventé", "authors: [Jeanne Inventée, Paul Fictif]\n"
        ),
    }
    return build(root, seeds, {"AUTHOR": "La Rédaction Inventée"})


def test_menu_lists_the_digest_sections_in_the_editor_s_order(site):
    menu = site.soup("index.html").select(".site-nav-sections a")
    assert [a.get_text() for a in menu] == ["Sports", "Monde", "Divers"]
    assert sorted(p.name for p in (site.output / "rubrique").iterdir()) == [
        "divers",
        "monde",
        "sports",
    ]


def test_the_outlet_section_stays_beside_the_source(site):
    for path in site.article_paths():
        soup = site.soup(path)
        outlet = soup.select_one(".source-section").get_text()
        assert site.jsonld(path)["articleSection"] == outlet
        rubrique = soup.select_one(".article-rubrique").get_text()
        assert rubrique == parse_sections(SECTIONS).section_for([outlet])


def test_no_article_takes_the_site_author(site):
    assert not (site.output / "auteur" / "la-redaction-inventee").exists()
    signed = {}
    for path in site.article_paths():
        soup = site.soup(path)
        signed[soup.h1.get_text()] = [a.get_text() for a in soup.select(".author")]
        if not signed[soup.h1.get_text()]:
            assert soup.select_one(".byline-names") is None
            assert "author" not in site.jsonld(path)
    assert signed["Un match inventé"] == ["Jeanne Inventée", "Paul Fictif"]
    assert sum(1 for names in signed.values() if names) == 1
    feed = (site.output / "feeds" / "all.atom.xml").read_text(encoding="utf-8")
    assert "La Rédaction Inventée" not in feed
    assert "<name>Jeanne Inventée</name><" in feed
    assert "<name>Paul Fictif</name>" in feed


def spaced(text: str) -> str:
    """Text with its runs of ordinary white space as one space (no-break
    spaces kept)."""
    return re.sub(r"[ \t\n]+", " ", text).strip()


def test_english_article_byline_in_english_inside_a_french_page(site):
    path = next(p for p in site.article_paths() if "made-up" in p)
    soup = site.soup(path)
    assert soup.html["lang"] == "fr"
    byline = soup.select_one(".article-byline")
    assert byline["lang"] == "en"
    assert spaced(byline.get_text()) == ("Published Sunday, 1 June 2031, 08:00")
    french = next(p for p in site.article_paths() if "tomates" in p)
    byline = site.soup(french).select_one(".article-byline").get_text()
    assert spaced(byline) == "Publié le dimanche 1er juin 2031 à 8\u00a0h\u00a000"


def test_seeds_without_their_original_are_listed_and_can_be_refused(tmp_path, caplog):
    caplog.set_level(logging.INFO, logger="newsdigest")
    linked = seed("Football", "Un but inventé", "url: https://gazette.example/but\n")
    seeds = {"avec.txt": linked, "sans.txt": seed("Football", "Un nul inventé")}
    site = build(tmp_path / "listed", seeds)
    assert site.errors() == []
    assert (
        "1 seed without the original's address (add url: to the front matter): "
        "seeds/sans.txt"
    ) in caplog.messages
    refused = tmp_path / "refused"
    with pytest.raises(Exception, match="strict build failed"):
        build(
            refused, seeds, {"DIGEST_STRICT": True, "DIGEST_REQUIRE_SOURCE_URL": True}
        )
    assert not (refused / "output" / "index.html").exists()


def test_feed_entries_say_their_language(site):
    feed = (site.output / "feeds" / "all.atom.xml").read_text(encoding="utf-8")
    assert feed.count('<feed xml:lang="fr"') == 1
    english = feed.split("A made-up summit")[0].rsplit("<entry", 1)[1]
    assert english.startswith(' xml:lang="en">')
    assert feed.count('<entry xml:lang="en">') == 1
