"""Article URLs fixed once settled (``newsdigest.build.plugin.fix_urls``)."""

from __future__ import annotations

from types import SimpleNamespace

from pelican.contents import Article
from pelican.settings import DEFAULT_CONFIG
from pelican.utils import SafeDatetime

from newsdigest.build.plugin import fix_urls

SETTINGS = {
    **DEFAULT_CONFIG,
    "ARTICLE_URL": "{date:%Y}/{date:%m}/{slug}/",
    "ARTICLE_SAVE_AS": "{date:%Y}/{date:%m}/{slug}/index.html",
    "DRAFT_URL": "brouillons/{slug}/",
}


def article(slug: str, status: str = "published") -> Article:
    metadata = {
        "title": slug.title(),
        "date": SafeDatetime(2024, 3, 5, 12, 30),
        "slug": slug,
        "status": status,
    }
    return Article("<p>Un texte.</p>", metadata=metadata, settings=SETTINGS)


def test_each_article_keeps_the_url_pelican_gave_it_and_its_own_file():
    published, draft = article("un-essai"), article("un-brouillon", "draft")
    generator = SimpleNamespace(articles=[published], drafts=[draft])
    fix_urls(generator)
    assert (published.url, draft.url) == (
        "2024/03/un-essai/",
        "brouillons/un-brouillon/",
    )
    assert published.override_url == published.url
    # The file is left to Pelican: an overridden file is never reused.
    assert not hasattr(published, "override_save_as")
    assert published.save_as == "2024/03/un-essai/index.html"


def test_a_url_fixed_is_read_without_formatting_again():
    fixed = article("un-essai")
    fix_urls(SimpleNamespace(articles=[fixed]))
    fixed.settings = {
        **SETTINGS,
        "ARTICLE_URL": "ailleurs/{slug}/",
        "ARTICLE_SAVE_AS": "ailleurs/{slug}/index.html",
    }
    assert fixed.url == "2024/03/un-essai/"
    assert fixed.save_as == "ailleurs/un-essai/index.html"  # still Pelican's
