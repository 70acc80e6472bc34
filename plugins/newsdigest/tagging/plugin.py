"""Pelican plugin: entity tags from the text and the editor's taxonomy, one
slug per tag and section, and the URL of each source's page.

Articles are tagged as they are read (``reading.py``: the seed reader calls
it, and Markdown posts are read by :class:`TaggedMarkdownReader`); the body's
mention links are written then. This plugin only turns what every article got
into one set of tag pages (``sitewide.py``).

Signals: ``initialized`` (source page settings), ``readers_init`` (Markdown
posts tagged as they are read), ``article_generator_init`` (seeds the model
has not read are read ahead in other processes),
``article_generator_pretaxonomy`` (a process still reading ahead waited for;
Tag objects with kind and description on every article, before Pelican
groups tags and sections), ``get_generators`` (source pages, see
``sources.py``).
"""

from __future__ import annotations

import logging
import os
from typing import Any, ClassVar

from pelican import signals
from pelican.readers import MarkdownReader
from pelican.urlwrappers import Category, Tag

from ..contents import all_articles
from ..settings import digest_settings
from .names import NameRegistry
from .ner import model_id, settle
from .readahead import ReadMarks, processes, read_ahead
from .reading import ReadTagger
from .setup import project_path, tagger_from_settings
from .sitewide import SiteTags
from .sources import SourcesGenerator
from .taxonomy import KINDS, TaxonomyError
from .unknown import unknown_tags, write_report

logger = logging.getLogger(__name__)


class TaggedMarkdownReader(MarkdownReader):
    """Pelican's Markdown reader, with entity tags and mention links."""

    file_extensions: ClassVar[list[str]] = MarkdownReader.file_extensions

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.tag = ReadTagger(self.settings)

    def read(self, source_path: str) -> tuple[str, dict[str, Any]]:
        content, metadata = super().read(source_path)
        return self.tag(content, metadata, source_path)


def add_settings(pelican: Any) -> None:
    """Source pages are paginated like tag pages."""
    settings = pelican.settings
    settings["PAGINATED_TEMPLATES"] = {
        **settings["PAGINATED_TEMPLATES"],
        "source": None,
    }


def add_reader(readers: Any) -> None:
    """Markdown posts are tagged as they are read, like seeds."""
    for extension in TaggedMarkdownReader.file_extensions:
        if readers.reader_classes.get(extension) is MarkdownReader:
            readers.reader_classes[extension] = TaggedMarkdownReader


def read_seeds_ahead(generator: Any) -> None:
    """Articles the model has not read yet are read ahead in other processes
    (``readahead.py``), by the readers that tag what they read."""
    settings = digest_settings(generator.settings)
    if not settings["DIGEST_NER_ENABLED"]:
        return
    readers = {
        extension: reader
        for extension, reader in generator.readers.readers.items()
        if isinstance(getattr(reader, "tag", None), ReadTagger)
    }
    files = generator.get_files(
        generator.settings["ARTICLE_PATHS"],
        exclude=generator.settings["ARTICLE_EXCLUDES"],
        extensions=list(readers),
    )
    paths = sorted(os.path.join(generator.path, name) for name in files)
    model = settings["DIGEST_NER_MODEL"]
    folder = project_path(generator.settings, settings["DIGEST_CACHE_PATH"])
    read_ahead(
        paths,
        lambda path: readers[path.rpartition(".")[2]].read(path),
        ReadMarks(folder, model, model_id(model)),
        processes(settings["DIGEST_NER_PROCESSES"]),
    )


def settle_reading_ahead(generator: Any) -> None:
    """Every article is read: a process still reading ahead (one whose seeds
    did not need the model here) is waited for, not left behind the build."""
    settle()


def tag_articles(generator: Any) -> None:
    """Give every article its Tag objects (front matter first, then the entity
    tags it was read with) and a section slug made by ``make_slug``."""
    settings = digest_settings(generator.settings)
    try:
        tagger, _ = tagger_from_settings(generator.settings)
    except TaxonomyError as error:
        logger.error("%s", error)
        raise
    generator.context["digest_tag_kinds"] = list(KINDS.items())
    # Oldest first: a name first seen earlier keeps its spelling on later pages.
    articles = sorted(all_articles(generator), key=_age)
    found = [(_given(article), _found(article)) for article in articles]
    pages = SiteTags(tagger.lexicon)
    pages.settle(found)
    objects: dict[str, Tag] = {}
    sections = NameRegistry("section")
    for article, (given, tags) in zip(articles, found, strict=True):
        article.tags = [
            _tag_object(page, objects, generator.settings)
            for page in pages.tags_of(given, tags)
        ]
        _settle_section(article, sections)
    for message in pages.registry.collisions + sections.collisions:
        logger.warning("%s", message)
    if settings["DIGEST_NER_ENABLED"]:
        folder = project_path(generator.settings, settings["DIGEST_CACHE_PATH"])
        try:
            write_report(folder, unknown_tags(tags for _, tags in found))
        except OSError as error:
            logger.warning("tags: cannot write the list of unknown tags: %s", error)


def _age(article: Any) -> tuple[Any, str]:
    return (article.date, str(getattr(article, "source_path", "")))


def _given(article: Any) -> list[str]:
    return [str(tag) for tag in getattr(article, "tags", None) or []]


def _found(article: Any) -> list[dict[str, Any]]:
    return list(getattr(article, "entity_tags", None) or [])


def _tag_object(page: Any, objects: dict[str, Tag], settings: dict) -> Tag:
    """One Tag object per slug for the whole build, with kind and description."""
    tag = objects.get(page.slug)
    if tag is None:
        tag = objects[page.slug] = Tag(page.name, settings)
        tag.slug = page.slug
        tag.kind = page.kind
        tag.kind_label = KINDS[page.kind]
        tag.description = page.description
    return tag


def _settle_section(article: Any, sections: NameRegistry) -> None:
    category = getattr(article, "category", None)
    if isinstance(category, Category):
        category.slug, category.name = sections.claim(category.name)


def add_generators(pelican: Any) -> type:
    return SourcesGenerator


def register() -> None:
    signals.initialized.connect(add_settings)
    signals.readers_init.connect(add_reader)
    signals.article_generator_init.connect(read_seeds_ahead)
    signals.article_generator_pretaxonomy.connect(settle_reading_ahead)
    signals.article_generator_pretaxonomy.connect(tag_articles)
    signals.get_generators.connect(add_generators)
