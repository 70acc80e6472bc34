"""Pelican plugin: what a reader sees of each article, and the site's own files.

Signals: ``initialized`` (the 404 page), ``readers_init`` (typography where
content is read, see ``readers.py``), ``generator_init`` (Jinja filters;
autoescape forced on, so seed text can never become markup),
``article_generator_init`` (the digest's sections from the taxonomy file),
``article_generator_context`` (metadata shape, digest section),
``content_object_init`` (no article signed by the site's ``AUTHOR``),
``article_generator_finalized`` (JSON-LD, word counts, the menu; the seeds
without their original's address),
``feed_generated`` (every author, honest dates), ``get_generators``
(``sitemap.xml`` and ``robots.txt``).
"""

from __future__ import annotations

import logging
from typing import Any

from pelican import signals
from pelican.urlwrappers import Category

from ..contents import all_articles
from ..settings import digest_settings
from ..tagging.setup import project_path
from ..tagging.taxonomy import TaxonomyError
from . import dates
from .feeds import shape_feed
from .jsonld import news_article, word_count
from .metadata import normalize_metadata
from .readers import add_typography
from .sections import load_sections
from .sitemap import SiteFilesGenerator
from .typography import typeset_text

logger = logging.getLogger(__name__)

FILTERS = {
    "long_date": dates.long_date,
    "edition_title": dates.edition_title,
    "clock": dates.clock,
    "month_title": dates.month_title,
    "iso": dates.iso,
    "typeset": typeset_text,
}


def add_pages(pelican: Any) -> None:
    """The 404 page, written at the site's root as GitHub Pages expects."""
    settings = pelican.settings
    if "404" not in settings["DIRECT_TEMPLATES"]:
        settings["DIRECT_TEMPLATES"] = [*settings["DIRECT_TEMPLATES"], "404"]
    settings.setdefault("404_SAVE_AS", "404.html")


def add_filters(generator: Any) -> None:
    """Install the theme's filters and make sure every variable is escaped."""
    digest_settings(generator.settings)
    generator.env.autoescape = True
    generator.env.filters.update(FILTERS)


def load_digest_sections(generator: Any) -> None:
    """Read the digest's sections once per build, for every article."""
    path = project_path(
        generator.settings, digest_settings(generator.settings)["DIGEST_TAXONOMY"]
    )
    try:
        generator.context["digest_sections"] = load_sections(path)
    except TaxonomyError as error:
        logger.error("%s", error)
        raise


def shape_metadata(generator: Any, metadata: dict[str, Any]) -> None:
    """One metadata shape; the article files under a digest section chosen
    from its outlet's section (never from a folder name)."""
    normalize_metadata(metadata)
    sections = generator.context.get("digest_sections")
    if sections is None:
        return
    given = metadata.get("category")
    chosen = str(given) if given else None
    if chosen == generator.settings.get("DEFAULT_CATEGORY"):
        chosen = None  # Pelican's default, not the editor's choice
    candidates = [
        chosen,
        metadata.get("source_section"),
        *reversed(metadata.get("breadcrumb") or []),
    ]
    name = sections.section_for(candidates)
    metadata["category"] = Category(name, generator.settings)


def drop_site_author(content: Any) -> None:
    """An article signed by nobody stays unsigned: Pelican would give it the
    site's ``AUTHOR``."""
    if not {"author", "authors"} & set(getattr(content, "metadata", {})):
        content.authors = []
        if hasattr(content, "author"):
            del content.author


def finish_articles(generator: Any) -> None:
    """JSON-LD and word count of every article; the menu's sections."""
    settings = generator.settings
    siteurl = settings.get("SITEURL", "")
    absolute = siteurl if siteurl.startswith("http") else ""
    logo = digest_settings(settings)["DIGEST_SITE_IMAGE"]
    site = {
        "name": settings.get("SITENAME", ""),
        "logo": f"{absolute}/{logo}" if absolute and logo else None,
        "siteurl": absolute,
    }
    for article in all_articles(generator):
        article.word_count = words_of(article)
        article.jsonld = news_article(article, site, article.word_count)
    sections = generator.context.get("digest_sections")
    order = {name: rank for rank, name in enumerate(sections.names)} if sections else {}
    generator.context["digest_menu"] = sorted(
        (category for category, _articles in generator.categories),
        key=lambda category: (order.get(category.name, len(order)), category.name),
    )


def words_of(article: Any) -> int:
    """The body's word count: the one the seed reader kept with its reading
    (links replaced later do not change a word), else counted here.

    >>> class Read: word_count, content = 2, "<p>Un deux</p>"
    >>> class Post: word_count, content = "9", "<p>Un deux trois</p>"
    >>> words_of(Read()), words_of(Post())
    (2, 3)
    """
    words = getattr(article, "word_count", None)
    return words if type(words) is int else word_count(article.content)


def report_missing_urls(generator: Any) -> None:
    """List the seeds published without their original's address; with
    ``DIGEST_REQUIRE_SOURCE_URL`` each one is an error, which strict
    publishing refuses."""
    missing = sorted(
        str(article.seed)
        for article in all_articles(generator)
        if getattr(article, "seed", None) and not getattr(article, "source_url", None)
    )
    if not missing:
        return
    if digest_settings(generator.settings)["DIGEST_REQUIRE_SOURCE_URL"]:
        for name in missing:
            logger.error(
                "%s: no address of the original article: add url: to its front "
                "matter (DIGEST_REQUIRE_SOURCE_URL)",
                name,
            )
        return
    logger.info(
        "%d seed%s without the original's address (add url: to the front matter): %s",
        len(missing),
        "s" if len(missing) > 1 else "",
        ", ".join(missing),
    )


def add_generators(pelican: Any) -> type:
    return SiteFilesGenerator


def register() -> None:
    signals.initialized.connect(add_pages)
    signals.readers_init.connect(add_typography)
    signals.generator_init.connect(add_filters)
    signals.article_generator_init.connect(load_digest_sections)
    signals.article_generator_context.connect(shape_metadata)
    signals.content_object_init.connect(drop_site_author)
    signals.article_generator_finalized.connect(finish_articles)
    signals.article_generator_finalized.connect(report_missing_urls)
    signals.feed_generated.connect(shape_feed)
    signals.get_generators.connect(add_generators)
