"""Pelican plugin: read pasted news articles (``seeds/*.txt``) as articles.

``SeedReader`` is a thin adapter over the pure parser: it decodes the file,
parses it, renders the body with python-markdown (same extensions as the
site's Markdown posts), tags it (``tagging.reading``: entity tags and mention
links) and hands Pelican the metadata. A seed that cannot be
an article is logged as an ERROR naming the file, the line and what to fix,
then skipped; the other seeds still build. Warnings are logged and kept on
the article (``digest_problems``) for the strict-mode summary.

Signals: ``readers_init`` (register the reader).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any, ClassVar

import markdown
from pelican import signals
from pelican.readers import BaseReader

from ..settings import digest_settings
from ..slugs import make_slug
from ..tagging.reading import ReadTagger
from .decode import decode_seed
from .errors import SeedError
from .files import read_seed_bytes
from .model import Seed
from .parse import ParseOptions, parse_seed
from .render import render_body

logger = logging.getLogger(__name__)


class SeedReader(BaseReader):
    """Read a pasted news article into HTML and Pelican metadata."""

    enabled = True
    file_extensions: ClassVar[list[str]] = ["txt"]

    def __init__(self, settings: dict[str, Any]) -> None:
        super().__init__(settings)
        self.digest = digest_settings(settings)
        self.options = ParseOptions(
            timezone=settings.get("TIMEZONE") or "Europe/Paris",
            default_lang=settings.get("DEFAULT_LANG") or "fr",
            fallback_date=self.digest["DIGEST_FALLBACK_DATE"],
        )
        self.tag = ReadTagger(settings)

    def read(self, source_path: str) -> tuple[str, dict[str, Any]]:
        name = self._display_path(source_path)
        curated = self._curated_post(source_path)
        if curated is not None:
            logger.info("%s: skipped, curated as %s", name, curated)
            return "", {"status": "skip", "title": name}
        try:
            data = read_seed_bytes(
                source_path, name, self.digest["DIGEST_MAX_SEED_BYTES"]
            )
            text, encoding = decode_seed(data, name)
            seed = parse_seed(text, name, self.options)
        except SeedError as error:
            logger.error("%s", error.problem)
            raise
        if encoding not in ("utf-8",):
            logger.info("%s: decoded as %s", name, encoding)
        for problem in seed.problems:
            logger.warning("%s", problem, extra={"limit_msg": "more seed warnings"})
        content = self.render(seed)
        return self.tag(content, self.metadata(seed, name, encoding), source_path)

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

    def metadata(self, seed: Seed, name: str, encoding: str) -> dict[str, Any]:
        """Pelican metadata for a seed; list and date values go through
        ``process_metadata`` so that Pelican builds its own objects."""
        values = seed_metadata(seed, name)
        values["seed_encoding"] = encoding
        processed = {}
        for key, value in values.items():
            if key in ("date", "modified", "tags", "authors", "slug"):
                processed[key] = self.process_metadata(key, value)
            else:
                processed[key] = value
        return processed

    def _display_path(self, source_path: str) -> str:
        # abspath, not resolve(): a symbolic link is named as the editor sees
        # it, and a link loop or a dangling link cannot fail here.
        root = Path(os.path.abspath(self.settings.get("PATH", "."))).parent
        path = Path(os.path.abspath(source_path))
        try:
            return str(path.relative_to(root))
        except ValueError:
            return path.name

    def _curated_post(self, source_path: str) -> str | None:
        """The Markdown post an editor made from this seed, if any."""
        folder = (
            Path(self.settings.get("PATH", "content"))
            / self.digest["DIGEST_CURATED_PATH"]
        )
        post = folder / (Path(source_path).stem + ".md")
        return str(post) if post.is_file() else None


def seed_metadata(seed: Seed, name: str) -> dict[str, Any]:
    """The flat metadata of a seed, as a curated Markdown post would write it."""
    main = seed.main_photo
    overrides = seed.overrides
    values: dict[str, Any] = {
        "title": seed.title,
        "date": seed.published.isoformat() if seed.published else None,
        "modified": seed.modified.isoformat() if seed.modified else None,
        "source_section": seed.section,
        "tags": list(overrides.get("tags", [])),
        "authors": list(seed.authors),
        "agencies": list(seed.agencies),
        "slug": overrides.get("slug") or make_slug(seed.title) or "article",
        "lang": seed.lang,
        "status": overrides.get("status"),
        "source": seed.source,
        "source_url": seed.url,
        "kicker": seed.kicker,
        "lede": seed.lede,
        "deck": seed.deck,
        "caption": main.caption if main else None,
        "credit": main.credit if main else None,
        "photo_alt": main.alt if main else None,
        "image": overrides.get("image"),
        "seed": name,
        "photo_credits": [p.credit for p in seed.photos if p.credit and not p.caption],
        "notes": list(seed.notes),
        "publisher_tags": list(seed.keywords),
        "date_origin": seed.date_origin,
        "breadcrumb": list(seed.breadcrumb),
        "digest_problems": [str(problem) for problem in seed.problems],
    }
    return {key: value for key, value in values.items() if value not in (None, "", [])}


def add_reader(readers: Any) -> None:
    """Register the seed reader for every extension in DIGEST_SEED_EXTENSIONS."""
    extensions = digest_settings(readers.settings)["DIGEST_SEED_EXTENSIONS"]
    for extension in extensions:
        readers.reader_classes[extension] = SeedReader


def register() -> None:
    signals.readers_init.connect(add_reader)
