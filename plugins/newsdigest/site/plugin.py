"""Pelican plugin: theme filters, one metadata shape, and each article's JSON-LD.

Signals: ``generator_init`` (Jinja filters; autoescape forced on, so seed text
can never become markup), ``article_generator_context`` (metadata shape),
``article_generator_finalized`` (JSON-LD and word counts, once tags exist).
"""

from __future__ import annotations

from typing import Any

from pelican import signals

from ..contents import all_articles
from ..settings import digest_settings
from . import dates
from .jsonld import news_article, word_count
from .metadata import normalize_metadata

FILTERS = {
    "long_date": dates.long_date,
    "edition_title": dates.edition_title,
    "clock": dates.clock,
    "month_title": dates.month_title,
    "iso": dates.iso,
}


def add_filters(generator: Any) -> None:
    """Install the theme's filters and make sure every variable is escaped."""
    digest_settings(generator.settings)
    generator.env.autoescape = True
    generator.env.filters.update(FILTERS)


def shape_metadata(generator: Any, metadata: dict[str, Any]) -> None:
    normalize_metadata(metadata)


def add_structured_data(generator: Any) -> None:
    """Give every article its JSON-LD and word count."""
    siteurl = generator.settings.get("SITEURL", "")
    site_name = generator.settings.get("SITENAME", "")
    for article in all_articles(generator):
        page_url = f"{siteurl}/{article.url}" if siteurl.startswith("http") else None
        article.word_count = word_count(article.content)
        article.jsonld = news_article(article, page_url, site_name)


def register() -> None:
    signals.generator_init.connect(add_filters)
    signals.article_generator_context.connect(shape_metadata)
    signals.article_generator_finalized.connect(add_structured_data)
