"""``SeedReader``: a pasted news article (``seeds/*.txt``) as a Pelican article.

A thin adapter over the pure parser: it reads the file the one way every
tool does (:func:`~.files.read_seed_file`: guards, decoding, parsing),
renders the body with python-markdown (the same extensions as the site's
Markdown posts), tags it (``tagging.reading``: entity tags and mention
links) and hands Pelican the metadata the article schema declares
(:mod:`.schema`). A seed that cannot be an article is logged as an ERROR
naming the file, the line and what to fix, then skipped; the other seeds
still build. Warnings are logged and kept on the article
(``digest_problems``) for the strict-mode summary.
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
from ..tagging.reading import ReadTagger
from .errors import SeedError
from .files import read_seed_file
from .ledger import Ledger
from .model import Seed
from .parse import ParseOptions
from .places import OUTSIDE_SEEDS, Places
from .render import render_body
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


class SeedReader(BaseReader):
    """Read a pasted news article into HTML and Pelican metadata."""

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
        first added at ``added``, its links kept inside ``folder``."""
        options = dataclasses.replace(self.options, added_at=added)
        try:
            seed, encoding = read_seed_file(
                path,
                name,
                options,
                self.digest["DIGEST_MAX_SEED_BYTES"],
                str(folder) if folder else None,
            )
        except SeedError as error:
            logger.error("%s", error.problem)
            raise
        if encoding != "utf-8":
            logger.info("%s: decoded as %s", name, encoding)
        if seed.date_origin == "added":
            logger.info(
                "%s: no date printed: dated %s, when it was first added",
                name,
                seed.published.isoformat(" ", "minutes") if seed.published else "",
            )
        for problem in seed.problems:
            logger.warning("%s", problem, extra={"limit_msg": "more seed warnings"})
        return self.tag(self.render(seed), self.metadata(seed, encoding), path)

    def render(self, seed: Seed) -> str:
        """The body as HTML, rendered like the site's Markdown posts."""
        config = dict(self.settings.get("MARKDOWN") or {})
        extensions = [
            name
            for name in config.get("extension_configs", {})
            if not name.endswith(".meta")
        ]
        renderer = markdown.Markdown(
            extensions=extensions,
            extension_configs=config.get("extension_configs", {}),
            output_format=config.get("output_format", "html5"),
        )
        return renderer.convert(render_body(seed))

    def metadata(self, seed: Seed, encoding: str) -> dict[str, Any]:
        """Pelican metadata for a seed; dates, tags, authors, section and slug
        go through ``process_metadata`` so that Pelican builds its own objects."""
        values = seed_metadata(seed)
        values["seed_encoding"] = encoding
        return {
            key: self.process_metadata(key, value) if key in PELICAN_KEYS else value
            for key, value in values.items()
        }
