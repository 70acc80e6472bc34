"""Tag, tag index, section and source pages of a built site, followed link by
link both ways; slug collisions; an edited taxonomy changes the next build.

Seeds are synthetic (made up here, fictional countries included); the model
is off, so tags come from the vocabulary and the taxonomy.
"""

from __future__ import annotations

import logging
import posixpath
import shutil
from pathlib import Path

import feedparser
import pytest
from conftest import ROOT, Site, build
from pelican import signals

from newsdigest.site.typography import typeset_text
from newsdigest.tagging.taxonomy import TaxonomyError


def seed(
    source: str, section: str, date: str, title: str, body: str, *, tags=()
) -> str:
    front = f"---\ndate: {date}\n" + (f"tags: {list(tags)}\n" if tags else "") + "---\n"
    lede = "Un texte d'essai écrit pour les tests du site, sans actualité réelle."
    return f"{front}{source}\n{section}\n\n{title}\n\n{lede}\n\n{body}\n\nPar Test Auteur\n"


SEEDS = {
    "a.txt": seed(
        "Gazette Synthétique",
        "Monde",
        "2024-03-01 09:00",
        "Essai : la Russie et la Chine parlent de satellites",
        "La Russie et la Chine ont parlé, dit ce texte d'essai. La Russie insiste. "
        "La Syldavie observe ; la Syldavie se tait. Pékin répond à la Russie et la "
        "Chine aussi.",
        tags=["Essai technique"],
    ),
    "b.txt": seed(
        "gazette synthétique",
        "monde",
        "2024-03-02 09:00",
        "Essai : la Russie et l'Ukraine, deuxième texte",
        "La Russie et l'Ukraine sont citées ici. Le camp ukrainien parle, la Russie "
        "répond, l'Ukraine aussi. Un texte d'essai, rien de plus.",
        tags=["coree du nord", "AT&T"],
    ),
    "c.txt": seed(
        "Autre Source",
        "Économie",
        "2024-03-03 09:00",
        "Essai : la Corée du Nord et la Russie, troisième texte",
        "La Corée du Nord et la Russie sont citées. La Corée du Nord encore, la "
        "Russie encore, dans ce texte d'essai.",
        tags=["C++", "C#", "AT-T"],
    ),
    "d.txt": seed(
        "Gazette Synthétique",
        "Économie",
        "2024-03-04 09:00",
        "Essai : le Japon, quatrième texte",
        "Le Japon est cité. Le Japon encore, et le Japon toujours, dans ce texte "
        "d'essai sans rapport avec les autres.",
    ),
}
PAGINATION = {"DEFAULT_PAGINATION": 2}


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Site:
    return build(tmp_path_factory.mktemp("tags"), SEEDS, PAGINATION)


def resolve(page: str, href: str) -> str:
    """The output path an href of a page points to (relative URLs)."""
    folder = posixpath.dirname(page)
    target = posixpath.normpath(posixpath.join(folder, href.split("#", maxsplit=1)[0]))
    return target + "/index.html" if not target.endswith(".xml") else target


def links(site: Site, page: str, selector: str) -> dict[str, str]:
    """Text -> output path of the links a selector picks on a page."""
    return {
        a.get_text(strip=True): resolve(page, a["href"])
        for a in site.soup(page).select(selector)
    }


def shown(*titles: str) -> list[str]:
    """Titles as pages show them: typeset (newsdigest.site.typography)."""
    return [typeset_text(title, "fr") for title in titles]


def article_by_title(site: Site, start: str) -> str:
    """The article whose headline (typeset, as pages show it) starts so."""
    for path in site.article_paths():
        if (
            site.soup(path)
            .h1.get_text(strip=True)
            .startswith(typeset_text(start, "fr"))
        ):
            return path
    raise AssertionError(start)


def test_build_has_no_error(site):
    assert site.errors() == []


def test_every_tag_on_an_article_links_to_a_page_that_links_back(site):
    for page in site.article_paths():
        tags = links(site, page, "nav.article-tags a")
        assert tags, page
        for name, target in tags.items():
            listing = [target]
            soup = site.soup(target)
            while (next_link := soup.select_one("a[rel=next]")) is not None:
                listing.append(resolve(listing[-1], next_link["href"]))
                soup = site.soup(listing[-1])
            back = {
                resolve(p, a["href"])
                for p in listing
                for a in site.soup(p).select(".card-title a")
            }
            assert page in back, (page, name)
            assert site.soup(target).h1.get_text(strip=True) == name


