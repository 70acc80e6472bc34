"""Tags given to an article as it is read, and its mention links.

A reader calls ``ReadTagger(settings)(content, metadata, source_path)`` on
what it read: the article's entity tags go into its metadata
(``entity_tags``: name, kind, score, slug and the strings naming each, plain
JSON values), and the first mention of each tag in the body becomes a link
``<a class="mention" href="{tag}SLUG">``, which Pelican turns into the tag
page's URL wherever the body is shown (page, feed, search index). The work
depends only on the article and the settings and taxonomy, so a per-seed
cache of the reader's output holds it whole. Nothing here imports Pelican.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from functools import partial
from typing import Any

from ..settings import digest_settings
from .links import Entity, link_mentions
from .names import tag_slug
from .ner import ModelNer
from .rank import Verdict
from .setup import tagger_from_settings
from .tagger import Result, Tagger
from .taxonomy import TaxonomyError
from .text import ArticleText, article_text

logger = logging.getLogger(__name__)
LINKED_STATUSES = frozenset({"published"})  # drafts and hidden pages: no links


class ReadTagger:
    """The tagger of one reader: built on the first article, kept for the rest."""

    def __init__(self, settings: dict[str, Any]) -> None:
        self.settings = settings
        self.digest = digest_settings(settings)
        self._built: tuple[Tagger, ModelNer | None] | None = None
        self._broken = False

    def __call__(
        self, content: str, metadata: dict[str, Any], source_path: str
    ) -> tuple[str, dict[str, Any]]:
        """The body with its mention links, the metadata with ``entity_tags``."""
        if metadata.get("status") == "skip" or self._is_page(source_path):
            return content, metadata
        found = self.result(content, metadata)
        if found is None:
            return content, metadata
        result, _ = found
        entity_tags = [
            {
                "name": choice.name,
                "kind": choice.kind,
                "score": choice.score,
                "known": choice.known,
                "slug": tag_slug(choice.name),
                "surfaces": result.mentions.get(choice.name, []),
            }
            for choice in result.tags
        ]
        metadata = {**metadata, "entity_tags": entity_tags}
        if self.digest["DIGEST_MENTION_LINKS"] and (
            str(metadata.get("status") or "published") in LINKED_STATUSES
        ):
            content = link_mentions(content, _entities(metadata, entity_tags))
        return content, metadata

    def result(
        self, content: str, metadata: dict[str, Any]
    ) -> tuple[Result, ArticleText] | None:
        """The tagger's result for an article (never without a tag when it names
        anything), None without a usable taxonomy."""
        return self._run(content, metadata, partial(Tagger.tag, spare=True))

    def reusable(self) -> bool:
        """Whether what was tagged so far may be kept for later builds: not
        when the taxonomy was unusable or a pattern ran out of time (both
        are reported by the build that met them, and a timeout depends on
        the machine)."""
        return not self._broken and (
            self._built is None or not self._built[0].timed_out()
        )

    def verdicts(self, content: str, metadata: dict[str, Any]) -> list[Verdict]:
        """Every entity the article names with the rules' verdict (for benches)."""
        found = self._run(content, metadata, Tagger.judge)
        return found[0] if found else []

    def _run(self, content: str, metadata: dict[str, Any], method: Any) -> Any:
        built = self._tagger()
        if built is None:
            return None
        tagger, ner = built
        doc = text_of(content, metadata)
        spans = ner.spans([doc.text])[0] if ner else []
        lang = str(metadata.get("lang") or self.settings.get("DEFAULT_LANG") or "fr")
        sources, authors = excluded(metadata)
        labels = ner.labels if ner else None
        found = method(
            tagger, doc, lang, spans, exclude=sources, authors=authors, labels=labels
        )
        return found, doc

    def _tagger(self) -> tuple[Tagger, ModelNer | None] | None:
        if self._built is None and not self._broken:
            try:
                self._built = tagger_from_settings(self.settings)
            except TaxonomyError:
                # Reported once for the whole build by the tagging plugin.
                self._broken = True
        return self._built

    def _is_page(self, source_path: str) -> bool:
        """Pages (``PAGE_PATHS``) are not news: no tags, no links."""
        root = os.path.abspath(self.settings.get("PATH", "."))
        path = os.path.abspath(source_path)
        return any(
            path.startswith(os.path.join(root, folder) + os.sep)
            for folder in self.settings.get("PAGE_PATHS") or []
        )


def text_of(content: str, metadata: dict[str, Any]) -> ArticleText:
    """The analysed text of an article: kicker, title, lede, caption, body."""
    return article_text(
        _text(metadata.get("title")),
        _text(metadata.get("lede")),
        _text(metadata.get("caption")),
        content,
        kicker=_text(metadata.get("kicker")),
    )


def excluded(metadata: dict[str, Any]) -> tuple[list[str], list[str]]:
    """Names never to tag: the article's source and agencies; its authors."""
    sources = [_text(metadata.get("source"))]
    sources += [str(name) for name in _list(metadata.get("agencies"))]
    authors = [str(author) for author in _list(metadata.get("authors"))]
    return [name for name in sources if name], authors


def _entities(metadata: dict[str, Any], entity_tags: list[dict]) -> list[Entity]:
    """Front-matter tags (by their name), then entity tags (by what the text
    wrote), each pointing at its tag page."""
    given = [str(tag) for tag in _list(metadata.get("tags"))]
    entities = [Entity("{tag}" + tag_slug(name), (name,)) for name in given]
    slugs = {tag_slug(name) for name in given}
    for tag in entity_tags:
        if tag["slug"] not in slugs:
            surfaces = tuple(dict.fromkeys([*tag["surfaces"], tag["name"]]))
            entities.append(Entity("{tag}" + tag["slug"], surfaces))
            slugs.add(tag["slug"])
    return entities


def _text(value: Any) -> str | None:
    return str(value) if value else None


def _list(value: Any) -> Iterable[Any]:
    if not value:
        return ()
    return value if isinstance(value, (list, tuple)) else (value,)
