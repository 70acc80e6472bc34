"""End to end: cross-links on a site built from a synthetic corpus (see
``crosslinks_corpus.py``): related articles, stories, mention links, editions
by day, archives by week and month, previous/next within a section."""

from __future__ import annotations

import datetime as dt
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup
from crosslinks_corpus import SEEDS

ZORBLANC = "2031/04/02/zorblanc-inaugure-son-pont-de-carton-au-dessus-de-la-flumene/"
COURRIER = "2031/04/02/un-pont-de-carton-relie-desormais-les-deux-rives-de-la-flumene/"
PLIMBOURG = "2031/04/01/plimbourg-accueille-un-festival-de-cerfs-volants-hexagonaux/"
GLORBEX = "2031/04/03/glorbex-annonce-des-resultats-trimestriels-en-forme-de-spirale/"
VRILLAC = "2031/03/25/vrillac-bat-tromene-au-terme-d-un-match-de-balle-carree/"
QUIMBRE = "2031/04/08/le-musee-de-quimbre-expose-des-horloges-sans-aiguilles/"
ETEINT = "2031/04/02/le-phare-de-snorvik-s-eteint-apres-une-tempete-de-sable/"
RALLUME = "2031/04/04/le-phare-de-snorvik-rallume-apres-le-passage-de-la-grue/"
TITLE = "Zorblanc inaugure son pont de carton au-dessus de la Flumène"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from conftest import build

    return build(
        tmp_path_factory.mktemp("crosslinks"), SEEDS, {"DIGEST_EDITIONS_PER_PAGE": 3}
    )


@pytest.fixture(scope="module")
def plain(tmp_path_factory):
    """The same site without mention links: the text to compare with."""
    from conftest import build

    return build(
        tmp_path_factory.mktemp("plain"), SEEDS, {"DIGEST_MENTION_LINKS": False}
    )


def title(site, path: str) -> str:
    return site.soup(path).select_one("h1.article-title").get_text(strip=True)


def links(site, path: str, selector: str) -> list[str]:
    """Targets of the links a selector finds, as article paths."""
    found = []
    for anchor in site.soup(path).select(selector):
        href = anchor["href"]
        assert href.startswith("../../../../"), href
        found.append(href.removeprefix("../../../../"))
    return found


def test_builds_every_article_without_error(site):
    assert site.errors() == []
    assert len(site.article_paths()) == len(SEEDS)


@pytest.fixture(scope="module")
def apart(tmp_path_factory):
    """The corpus with the Courrier's bridge article ten days later: related
    to the Gazette's, too far in time to be one story with it."""
    from conftest import build

    seeds = dict(SEEDS)
    seeds["zorblanc-courrier.txt"] = seeds["zorblanc-courrier.txt"].replace(
        "date: 2031-04-02 15:10", "date: 2031-04-12 15:10"
    )
    return build(tmp_path_factory.mktemp("apart"), seeds)


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (ZORBLANC, []),  # its related article is in its story box, shown once
        (COURRIER, []),
        (ETEINT, []),
        (RALLUME, []),
        (PLIMBOURG, []),
        (GLORBEX, []),
        (VRILLAC, []),
        (QUIMBRE, []),
    ],
)
def test_related_articles(site, path, expected):
    assert links(site, path, ".related-list a") == expected
    if not expected:
        assert site.soup(path).select(".related") == []


def test_no_article_both_in_story_box_and_related(site, apart):
    for built in (site, apart):
        for path in built.article_paths():
            page = path.removesuffix("index.html")
            story = links(built, page, ".story-list a")
            related = links(built, page, ".related-list a")
            assert not set(story) & set(related), page


def test_related_article_says_why(apart):
    later = COURRIER.replace("2031/04/02", "2031/04/12")
    assert links(apart, ZORBLANC, ".related-list a") == [later]
    assert links(apart, ZORBLANC, ".story-list a") == []
    reasons = apart.soup(ZORBLANC).select(".related-reason")
    assert [reason.get_text(strip=True) for reason in reasons] == [
        "Également sur Albérie Quux, Flumène, Zorblanc"
    ]


def test_two_stories_form(site):
    stories = sorted(
        p.parent.name for p in (site.output / "histoire").glob("*/index.html")
    )
    assert stories == [
        "2031-04-02-le-phare-de-snorvik-s-eteint-apres-une-tempete-de-sable",
        "2031-04-02-zorblanc-inaugure-son-pont-de-carton-au-dessus-de-la-flumene",
    ]


