"""Pelican plugin: entity tags from the text and the editor's taxonomy, one
slug per tag and section, and the URL of each source's page.

Signals: ``initialized`` (source page settings), ``article_generator_pretaxonomy``
(tags and ``entity_mentions`` on every article, before Pelican groups tags and
sections), ``get_generators`` (source pages, see ``sources.py``).
"""

from __future__ import annotations

import logging
from typing import Any

from pelican import signals
from pelican.urlwrappers import Category, Tag

from ..contents import all_articles
from ..settings import digest_settings
from .analyse import analyse, item_for
from .lexicon import Lexicon
from .names import NameRegistry
from .setup import project_path, tagger_from_settings
from .sources import SourcesGenerator
from .tagger import Result
from .taxonomy import KINDS, TaxonomyError
from .unknown import unknown_tags, write_report

logger = logging.getLogger(__name__)
DEFAULT_KIND = "thème"


def add_settings(pelican: Any) -> None:
    """Source pages are paginated like tag pages."""
    settings = pelican.settings
    settings["PAGINATED_TEMPLATES"] = {
        **settings["PAGINATED_TEMPLATES"],
        "source": None,
    }


def tag_articles(generator: Any) -> None:
    """Give every article its tags (front matter first, then entities), its
    ``entity_mentions`` and a section slug made by ``make_slug``."""
    settings = digest_settings(generator.settings)
    try:
        tagger, ner = tagger_from_settings(generator.settings)
    except TaxonomyError as error:
        logger.error("%s", error)
        raise
    generator.context["digest_tag_kinds"] = list(KINDS.items())
    articles = all_articles(generator)
    results = analyse([item_for(article) for article in articles], tagger, ner)
    tags = _Tags(generator.settings, tagger.lexicon)
    sections = NameRegistry("section")
    # Oldest first: a name first seen earlier keeps its spelling on later pages.
    ordered = sorted(zip(articles, results, strict=True), key=_age)
    for article, result in ordered:
        article.tags, article.entity_mentions = tags.for_article(
            getattr(article, "tags", []) or [], result
        )
        _settle_section(article, sections)
    for message in tags.registry.collisions + sections.collisions:
        logger.warning("%s", message)
    if ner is not None:
        logger.info(
            "tags: %d of %d articles analysed by the model", ner.analysed, len(articles)
        )
        folder = project_path(generator.settings, settings["DIGEST_CACHE_PATH"])
        try:
            write_report(folder, unknown_tags(results))
        except OSError as error:
            logger.warning("tags: cannot write the list of unknown tags: %s", error)


def _age(pair: tuple[Any, Result]) -> tuple[Any, str]:
    article = pair[0]
    return (article.date, str(getattr(article, "source_path", "")))


class _Tags:
    """One Tag object per slug for the whole build, with kind and description."""

    def __init__(self, settings: dict[str, Any], lexicon: Lexicon) -> None:
        self.settings = settings
        self.lexicon = lexicon
        self.registry = NameRegistry("tag")
        self.objects: dict[str, Tag] = {}

    def get(self, name: str, kind: str | None = None, description: str = "") -> Tag:
        entry = self.lexicon.describe(name)
        slug, shown = self.registry.claim(entry.tag if entry else name)
        tag = self.objects.get(slug)
        if tag is None:
            entry = self.lexicon.describe(shown)
            tag = self.objects[slug] = Tag(shown, self.settings)
            tag.slug = slug
            tag.kind = kind or (entry.kind if entry else DEFAULT_KIND)
            tag.kind_label = KINDS[tag.kind]
            tag.description = description or (entry.description if entry else "")
        return tag

    def for_article(
        self, given: list[Any], result: Result
    ) -> tuple[list[Tag], dict[str, list[str]]]:
        """Front-matter tags as given, then entity tags, each once; and the
        strings naming each tag in the text, under the name its page shows."""
        chosen = [self.get(str(name)) for name in given]
        mentions: dict[str, list[str]] = {}
        for choice in result.tags:
            tag = self.get(choice.name, choice.kind, choice.description)
            chosen.append(tag)
            mentions[str(tag)] = list(result.mentions.get(choice.name, []))
        return list(dict.fromkeys(chosen)), mentions


def _settle_section(article: Any, sections: NameRegistry) -> None:
    category = getattr(article, "category", None)
    if isinstance(category, Category):
        category.slug, category.name = sections.claim(category.name)


def add_generators(pelican: Any) -> type:
    return SourcesGenerator


def register() -> None:
    signals.initialized.connect(add_settings)
    signals.article_generator_pretaxonomy.connect(tag_articles)
    signals.get_generators.connect(add_generators)
