"""A reader in headless Chromium reads the digest: the front page's editions,
an article's related articles, its story, a mention link and the next article
of its section."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from conftest import build
from crosslinks_corpus import SEEDS
from publish_support import launch_chromium, served

pytestmark = pytest.mark.browser

ZORBLANC = "Zorblanc inaugure son pont de carton au-dessus de la Flumène"
COURRIER = "Un pont de carton relie désormais les deux rives de la Flumène"


@pytest.fixture(scope="module")
def base_url(tmp_path_factory) -> Iterator[str]:
    site = build(tmp_path_factory.mktemp("browse"), SEEDS)
    with served(site.output) as url:
        yield url


def test_reader_goes_from_editions_to_related_story_mention_and_next(base_url):
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        page = browser.new_page()
        page.goto(f"{base_url}/")
        assert page.locator(".edition-title").all_inner_texts() == [
            "Mardi 8 avril 2031",
            "Vendredi 4 avril 2031",
            "Jeudi 3 avril 2031",
            "Mercredi 2 avril 2031",
            "Mardi 1er avril 2031",
            "Mardi 25 mars 2031",
        ]
        page.get_by_role("link", name=ZORBLANC, exact=True).click()
        # The other article of its story is in the story box, not again in
        # "À lire aussi".
        expect(page.locator(".related")).to_have_count(0)
        assert page.locator(".story-list a").all_inner_texts() == [COURRIER]
        story = page.locator(".story-box h2 a")
        expect(story).to_be_visible()
        story.click()
        assert page.locator("h1").inner_text() == ZORBLANC
        assert page.locator(".card-title").all_inner_texts() == [ZORBLANC, COURRIER]
        page.go_back()
        page.locator(".article-body a.mention", has_text="Albérie Quux").click()
        assert page.locator("h1").inner_text() == "Albérie Quux"
        page.go_back()
        page.locator(".article-nav a[rel=next]").click()
        assert page.locator("h1").inner_text() == (
            "Le phare de Snorvik s’éteint après une tempête de sable"
        )
        browser.close()