def test_story_page_lists_its_coverage(site):
    page = "histoire/2031-04-02-zorblanc-inaugure-son-pont-de-carton-au-dessus-de-la-flumene/"
    soup = site.soup(page)
    assert soup.select_one(".story-label").get_text(strip=True) == (
        "La même actualité vue par Gazette Synthétique et Le Courrier Fictif"
    )
    cards = [a["href"].removeprefix("../../") for a in soup.select(".card-title a")]
    assert cards == [ZORBLANC, COURRIER]
    tags = [a.get_text(strip=True) for a in soup.select(".story > .tag-list a")]
    assert tags == ["Albérie Quux", "Flumène", "Zorblanc"]


@pytest.mark.parametrize(
    ("path", "label", "others"),
    [
        (
            ZORBLANC,
            "La même actualité vue par Gazette Synthétique et Le Courrier Fictif",
            [COURRIER],
        ),
        (
            COURRIER,
            "La même actualité vue par Gazette Synthétique et Le Courrier Fictif",
            [ZORBLANC],
        ),
        (ETEINT, "La même actualité suivie par Gazette Synthétique", [RALLUME]),
        (RALLUME, "La même actualité suivie par Gazette Synthétique", [ETEINT]),
    ],
)
def test_story_box_shows_the_others(site, path, label, others):
    box = site.soup(path).select_one(".story-box")
    assert box.select_one("h2").get_text(strip=True) == label
    assert links(site, path, ".story-list a") == others


@pytest.mark.parametrize("path", [PLIMBOURG, GLORBEX, VRILLAC, QUIMBRE])
def test_no_story_of_one_article(site, path):
    assert site.soup(path).select(".story-box, .card-story") == []


def test_first_mention_of_each_tag_is_linked(site):
    body = site.soup(ZORBLANC).select_one(".article-body")
    mentions = [(a.get_text(), a["href"]) for a in body.select("a.mention")]
    assert mentions == [
        ("Zorblanc", "../../../../tag/zorblanc/"),
        ("Flumène", "../../../../tag/flumene/"),
        ("Albérie Quux", "../../../../tag/alberie-quux/"),
        ("France", "../../../../tag/france/"),
    ]
    assert body.select("h2 a") == []
    assert body.select("p")[1].a.get_text() == "Albérie Quux"


def test_mention_links_leave_the_text_unchanged(site, plain):
    for path in site.article_paths():
        linked = site.soup(path).select_one(".article-body")
        unlinked = plain.soup(path).select_one(".article-body")
        assert unlinked.select("a") == []
        assert linked.get_text() == unlinked.get_text(), path


def test_tag_placeholders_never_reach_the_output(site):
    pages = [*site.output.rglob("*.html"), *site.output.rglob("*.xml")]
    assert len(pages) > len(SEEDS)
    assert [p.name for p in pages if "{tag}" in p.read_text(encoding="utf-8")] == []
    atom = "{http://www.w3.org/2005/Atom}"
    feed = ElementTree.parse(site.output / "feeds" / "all.atom.xml").getroot()
    entry = next(
        e for e in feed.iter(atom + "entry") if e.findtext(atom + "title") == TITLE
    )
    content = BeautifulSoup(entry.findtext(atom + "content"), "html.parser")
    assert [(a.get_text(), a["href"]) for a in content.select("a.mention")][:2] == [
        ("Zorblanc", "tag/zorblanc/"),
        ("Flumène", "tag/flumene/"),
    ]


def edition_titles(site, path: str) -> list[str]:
    return [h2.get_text(strip=True) for h2 in site.soup(path).select(".edition-title")]


def test_front_page_shows_editions_by_day(site):
    assert edition_titles(site, "index.html") == [
        "Mardi 8 avril 2031",
        "Vendredi 4 avril 2031",
        "Jeudi 3 avril 2031",
    ]
    assert edition_titles(site, "page/2/") == [
        "Mercredi 2 avril 2031",
        "Mardi 1er avril 2031",
        "Mardi 25 mars 2031",
    ]
    assert not (site.output / "page" / "3").exists()
    pager = site.soup("index.html").select_one(".pager a[rel=next]")
    assert pager["href"] == "./page/2/"