def test_article_tags_are_front_matter_first_then_entities(site):
    page = article_by_title(site, "Essai : la Russie et la Chine")
    assert list(links(site, page, "nav.article-tags a")) == [
        "Essai technique",
        "Russie",
        "Chine",
    ]
    page = article_by_title(site, "Essai : la Corée du Nord")
    assert list(links(site, page, "nav.article-tags a")) == [
        "C++",
        "C#",
        "AT&T",
        "Corée du Nord",
        "Russie",
    ]


def test_tag_page_has_title_kind_description_newest_first_pages_and_feed(site):
    page = "tag/russie/index.html"
    soup = site.soup(page)
    assert soup.h1.get_text(strip=True) == "Russie"
    assert soup.select_one(".listing-kind").get_text(strip=True) == "Pays"
    assert soup.select_one(".listing-description").get_text(strip=True) == (
        "Fédération de Russie, le plus vaste pays du monde, entre Europe et Asie."
    )
    titles = [a.get_text(strip=True) for a in soup.select(".card-title a")]
    assert titles == shown(
        "Essai : la Corée du Nord et la Russie, troisième texte",
        "Essai : la Russie et l'Ukraine, deuxième texte",
    )
    second = resolve(page, soup.select_one("a[rel=next]")["href"])
    assert second == "tag/russie/page/2/index.html"
    assert [
        a.get_text(strip=True) for a in site.soup(second).select(".card-title a")
    ] == shown("Essai : la Russie et la Chine parlent de satellites")
    feed_path = links(site, page, ".listing-feed a")["Flux Atom du sujet"]
    feed = feedparser.parse((site.output / feed_path).read_bytes())
    assert feed_path == "feeds/tag-russie.atom.xml"
    assert [entry.title for entry in feed.entries] == shown(
        "Essai : la Corée du Nord et la Russie, troisième texte",
        "Essai : la Russie et l'Ukraine, deuxième texte",
        "Essai : la Russie et la Chine parlent de satellites",
    )


def test_tag_index_groups_tags_by_kind_with_article_counts(site):
    soup = site.soup("tags/index.html")
    groups = {
        group.h2.get_text(strip=True): [
            (li.a.get_text(strip=True), li.select_one(".count").get_text(strip=True))
            for li in group.select("li")
        ]
        for group in soup.select("section.term-group")
    }
    assert groups == {
        "Pays": [
            ("Chine", "1"),
            ("Corée du Nord", "2"),
            ("Japon", "1"),
            ("Russie", "3"),
            ("Ukraine", "1"),
        ],
        "Thème": [("AT&T", "2"), ("C++", "1"), ("C#", "1"), ("Essai technique", "1")],
    }
    for name, target in links(site, "tags/index.html", ".term-list a").items():
        back = links(site, target, ".listing-kind a")
        assert list(back.values()) == ["tags/index.html"], name


def test_names_differing_in_case_accents_or_punctuation_are_merged_or_kept_apart(
    site,
):
    assert (site.output / "tag/coree-du-nord/index.html").is_file()
    assert (site.output / "tag/c-plus-plus/index.html").is_file()
    assert (site.output / "tag/c-sharp/index.html").is_file()
    # "Monde" files under the digest's section "International" (taxonomy.yaml).
    assert sorted(p.name for p in (site.output / "rubrique").iterdir()) == [
        "economie",
        "international",
    ]
    assert sorted(p.name for p in (site.output / "source").iterdir()) == [
        "autre-source",
        "gazette-synthetique",
    ]
    assert site.messages(logging.WARNING) == [
        'tag "AT-T" and tag "AT&T" share the URL slug at-t: merged'
    ]


def test_section_pages_and_their_index_link_both_ways(site):
    index = links(site, "rubriques/index.html", ".term-list a")
    assert index == {
        "International": "rubrique/international/index.html",
        "Économie": "rubrique/economie/index.html",
    }
    page = index["International"]
    assert links(site, page, ".listing-kind a") == {"Rubrique": "rubriques/index.html"}
    listed = links(site, page, ".card-title a")
    assert sorted(listed) == sorted(
        shown(
            "Essai : la Russie et l'Ukraine, deuxième texte",
            "Essai : la Russie et la Chine parlent de satellites",
        )
    )
    for target in listed.values():
        assert links(site, target, "a.article-rubrique") == {"International": page}
        outlet = site.soup(target).select_one(".source-section").get_text()
        assert outlet.casefold() == "monde"


