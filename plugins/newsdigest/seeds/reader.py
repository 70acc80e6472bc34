"""``SeedReader``: a pasted news article (``seeds/*.txt``) as a Pelican article.

A thin adapter over the pure parser: it reads the file's bytes the one way
every tool does (:func:`~.files.read_guarded`), then decodes and parses
them, renders the body with python-markdown (the same extensions as the
site's Markdown posts), tags it (``tagging.reading``: entity tags and
mention links), typesets it (``site.readers``) and hands Pelican the
metadata the article schema declares (:mod:`.schema`). That whole result is
kept in the reading cache (:mod:`.reuse`): a seed whose bytes, ledger
moment, code and settings are unchanged is not read again. A seed that
cannot be an article is logged as an ERROR naming the file, the line and
what to fix, then skipped; the other seeds still build. Warnings are logged
and kept on the article (``digest_problems``) for the strict-mode summary.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import os
from pathlib import Path
from typing import Any, ClassVar

import markdown
from pelican.readers import BaseReader

from ..settings import digest_settings
from ..site.jsonld import word_count
from ..site.readers import TypesetReader, typeset_metadata
from ..site.typography import typeset_html
from ..tagging.reading import ReadTagger
from ..tagging.setup import project_path
from .decode import decode_seed
from .errors import SeedError
from .files import read_guarded
from .ledger import Ledger
from .model import Seed
from .parse import ParseOptions, parse_seed
from .places import OUTSIDE_SEEDS, Places
from .render import render_body
from .reuse import ENCODING, WORDS, ReadingCache, reading_fingerprint
from .schema import PELICAN_KEYS, seed_metadata

logger = logging.getLogger(__name__)
SKIP = "skip"


def parse_options(settings: dict[str, Any]) -> ParseOptions:
    """The parser's options from Pelican settings (the ledger adds ``added_at``)."""
    content = os.path.realpath(settings.get("PATH") or "content")
    return ParseOptions(
        timezone=settings.get("TIMEZONE") or "Europe/Paris",
        default_lang=settings.get("DEFAULT_LANG") or "fr",
        images=tuple(
            os.path.realpath(os.path.join(content, folder))
            for folder in settings.get("STATIC_PATHS") or []
        ),
    )


class SeedReader(TypesetReader, BaseReader):
    """Read a pasted news article into HTML and Pelican metadata, typeset
    (``site.readers``) before it is kept in the reading cache."""

    enabled = True
    file_extensions: ClassVar[list[str]] = ["txt"]

    def __init__(self, settings: dict[str, Any]) -> None:
        super().__init__(settings)
        self.digest = digest_settings(settings)
        self.options = parse_options(settings)
        self.places = Places.from_settings(settings)
        # Given by the plugin for each build (article_generator_init).
        self.ledgers: dict[Path, Ledger] = {}
        self.tag = ReadTagger(settings)
        self._cache: ReadingCache | None = None
        self._markdown: markdown.Markdown | None = None

    def read(self, source_path: str) -> tuple[str, dict[str, Any]]:
        places = self.places
        name = places.name(source_path)
        folder = places.seed_folder(source_path)
        if folder is None:
            error = SeedError(name, 0, OUTSIDE_SEEDS)
            logger.error("%s", error.problem)
            raise error
        if not places.is_seed(source_path):
            # Not a seed: the seed folder's inventory says why (plugin.py).
            return "", {"status": SKIP, "title": name}
        curated = places.curated_post(source_path)
        if curated.is_file():
            logger.info("%s: skipped, curated as %s", name, places.name(curated))
            return "", {"status": SKIP, "title": name}
        ledger = self.ledgers.get(folder)
        added = ledger.added(places.key(source_path)) if ledger else None
        return self.read_seed(source_path, name, added, folder)

    def read_seed(
        self,
        path: str,
        name: str,
        added: dt.datetime | None = None,
        folder: Path | None = None,
    ) -> tuple[str, dict[str, Any]]:
        """HTML and metadata of the seed at ``path`` (shown as ``name``),
        first added at ``added``, its links kept inside ``folder``; read again
        only when the reading cache holds no result for these bytes."""
        root = str(folder) if folder else None
        try:
            data = read_guarded(path, name, self.digest["DIGEST_MAX_SEED_BYTES"], root)
            cache = self.cache()
            key = cache.key(name, added, data)
            found = cache.get(key)
            if found is None:
                found = self.read_bytes(data, name, added, path)
                if self.tag.reusable():
                    cache.put(key, *found)
        except SeedError as error:
            logger.error("%s", error.problem)
            raise
        content, values = found
        report(name, values)
        return content, self.metadata(values)

    def read_bytes(
        self, data: bytes, name: str, added: dt.datetime | None, path: str
    ) -> tuple[str, dict[str, Any]]:
        """The body's HTML, tagged, and the plain metadata of a seed's bytes
        (with the body's word count, kept with them in the reading cache)."""
        text, encoding = decode_seed(data, name)
        seed = parse_seed(text, name, dataclasses.replace(self.options, added_at=added))
        values = seed_metadata(seed)
        values[ENCODING] = encoding
        content, values = self.tag(self.render(seed), values, path)
        lang = str(values.get("lang") or self.settings.get("DEFAULT_LANG") or "fr")
        html = typeset_html(content, lang)
        values = typeset_metadata(values, lang)
        values[WORDS] = word_count(html)
        return html, values

    def cache(self) -> ReadingCache:
        """The reading cache, its fingerprint taken once per reader."""
        if self._cache is None:
            folder = project_path(self.settings, self.digest["DIGEST_CACHE_PATH"])
            self._cache = ReadingCache(folder, reading_fingerprint(self.settings))
        return self._cache

    def render(self, seed: Seed) -> str:
        """The body as HTML, rendered like the site's Markdown posts (one
        renderer a reader, reset before each body: making one compiles
        every pattern of every extension again)."""
        if self._markdown is None:
            config = dict(self.settings.get("MARKDOWN") or {})
            extensions = [
                name
                for name in config.get("extension_configs", {})
                if not name.endswith(".meta")
            ]
            self._markdown = markdown.Markdown(
                extensions=extensions,
                extension_configs=config.get("extension_configs", {}),
                output_format=config.get("output_format", "html5"),
            )
        return self._markdown.reset().convert(render_body(seed))

    def metadata(self, values: dict[str, Any]) -> dict[str, Any]:
        """Pelican metadata from plain values; dates, tags, authors, section
        and slug go through ``process_metadata`` so that Pelican builds its
        own objects."""
        return {
            key: self.process_metadata(key, value) if key in PELICAN_KEYS else value
            for key, value in values.items()
        }


def report(name: str, values: dict[str, Any]) -> None:
    """Log what the editor should know of a seed's reading, fresh or reused:
    its encoding, a date taken from the ledger, its warnings."""
    encoding = values.get(ENCODING)
    if encoding != "utf-8":
        logger.info("%s: decoded as %s", name, encoding)
    if values.get("date_origin") == "added":
        date = values.get("date")
        logger.info(
            "%s: no date printed: dated %s, when it was first added",
            name,
            dt.datetime.fromisoformat(date).isoformat(" ", "minutes") if date else "",
        )
    for problem in values.get("digest_problems", []):
        logger.warning("%s", problem, extra={"limit_msg": "more seed warnings"})