def test_edition_items_show_title_source_section_lede_tags_and_story(site):
    edition = site.soup("page/2/").select(".edition")[0]
    cards = edition.select(".card")
    assert [c.select_one(".card-title a")["href"] for c in cards] == [
        "../../" + ETEINT,
        "../../" + COURRIER,
        "../../" + ZORBLANC,
    ]
    card = cards[2]
    assert card.select_one(".card-source").get_text() == "Gazette Synthétique"
    assert (
        card.select_one(".card-section").get_text() == "International"
    )  # the digest section of "Monde"
    assert card.select_one(".card-lede").get_text() == (
        "Le village inventé de Zorblanc ouvre un pont de carton. "
        "Ce texte est synthétique, écrit pour les tests."
    )
    assert [a.get_text() for a in card.select(".tag-list a")] == [
        "Zorblanc",
        "Albérie Quux",
        "Flumène",
        "France",
    ]
    story = card.select_one(".card-story a")
    assert story.get_text() == (
        "La même actualité vue par Gazette Synthétique et Le Courrier Fictif"
    )
    assert story["href"] == (
        "../../histoire/2031-04-02-zorblanc-inaugure-son-pont-de-carton-au-dessus"
        "-de-la-flumene/"
    )


def test_archive_index_lists_months_and_weeks(site):
    soup = site.soup("archives/")

    def periods(selector: str) -> list[tuple[str, str, str]]:
        return [
            (a.get_text(), a["href"], a.find_next_sibling(class_="count").get_text())
            for a in soup.select(selector)
        ]

    assert periods(".archive-months a") == [
        ("Avril 2031", "../archives/2031/04/", "7"),
        ("Mars 2031", "../archives/2031/03/", "1"),
    ]
    assert periods(".archive-weeks a") == [
        ("Semaine du 7 au 13 avril 2031", "../archives/2031/semaine-15/", "1"),
        ("Semaine du 31 mars au 6 avril 2031", "../archives/2031/semaine-14/", "6"),
        ("Semaine du 24 au 30 mars 2031", "../archives/2031/semaine-13/", "1"),
    ]


def test_archive_pages_show_their_editions(site):
    assert edition_titles(site, "archives/2031/semaine-14/") == [
        "Vendredi 4 avril 2031",
        "Jeudi 3 avril 2031",
        "Mercredi 2 avril 2031",
        "Mardi 1er avril 2031",
    ]
    assert edition_titles(site, "archives/2031/03/") == ["Mardi 25 mars 2031"]
    nav = site.soup("archives/2031/semaine-14/").select(".pager a")
    assert [(a["rel"], a["href"]) for a in nav] == [
        (["prev"], "../../../archives/2031/semaine-15/"),
        (["next"], "../../../archives/2031/semaine-13/"),
    ]


@pytest.mark.parametrize(
    ("path", "previous", "following"),
    [
        (ZORBLANC, [PLIMBOURG], [ETEINT]),
        (PLIMBOURG, [], [ZORBLANC]),
        (RALLUME, [ETEINT], []),
        (COURRIER, [], []),
    ],
)
def test_previous_and_next_in_section(site, path, previous, following):
    assert links(site, path, ".article-nav a[rel=prev]") == previous
    assert links(site, path, ".article-nav a[rel=next]") == following


def test_shipped_site_front_page_shows_editions_by_day(tmp_path_factory):
    from conftest import ROOT, build

    from newsdigest.site.dates import edition_title

    seeds = {path.name: path.read_bytes() for path in (ROOT / "seeds").glob("*.txt")}
    shipped = build(tmp_path_factory.mktemp("shipped"), seeds)
    assert shipped.errors() == []
    published = {
        dt.date.fromisoformat(shipped.jsonld(path)["datePublished"][:10])
        for path in shipped.article_paths()
    }
    expected = [edition_title(day) for day in sorted(published, reverse=True)]
    assert "Mercredi 13 septembre 2023" in expected
    assert edition_titles(shipped, "index.html") == expected[:7]


def test_links_html_and_feeds_pass_the_real_checkers(site):
    """Every page (stories, archive periods, editions pages included) passes the
    crawler, the Nu Html Checker and feedparser, as ``invoke check`` runs them."""
    from newsdigest.publishing.checks import run_checks

    report = run_checks(site.output, "", lambda message: None)
    assert report.problems == {
        "links": [],
        "html": [],
        "feeds": [],
        "accessibility": [],
    }
    assert (site.output / "histoire").is_dir()
