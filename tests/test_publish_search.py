"""The search page and its link: present when DIGEST_SEARCH is on, absent when
off, and loading Pagefind from the site's own path."""

from __future__ import annotations

import pytest
from conftest import build

from newsdigest.search.plugin import search_url
from newsdigest.settings import SettingError


@pytest.fixture(scope="module")
def sites(tmp_path_factory, first_seed_text):
    seeds = {"bfmtv-poutine-coree-du-nord-satellites.txt": first_seed_text}
    root = tmp_path_factory.mktemp("search")
    on = build(
        root / "on",
        seeds,
        {
            "DIGEST_SEARCH": True,
            "SITEURL": "https://editor.github.io/revue",
            "RELATIVE_URLS": False,
        },
    )
    off = build(root / "off", seeds, {"DIGEST_SEARCH": False})
    return on, off


def test_search_page_loads_pagefind_from_the_site_path(sites):
    on, _ = sites
    assert on.errors() == []
    page = on.soup("recherche/")
    assert page.find("h1").get_text(strip=True) == "Recherche"
    form = page.find("form", role="search")
    assert form["data-search-bundles"] == (
        "https://editor.github.io/revue/pagefind/bundles.json"
    )
    assert form["data-site-url"] == "https://editor.github.io/revue/"
    assert form["action"] == "https://editor.github.io/revue/recherche/"
    assert page.find("label", attrs={"for": "recherche-texte"}).get_text() == (
        "Rechercher dans les articles"
    )
    assert form.find("button", type="reset").get_text() == "Effacer"
    assert [s["src"] for s in page.find_all("script", src=True)] == [
        "https://editor.github.io/revue/theme/js/search.js"
    ]
    assert (on.output / "theme" / "js" / "search.js").is_file()


def test_every_page_links_to_search(sites):
    on, _ = sites
    for path in ("index.html", on.article_paths()[0], "tags/index.html"):
        links = on.soup(path).select("nav.site-nav a")
        assert [a["href"] for a in links if a.get_text() == "Recherche"] == [
            "https://editor.github.io/revue/recherche/"
        ]


def test_no_search_page_nor_link_when_search_is_off(sites):
    _, off = sites
    assert off.errors() == []
    assert not (off.output / "recherche").exists()
    assert [
        a for a in off.soup("index.html").select("nav a") if a.get_text() == "Recherche"
    ] == []


@pytest.mark.parametrize("url", ["../x/", "https://x.org/recherche/", "/"])
def test_bad_search_urls_are_refused(url):
    with pytest.raises(SettingError, match="DIGEST_SEARCH_URL"):
        search_url({"DIGEST_SEARCH": True, "DIGEST_SEARCH_URL": url})
