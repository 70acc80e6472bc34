"""Source pages: "all the BFMTV articles" at /source/bfmtv/ (paginated, newest
first) and an index of sources at /sources/.

A Pelican generator (signal ``get_generators``): ``generate_context`` groups
the articles by source and gives each its ``source_page_url``;
``generate_output`` writes ``source.html`` and ``sources.html``.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from functools import partial
from typing import Any

from pelican.generators import Generator
from pelican.urlwrappers import URLWrapper

from ..settings import digest_settings
from .names import NameRegistry

logger = logging.getLogger(__name__)


class Source(URLWrapper):
    """A source site; URLs from DIGEST_SOURCE_URL and DIGEST_SOURCE_SAVE_AS
    (``URLWrapper`` reads them as SOURCE_URL and SOURCE_SAVE_AS)."""


class SourcesGenerator(Generator):
    """Writes one page per source and the index of sources."""

    def generate_context(self) -> None:
        digest = digest_settings(self.settings)
        settings = {
            **self.settings,
            "SOURCE_URL": digest["DIGEST_SOURCE_URL"],
            "SOURCE_SAVE_AS": digest["DIGEST_SOURCE_SAVE_AS"],
        }
        registry = NameRegistry("source")
        groups: dict[str, list[Any]] = defaultdict(list)
        objects: dict[str, Source] = {}
        urls: dict[str, str] = {}  # a source's URL, made once per source
        articles = self.context.get("articles", [])
        others = [
            a
            for name in ("translations", "hidden_articles")
            for a in self.context.get(name, []) or []
        ]
        listed = len(articles)
        for index, article in enumerate([*articles, *others]):
            name = getattr(article, "source", None)
            if not name:
                continue
            slug, shown = registry.claim(str(name))
            source = objects.get(slug)
            if source is None:
                source = objects[slug] = Source(shown, settings)
                source.slug = slug
                urls[slug] = source.url
            article.source_page_url = urls[slug]
            if index < listed:
                groups[slug].append(article)
        for message in registry.collisions:
            logger.warning("%s", message)
        self.sources = sorted(
            ((objects[slug], found) for slug, found in groups.items()),
            key=lambda item: item[0].slug,
        )
        self.context["digest_sources"] = self.sources
        self.context["DIGEST_SOURCES_URL"] = digest["DIGEST_SOURCES_URL"]

    def generate_output(self, writer: Any) -> None:
        settings = digest_settings(self.settings)
        write = partial(writer.write_file, relative_urls=self.settings["RELATIVE_URLS"])
        page = self.get_template("source")
        for source, articles in self.sources:
            dates = sorted(articles, key=lambda a: a.date, reverse=True)
            write(
                source.save_as,
                page,
                self.context,
                source=source,
                url=source.url,
                articles=articles,
                dates=dates,
                template_name="source",
                blog=True,
                page_name=source.page_name,
                all_articles=self.context.get("articles", []),
            )
        write(
            settings["DIGEST_SOURCES_SAVE_AS"],
            self.get_template("sources"),
            self.context,
            sources=self.sources,
            url=settings["DIGEST_SOURCES_URL"],
            template_name="sources",
        )
