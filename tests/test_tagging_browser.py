"""A reader in headless Chromium goes from the tag index to a tag page, to an
article, to its source's page and back to the sources index."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from conftest import build
from publish_support import launch_chromium, served
from test_tagging_site import SEEDS

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def base_url(tmp_path_factory) -> Iterator[str]:
    # Not seed b: Pelican logs a warning once per process, and the site test
    # expects the one b's tags cause.
    seeds = {name: SEEDS[name] for name in ("a.txt", "c.txt", "d.txt")}
    site = build(tmp_path_factory.mktemp("browse"), seeds)
    with served(site.output) as url:
        yield url


def test_reader_follows_tags_articles_and_sources(base_url):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        page = browser.new_page()
        page.goto(f"{base_url}/tags/")
        assert page.locator("section.term-group h2").all_inner_texts() == [
            "Pays",
            "Thème",
        ]
        page.get_by_role("link", name="Russie", exact=True).click()
        assert page.locator("h1").inner_text() == "Russie"
        assert page.locator(".listing-kind").inner_text().strip().lower() == "pays"
        page.locator(".card-title a").first.click()
        assert page.locator("h1").inner_text() == (
            "Essai\u202f: la Corée du Nord et la Russie, troisième texte"
        )
        topics = page.locator("nav.article-tags a").all_inner_texts()
        assert topics == ["C++", "C#", "AT-T", "Corée du Nord", "Russie"]
        page.get_by_role("link", name="tous ses articles").click()
        assert page.locator("h1").inner_text() == "Autre Source"
        page.locator(".listing-kind a").click()
        assert page.locator("h1").inner_text() == "Sources"
        browser.close()