def test_source_pages_and_their_index_link_both_ways(site):
    index = links(site, "sources/index.html", ".term-list a")
    assert index == {
        "Autre Source": "source/autre-source/index.html",
        "Gazette Synthétique": "source/gazette-synthetique/index.html",
    }
    counts = [c.get_text() for c in site.soup("sources/index.html").select(".count")]
    assert counts == ["1", "3"]
    page = index["Gazette Synthétique"]
    assert site.soup(page).h1.get_text(strip=True) == "Gazette Synthétique"
    assert links(site, page, ".listing-kind a") == {"Source": "sources/index.html"}
    first = [a.get_text(strip=True) for a in site.soup(page).select(".card-title a")]
    second_page = resolve(page, site.soup(page).select_one("a[rel=next]")["href"])
    second = [
        a.get_text(strip=True) for a in site.soup(second_page).select(".card-title a")
    ]
    assert first + second == shown(
        "Essai : le Japon, quatrième texte",
        "Essai : la Russie et l'Ukraine, deuxième texte",
        "Essai : la Russie et la Chine parlent de satellites",
    )
    article = article_by_title(site, "Essai : le Japon")
    assert links(site, article, ".article-origin a") == {
        "tous ses articles dans la revue": page
    }
    assert links(site, page, "a.card-source")["Gazette Synthétique"] == page
    nav = links(site, "index.html", ".site-nav-tools a")
    assert nav["Sources"] == "sources/index.html"
    assert nav["Sujets"] == "tags/index.html"


def test_an_edited_taxonomy_changes_the_next_build(tmp_path):
    root = tmp_path / "site"
    first = build(root, {"a.txt": SEEDS["a.txt"]})
    page = first.article_paths()[0]
    assert list(links(first, page, "nav.article-tags a")) == [
        "Essai technique",
        "Russie",
        "Chine",
    ]
    taxonomy = root / "content" / "taxonomy.yaml"
    text = taxonomy.read_text(encoding="utf-8")
    text = text.replace(
        "tags:\n",
        "tags:\n  - name: Royaume de Syldavie\n    kind: pays\n    aliases: [Syldavie]\n"
        "    description: Pays imaginaire des tests.\n",
        1,
    )
    taxonomy.write_text(
        text.replace("blocklist:\n", "blocklist:\n  - Chine\n"), "utf-8"
    )
    shutil.rmtree(root / "output")
    second = build(root, {})
    assert list(links(second, page, "nav.article-tags a")) == [
        "Essai technique",
        "Russie",
        "Royaume de Syldavie",
    ]
    soup = second.soup("tag/royaume-de-syldavie/index.html")
    assert (
        soup.select_one(".listing-description").get_text()
        == "Pays imaginaire des tests."
    )
    assert not (second.output / "tag" / "chine").exists()


def test_a_malformed_taxonomy_stops_the_build_with_its_line(tmp_path):
    root = tmp_path / "site"
    shutil.copytree(ROOT / "content", root / "content")
    (root / "content" / "taxonomy.yaml").write_text(
        "tags:\n  - name: Russie\n    kind: pais\n", encoding="utf-8"
    )
    with pytest.raises(TaxonomyError) as caught:
        build(root, {"a.txt": SEEDS["a.txt"]})
    assert str(caught.value) == (
        f"{root / 'content' / 'taxonomy.yaml'}, line 3: kind: 'pais' is not one of "
        "personne, pays, lieu, organisation, thème"
    )


def test_every_page_of_the_site_escapes_seed_text(site):
    for path in Path(site.output).rglob("*.html"):
        assert "<script>alert" not in path.read_text(encoding="utf-8")


CAPTURED: list[tuple[list[str], dict[str, list[str]]]] = []


def capture(generator) -> None:
    CAPTURED.extend(
        (
            [str(tag) for tag in a.tags],
            {t["name"]: t["surfaces"] for t in a.entity_tags},
        )
        for a in generator.articles
    )


def test_articles_carry_the_strings_that_name_each_entity_tag(tmp_path):
    body = (
        "La Corée du Nord parle ; le régime nord-coréen aussi. La Russie et les "
        "Russes répondent à la Corée du Nord dans ce texte d'essai. La Russie insiste."
    )
    text = seed("Gazette", "Monde", "2024-03-05", "Essai de mentions", body, tags=["X"])
    signals.article_generator_finalized.connect(capture)
    try:
        build(tmp_path / "mentions", {"m.txt": text})
    finally:
        signals.article_generator_finalized.disconnect(capture)
    assert CAPTURED == [
        (
            ["X", "Corée du Nord", "Russie"],
            {
                "Corée du Nord": ["Corée du Nord", "nord-coréen"],
                "Russie": ["Russie", "Russes"],
            },
        )
    ]
