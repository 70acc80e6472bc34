"""End to end: the first seed built by Pelican, read back from its page and JSON-LD."""

from __future__ import annotations

import re

import pytest

from newsdigest.seeds.text import norm, sentences

TITLE = (
    "Vladimir Poutine laisse entendre que la Russie aidera la Corée du Nord "
    "à construire des satellites"
)
CAPTION = "Vladimir Poutine et Kim Jong-un le 13 septembre 2023"
LEDE = (
    "Le président russe rencontre son homologue nord-coréen ce mercredi au "
    "cosmodrome de Vostotchny, dans l’Est de la Russie."
)


@pytest.fixture(scope="module")
def site(tmp_path_factory, first_seed_text):
    from conftest import build

    return build(
        tmp_path_factory.mktemp("first"),
        {"bfmtv-poutine-coree-du-nord-satellites.txt": first_seed_text},
    )


@pytest.fixture(scope="module")
def page_path(site):
    paths = site.article_paths()
    assert len(paths) == 1
    return paths[0]


def test_no_error_logged(site):
    assert site.errors() == []


def test_article_url_is_dated_and_ascii(page_path):
    assert re.fullmatch(r"2023/09/13/[a-z0-9-]+/index\.html", page_path)
    assert page_path.startswith("2023/09/13/vladimir-poutine-laisse-entendre")


def test_page_shows_every_field(site, page_path):
    soup = site.soup(page_path)
    assert soup.html["lang"] == "fr"
    assert soup.find("h1").get_text(strip=True) == TITLE
    # The digest's section; the outlet's own ("Russie") stays as the source's.
    assert soup.select_one(".article-rubrique").get_text(strip=True) == "International"
    assert soup.select_one(".article-source > a").get_text(strip=True) == "BFMTV"
    assert soup.select_one(".source-section").get_text(strip=True) == "Russie"
    assert soup.select_one(".article-chapo").get_text(strip=True) == LEDE
    assert soup.select_one(".author").get_text(strip=True) == "B.F"
    assert soup.select_one(".agency").get_text(strip=True) == "AFP"
    date = soup.select_one("time.article-date")
    assert date.get_text(strip=True) == "mercredi 13 septembre 2023"
    assert date["datetime"].startswith("2023-09-13T")
    # The paste describes a photo but has no image: said in words, no figure.
    assert soup.find("figure") is None
    note = soup.select_one("p.article-photo.photo-note")
    assert note.select_one(".photo-label").get_text() == "Photo\u202f:"
    assert note.select_one(".photo-caption").get_text(strip=True) == CAPTION
    assert note.select_one(".photo-credit").get_text(strip=True) == "BFMTV"
    headings = [h2.get_text(strip=True) for h2 in soup.select(".article-body h2")]
    assert headings == ["Nous discuterons de tous les sujets"]


def test_caption_shown_once(site, page_path):
    text = site.soup(page_path).select_one("article").get_text()
    assert norm(text).count(norm(CAPTION)) == 1


def test_every_body_sentence_present_once(site, page_path, first_seed_text):
    article = norm(site.soup(page_path).select_one("article").get_text())
    body_lines = first_seed_text.strip().split("\n")[10:-1]
    paragraphs = [line for line in body_lines if len(line) > 60]
    assert len(paragraphs) == 5
    for paragraph in paragraphs:
        for sentence in sentences(paragraph):
            assert article.count(norm(sentence)) >= 1, sentence
        assert article.count(norm(paragraph)) == 1, paragraph


def test_jsonld_states_the_same(site, page_path):
    data = site.jsonld(page_path)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == TITLE
    assert data["datePublished"] == "2023-09-13T00:00:00+02:00"
    assert [author["name"] for author in data["author"]] == ["B.F"]
    assert data["publisher"]["name"] == "BFMTV"
    assert data["sourceOrganization"]["name"] == "BFMTV"
    assert data["articleSection"] == "Russie"  # as the outlet filed it
    assert data["description"] == LEDE
    assert data["inLanguage"] == "fr"
    # No picture of its own and no absolute address (a relative build): no image.
    assert "image" not in data
    assert 250 < data["wordCount"] < 320


def test_open_graph(site, page_path):
    soup = site.soup(page_path)
    og = {m["property"]: m["content"] for m in soup.find_all("meta", property=True)}
    assert og["og:type"] == "article"
    assert og["og:title"] == TITLE
    assert og["og:description"] == LEDE
    assert og["article:section"] == "International"
    assert og["article:published_time"].startswith("2023-09-13T")
